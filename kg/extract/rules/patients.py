"""Who a penalty or measure falls on and what it gives: the patients of a sanction verb (through lists and
'including'), a nested agent, a party's status, the predicate a measure noun carries, and the licensees of a licence.
Split from penalties.py for size."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from .. import lexicon as L
from ..index import DocIndex
from ..syntax import (described)


def _nested_agent(by: Token, verb: Token) -> bool:
    """ "was designated for being owned or controlled by X": the agent of a verb inside the grounds, not the
    designation's."""
    return by.dep_ == "agent" and by.head.i != verb.i and by.head.pos_ == "VERB"


def _status(verb: Token) -> bool:
    """A status other than a listing given with the verb: "was designated a national champion"."""
    return any(c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.pos_ in ("NOUN", "PROPN")
               and not any(t.lemma_.lower() in L.LISTING_STATUS for t in c.subtree) for c in verb.children)


def _patients(verb: Token) -> list:
    """Who undergoes a passive: its subject, the name a relative clause or a participle hangs on."""
    # "Also designated today is Ardent Sea Holdings": inverted, the parser takes the name for an active subject
    subj = [c for v in (verb, *(a for a in verb.children if a.dep_ == "auxpass")) for c in v.children
            if c.dep_ == "nsubjpass" or c.dep_ in ("nsubj", "attr") and c.i > verb.i]  # ("... today were A and B")
    if subj:
        return [described(verb) if s.lower_ in L.RELATIVE and verb.dep_ == "relcl" else s for s in subj]
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "PROPN":
        return [verb.head]  # "Alpha Ltd., designated in 2022 for ..."
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.lemma_ == "be":
        return [c for c in head.head.head.children if c.dep_ == "nsubj"]  # "A and B were among the firms added"
    if verb.dep_ == "conj":  # "Alpha Ltd. was sanctioned in 2022 and designated again today"
        return [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return []


def _measure_pred(noun: Token, idx: DocIndex) -> str | None:
    """What a measure noun does: "sanctions", "a fine" sanction; "restrictions", "curbs" restrict;
    "restrictive measures", "a sanctions package", "a denial order" sanction."""
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PROPN" and lemma in L.MEASURE_NOUNS and ((m := idx.mention(noun)) is None
                                                              or m.entity.type == "Policy") and any(c.dep_ == "compound" and c.lemma_.lower() in L.PUNITIVE
                                                  for c in noun.lefts):
        return "sanctions"  # "issued a Temporary Denial Order against X": the order named as an instrument
    if noun.pos_ != "NOUN" or idx.mention(noun) is not None:
        return None
    if lemma in L.NOUNS and L.NOUNS[lemma][0] in ("sanctions", "restricts"):
        return L.NOUNS[lemma][0]
    if lemma in L.MEASURE_NOUNS and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in L.PUNITIVE
                                        for c in noun.lefts):
        return "sanctions"
    if lemma in L.MEASURE_NOUNS:  # "a new round of sanctions", "a package of export controls"
        return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children
                     if q.dep_ == "pobj" and (p := _measure_pred(q, idx)) is not None), None)
    return None


def _licensees(verb: Token, holders: list) -> list:
    """ "revoked licences for ASML to ship machines to China": the subject of "for X to do" after the licence."""
    if not holders:
        return []
    out = []
    for c in (*verb.children, *holders[0].children):
        if c.dep_ in ("advcl", "acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            out += [s for s in c.children if s.dep_ == "nsubj"]  # "for ASML to ship"
            out += [p for m in c.children if m.dep_ == "mark" and m.lower_ == "for" for p in m.children
                    if p.dep_ == "pobj"]  # the parser hung "Intel" on the "for"
        if c.dep_ == "prep" and c.lower_ == "for" and c.i < c.head.i + 2 and any(
                v.dep_ in ("advcl", "acl", "xcomp") and v.i > c.i for v in (*verb.children, *holders[0].children)):
            out += [p for p in c.children if p.dep_ == "pobj"]  # "licences for Orion Labs" before "to ship"
    return out
