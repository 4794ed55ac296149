"""Exports by name: a small registry that the build uses too. Serialisation is Oxigraph's;
JSON-LD, Turtle, TriG and N-Quads all parse back with rdflib to the same graph. The dataset
exports, the merged view and the HTML view are assembled from per-graph pieces
(kg/exportcache.py): the build keeps them cached, so a rebuild re-serialises only what changed."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from .errors import ExportError
from .exportcache import Pieces
from .exportwrite import merged_view_triples, view_parts, write_jsonld, write_nquads, write_trig
from .ids import ID_BASE, ONTOLOGY
from .rdfarticle import PREFIXES
from .store import GraphStore
from .vocab import PREDICATES

Exporter = Callable[[GraphStore, Path], Path]
EXPORTERS: dict[str, tuple[str, Exporter]] = {}
PIECED: set[str] = set()  # exporters that read the per-graph pieces (a third argument)

# Merged view for graph.ttl: the facts themselves and the entities' labels, types and links,
# without evidence nodes or article records (those are in graph.trig, per article): every triple
# whose subject is an entity. Those are the entities graph and the plain fact triples of the
# article graphs; asking for the core predicates by name reads them from the predicate index,
# where filtering every quad by its subject took 2.3 s instead of 0.3 s on a 71k-quad store.
MERGED_VIEW = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ GRAPH <{ID_BASE}graph/entities> {{ ?s ?p ?o }} }}
  UNION {{ VALUES ?p {{ {" ".join(f"<{ONTOLOGY}{p}>" for p in PREDICATES)} }}
          GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?s), "{ID_BASE}entity/")) }}
}}"""


def exporter(name: str, filename: str, *, pieced: bool = False) -> Callable[[Exporter], Exporter]:
    def register(fn: Exporter) -> Exporter:
        EXPORTERS[name] = (filename, fn)
        if pieced:
            PIECED.add(name)
        return fn
    return register


@exporter("ttl", "graph.ttl", pieced=True)
def to_turtle(store: GraphStore, path: Path, pieces: Pieces | None = None) -> Path:
    """MERGED_VIEW, sorted: a fact read in n articles is one triple here."""
    triples = merged_view_triples(pieces or Pieces(store))
    ox.serialize(triples, str(path), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return path


@exporter("trig", "graph.trig", pieced=True)
def to_trig(store: GraphStore, path: Path, pieces: Pieces | None = None) -> Path:
    """The whole dataset: the prefixes, then each graph (default first, then by IRI)."""
    write_trig(pieces or Pieces(store), path)
    return path


@exporter("nq", "graph.nq", pieced=True)
def to_nquads(store: GraphStore, path: Path, pieces: Pieces | None = None) -> Path:
    """Canonical N-Quads: no blank nodes are ever minted, so sorted lines are canonical and the
    same corpus and settings give a byte-identical file."""
    write_nquads(pieces or Pieces(store), path)
    return path


@exporter("jsonld", "graph.jsonld", pieced=True)
def to_jsonld(store: GraphStore, path: Path, pieces: Pieces | None = None) -> Path:
    """Expanded JSON-LD: one object per graph (default graph's nodes first, then by IRI)."""
    write_jsonld(pieces or Pieces(store), path)
    return path


@exporter("html", "graph.html", pieced=True)
def to_html(store: GraphStore, path: Path, pieces: Pieces | None = None) -> Path:
    """The view, from the entities (few) and each article's readings (cached with its pieces); in
    a build, from the last build's view kept in per-fact chunks (kg/viewchunks.py)."""
    from . import exportcache
    from .viewparts import Placements
    from .viz import page_with, render_html, write_page
    from .vizdata import entity_nodes

    pieces = pieces or Pieces(store)
    title = "kg: tech-geopolitics graph"
    if pieces.cache is not None and exportcache._resident is None:
        from .viewchunks import view_json

        data, _ = view_json(pieces, entity_nodes(store), title=title, placements=Placements(pieces.cache))
        return write_page(page_with(data, title=title), path)
    parts = view_parts(pieces)
    return render_html(entity_nodes(store), [], path, title=title, parts=parts,
                       placements=Placements(pieces.cache))


def export(store: GraphStore, name: str, path: str | Path | None = None, *, out_dir: Path | None = None,
           pieces: Pieces | None = None) -> Path:
    """Write one export, whole or not at all. `pieces`: the build's cached per-graph pieces."""
    if name not in EXPORTERS:
        raise ExportError(f"unknown export format {name!r}; known: {', '.join(EXPORTERS)}")
    filename, fn = EXPORTERS[name]
    target = Path(path) if path else Path(out_dir or ".") / filename
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{target.parent}: cannot create the folder ({exc.strerror or exc})") from None
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name such as {target / filename}")
    tmp = target.with_name(target.name + ".tmp")
    try:
        if name in PIECED:
            fn(store, tmp, pieces)
        else:
            fn(store, tmp)
        tmp.replace(target)  # never leave a half-written export behind
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{target}: cannot write ({exc.strerror or exc})") from None
    return target


# For Gephi and other graph tools: the merged graph of entities and facts (kg.graph), with the
# first evidence sentence and article on each edge.
@exporter("graphml", "graph.graphml")
def to_graphml(store: GraphStore, path: Path) -> Path:
    from .graph import write_graphml

    return write_graphml(store, path)


@exporter("gexf", "graph.gexf")
def to_gexf(store: GraphStore, path: Path) -> Path:
    from .graph import write_gexf

    return write_gexf(store, path)
