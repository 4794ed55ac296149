"""A file's SHA-256, for the no-op fingerprint (kg/unchanged.py) and the read cache's keys
(kg/ingest/readcache.py): every file of the corpus is hashed twice by every build.

A resident process (`kg watch`, kg/resident.py) rebuilds the same corpus again and again, and
most of its files never change between rebuilds. There, a digest is kept with the file's
status (size, modification and change times in nanoseconds, inode): a file whose status is
the same is not read again (nor is its read cache entry decoded again). The change time cannot be set back by a program (unlike the
modification time), so a write, a rename over the file or a restored time stamp all change the
status. A build run on its own (`kg build`) keeps nothing and reads every file, as before.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

_kept: dict[str, tuple[tuple[int, int, int, int], int, bytes]] | None = None  # None: not resident


def keep(on: bool = True) -> None:
    """Remember digests (and the read cache's decoded entries) between builds of this process
    (True), or stop and forget them."""
    global _kept
    _kept = {} if on else None
    if not on:
        from .readcache import _decoded

        _decoded.clear()


def resident() -> bool:
    """Whether this process keeps what it learnt about files between builds."""
    return _kept is not None


def sha256(path: Path, *, max_bytes: int | None = None) -> tuple[int, bytes] | None:
    """(size, SHA-256 of the bytes) of a file; None when it is larger than max_bytes.
    OSError when it cannot be read."""
    st = os.stat(path)
    if max_bytes is not None and st.st_size > max_bytes:
        return None
    status = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    name = str(path)
    if _kept is not None and (hit := _kept.get(name)) is not None and hit[0] == status:
        return hit[1], hit[2]
    data = Path(path).read_bytes()
    digest = hashlib.sha256(data).digest()
    if _kept is not None and len(data) == st.st_size:  # not kept if it changed while it was read
        _kept[name] = (status, len(data), digest)
    return len(data), digest
