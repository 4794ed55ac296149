"""Article text is untrusted: a title may carry terminal escape sequences (clear the screen,
retitle the window, fake a prompt) or bidi controls that make a line read differently from
what it holds (the "Trojan Source" trick). Whatever kg prints for a person shows those
characters escaped, visibly, instead of letting the terminal act on them.
"""
from __future__ import annotations

import re

# C0 controls but tab and newline, DEL and the C1 block (0x9b is an 8-bit CSI), the Arabic
# letter mark, zero-width and directional marks, line/paragraph separators, bidi embeddings,
# overrides and isolates, word joiner and invisible operators, the BOM, interlinear annotation.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb"
_IN_TEXT = re.compile(f"[{_UNSAFE}]")
_IN_LINE = re.compile(f"[\n{_UNSAFE}]")
_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]")


def _escape(m: re.Match) -> str:
    c = ord(m.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def safe(text: object) -> str:
    """Text for a table cell or a CSV field: newlines and tabs stay, other controls are escaped."""
    return _IN_TEXT.sub(_escape, "" if text is None else str(text))


def safe_line(text: object) -> str:
    """Text for a one-line message (a warning, a log line): newlines are escaped too."""
    return _IN_LINE.sub(_escape, "" if text is None else str(text))


def safe_json(dumped: str) -> str:
    """JSON text with the characters json.dumps(ensure_ascii=False) leaves raw written as \\u
    escapes: the same JSON value, harmless on a terminal."""
    return _IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
