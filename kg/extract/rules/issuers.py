"""Who issued a policy: the actor behind a rule, order or measure named as the subject (the body that announced
it, the filer of a legal filing, 'issued by', the issuer of an earlier sentence). Split from clause.py for size;
clause.py, penalties.py and federal.py use these."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from .. import lexicon as L
from ..index import ORGS, Arg, DocIndex
from ..syntax import (actor_of, args_of, dedupe, subject_tokens)


def _policy_actor(verb: Token, subj_toks: list, idx: DocIndex) -> list[Arg]:
    """The state behind a law that restricts: "a U.S. law that barred ..." (its modifier), or the
    government the sentence names before it ("sued the U.S. government, challenging a law that barred ...")."""
    heads = [verb.head if t.lower_ in ("that", "which") and verb.dep_ == "relcl" else t for t in subj_toks]
    h = verb
    while not heads and h.head.i != h.i and (h.dep_ in ("xcomp", "acl", "relcl") or _after_policy(h)
                                            or h.dep_ in ("pcomp", "prep") and h.head.lower_ in ("aimed", "at")):
        # ("controls aimed at curbing the flow of chips to China": through "aimed at")
        before = h.doc[h.i - 1] if _after_policy(h) else None
        h = h.head  # "the BIS Final Rule designed to restrict Huawei": the rule the clause hangs on
        if before is not None and before.lemma_.lower() in L.POLICY_NOUNS and before.i != h.i:
            heads = [before]  # the parser hung "designed to" on a noun further back; the rule is right before it
        elif h.pos_ in ("NOUN", "PROPN"):
            heads = [h]
    for h in heads:
        if h.lemma_.lower() not in L.POLICY_NOUNS:
            continue
        named = [a for c in h.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") for a in actor_of(c, idx)
                 if a.entity.type in ("Country", "GovernmentBody")] or _issued_by(h, idx)
        if named:
            return named
        before = [a for i, a in idx.history if h.sent.start <= i < h.i and a.entity.type in ("Country", "GovernmentBody")]
        if before:
            last = before[-1]
            return [Arg(last.entity, last.start, last.end, coref=True)]
        if any(c.dep_ == "det" and c.lower_ in ("these", "this", "those", "the", "such") for c in h.children) \
                and (issuer := _previous_issuer(h, idx)) is not None:
            return [Arg(issuer.entity, h.idx, h.idx + len(h.text), coref=True)]
        if speaker := _announcing_body(verb, idx):
            return speaker
    return []


LEGAL_FILINGS = frozenset({"complaint", "lawsuit", "suit", "indictment", "petition", "filing", "information"})


def _filer(subj_toks: list, idx: DocIndex) -> list[Arg]:
    """Who filed the complaint, lawsuit or indictment that is the clause's subject: its possessor or modifier
    ("The SEC's complaint", "the FTC complaint") or the agent of "filed"/"brought" on it ("The lawsuit, filed by
    the Justice Department and 16 states, accuses X")."""
    out: list[Arg] = []
    for t in subj_toks:
        if t.lemma_.lower() not in LEGAL_FILINGS:
            continue
        out += [a for c in t.lefts if c.dep_ in ("poss", "compound", "nmod") for a in actor_of(c, idx)]
        out += [a for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("file", "bring")
                for ag in c.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                for a in args_of(p, idx, role="subj")]
    return dedupe([a for a in out if a.entity.type in ORGS | {"Country", "GovernmentBody", "Person"}])


def _issued_by(noun: Token, idx: DocIndex) -> list[Arg]:
    """ "The new rules, issued by the Commerce Department on Monday, bar ...": the agent of a participle on the
    measure names its issuer."""
    hosts = [noun] + [p for c in noun.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    # ("The sanctions against Kestrel Labs, imposed by Treasury": the parser hangs the participle on the name)
    return [a for h in hosts for c in h.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
            and c.lemma_.lower() in IMPOSING for ag in c.children if ag.dep_ == "agent"
            for p in ag.children if p.dep_ == "pobj" for a in actor_of(p, idx)
            if a.entity.type in ("Country", "GovernmentBody")]


# the issuing verbs and the others that impose a measure (made once, not per token)
IMPOSING = frozenset(L.ISSUING_VERBS) | {"impose", "levy", "adopt", "introduce", "enact", "slap", "place", "announce",
                                         "issue", "unveil"}


def _announcing_body(verb: Token, idx: DocIndex) -> list[Arg]:
    """ "These rules restrict the PRC's ability to obtain chips, the Commerce Department said": a
    government body that says what its measure does speaks for the measure it issued."""
    top = verb
    while top.dep_ in ("ccomp", "conj") and top.head.i != top.i:
        top = top.head
    if top.i == verb.i or top.lemma_.lower() not in L.SAY_VERBS:
        return []
    return [a for t in subject_tokens(top) for a in args_of(t, idx, role="subj") if a.entity.type == "GovernmentBody"]


def _after_policy(h: Token) -> bool:
    """ "the BIS Final Rule designed to restrict": a participle right after a measure's name."""
    return h.dep_ in ("acl", "ccomp") and h.tag_ == "VBN" and h.i > 0 and h.doc[h.i - 1].lemma_.lower() in L.POLICY_NOUNS


def _previous_issuer(h: Token, idx: DocIndex) -> Arg | None:
    """ "BIS is implementing updates to its controls. These updates will restrict ...": the measure
    stands for the body the previous sentence says issued it (its subject, a state or a body)."""
    sent = h.sent
    if sent.start == 0:
        return None
    for t in idx.sent_tokens(h.doc[sent.start - 1].sent):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and (m := idx.mention(t)) is not None:
            return m if m.entity.type in ("Country", "GovernmentBody") else None
    return None
