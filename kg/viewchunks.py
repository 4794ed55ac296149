"""The HTML view's data in per-fact chunks, kept between builds (issue 13: a one-article change).

The page's data (kg/viz.py) is one JSON document, and most of it is the merged facts: each fact's
readings from every article that reads it, best first. A fresh `kg build` after a one-article
change loaded every article's grouped readings (kg/viewparts.py), merged them, sorted every
fact's readings and wrote the whole document again: 0.4-0.5 CPU-s at 2,000 articles. Here a
build keeps, in `view-chunks.marshal`, for each fact:

- its chunk: the readings each article gave it, by article graph (marshal bytes, decoded only
  when the fact is touched);
- its JSON as the page holds it, less its id (`"id":"e<i>"`, its place among the sorted facts),
  with the articles it cites (their places in the page's article table are in the JSON);

and, per article content key (kg/exportcache.py), its graph and the facts its readings name, and
the page's article table and predicates. A rebuild merges again only the facts of the articles
that were removed or added (a changed text is both), and writes again the JSON of those facts and
of any fact that cites an article whose place in the table moved, or of every fact when the
predicates changed or an entity came or went at a fact's end; every other fact's JSON is copied.
The nodes, ranks and positions are made as before (viewmodel.Model, viewparts.Placements).

The merging, the facts' records and the JSON are the same functions as the whole view's
(viewmodel.merge_parts, edge_record; viz._json_for_script), and a fact's readings are merged in
graph order as there, so the page is byte-identical to a fresh build's (tests/test_viewchunks.py).

The file starts with a header and a SHA-256 of what follows, and names the code it was made
with; a file of another code, cut short, altered or of another shape is ignored (the view is
then made from every article's part, as a first build does) and written anew, atomically.
"""
from __future__ import annotations

import hashlib
import marshal
import os
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

FILENAME = "view-chunks.marshal"
MAGIC = b"kg view chunks 2\n"  # then records: 8 bytes of length (little-endian), 32 of SHA-256, marshal
FORMAT = 4  # marshal's format version (writes an object met again as a reference)
FEW = 8  # above one article in FEW added or removed, the view is made whole (one pass, no chunks decoded)


