"""The merged graph as networkx, for the questions SPARQL answers badly: who is central, which
actors cluster together, and how two actors are linked through a chain of facts.

Nodes are entities (their IRI; label and class as attributes). Each distinct fact is one edge
keyed by its predicate, carrying its support and the evidence behind it (each sentence with
its article), so a path can be read back as sentences from the news.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .errors import KGError
from .rdfarticle import PREFIXES
from .store import GraphStore

FACTS = """SELECT ?s ?p ?o ?sentence ?art ?title ?conf WHERE {
  ?x a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?sentence ;
     prov:wasDerivedFrom ?art ; kg:confidence ?conf .
  FILTER NOT EXISTS { ?x kg:asserted false }
  OPTIONAL { ?art dcterms:title ?title } }"""
ENTITIES = """SELECT ?e ?label ?type WHERE { GRAPH kgid:graph\\/entities {
  ?e rdfs:label ?label . OPTIONAL { ?e a ?type } } }"""


class PathError(KGError):
    """An entity named for `kg path` is unknown, or two entities are not linked."""


def to_networkx(store: str | Path | GraphStore = "kg-out") -> nx.MultiDiGraph:
    """Entities and their facts; edge attributes: predicate, support (articles), confidence
    (the best reading), sentence and article (the first evidence), evidence (every reading)."""
    gs = store if isinstance(store, GraphStore) else GraphStore.open_any(store)
    g = nx.MultiDiGraph()
    for r in gs.ox.query(ENTITIES, prefixes=PREFIXES):
        kind = r["type"].value.rsplit("#", 1)[-1] if r["type"] else ""
        g.add_node(r["e"].value, label=r["label"].value, type=kind)
    rows = sorted(gs.ox.query(FACTS, prefixes=PREFIXES, use_default_graph_as_union=True),
                  key=lambda r: (r["s"].value, r["p"].value, r["o"].value, r["art"].value, r["sentence"].value))
    for r in rows:
        s, o, pred = r["s"].value, r["o"].value, r["p"].value.rsplit("#", 1)[-1]
        for n in (s, o):
            if n not in g:
                g.add_node(n, label=n.rsplit("/", 1)[-1], type="")
        ev = {"sentence": r["sentence"].value, "article": r["art"].value,
              "title": r["title"].value if r["title"] else "", "confidence": float(r["conf"].value)}
        if g.has_edge(s, o, key=pred):
            data = g.edges[s, o, pred]
            if ev not in data["evidence"]:
                data["evidence"].append(ev)
            data["support"] = len({e["article"] for e in data["evidence"]})
            data["confidence"] = max(data["confidence"], ev["confidence"])
        else:
            g.add_edge(s, o, key=pred, predicate=pred, support=1, confidence=ev["confidence"],
                       sentence=ev["sentence"], article=ev["title"] or ev["article"], evidence=[ev])
    return g


def _simple(g: nx.MultiDiGraph) -> nx.Graph:
    """Undirected, one edge per linked pair: how centrality and communities read the graph."""
    h = nx.Graph()
    h.add_nodes_from(g.nodes(data=True))
    h.add_edges_from((u, v) for u, v in g.edges() if u != v)
    return h


def pagerank(g: nx.MultiDiGraph, alpha: float = 0.85) -> dict[str, float]:
    """PageRank by power iteration on networkx's Google matrix (numpy only: networkx's own
    pagerank wants scipy, a large dependency for graphs of this size)."""
    import numpy as np

    if not len(g):
        return {}
    nodes = list(g)
    m = nx.google_matrix(nx.DiGraph(g), alpha=alpha, nodelist=nodes)
    x = np.full(len(nodes), 1.0 / len(nodes))
    for _ in range(200):
        nxt = x @ m
        if np.abs(nxt - x).sum() < 1e-10:
            break
        x = nxt
    return dict(zip(nodes, (float(v) for v in x / x.sum())))


@dataclass
class Analysis:
    pagerank: list[tuple[str, float]]
    betweenness: list[tuple[str, float]]
    communities: list[list[str]]  # labels, largest community first, members by degree
    degree_by_predicate: dict[str, list[tuple[str, int]]]


def analyze(g: nx.MultiDiGraph, *, top: int = 10, seed: int = 0) -> Analysis:
    """Top actors by PageRank and betweenness, Louvain communities, and the actors with the most
    facts of each predicate. Deterministic for a given graph (seeded)."""
    label = lambda n: g.nodes[n].get("label", n)  # noqa: E731
    simple = _simple(g)
    rank = pagerank(g)
    between = nx.betweenness_centrality(simple) if len(simple) else {}
    ordered = lambda scores: sorted(scores.items(), key=lambda kv: (-kv[1], label(kv[0])))[:top]  # noqa: E731
    comms = nx.community.louvain_communities(simple, seed=seed) if simple.number_of_edges() else []
    comms = sorted((sorted(c, key=lambda n: (-simple.degree(n), label(n))) for c in comms if len(c) > 1),
                   key=lambda c: (-len(c), label(c[0])))
    per_pred: dict[str, Counter] = {}
    for u, v, data in g.edges(data=True):
        c = per_pred.setdefault(data["predicate"], Counter())
        c[label(u)] += 1
        c[label(v)] += 1
    return Analysis(pagerank=[(label(n), round(s, 4)) for n, s in ordered(rank)],
                    betweenness=[(label(n), round(s, 4)) for n, s in ordered(between)],
                    communities=[[label(n) for n in c] for c in comms],
                    degree_by_predicate={p: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
                                         for p, c in sorted(per_pred.items())})


def find_entity(g: nx.MultiDiGraph, name: str) -> str:
    """The node whose label (or IRI slug) is this name, case-insensitively."""
    key = name.strip().lower()
    hits = sorted(n for n, d in g.nodes(data=True) if d.get("label", "").lower() == key or n.rsplit("/", 1)[-1] == key)
    if not hits:
        close = sorted(d["label"] for n, d in g.nodes(data=True) if key in d.get("label", "").lower())[:5]
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise PathError(f"no entity named {name!r} in the graph{hint}")
    return hits[0]


@dataclass
class Hop:
    source: str
    predicate: str
    target: str
    sentence: str
    article: str


def paths(g: nx.MultiDiGraph, a: str, b: str, *, limit: int = 3) -> list[list[Hop]]:
    """The shortest chains of facts linking two entities, whatever the direction of each fact;
    each hop with the evidence sentence and the article it came from."""
    u, v = find_entity(g, a), find_entity(g, b)
    simple = _simple(g)
    try:
        found = nx.all_shortest_paths(simple, u, v)
        chains = []
        for nodes in found:
            chains.append([_hop(g, x, y) for x, y in zip(nodes, nodes[1:])])
            if len(chains) == limit:
                break
    except nx.NetworkXNoPath:
        raise PathError(f"{a} and {b} are not linked by any chain of facts") from None
    return chains


def _hop(g: nx.MultiDiGraph, x: str, y: str) -> Hop:
    label = lambda n: g.nodes[n].get("label", n)  # noqa: E731
    edges = [(x, y, d) for d in g.get_edge_data(x, y, default={}).values()]
    edges += [(y, x, d) for d in g.get_edge_data(y, x, default={}).values()]
    s, o, d = max(edges, key=lambda e: (e[2]["support"], e[2]["confidence"], e[2]["predicate"]))
    return Hop(label(s), d["predicate"], label(o), d["sentence"], d["article"])


def for_export(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only plain attributes (GraphML and GEXF take no lists): the first evidence
    stays as sentence and article, the count of readings as readings."""
    h = nx.MultiDiGraph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{n: x for n, x in d.items() if n != "evidence"}, readings=len(d["evidence"]))
    return h


def write_graphml(store: GraphStore, path: Path) -> Path:
    nx.write_graphml(for_export(to_networkx(store)), str(path))
    return path


def write_gexf(store: GraphStore, path: Path) -> Path:
    nx.write_gexf(for_export(to_networkx(store)), str(path))
    return path
