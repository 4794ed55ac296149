"""The gazetteer's entity-ruler patterns, tokenized once and cached on disk (issue 13).

Adding the gazetteer's ~11,000 names to the entity ruler was 1.2-1.6 CPU-s of every build that
loads the whole pipeline (a first build, a rebuild of more than a few articles, `kg watch`,
`kg extract`): each name made into a Doc by the pipeline's tokenizer (kg's headline wrapper
around spaCy's), each Doc's words made lexemes, then each Doc added to the phrase matcher. The
matcher keeps only the words' ids (ORTH); the Docs are kept by the ruler for its `patterns`.
Here the words of each name, as the pipeline's own tokenizer gave them, are stored once; later
loads give the phrase matcher those ids directly (the same ids, the same keys, in the same
order, which spaCy's PhraseMatcher.add takes in place of Docs) and the ruler a stand-in for each
Doc that has the Doc's text (all its `patterns`, `len`, `labels`, `ent_ids` and serialisation
read). So the ruler tags exactly the names it tagged (tests/test_rulercache.py compares the two
rulers and their entities), for 0.4-0.6 CPU-s instead of 1.2-1.4.

The cache is never trusted blindly. Its key is the digest of everything the tokens depend on:
kg's and spaCy's versions, Python's and Unicode's, the pipeline's name and version and its
stored tokenizer's bytes, kg's tokenizer code (nlp.py, headlines.py: the headline wrapper asks
the gazetteer which words are names), the patterns themselves and the gazetteer's index and
demonyms. A file with another key, a wrong digest, cut short, of another shape, or whose words
do not span each name, is ignored and written anew after the ruler is filled the stock way. It
lives beside the gazetteer's cache (kg/gazcache.py: $KG_CACHE_DIR, else $XDG_CACHE_HOME/kg, else
~/.cache/kg; KG_CACHE_DIR set to the empty string turns both off), one file per pipeline and
gazetteer files, so an edited gazetteer overwrites its own. Failing to write it only costs the
time it would have saved.
"""
from __future__ import annotations

import hashlib
import marshal
import sys
import unicodedata
from pathlib import Path

from .gazcache import cache_dir, read_framed, write_framed

MAGIC = b"kg-ruler-cache 1\n"
_CODE = ("nlp.py", "headlines.py")  # kg's tokenizer: what decides a name's words, beside spaCy and the pipeline


class CachedPattern(str):
    """A pattern's text, where the ruler kept the pattern's Doc: what the ruler reads of it."""

    __slots__ = ()

    @property
    def text(self) -> str:
        return str(self)


def fill(nlp, ruler, gaz, patterns: list[dict], name: str) -> None:
    """Add `patterns` (all the gazetteer's, with labels and ids) to the empty `ruler` of `nlp`:
    from the cache when it holds this very pipeline's words for them, else the stock way
    (ruler.add_patterns), writing the cache for the next load. `name` tells one cache file from
    another (the pipeline and the gazetteer files)."""
    folder = cache_dir()
    if folder is None or not _fits(ruler) or len(ruler):
        _stock(nlp, ruler, patterns)
        return
    path = folder / f"ruler-{hashlib.sha256(name.encode()).hexdigest()[:16]}.marshal"
    digest = key(nlp, gaz, patterns)
    words = read(path, digest, patterns)
    if words is not None:
        _cached(ruler, patterns, words)
        return
    _stock(nlp, ruler, patterns)
    write(path, digest, _words_of(ruler, patterns))


def _stock(nlp, ruler, patterns: list[dict]) -> None:
    with nlp.select_pipes(enable=[n for n, p in nlp.pipeline if p is ruler]):  # patterns match on ORTH: only
        ruler.add_patterns(patterns)  # the tokenizer needs to read them


