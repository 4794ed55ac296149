"""Cheap rebuilds (issue 13): a no-op build loads no model and rewrites no export; a rebuild
after a change re-serialises only the changed article graphs, and its exports are
byte-identical to those of a fresh build; exports stopped half-way are never taken as current."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.errors import ExportError
from kg.export import MERGED_VIEW
from kg.exportcache import CACHE_DIR, Pieces
from kg.parsing import usable
from kg.rdfarticle import PREFIXES
from kg.store import GraphStore

from .conftest import write_corpus

EXPORTS = ("ttl", "trig", "jsonld", "nq", "html")
FILES = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.nq", "graph.html")


def _story(i: int, a: str, b: str) -> str:
    return (f"TITLE: Story {i}\nDATE: 2024-03-{1 + i:02d}\nSOURCE: Wire {'AB'[i % 2]}\n-----\n"
            f"{a} restricted exports of advanced chips to {b} on March {1 + i}, 2024. "
            f"Microsoft said it would invest $2 billion in {b}, according to Reuters.\n")


ARTICLES = {f"s{i}.txt": _story(i, a, b) for i, (a, b) in enumerate(
    [("Nvidia", "Huawei"), ("Intel", "SMIC"), ("Nvidia", "SMIC"), ("TSMC", "Huawei"), ("Micron Technology", "Tencent")])}


def _exports(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES}


def _pieces(out: Path) -> dict[str, dict]:
    """Per format: how many article graphs' and merged facts' pieces the last export read from
    the cache ("... reused"), and how many it serialised ("... made")."""
    return {p.stem: json.loads(p.read_text())["counts"] for p in (out / CACHE_DIR).glob("*.index")}


def test_incremental_exports_equal_a_fresh_build(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=EXPORTS)
    first = _pieces(out)
    # five article graphs, and the ontology's graph (keyed by its triples) in every format but the view's readings
    assert {f: (c.get("graphs reused", 0), c.get("graphs made")) for f, c in first.items()} == {
        **{f: (0, 6) for f in ("trig", "jsonld", "nq", "plain", "support")}, "edges": (0, 5)}
    # one article changed (a fact added, one dropped), one removed, one added
    (corpus / "s1.txt").write_text(_story(1, "Intel", "SMIC").replace("Microsoft", "Alibaba Group")
                                   + "Samsung Electronics is building a chip plant in Taylor, Texas.\n")
    (corpus / "s4.txt").unlink()
    (corpus / "s9.txt").write_text(_story(9, "AMD", "Baidu"))
    rep = kg.build(corpus, out=out, exports=EXPORTS)
    assert (rep.articles_unchanged, rep.articles_removed) == (3, 2)  # a changed text is a new article
    # the three unchanged articles' pieces were read, not serialised again; the new two were;
    # and the merged facts that only unchanged articles read were read, not serialised again
    after = _pieces(out)
    assert {f: (c.get("graphs reused"), c.get("graphs made")) for f, c in after.items()} == {
        **{f: (4, 2) for f in ("trig", "jsonld", "nq", "plain")}, "support": (3, 2), "edges": (3, 2)}  # (only
    # the article graphs' support is read)
    for f in ("trig", "jsonld", "nq", "plain"):
        assert after[f].get("facts reused", 0) >= 2 and after[f].get("facts made", 0) >= 2, (f, after[f])
        assert first[f]["facts made"] >= 6 and "facts reused" not in first[f]
    assert len(list((out / CACHE_DIR).glob("*.pack"))) == 6  # the old packs are gone
    fresh = tmp_path / "fresh"
    kg.build(corpus, out=fresh, exports=EXPORTS)
    got, want = _exports(out), _exports(fresh)
    for name in FILES:
        assert got[name] == want[name], name
    assert b"Samsung Electronics" in got["graph.trig"] and b"Micron Technology" not in got["graph.trig"]


def test_pieced_exports_equal_the_store_and_the_merged_view(tmp_path, nlp):
    """The assembled files hold exactly the store (dataset formats) and MERGED_VIEW (Turtle,
    byte for byte what serialising the query's sorted triples gives)."""
    out = tmp_path / "out"
    kg.build(write_corpus(tmp_path / "c", ARTICLES), out=out, exports=EXPORTS)
    gs = GraphStore(out / "store", read_only=True)
    store = set(gs.ox.quads_for_pattern(None, None, None))
    for name, fmt in (("graph.trig", ox.RdfFormat.TRIG), ("graph.jsonld", ox.RdfFormat.JSON_LD),
                      ("graph.nq", ox.RdfFormat.N_QUADS)):
        assert set(ox.parse((out / name).read_bytes(), format=fmt)) == store, name
    ttl = ox.serialize(sorted(set(gs.query(MERGED_VIEW)), key=str), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    assert (out / "graph.ttl").read_bytes() == ttl
    # the view's readings read per article (a small change) or with one query (many): the same
    import kg.exportcache as ec

    one_by_one = list(Pieces(gs, formats=["edges"]).pieces("edges"))
    bulk, ec.BULK_EDGES = ec.BULK_EDGES, 0
    try:
        at_once = list(Pieces(gs, formats=["edges"]).pieces("edges"))
    finally:
        ec.BULK_EDGES = bulk
    assert one_by_one == at_once and sum(len(json.loads(p)) for p in at_once) > 5


NOOP = """
import sys, kg
rep = kg.build(sys.argv[1], out=sys.argv[2], exports=("ttl", "trig", "jsonld", "html"))
heavy = sorted(m for m in ("spacy", "thinc", "kg.nlp", "kg.extract.rules", "langdetect", "datasketch",
                           "kg.ingest.syndication") if m in sys.modules)
print(rep.articles_unchanged, ",".join(heavy) or "-")
"""


def test_noop_rebuild_loads_no_model_and_rewrites_no_export(tmp_path, nlp):
    """Measured in a fresh process: after a no-op build, spaCy was never imported, nor were the
    language detector and the syndication finder (the corpus was not read again, only hashed)."""
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=("ttl", "trig", "jsonld", "html"))
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.name.startswith("graph.")}
    proc = subprocess.run([sys.executable, "-c", NOOP, str(corpus), str(out)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == [str(len(ARTICLES)), "-"]
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.name.startswith("graph.")} == stamps
    # a changed article is read again and parsed, in the same kind of process: by a second process
    # that imported spaCy meanwhile where there is a core for it (kg/preload.py), else here
    (corpus / "s0.txt").write_text(_story(0, "Nvidia", "Baidu"))
    proc = subprocess.run([sys.executable, "-c", NOOP, str(corpus), str(out)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    heavy = proc.stdout.split()[1].split(",")
    assert "kg.ingest.syndication" in heavy
    assert ("spacy" in heavy) != usable()


def _edit_keeping_size_and_time(path) -> None:
    """Rewrite a file with text of the same length and put its modification time back."""
    st = path.stat()
    path.write_text(path.read_text().replace("Huawei", "Lenovo"))  # same length
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns


def test_an_edit_that_keeps_size_and_time_is_seen(tmp_path, nlp):
    """The no-op path compares the files' bytes, not their size and time stamp."""
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=("trig",))
    assert kg.build(corpus, out=out, exports=("trig",)).articles_unchanged == len(ARTICLES)
    _edit_keeping_size_and_time(corpus / "s3.txt")
    rep = kg.build(corpus, out=out, exports=("trig",))
    assert (rep.articles_read, rep.articles_unchanged) == (len(ARTICLES), len(ARTICLES) - 1)
    assert b"Lenovo" in (out / "graph.trig").read_bytes()


def test_kept_digests_skip_reading_yet_see_an_edit_that_keeps_size_and_time(tmp_path, nlp, monkeypatch):
    """A build keeps each file's digest with its status (OUT/.kg-digests.json, kg/ingest/digests.py):
    the next build reads no unchanged file to hash it, and an edit of the same size with the
    modification time put back still changes the status (its change time) and is seen.
    RACY_NS is 0 here so that files written a moment before the build are trusted at once."""
    import pathlib

    from kg.ingest import digests

    monkeypatch.setattr(digests, "RACY_NS", 0)
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=("trig",))
    assert len(json.loads((out / digests.FILENAME).read_text())["files"]) == len(ARTICLES)
    read: list[str] = []
    real = pathlib.Path.read_bytes

    def counted(self):
        if self.parent == corpus:
            read.append(self.name)
        return real(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", counted)
    assert kg.build(corpus, out=out, exports=("trig",)).articles_unchanged == len(ARTICLES)
    assert read == []  # neither the no-op fingerprint nor the read cache read a file again
    _edit_keeping_size_and_time(corpus / "s3.txt")
    rep = kg.build(corpus, out=out, exports=("trig",))
    assert (rep.articles_read, rep.articles_unchanged) == (len(ARTICLES), len(ARTICLES) - 1)
    assert b"Lenovo" in (out / "graph.trig").read_bytes()
    assert "s3.txt" in read and "s0.txt" not in read
    (out / digests.FILENAME).write_text('{"version": 1, "files": {"x": [1, 2]}}')  # damaged: ignored
    read.clear()
    assert kg.build(corpus, out=out, exports=("trig",)).articles_unchanged == len(ARTICLES)
    assert sorted(set(read)) == sorted(ARTICLES)


def test_a_digest_taken_just_after_a_change_is_not_trusted(tmp_path):
    """Two writes within one tick of the file system's clock leave the same status: a digest
    taken less than RACY_NS after the file's last change is taken again (kg/ingest/digests.py).
    Shown with forged entries: one for the file's very status, taken too soon, is not used; the
    same taken long after the change is (the status alone then decides); a new status never is."""
    import hashlib
    import time

    from kg.ingest import digests

    f = tmp_path / "a.txt"
    f.write_bytes(b"Nvidia supplies chips to Huawei.")
    true = (32, hashlib.sha256(f.read_bytes()).digest())
    out = tmp_path / "out"
    with digests.session(out):
        assert digests.sha256(f) == true
        st = os.stat(f)
        status, last = digests._status(st), max(st.st_mtime_ns, st.st_ctime_ns)
        digests._session[str(f)] = (status, 32, b"\0" * 32, last + 1)  # taken a moment after the change
        assert digests.sha256(f) == true
        digests._session[str(f)] = (status, 32, b"\0" * 32, last + digests.RACY_NS + 1)  # long after
        assert digests.sha256(f) == (32, b"\0" * 32)
        time.sleep(0.1)  # past a tick of the file system's clock: the next write has another change time
        f.write_bytes(b"Nvidia supplies chips to Lenovo.")
        os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size and modification time, new change time
        assert digests._status(os.stat(f)) != status
        assert digests.sha256(f) == (32, hashlib.sha256(b"Nvidia supplies chips to Lenovo.").digest())
    assert digests._session is None and (out / digests.FILENAME).is_file()


def test_exports_stopped_half_way_are_not_taken_as_current(tmp_path, nlp):
    """A build that changed the store and failed while writing its exports leaves no stamp:
    going back to the earlier corpus rewrites every export instead of trusting stale files."""
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=("trig", "jsonld"))
    first = _exports_of(out, ("graph.trig", "graph.jsonld"))
    old = (corpus / "s2.txt").read_text()
    (corpus / "s2.txt").write_text(_story(2, "Nvidia", "Baidu"))
    (out / "graph.jsonld").unlink()
    (out / "graph.jsonld").mkdir()  # the second export cannot be written: graph.trig is, already
    with pytest.raises(ExportError):
        kg.build(corpus, out=out, exports=("trig", "jsonld"))
    assert not (out / ".exports").exists() and not (out / ".kg-corpus.json").exists()
    assert (out / "graph.trig").read_bytes() != first["graph.trig"]
    (out / "graph.jsonld").rmdir()
    (corpus / "s2.txt").write_text(old)
    kg.build(corpus, out=out, exports=("trig", "jsonld"))
    assert _exports_of(out, ("graph.trig", "graph.jsonld")) == first
    assert (out / ".exports").exists()


def _exports_of(out: Path, names: tuple[str, ...]) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in names}


