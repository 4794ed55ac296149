"""The HTML view kept in per-fact chunks between builds (kg/viewchunks.py, issue 13): after an
article is changed, removed or added, the view a rebuild assembles from its chunks is byte for
byte a fresh build's, and the page the whole model (viewmodel.Model) makes; a damaged chunk file
is never trusted, only made anew."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

import kg
from kg import viewchunks as vc
from kg.exportcache import CACHE_DIR, Pieces
from kg.rdfarticle import ONTOLOGY_GRAPH
from kg.store import GraphStore
from kg.viewmodel import Model
from kg.viz import _json_for_script

from .conftest import write_corpus
from .stories import story as _story

TITLE = "kg: tech-geopolitics graph"

ARTICLES = {f"s{i}.txt": _story(i, a, b) for i, (a, b) in enumerate(
    [("Nvidia", "Huawei"), ("Intel", "SMIC"), ("Nvidia", "SMIC"), ("TSMC", "Huawei"), ("Micron Technology", "Tencent")])}


def _whole_model_page(out: Path, tmp: Path) -> bytes:
    """The page of the same store made by the whole model, no cache (kg/viz.py's render path)."""
    from kg.export import to_html

    store = GraphStore(out / "store")
    try:
        to_html(store, tmp / "whole.html", Pieces(store))
    finally:
        store.close()
    return (tmp / "whole.html").read_bytes()


def _check(tmp_path: Path, corpus: Path, out: Path, name: str) -> None:
    fresh = tmp_path / f"fresh-{name}"
    kg.build(corpus, out=fresh, exports=("html",))
    got = (out / "graph.html").read_bytes()
    assert got == (fresh / "graph.html").read_bytes(), name
    assert got == _whole_model_page(out, tmp_path), name


def test_a_rebuilds_view_from_chunks_equals_a_fresh_build(tmp_path, nlp, monkeypatch):
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=("html",))
    assert vc.load(out / CACHE_DIR) is not None
    from kg import exportwrite

    def whole(*a, **k):
        raise AssertionError("the view was made from every article's part")

    steps = [
        ("changed", lambda: (corpus / "s1.txt").write_text(
            _story(1, "Intel", "SMIC", " Samsung Electronics is building a chip plant in Taylor, Texas."))),
        ("removed", lambda: (corpus / "s4.txt").unlink()),
        ("added", lambda: (corpus / "s9.txt").write_text(_story(9, "AMD", "Baidu"))),
        ("renamed", lambda: (corpus / "s2.txt").write_text(_story(2, "Nvidia", "SMIC").replace("Story 2", "A story"))),
    ]
    for name, change in steps:
        change()
        with monkeypatch.context() as m:
            m.setattr(exportwrite, "view_parts", whole)
            kg.build(corpus, out=out, exports=("html",))
        _check(tmp_path, corpus, out, name)


@pytest.mark.parametrize("damage", ["flip", "cut", "garbage", "other code", "empty"])
def test_a_damaged_chunk_file_is_made_anew_never_trusted(tmp_path, nlp, damage):
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=("html",))
    path = out / CACHE_DIR / vc.FILENAME
    data = bytearray(path.read_bytes())
    if damage == "flip":  # a bit of a kept fact's JSON: read as it is, the page would be wrong
        at = data.rindex(b"Huawei")
        data[at] ^= 0x20
    elif damage == "cut":
        data = data[:len(data) // 2]
    elif damage == "garbage":
        data = bytearray(b"not marshal at all")
    elif damage == "other code":
        state = vc.load(out / CACHE_DIR)
        state["code"] = "0" * 16
        vc.save(out / CACHE_DIR, state)
        data = bytearray(path.read_bytes())
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    assert vc.load(out / CACHE_DIR) is None
    (corpus / "s3.txt").write_text(_story(3, "TSMC", "Baidu"))
    kg.build(corpus, out=out, exports=("html",))
    assert vc.load(out / CACHE_DIR) is not None  # made anew
    _check(tmp_path, corpus, out, damage)


def test_appended_changes_are_read_back_and_a_cut_one_is_not(tmp_path, nlp):
    """Each rebuild appends its changes to the chunk file; a change cut short (a build stopped
    while appending) is not read: the state before it is, and the next build still equals a
    fresh one; a flipped byte in an appended change makes the whole file untrusted."""
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=("html",))
    path = out / CACHE_DIR / vc.FILENAME
    first = path.stat().st_size
    (corpus / "s1.txt").write_text(_story(1, "Intel", "Tencent"))
    kg.build(corpus, out=out, exports=("html",))
    kept = vc.load(out / CACHE_DIR)
    assert kept is not None and kept.base == first < kept.end == path.stat().st_size  # appended
    whole = path.read_bytes()
    path.write_bytes(whole[:-7])  # the last change cut short: the state before it
    assert vc.load(out / CACHE_DIR).end == first
    (corpus / "s0.txt").write_text(_story(0, "Nvidia", "Baidu"))
    kg.build(corpus, out=out, exports=("html",))
    _check(tmp_path, corpus, out, "after a cut change")
    assert vc.load(out / CACHE_DIR).end > first
    data = bytearray(path.read_bytes())
    data[-3] ^= 0x01  # in the last change's bytes
    path.write_bytes(bytes(data))
    assert vc.load(out / CACHE_DIR) is None


