"""The exports assembled from one piece per named graph, so that a rebuild re-serialises only the
graphs that changed.

Every dataset export (TriG, JSON-LD, N-Quads) and the merged view (Turtle) and the HTML view's
readings are made of per-graph pieces: the default graph first, then the named graphs in IRI
order. A full export and an incremental one go through the same pieces in the same order, so
they are byte-identical by construction (tests/test_exportcache.py checks it against a fresh
build).

An article graph's content is fixed by what the store already records about it: its IRI (the
text hash), its kg:builtWith mark (extraction settings and metadata) and the analysts' decisions
laid over it (kg/review_apply.py, a function of the graph and the decisions alone). That triple,
hashed, names its cached pieces in `OUT/.kg-export-cache/` (a pack per format). The derived graphs (merged facts,
entities, review, ontology) have no such key and are serialised at every export; they grow with
the distinct facts, not with the articles.

Crash safety: a pack and its index are written to temporary files and renamed, the index last
(and it records the pack's length), so a pack is read whole or not at all; an export file is renamed into place (kg/export.py); the build removes its stamp before
rewriting any export and writes it after the last one (kg/build.py).
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .ids import ID_BASE, ONTOLOGY, article_iri
from .store import PREFIXES, GraphStore
from .vocab import PREDICATES

CACHE_DIR = ".kg-export-cache"
VERSION = "1"  # bump when a piece's format changes: old pieces are then never read again
PIECE_OF = {"trig": "trig", "jsonld": "jsonld", "nq": "nq", "ttl": "plain", "html": "edges"}  # export -> piece
ENTITY = ID_BASE + "entity/"
CORE = {ONTOLOGY + p for p in PREDICATES}
ENTITIES_GRAPH = ID_BASE + "graph/entities"


class Pieces:
    """The per-graph pieces of one store state, computed once per build and shared by the
    exporters; cached on disk for the graphs that have a content key. `formats`: the pieces the
    build will need, made together in one pass over a graph.

    On disk, one pack per format: the pieces of the last export, one after the other, and an
    index (content key -> where its piece lies in the pack). Two reads per format, however many
    articles: a file per piece took 0.4 s of reads at 1,000 articles."""

    def __init__(self, store: GraphStore, *, cache: Path | None = None, built: dict[str, str] | None = None,
                 review: str = "", formats: Iterable[str] = ()) -> None:
        self.store = store
        self.cache = cache
        self.formats = set(formats)
        self.keys: dict[str, str] = {}  # graph IRI -> content key (article graphs only)
        if cache is not None and built is not None:
            for aid, with_ in built.items():
                iri = article_iri(aid)
                self.keys[iri] = hashlib.sha256(f"{VERSION}|{iri}|{with_}|{review}".encode()).hexdigest()[:24]
        self._memo: dict[tuple[str, str], str] = {}
        self._packs: dict[str, tuple[dict[str, list[int]], str]] = {}
        self._graphs: list | None = None
        self.reused: dict[str, set[str]] = {}  # format -> graphs whose piece came from the cache

    def graphs(self) -> list[ox.NamedNode | ox.DefaultGraph]:
        """The default graph (when it holds anything), then the named graphs by IRI."""
        if self._graphs is None:
            named = sorted(self.store.ox.named_graphs(), key=lambda g: g.value)
            default = ox.DefaultGraph()
            has_default = next(iter(self.store.ox.quads_for_pattern(None, None, None, default)), None) is not None
            self._graphs = ([default] if has_default else []) + named
        return self._graphs

    def _pack(self, fmt: str) -> tuple[dict[str, list[int]], str]:
        """The last build's pack of this format: (index, text); empty when there is none or it
        cannot be read whole."""
        if fmt not in self._packs:
            self._packs[fmt] = ({}, "")
            if self.cache is not None:
                try:
                    index = json.loads((self.cache / f"{fmt}.index").read_text(encoding="utf-8"))
                    text = (self.cache / index["pack"]).read_text(encoding="utf-8")
                    if len(text) == index["length"]:
                        self._packs[fmt] = (index["pieces"], text)
                except (OSError, ValueError, KeyError, TypeError):
                    pass
        return self._packs[fmt]

    def _cached(self, name: str, fmt: str) -> str | None:
        key = self.keys.get(name)
        if key is None:
            return None
        index, text = self._pack(fmt)
        where = index.get(key)
        return text[where[0]:where[1]] if where else None

    def piece(self, graph: ox.NamedNode | ox.DefaultGraph, fmt: str) -> str:
        name = graph.value if isinstance(graph, ox.NamedNode) else ""
        if (name, fmt) not in self._memo:
            text = self._cached(name, fmt)
            if text is not None:
                self._memo[(name, fmt)] = text
                self.reused.setdefault(fmt, set()).add(name)
            else:
                self._fill(graph, name, {fmt} | (self.formats - {"edges"}))
        return self._memo[(name, fmt)]

    def _fill(self, graph, name: str, formats: set[str]) -> None:
        """Serialise one graph in these formats (one read of its quads)."""
        quads = list(self.store.ox.quads_for_pattern(None, None, None, graph))
        for fmt in sorted(formats):
            if (name, fmt) not in self._memo:
                self._memo[(name, fmt)] = _make(self.store, graph, fmt, quads)

    def pieces(self, fmt: str) -> Iterable[str]:
        if fmt == "edges":
            self._bulk_edges()
        for g in self.graphs():
            yield self.piece(g, fmt)

    def _bulk_edges(self) -> None:
        """The readings of many article graphs at once: one query over the store, split by
        article, costs far less than a query per graph (a first build, a settings change)."""
        missing = [g for g in self.graphs() if isinstance(g, ox.NamedNode) and (g.value, "edges") not in self._memo
                   and self._cached(g.value, "edges") is None]
        if len(missing) < BULK_EDGES:
            return
        from .vizdata import edges

        by_graph: dict[str, list[dict]] = {g.value: [] for g in missing}
        for e in edges(self.store):
            if e["article_id"] in by_graph:
                by_graph[e["article_id"]].append(e)
        for g in missing:
            self._memo[(g.value, "edges")] = _edges_json(by_graph[g.value]) if g.value.startswith(article_iri("")) \
                else "[]"

    def save(self) -> None:
        """Write each format's pack for this store state (keyed graphs only), the pack before its
        index, both renamed into place; then drop the packs no index names. A build stopped in
        between leaves the old index naming the old pack, which is whole."""
        if self.cache is None:
            return
        self.cache.mkdir(parents=True, exist_ok=True)
        token = hashlib.sha256(os.urandom(16)).hexdigest()[:12]
        for fmt in sorted({f for _, f in self._memo}):
            parts, index, at = [], {}, 0
            for g in self.graphs():
                key = self.keys.get(g.value if isinstance(g, ox.NamedNode) else "")
                text = self._memo.get((g.value if isinstance(g, ox.NamedNode) else "", fmt))
                if key is None or text is None:
                    continue
                parts.append(text)
                index[key] = [at, at + len(text)]
                at += len(text)
            pack = f"{fmt}.{token}.pack"
            _write_atomic(self.cache / pack, "".join(parts))
            reused = sum(1 for g in self.reused.get(fmt, ()) if g in self.keys)  # what this build saved
            _write_atomic(self.cache / f"{fmt}.index", json.dumps(
                {"pack": pack, "length": at, "reused": reused, "made": len(index) - reused, "pieces": index},
                separators=(",", ":")))
        live = set()
        for idx in self.cache.glob("*.index"):
            try:
                live.add(json.loads(idx.read_text(encoding="utf-8"))["pack"])
            except (OSError, ValueError, KeyError, TypeError):
                pass
        for entry in os.scandir(self.cache):
            if entry.name not in live and not entry.name.endswith(".index"):
                try:
                    os.unlink(entry.path)
                except OSError:
                    pass


BULK_EDGES = 50  # article graphs without their readings from which one query over the store is cheaper


def _edges_json(rows: list[dict]) -> str:
    rows = sorted(rows, key=lambda e: json.dumps(e, sort_keys=True))
    return json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _make(store: GraphStore, graph, fmt: str, quads: list[ox.Quad]) -> str:
    if fmt == "trig":
        return _strip_prefixes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES).decode("utf-8"))
    if fmt == "jsonld":  # one array per graph: keep the members, the caller writes the brackets
        text = ox.serialize(quads, format=ox.RdfFormat.JSON_LD, prefixes=PREFIXES).decode("utf-8").strip()
        return text[1:-1]
    if fmt == "nq":
        text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
        return "".join(sorted(set(line + "\n" for line in text.splitlines() if line)))
    if fmt == "plain":  # the merged view's share of this graph (export.MERGED_VIEW), as N-Triples keys
        if isinstance(graph, ox.NamedNode) and graph.value == ENTITIES_GRAPH:
            lines = {str(q.triple) for q in quads}
        else:
            lines = {str(q.triple) for q in quads if q.predicate.value in CORE
                     and isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(ENTITY)}
        return "".join(line + "\n" for line in sorted(lines))
    if fmt == "edges":
        from .vizdata import edges

        if not isinstance(graph, ox.NamedNode) or not graph.value.startswith(article_iri("")):
            return "[]"  # readings live in article graphs only
        return _edges_json(edges(store, graphs=[graph]))
    raise ValueError(f"unknown piece format {fmt!r}")


def _strip_prefixes(text: str) -> str:
    """A graph's TriG without the @prefix lines: the file has them once, at the top."""
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and lines[i].startswith("@prefix "):
        i += 1
    return "".join(lines[i:])


