"""Whose leadership: "your leadership of the Bureau", said to the person a speech addresses, and
"Estevez's leadership of the Bureau", say that the person leads the body (ONTOLOGY.md, titles: a
title and surname addressed gives the body the passage names)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

from .. import lexicon as L
from ..index import ORGS, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, modality, subject_tokens

LEADERSHIP = define("role:leadership", preds=("leads",), conf=0.7,
                    example="Thank you, Secretary Lee, for your leadership of the Commerce Department.")
BODIES = ORGS | {"GovernmentBody"}


@matcher(LEADERSHIP, words=L.LEAD_NOUNS)
def leadership(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "your leadership of X" (said to the person addressed), "Raman's stewardship of X": the
    possessor leads the body named after "of"; "under the leadership of" names no possessor."""
    for tok in idx.sent_tokens(sent):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in L.LEAD_NOUNS:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            continue  # "under the leadership of X" says who leads, not that someone named leads X
        if owner.lower_ in ("your", "yours"):
            who = idx.addressee(sent)
        else:
            who = idx.mention(owner)
            who = who if who is not None and who.entity.type == "Person" else None
        if who is None:
            continue
        bodies = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"
                  for a in args_of(o, idx, role="obj") if a.entity.type in BODIES]
        yield from LEADERSHIP.pairs([who], bodies, "leads", True, (tok.idx,))


UNDER = define("role:under-leadership", preds=("leads",), conf=0.7,
               example="Kestrel Labs has grown under the leadership of Ann Wu.")


@matcher(UNDER)
def under_leadership(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Kestrel Labs has grown under the leadership of Ann Wu", "Under the leadership of Ann Wu, Kestrel grew": the
    person the leadership is "of" leads the body the clause is about (its subject), or the named body "under" hangs
    on ("Kestrel, under the leadership of Ann Wu, ...")."""
    for tok in idx.sent_tokens(sent):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in L.LEAD_NOUNS or tok.dep_ != "pobj" \
                or tok.head.lower_ != "under" or any(c.dep_ == "poss" for c in tok.children):
            continue
        people = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" for a in args_of(o, idx, role="obj") if a.entity.type == "Person"]
        host = tok.head.head
        if not people:
            continue
        if (m := idx.mention(host)) is not None:
            bodies = [m]
        elif host.pos_ in ("VERB", "AUX"):
            bodies = [a for t in subject_tokens(host) for a in args_of(t, idx, role="subj")]
        else:
            bodies = []
        bodies = [b for b in bodies if b.entity.type in BODIES | {"Country"}]
        yield from UNDER.pairs(people, bodies, "leads", modality(host)[0] if host.pos_ in ("VERB", "AUX") else True,
                               (tok.idx,))
