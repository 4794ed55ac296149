"""Each article graph's share of the merged graph, kept on disk beside the store, so that a fresh
`kg build` after a one-article change reads one article, not every reading of what it touches.

kg/kept.py keeps the same shares in memory for a resident process (`kg watch`); this is the
same idea for a build run on its own (issue 13: a cold one-article rebuild at 2,000 articles
within 2% of the first build). A kg:Fact summarises every reading of its (subject, predicate,
object); an entity's label and type are the most used among every reading that names it. After
a change the touched facts and entities are recomputed (GraphStore.update_merged); read from
the store, that is every reading of each of them (a fact such as "the United States restricts
China" is read by a good part of the corpus): 0.9 CPU-s of a 7 CPU-s rebuild at 2,000
articles. Here each graph's support rows and label counts are rows of an SQLite file, indexed
by fact and by entity: the touched graphs' rows are replaced, read from those graphs alone, and
the facts and entities are summed from the file.

The file describes the store in one state only: that of the merged graph's marker
(kg:mergedFrom: every article graph's id and settings and the review decisions), written in the
same SQLite transaction as the rows. It is used only when that marker is the store's before the
change; its new rows and marker are committed after the store's merged graph and marker are
written, so a build stopped in between leaves a file whose marker is not the store's, which is
then not read. A full recompute of the merged graph writes the file anew from the rows it reads
anyway (kg/merged.py), with no query of its own for the support rows.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

FILENAME = ".kg-merged-shares.sqlite"
VERSION = "1"  # bump when a row's meaning changes: an old file is then never read
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS rows (g TEXT, s TEXT, p TEXT, o TEXT, x TEXT, conf TEXT, date TEXT, dt TEXT,
                                 lang TEXT, src TEXT, orig TEXT, rev TEXT);
CREATE INDEX IF NOT EXISTS rows_fact ON rows (s, p, o);
CREATE INDEX IF NOT EXISTS rows_graph ON rows (g);
CREATE TABLE IF NOT EXISTS labels (g TEXT, e TEXT, label TEXT, type TEXT, n INTEGER);
CREATE INDEX IF NOT EXISTS labels_entity ON labels (e);
CREATE INDEX IF NOT EXISTS labels_graph ON labels (g);
"""


class Value:
    """A query solution's term where only its lexical value is read (kg/merged.py `group`)."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value


def beside(store_path: Path) -> "Shares | None":
    """The shares file of a build folder's store (OUT/store): OUT/.kg-merged-shares.sqlite.
    None for a store that is not a build folder's (one opened elsewhere keeps nothing)."""
    p = Path(store_path)
    return Shares(p.parent / FILENAME) if p.name == "store" else None


