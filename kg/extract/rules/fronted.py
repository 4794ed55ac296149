"""A founding told in a participle phrase that opens the sentence: "Created in 1899 by engineers Paul Gerard and
Louis Maret, Verano has become the largest builder in Europe." The parser often hangs the name after the comma on
the last founder as its apposition, so the clause's subject is lost; the name right after the phrase's comma is the
body founded (web text, KnowledgeNet's tuning folds, opens company histories this way). And the partner a founder
founded a body "with" ("Ann Wu co-founded Orvane Labs with Tom Reyes")."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

from ..index import ORGS, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe, modality

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


FOUNDED_WITH = define("clause:founded-with", preds=("founded",), conf=0.75,
                      example="Ann Wu co-founded Orvane Labs with Tom Reyes in 2011.")
FOUNDING_VERBS = {"found", "co-found", "cofound", "establish", "start", "form", "set"}


@matcher(FOUNDED_WITH)
def founded_with(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Ann Wu co-founded Orvane Labs with Tom Reyes", "started Kestrel with her husband, Tom Reyes": a person named
    with "with" beside a person founding a body founded it too (clause:verb reads the subject). Not money or help
    ("with funds from Tom Reyes"), nor a body ("with Kestrel Capital")."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FOUNDING_VERBS and not verb.lower_.startswith(
                ("co-found", "cofound")) or verb.lemma_.lower() == "set" and not any(
                c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        founders = [a for c in verb.children if c.dep_ == "nsubj" for a in args_of(c, idx, role="subj")
                    if a.entity.type == "Person"]
        bodies = [a for c in objs for a in args_of(c, idx, role="obj") if a.entity.type in ORGS]
        partners = [a for h in (verb, *objs) for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children if o.dep_ == "pobj" for a in args_of(o, idx, role="obj")
                    if a.entity.type == "Person"]
        partners = [a for a in dedupe(partners) if a.entity.iri not in {f.entity.iri for f in founders}]
        if founders and bodies and partners:
            yield from FOUNDED_WITH.pairs(partners, dedupe(bodies), "founded", modality(verb)[0], (verb.idx,))
