"""Which corpus files each built article came from, kept beside the store.

The RDF graph says nothing of file paths (an article is its text, wherever it lies), yet a
rebuild must tell a file that is gone from one that cannot be read right now: the first
article is dropped, the second keeps its last good graph. This small JSON file, written
atomically after each build, remembers for every file the ids of the articles read in it.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

FILENAME = ".kg-sources.json"


def load(out: Path) -> dict[str, list[str]] | None:
    """file -> article ids, or None when no earlier build recorded them (or the record is damaged)."""
    try:
        data = json.loads((out / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return None
    return {str(k): [str(i) for i in v] for k, v in files.items() if isinstance(v, list)}


def save(out: Path, files: dict[str, list[str]]) -> None:
    tmp = out / (FILENAME + ".tmp")
    tmp.write_text(json.dumps({"version": 1, "files": {k: sorted(set(v)) for k, v in sorted(files.items())}},
                              ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, out / FILENAME)


def key(path: Path) -> str:
    from .corpus import real_path

    return str(real_path(path))  # found once per build while the corpus is listed (kg.corpus.one_listing)
