"""A deal's approval told as something given: "The Commission gave the green light to Orvane's takeover of Kestrel
Labs", "granted clearance to the merger of A and B", "gave Orvane's bid the go-ahead". The body that gives it rules
on the deal's parties (ONTOLOGY.md: regulates, "approve/clear (a deal)"), as the verb "approve" and "granted approval
for" already say. The giver must be a state or a government body, as for every regulates; what is given must be an
approval (a loan or a grant given "to" a company is funding, read elsewhere)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex, demonym_of
from ..registry import define, matcher
from ..syntax import args_of, dedupe, modality, subject_tokens, verb_lemma

APPROVAL_GIVEN = define("deal:approval-given", preds=("regulates",), conf=0.75,
                        example="The Commission gave the green light to Orvane's takeover of Kestrel Labs.")
APPROVAL_WON = define("deal:approval-won", preds=("regulates",), conf=0.72,
                      example="Kestrel Labs won EU approval for its purchase of Orvane Systems.")
GOV = ("GovernmentBody", "Country")
WINNING = frozenset({"get", "gain", "obtain", "receive", "secure", "win"})


@matcher(APPROVAL_GIVEN, words=L.APPROVAL_GIVING)
def approval_given(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "gave the green light to D", "granted clearance to D", "gave D the go-ahead": the giver rules on D's parties."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ != "VERB" or verb_lemma(verb) not in L.APPROVAL_GIVING or not modality(verb)[0]:
            continue
        nods = [o for o in verb.children if o.dep_ == "dobj" and _nod(o)]
        if not nods:
            continue
        ends = [p for h in (verb, *nods) for q in h.children if q.dep_ in ("dative", "prep") and q.lower_ == "to"
                for p in q.children if p.dep_ == "pobj"]
        ends += [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")]
        givers = [a for s in subject_tokens(verb) for a in args_of(s, idx, role="subj") if a.entity.type in GOV]
        if not givers:
            continue
        keep = {a.entity.iri for a in givers}
        parties = [a for t in ends for a in args_of(t, idx, role="obj") if a.entity.type in ORGS
                   and a.entity.iri not in keep]
        yield from APPROVAL_GIVEN.pairs(givers, dedupe(parties), "regulates", True, (verb.idx,))


def _nod(tok: Token) -> bool:
    """An approval given: "approval", "clearance", "the go-ahead", "its blessing", "the green light"."""
    lemma = tok.lemma_.lower()
    return lemma in L.APPROVAL_NODS or lemma == "light" and any(c.lower_ == "green" for c in tok.children) \
        or lemma == "ahead" and any(c.lower_ == "go" for c in tok.children)  # ("go-ahead": three tokens)


@matcher(APPROVAL_WON, words=WINNING)
def approval_won(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "won EU approval for its purchase of X", "received FCC authorization", "secured Chinese regulatory clearance":
    the body (or state) named before the approval rules on who won it (a body named after "from" is the frames
    table's: "received approval from the FCC")."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ != "VERB" or verb_lemma(verb) not in WINNING or not modality(verb)[0]:
            continue
        grants = [o for o in verb.children if o.dep_ == "dobj" and (o.lemma_.lower() in L.REGULATORY_GRANTS or _nod(o))]
        givers = [g for o in grants for g in _givers_before(o, idx)]
        won = subject_tokens(verb)
        deals = [p for h in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for q in h.children
                 if q.dep_ == "prep" and q.lower_ == "for" for p in q.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in L.DEAL_NOUNS]  # "for its purchase of X": X too
        sold = [t for t in won if t.lemma_.lower() in L.DEAL_NOUNS]  # "A's purchase of B won approval": B too
        deals += sold
        if not givers and sold:  # the deal won it "from" the body (the frames table reads only A): every party
            givers = [a for o in grants for q in o.children if q.dep_ == "prep" and q.lower_ == "from"
                      for p in q.children if p.dep_ == "pobj" for a in args_of(p, idx, role="subj") if a.entity.type in GOV]
        if not givers:
            continue
        keep = {a.entity.iri for a in givers}
        winners = [a for t in [*won, *deals] for a in args_of(t, idx, role="subj" if t.i < verb.i and t.i not in {d.i for d in deals}
                                                               else "obj")
                   if a.entity.type in ORGS and a.entity.iri not in keep]
        yield from APPROVAL_WON.pairs(dedupe(givers), dedupe(winners), "regulates", True, (verb.idx,))


def _givers_before(grant: Token, idx: DocIndex) -> list[Arg]:
    """ "EU approval", "the FCC's authorization", "Chinese regulatory approval": a state or a government body."""
    out = []
    for c in grant.lefts:
        if c.dep_ in ("compound", "nmod", "poss") and (m := idx.mention(c)) is not None and m.entity.type in GOV:
            out.append(m)
        elif c.dep_ in ("amod", "compound", "nmod") and (state := demonym_of(c, idx)) is not None:
            out.append(Arg(state, c.idx, c.idx + len(c.text)))
    return out
