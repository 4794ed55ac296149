"""Dispatch for the formats kg.ingest adds: each yields (where, fields) for kg.corpus to turn into
Articles, and reports what it could not read through `warn` (naming the file, entry, record or line)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from .encoding import describe

Warn = Callable[[str], None]


def read_ingested(path: Path, kind: str, *, warn: Warn, columns: dict[str, str], max_bytes: int,
                  decode: Callable[[Path], str]) -> Iterator[tuple[str, dict]]:
    from ..corpus import SkipFile

    if kind == "feed":
        from .feeds import NotAFeed, read_feed

        text = decode(path)  # size limit, encoding detection and its warning, as for any text file
        try:
            for i, fields in read_feed(text.encode("utf-8")):
                yield f"{path}[{i}]", fields
        except NotAFeed as exc:
            raise SkipFile(str(exc)) from None
    elif kind == "warc":
        from .warc import read_warc

        for where, fields in read_warc(path, max_bytes=max_bytes):
            if isinstance(fields, str):
                warn(f"{where or path}: {'skipped: ' if where else ''}{fields}")
                continue
            enc = fields.pop("encoding", None)
            if enc:
                warn(f"{where}: page not in UTF-8 and its charset unusable; read as {describe(enc)} (detected)")
            yield where, fields
    elif kind == "table":
        from ..corpus import TEXT_KEYS, parse_record
        from .tables import header, read_table

        cols, enc, _ = header(path)
        if "text" not in columns and not {c.lower() for c in cols} & set(TEXT_KEYS):
            raise SkipFile(f"no text column (one of {', '.join(TEXT_KEYS)}); the file has: {', '.join(cols)}; "
                           "name the text column with --columns text=COLUMN")
        if enc:
            warn(f"{path}: not UTF-8; read as {describe(enc)} (detected)")
        for line, rec in read_table(path, columns):
            where = f"{path}:{line}"
            try:
                fields = parse_record(rec)
            except SkipFile as exc:
                warn(f"{where}: skipped: {exc}")
                continue
            yield where, fields
