"""The merged graph computed a slice of subjects at a time (kg/merged.py, issue 13) is the graph
of one pass over every reading of the store: same kg:Fact nodes, support, sources, dates,
confidence and entity descriptions, whatever the slice and write-batch sizes, on a fresh store
and over an existing merged graph."""
from __future__ import annotations

import random
import shutil

import pyoxigraph as ox
import pytest

import kg
from kg import merged
from kg.ids import article_id, entity_iri
from kg.models import Article, Entity, Evidence, Triple
from kg.rdfarticle import ENTITIES, MERGED, PREFIXES, REVIEW, K, L, N
from kg.store import GraphStore

from .conftest import nquads

SOURCES = ["Reuters", "AP", "Nikkei Asia", None]


def synthetic_store(path, *, articles: int = 40, seed: int = 5) -> GraphStore:
    """Articles through the store's own API: facts that recur across articles, syndicated copies,
    readings not asserted, dates, missing sources and dates, one reading an analyst accepted."""
    rng = random.Random(seed)
    ents = [Entity(entity_iri(f"Entity {i}"), f"Entity {i}", rng.choice(["Company", "Country", "Person"]))
            for i in range(12)]
    pool = [(rng.choice(ents), rng.choice(["restricts", "supplies", "investsIn", "partnersWith"]), rng.choice(ents))
            for _ in range(25)]
    pool = [(s, p, o) for s, p, o in pool if s != o]
    gs = GraphStore(path)
    ids: list[str] = []
    read: list[list] = []  # the facts each article reads: a syndicated copy reads its original's
    for i in range(articles):
        text = f"story {i}"
        aid = article_id(text)
        day = f"2024-0{1 + i % 9}-1{i % 10}" if i % 7 else None
        copy_of = ids[i // 2] if ids and i % 6 == 5 else None
        read.append(read[i // 2] if copy_of else rng.sample(pool, 5))
        art = Article(aid, text, f"s/{i}.txt", title=f"Story {i}", date=day, source=SOURCES[i % 4], copy_of=copy_of)
        triples = []
        for k, (s, p, o) in enumerate(read[i]):
            label = s.label if k % 3 else s.label.upper()  # another name for the same entity now and then
            ev = Evidence(aid, f"{label} {p} {o.label}.", 100 * k, 100 * k + 20, 100 * k, 100 * k + 5,
                          100 * k + 10, 100 * k + 15, "test-rule", round(rng.uniform(0.4, 0.95), 2),
                          asserted=rng.random() > 0.15, fact_date=f"2023-0{1 + k}-01" if k % 2 else None)
            triples.append(Triple(Entity(s.iri, label, s.type), p, o, ev))
        gs.replace_article(art, triples, "synthetic", extractor="test")
        ids.append(aid)
    x = next(r["x"] for r in gs.query("SELECT ?x WHERE { GRAPH ?g { ?x a kg:Assertion } } LIMIT 1"))
    g = next(q.graph_name for q in gs.ox.quads_for_pattern(x, None, None, None))
    gs.change_graph(g, [], [ox.Triple(x, K("reviewed"), L(True))])
    return gs


def one_pass(gs: GraphStore) -> list[str]:
    """The merged and entity graphs as the store gave them before slicing: every reading read
    and grouped at once."""
    rows = gs.ox.query(merged.SUPPORT.replace("{VALUES}", ""), prefixes=PREFIXES)
    quads = list(merged.fact_quads(merged.group(rows)))
    quads += [ox.Quad(*t, ENTITIES) for t in gs._entity_descriptions({}, {})]
    canonical = ox.Store()  # literals as a store keeps them ("1.000" is the decimal 1)
    canonical.extend(quads)
    return sorted(f"{q} ." for q in canonical)


def derived(gs: GraphStore) -> list[str]:
    return sorted(f"{q} ." for g in (MERGED, ENTITIES) for q in gs.ox.quads_for_pattern(None, None, None, g)
                  if q.predicate != K("mergedFrom"))


def dump(gs: GraphStore) -> list[str]:
    return sorted(gs.ox.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines())


def test_sliced_merged_graph_equals_one_pass_over_the_store(tmp_path, monkeypatch):
    gs = synthetic_store(tmp_path / "store")
    expected = one_pass(gs)
    facts = {line.split()[0] for line in expected if "/graph/merged" in line}
    support = [int(line.split('"')[1]) for line in expected if "#supportCount>" in line]
    assert len(facts) > 15 and max(support) > 3 and min(support) < max(support)
    assert any("publicationCount" in line for line in expected) and any("reviewed" in line for line in expected)

    gs.flush()
    whole = tmp_path / "whole"
    shutil.copytree(tmp_path / "store", whole)
    monkeypatch.setattr(merged, "SLICE_READINGS", 4)  # many slices, a subject alone past 4 readings
    monkeypatch.setattr(merged, "WRITE_QUADS", 7)  # many bulk writes
    n = gs.refresh_merged("m1")
    assert n == len(facts)
    assert derived(gs) == expected
    assert len(list(merged.slices(gs.ox, merged.SUBJECT_COUNTS))) > 3

    one = GraphStore(whole)  # one slice, one write: the same store, byte for byte
    monkeypatch.setattr(merged, "SLICE_READINGS", 10**9)
    monkeypatch.setattr(merged, "WRITE_QUADS", 10**9)
    one.refresh_merged("m1")
    assert dump(one) == dump(gs)


def test_recomputing_over_an_existing_merged_graph_leaves_the_fresh_graph(tmp_path, monkeypatch):
    """The old derived graphs are emptied in bounded transactions; nothing of them is left, not
    even an empty review graph's name."""
    gs = synthetic_store(tmp_path / "store")
    monkeypatch.setattr(merged, "WRITE_QUADS", 9)
    decision = ox.Triple(N("https://w3id.org/kg/id/decision/d1"), K("reviewedWith"), L("x"))
    gs.refresh_merged("m1", review=[decision])
    assert REVIEW in set(gs.ox.named_graphs())
    before = dump(gs)
    gs.refresh_merged("m2")
    assert REVIEW not in set(gs.ox.named_graphs())
    assert derived(gs) == one_pass(gs)
    assert gs.merged_marker() == "m2"
    gs.refresh_merged("m1", review=[decision])
    assert dump(gs) == before


def test_a_build_with_tiny_slices_equals_a_default_build(tmp_path, small_corpus, nlp, monkeypatch):
    out = tmp_path / "default"
    kg.build(small_corpus, out=out, exports=())
    monkeypatch.setattr(merged, "SLICE_READINGS", 1)
    monkeypatch.setattr(merged, "WRITE_QUADS", 3)
    sliced = tmp_path / "sliced"
    kg.build(small_corpus, out=sliced, exports=())
    assert nquads(sliced) == nquads(out)
    assert any("graph/merged" in q for q in nquads(sliced))


@pytest.mark.parametrize("size", [1, 3, 10**6])
def test_slices_cover_every_subject_once_in_order(tmp_path, size):
    gs = synthetic_store(tmp_path / "store", articles=12)
    parts = list(merged.slices(gs.ox, merged.SUBJECT_COUNTS, size=size))
    flat = [e.value for part in parts for e in part]
    q = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?x a kg:Assertion ; rdf:subject ?s } }"
    subjects = {r["s"].value for r in gs.query(q)}
    assert flat == sorted(subjects)
    assert (len(parts) == 1) == (size == 10**6)
