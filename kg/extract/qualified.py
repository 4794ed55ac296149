"""A country read as a list's member when it only qualifies the name after it; the name a class noun goes by."""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as L
from .index import ORGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .index import DocIndex


def qualified_next(c: Token, idx: DocIndex) -> Token | None:
    """ "BlackRock, Microsoft and United Arab Emirates state-backed investor MGX are partnering": the parser made
    the country the last conjunct, but it and the lower-case words after it ("state-backed investor") describe the
    company named next; that company is the list's member. The company's head token, or None."""
    m = idx.mention(c, actor=False)
    if m is None or m.entity.type != "Country" or c.i not in idx.tok2m:
        return None
    doc, k = c.doc, idx.tok2m[c.i][0].end
    j = k
    while j < len(doc) and j - k < 5 and idx.mention(doc[j]) is None and (doc[j].is_lower or doc[j].text == "-"):
        j += 1
    if j == k or j >= len(doc) or j not in idx.tok2m or (n := idx.mention(doc[j], actor=False)) is None \
            or n.entity.type not in ORGS or not any(doc[i].pos_ == "NOUN" for i in range(k, j)):
        return None
    return idx.tok2m[j][0].root


def names_by(tok: Token, idx: DocIndex) -> list:
    """The name a class noun goes by: "a Beijing-based company known as Kestrel Group" (an "as" or a predicate after
    "known", "called", "named"); "the Kestrel spyware consortium" (one name before a body noun of
    L.NAMED_BODY_NOUNS after "the": the parser made it a modifier)."""
    out = [m for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("know", "call", "name")
           for p in c.children for q in ([p] if p.dep_ == "oprd" else [g for g in p.children if g.dep_ == "pobj"]
                                         if p.lower_ == "as" else []) if (m := idx.mention(q))]
    if not out and tok.lemma_.lower() in L.NAMED_BODY_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts):
        before = [m for c in tok.lefts if c.dep_ in ("compound", "nmod") and (m := idx.mention(c)) and m.entity.type in ORGS]
        out = before if len(before) == 1 else []
    return out


def listed_appositions(tok: Token, here, idx: DocIndex) -> list[Token]:
    """Names set off by commas hung on `tok` as appositions, and on those in turn: "by Mike Clark, Hayden Tennant and Lisa
    Humphries" (the second an apposition of the first, the third its conjunct); "The EU, UK, Japan, and Australia" (a body's
    list of states); "A S.A. in Greece, B Limited in Ireland, C AD in North Macedonia" (each an apposition of the one
    before)."""
    out, frontier = [], [tok] if here is not None else []
    while frontier and len(out) < 12:  # (or on the place of the name before: "A in Greece, B in Ireland", B on Greece)
        frontier = [a for t in frontier for a in (*t.children, *_places_in(t, idx)) if a.dep_ == "appos"
                    and (m := idx.mention(a, actor=False))
                    and (m.entity.type == here.entity.type or {m.entity.type, here.entity.type} <= {"GovernmentBody", "Country"}
                         and any(c.dep_ == "conj" for c in a.children)) and tok.doc[a.left_edge.i - 1].text == ","]
        out += frontier
    return out


def _places_in(tok: Token, idx: DocIndex) -> list[Token]:
    """What the parser hung on the place a name is said to be in ("A S.A. in Greece"): the words on "Greece"."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"
            and (pm := idx.mention(p, actor=False)) is not None and pm.entity.type in ("Country", "City", "Region")
            for g in p.children]
