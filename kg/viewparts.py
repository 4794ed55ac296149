"""The HTML view's grouped readings, kept on disk between builds (issue 13: a one-article change).

The view (kg/viewmodel.py) is drawn from every article's readings grouped by fact
(viewmodel.reading_groups). Each article's part is a function of its readings' piece alone,
and that piece has a content key (kg/exportcache.py: the graph, its kg:builtWith mark and the
review decisions). A fresh `kg build` after a one-article change decoded every article's JSON
piece and grouped its readings again: about half a CPU-second of a 2,000-article rebuild. Here
the parts of the last build are kept in one marshal file, by content key, so a rebuild groups
only the articles whose key is new; the rest are loaded as they were grouped.

The file names the grouping code it was made with (a hash of kg/viewmodel.py): a changed
grouping never reads old parts. A rebuild appends its new parts as one record; when dead parts
(of articles no longer in the store) pass an eighth of the file, it is written anew and renamed
into place. A file that cannot be read is ignored, and a record cut short (an append stopped
half-way) is not read. A part missing from it is grouped from its piece, as before: the file
only saves work, it never decides what the view shows.
"""
from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path

FILENAME = "view-parts.marshal"
# marshal's own format version, fixed: 4 writes an object met again (an article's tuple, shared by
# its readings) as a reference, so the file is half the size and read in about half the time
FORMAT = 4
MAGIC = b"kg view parts 3\n"  # then records: 8 bytes of length (little-endian), that many of marshal
DEAD = 8  # rewrite the file whole when more than one part in DEAD of those it holds is dead


def _code() -> str:
    """What the parts depend on besides their pieces: the grouping code."""
    return hashlib.sha256((Path(__file__).parent / "viewmodel.py").read_bytes()).hexdigest()[:16]


class Kept(dict):
    """The parts read from the file (content key -> part), and how it stood: the bytes of its
    whole records (`end`) and how many parts its records hold, dead ones included (`held`)."""

    end = 0
    held = 0


def _records(data: bytes) -> tuple[list, int]:
    """The file's whole records, decoded, and where the last one ends (a record cut short by a
    build stopped while appending it is not read)."""
    out, at, view = [], len(MAGIC), memoryview(data)
    while at + 8 <= len(data):
        n = int.from_bytes(view[at:at + 8], "little")
        if at + 8 + n > len(data):
            break
        out.append(marshal.loads(view[at + 8:at + 8 + n]))
        at += 8 + n
    return out, at


def _record(value: object) -> bytes:
    body = marshal.dumps(value, FORMAT)
    return len(body).to_bytes(8, "little") + body


def load(cache: Path | None) -> Kept:
    """The parts the last builds kept (content key -> part), or none. The first record names
    the grouping code; each later one holds the parts one build added."""
    kept = Kept()
    if cache is None:
        return kept
    try:
        data = (cache / FILENAME).read_bytes()
        if not data.startswith(MAGIC):
            return kept
        records, end = _records(data)
        if not records or records[0] != _code() or not all(isinstance(r, dict) for r in records[1:]):
            return kept
        for parts in records[1:]:
            kept.update(parts)
            kept.held += len(parts)
    except (OSError, ValueError, EOFError, TypeError):
        return Kept()
    kept.end = end
    return kept


def save(cache: Path | None, parts: dict[str, dict], old: dict[str, dict]) -> None:
    """Keep this build's parts, unless they are the ones already kept: the new ones appended to
    the file in one record (a one-article change wrote every part again: 0.1 CPU-s at 2,000
    articles), or, when the file holds too many dead parts or cannot be appended to, all of them
    in a new file renamed into place. A stopped append leaves a record cut short, never read."""
    if cache is None or parts.keys() == old.keys():
        return
    new = {k: v for k, v in parts.items() if k not in old}
    if isinstance(old, Kept) and old.end and (old.held + len(new) - len(parts)) * DEAD <= len(parts):
        try:
            with open(cache / FILENAME, "r+b") as f:
                f.seek(0, os.SEEK_END)
                if f.tell() >= old.end:  # (shorter: not the file that was read)
                    f.seek(old.end)
                    f.truncate()
                    if new:
                        f.write(_record(new))
                    return
        except OSError:
            pass
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f"{FILENAME}.{os.getpid()}.tmp"
    tmp.write_bytes(MAGIC + _record(_code()) + _record(parts))
    tmp.replace(cache / FILENAME)

LAYOUT = "view-layout.marshal"  # the view's last ranks and positions, by the key of the graph they were made for


class Placements:
    """The ranks and positions of the last view (viewmodel.Model), kept beside its parts: a
    rebuild whose graph has the same nodes and the same facts with the same support (a changed
    article that reads what its old text read) reuses them, and neither imports igraph nor
    lays the graph out (0.15-0.2 CPU-s of a one-article rebuild at 2,000 articles). The key
    hashes the graph and the code that ranks and places it (viewmodel.Model.placement_key)."""

    def __init__(self, cache: Path | None) -> None:
        self.cache = cache

    def get(self, key: str) -> dict | None:
        if self.cache is None:
            return None
        try:
            kept, value = marshal.loads((self.cache / LAYOUT).read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return None
        return value if kept == key and isinstance(value, dict) else None

    def put(self, key: str, value: dict) -> None:
        if self.cache is None:
            return
        self.cache.mkdir(parents=True, exist_ok=True)
        tmp = self.cache / f"{LAYOUT}.{os.getpid()}.tmp"
        tmp.write_bytes(marshal.dumps((key, value), FORMAT))
        tmp.replace(self.cache / LAYOUT)
