"""Analytics on networkx over the sample corpus: the merged graph with evidence on its edges,
top actors, communities, `kg path` with evidence, and GraphML/GEXF that graph tools read back."""
from __future__ import annotations

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import PathError, analyze, paths, to_networkx

runner = CliRunner()
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def graph(sample_built):
    return to_networkx(sample_built)


def triples(g) -> set[tuple[str, str, str]]:
    return {(g.nodes[u]["label"], d["predicate"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}


def test_edges_carry_their_evidence(graph):
    assert isinstance(graph, nx.MultiDiGraph) and graph.number_of_edges() > 50
    for _, _, d in graph.edges(data=True):
        assert d["evidence"] and all(e["sentence"] and e["article"].startswith("https://w3id.org/kg/id/article/")
                                     for e in d["evidence"])
        assert d["support"] == len({e["article"] for e in d["evidence"]})
    assert ("OpenAI", "restricts", "China") in triples(graph)


def test_kg_path_openai_china_prints_a_chain_with_evidence(sample_built):
    res = runner.invoke(app, ["path", "OpenAI", "China", "--store", str(sample_built)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].startswith("chain 1") and "OpenAI --restricts--> China" in lines[1]
    assert "blocked API access from China" in lines[2] or "blocking API" in lines[2]
    assert lines[3].strip().startswith("(") and len(lines[3].strip()) > 10  # the article's title


def test_a_longer_path_reads_as_hops_with_sentences(graph):
    (chain, *_) = paths(graph, "OpenAI", "Huawei")
    assert len(chain) >= 2 and "OpenAI" in (chain[0].source, chain[0].target)
    assert all(h.sentence and h.article for h in chain)
    names = [chain[0].source, chain[0].target] + [x for h in chain[1:] for x in (h.source, h.target)]
    assert "Huawei" in names


def test_unknown_entities_are_one_line_errors(sample_built, graph):
    with pytest.raises(PathError, match="no entity named"):
        paths(graph, "OpenAI", "Narnia")
    res = runner.invoke(app, ["path", "OpenAI", "Narnia", "--store", str(sample_built)])
    assert res.exit_code == 2 and res.output.strip().count("\n") == 0 and "Narnia" in res.output


def test_analysis_finds_central_actors_and_communities(graph):
    a = analyze(graph, top=5)
    assert "China" in [n for n, _ in a.pagerank] and "China" in [n for n, _ in a.betweenness]
    assert len(a.communities) >= 3 and all(len(c) > 1 for c in a.communities)
    assert a.degree_by_predicate["restricts"][0][1] >= 2
    assert analyze(graph, top=5) == a  # seeded: the same graph gives the same communities


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_exports_open_in_networkx_with_labels_and_predicates(sample_built, graph, tmp_path, fmt, reader):
    target = tmp_path / f"g.{fmt}"
    res = runner.invoke(app, ["export", "--format", fmt, "--store", str(sample_built), "-o", str(target)])
    assert res.exit_code == 0, res.output
    back = reader(str(target))
    got = {(back.nodes[u]["label"], d["predicate"], back.nodes[v]["label"]) for u, v, d in back.edges(data=True)}
    assert got == triples(graph)
    assert all(d.get("sentence") for _, _, d in back.edges(data=True))


def test_analyze_command_prints_the_tables(sample_built):
    res = runner.invoke(app, ["analyze", "--store", str(sample_built), "--top", "3"])
    assert res.exit_code == 0, res.output
    assert "PageRank" in res.output and "Louvain" in res.output and "restricts" in res.output
