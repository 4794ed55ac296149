"""What reading each file gave, kept between builds, so a rebuild reads only the files that changed.

Reading a file is decoding it, parsing its format (an HTML page's main text, a feed, an archive,
a table), detecting each article's language and summarising its words as a MinHash signature
(kg.ingest.syndication): at 2,000 articles most of the time of a rebuild after one change, all
of it redone for files whose bytes had not changed. What reading gives is kept per file, keyed
by the name the file was read under and a hash of its bytes: each article's id and metadata (not
its text), its signature, and the warnings reading gave, with where they fell between articles.
A file whose bytes are unchanged is hashed, not read. An article of such a file that the build
must parse again (new settings, another original for its syndicated story) has its file read
again for its text.

Anything else that decides what reading gives (the reading code, the libraries it calls, the
column mapping, Python's Unicode tables) is part of the cache's version: a cache written under
another version is ignored whole. The cache only saves time: one that cannot be opened or read,
or an entry that does not hold what it should, is ignored without a word (a warning would stop
the next build from taking the no-op path, kg/unchanged.py). It is written as a new file by each
build and put in place once the corpus has been read to the end, so the cache holds exactly the
files of the last complete read, and a stopped build leaves the one before.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from ..models import Article
from .syndication import NUM_PERM

FILENAME = ".kg-read-cache.sqlite"
FORMAT = "1"
# what the readers call: another version may read the same bytes otherwise
LIBRARIES = ("trafilatura", "htmldate", "charset-normalizer", "feedparser", "warcio", "python-frontmatter",
             "markdown-it-py", "PyYAML", "python-dateutil", "langdetect", "datasketch", "numpy")
FIELDS = ("id", "path", "title", "date", "url", "source", "language", "is_summary", "captured")


def version(columns: object) -> str:
    """Everything besides a file's name and bytes that decides what reading it gives."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    h = hashlib.sha256(f"{FORMAT}|{sys.version}|{columns!r}".encode())
    kg = Path(__file__).resolve().parent.parent
    code = [kg / "corpus.py", kg / "ids.py", kg / "models.py", kg / "htmltext.py", *(kg / "ingest").glob("*.py")]
    for p in sorted(code):
        h.update(f"{p.name}\0".encode())
        h.update(p.read_bytes())
    for dist in LIBRARIES:
        try:
            h.update(f"{dist}={dist_version(dist)}\0".encode())
        except PackageNotFoundError:
            h.update(f"{dist}=-\0".encode())
    return h.hexdigest()


