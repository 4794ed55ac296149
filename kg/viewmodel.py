"""From node and reading records to what the view draws: merged facts with their support,
ranks, positions and the order in which a big graph is revealed. Plain data in, plain data
out; the page (kg/viz.py) and the entity page (kg/entitypage.py) both read this model.
"""
from __future__ import annotations

import difflib
import hashlib
import math
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from .errors import KGError
from .vocab import SYMMETRIC

__all__ = ["CLASS_COLOURS", "VizError", "Model", "find_entity", "neighbourhood", "safe_url"]

# Fixed palette (Tableau 10 + grey); dict order is also the legend order.
CLASS_COLOURS: dict[str, str] = {
    "Company": "#4e79a7",
    "GovernmentBody": "#e15759",
    "Country": "#59a14f",
    "City": "#8cd17d",
    "Region": "#b6992d",
    "Person": "#f28e2b",
    "Organization": "#76b7b2",
    "Product": "#b07aa1",
    "Event": "#ff9da7",
    "Policy": "#9c755f",
    "Facility": "#d4a6c8",
    "Entity": "#bab0ac",
}
# above this many nodes, open on the best-ranked part of the graph (the same bound as MAX_SHOWN:
# a graph just over it must not open on more nodes, and so more slowly, than one just under)
LARGE_GRAPH = 1000
TOP = 300  # ...the top entities by PageRank, with their neighbours
# ...but never more nodes than this at first ("show more" adds STEP): vis-network builds and
# measures every node it holds before its first frame, so this bounds the time to a usable page
# (at 5k entities: 1,500 nodes took a third longer than 1,000; benchmarks/bench_viz.py)
MAX_SHOWN = 1000
STEP = 1000


class VizError(KGError):
    """The view cannot be drawn as asked (an unknown entity, a bad option)."""


def safe_url(url: str) -> str:
    """Only http(s) addresses become links; anything else (javascript:, data:) stays text."""
    u = url.strip()
    return u if u.lower().startswith(("http://", "https://")) else ""


def _label(n: Mapping) -> str:
    nid = str(n["id"])
    return str(n.get("label") or nid.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1])


def find_entity(nodes: Iterable[Mapping], name: str) -> str:
    """The id of the entity called NAME (its label or an alias, any case)."""
    want = name.strip().casefold()
    names: dict[str, str] = {}
    spelt: dict[str, str] = {}
    for n in sorted(nodes, key=lambda n: str(n["id"])):
        for key in (_label(n), *n.get("aliases", ())):
            names.setdefault(str(key).casefold(), str(n["id"]))
            spelt.setdefault(str(key).casefold(), str(key))
    if want in names:
        return names[want]
    close = [spelt[c] for c in difflib.get_close_matches(want, list(names), n=3, cutoff=0.6)]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else "; check the name with `kg query --saved most-connected`"
    raise VizError(f"no entity named {name!r} in the graph{hint}")


def neighbourhood(edges: Iterable[Mapping], centre: str, hops: int) -> set[str]:
    """Ids within HOPS edges of CENTRE, in either direction."""
    if hops < 0:
        raise VizError(f"--hops must be 0 or more, not {hops}")
    adj: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        adj[str(e["source"])].add(str(e["target"]))
        adj[str(e["target"])].add(str(e["source"]))
    seen, queue = {centre: 0}, deque([centre])
    while queue:
        v = queue.popleft()
        if seen[v] < hops:
            for w in sorted(adj[v]):
                if w not in seen:
                    seen[w] = seen[v] + 1
                    queue.append(w)
    return set(seen)


def reading_groups(edges: Iterable[Mapping]) -> dict[tuple[str, str, str], dict[tuple, tuple]]:
    """Readings grouped by fact (source, target, predicate), one per article and sentence (the
    best-supported, the first of equals): (article, sentence, confidence, date), the article as
    (title, date, source, url, id). One pass over every reading: kept lean, it is most of the
    model's time. An article's tuple is one object for all its readings: the build keeps the
    groups with marshal (kg/viewparts.py), which then writes it once, and reads it back once."""
    groups: dict[tuple[str, str, str], dict[tuple, tuple]] = {}
    arts: dict[tuple, tuple] = {}
    for e in edges:
        get = e.get
        title = str(get("article", ""))
        art = (title, str(get("article_date", ""))[:10], str(get("source_name", "")),
               str(get("url", "")), str(get("article_id", "") or title))
        art = arts.setdefault(art, art)
        sentence = str(get("sentence", ""))
        fact = (art, sentence, round(float(get("confidence", 0.0)), 3), str(get("date", ""))[:10])
        key = (art[4], sentence)  # one reading per article and sentence
        group = groups.get(gk := (str(e["source"]), str(e["target"]), str(get("predicate", ""))))
        if group is None:
            groups[gk] = {key: fact}
        elif (old := group.get(key)) is None or fact[2] > old[2]:
            group[key] = fact
    return groups


