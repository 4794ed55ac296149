"""One graph, or one fact of the merged graph, serialised as a piece of an export (kg/exportcache.py keeps the
pieces and assembles the exports from them): TriG and JSON-LD without what the file writes once (prefixes, the
merged graph's wrapper), N-Quads lines, the merged view's N-Triples keys, the facts a graph's readings support,
and the HTML view's readings."""
from __future__ import annotations

import json

import pyoxigraph as ox

from .ids import ID_BASE, ONTOLOGY, article_iri, fact_iri
from .rdfarticle import PREFIXES
from .store import GraphStore
from .vocab import PREDICATES

ENTITY = ID_BASE + "entity/"
CORE = {ONTOLOGY + p for p in PREDICATES}
ENTITIES_GRAPH = ID_BASE + "graph/entities"
RDF_ = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def graph_wrapper(graph: ox.NamedNode, fmt: ox.RdfFormat) -> tuple[str, str]:
    """What oxigraph writes around a graph's content in TriG (its opening and closing lines) and
    in JSON-LD (`[{"@id":...,"@graph":[` and `]}]`), found by serialising one probe triple."""
    probe = ox.Quad(ox.NamedNode(ENTITY + "probe"), ox.NamedNode(ONTOLOGY + "probe"), ox.Literal("probe"), graph)
    text = ox.serialize([probe], format=fmt, prefixes=PREFIXES).decode("utf-8")
    if fmt == ox.RdfFormat.TRIG:
        lines = strip_prefixes(text).splitlines(keepends=True)
        return lines[0], lines[-1]
    inner = text.strip()
    cut = inner.index('"@graph":[') + len('"@graph":[')
    return inner[:cut], "]}]"


def fact_piece(fmt: str, quads: list[ox.Quad]) -> str:
    """One subject of the merged graph, as it goes inside the graph's TriG block, JSON-LD
    @graph list, N-Quads lines or merged-view keys."""
    if fmt == "trig":
        lines = strip_prefixes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
                                .decode("utf-8")).splitlines(keepends=True)
        return "".join(lines[1:-1])
    if fmt == "jsonld":
        text = ox.serialize(quads, format=ox.RdfFormat.JSON_LD, prefixes=PREFIXES).decode("utf-8").strip()
        return text[text.index('"@graph":[') + len('"@graph":['):-len("]}]")]
    if fmt == "nq":
        return make_piece(None, None, "nq", quads)  # type: ignore[arg-type]
    return plain_keys(quads)


def edges_json(rows: list[dict]) -> str:
    rows = sorted(rows, key=lambda e: json.dumps(e, sort_keys=True))
    return json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def make_piece(store: GraphStore, graph, fmt: str, quads: list[ox.Quad]) -> str:
    if fmt == "trig":
        return strip_prefixes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES).decode("utf-8"))
    if fmt == "jsonld":  # one array per graph: keep the members, the caller writes the brackets
        text = ox.serialize(quads, format=ox.RdfFormat.JSON_LD, prefixes=PREFIXES).decode("utf-8").strip()
        return text[1:-1]
    if fmt == "nq":
        text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
        return "".join(sorted(set(line + "\n" for line in text.splitlines() if line)))
    if fmt == "plain":  # the merged view's share of this graph (export.MERGED_VIEW), as N-Triples keys
        if isinstance(graph, ox.NamedNode) and graph.value == ENTITIES_GRAPH:
            return "".join(line + "\n" for line in sorted({str(q.triple) for q in quads}))
        return plain_keys(quads)
    if fmt == "support":  # the facts this graph's readings name (asserted or not: a superset is safe)
        ends: dict[str, dict[str, str]] = {}
        for q in quads:
            if q.predicate.value in (RDF_ + "subject", RDF_ + "predicate", RDF_ + "object"):
                ends.setdefault(q.subject.value, {})[q.predicate.value[len(RDF_):]] = q.object.value
        facts = {fact_iri(e["subject"], e["predicate"], e["object"]) for e in ends.values() if len(e) == 3}
        return "".join(f + "\n" for f in sorted(facts))
    if fmt == "edges":
        from .vizdata import edges

        if not isinstance(graph, ox.NamedNode) or not graph.value.startswith(article_iri("")):
            return "[]"  # readings live in article graphs only
        return edges_json(edges(store, graphs=[graph]))
    raise ValueError(f"unknown piece format {fmt!r}")


def plain_keys(quads: list[ox.Quad]) -> str:
    lines = {str(q.triple) for q in quads if q.predicate.value in CORE
             and isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(ENTITY)}
    return "".join(line + "\n" for line in sorted(lines))


def strip_prefixes(text: str) -> str:
    """A graph's TriG without the @prefix lines: the file has them once, at the top."""
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and lines[i].startswith("@prefix "):
        i += 1
    return "".join(lines[i:])