def _random_part(rng: random.Random, aid: str, ents: list[str]) -> dict:
    aid = aid if rng.random() < 0.6 else "shared"  # readings two graphs share: merged in graph order
    art = (f"Title {rng.randrange(6)}", f"2024-0{rng.randrange(1, 9)}-01", rng.choice(["", "Wire A", "Wire B"]),
           "", aid)
    part: dict = {}
    for _ in range(rng.randrange(0, 4)):
        gk = (rng.choice(ents), rng.choice(ents), rng.choice(["owns", "sanctions", "partnersWith"][:len(ents) - 2]))
        sentence = f"sentence {rng.randrange(len(ents) // 2)}"
        part.setdefault(gk, {})[(aid, sentence)] = (art, sentence, rng.choice([0.5, 0.7, 0.9][:len(ents) // 2]),
                                                    rng.choice(["", "2024-01-02"]))
    return part


@pytest.mark.parametrize("n", [8, 3])  # (3: many readings of one fact, many shared)
def test_chunked_updates_equal_the_whole_model_through_random_changes(tmp_path, n):
    """Articles added and removed at random (articles moving in the table, predicates and
    entities coming and going): after each change, the JSON from the kept chunks is the whole
    model's, and so is the state saved and read back."""
    rng = random.Random(13)
    ents = [f"e:{c}" for c in "abcdefgh"[:n]]
    state, live, appended = vc._empty(), {}, False
    for step in range(60):
        new = {}
        for _ in range(rng.randrange(1, 4)):
            if live and rng.random() < 0.4:
                live.pop(rng.choice(sorted(live)))
            else:
                key = f"k{step}-{len(new)}"
                iri = f"http://x/article/{rng.randrange(10**6):06d}-{key}"  # graph order unlike key order
                new[key] = live[key] = (iri, _random_part(rng, iri, ents))
        nodes = [{"id": e, "label": e[2:], "type": "Company"} for e in ents if rng.random() < 0.9]
        before = {name: dict(state[name]) for name in vc.PARTS}
        text, _ = vc._update(state, {k: v for k, v in new.items() if k in live}, set(live), nodes, TITLE, None)
        parts = [part for _, part in sorted(live.values(), key=lambda v: v[0])]
        assert text == _json_for_script(Model(nodes, [], parts=parts).as_json(title=TITLE)), step
        vc.save(tmp_path, state, before)  # appended to the file it was read from, or written anew
        back = vc.load(tmp_path)
        assert back == state, step
        state = back
        appended = appended or back.end > back.base
    assert appended


def test_the_merged_views_lines_are_counted_between_builds(tmp_path, nlp, monkeypatch):
    """graph.ttl from the kept line counts (kg/mergedlines.py): a rebuild decodes only the gone
    and new articles' plain pieces, and its graph.ttl equals a fresh build's; a damaged count
    file is made anew from every piece."""
    from kg import mergedlines

    monkeypatch.setattr(mergedlines, "FEW", 1)  # (five articles: every change here is a small one)
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=("ttl",))
    cached = Pieces._cached
    steps = [
        ("changed", lambda: (corpus / "s1.txt").write_text(
            _story(1, "Intel", "SMIC", " Samsung Electronics is building a chip plant in Taylor, Texas."))),
        ("removed", lambda: (corpus / "s4.txt").unlink()),
        ("added", lambda: (corpus / "s9.txt").write_text(_story(9, "AMD", "Baidu"))),
        ("damaged", lambda: (out / CACHE_DIR / mergedlines.FILENAME).write_bytes(b"kg merged view lines 1\nx")),
    ]
    for name, change in steps:
        change()
        (corpus / "s0.txt").write_text(_story(0, "Nvidia", "Huawei", f" {name}."))  # one more article changed
        decoded: list = []

        def spy(self, key, fmt):
            if fmt == "plain" and key is not None and key not in (self._fact_keys or {}).values() \
                    and key != self.keys.get(ONTOLOGY_GRAPH.value):
                decoded.append(key)  # (an article's piece, not a merged fact's or the ontology's)
            return cached(self, key, fmt)

        with monkeypatch.context() as m:
            m.setattr(Pieces, "_cached", spy)
            kg.build(corpus, out=out, exports=("ttl",))
        # the gone and new articles' pieces (s0 changed is both); damaged: every article's, five
        assert len(decoded) == {"changed": 4, "removed": 3, "added": 3, "damaged": 5}[name], name
        fresh = tmp_path / f"fresh-{name}"
        kg.build(corpus, out=fresh, exports=("ttl",))
        assert (out / "graph.ttl").read_bytes() == (fresh / "graph.ttl").read_bytes(), name
        assert mergedlines.load(out / CACHE_DIR) is not None
