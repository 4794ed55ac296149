"""A founding told in a participle phrase that opens the sentence: "Created in 1899 by engineers Paul Gerard and
Louis Maret, Verano has become the largest builder in Europe." The parser often hangs the name after the comma on
the last founder as its apposition, so the clause's subject is lost; the name right after the phrase's comma is the
body founded (web text, KnowledgeNet's tuning folds, opens company histories this way)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

from ..index import ORGS, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe

FRONTED_FOUNDING = define("clause:fronted-founding", preds=("founded",), conf=0.8,
                          example="Created in 1899 by Paul Gerard and Louis Maret, Verano has become a large builder.")
FOUNDING_PARTICIPLES = {"founded", "co-founded", "cofounded", "established", "created", "formed", "started"}


@matcher(FRONTED_FOUNDING)
def fronted_founding(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Founded in 1998 by Ann Wu, Orvane Labs ...", read when the parser made the name an apposition of the
    founder's (clause:verb reads the phrase when the name is the clause's subject)."""
    toks = idx.sent_tokens(sent)
    if len(toks) < 6 or toks[0].lower_ not in FOUNDING_PARTICIPLES or toks[0].tag_ != "VBN":
        return
    agents = [p for c in toks[0].children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    people = [a for p in agents for a in args_of(p, idx, role="subj") if a.entity.type == "Person"]
    if not people:
        return
    heads = {p.i for p in agents} | {c.i for p in agents for c in p.conjuncts}
    for tok in toks:
        body = idx.mention(tok, actor=False)
        if tok.dep_ == "appos" and tok.head.i in heads and body is not None and body.entity.type in ORGS \
                and tok.doc[tok.left_edge.i - 1].text == "," and not any(c.dep_ in ("appos", "conj") for c in tok.head.children
                                                                        if c.i > tok.i):
            yield from FRONTED_FOUNDING.pairs(dedupe(people), [body], "founded", True, (toks[0].idx,))
            return
