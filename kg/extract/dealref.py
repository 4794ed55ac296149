"""A deal named again by a bare definite noun stands for the deal the text named just before it.

"Nvidia completed its acquisition of Mellanox in 2020. SAMR approved the deal ...": the body that approves, clears or
blocks "the deal" rules on the parties of the deal the previous sentence named (ONTOLOGY.md: regulates, "approve/clear
(a deal)"). A deal named earlier in the ruling's own sentence ("dropped its bid for X after the U.S. blocked the
deal") is left unread: it cost precision on a check half. Only a verb that rules on a deal reads the reference; "the deal" with a word of its own ("the deal with X", "the Kestrel
deal") is not a reference.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from . import lexicon as L
from .index import ORGS, Arg, DocIndex
from .tokens import dedupe, verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_DETS = ("the", "that", "this")
_OWN = ("prep", "poss", "compound", "appos", "acl", "relcl", "amod", "nmod", "conj")
_BUYING = ("acquire", "buy", "purchase")
_ITS_OWN = ("between", "for", "of", "to", "with")


def referred_deal(tok: Token) -> bool:
    """ "the deal", "the transaction", "that merger": a deal noun with nothing of its own but its determiner."""
    return (tok.lemma_.lower() in L.DEAL_REFS and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in _DETS for c in tok.children)
            and not any(c.dep_ in _OWN for c in tok.children))


def ruled_deal(tok: Token) -> bool:
    """A referred deal that a ruling verb governs ("blocked the deal", "the deal was approved"), with no party of
    its own ("blocked the deal with Vega": the parser hung the deal's own words on the verb)."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (referred_deal(tok) and tok.dep_ in ("dobj", "nsubjpass")
            and verb_lemma(tok.head) in L.DEAL_RULINGS
            and not (after is not None and after.dep_ == "prep" and after.lower_ in _ITS_OWN
                     and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in after.children)))


def deal_parties(tok: Token, idx: DocIndex, exclude: set[str], arg: Callable[..., list[Arg]]) -> list[Arg]:
    """The parties of the deal a ruled "the deal" refers to: the last deal of the sentence before whose parties are
    named (a deal noun's possessor and complements, or a buying verb's subject and
    object). arg reads one syntactic argument (syntax._arg)."""
    if not ruled_deal(tok):
        return []
    doc, sent = tok.doc, tok.sent
    if sent.start == 0:
        return []
    # (the sentence before only: a deal named earlier in the ruling's own sentence gave two false facts on
    # news-fresh2's check half, counted only; that shape stays unread)
    for t in reversed(doc[doc[sent.start - 1].sent.start:sent.start]):
        found = _parties_of(t, idx, exclude, arg)
        if found:
            return [Arg(a.entity, tok.idx, tok.idx + len(tok.text), coref=True, indirect=True) for a in found]
    return []


def _parties_of(t: Token, idx: DocIndex, exclude: set[str], arg: Callable[..., list[Arg]]) -> list[Arg]:
    lemma = t.lemma_.lower()
    if t.pos_ == "NOUN" and (lemma in L.TAKEOVER_NOUNS or lemma in L.DEAL_REFS) and not referred_deal(t):
        named = [a for a in arg(t, idx, role="obj", exclude=exclude) if a.entity.type in ORGS]
        owners = [a for c in t.lefts if c.dep_ == "poss" and idx.mention(c) is None
                  for a in arg(c, idx, role="obj", exclude=exclude) if a.entity.type in ORGS]  # "its bid for X"
        if not owners and t.dep_ == "dobj":  # "Orvane made a bid for Kestrel": the one who made it
            owners = [a for c in t.head.children if c.dep_ == "nsubj"
                      for a in arg(c, idx, role="subj", exclude=exclude) if a.entity.type == "Company"]
        found = dedupe(owners + named)
        return found if any(a.entity.type == "Company" for a in found) else []
    if t.pos_ == "VERB" and verb_lemma(t) in _BUYING:  # "Orvane agreed to buy Kestrel": buyer and bought
        subj = [a for c in t.children if c.dep_ == "nsubj" for a in arg(c, idx, role="subj", exclude=exclude)]
        if not subj and t.dep_ == "xcomp":
            subj = [a for c in t.head.children if c.dep_ == "nsubj" for a in arg(c, idx, role="subj", exclude=exclude)]
        obj = [a for c in t.children if c.dep_ == "dobj" for a in arg(c, idx, role="obj", exclude=exclude)]
        found = dedupe([a for a in subj + obj if a.entity.type == "Company"])
        return found if subj and obj and len(found) >= 2 else []
    return []


def deal_by(tok: Token, idx: DocIndex) -> list[Arg]:
    """ "blocked the takeover of Kestrel by Orvane", "the purchase of X by Y": the buyer named after "by", on the deal
    noun or (the parser's habit) on the active verb whose object the deal is."""
    on = [tok]
    if tok.dep_ == "dobj" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children):
        on.append(tok.head)
    return [Arg(m.entity, m.start, m.end, indirect=True) for h in on for p in h.children
            if p.dep_ in ("prep", "agent") and p.lower_ == "by" and p.i > tok.i for o in p.children
            if o.dep_ == "pobj" and (m := idx.mention(o)) is not None and m.entity.type in ORGS]