def trig_header() -> str:
    """The @prefix lines oxigraph writes for PREFIXES (it writes them only with some data)."""
    probe = ox.Quad(ox.NamedNode(ENTITY + "x"), ox.NamedNode(ONTOLOGY + "p"), ox.Literal("x"), ox.DefaultGraph())
    text = ox.serialize([probe], format=ox.RdfFormat.TRIG, prefixes=PREFIXES).decode("utf-8")
    return "".join(line for line in text.splitlines(keepends=True) if line.startswith("@prefix "))


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


# ------------------------------------------------------------------- the exports from pieces
def write_trig(pieces: Pieces, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        body = [p for p in pieces.pieces("trig") if p]
        if body:
            f.write(trig_header())
        f.writelines(body)


def write_jsonld(pieces: Pieces, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("[" + ",".join(p for p in pieces.pieces("jsonld") if p) + "]")


def write_nquads(pieces: Pieces, path: Path) -> None:
    """Canonical N-Quads: every line of every graph, sorted (pieces are sorted runs already)."""
    lines: list[str] = []
    for p in pieces.pieces("nq"):
        lines.extend(p.splitlines(keepends=True))
    lines.sort()
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)


def merged_view_triples(pieces: Pieces) -> list[ox.Triple]:
    """The triples of export.MERGED_VIEW, sorted as the Turtle export writes them."""
    keys: set[str] = set()
    for p in pieces.pieces("plain"):
        keys.update(p.splitlines())
    ordered = sorted(keys)
    if not ordered:
        return []
    data = "".join(k + " .\n" for k in ordered).encode("utf-8")
    return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))


def view_edges(pieces: Pieces) -> list[dict]:
    """Every article's readings, in graph order: one JSON document parsed, not one per article."""
    inner = [p[1:-1] for p in pieces.pieces("edges") if p != "[]"]
    return json.loads("[" + ",".join(inner) + "]")
