"""CSV and TSV exports (news APIs, media monitors): one article per row.

Columns are found by their usual names (text/content/body, title/headline, date/published,
url/link, source/publisher), or named by the analyst with a mapping such as
`text=body,date=published,url=link`. A mapped column that a file lacks is an error that names
the column and lists the columns the file has: a silent guess would read the wrong field as text.
The file is read as a stream (rows of any length), in UTF-8 or the encoding detected from its
first megabyte.
"""
from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import CorpusError

FIELDS = ("text", "title", "date", "url", "source")
SAMPLE = 1 << 20


def parse_columns(spec: str | dict[str, str] | None) -> dict[str, str]:
    """'text=body,date=published' -> {'text': 'body', 'date': 'published'}; unknown fields are an error."""
    if not spec:
        return {}
    pairs = spec.items() if isinstance(spec, dict) else (
        part.split("=", 1) if "=" in part else (part, "") for part in str(spec).split(",") if part.strip())
    out: dict[str, str] = {}
    for field, column in pairs:
        field, column = field.strip().lower(), column.strip()
        if field not in FIELDS or not column:
            raise CorpusError(f"--columns {spec if isinstance(spec, str) else ''}: expected FIELD=COLUMN pairs "
                              f"with FIELD one of {', '.join(FIELDS)} (got {field!r}={column!r})".replace("  ", " "))
        out[field] = column
    return out


def _encoding(path: Path) -> str | None:
    """None for UTF-8, else the codec detected from the opening of the file."""
    from .encoding import decode_bytes

    with open(path, "rb") as fh:
        head = fh.read(SAMPLE)
    cut = head
    if len(head) == SAMPLE:  # do not judge a character split by the sample's end
        cut = head[: max(head.rfind(b"\n"), 1)]
    return decode_bytes(cut)[1]


def _delimiter(path: Path, first_line: str) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def header(path: Path) -> tuple[list[str], str | None, str]:
    """(column names, detected encoding or None for UTF-8, delimiter)."""
    enc = _encoding(path)
    with open(path, encoding=enc or "utf-8-sig", newline="", errors="replace") as fh:
        first = fh.readline()
    delim = _delimiter(path, first)
    cols = next(csv.reader(io.StringIO(first), delimiter=delim), [])
    return [c.strip() for c in cols], enc, delim


def check_mapping(path: Path, columns: dict[str, str]) -> None:
    """Raise CorpusError naming the first mapped column the file lacks."""
    cols = header(path)[0]
    for field, column in columns.items():
        if column not in cols:
            raise CorpusError(f"{path}: no column {column!r} (mapped to {field} by --columns); "
                              f"the file has: {', '.join(cols) or 'no header row'}")


def read_table(path: Path, columns: dict[str, str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {field: value}) for each row; fields not mapped are found by their usual names."""
    cols, enc, delim = header(path)
    check_mapping(path, columns)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # an article is longer than the 128 KiB default
    mapped = set(columns.values())
    # a byte the sampled encoding cannot read (past the first megabyte) becomes U+FFFD, not a lost file
    with open(path, encoding=enc or "utf-8-sig", newline="", errors="replace") as fh:
        reader = csv.reader(fh, delimiter=delim)
        next(reader, None)  # the header row, already read
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            cells = dict(zip(cols, row))
            rec = {k.lower(): v for k, v in cells.items() if k not in mapped and k.lower() not in columns}
            rec.update({field: cells.get(column, "") for field, column in columns.items()})
            yield reader.line_num, rec


def check_columns(paths, columns: str | dict[str, str] | None) -> dict[str, str]:
    """The parsed mapping, once every CSV/TSV under `paths` is known to have the mapped columns:
    a wrong --columns is reported before anything is read or any model is loaded."""
    from ..corpus import file_kind, iter_files

    mapping = parse_columns(columns)
    if mapping:
        for root in map(Path, paths if isinstance(paths, list) else [paths]):
            for path in iter_files(root) if root.exists() else ():
                if file_kind(path) == "table":
                    check_mapping(path, mapping)
    return mapping
