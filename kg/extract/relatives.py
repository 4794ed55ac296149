"""Who "whose" stands for: the name a relative clause describes. "Mistral AI, whose backers include Microsoft"
(Mistral AI's backers), "Orvane, a startup whose investors include Kestrel" (through the apposition the clause hangs
on), and "Samsung, whose foundry makes chips for Qualcomm" (the company acts through its own unit)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as L
from .index import ORGS, Arg, DocIndex

if TYPE_CHECKING:
    from spacy.tokens import Token


def _described(relcl: Token, idx: DocIndex):
    """The mention a relative clause describes: the noun it hangs on, or the name that noun stands beside."""
    head = relcl.head
    m = idx.mention(head)
    if m is None and head.dep_ == "appos" and head.pos_ == "NOUN":
        m = idx.mention(head.head)
    return m


def whose_owner(tok: Token, idx: DocIndex, exclude: set[str]) -> Arg | None:
    """The organisation "whose" (tok) stands for, or the one acting through "whose foundry" (tok the relative
    clause's subject noun); None when tok is neither or the clause describes no named organisation."""
    if tok.lower_ == "whose" and tok.dep_ == "poss":
        clause = tok.head
        while clause.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "prep") and clause.head.i != clause.i:
            clause = clause.head
    elif tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" \
            and tok.lemma_.lower() in L.ORG_ANAPHORS | L.PART_NOUNS \
            and any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        clause = tok.head  # "Samsung, whose foundry makes chips for Qualcomm": Samsung's
    else:
        return None
    if clause.dep_ != "relcl" or (m := _described(clause, idx)) is None:
        return None
    if m.entity.type not in ORGS or m.entity.iri in exclude:
        return None
    return Arg(m.entity, tok.idx, tok.idx + len(tok.text), coref=True)
