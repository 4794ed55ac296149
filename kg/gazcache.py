"""A cache of the built gazetteer outside any build's output folder (issue 13).

Building the gazetteer (its JSON lines parsed and checked, every name keyed and indexed) was
0.13-0.17 CPU-s of every build, a one-article rebuild's too; the built tables, read back with
marshal, are about 0.03. The cache is keyed by the code that builds the tables and by the bytes of
every gazetteer file, so an edited file or a changed kg rebuilds it. It is never trusted
blindly: a file whose header, key or digest does not match, or whose tables do not have the
built shape, is ignored and written anew. It lives in $KG_CACHE_DIR, else $XDG_CACHE_HOME/kg,
else ~/.cache/kg; KG_CACHE_DIR set to the empty string turns it off. Failing to write it (a
read-only home) only costs the time it would have saved.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import unicodedata
from pathlib import Path

MAGIC = b"kg-gazetteer-cache 1\n"
_CODE = ("gazetteer.py", "vocab.py", "ids.py")  # what the built tables depend on, beside the files' bytes


def cache_dir() -> Path | None:
    """Where the cache lives; None when KG_CACHE_DIR turns it off."""
    env = os.environ.get("KG_CACHE_DIR")
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "kg"


def key(sources: list[tuple[str, bytes]]) -> bytes:
    """The digest of the code's version and of each gazetteer file's bytes, in order."""
    from . import __version__

    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for part in (__version__, sys.version, unicodedata.unidata_version, str(marshal.version)):
        h.update(part.encode() + b"\0")
    for name in _CODE:
        code = (here / name).read_bytes()
        h.update(len(code).to_bytes(8, "big") + code)
    for _, data in sources:
        h.update(len(data).to_bytes(8, "big") + data)
    return h.digest()


def _path(folder: Path, sources: list[tuple[str, bytes]]) -> Path:
    # one file per list of gazetteer files: an edited file overwrites its own cache, not a new one
    names = hashlib.sha256("\0".join(name for name, _ in sources).encode()).hexdigest()[:16]
    return folder / f"gazetteer-{names}.marshal"


def read(sources: list[tuple[str, bytes]], digest: bytes) -> tuple | None:
    """The cached tables (entries as tuples, index, demonyms, shared) for these files, or None."""
    folder = cache_dir()
    if folder is None:
        return None
    tables = read_framed(_path(folder, sources), MAGIC, digest)
    if not (isinstance(tables, tuple) and len(tables) == 4 and isinstance(tables[0], list)
            and all(isinstance(t, dict) for t in tables[1:])):
        return None
    return tables


def read_framed(path: Path, magic: bytes, digest: bytes):
    """The value a cache file holds after its header (magic, key digest, payload digest), or None when the file is
    absent, of another key, cut short or damaged (kg/rulercache.py reads its file the same way)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(magic)
    if data[:head] != magic or data[head:head + 32] != digest:
        return None
    payload = data[head + 64:]
    if hashlib.sha256(payload).digest() != data[head + 32:head + 64]:
        return None  # cut short or damaged
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None


def write(sources: list[tuple[str, bytes]], digest: bytes, tables: tuple) -> None:
    """Store the tables atomically (a temporary file renamed over the old one); errors are ignored."""
    folder = cache_dir()
    if folder is not None:
        write_framed(_path(folder, sources), MAGIC, digest, tables, ".gazetteer-")


def write_framed(path: Path, magic: bytes, digest: bytes, value, prefix: str) -> None:
    """Store a value under the header read_framed checks, atomically (a temporary file renamed over the old one);
    errors are ignored: failing to write a cache only costs the time it would have saved."""
    payload = marshal.dumps(value, 4)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=prefix, delete=False) as f:
            tmp = f.name
            f.write(magic + digest + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