def merge_parts(parts: Iterable[Mapping[tuple[str, str, str], Mapping[tuple, tuple]]],
                by_id: Mapping[str, Mapping]) -> dict[tuple[str, str, str], dict[tuple, tuple]]:
    """Parts (reading_groups) merged in their order: per fact whose ends are both entities, the
    best-supported reading per article and sentence, the first of equals."""
    groups: dict[tuple[str, str, str], dict[tuple, tuple]] = {}
    for part in parts:
        for gk, readings in part.items():
            if gk[0] not in by_id or gk[1] not in by_id:
                continue
            group = groups.get(gk)
            if group is None:
                groups[gk] = dict(readings)
                continue
            for key, fact in readings.items():  # the best-supported reading, the first of equals
                if (old := group.get(key)) is None or fact[2] > old[2]:
                    group[key] = fact
    return groups


def edge_record(gk: tuple[str, str, str], readings: Mapping[tuple, tuple], art_index: Mapping[tuple, int],
                articles: list[list[str]], pred_index: Mapping[str, int]) -> dict[str, Any]:
    """One merged fact as the page draws it (all but its id, "e" and its place in the sorted facts)."""
    src, dst, pred = gk
    # best first: by confidence, then date, sentence and article (sorted as tuples, no key function)
    ordered = sorted([(-f[2], f[3], f[1], art_index[f[0]], f[2]) for f in readings.values()])
    facts = [[a, sentence, conf, date] for _, date, sentence, a, conf in ordered]
    support = len({f[0] for f in facts})  # distinct articles
    sources = len({articles[f[0]][2] or f"article {f[0]}" for f in facts})
    return {"f": src, "t": dst, "p": pred_index[pred], "n": support, "ns": sources,
            "w": round(1 + min(1.5 * math.log2(support), 6), 2), "a": pred not in SYMMETRIC, "facts": facts}


def node_records(by_id: Mapping[str, Mapping], degree: Mapping[str, int]) -> list[dict[str, Any]]:
    classes = list(CLASS_COLOURS)
    out: list[dict[str, Any]] = []
    for nid in sorted(by_id):
        n = by_id[nid]
        cls = str(n.get("type", "Entity"))
        out.append({
            "id": nid, "label": _label(n), "c": classes.index(cls if cls in CLASS_COLOURS else "Entity"),
            "s": round(min(30.0, 8 + 3 * math.sqrt(degree.get(nid, 0))), 1),  # capped: hubs must not hide the rest
            "al": sorted({str(a) for a in n.get("aliases", ()) if str(a) and str(a) != _label(n)}),
            "wd": safe_url(str(n.get("wikidata", ""))),
        })
    return out


class Placements(Protocol):
    """Where a build keeps the last ranks and positions (kg/viewparts.py), by `placement_key`."""

    def get(self, key: str) -> dict | None: ...

    def put(self, key: str, value: dict) -> None: ...


