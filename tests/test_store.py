"""Store and exports: one named graph per article, union queries, exports isomorphic to the
store (rdflib.compare), idempotent rebuilds and incremental updates."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic, to_isomorphic

import kg
from kg.export import MERGED_VIEW
from kg.ids import ID_BASE
from kg.store import GraphStore

from .conftest import write_corpus


def store_dataset(out: Path) -> rdflib.Dataset:
    """What the store holds, read through N-Quads into rdflib (the reference for comparisons)."""
    gs = GraphStore(out / "store", read_only=True)
    data = gs.ox.dump(format=ox.RdfFormat.N_QUADS)
    ds = rdflib.Dataset()
    ds.parse(data=data.decode(), format="nquads")
    return ds


def quads(ds: rdflib.Dataset) -> set:
    return {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in ds.quads()}


def test_trig_and_jsonld_are_isomorphic_to_the_store(built):
    out, _ = built
    ref = store_dataset(out)
    for name, fmt in (("graph.trig", "trig"), ("graph.jsonld", "json-ld"), ("graph.nq", "nquads")):
        ds = rdflib.Dataset()
        ds.parse(out / name, format=fmt)
        assert quads(ds) == quads(ref), name
        for g in ref.graphs():  # graph by graph, as graphs (no blank nodes are minted)
            assert isomorphic(ds.graph(g.identifier), g)


def test_turtle_is_the_merged_fact_graph(built):
    out, _ = built
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    gs = GraphStore(out / "store", read_only=True)
    every = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o . FILTER(STRSTARTS(STR(?s), "{ID_BASE}entity/")) }}"""
    assert set(gs.query(every)) == set(gs.query(MERGED_VIEW))  # the fast query misses no entity's triple
    ref = rdflib.Graph().parse(data=ox.serialize(list(gs.query(every)), format=ox.RdfFormat.N_TRIPLES).decode(),
                               format="nt")
    assert len(g) > 0 and to_isomorphic(g) == to_isomorphic(ref)
    kgns = rdflib.Namespace("https://w3id.org/kg/ontology#")
    openai, china = rdflib.URIRef(ID_BASE + "entity/openai"), rdflib.URIRef(ID_BASE + "entity/china")
    assert (openai, kgns.restricts, china) in g
    assert (openai, rdflib.RDFS.label, rdflib.Literal("OpenAI")) in g
    assert (openai, rdflib.RDF.type, kgns.Company) in g


def test_one_named_graph_per_article_and_union_default(built):
    out, report = built
    gs = GraphStore(out / "store", read_only=True)
    graphs = {g.value for g in gs.ox.named_graphs()}
    articles = {g for g in graphs if g.startswith(ID_BASE + "article/")}
    assert len(articles) == report.articles_read == 6
    rows = list(gs.query("SELECT ?o WHERE { ?s kg:restricts ?o }"))
    assert any(r["o"].value == ID_BASE + "entity/china" for r in rows)
    # without the union view the default graph is empty: facts live in article graphs only
    assert not list(gs.query("SELECT ?o WHERE { ?s kg:restricts ?o }", union=False))


def test_evidence_is_reachable_from_a_fact(built):
    out, _ = built
    q = """SELECT ?sentence ?title ?conf ?start ?end ?rule WHERE {
      ?s rdfs:label "OpenAI" . ?o rdfs:label "China" . ?s kg:restricts ?o .
      ?x rdf:subject ?s ; rdf:predicate kg:restricts ; rdf:object ?o ; kg:sentence ?sentence ;
         kg:confidence ?conf ; kg:charStart ?start ; kg:charEnd ?end ; kg:rule ?rule ;
         prov:wasDerivedFrom ?a . ?a dcterms:title ?title . }"""
    rows = kg.query(q, store=out).records()
    assert rows and rows[0]["title"] == "OpenAI blocks API access in China"
    assert "blocking API traffic from China" in rows[0]["sentence"]
    assert 0 < float(rows[0]["conf"]) <= 1 and int(rows[0]["start"]) < int(rows[0]["end"])


def nquads(out: Path) -> list[str]:
    gs = GraphStore(out / "store", read_only=True)
    return sorted(gs.ox.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines())


def test_rebuild_is_idempotent_and_incremental(tmp_path, small_corpus, nlp):
    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    out = tmp_path / "out"
    first = kg.build(corpus, out=out, exports=())
    before = nquads(out)
    again = kg.build(corpus, out=out, exports=())
    assert again.articles_unchanged == first.articles_read and nquads(out) == before
    # edit one article, delete another: the result equals a from-scratch build
    (corpus / "b.md").write_text("---\ntitle: Edited\n---\nIntel acquired Tower Semiconductor.\n")
    (corpus / "d.json").unlink()
    inc = kg.build(corpus, out=out, exports=())
    assert inc.articles_removed == 3 and inc.articles_unchanged == 3
    fresh = tmp_path / "fresh"
    kg.build(corpus, out=fresh, exports=())
    assert nquads(out) == nquads(fresh)


