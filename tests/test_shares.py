"""A cold one-article rebuild reads what the last build kept beside the store (issue 13): each
article graph's share of the merged graph (kg/shares.py) and the HTML view's grouped readings
(kg/viewparts.py). The rebuild's store and exports equal a fresh build's; a file kept for
another state, or damaged, is not read."""
from __future__ import annotations

import sqlite3

import kg
from kg.exportcache import CACHE_DIR
from kg.shares import FILENAME
from kg.viewparts import FILENAME as VIEW_PARTS

from .conftest import nquads, write_corpus
from .stories import story as _story

FILES = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html")

ARTICLES = {f"s{i}.txt": _story(i, a, b) for i, (a, b) in enumerate(
    [("Nvidia", "Huawei"), ("Intel", "SMIC"), ("Nvidia", "SMIC"), ("TSMC", "Huawei"), ("Nvidia", "Huawei")])}


def _marker(out) -> str | None:
    with sqlite3.connect(out / FILENAME) as db:
        return dict(db.execute("SELECT k, v FROM meta").fetchall()).get("marker")


def _rows(out) -> int:
    with sqlite3.connect(out / FILENAME) as db:
        return db.execute("SELECT COUNT(*) FROM rows").fetchone()[0]


def _same_as_fresh(tmp_path, corpus, out) -> None:
    fresh = tmp_path / "fresh"
    kg.build(corpus, out=fresh)
    assert nquads(out) == nquads(fresh)
    for name in FILES:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_a_rebuild_sums_the_kept_shares_and_equals_a_fresh_build(tmp_path, nlp, monkeypatch):
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out)
    first = _marker(out)
    assert first and _rows(out) >= 10  # two readings an article at least
    assert (out / CACHE_DIR / VIEW_PARTS).is_file()
    # the touched facts are summed from the file, not read from the store
    from kg.store import GraphStore

    def no_store_reads(self, keys, *, kept=None):
        assert kept is not None, "the support rows were read from the store"
        return real(self, keys, kept=kept)

    real = GraphStore._support
    monkeypatch.setattr(GraphStore, "_support", no_store_reads)
    (corpus / "s1.txt").write_text(_story(1, "Intel", "SMIC", " Samsung Electronics is building a plant in Taylor, Texas."))
    (corpus / "s4.txt").unlink()
    (corpus / "s7.txt").write_text(_story(7, "AMD", "Huawei"))
    rep = kg.build(corpus, out=out)
    assert (rep.articles_unchanged, rep.articles_removed) == (3, 2)
    assert _marker(out) not in (None, first)
    monkeypatch.setattr(GraphStore, "_support", real)
    _same_as_fresh(tmp_path, corpus, out)


def test_shares_of_another_state_or_damaged_are_not_read(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out)
    # another state's marker (as a build stopped between the store's write and the file's leaves it)
    with sqlite3.connect(out / FILENAME) as db:
        db.execute("UPDATE meta SET v = 'another' WHERE k = 'marker'")
        db.execute("UPDATE rows SET conf = '0.01'")  # would give other confidences if it were read
    (out / CACHE_DIR / VIEW_PARTS).write_bytes(b"not marshal at all")
    (corpus / "s2.txt").write_text(_story(2, "Nvidia", "Tencent"))
    kg.build(corpus, out=out)
    assert _marker(out) == "another"  # left as it was: only a full recompute writes it anew
    _same_as_fresh(tmp_path, corpus, out)
    # garbage in place of the file: the next change is read from the store
    (out / FILENAME).write_bytes(b"garbage, not SQLite")
    (corpus / "s3.txt").write_text(_story(3, "TSMC", "Baidu"))
    kg.build(corpus, out=out)
    _same_as_fresh(tmp_path, corpus, out)
