"""A state's body named by its remit after a pronoun: "Malaysia said its trade ministry would require
permits", "the country's data watchdog". The possessor is the one state the sentence names before it;
the body is the gazetteer's entry for that state's description ("Malaysia's trade ministry")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as L

if TYPE_CHECKING:
    from .index import DocIndex

BODY_HEADS = {"ministry", "regulator", "watchdog", "agency", "department", "office", "commission", "authority"}


def _possessor(doc, i: int) -> int | None:
    """The token index a description starting at i is possessed by, where that is "its" or "the country's"."""
    if i > 0 and doc[i - 1].lower_ == "its" and doc[i - 1].dep_ == "poss":
        return i - 1
    if i > 2 and doc[i - 1].dep_ == "case" and doc[i - 2].lower_ in ("country", "nation") \
            and doc[i - 3].lower_ == "the":
        return i - 3
    return None


def _the_state(doc, spans: list, start: int):
    """The one state the sentence names before `start`, where it names no other entity there; for "the
    country's", the one state of the sentence before where this one names none."""
    sent = doc[start].sent
    before = {res.entity.iri: res.entity for ent, res in spans if sent.start <= ent.start and ent.end <= start}
    if not before and doc[start].lower_ == "the" and sent.start > 0:
        last = doc[sent.start - 1].sent
        before = {res.entity.iri: res.entity for ent, res in spans
                  if last.start <= ent.start and ent.end <= last.end and res.entity.type == "Country"}
    if len(before) != 1:
        return None
    (entity,) = before.values()
    return entity if entity.type == "Country" else None


def owned_bodies(doc, idx: "DocIndex", spans: list, covered: set[int]) -> list:
    out = []
    for tok in idx.tokens or doc:
        if tok.i in covered or not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower) \
                or tok.lower_ not in BODY_HEADS:
            continue
        i = tok.i
        while i > 0 and doc[i - 1].i not in covered and doc[i - 1].head.i in range(i, tok.i + 1) and (
                doc[i - 1].pos_ in ("ADJ", "NOUN", "PROPN") and doc[i - 1].dep_ in ("amod", "compound", "nmod")):
            i -= 1
        if i == tok.i or (p := _possessor(doc, i)) is None or (state := _the_state(doc, spans, p)) is None:
            continue
        desc = doc[i: tok.i + 1].text
        entry = idx.gaz.lookup(f"{state.label}'s {desc}")
        if entry is not None and entry.type == "GovernmentBody" and desc.lower() not in L.GOV_NOUNS:
            out.append((doc[p: tok.i + 1], idx.resolver.from_entry(entry)))
    return out
