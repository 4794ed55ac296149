"""The HTML view's grouped readings, kept on disk between builds (issue 13: a one-article change).

The view (kg/viewmodel.py) is drawn from every article's readings grouped by fact
(viewmodel.reading_groups). Each article's part is a function of its readings' piece alone,
and that piece has a content key (kg/exportcache.py: the graph, its kg:builtWith mark and the
review decisions). A fresh `kg build` after a one-article change decoded every article's JSON
piece and grouped its readings again: about half a CPU-second of a 2,000-article rebuild. Here
the parts of the last build are kept in one marshal file, by content key, so a rebuild groups
only the articles whose key is new; the rest are loaded as they were grouped.

The file names the grouping code it was made with (a hash of kg/viewmodel.py): a changed
grouping never reads old parts. A file that cannot be read whole is ignored; it is replaced
by a rename, so a build stopped while writing it leaves the old one or none. A part missing
from it is grouped from its piece, as before: the file only saves work, it never decides
what the view shows.
"""
from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path

FILENAME = "view-parts.marshal"
FORMAT = 1  # marshal's own format version, fixed: the file is read by the version that wrote it


def _code() -> str:
    """What the parts depend on besides their pieces: the grouping code."""
    return hashlib.sha256((Path(__file__).parent / "viewmodel.py").read_bytes()).hexdigest()[:16]


def load(cache: Path | None) -> dict[str, dict]:
    """The parts the last build kept (content key -> part), or none."""
    if cache is None:
        return {}
    try:
        code, parts = marshal.loads((cache / FILENAME).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return parts if code == _code() and isinstance(parts, dict) else {}


def save(cache: Path | None, parts: dict[str, dict], old: dict[str, dict]) -> None:
    """Keep this build's parts, unless they are the ones already kept."""
    if cache is None or parts.keys() == old.keys():
        return
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f"{FILENAME}.{os.getpid()}.tmp"
    tmp.write_bytes(marshal.dumps((_code(), parts), FORMAT))
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
