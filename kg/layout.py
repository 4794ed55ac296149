"""Node positions for the HTML view, computed in Python before the page is written.

A news graph is one or two large components (the hubs: governments, chip makers) plus many
tiny ones (a company and its one product, a person and their employer). Laying the whole
graph out at once with a force model pushes the tiny components into a ring around the hubs;
here each component is laid out on its own and the components are packed in rows, biggest
first, so the hubs sit at the top left and the pairs line up below them.

Fruchterman-Reingold from igraph (C, grid-accelerated) lays out 5k nodes in under a second
where networkx's pure-Python spring_layout took 53 s (benchmarks/bench_viz.py measures it).
Every step is deterministic: components in a fixed order, start positions from a seeded
generator over sorted ids, and igraph given those start positions.
"""
from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence

__all__ = ["layout", "EDGE_LENGTH"]

EDGE_LENGTH = 140.0  # mean edge length in vis-network canvas units after scaling
GAP = 60.0  # space between packed components


def _components(ids: Sequence[str], pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    adj: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        if a != b:
            adj[a].add(b)
            adj[b].add(a)
    seen: set[str] = set()
    comps: list[list[str]] = []
    for start in ids:  # ids are sorted, so each component is found in a fixed order
        if start in seen:
            continue
        seen.add(start)
        stack, comp = [start], []
        while stack:
            v = stack.pop()
            comp.append(v)
            for w in adj[v]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        comps.append(sorted(comp))
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def _small(comp: list[str]) -> dict[str, tuple[float, float]]:
    """Components of one to three nodes need no force model: a point, a pair, a triangle."""
    r = EDGE_LENGTH / 2
    if len(comp) == 1:
        return {comp[0]: (0.0, 0.0)}
    if len(comp) == 2:
        return {comp[0]: (-r, 0.0), comp[1]: (r, 0.0)}
    return {v: (r * math.cos(2 * math.pi * i / 3), r * math.sin(2 * math.pi * i / 3)) for i, v in enumerate(comp)}


def _force(comp: list[str], pairs: list[tuple[str, str]], seed: int) -> dict[str, tuple[float, float]]:
    import igraph as ig

    index = {v: i for i, v in enumerate(comp)}
    edges = sorted({(min(index[a], index[b]), max(index[a], index[b])) for a, b in pairs if a != b})
    g = ig.Graph(n=len(comp), edges=edges)
    # Fewer iterations on big components keep 20k nodes within seconds; the grid variant
    # is what makes a step near-linear.
    niter = max(100, min(500, int(500 * 2000 / len(comp))))
    # igraph draws the start positions (and nothing else) from the generator it is given;
    # a fresh seeded one per component makes the layout repeatable. (Passing start
    # positions ourselves made the grid variant several times slower.)
    ig.set_random_number_generator(random.Random(f"{seed}:{comp[0]}:{len(comp)}"))
    try:
        coords = g.layout_fruchterman_reingold(niter=niter, grid=len(comp) > 300).coords
    finally:
        ig.set_random_number_generator(random)
    lengths = [math.dist(coords[a], coords[b]) for a, b in edges]
    mean = sum(lengths) / len(lengths) if lengths else 1.0
    scale = EDGE_LENGTH / mean if mean > 0 else 1.0
    return {v: (coords[i][0] * scale, coords[i][1] * scale) for v, i in index.items()}


def layout(ids: Iterable[str], pairs: Iterable[tuple[str, str]], *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for every id: each connected component laid out alone, then packed in rows."""
    ids = sorted(set(ids))
    pairs = [(a, b) for a, b in pairs]
    comps = _components(ids, pairs)
    where = {v: i for i, c in enumerate(comps) for v in c}
    by_comp: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for a, b in pairs:
        if a in where and b in where:
            by_comp[where[a]].append((a, b))

    placed: list[tuple[dict[str, tuple[float, float]], float, float, float, float]] = []
    for i, comp in enumerate(comps):
        pos = _small(comp) if len(comp) <= 3 else _force(comp, by_comp[i], seed)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        placed.append((pos, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))

    # Shelf packing, biggest first: rows no wider than the widest component or the square
    # root of the total area, whichever is larger.
    area = sum((w + GAP) * (h + GAP) for *_, w, h in placed)
    row_width = max(max(w for *_, w, _ in placed) if placed else 0.0, math.sqrt(area) * 1.3)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for pos, x0, y0, w, h in placed:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h + GAP, 0.0
        for v, (px, py) in pos.items():
            out[v] = (round(x + px - x0, 1), round(y + py - y0, 1))
        x += w + GAP
        row_h = max(row_h, h)
    return out
