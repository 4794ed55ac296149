"""Web archives (WARC, as crawlers and CC-NEWS ship news): HTML responses become articles.

The archive is read as a stream, one record at a time (warcio), so memory stays flat however
many pages it holds. Each HTML response (status 200) goes through the same HTML reader as a
saved page; its URL and capture date come from the WARC headers and its publication date from
the page itself (htmldate: meta tags, structured data, the URL, visible dates). Everything else
(requests, redirects, PDFs, images, errors) is counted, and the counts are reported once per
archive.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _mime(value: str | None) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from 'text/html; charset=UTF-8'."""
    if not value:
        return "", None
    parts = [p.strip() for p in value.split(";")]
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset


def _html(body: bytes, charset: str | None) -> tuple[str, str | None]:
    """The page as text, and the encoding to report when it had to be guessed (None when the server's
    declared charset, or UTF-8, read it)."""
    from .encoding import decode_bytes

    if charset:
        try:
            return body.decode(charset), None
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(body)


def publication_date(html: str, url: str | None) -> str | None:
    """The date the page says it was published, never the crawl date (htmldate, original dates only)."""
    try:
        from htmldate import find_date

        return find_date(html, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a page htmldate cannot read simply has no date
        return None


def read_warc(path: Path, *, max_bytes: int) -> Iterator[tuple[str, dict | str]]:
    """Yield (where, fields) for each HTML page, then ("", summary) once when records were skipped.
    `where` is the file and the record's byte offset (path@offset): seekable, stable."""
    from warcio.archiveiterator import ArchiveIterator

    skipped: Counter[str] = Counter()
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        damage = None
        try:
            yield from _pages(path, records, skipped, max_bytes)
        except Exception as exc:  # noqa: BLE001 - warcio fails in many ways on a cut or corrupt archive
            damage = f"{type(exc).__name__}: {exc}"
        size = os.fstat(fh.fileno()).st_size
        if damage or size - records.offset > 4:  # a truncated last record is dropped by warcio unannounced
            yield "", (f"damaged or truncated at byte {records.offset:,} of {size:,}"
                       f"{f' ({damage})' if damage else ''}; the pages before it are read")
    if skipped:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(skipped.items()))
        yield "", f"{sum(skipped.values())} record(s) that are not HTML pages skipped ({kinds})"


def _pages(path: Path, records, skipped: Counter, max_bytes: int) -> Iterator[tuple[str, dict | str]]:
    from ..htmltext import extract

    for record in records:
        if record.rec_type not in ("response", "resource"):
            continue  # requests, metadata, warcinfo: about the crawl, not documents
        where = f"{path}@{records.offset}"  # get_record_offset() would read the record away
        url = record.rec_headers.get_header("WARC-Target-URI")
        if record.rec_type == "response" and record.http_headers is not None:
            status = record.http_headers.get_statuscode() or ""
            mime, charset = _mime(record.http_headers.get_header("Content-Type"))
            if status.startswith("3"):
                skipped[f"redirect {status}"] += 1
                continue
            if status != "200":
                skipped[f"HTTP {status or 'status missing'}"] += 1
                continue
        else:
            mime, charset = _mime(record.rec_headers.get_header("Content-Type"))
        if mime not in HTML_TYPES:
            skipped[mime or "no content type"] += 1
            continue
        body = record.content_stream().read(max_bytes + 1)
        if len(body) > max_bytes:
            yield where, f"{max_bytes:,}-byte limit for one page exceeded"
            continue
        try:
            html, encoding = _html(body, charset)
        except ValueError as exc:
            yield where, str(exc)
            continue
        fields = extract(html)
        fields["url"] = url or fields.get("url")
        fields["date"] = fields.get("date") or publication_date(html, url)
        captured = record.rec_headers.get_header("WARC-Date")
        fields["captured"] = captured[:10] if captured else None
        fields["encoding"] = encoding
        yield where, fields