def test_store_in_use_or_missing_is_a_clear_error(tmp_path):
    from kg.errors import StoreError

    with pytest.raises(StoreError, match="no store here"):
        GraphStore(tmp_path / "none", read_only=True)
    held = GraphStore(tmp_path / "busy" / "store")  # a build holding the store
    with pytest.raises(StoreError, match="another kg process may be using it"):
        kg.build(write_corpus(tmp_path / "c", {"a.txt": "Broadcom acquired VMware."}), out=tmp_path / "busy", exports=())
    held.close()


def test_bad_input_never_loses_the_built_graph(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", {"ok.txt": "OpenAI blocked API access from China."})
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=())
    before = nquads(out)
    write_corpus(corpus, {"bad.txt": b"\x00\x00binary", "bad.jsonl": b"{nope\n"})
    warnings: list[str] = []
    report = kg.build(corpus, out=out, exports=(), on_warning=warnings.append)
    assert report.articles_skipped == 2 and len(warnings) == 2 and nquads(out) == before


def test_built_graph_conforms_to_the_shapes(built):
    """Every assertion has one rule, one confidence in [0, 1], offsets in order; every article an id;
    every entity a label (ontologies/shapes.ttl), checked with pySHACL and RDFS inference."""
    import pyshacl

    from kg.gazetteer import ONTOLOGY_DIR

    out, _ = built
    g = rdflib.Graph()
    for s, p, o, _c in store_dataset(out).quads():
        g.add((s, p, o))
    conforms, _, text = pyshacl.validate(g, shacl_graph=str(ONTOLOGY_DIR / "shapes.ttl"),
                                         ont_graph=str(ONTOLOGY_DIR / "kg.ttl"), inference="rdfs")
    assert conforms, text[:3000]


def test_a_small_change_updates_the_merged_graph_in_place_and_equals_a_fresh_build(tmp_path, small_corpus, nlp,
                                                                                    monkeypatch):
    """A one-article change recomputes only the facts and entities that article read before or
    reads now (issue 13): the full recompute is not called, and the graph is a fresh build's."""
    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=())
    (corpus / "b.md").write_text("---\ntitle: Edited\n---\nIntel acquired Tower Semiconductor. "
                                 "Nvidia supplies chips to Dell.\n")
    (corpus / "d.json").unlink()

    def full_recompute(*args, **kwargs):
        raise AssertionError("the whole merged graph was recomputed for a small change")

    with monkeypatch.context() as m:
        m.setattr(GraphStore, "refresh_merged", full_recompute)
        kg.build(corpus, out=out, exports=())
    fresh = tmp_path / "fresh"
    kg.build(corpus, out=fresh, exports=())
    assert nquads(out) == nquads(fresh)
    q = """SELECT ?o WHERE { GRAPH kgid:graph\\/merged { ?f rdf:predicate kg:acquires ; rdf:object ?x ; kg:supportCount 1 }
             ?x rdfs:label ?o }"""
    assert "Tower Semiconductor" in {r["o"] for r in kg.query(q, store=out).records()}


def test_kg_compact_keeps_every_quad_and_reports_sizes(tmp_path, small_corpus, nlp):
    from typer.testing import CliRunner

    from kg.cli import app

    out = tmp_path / "out"
    kg.build(small_corpus, out=out, exports=())
    before = nquads(out)
    res = CliRunner().invoke(app, ["compact", "--store", str(out)])
    assert res.exit_code == 0 and re.fullmatch(r"kg: compacted .*: \d+\.\d MiB -> \d+\.\d MiB\n", res.output), res.output
    assert nquads(out) == before
    res = CliRunner().invoke(app, ["compact", "--store", str(tmp_path / "none")])
    assert res.exit_code == 2 and "no store here" in res.output and "Traceback" not in res.output


def test_a_change_to_any_rule_or_table_is_a_settings_change():
    """Rule modules, the frames table and the word lists decide the facts: editing any of them must
    re-extract (the settings hash once read only kg/extract/*.py, not rules/ nor the .toml tables)."""
    from kg.build import extractor_files

    names = {p.relative_to(Path(__file__).parent.parent / "kg").as_posix() for p in extractor_files()}
    assert {"extract/frames.toml", "extract/words.toml", "extract/rules/lists.py", "extract/rules/clause.py",
            "nlp.py", "names.py", "namecuts.py", "legalnames.py", "headlines.py"} <= names  # NER repairs and headlines: what the rules read
