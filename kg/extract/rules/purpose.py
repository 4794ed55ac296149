"""Restriction as purpose: "to keep advanced chips out of China", "committed to preventing sensitive
technology from falling into the hands of adversaries, including Russia and Iran", "aims to deny
China access to chips".

Official texts state what a body does by what it keeps from whom. The verb of keeping (keep,
prevent, deny) has the body as its subject, through control ("acted to keep"), or as the possessor
of the commitment or effort the verb completes ("the Justice Department's commitment to
preventing"); what is kept out names the restricted: "out of China", "from reaching China", "into
the hands of X" (X, or the named members of a class: "adversaries, including Russia"), "deny China
access". A stated purpose is the body's act (the aim is the policy), so "aims to" or "designed to"
does not weaken it; negation, modals and conditions still do.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe, is_passive, modality, subject_tokens, verb_lemma
from .issuers import _policy_actor
from .listers import _said_by_body

KEEP_OUT = define("purpose:keep-out", preds=("restricts",), conf=0.75,
                  example="The department acted to keep advanced chips out of China.")

ACTORS = {"GovernmentBody", "Country"} | ORGS
TARGETS = {"Country", "GovernmentBody"} | ORGS
# what reaching a place is called after "from": "from reaching", "from falling into", "from flowing to"
ARRIVAL_PREPS = ("into", "to", "in")


@matcher(KEEP_OUT, words=L.KEEPING_VERBS)
def keep_out(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Keeping goods away from someone, as what a body does or sets out to do, restricts them."""
    for verb in idx.sent_tokens(sent):
        lemma = verb_lemma(verb)
        if verb.pos_ != "VERB" or lemma not in L.KEEPING_VERBS:
            continue
        targets = _denied(verb, idx) if lemma == "deny" else _kept_from(verb, idx)
        if not targets:
            continue
        actors = [a for a in _actors(verb, idx) if a.entity.type in ACTORS]
        exclude = {a.entity.iri for a in actors}
        targets = [t for t in dedupe(targets) if t.entity.iri not in exclude]
        yield from KEEP_OUT.pairs(dedupe(actors), targets, "restricts", _purpose_asserted(verb), (verb.idx,))


def _denied(verb: Token, idx: DocIndex) -> list[Arg]:
    """ "deny China access to chips": the one denied access or the ability."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in ("access", "ability") for c in verb.children):
        return []
    return [a for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"
            for a in args_of(c, idx, role="obj") if a.entity.type in TARGETS]


def _kept_from(verb: Token, idx: DocIndex) -> list[Arg]:
    """ "out of China"; "from reaching China", "from falling into the hands of X"."""
    ends = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "out":
            ends += [p for of in prep.children if of.dep_ == "prep" and of.lower_ == "of"
                     for p in of.children if p.dep_ == "pobj"]
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for g in prep.children:
                if g.dep_ == "pcomp" and verb_lemma(g) in L.OBTAINING_VERBS:
                    # "from being acquired by China's military"; "prevent Huawei from obtaining chips"
                    ends += [p for c in g.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] \
                        if is_passive(g) else [c for c in verb.children if c.dep_ == "dobj"]
                if g.dep_ != "pcomp" or verb_lemma(g) not in L.ARRIVING_VERBS:
                    continue
                ends += [c for c in g.children if c.dep_ == "dobj"]  # "from reaching China"
                ends += [p for c in g.children if c.dep_ == "prep" and c.lower_ in ARRIVAL_PREPS
                         for p in c.children if p.dep_ == "pobj"]
    out = []
    for e in ends:
        holders = [e]
        if e.lemma_.lower() == "hand":  # "into the hands of X"; the parser may hang "including" on "hands"
            e = next((p for c in e.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
            if e is None:
                continue
            holders.append(e)
        out += [a for a in args_of(e, idx, role="obj") if a.entity.type in TARGETS]
        if not idx.mention(e) and e.tag_ == "NNS":  # "adversaries, including Russia, China, and Iran"
            out += [a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("including", "like", "as")
                    for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")
                    if a.entity.type in TARGETS]
    return out


def _actors(verb: Token, idx: DocIndex) -> list[Arg]:
    """The subject (through control), else the possessor of the commitment or effort the verb completes
    ("the Justice Department's commitment to preventing"), else the body behind a measure."""
    toks = subject_tokens(verb)
    subj = [a for t in toks for a in args_of(t, idx, role="subj")]
    if subj:
        return subj
    if any(t.lower_ == "we" for t in toks) and (body := _said_by_body(verb.sent, idx)) is not None:
        return [body]  # "“... we prevent ...,” said Jane Doe, Under Secretary for the Bureau": the speaker's body
    head = verb.head
    if verb.dep_ in ("pcomp", "xcomp", "acl") and head.dep_ == "prep":
        head = head.head
    if head.pos_ == "NOUN":
        owners = [m for c in head.children if c.dep_ == "poss" and (m := idx.mention(c)) is not None]
        if owners:
            return owners
    return _policy_actor(verb, toks, idx)


def _purpose_asserted(verb: Token) -> bool:
    """Asserted unless negated, modal or conditional; a head of intent ("aims to", "seeks to") is the
    body's stated policy and is read through."""
    asserted, why = modality(verb)
    if asserted or why != "speculative":
        return asserted
    tok = verb.head
    while tok.head.i != tok.i and tok.lemma_.lower() not in L.SPECULATIVE:
        tok = tok.head
    return tok.lemma_.lower() in L.PURPOSE_HEADS and modality(tok)[0]
