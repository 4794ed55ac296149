"""Markdown notes -> article text and metadata, with real parsers.

Front matter is YAML (python-frontmatter): lists, quoted and multi-line values and typed dates
come through as the author wrote them. The body is parsed by markdown-it-py (CommonMark plus
tables), then rendered as plain text: headings and paragraphs as paragraphs, soft line breaks
kept, list items one per line, a table one row per line (cells joined by "; "), links and
emphasis reduced to their words. Code blocks are left out: they are not prose the rules can read.
"""
from __future__ import annotations

import re
from datetime import date, datetime

_FENCE = re.compile(r"\A---\s*\n(.*?)\n---\s*(\n|\Z)", re.S)


def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def split_front_matter(text: str) -> tuple[dict[str, str], str, str | None]:
    """(metadata, body, problem): metadata keys lower-cased, values as text; problem says why
    the front matter could not be read as YAML (the lines are then read as `key: value`)."""
    if not _FENCE.match(text):
        return {}, text, None
    import frontmatter
    import yaml

    try:
        post = frontmatter.loads(text)
        meta, body = post.metadata, post.content
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""  # +1 for 0-based, +1 for the fence
        m = _FENCE.match(text)
        loose = {}
        for line in m.group(1).splitlines():
            kv = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
            if kv:
                loose[kv.group(1).lower()] = kv.group(2).strip().strip("'\"")
        return loose, text[m.end():], f"front matter is not valid YAML{where}; read as plain `key: value` lines"
    if not isinstance(meta, dict):
        return {}, body, None
    return {str(k).lower(): v for k, v in ((k, _as_text(v)) for k, v in meta.items()) if v}, body, None


def _as_text(value: object) -> str | None:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bool) or value is None or isinstance(value, dict):
        return None
    if isinstance(value, (list, tuple)):
        parts = [p for p in map(_as_text, value) if p]
        return ", ".join(parts) or None
    return str(value).strip() or None


def _inline(children) -> str:
    out = []
    for tok in children or ():
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif tok.type == "image":
            out.append(_inline(tok.children))
    return "".join(out)


def markdown_text(body: str) -> tuple[str, str | None, int]:
    """(plain text, first level-1 heading, number of code blocks left out)."""
    blocks: list[str] = []
    seps: list[str] = []
    heading, code_blocks = None, 0
    row: list[str] | None = None
    prev_kind = None
    tokens = _parser().parse(body)
    for i, tok in enumerate(tokens):
        if tok.type in ("fence", "code_block"):
            code_blocks += 1
            prev_kind = "code"
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close":
            seps.append("\n" if prev_kind == "row" else "\n\n")
            blocks.append("; ".join(c for c in row if c))
            row, prev_kind = None, "row"
        elif tok.type == "inline":
            text = _inline(tok.children)
            if row is not None:
                row.append(text.strip())
                continue
            opener = tokens[i - 1] if i else None
            tight = opener is not None and opener.type == "paragraph_open" and opener.hidden
            if opener is not None and opener.type == "heading_open" and opener.tag == "h1" and heading is None:
                heading = text.strip()
            seps.append("\n" if tight and prev_kind == "item" else "\n\n")
            blocks.append(text)
            prev_kind = "item" if tight else "block"
    out = ""
    for sep, block in zip(seps, blocks):
        out += (sep if out else "") + block
    return out, heading, code_blocks


def parse_markdown(text: str) -> dict:
    """The fields kg.corpus builds an Article from, plus `problems` to report."""
    meta, body, problem = split_front_matter(text)
    plain, heading, code_blocks = markdown_text(body)
    if heading and "title" not in meta:
        meta["title"] = heading
    return {"text": plain, "meta": meta, "problems": [problem] if problem else [], "code_blocks": code_blocks}