def test_packs_left_damaged_or_old_are_read_as_their_index_says_or_rebuilt(tmp_path, nlp):
    """Packs are appended to in place (issue 13): bytes a stopped append left after what the index
    covers are never read, a pack shorter than its index is written anew, and an index of the
    first version (no byte count) still reads its whole pack; every export still equals a fresh
    build's."""
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=EXPORTS)
    cache = out / CACHE_DIR

    def pack_of(fmt: str) -> tuple[Path, dict]:
        index = json.loads((cache / f"{fmt}.index").read_text())
        return cache / index["pack"], index

    def same_as_fresh() -> dict[str, bytes]:
        fresh = tmp_path / "fresh"
        kg.build(corpus, out=fresh, exports=EXPORTS)
        got, want = _exports(out), _exports(fresh)
        for name in FILES:
            assert got[name] == want[name], name
        return got

    pack, _ = pack_of("nq")  # a stopped append: junk after the covered bytes
    with open(pack, "ab") as f:
        f.write(b"<urn:junk> <urn:junk> <urn:junk> .\n")
    pack, index = pack_of("jsonld")  # an index written before packs were appended to
    del index["bytes"], index["version"]
    (cache / "jsonld.index").write_text(json.dumps(index))
    (corpus / "s2.txt").write_text(_story(2, "Nvidia", "Baidu"))
    kg.build(corpus, out=out, exports=EXPORTS)
    counts = _pieces(out)
    # (four article graphs and the ontology's)
    assert counts["nq"].get("graphs reused") == 5 and counts["jsonld"].get("graphs reused") == 5
    assert b"urn:junk" not in same_as_fresh()["graph.nq"]
    pack, index = pack_of("trig")  # a pack cut short: written anew, every piece made again
    pack.write_bytes(pack.read_bytes()[: index["bytes"] // 2])
    (corpus / "s3.txt").write_text(_story(3, "TSMC", "Xiaomi"))
    kg.build(corpus, out=out, exports=EXPORTS)
    assert _pieces(out)["trig"].get("graphs reused", 0) == 0
    same_as_fresh()
    # and what the repaired packs hold reads back after one more change
    (corpus / "s0.txt").write_text(_story(0, "Nvidia", "Inspur"))
    kg.build(corpus, out=out, exports=EXPORTS)
    assert _pieces(out)["trig"].get("graphs reused") == 5
    same_as_fresh()


def test_packs_copied_as_bytes_hold_text_beyond_ascii(tmp_path, nlp):
    """The dataset exports copy cached pieces from the packs as bytes (spans in bytes since the
    index's version 3). With titles and sentences beyond ASCII a piece's bytes are not its
    characters: the rebuilt exports still equal a fresh build's, and an index of version 2 (spans
    in characters) is read as bytes once, its pieces reused, not serialised again."""
    articles = {name: text.replace("TITLE: Story", "TITLE: Société Générale’s chips — story")
                .replace("according to Reuters", "according to Zürich’s Neue Zürcher Zeitung")
                for name, text in ARTICLES.items()}
    corpus = write_corpus(tmp_path / "c", articles)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=EXPORTS)
    cache = out / CACHE_DIR

    def same_as_fresh() -> None:
        fresh = tmp_path / "fresh"
        kg.build(corpus, out=fresh, exports=EXPORTS)
        got, want = _exports(out), _exports(fresh)
        for name in FILES:
            assert got[name] == want[name], name
        assert "Société Générale’s".encode() in got["graph.trig"] + got["graph.jsonld"]

    for fmt in ("trig", "jsonld"):  # each index as the last version wrote it: spans in characters
        index = json.loads((cache / f"{fmt}.index").read_text())
        assert index["version"] == 3
        data = (cache / index["pack"]).read_bytes()[:index["bytes"]]
        text = data.decode("utf-8")
        assert len(text) < len(data)  # (else the test shows nothing)
        index["pieces"] = {k: [len(data[:a].decode()), len(data[:b].decode())] for k, (a, b) in index["pieces"].items()}
        index["version"], index["length"] = 2, len(text)
        (cache / f"{fmt}.index").write_text(json.dumps(index))
    (corpus / "s2.txt").write_text(articles["s2.txt"].replace("Nvidia", "Lenovo"))
    kg.build(corpus, out=out, exports=EXPORTS)
    counts = _pieces(out)
    assert counts["trig"].get("graphs reused") == 5 and counts["jsonld"].get("graphs reused") == 5  # (the ontology's too)
    assert counts["trig"].get("facts reused", 0) >= 2 and counts["jsonld"].get("facts reused", 0) >= 2
    same_as_fresh()
    (corpus / "s3.txt").write_text(articles["s3.txt"].replace("TSMC", "Samsung Electronics"))
    kg.build(corpus, out=out, exports=EXPORTS)  # and the upgraded packs, appended to, read back
    assert _pieces(out)["jsonld"].get("graphs reused") == 5
    same_as_fresh()


def test_the_ontology_graph_is_serialised_once_and_again_when_it_changes(tmp_path, nlp, monkeypatch):
    """The ontology's graph is keyed by its triples: a rebuild copies its pieces, and a changed
    ontology file is serialised again (its new label in every export, as in a fresh build)."""
    import kg.build as _  # noqa: F401
    import kg.exportcache as E

    B = sys.modules["kg.build"]
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=EXPORTS)
    made: list[str] = []
    fill = E.Pieces._fill
    monkeypatch.setattr(E.Pieces, "_fill", lambda self, graph, name, formats: (made.append(name),
                                                                              fill(self, graph, name, formats)))
    (corpus / "s1.txt").write_text(_story(1, "Intel", "Baidu"))
    kg.build(corpus, out=out, exports=EXPORTS)
    assert made and "https://w3id.org/kg/ontology" not in made
    onto = tmp_path / "kg.ttl"
    onto.write_text(B.ONTOLOGY_FILE.read_text().replace('"restricts"@en', '"restricts (edited)"@en', 1))
    assert "restricts (edited)" in onto.read_text()
    monkeypatch.setattr(B, "ONTOLOGY_FILE", onto)
    made.clear()
    kg.build(corpus, out=out, exports=EXPORTS)
    assert "https://w3id.org/kg/ontology" in made
    fresh = tmp_path / "fresh"
    kg.build(corpus, out=fresh, exports=EXPORTS)
    got, want = _exports(out), _exports(fresh)
    for name in FILES:
        assert got[name] == want[name], name
    assert b"restricts (edited)" in got["graph.trig"]