class ReadCache:
    """The last build's reading results (read-only) and this build's (written as it reads)."""

    def __init__(self, folder: Path, *, columns: object = None) -> None:
        self.path = folder / FILENAME
        self.key = version(columns)
        self.old = self._open_old()
        self.tmp = folder / f"{FILENAME}.tmp"  # one build at a time: the store is locked
        self.new = self._open_new()
        self.texts: tuple[str, dict[str, str]] | None = None  # the last file read again for its texts
        self.rows: dict[str, tuple] | None = None  # the old cache's entries, read at the first lookup
        self.added: list[tuple[str, str, str]] = []  # this build's entries, written at the end

    def _open_old(self) -> sqlite3.Connection | None:
        if not self.path.is_file():
            return None
        con = None
        try:
            # one reader at a time, but the generator reading the corpus may be resumed or closed from
            # another thread (a Dask build feeds the cluster from one): the connection follows it
            con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            row = con.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
            if row and row[0] == self.key:
                return con
        except (sqlite3.Error, OSError, ValueError):
            pass
        if con is not None:
            con.close()
        return None

    def _open_new(self) -> sqlite3.Connection | None:
        con = None
        try:
            self.tmp.unlink(missing_ok=True)
            con = sqlite3.connect(self.tmp, check_same_thread=False)
            con.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
            con.execute("CREATE TABLE files (key TEXT PRIMARY KEY, data TEXT, checksum TEXT)")
            con.execute("INSERT INTO meta VALUES ('version', ?)", (self.key,))
            return con
        except (sqlite3.Error, OSError):
            if con is not None:
                con.close()
            _unlink(self.tmp)
            return None

    def read(self, path: Path, warn: Callable[[str], None], read_file: Callable[..., Iterator[Article]],
             **kw) -> Iterator[tuple[Article, object]]:
        """The file's articles, each with its syndication sketch; those of an unchanged file
        without their text (Article.text is ""). The file's warnings go to `warn` as reading
        gave them. A SkipFile raised by reading is raised again where it fell."""
        from ..corpus import MAX_BYTES, SkipFile

        key = self._key(path, MAX_BYTES)
        entry = self._lookup(key) if key else None
        if entry is not None:
            (arts, warnings, skipped), raw, checksum = entry
            self._keep_raw(key, raw, checksum)  # the checksum just checked: not computed again
            for i, (art, sig) in enumerate(arts):
                for msg in warnings.get(i, ()):
                    warn(msg)
                yield art, sig
            for msg in warnings.get(len(arts), ()):
                warn(msg)
            if skipped is not None:
                raise SkipFile(skipped)
            return
        from .syndication import sketch

        rows, said = [], {}  # the rows, not the articles: a feed or an archive may hold thousands of texts

        def heard(msg: str) -> None:
            said.setdefault(len(rows), []).append(msg)
            warn(msg)

        try:
            for art in read_file(path, on_warning=heard, **kw):
                sig = sketch(art.text)
                rows.append(_row(art, sig))
                yield art, sig
        except SkipFile as exc:
            self._keep(self._same(key, path, MAX_BYTES), rows, said, str(exc))
            raise
        self._keep(self._same(key, path, MAX_BYTES), rows, said, None)

    def _same(self, key: str | None, path: Path, max_bytes: int) -> str | None:
        """The key again when the file still has the bytes it was hashed with: one rewritten
        while it was read is not kept under a name and bytes it was not read with."""
        return key if key is not None and self._key(path, max_bytes) == key else None

    def text_of(self, path: Path, art: Article, read_file: Callable[..., Iterator[Article]], **kw) -> Article:
        """The article with its text, read again from its file (once for all of a file's articles)."""
        from dataclasses import replace

        from ..corpus import SkipFile

        if self.texts is None or self.texts[0] != str(path):
            texts: dict[str, str] = {}
            try:
                for a in read_file(path, on_warning=lambda msg: None, **kw):
                    texts.setdefault(a.id, a.text)
            except SkipFile:
                pass
            self.texts = (str(path), texts)
        text = self.texts[1].get(art.id)
        if text is None:
            raise SkipFile("changed while it was being read; the next build reads it again")
        return replace(art, text=text)

    def _key(self, path: Path, max_bytes: int) -> str | None:
        """The file's name and a hash of its bytes; None when it cannot be read (then it is read as
        without a cache, which reports why)."""
        from .digests import sha256

        try:
            found = sha256(path, max_bytes=max_bytes)
        except OSError:
            return None
        if found is None:
            return None
        digest = found[1].hex()
        return hashlib.sha256(f"{path}\0{digest}".encode()).hexdigest()

    def _lookup(self, key: str):
        from .digests import resident

        if self.old is None:
            return None
        if resident() and (hit := _decoded.get((self.key, key))) is not None:
            return hit
        try:
            if self.rows is None:  # every entry in one query: one per file was a fifth of reading the corpus
                self.rows = {k: (data, checksum) for k, data, checksum in
                             self.old.execute("SELECT key, data, checksum FROM files")}
            row = self.rows.pop(key, None)  # each file is looked up once: its entry moves to the new cache
            if row is None or row[1] != _checksum(key, row[0]):  # a damaged file may still be a database
                return None
            found = _decode(json.loads(row[0])), row[0], row[1]
        except (sqlite3.Error, ValueError, TypeError, KeyError, IndexError, AttributeError):
            if self.rows is None:
                self.rows = {}  # the old cache cannot be read: every file is read, as without it
            return None  # a damaged entry: the file is read as if it were not there
        if resident():
            _decoded[(self.key, key)] = found
        return found

    def _keep(self, key: str | None, rows: list, warnings: dict[int, list[str]], skipped: str | None) -> None:
        if key is not None:
            data = {"a": rows, "w": [[i, m] for i, ms in sorted(warnings.items()) for m in ms], "s": skipped}
            self._keep_raw(key, json.dumps(data, ensure_ascii=False))

    def _keep_raw(self, key: str, data: str, checksum: str | None = None) -> None:
        if self.new is None:
            return
        self.added.append((key, data, checksum or _checksum(key, data)))
        if len(self.added) >= 1000:  # written in batches: a statement per file was a tenth of reading
            try:
                self.new.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", self.added)
            except sqlite3.Error:
                self._drop_new()
            self.added = []

    def finish(self, complete: bool) -> None:
        """Put this build's cache in place when the corpus was read to the end; else keep the old."""
        if self.old is not None:
            self.old.close()
            self.old = None
        if self.new is None:
            return
        if not complete:
            self._drop_new()
            return
        try:
            self.new.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", self.added)
            self.added = []
            self.new.commit()
            self.new.close()
            self.new = None
            os.replace(self.tmp, self.path)
        except (sqlite3.Error, OSError):
            self._drop_new()

    def _drop_new(self) -> None:
        if self.new is not None:
            try:
                self.new.close()
            except sqlite3.Error:
                pass
            self.new = None
        _unlink(self.tmp)


# a resident process (kg watch) keeps the entries it decoded: an entry's key names the file's
# name and bytes and the cache's version, so what it decodes to never changes; the articles are
# handed out as they are (Article is frozen) and the signatures are not written to
_decoded: dict[tuple[str, str], tuple] = {}


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _checksum(key: str, data: str) -> str:
    return hashlib.sha256(f"{key}\0{data}".encode()).hexdigest()[:16]


def _row(art: Article, sig) -> list:
    return [*(getattr(art, f) for f in FIELDS), None if sig is None else base64.b64encode(sig.tobytes()).decode()]


def _decode(data: dict):
    arts = []
    for row in data["a"]:
        if len(row) != len(FIELDS) + 1:
            raise ValueError("not an article row")
        fields = dict(zip(FIELDS, row))
        if not all(isinstance(v, str) for v in (fields["id"], fields["path"])) or \
                not isinstance(fields["is_summary"], bool) or \
                not all(v is None or isinstance(v, str) for k, v in fields.items() if k not in ("is_summary",)):
            raise ValueError("not an article row")
        sig = row[-1]
        if sig is not None:
            raw = base64.b64decode(sig, validate=True)
            if len(raw) != 4 * NUM_PERM:
                raise ValueError("not a signature")
            sig = np.frombuffer(raw, dtype="uint32").copy()
        arts.append((Article(text="", **fields), sig))
    warnings: dict[int, list[str]] = {}
    for i, msg in data["w"]:
        if not isinstance(i, int) or not isinstance(msg, str) or not 0 <= i <= len(arts):
            raise ValueError("not a warning")
        warnings.setdefault(i, []).append(msg)
    skipped = data["s"]
    if skipped is not None and not isinstance(skipped, str):
        raise ValueError("not a reason")
    return arts, warnings, skipped
