"""Syndicated copies: the same wire story published by several outlets.

Outlets rewrite the headline, add a byline or a dateline, trim a paragraph; the text is no longer
identical, so its hash differs, but the story is one witness, not five. Each article's word
shingles are summarised by a MinHash and indexed with locality-sensitive hashing (datasketch):
an article whose estimated Jaccard similarity to an earlier one reaches THRESHOLD is a copy of
it. The first article of a story (in the corpus's stable file order) is its original; copies
point to it (kg:copyOf), keep their own graph as provenance, and count once as support.

Memory: per original article, its signature (NUM_PERM 32-bit values) and one entry per LSH band
(about 1 KB in all), never its text.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..models import Article

THRESHOLD = 0.7  # the test story: byline 0.98, dateline 0.98, a word changed 0.94, last of five paragraphs cut 0.81
NUM_PERM = 64  # 64 hashes estimate a Jaccard of 0.7 within about +-0.06: enough to tell a copy from a story
SHINGLE = 3  # words
MIN_WORDS = 40  # shorter texts share too many phrases by chance to be called copies


def shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.casefold())
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(max(0, len(words) - SHINGLE + 1))}


FROM_TEXT = object()  # original_of: no sketch given, make it from the article's text


class CopyFinder:
    """Streaming: each article is compared with those seen before it, then remembered.

    The index is LSH by bands, as datasketch's MinHashLSH builds it (BANDS bands of ROWS hash
    values; two signatures are candidates when one band is equal), kept compactly: the originals'
    signatures in one byte array, and per band a dict from the band's hash to the original's
    number. At 10,000 articles datasketch's own index held about 3 KB an article (a set and a
    bytes key per band); this one about 1 KB. A candidate's band is compared in full before
    it counts, so a hash collision cannot make a copy, and candidates are then filtered by
    estimated similarity, as before."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.bands, self.rows = _bands_rows(threshold)
        self.index: list[dict[int, int | tuple[int, ...]]] = [{} for _ in range(self.bands)]
        self.sigs = bytearray()  # NUM_PERM uint32 values per original, in reading order
        self.ids: list[str] = []  # the originals, in reading order
        self.original: dict[str, int] = {}  # article id -> the number of its story's first article

    def signature(self, text: str):
        """The article's MinHash values (below 2**32) as NUM_PERM uint32."""
        return signature(text)

    def similarity(self, sig, k: int) -> float:
        """Estimated Jaccard similarity: the share of hash positions where the two signatures agree."""
        import numpy as np

        other = np.frombuffer(self.sigs[4 * NUM_PERM * k:4 * NUM_PERM * (k + 1)], dtype="uint32")  # a copy:
        # a view would pin the byte array, which then cannot grow
        return float(np.count_nonzero(sig == other)) / NUM_PERM

    def original_of(self, art: Article, sig=FROM_TEXT) -> str | None:
        """The id of the earlier article this one copies, or None (then it is remembered as an original).
        `sig`: the article's sketch (see `sketch`) when it is known already, as a rebuild keeps it."""
        if art.id in self.original:
            first = self.ids[self.original[art.id]]
            return first if first != art.id else None
        if sig is FROM_TEXT:
            sig = sketch(art.text)
        if sig is None:
            return None
        raw = sig.tobytes()  # (uint32) the bands cut from its bytes: a numpy slice each cost more
        width = 4 * self.rows
        bands = [raw[i * width:(i + 1) * width] for i in range(self.bands)]
        cands: set[int] = set()
        for i, band in enumerate(bands):
            hit = self.index[i].get(hash(band))
            for k in (hit,) if isinstance(hit, int) else hit or ():
                at = 4 * (NUM_PERM * k + i * self.rows)
                if k not in cands and self.sigs[at:at + 4 * self.rows] == band:
                    cands.add(k)
        near = [k for k in cands if self.similarity(sig, k) >= self.threshold]
        if near:
            self.original[art.id] = min(near)  # numbered in reading order: the story's first article
            return self.ids[min(near)]
        k = len(self.ids)
        for i, band in enumerate(bands):
            h = hash(band)
            old = self.index[i].get(h)
            self.index[i][h] = k if old is None else (*((old,) if isinstance(old, int) else old), k)
        self.sigs += raw
        self.ids.append(art.id)
        self.original[art.id] = k
        return None

    def mark(self, art: Article, sig=FROM_TEXT) -> Article:
        """The article, with copy_of set when it repeats an earlier story (`sig`: as for original_of)."""
        first = self.original_of(art, sig)
        return replace(art, copy_of=first) if first and first != art.id else art


# datasketch's choice of LSH bands and rows (its _optimal_param, weights 0.5 and 0.5) for the
# threshold a build uses; asking datasketch imports scipy, most of a second of a small rebuild
BANDS_ROWS = {(THRESHOLD, NUM_PERM): (8, 8)}
_empty = []  # the permutations, drawn once (drawing them per article cost a third of reading)


def _bands_rows(threshold: float) -> tuple[int, int]:
    known = BANDS_ROWS.get((threshold, NUM_PERM))
    if known:
        return known
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, NUM_PERM, 0.5, 0.5)


def signature(text: str):
    """A text's MinHash values as NUM_PERM uint32: for each of NUM_PERM hash functions, the least
    value it gives any of the text's shingles. The functions are those of datasketch's MinHash
    (2.x, its default "affine32" scheme, seed 1): a shingle's hash is the first four bytes of its
    SHA-1, little-endian, mixed by MurmurHash3's 32-bit finalizer, then mapped by a*h + b modulo
    2**32 with odd a. Computed here with numpy alone: importing datasketch imports scipy, most of
    a second of a small rebuild; tests/test_syndication_sketch.py holds the values equal."""
    import hashlib

    import numpy as np

    a, b = _permutations()
    if not (found := shingles(text)):
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    h = np.frombuffer(b"".join(hashlib.sha1(s).digest()[:4] for s in found), dtype="<u4").astype(np.uint32)
    h ^= h >> np.uint32(16)  # the finalizer spreads near-equal hashes before the affine maps
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return (h[:, None] * a + b).min(axis=0)  # uint32 arithmetic: the wrap-around is the modulo


def _permutations():
    """The NUM_PERM maps' (a, b), drawn as datasketch draws them for seed 1: a then b, from
    numpy's legacy generator (whose stream numpy keeps fixed across versions)."""
    if not _empty:
        import numpy as np

        gen = np.random.RandomState(1)
        a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
        _empty.append((a, b))
    return _empty[0]


def sketch(text: str):
    """What syndication needs of an article's text: its signature, or None when the text is too
    short to be called a copy."""
    return signature(text) if len(re.findall(r"\w+", text)) >= MIN_WORDS else None
