"""The export files assembled from the per-graph pieces of kg/exportcache.py: TriG and JSON-LD
from the pieces' bytes (a cached piece is copied from its pack undecoded), N-Quads and the
merged view's Turtle from their lines, and the HTML view's grouped readings per article."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from . import exportcache as ec
from .exportcache import Pieces
from .exportpieces import ENTITY
from .ids import ONTOLOGY, article_iri
from .rdfarticle import PREFIXES

ARTICLE = article_iri("")  # the article graphs' IRIs start so


def trig_header() -> str:
    """The @prefix lines oxigraph writes for PREFIXES (it writes them only with some data)."""
    probe = ox.Quad(ox.NamedNode(ENTITY + "x"), ox.NamedNode(ONTOLOGY + "p"), ox.Literal("x"), ox.DefaultGraph())
    text = ox.serialize([probe], format=ox.RdfFormat.TRIG, prefixes=PREFIXES).decode("utf-8")
    return "".join(line for line in text.splitlines(keepends=True) if line.startswith("@prefix "))


def write_trig(pieces: Pieces, path: Path) -> None:
    with open(path, "wb") as f:
        body = [p for p in pieces.raw("trig") if len(p)]
        if body:
            f.write(trig_header().encode("utf-8"))
        f.writelines(body)


def write_jsonld(pieces: Pieces, path: Path) -> None:
    # piece by piece, as bytes: joined first, the 43 MB of a 2,000-article corpus took 0.2-0.3
    # CPU-s more (a new string that size, then its encoding) than written one piece after the other
    with open(path, "wb") as f:
        f.write(b"[")
        sep = b""
        for p in pieces.raw("jsonld"):
            if len(p):
                f.write(sep)
                f.write(p)
                sep = b","
        f.write(b"]")


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
    from . import mergedlines

    keys = mergedlines.lines(pieces) if ec._resident is None else None  # counted between builds
    if keys is None:
        keys = set()
        for p in pieces.pieces("plain"):
            keys.update(p.splitlines())
    ordered = sorted(keys)
    if not ordered:
        return []
    data = "".join(k + " .\n" for k in ordered).encode("utf-8")
    return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))


def view_parts(pieces: Pieces, *, keyed: bool = False) -> list:
    """Every article's readings grouped by fact (viewmodel.reading_groups), in graph order. A
    resident process keeps each article graph's part under its content key, so a rebuild
    groups only the readings of the articles that changed. `keyed`: (graph IRI, content key,
    part) for every article graph, empty parts too (kg/viewchunks.py)."""
    from . import viewparts
    from .viewmodel import reading_groups

    parts: list = []
    held: dict[str, dict] = {}
    # a fresh process reads the parts the last build kept on disk (kg/viewparts.py)
    kept = ec._parts if ec._resident is not None else viewparts.load(pieces.cache)
    pieces.bulk_edges()
    for g in pieces.graphs():
        key = pieces.keys.get(g.value if isinstance(g, ox.NamedNode) else "")
        part = kept.get(key) if key is not None else None
        if part is None:
            text = pieces.piece(g, "edges")
            part = reading_groups(json.loads(text)) if text != "[]" else {}
        elif not pieces.reuse(key, "edges"):  # the part kept, its piece not decoded: still live in the pack
            pieces.piece(g, "edges")  # (not in the pack: made again for it)
        if key is not None:
            held[key] = part
        if keyed:
            if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE):
                parts.append((g.value, key, part))
        elif part:
            parts.append(part)
    if ec._resident is not None:
        ec._parts.clear()
        ec._parts.update(held)
    else:
        viewparts.save(pieces.cache, held, kept)
    return parts




def view_edges(pieces: Pieces) -> list[dict]:
    """Every article's readings, in graph order: one JSON document parsed, not one per article."""
    inner = [p[1:-1] for p in pieces.pieces("edges") if p != "[]"]
    return json.loads("[" + ",".join(inner) + "]")