def test_a_change_that_keeps_the_graph_reuses_the_views_places(tmp_path, nlp, monkeypatch):
    """The HTML view of a rebuild whose graph keeps its nodes, facts and support takes the last
    view's ranks and positions (kg/viewparts.py, Placements) and still equals a fresh build's;
    the readings of unchanged articles are taken as they were grouped, their pieces not decoded."""
    from kg.viewmodel import Model

    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=EXPORTS)
    assert (out / CACHE_DIR / "view-layout.marshal").exists()
    (corpus / "s2.txt").write_text(ARTICLES["s2.txt"] + "The weather in the valley was mild that week.\n")
    cached = Pieces._cached

    def decode(self, key, fmt):
        text = cached(self, key, fmt)
        assert text is None or fmt != "edges", "a piece of the view decoded"
        return text

    with monkeypatch.context() as m:
        m.setattr(Model, "_rank", lambda self: pytest.fail("ranked again"))
        m.setattr(Pieces, "_cached", decode)
        kg.build(corpus, out=out, exports=("html",))
    assert _pieces(out)["edges"] == {"graphs reused": 4, "graphs made": 1}
    fresh = tmp_path / "fresh"
    kg.build(corpus, out=fresh, exports=("html",))
    assert (out / "graph.html").read_bytes() == (fresh / "graph.html").read_bytes()


