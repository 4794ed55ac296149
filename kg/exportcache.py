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
hashed, names its cached pieces in `OUT/.kg-export-cache/` (a pack per format). The ontology graph
is keyed by its triples, hashed. The other derived graphs (merged facts, entities, review) have no
such key and are serialised at every export; they grow with the distinct facts, not with the
articles (the merged graph's facts are cached one by one, below).

Crash safety: a new pack and its index are written to temporary files and renamed, the index
last; an append to a pack is written (and synced) before the index that covers it is renamed
into place. The index records how many bytes of the pack it covers and their length in
characters, so a pack is read as its index describes it or not at all; an export file is renamed
into place (kg/export.py); the build removes its stamp before rewriting any export and writes it
after the last one (kg/build.py).
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .ids import ID_BASE, article_iri
from .rdfarticle import ONTOLOGY_GRAPH
from .exportpieces import edges_json, fact_piece, graph_wrapper, make_piece
from .store import GraphStore

CACHE_DIR = ".kg-export-cache"
VERSION = "1"  # bump when a piece's format changes: old pieces are then never read again
PIECE_OF = {"trig": "trig", "jsonld": "jsonld", "nq": "nq", "ttl": "plain", "html": "edges"}  # export -> piece
MERGED_GRAPH = ID_BASE + "graph/merged"
FACT_FORMATS = {"trig", "jsonld", "nq", "plain"}  # the merged graph's pieces are per fact in these


class Pieces:
    """The per-graph pieces of one store state, computed once per build and shared by the
    exporters; cached on disk for the graphs that have a content key. `formats`: the pieces the
    build will need, made together in one pass over a graph.

    The merged graph is made of one piece per fact, keyed by the fact and the keys of the
    article graphs that name it: a fact is serialised again only when an article that reads it
    changed (its support, dates and confidence come from those articles alone).

    On disk, one pack per format: the pieces of the last export, one after the other, and an
    index (content key -> where its piece lies in the pack). Two reads per format, however many
    articles: a file per piece took 0.4 s of reads at 1,000 articles."""

    def __init__(self, store: GraphStore, *, cache: Path | None = None, built: dict[str, str] | None = None,
                 review: str = "", formats: Iterable[str] = ()) -> None:
        self.store = store
        self.cache = cache
        self.formats = set(formats)
        if self.formats & FACT_FORMATS and cache is not None:
            self.formats.add("support")
        self.keys: dict[str, str] = {}  # graph IRI -> content key (article graphs only)
        if cache is not None and built is not None:
            for aid, with_ in built.items():
                iri = article_iri(aid)
                self.keys[iri] = _hash(VERSION, iri, with_, review)
        self._memo: dict[tuple[str, str], str] = {}  # (graph IRI, format) -> piece
        self._keyed: dict[tuple[str, str], str] = {}  # (content key, format) -> piece, to be saved
        self._packs: dict[str, tuple[dict[str, list[int]], bytes]] = {}  # format -> (key -> byte span, pack)
        self._used: dict[str, set[str]] = {}  # format -> keys whose piece was copied from the pack undecoded
        self._ends: dict[str, tuple[str, int]] = {}  # format -> its pack file and the bytes of it the index covers
        self._graphs: list | None = None
        self._fact_keys: dict[str, str | None] | None = None
        self._subjects: list[str] | None = None  # the merged graph's subjects, read once for every format
        self.counts: dict[str, dict[str, int]] = {}  # format -> {"graphs reused": n, ...}

    def graphs(self) -> list[ox.NamedNode | ox.DefaultGraph]:
        """The default graph (when it holds anything), then the named graphs by IRI."""
        if self._graphs is None:
            named = sorted(self.store.ox.named_graphs(), key=lambda g: g.value)
            default = ox.DefaultGraph()
            has_default = next(iter(self.store.ox.quads_for_pattern(None, None, None, default)), None) is not None
            self._graphs = ([default] if has_default else []) + named
        return self._graphs

    def _pack(self, fmt: str) -> tuple[dict[str, list[int]], bytes]:
        """The last build's pack of this format: (index, bytes), the index giving each piece's
        byte span; empty when there is none or it cannot be read whole. A resident process keeps
        the packs it wrote (see `keep`)."""
        if fmt not in self._packs:
            self._packs[fmt] = ({}, b"")
            held = _held(self.cache, fmt)
            if held is not None:
                self._packs[fmt], end = held[:2], held[2]
                if end is not None:
                    self._ends[fmt] = end
            elif self.cache is not None:
                try:
                    index = json.loads((self.cache / f"{fmt}.index").read_text(encoding="utf-8"))
                    data = (self.cache / index["pack"]).read_bytes()
                    covered = index.get("bytes")  # (an index of version 1 has none: its pack is whole)
                    if covered is not None:  # what a stopped append left after the covered bytes is not read
                        if not isinstance(covered, int) or not 0 <= covered <= len(data):
                            raise ValueError("a pack shorter than its index")
                        data = data[:covered]
                    pieces = index["pieces"]
                    if not isinstance(pieces, dict):
                        raise ValueError("no pieces")
                    if index.get("version", 1) < 3:  # spans in characters: read as bytes once
                        text = data.decode("utf-8")
                        if len(text) != index["length"]:
                            raise ValueError("a pack of another length than its index")
                        if len(text) != len(data):
                            pieces = _byte_spans(text, pieces)
                    elif len(data) != index["length"]:
                        raise ValueError("a pack of another length than its index")
                    self._packs[fmt] = (pieces, data)
                    if covered is not None:
                        self._ends[fmt] = (index["pack"], covered)
                except (OSError, ValueError, KeyError, TypeError):
                    pass
        return self._packs[fmt]

    def _cached(self, key: str | None, fmt: str) -> str | None:
        if key is None:
            return None
        if (key, fmt) in self._keyed:
            return self._keyed[(key, fmt)]
        index, data = self._pack(fmt)
        where = index.get(key)
        if not where:
            return None
        self._keyed[(key, fmt)] = data[where[0]:where[1]].decode("utf-8")
        return self._keyed[(key, fmt)]

    def _held_piece(self, key: str | None, fmt: str) -> bool:
        """Whether this piece is at hand (made, or in the pack), without decoding it."""
        return key is not None and ((key, fmt) in self._keyed or key in self._pack(fmt)[0])

    def reuse(self, key: str | None, fmt: str) -> bool:
        """Keep a cached piece live without decoding it (the caller has what it was made
        into); False when it is not in the pack."""
        if key is not None and (key, fmt) in self._keyed:
            return True
        if self._span(key, fmt) is None:
            return False
        self._count(fmt, "graphs reused")
        return True

    def reuse_all(self, keys: list[str], fmt: str) -> list[str]:
        """`reuse` for many keys at once (a one-article rebuild keeps 2,000 pieces of the view live:
        one call each was 0.03 CPU-s); the keys whose piece is neither made nor in the pack."""
        index = self._pack(fmt)[0]
        made = {k for k, f in self._keyed if f == fmt}
        packed = [k for k in keys if k not in made and index.get(k)]
        absent = [k for k in keys if k not in made and not index.get(k)]
        self._used.setdefault(fmt, set()).update(packed)
        if packed:
            c = self.counts.setdefault(fmt, {})
            c["graphs reused"] = c.get("graphs reused", 0) + len(packed)
        return absent

    def _span(self, key: str | None, fmt: str) -> memoryview | None:
        """A cached piece's bytes in the pack, not decoded (the exports copy them as they are)."""
        if key is None:
            return None
        index, data = self._pack(fmt)
        where = index.get(key)
        if not where:
            return None
        self._used.setdefault(fmt, set()).add(key)
        return memoryview(data)[where[0]:where[1]]

    def _count(self, fmt: str, what: str) -> None:
        c = self.counts.setdefault(fmt, {})
        c[what] = c.get(what, 0) + 1

    def piece(self, graph: ox.NamedNode | ox.DefaultGraph, fmt: str) -> str:
        name = graph.value if isinstance(graph, ox.NamedNode) else ""
        if (name, fmt) not in self._memo:
            if name == MERGED_GRAPH and fmt in FACT_FORMATS:  # cached or not: the same bytes
                self._memo[(name, fmt)] = self._merged(fmt)
                return self._memo[(name, fmt)]
            key = self._key(name)
            text = self._cached(key, fmt)
            if text is not None:
                self._memo[(name, fmt)] = text
                self._count(fmt, "graphs reused")
            elif fmt in ("edges", "support") and not name.startswith(article_iri("")):
                self._memo[(name, fmt)] = "[]" if fmt == "edges" else ""  # readings live in article graphs
            else:  # a keyed graph is read once for every piece the build needs; the others per piece
                self._fill(graph, name, {fmt} | (self.formats - {"edges"}) if key is not None else {fmt})
        return self._memo[(name, fmt)]

    def _key(self, name: str) -> str | None:
        """A graph's content key: an article graph's (see the class), or the ontology graph's, its
        triples hashed (ontologies/kg.ttl, the same at nearly every build: serialised again in every
        format each time, 0.03 CPU-s of a one-article rebuild; issue 13). Other graphs have none."""
        key = self.keys.get(name)
        if key is None and name == ONTOLOGY_GRAPH.value and self.cache is not None:
            triples = sorted(str(q.triple) for q in self.store.ox.quads_for_pattern(None, None, None, ONTOLOGY_GRAPH))
            key = self.keys[name] = _hash(VERSION, name, hashlib.sha256("\n".join(triples).encode()).hexdigest())
        return key

    def _fill(self, graph, name: str, formats: set[str]) -> None:
        """Serialise one graph in these formats (one read of its quads)."""
        formats = {f for f in formats if (name, f) not in self._memo}
        # (the view's readings are a query of their own: a graph's quads are not read for them alone;
        # a one-article rebuild read the changed graph's again for its readings, after the other formats)
        quads = list(self.store.ox.quads_for_pattern(None, None, None, graph)) if formats - {"edges"} else []
        key = self.keys.get(name)
        for fmt in sorted(formats):
            if (name, fmt) not in self._memo:
                self._memo[(name, fmt)] = make_piece(self.store, graph, fmt, quads)
                if key is not None:
                    self._keyed[(key, fmt)] = self._memo[(name, fmt)]
                    self._count(fmt, "graphs made")

    # ------------------------------------------------------------- the merged graph, by fact
    def _facts(self) -> dict[str, str | None]:
        """fact IRI -> its content key: the keys of the article graphs whose readings name it
        (None when one of them has no key)."""
        if self._fact_keys is None and self.cache is None:
            self._fact_keys = {}
        if self._fact_keys is None:
            named: dict[str, list[str | None]] = {}
            for g in self.graphs():
                if isinstance(g, ox.NamedNode) and g.value.startswith(article_iri("")):
                    key = self.keys.get(g.value)
                    for f in self.piece(g, "support").splitlines():
                        named.setdefault(f, []).append(key)
            self._fact_keys = {f: None if None in ks else _hash(VERSION, f, *sorted(ks)) for f, ks in named.items()}
        return self._fact_keys

    def _merged(self, fmt: str, *, raw: bool = False) -> str | bytes:
        """The merged graph's piece, from its facts' pieces: text, or (`raw`) the bytes of the
        export, the cached facts' bytes copied from the pack as they are."""
        merged = ox.NamedNode(MERGED_GRAPH)
        keys = self._facts()
        if self._subjects is None:
            self._subjects = sorted(r["s"].value for r in self.store.query(
                f"SELECT DISTINCT ?s WHERE {{ GRAPH <{MERGED_GRAPH}> {{ ?s ?p ?o }} }}", union=False))
        parts: list = []
        for s in self._subjects:
            key = keys.get(s)
            if raw and (key, fmt) not in self._keyed and (span := self._span(key, fmt)) is not None:
                self._count(fmt, "facts reused")
                parts.append(span)
                continue
            made_here = (key, fmt) in self._keyed and key not in self._pack(fmt)[0]
            text = self._cached(key, fmt)
            if text is None:
                quads = list(self.store.ox.quads_for_pattern(ox.NamedNode(s), None, None, merged))
                for f in self.formats & FACT_FORMATS | {fmt}:
                    made = fact_piece(f, quads)
                    if key is not None:
                        self._keyed[(key, f)] = made
                        self._count(f, "facts made")
                    if f == fmt:
                        text = made
            elif not made_here:
                self._count(fmt, "facts reused")
            parts.append(text.encode("utf-8") if raw else text)
        if not parts:
            return b"" if raw else ""
        head, tail, sep = "", "", ""
        if fmt == "trig":
            head, tail = graph_wrapper(merged, ox.RdfFormat.TRIG)
        elif fmt == "jsonld":
            head, tail = graph_wrapper(merged, ox.RdfFormat.JSON_LD)
            head, tail, sep = head[1:], tail[:-1], ","
        if raw:
            return head.encode("utf-8") + sep.encode("utf-8").join(parts) + tail.encode("utf-8")
        return head + sep.join(parts) + tail

    def pieces(self, fmt: str) -> Iterable[str]:
        if fmt == "edges":
            self.bulk_edges()
        for g in self.graphs():
            yield self.piece(g, fmt)

    def raw(self, fmt: str) -> Iterable[bytes | memoryview]:
        """The pieces as the export's bytes, in graph order: a cached piece is copied from its
        pack undecoded (decoding the packs and encoding the pieces again was most of what the
        JSON-LD and TriG exports of a one-article rebuild cost)."""
        for g in self.graphs():
            name = g.value if isinstance(g, ox.NamedNode) else ""
            if (name, fmt) in self._memo:
                yield self._memo[(name, fmt)].encode("utf-8")
            elif name == MERGED_GRAPH and fmt in FACT_FORMATS:
                yield self._merged(fmt, raw=True)
            elif (key := self._key(name)) is not None and (key, fmt) not in self._keyed \
                    and (span := self._span(key, fmt)) is not None:
                self._count(fmt, "graphs reused")
                yield span
            else:
                yield self.piece(g, fmt).encode("utf-8")

    def bulk_edges(self) -> None:
        """The readings of many article graphs at once: one query over the store, split by
        article, costs far less than a query per graph (a first build, a settings change)."""
        missing = [g for g in self.graphs() if isinstance(g, ox.NamedNode) and (g.value, "edges") not in self._memo
                   and not self._held_piece(self.keys.get(g.value), "edges")]
        if len(missing) < BULK_EDGES:
            return
        from .vizdata import edges

        by_graph: dict[str, list[dict]] = {g.value: [] for g in missing}
        for e in edges(self.store):
            if e["article_id"] in by_graph:
                by_graph[e["article_id"]].append(e)
        for g in missing:
            text = edges_json(by_graph[g.value]) if g.value.startswith(article_iri("")) else "[]"
            self._memo[(g.value, "edges")] = text
            if (key := self.keys.get(g.value)) is not None:
                self._keyed[(key, "edges")] = text
                self._count("edges", "graphs made")

    def save(self) -> None:
        """Write each format's pack for this store state, then its index, renamed into place;
        then drop the packs no index names. When most of the last pack is still live, only the
        new pieces are appended to it (a one-article change wrote the whole pack again: 60 MB at
        2,000 articles); the index records how many of the pack's bytes it covers, so bytes an
        append stopped half-way left are never read, and the next append writes over them. When
        the dead pieces outweigh the live ones, the live ones are written to a new pack. A build
        stopped in between leaves the old index naming bytes that are still whole."""
        if self.cache is None:
            return
        self.cache.mkdir(parents=True, exist_ok=True)
        token = hashlib.sha256(os.urandom(16)).hexdigest()[:12]
        live_keys = set(self.keys.values()) | {k for k in (self._fact_keys or {}).values() if k}
        # per format, the live pieces: (key, text) for those made or decoded, (key, None) for
        # those whose bytes were copied from the pack undecoded
        by_format: dict[str, dict[str, str | None]] = {f: {} for _, f in self._keyed}
        for (key, f), text in self._keyed.items():  # grouped once: not every piece sorted per format
            if key in live_keys:
                by_format[f][key] = text
        for f, used in self._used.items():
            live = by_format.setdefault(f, {})
            for key in used & live_keys:
                live.setdefault(key, None)
        for fmt in sorted(by_format):
            live = sorted(by_format[fmt].items())
            if self._append(fmt, live):
                continue
            old_index, old = self._pack(fmt)
            parts, index, at = [], {}, 0
            for key, text in live:
                if text is None:
                    a, b = old_index[key]
                    piece: bytes | memoryview = memoryview(old)[a:b]
                else:
                    piece = text.encode("utf-8")
                parts.append(piece)
                index[key] = [at, at + len(piece)]
                at += len(piece)
            pack = f"{fmt}.{token}.pack"
            data = b"".join(parts)
            _write_atomic(self.cache / pack, data)
            self._write_index(fmt, pack, index, data)
        from .viewchunks import FILENAME as VIEW_CHUNKS
        from .viewparts import FILENAME as VIEW_PARTS
        from .viewparts import LAYOUT as VIEW_LAYOUT

        # the view's grouped readings and places (kg/viewparts.py) and its chunks (kg/viewchunks.py): not packs
        from .mergedlines import FILENAME as MERGED_LINES

        live = {VIEW_PARTS, VIEW_LAYOUT, VIEW_CHUNKS, MERGED_LINES}
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

    def _append(self, fmt: str, live: list[tuple[str, str | None]]) -> bool:
        """Append this format's new pieces to the last pack, when it is there whole and dead
        pieces are not most of it; False when the pack must be written anew."""
        if fmt not in self._ends:
            return False
        index, old = self._pack(fmt)
        pack, covered = self._ends[fmt]
        new = [(key, piece.encode("utf-8")) for key, piece in live if key not in index and piece is not None]
        kept = {key: index[key] for key, _ in live if key in index}
        kept_bytes = sum(b - a for a, b in kept.values())
        live_bytes = kept_bytes + sum(len(piece) for _, piece in new)
        if len(kept) + len(new) != len(live) or len(old) - kept_bytes > live_bytes:
            return False
        at = len(old)
        for key, piece in new:
            kept[key] = [at, at + len(piece)]
            at += len(piece)
        data = b"".join(piece for _, piece in new)
        try:
            with open(self.cache / pack, "r+b") as f:  # type: ignore[operator]
                f.seek(0, os.SEEK_END)
                if f.tell() < covered:  # shorter than its index says: not the pack it was
                    return False
                f.seek(covered)
                f.truncate()
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        except FileNotFoundError:
            return False
        # the pack's whole bytes are held again only by a resident process (a new object of the
        # pack's size: 0.1 CPU-s of a one-article rebuild at 2,000 articles)
        self._write_index(fmt, pack, kept, old + data if _resident is not None else None, nbytes=covered + len(data))
        return True

    def _write_index(self, fmt: str, pack: str, index: dict[str, list[int]], data: bytes | None, *,
                     nbytes: int | None = None) -> None:
        """`data`: the pack's bytes, or None where they are not held (their number `nbytes` given).
        Version 3: the pieces' spans are in bytes (in characters before)."""
        size = len(data) if data is not None else nbytes
        index_text = json.dumps({"version": 3, "pack": pack, "length": size, "bytes": size,
                                 "counts": self.counts.get(fmt, {}), "pieces": index}, separators=(",", ":"))
        _write_atomic(self.cache / f"{fmt}.index", index_text)  # type: ignore[operator]
        if data is None:  # read again from the files if asked for
            self._packs.pop(fmt, None)
            self._ends.pop(fmt, None)
            self._used.pop(fmt, None)
            return
        self._packs[fmt], self._ends[fmt] = (index, data), (pack, size)  # type: ignore[assignment]
        self._used.pop(fmt, None)
        _hold(self.cache, fmt, index, data, (pack, size))  # type: ignore[arg-type]


# A resident process (`kg watch`) keeps the packs it wrote, with the index file's status when
# written: the next rebuild reads neither again (35 MB at 1,000 articles) unless the index file
# was changed since (another build wrote it), as its size, times and inode then tell.
_resident: dict[tuple[str, str], tuple[tuple, dict[str, list[int]], bytes, tuple[str, int] | None]] | None = None


def keep(on: bool = True) -> None:
    """Keep the packs between the builds of this process (True), or stop and forget them."""
    global _resident
    _resident = {} if on else None
    _parts.clear()


def hold_packs(cache: Path) -> None:
    """Read the packs a build left in `cache` once, so a resident process's first rebuild does
    not read them (a first build that found its exports current wrote none)."""
    if _resident is None:
        return
    for idx in sorted(cache.glob("*.index")):
        fmt = idx.name[:-len(".index")]
        if _held(cache, fmt) is None:
            pieces = Pieces(None, cache=cache)  # type: ignore[arg-type]
            index, text = pieces._pack(fmt)
            if index:
                _hold(cache, fmt, index, text, pieces._ends.get(fmt))


def hold_parts(cache: Path) -> None:
    """Group the readings of every article in the HTML view's pack once, at the start of a
    resident process, so that its first rebuild groups only the changed article's (as the
    later ones do; view_parts keeps them by the same content keys)."""
    if _resident is None:
        return
    from .viewmodel import reading_groups

    held = _held(cache, "edges")
    if held is None:
        return
    index, text = held[:2]
    for key, (a, b) in index.items():
        if key not in _parts:
            piece = text[a:b].decode("utf-8")
            _parts[key] = reading_groups(json.loads(piece)) if piece != "[]" else {}


def _status(path: Path) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def _hold(cache: Path, fmt: str, index: dict[str, list[int]], data: bytes, end: tuple[str, int] | None) -> None:
    if _resident is not None:
        status = _status(cache / f"{fmt}.index")
        if status is not None:
            _resident[(str(cache.resolve()), fmt)] = (status, index, data, end)


def _held(cache: Path | None, fmt: str) -> tuple[dict[str, list[int]], bytes, tuple[str, int] | None] | None:
    if _resident is None or cache is None:
        return None
    held = _resident.get((str(cache.resolve()), fmt))
    if held is None or held[0] != _status(cache / f"{fmt}.index"):
        return None
    return held[1], held[2], held[3]


def _hash(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


BULK_EDGES = 50  # article graphs without their readings from which one query over the store is cheaper


def _byte_spans(text: str, pieces: dict[str, list[int]]) -> dict[str, list[int]]:
    """An index of spans in characters (versions 1 and 2) as spans in the pack's UTF-8 bytes."""
    at: dict[int, int] = {}
    prev = nbytes = 0
    for c in sorted({i for span in pieces.values() for i in span}):
        nbytes += len(text[prev:c].encode("utf-8"))
        at[c], prev = nbytes, c
    return {key: [at[a], at[b]] for key, (a, b) in pieces.items()}


def _write_atomic(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    if isinstance(text, bytes):
        tmp.write_bytes(text)
    else:
        tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


_parts: dict[str, dict] = {}  # content key -> the article's readings grouped, kept by a resident process