def _fits(ruler) -> bool:
    """The ruler is spaCy's EntityRuler as this module knows it (else: the stock way)."""
    try:
        from spacy.matcher import PhraseMatcher
        from spacy.pipeline import EntityRuler
    except ImportError:
        return False
    return (type(ruler) is EntityRuler and type(getattr(ruler, "phrase_matcher", None)) is PhraseMatcher
            and isinstance(getattr(ruler, "phrase_patterns", None), dict)
            and isinstance(getattr(ruler, "_ent_ids", None), dict) and hasattr(ruler, "_create_label")
            and hasattr(getattr(ruler, "matcher", None), "_normalize_key"))


def _cached(ruler, patterns: list[dict], words: list) -> None:
    """What EntityRuler.add_patterns does with phrase patterns, with each Doc's words given."""
    strings = ruler.nlp.vocab.strings
    ids = [[strings.add(w) for w in toks] for toks, _ in words]  # the Docs' words first, as the stock way
    for entry, (toks, spaces), orths in zip(patterns, words, ids):
        label = entry["label"]
        if entry.get("id"):
            ent_label, label = label, ruler._create_label(label, entry["id"])
            ruler._ent_ids[ruler.matcher._normalize_key(label)] = (ent_label, entry["id"])
        text = "".join(w + " " * s for w, s in zip(toks, spaces))
        ruler.phrase_patterns[label].append(CachedPattern(text))
        ruler.phrase_matcher.add(label, [orths])


def _words_of(ruler, patterns: list[dict]) -> list:
    """Each pattern's words and spaces as the stock way made its Doc (the ruler was empty)."""
    seen: dict[str, int] = {}
    out = []
    for entry in patterns:
        label = ruler._create_label(entry["label"], entry["id"]) if entry.get("id") else entry["label"]
        k = seen.get(label, 0)
        seen[label] = k + 1
        doc = ruler.phrase_patterns[label][k]
        out.append((tuple(t.text for t in doc), bytes(bool(t.whitespace_) for t in doc)))
    return out


def key(nlp, gaz, patterns: list[dict]) -> bytes:
    """The digest of everything a name's words depend on (the module's docstring)."""
    import spacy

    from . import __version__

    h = hashlib.sha256()
    meta = getattr(nlp, "meta", {}) or {}
    for part in (__version__, sys.version, unicodedata.unidata_version, str(marshal.version), spacy.__version__,
                 repr((meta.get("lang"), meta.get("name"), meta.get("version")))):
        h.update(part.encode() + b"\0")
    here = Path(__file__).resolve().parent
    home = getattr(nlp, "_path", None)  # where the pipeline was loaded from (None: made in code)
    for p in (*(here / name for name in _CODE), Path(home) / "tokenizer" if home else None):
        try:
            data = p.read_bytes() if p is not None else b"-"
        except OSError:
            data = b"-"
        h.update(len(data).to_bytes(8, "big") + data)
    for part in (repr([(p["label"], p["pattern"], p.get("id")) for p in patterns]),
                 repr(sorted(gaz.index.items())), repr(sorted(gaz.demonyms.items())), repr(sorted(gaz.shared.items())),
                 repr(list(gaz.entries))):
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "big") + data)
    return h.digest()


def read(path: Path, digest: bytes, patterns: list[dict]) -> list | None:
    """The cached words and spaces of each pattern, or None (absent, stale or damaged)."""
    words = read_framed(path, MAGIC, digest)
    if not isinstance(words, list) or len(words) != len(patterns):
        return None
    for entry, item in zip(patterns, words):  # each name's words and spaces span it, offsets kept
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], tuple)
                and isinstance(item[1], bytes) and len(item[0]) == len(item[1]) and item[0]
                and all(isinstance(w, str) and w for w in item[0])
                and sum(map(len, item[0])) + sum(item[1]) == len(entry["pattern"])):
            return None
    return words


def write(path: Path, digest: bytes, words: list) -> None:
    """Store the words atomically (a temporary file renamed over the old one); errors are ignored."""
    write_framed(path, MAGIC, digest, words, ".ruler-")