def test_view_parts_are_appended_and_a_cut_record_is_not_read(tmp_path):
    """The view's grouped readings (kg/viewparts.py): a rebuild appends its new parts as one
    record; a record cut short is not read (and is written over); dead parts past an eighth of
    the file have it written anew; a file of another kind is ignored."""
    from kg import viewparts as vp

    def part(i: int) -> dict:
        return {(f"e{i}", "e0", "owns"): {(f"a{i}", "s"): (("t", "", "", "", f"a{i}"), "s", 0.5, "")}}

    first = {f"k{i}": part(i) for i in range(20)}
    vp.save(tmp_path, first, vp.load(tmp_path))
    kept = vp.load(tmp_path)
    assert kept == first and kept.held == 20
    size = (tmp_path / vp.FILENAME).stat().st_size
    second = {k: v for k, v in first.items() if k != "k3"} | {"k20": part(20)}  # one article changed
    vp.save(tmp_path, second, kept)
    assert (tmp_path / vp.FILENAME).stat().st_size < size + 200  # appended, not written again
    kept = vp.load(tmp_path)
    assert dict(kept) == second | {"k3": first["k3"]} and kept.held == 21  # (k3 dead, kept until rewritten)
    with open(tmp_path / vp.FILENAME, "ab") as f:  # an append stopped half-way
        f.write(vp._record({"k99": part(99)})[:-5])
    kept = vp.load(tmp_path)
    assert "k99" not in kept and dict(kept) == second | {"k3": first["k3"]}
    third = second | {"k21": part(21)}
    vp.save(tmp_path, third, kept)  # written over the cut record
    assert vp.load(tmp_path) == third | {"k3": first["k3"]}
    few = {k: third[k] for k in ("k0", "k1", "k21")}  # most parts dead: written anew
    vp.save(tmp_path, few, vp.load(tmp_path))
    kept = vp.load(tmp_path)
    assert kept == few and kept.held == 3
    (tmp_path / vp.FILENAME).write_bytes(__import__("marshal").dumps(("code", few)))  # the file's first version
    assert vp.load(tmp_path) == {}


def test_an_articles_tuple_is_kept_once_for_all_its_readings(tmp_path):
    """reading_groups makes one tuple per article, and the parts file writes it once (marshal's
    references) and reads it back as one object: half the file and of its reading time at 2,000
    articles, with the same parts."""
    from kg import viewparts as vp
    from kg.viewmodel import reading_groups

    def reading(o: str, sentence: str) -> dict:
        return {"source": "e:a", "target": f"e:{o}", "predicate": "owns", "sentence": sentence, "article": "T",
                "article_id": "a1", "article_date": "2024-01-02", "source_name": "Wire", "url": "", "confidence": 0.5}

    part = reading_groups([reading("b", "A owns B."), reading("c", "A owns C."), reading("c", "A owns C too.")])
    facts = [f for g in part.values() for f in g.values()]
    assert len(facts) == 3 and all(f[0] is facts[0][0] for f in facts)
    vp.save(tmp_path, {"k": part}, vp.load(tmp_path))
    back = vp.load(tmp_path)["k"]
    assert back == part
    facts = [f for g in back.values() for f in g.values()]
    assert all(f[0] is facts[0][0] for f in facts)
