"""Stable, content-derived identifiers: the same input always yields the same IRI.

A rebuild is idempotent and a merge is a set union because nothing here depends on
file paths, run order, clocks or random numbers.
"""
from __future__ import annotations

import re
import unicodedata

ONTOLOGY = "https://w3id.org/kg/ontology#"
ID_BASE = "https://w3id.org/kg/id/"
WIKIDATA = "http://www.wikidata.org/entity/"


def valid_unicode(text: str) -> str:
    """Pair up surrogates a JSON file spelled as escapes ("\\ud83d\\ude00"); a lone one becomes U+FFFD."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def normalise_text(text: str) -> str:
    """The form of an article's text that its identity is computed from."""
    text = unicodedata.normalize("NFC", valid_unicode(text)).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def digest(*parts: object, size: int = 16) -> str:
    from hashlib import sha256  # here, not at the top: `kg query` imports this module and never hashes (~5 ms)

    h = sha256(valid_unicode("\x1f".join(str(p) for p in parts)).encode("utf-8"))
    return h.hexdigest()[:size]


def article_id(text: str) -> str:
    """Same text = same article, wherever and however often the file appears."""
    return digest(normalise_text(text), size=20)


def slug(label: str) -> str:
    """A readable IRI segment; non-Latin names fall back to a hash so no two collide."""
    ascii_ = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_.casefold()).strip("-")
    if not s or len(ascii_.strip()) < len(label.strip()) / 2:
        s = (s + "-" if s else "") + digest(label, size=10)
    return s


def entity_iri(label: str) -> str:
    return f"{ID_BASE}entity/{slug(label)}"


def article_iri(aid: str) -> str:
    return f"{ID_BASE}article/{aid}"


def assertion_iri(aid: str, s: str, p: str, o: str, subj_start: int, obj_start: int) -> str:
    return f"{ID_BASE}assertion/{digest(aid, s, p, o, subj_start, obj_start)}"


def fact_iri(s: str, p: str, o: str) -> str:
    return f"{ID_BASE}fact/{digest(s, p, o)}"


def wikidata_iri(qid: str) -> str:
    return WIKIDATA + qid