def _code() -> str:
    here = Path(__file__).parent
    h = hashlib.sha256()
    for name in ("viewchunks.py", "viewmodel.py", "viz.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


PARTS = ("order", "contrib", "chunks", "json")  # the state's tables; "arts" and "predicates" are lists


class Kept(dict):
    """The state read from the file, and how the file stood: where its whole records end
    (`end`) and the size of the first (`base`), so a build can append its changes to it."""

    end = 0
    base = 0


def _record(value: object) -> bytes:
    body = marshal.dumps(value, FORMAT)
    return len(body).to_bytes(8, "little") + hashlib.sha256(body).digest() + body


def load(cache: Path | None) -> Kept | None:
    """The last build's chunks, or None (no file, another code's, damaged). The file is the
    whole state as one record, then one record of changes per build; each record carries its
    length and the SHA-256 of its bytes. A record that fails its digest, or a first record of
    another code or shape, makes the whole file untrusted; a last record cut short (a build
    stopped while appending it) is not read, and the state is the one the records before it
    describe, as a build left it."""
    if cache is None:
        return None
    try:
        data = (cache / FILENAME).read_bytes()
        if not data.startswith(MAGIC):
            return None
        view, at, records = memoryview(data), len(MAGIC), []
        while at + 40 <= len(data):
            n = int.from_bytes(view[at:at + 8], "little")
            if at + 40 + n > len(data):
                break
            body = view[at + 40:at + 40 + n]
            if hashlib.sha256(body).digest() != view[at + 8:at + 40]:
                return None
            records.append(marshal.loads(body))
            at += 40 + n
            if len(records) == 1:
                base = at
        if not records or not all(isinstance(r, dict) for r in records):
            return None
        state = Kept(records[0])
        shapes = {"order": dict, "contrib": dict, "chunks": dict, "json": dict, "arts": list, "predicates": list}
        if state.get("code") != _code() or not all(isinstance(state.get(k), t) for k, t in shapes.items()):
            return None
        for change in records[1:]:
            for name in PARTS:
                state[name].update(change[name])
                for k in change["-" + name]:
                    state[name].pop(k, None)
            state["arts"], state["predicates"] = change["arts"], change["predicates"]
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None
    state.end, state.base = at, base
    return state


def save(cache: Path, state: dict, before: dict | None = None) -> None:
    """Keep the state: its changes since `before` (the tables as they were read) appended to the
    file it was read from, while the file is under twice its first record; else the whole
    state in a new file, renamed into place."""
    if isinstance(state, Kept) and before is not None and state.end and state.end < 2 * state.base:
        change: dict = {"arts": state["arts"], "predicates": state["predicates"]}
        for name in PARTS:
            old, now = before[name], state[name]
            change[name] = {k: v for k, v in now.items() if old.get(k) is not v}
            change["-" + name] = [k for k in old if k not in now]
        try:
            with open(cache / FILENAME, "r+b") as f:
                f.seek(0, os.SEEK_END)
                if f.tell() >= state.end:  # (shorter: not the file that was read)
                    f.seek(state.end)
                    f.truncate()
                    f.write(_record(change))
                    return
        except OSError:
            pass
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f"{FILENAME}.{os.getpid()}.tmp"
    tmp.write_bytes(MAGIC + _record(dict(state)))
    tmp.replace(cache / FILENAME)


def _empty() -> dict:
    return {"code": _code(), "order": {}, "contrib": {}, "chunks": {}, "json": {}, "arts": [], "predicates": []}


def _article_graphs(pieces) -> list[tuple[str, str | None]]:
    from .exportwrite import ARTICLE

    return [(g.value, pieces.keys.get(g.value)) for g in pieces.graphs()
            if getattr(g, "value", "").startswith(ARTICLE)]


def _new_parts(pieces, state: dict, graphs: list[tuple[str, str | None]]) -> dict[str, tuple[str, dict]] | None:
    """The parts of the articles not in the kept view (content key -> (graph, part)); the others'
    pieces are kept live in the pack without being decoded. None: the view is to be made whole."""
    import json

    from .exportcache import BULK_EDGES
    from .viewmodel import reading_groups

    added = [(iri, key) for iri, key in graphs if key not in state["order"]]
    if len(added) * FEW > len(graphs) and len(added) > 1:
        return None
    # the kept articles' pieces stay live in the pack undecoded; those not there are made again
    absent = set(pieces.reuse_all([key for _, key in graphs if key in state["order"]], "edges"))
    if len(absent) + len(added) >= BULK_EDGES:
        pieces.bulk_edges()
    names = {iri: g for g in pieces.graphs() if (iri := getattr(g, "value", None)) is not None}
    for iri, key in graphs:
        if key in absent:
            pieces.piece(names[iri], "edges")
    new: dict[str, tuple[str, dict]] = {}
    for iri, key in added:
        text = pieces.piece(names[iri], "edges")
        new[key] = (iri, reading_groups(json.loads(text)) if text != "[]" else {})  # type: ignore[index]
    return new


def view_json(pieces, nodes: list[dict], *, title: str, placements) -> tuple[str, Any]:
    """The page's data as JSON text (what viz._json_for_script gives for Model.as_json) and its
    model (nodes placed; facts as their ends and support), from the kept chunks and the changed
    articles' parts; the chunks saved for the next build."""
    from .exportwrite import view_parts

    graphs = _article_graphs(pieces)
    state: dict | None = load(pieces.cache) if all(key is not None for _, key in graphs) else None
    new = _new_parts(pieces, state, graphs) if state is not None else None
    before = {name: dict(state[name]) for name in PARTS} if new is not None else None  # type: ignore[index]
    if state is None or new is None:  # no kept view, or much changed: every article's part (kg/viewparts.py)
        state = _empty()
        new = {key: (iri, part) for iri, key, part in view_parts(pieces, keyed=True)}
    text, model = _update(state, new, {key for _, key in graphs}, nodes, title, placements)
    if pieces.cache is not None and all(key is not None for _, key in graphs):
        save(pieces.cache, state, before)
    return text, model


def _update(state: dict, new: Mapping[str, tuple[str, dict]], live: set, nodes: list[dict], title: str,
            placements) -> tuple[str, Any]:
    """Take the removed articles out of the kept chunks and put the new ones in; make again the
    JSON of every fact that changed or must be renumbered; assemble the page's data."""
    from .viewmodel import Model, edge_record, merge_parts
    from .viz import _json_for_script

    order, contrib, chunks, kept_json = state["order"], state["contrib"], state["chunks"], state["json"]
    gone = [k for k in order if k not in live]
    touched: set = set()
    out_graphs = set()
    for k in gone:
        touched.update(contrib.pop(k))
        out_graphs.add(order.pop(k))
    for k, (iri, part) in new.items():
        touched.update(part)
        order[k], contrib[k] = iri, tuple(part)
    came: dict[tuple, list] = defaultdict(list)  # the new articles' readings, by fact (one pass over the parts)
    for iri, part in new.values():
        for gk, readings in part.items():
            came[gk].append((iri, readings))
    merged: dict[tuple, list] = {}  # the touched facts: their readings by article, in graph order
    for gk in touched:
        entries = [e for e in marshal.loads(chunks[gk]) if e[0] not in out_graphs] if gk in chunks else []
        entries.extend(came.get(gk, ()))
        if not entries:
            chunks.pop(gk, None)
            kept_json.pop(gk, None)
            continue
        entries.sort(key=lambda e: e[0])  # graph order, as the whole view merges them
        chunks[gk] = marshal.dumps(entries, FORMAT)
        merged[gk] = [r for _, r in entries]
    by_id: dict[str, Mapping] = {str(n["id"]): n for n in nodes}  # last duplicate wins
    drawn = sorted(gk for gk in chunks if gk[0] in by_id and gk[1] in by_id)
    for gk in [gk for gk in kept_json if gk[0] not in by_id or gk[1] not in by_id]:
        del kept_json[gk]  # an entity at its end went: no longer drawn

    def group(gk: tuple, readings: list) -> dict:
        return merge_parts([{gk: r} for r in readings], by_id)[gk]

    groups = {gk: group(gk, merged[gk] if gk in merged else [r for _, r in marshal.loads(chunks[gk])])
              for gk in drawn if gk in merged or gk not in kept_json}  # (kept: an entity at its end came)
    arts_of = {gk: {f[0] for f in g.values()} for gk, g in groups.items()}
    every: set = set()
    for gk in drawn:
        every.update(arts_of[gk] if gk in arts_of else kept_json[gk][2])
    arts = sorted(every)
    old_at = {a: i for i, a in enumerate(state["arts"])}
    moved = {a for i, a in enumerate(arts) if old_at.get(a) != i}
    predicates = sorted({gk[2] for gk in drawn})
    for gk in drawn:  # kept facts whose JSON names a moved article or predicate: written again
        if gk not in groups and (predicates != state["predicates"] or not moved.isdisjoint(kept_json[gk][2])):
            groups[gk] = group(gk, [r for _, r in marshal.loads(chunks[gk])])
            arts_of[gk] = {f[0] for f in groups[gk].values()}
    canon = {a: a for a in arts}  # one tuple per article, so the file holds it once (marshal's references)
    art_index = {a: i for i, a in enumerate(arts)}
    articles = [list(a[:4]) for a in arts]
    pred_index = {p: i for i, p in enumerate(predicates)}
    for gk, g in groups.items():
        rec = edge_record(gk, g, art_index, articles, pred_index)
        head = _json_for_script({k: rec[k] for k in ("a", "f", "facts")})
        tail = _json_for_script({k: rec[k] for k in ("n", "ns", "p", "t", "w")})
        kept_json[gk] = (head[:-1] + ",", "," + tail[1:], tuple(canon[a] for a in arts_of[gk]), rec["n"])
    state["arts"], state["predicates"] = arts, predicates
    same = {gk: gk for gk in chunks}  # one tuple per fact too, for the file (contrib named them again)
    for k in new:
        contrib[k] = tuple(same[gk] for gk in contrib[k])

    model = Model.__new__(Model)
    model.articles, model.predicates = articles, predicates
    model.sources = sorted({a[2] for a in articles if a[2]})
    degree: dict[str, int] = defaultdict(int)
    model.edges = []
    for gk in drawn:
        degree[gk[0]] += 1
        degree[gk[1]] += 1
        model.edges.append({"f": gk[0], "t": gk[1], "n": kept_json[gk][3]})
    model._finish(by_id, degree, placements, True)
    data = model.as_json(title=title)
    before = _json_for_script({k: v for k, v in data.items() if k < "edges"})
    after = _json_for_script({k: v for k, v in data.items() if k > "edges"})
    facts = ",".join(f'{kept_json[gk][0]}"id":"e{i}"{kept_json[gk][1]}' for i, gk in enumerate(drawn))
    return f'{before[:-1]},"edges":[{facts}],{after[1:]}', model
