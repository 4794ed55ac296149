"""Bytes -> text in whatever encoding the file was saved in.

UTF-8 first (most files); then charset-normalizer, which scores every candidate code page by
how plausible the decoded text is. Articles saved by Windows tools (Windows-1252, curly quotes
as 0x93/0x94), old Latin-1 exports and Chinese GB18030 pages are read; the caller is told which
encoding was detected so the analyst can check it. Only data that decodes as no plausible text
(images, PDFs, executables) is refused.
"""
from __future__ import annotations


class NotText(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def decode_bytes(raw: bytes) -> tuple[str, str | None]:
    """(text, encoding) where encoding is None for UTF-8 (the expected case) and the detected
    code page otherwise. Raises NotText for binary data."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            raise NotText(f"bad UTF-16 at byte {exc.start}") from None
    if b"\x00" in raw[:8192]:
        raise NotText("binary data, not text")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        bad_line = raw[: exc.start].count(b"\n") + 1
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    western = from_bytes(raw, cp_isolation=["cp1252"]).best()
    # Windows-1252 is what a Western newsroom's files are in when they are not UTF-8; short texts
    # decode plausibly in many code pages, so it wins every tie
    if western is not None and (best is None or "cp1252" in best.could_be_from_charset
                                or western.chaos <= best.chaos + 0.02):
        best = western
    if best is None or best.encoding in ("utf_8", "utf_8_sig") or best.chaos > 0.3:
        raise NotText(f"binary data or an unknown encoding (not UTF-8 at line {bad_line}, and no code page "
                      "gives readable text)")
    return str(best), best.encoding


def describe(encoding: str | None) -> str:
    """Python's codec name as people write it: cp1252 -> Windows-1252."""
    if encoding is None:
        return "UTF-8"
    e = encoding.lower().replace("_", "-")
    if e.startswith("cp125"):
        return "Windows-" + e[2:]
    return {"latin-1": "ISO-8859-1", "iso8859-1": "ISO-8859-1", "gb18030": "GB18030", "gb2312": "GB2312",
            "big5": "Big5", "shift-jis": "Shift_JIS", "euc-jp": "EUC-JP", "euc-kr": "EUC-KR",
            "koi8-r": "KOI8-R"}.get(e, e.upper())