class Shares:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self.broken = False  # a write failed: this transaction is never committed

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = sqlite3.connect(self.path, isolation_level=None)  # transactions by hand
            # a write-ahead log: a commit is atomic without waiting for the disk (a sync per commit
            # took seconds of wall clock on a busy disk); a commit lost in a power cut leaves the
            # last marker, which is then not the store's, so the file is not read
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)
        return self._db

    def marker(self) -> str | None:
        """The merged graph's marker the rows describe (None: none, or another version's)."""
        if not self.path.exists():
            return None
        try:
            got = dict(self._conn().execute("SELECT k, v FROM meta").fetchall())
        except (sqlite3.Error, OSError):
            return None
        return got.get("marker") if got.get("version") == VERSION else None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # ------------------------------------------------------------ writing
    # The file only saves work: where it cannot be written (a read-only folder, a full disk), the
    # build goes on without it, and a file left behind with another marker is not read.
    def start_over(self) -> bool:
        """Before a full recompute: an empty file whose marker is no state's, committed at once (a
        recompute stopped half-way leaves nothing to read), then the transaction for the rows.
        False when the file cannot be written."""
        try:
            db = self._conn()
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM meta")
            db.execute("DELETE FROM rows")
            db.execute("DELETE FROM labels")
            db.execute("COMMIT")
            db.execute("BEGIN IMMEDIATE")
        except (sqlite3.Error, OSError):
            self.rollback()
            return False
        return True

    def commit(self, marker: str) -> None:
        """The rows written describe the state `marker` (the store's merged graph is written)."""
        if self.broken:
            return
        try:
            db = self._conn()
            db.executemany("INSERT INTO meta VALUES (?, ?)", [("version", VERSION), ("marker", marker)])
            db.execute("COMMIT")
        except (sqlite3.Error, OSError):
            self.rollback()

    def rollback(self) -> None:
        try:
            if self._db is not None and self._db.in_transaction:
                self._db.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    def add_rows(self, rows: Iterable, graph: ox.NamedNode | None = None) -> None:
        """Support rows as the SUPPORT query of kg/merged.py gives them (with ?a, or of `graph`)."""
        self._insert("INSERT INTO rows VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [_row(r, graph) for r in rows])

    def add_labels(self, rows: Iterable[tuple[str, str, str, str, int]]) -> None:
        """(graph, entity, label, type, readings) rows."""
        self._insert("INSERT INTO labels VALUES (?,?,?,?,?)", rows)

    def _insert(self, sql: str, rows: Iterable[tuple]) -> None:
        if self.broken:
            return
        try:
            self._conn().executemany(sql, rows)
        except (sqlite3.Error, OSError):  # the transaction is dropped: nothing is committed
            self.rollback()
            self.broken = True

    def replace(self, store: ox.Store, graphs: Iterable[ox.NamedNode]) -> bool:
        """In a transaction that `commit` ends: the rows of these graphs, read again from the store
        (a dropped graph has none). False when the file cannot be written."""
        try:
            db = self._conn()
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM meta")
            self._replace(db, store, graphs)
        except (sqlite3.Error, OSError):
            self.rollback()
            return False
        return not self.broken  # (a failed insert dropped the transaction: the old rows are not these)

    def _replace(self, db: sqlite3.Connection, store: ox.Store, graphs: Iterable[ox.NamedNode]) -> None:
        from .kept import ARTICLE_SUPPORT, LABELS
        from .rdfarticle import PREFIXES

        for g in graphs:
            db.execute("DELETE FROM rows WHERE g = ?", (g.value,))
            db.execute("DELETE FROM labels WHERE g = ?", (g.value,))
            if not store.contains_named_graph(g):
                continue
            self.add_rows(store.query(ARTICLE_SUPPORT.replace("{G}", str(g)), prefixes=PREFIXES), g)
            q = LABELS.replace("?a ?e", "?e").replace("GRAPH ?a", f"GRAPH {g}").replace("GROUP BY ?a ", "GROUP BY ")
            self.add_labels((g.value, r["e"].value, r["label"].value, r["type"].value, int(r["n"].value))
                            for r in store.query(q, prefixes=PREFIXES))

    # ------------------------------------------------------------ the sums
    def support_rows(self, keys: Iterable[tuple[str, str, str]]) -> Iterator[dict]:
        """Every support row of these facts, as the SUPPORT query would give them."""
        db = self._conn()
        for s, p, o in keys:
            sn, pn, on = ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o)
            for g, x, conf, date, dt, lang, src, orig, rev in db.execute(
                    "SELECT g, x, conf, date, dt, lang, src, orig, rev FROM rows WHERE s = ? AND p = ? AND o = ?",
                    (s, p, o)):
                yield {"x": Value(x), "s": sn, "p": pn, "o": on, "conf": Value(conf), "a": Value(g),
                       "date": None if date is None else ox.Literal(date, language=lang) if lang
                       else ox.Literal(date, datatype=ox.NamedNode(dt)),
                       "src": None if src is None else Value(src), "orig": None if orig is None else Value(orig),
                       "rev": None if rev is None else Value(rev)}

    def label_counts(self, entities: Iterable[str]) -> Iterator[tuple[str, str, str, int]]:
        """(entity, label, type, readings), one row per graph (the caller sums)."""
        db = self._conn()
        for e in entities:
            yield from db.execute("SELECT e, label, type, n FROM labels WHERE e = ?", (e,))


def _row(r, graph: ox.NamedNode | None) -> tuple:
    date, src, orig, rev = r["date"], r["src"], r["orig"], r["rev"]
    return ((graph or r["a"]).value, r["s"].value, r["p"].value, r["o"].value, r["x"].value, r["conf"].value,
            None if date is None else date.value, None if date is None else date.datatype.value,
            None if date is None else (date.language or None),
            None if src is None else src.value, None if orig is None else orig.value,
            None if rev is None else rev.value)