def _igraph_version() -> str:
    """igraph's version, from the name of its installed metadata folder beside the package (as
    importlib.metadata finds it, without scanning every distribution on the path: 0.02-0.05 CPU-s
    of a one-article rebuild); importlib.metadata where that folder is not one plain match."""
    import importlib.util

    spec = importlib.util.find_spec("igraph")
    if spec is None:
        return "-"
    if spec.submodule_search_locations:
        found = list(Path(list(spec.submodule_search_locations)[0]).parent.glob("igraph-*.dist-info"))
        if len(found) == 1:
            return found[0].name[len("igraph-"):-len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("igraph")
    except PackageNotFoundError:
        return "-"


def _code() -> bytes:
    """What ranks and positions depend on besides the graph: this code, the layout's, igraph's version."""
    here = Path(__file__).parent
    return (here / "viewmodel.py").read_bytes() + (here / "layout.py").read_bytes() + _igraph_version().encode()


class Model:
    """Nodes, merged facts and the lookup tables the page embeds."""

    def __init__(self, nodes: Iterable[Mapping], edges: Iterable[Mapping], *, layout: bool = True,
                 parts: Iterable[Mapping[tuple[str, str, str], Mapping[tuple, tuple]]] | None = None,
                 placements: Placements | None = None) -> None:
        """`parts`: the readings already grouped (reading_groups), one part per article in the
        order of `edges`, in place of `edges` (the build keeps each article's part, kg/exportcache.py).
        `placements`: the ranks and positions of an earlier model, reused when its graph had the
        same nodes and the same facts with the same support (kg/viewparts.py keeps them)."""
        by_id: dict[str, Mapping] = {str(n["id"]): n for n in nodes}  # last duplicate wins
        groups = merge_parts([reading_groups(edges)] if parts is None else parts, by_id)
        # articles as a sorted table ([title, date, source, url]), so the page is the same whatever the input order
        arts = sorted({f[0] for g in groups.values() for f in g.values()})
        art_index = {a: i for i, a in enumerate(arts)}
        self.articles: list[list[str]] = [list(a[:4]) for a in arts]

        self.predicates = sorted({p for _, _, p in groups})
        self.sources = sorted({a[2] for a in self.articles if a[2]})
        pred_index = {p: i for i, p in enumerate(self.predicates)}
        degree: dict[str, int] = defaultdict(int)
        self.edges: list[dict[str, Any]] = []
        for i, (gk, readings) in enumerate(sorted(groups.items())):
            degree[gk[0]] += 1
            degree[gk[1]] += 1
            self.edges.append({"id": f"e{i}", **edge_record(gk, readings, art_index, self.articles, pred_index)})
        self._finish(by_id, degree, placements, layout)

    def _finish(self, by_id: Mapping[str, Mapping], degree: Mapping[str, int], placements: Placements | None,
                layout: bool) -> None:
        """The nodes, their ranks and positions, once the facts (`edges`: ends and support) are known
        (kg/viewchunks.py comes here with facts it kept as JSON)."""
        self.nodes: list[dict[str, Any]] = node_records(by_id, degree)
        key = self.placement_key(layout) if placements is not None else ""
        placed = placements.get(key) if placements is not None else None
        if placed is not None and len(placed.get("o", ())) == len(self.nodes):
            self._place(placed, layout)
            return
        self._rank()
        if layout:
            from .layout import layout as place

            pos = place([n["id"] for n in self.nodes], [(e["f"], e["t"]) for e in self.edges])
            for n in self.nodes:
                n["x"], n["y"] = pos[n["id"]]
        if placements is not None:
            placements.put(key, {"initial": self.initial, "o": [n["o"] for n in self.nodes],
                                 "r": [n["r"] for n in self.nodes],
                                 "xy": [(n["x"], n["y"]) for n in self.nodes] if layout else []})

    def placement_key(self, layout: bool) -> str:
        """Everything the ranks and positions are computed from: the nodes in order, each fact's
        ends and support in order, whether positions are wanted, and the code."""
        h = hashlib.sha256(_code())
        h.update(f"{layout}\0{len(self.nodes)}\0".encode())
        h.update("\0".join(n["id"] for n in self.nodes).encode())
        h.update("\1".join(f"{e['f']}\0{e['t']}\0{e['n']}" for e in self.edges).encode())
        return h.hexdigest()

    def _place(self, placed: dict, layout: bool) -> None:
        """An earlier model's ranks and positions, for this same graph (igraph is then not needed)."""
        for i, n in enumerate(self.nodes):
            n["o"], n["r"] = placed["o"][i], placed["r"][i]
            if layout:
                n["x"], n["y"] = placed["xy"][i]
        self.initial = placed["initial"]

    def _rank(self) -> None:
        """PageRank over the undirected fact graph weighted by support; then the order in which
        nodes are revealed: a node comes with the best-ranked of itself and its neighbours."""
        import igraph as ig

        index = {n["id"]: i for i, n in enumerate(self.nodes)}
        g = ig.Graph(n=len(self.nodes), edges=[(index[e["f"]], index[e["t"]]) for e in self.edges])
        pr = g.pagerank(weights=[e["n"] for e in self.edges] or None, directed=False) if self.nodes else []
        by_rank = sorted(range(len(self.nodes)), key=lambda i: (-round(pr[i], 12), self.nodes[i]["id"]))
        rank = [0] * len(self.nodes)
        for r, i in enumerate(by_rank):
            rank[i] = r
        reach = list(rank)
        for e in self.edges:
            a, b = index[e["f"]], index[e["t"]]
            reach[a], reach[b] = min(reach[a], rank[b]), min(reach[b], rank[a])
        order = sorted(range(len(self.nodes)), key=lambda i: (reach[i], rank[i]))
        for o, i in enumerate(order):
            self.nodes[i]["o"] = o
            self.nodes[i]["r"] = rank[i]
        n = len(self.nodes)
        self.initial = n if n <= LARGE_GRAPH else min(MAX_SHOWN, sum(r < TOP for r in reach))

    def as_json(self, *, title: str, show: int | None = None) -> dict[str, Any]:
        return {"title": title, "classes": [[c, CLASS_COLOURS[c]] for c in CLASS_COLOURS],
                "predicates": self.predicates, "sources": self.sources, "articles": self.articles,
                "nodes": self.nodes, "edges": self.edges, "symmetric": sorted(SYMMETRIC),
                "initial": len(self.nodes) if show is None and len(self.nodes) <= LARGE_GRAPH
                else min(len(self.nodes), show or self.initial),
                "step": STEP}
