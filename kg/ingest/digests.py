"""A file's SHA-256, for the no-op fingerprint (kg/unchanged.py) and the read cache's keys
(kg/ingest/readcache.py): every file of the corpus is asked for twice by every build.

A digest is kept with the file's status: size, modification and change times in nanoseconds,
inode and device. A file whose status is the one its digest was taken with is not read again.
Kept where:

- in a resident process (`kg watch`, kg/resident.py), in memory between its rebuilds;
- between builds, in `OUT/.kg-digests.json` (issue 13: hashing every file twice was 0.3-0.4
  CPU-s of a one-article rebuild at 2,000 articles); read when a build starts (`session`) and
  written when it ends, with the entries of the files that build asked about.

Why the status can be trusted: the change time cannot be set by a program (unlike the
modification time), so a write, a rename over the file or a restored time stamp all change the
status; an edit that keeps the size and puts the modification time back is still seen. What is
left is the file system's clock granularity (racy writes, as git calls them): two writes within
one tick of its clock leave the same times. A digest taken less than RACY_NS after the file's
last change (by this machine's clock, taken before the file was read) may have seen the first
write only, so it is not trusted: the file is read and hashed again until its digest was taken
well after its last change. RACY_NS (2 s) covers the coarsest clocks in use (FAT, HFS+ and ext3
keep seconds or two) and a small skew with a network file server's clock; a server whose clock
is behind this machine's by more than that, with a file written twice within one of its ticks
while a build reads it, is outside what this guards. The entries only save reading: a file
whose status is unknown, changed, or too recent is read, as without them.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FILENAME = ".kg-digests.json"
VERSION = 1
RACY_NS = 2_000_000_000  # a digest taken this soon after the file's last change is not trusted

# name -> (status, size, digest, when the digest was taken in ns)
Entry = tuple[tuple[int, ...], int, bytes, int]
_kept: dict[str, Entry] | None = None  # None: not resident
_session: dict[str, Entry] | None = None  # the entries of a build (from OUT/.kg-digests.json)
_asked: set[str] | None = None  # the files this build asked about: the entries it keeps


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


def _table() -> dict[str, Entry] | None:
    return _kept if _kept is not None else _session


def _status(st: os.stat_result) -> tuple[int, ...]:
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev


def sha256(path: Path, *, max_bytes: int | None = None) -> tuple[int, bytes] | None:
    """(size, SHA-256 of the bytes) of a file; None when it is larger than max_bytes.
    OSError when it cannot be read."""
    st = os.stat(path)
    if max_bytes is not None and st.st_size > max_bytes:
        return None
    status = _status(st)
    name = str(path)
    table = _table()
    if _asked is not None:
        _asked.add(name)
    if table is not None and (hit := table.get(name)) is not None and hit[0] == status \
            and max(st.st_mtime_ns, st.st_ctime_ns) < hit[3] - RACY_NS:
        return hit[1], hit[2]
    taken = time.time_ns()  # before reading: a write after this is later than the digest
    data = Path(path).read_bytes()
    digest = hashlib.sha256(data).digest()
    if table is not None and len(data) == st.st_size:  # not kept if it changed while it was read
        try:
            same = _status(os.stat(path)) == status
        except OSError:
            same = False
        if same:
            table[name] = (status, len(data), digest, taken)
    return len(data), digest


@contextmanager
def session(out: Path) -> Iterator[None]:
    """A build's digests: the entries the last build left in `out` are trusted as above while
    the block runs, and those of the files asked about are written back when it ends (a
    resident process's own entries are used, and written too)."""
    global _session, _asked
    if _session is not None or _asked is not None:  # a build inside a build: the outer one keeps them
        yield
        return
    loaded = _load(out) if _kept is None else {}
    _session, _asked = dict(loaded), set()
    try:
        yield
    finally:
        table, asked = _table() or {}, _asked
        _session, _asked = None, None
        kept = {name: table[name] for name in asked if name in table}
        if kept != loaded:
            _save(out, kept)


def _load(out: Path) -> dict[str, Entry]:
    try:
        data = json.loads((out / FILENAME).read_text(encoding="utf-8"))
        if data.get("version") != VERSION:
            return {}
        found = {}
        for name, (status, size, digest, taken) in data["files"].items():
            if not (isinstance(status, list) and len(status) == 5 and all(type(v) is int for v in status)
                    and type(size) is int and type(taken) is int and isinstance(digest, str)):
                return {}
            raw = bytes.fromhex(digest)
            if len(raw) != 32:
                return {}
            found[name] = (tuple(status), size, raw, taken)
        return found
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}  # none, damaged or of another version: every file is read, as without it


def _save(out: Path, kept: dict[str, Entry]) -> None:
    data = {"version": VERSION, "files": {name: [list(status), size, digest.hex(), taken]
                                          for name, (status, size, digest, taken) in sorted(kept.items())}}
    tmp = out / f"{FILENAME}.{os.getpid()}.tmp"
    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, out / FILENAME)
    except OSError:  # only saves reading: a full disk or a read-only folder is not a build error
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
