"""The merged view's lines (graph.ttl), counted between builds (issue 13: a one-article change).

graph.ttl is the union of every graph's "plain" piece (kg/exportcache.py): each article's core
facts as N-Triples lines. At 2,000 articles that union is ~1,000 distinct lines out of 2 MB of
pieces, and a one-article rebuild decoded all 2,000 pieces to make it again (0.05-0.1 CPU-s).
Here a build keeps, per line, how many of the article graphs' pieces hold it, and the content keys
of the articles counted. A rebuild subtracts the lines of the articles that are gone (their pieces
are still in the last pack) and adds those of the new ones; the unchanged articles' pieces are
only kept live in the pack, undecoded. The derived graphs (entities, merged facts, review,
ontology) have no content key and are read at every build, as before.

The file holds a SHA-256 of its bytes and names the code it was made with; a file that fails
either, or a gone article's piece missing from the pack, makes the union from every piece, as
a first build does, and writes the file anew.
"""
from __future__ import annotations

import hashlib
import marshal
import os
from collections import Counter
from pathlib import Path

FILENAME = "merged-view-lines.marshal"
MAGIC = b"kg merged view lines 1\n"
FEW = 8  # above one article in FEW added or removed, the lines are counted from every piece


def _code() -> str:
    here = Path(__file__).parent
    h = hashlib.sha256()
    for name in ("mergedlines.py", "exportcache.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def load(cache: Path) -> dict | None:
    try:
        data = (cache / FILENAME).read_bytes()
        body = data[len(MAGIC) + 32:]
        if not data.startswith(MAGIC) or hashlib.sha256(body).digest() != data[len(MAGIC):len(MAGIC) + 32]:
            return None
        state = marshal.loads(body)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(state, dict) or state.get("code") != _code() or not isinstance(state.get("keys"), list) \
            or not isinstance(state.get("counts"), dict):
        return None
    return state


def save(cache: Path, state: dict) -> None:
    body = marshal.dumps(state, 4)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f"{FILENAME}.{os.getpid()}.tmp"
    tmp.write_bytes(MAGIC + hashlib.sha256(body).digest() + body)
    tmp.replace(cache / FILENAME)


def lines(pieces) -> set[str] | None:
    """Every distinct line of every graph's plain piece, as the union of all pieces gives it;
    None where the pieces have no cache or an article graph no content key (then the caller
    takes the union itself)."""
    import pyoxigraph as ox

    from .exportwrite import ARTICLE

    if pieces.cache is None:
        return None
    articles, others = [], []
    for g in pieces.graphs():
        (articles if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE) else others).append(g)
    keyed = [(g, pieces.keys.get(g.value)) for g in articles]
    if any(key is None for _, key in keyed):
        return None
    state = load(pieces.cache)
    counts = _updated(pieces, state, keyed) if state is not None else None
    if counts is None:
        counts = Counter()
        for g, _ in keyed:
            counts.update(pieces.piece(g, "plain").splitlines())
    save(pieces.cache, {"code": _code(), "keys": sorted(key for _, key in keyed), "counts": dict(counts)})
    out = set(counts)
    for g in others:
        out.update(pieces.piece(g, "plain").splitlines())
    return out


def _updated(pieces, state: dict, keyed: list) -> Counter | None:
    """The kept counts with the gone articles' lines taken out and the new ones' put in; None
    when they cannot be (many changes, a gone article's piece not in the pack)."""
    was = set(state["keys"])
    now = {key for _, key in keyed}
    gone, added = was - now, [(g, key) for g, key in keyed if key not in was]
    if (len(gone) + len(added)) * FEW > len(keyed) and len(gone) + len(added) > 1:
        return None
    old = []
    for key in sorted(gone):
        text = pieces._cached(key, "plain")
        if text is None:
            return None
        old.append(text)
    counts = Counter(state["counts"])
    for text in old:
        counts.subtract(text.splitlines())
    for g, _ in added:
        counts.update(pieces.piece(g, "plain").splitlines())
    # the unchanged articles' pieces kept live in the pack, undecoded (those not there made again)
    absent = set(pieces.reuse_all([key for _, key in keyed if key in was], "plain"))
    for g, key in keyed:
        if key in absent:
            pieces.piece(g, "plain")
    if any(n < 0 for n in counts.values()):
        return None
    return +counts  # (lines no piece holds any more dropped)
