"""kg.dataset: the built store through rdflib's Dataset API (oxrdflib), without a copy."""
from __future__ import annotations

import pytest
from oxrdflib import OxigraphStore
from rdflib import RDF, RDFS, Literal, Namespace, URIRef

import kg
from kg.errors import StoreError
from kg.ids import ID_BASE, article_iri
from kg.query import load_saved

KG = Namespace("https://w3id.org/kg/ontology#")


def rows_of(result) -> list[tuple]:
    return [tuple(None if v is None else str(v) for v in row) for row in result]


@pytest.mark.parametrize("name", ["who-restricts-whom", "best-supported", "most-connected"])
def test_sparql_through_rdflib_gives_the_rows_of_kg_query(built, name):
    out, _ = built
    text = load_saved(name)
    expected = kg.query(text, store=out)
    got = kg.dataset(out).query(text)
    assert [str(v) for v in got.vars] == expected.vars
    assert rows_of(got) == [tuple(None if t is None else t.value for t in row) for row in expected.rows]
    assert expected.rows  # the comparison is not between two empty results


def test_rdflib_api_reads_the_on_disk_store(built):
    out, report = built
    ds = kg.dataset(out)
    assert isinstance(ds.store, OxigraphStore)  # Oxigraph answers; the graph is not loaded into rdflib
    openai = URIRef(ID_BASE + "entity/openai")
    assert (openai, RDFS.label, Literal("OpenAI")) in ds
    assert (openai, KG.restricts, URIRef(ID_BASE + "entity/china")) in ds  # default graph = union
    articles = set(ds.subjects(RDF.type, URIRef("https://schema.org/NewsArticle")))
    assert len(articles) == report.articles_read
    one = sorted(articles)[0]
    assert one == URIRef(article_iri(one.rsplit("/", 1)[-1]))
    assert one in {g.identifier for g in ds.graphs()}  # one named graph per article
    assert (one, RDF.type, URIRef("https://schema.org/NewsArticle")) in ds.get_context(one)
    with pytest.raises(RuntimeError):  # the store is opened read-only, as for kg query
        ds.add((openai, RDFS.comment, Literal("edited")))


def test_dataset_of_a_missing_build_is_a_one_line_error(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        kg.dataset(tmp_path / "nothing")
