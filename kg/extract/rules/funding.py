"""Funding rounds as tech news reports them: "Sequoia led a $100 million funding round in Mistral",
"Mistral raised $600 million in a round led by General Catalyst", "Alibaba participated in the
Series B round for Moonshot AI", "led Anthropic's Series E". Whoever leads, joins or takes part in
a company's round puts money into it (ONTOLOGY.md investsIn: invest, fund, back)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import DERIVED, define, matcher
from ..syntax import args_of, dedupe, modality, subject_tokens, verb_lemma

ROUND = define("funding:round", preds=("investsIn",), conf=0.75,
               example="Sequoia led a $100 million funding round in Mistral.")
MORE = define("funding:further-amount", preds=("investsIn",), conf=0.85,
              example="an award of $4.7 billion to Samsung and up to $1.6 billion for Texas Instruments")

# Words that make a "round" a round of funding, not of talks or of sanctions
ROUND_WORDS = {"funding", "financing", "investment", "fundraising", "fund-raising", "seed", "series", "venture",
               "equity", "pre-ipo", "growth", "capital"}
TAKING_PART = {"lead", "co-lead", "colead", "join", "participate", "anchor", "back", "headline"}
RAISING = {"raise", "close", "secure", "complete", "announce", "land", "get", "receive"}
INVESTORS = ORGS | {"Person", "GovernmentBody", "Country"}


@matcher(ROUND)
def funding_round(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """The investors a round names (its leader, who joined it) invest in the company raising it."""
    for noun in idx.sent_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() != "round" and not _financing(noun):
            continue
        targets = _raiser(noun, idx)
        if not targets or not (_funding(noun) or _raised(noun) or _in_company(noun, idx)):
            continue
        exclude = {t.entity.iri for t in targets}
        for verb, investors in _investors(noun, idx):
            investors = [a for a in investors if a.entity.type in INVESTORS and a.entity.iri not in exclude]
            yield from ROUND.pairs(dedupe(investors), targets, "investsIn", modality(verb)[0], (noun.idx,))


def _financing(noun: Token) -> bool:
    """ "led the financing of Orvane Labs", "will lead the funding of up to $40 billion in Orvane Labs": the money
    raised, led or joined like a round (only as the object of a verb of taking part)."""
    return noun.lower_ in ("financing", "funding", "fundraising") and noun.dep_ == "dobj" \
        and verb_lemma(noun.head) in TAKING_PART


def _funding(noun: Token) -> bool:
    """ "a $100 million funding round", "its Series B round", "a round of financing"."""
    words = {t.lower_ for t in noun.subtree if t.i <= noun.i}  # (the noun itself: "led the financing of X")
    words |= {p.lower_ for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children}
    return bool(words & ROUND_WORDS) or any(t.ent_type_ == "MONEY" for t in noun.subtree if t.i < noun.i)


def _raised(noun: Token) -> bool:
    """ "raised $600 million in a round": the money the round brought in is the clause's."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    return verb is not None and verb_lemma(verb) in RAISING and any(
        c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in verb.children)


def _in_company(noun: Token, idx: DocIndex) -> bool:
    """ "led the round in Mistral AI": a round in a company is its funding."""
    return any(a.entity.type in ORGS for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "in"
               for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj"))


def _raiser(noun: Token, idx: DocIndex) -> list[Arg]:
    """The company whose round it is: "in/for/of Mistral", "Mistral's round", or the subject of the
    clause that raised it ("Mistral raised $600 million in a round led by ...")."""
    named = [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("in", "for", "into")
             for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]
    named += [a for c in noun.children if c.dep_ == "poss" for a in args_of(c, idx, role="obj")]
    if noun.lemma_.lower() != "round":
        named += _financed(noun, idx)
    if not named and noun.dep_ in ("pobj", "dobj"):
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "as", "through") else noun.head
        if verb.pos_ == "VERB" and verb_lemma(verb) in RAISING:
            named = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
    return [a for a in dedupe(named) if a.entity.type in ORGS]


def _financed(noun: Token, idx: DocIndex) -> list[Arg]:
    """ "the financing of X", "the financing of up to $40 billion in X", "lead the financing ... in an X subsidiary":
    a company (or its unit) named, not a project or a purchase."""
    ends = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children]
    ends += [o for p in [*ends, noun.head] for q in p.children if q.dep_ == "prep" and q.lower_ in ("in", "into")
             and (p.i == noun.head.i or p.ent_type_ == "MONEY") for o in q.children]
    return [a for t in ends if t.dep_ == "pobj" and t.ent_type_ != "MONEY" and (
        idx.mention(t) is not None or t.lemma_.lower() in L.PART_NOUNS) for a in args_of(t, idx, role="obj")]


def _investors(noun: Token, idx: DocIndex) -> Iterator[tuple[Token, list[Arg]]]:
    """Who led or joined it: the subject of "led/joined/participated in" the round, or the agent of
    "a round led by X"."""
    head = noun.head
    verb = head.head if noun.dep_ == "pobj" and head.lower_ == "in" else head if noun.dep_ == "dobj" else None
    if verb is not None and verb.pos_ == "VERB" and verb_lemma(verb) in TAKING_PART:
        yield verb, [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
    for acl in noun.children:
        if acl.dep_ == "acl" and verb_lemma(acl) in TAKING_PART:
            yield acl, [a for ag in acl.children if ag.dep_ == "agent"
                        for p in ag.children if p.dep_ == "pobj" for a in args_of(p, idx, role="subj")]


@matcher(MORE, phase=DERIVED)
def further_amount(cands: list[Candidate], idx: DocIndex) -> Iterator[Candidate]:
    """ "finalizing an award of up to $4.7 billion to Samsung and up to $1.6 billion for Texas Instruments":
    a further amount, joined to the first by "and" or a comma and written "for" or "to" a named company,
    goes from the same funder, however the parser hung it (read on the words, not the tree)."""
    firsts = {c.subj.entity.iri: c for c in cands if c.pred == "investsIn" and c.asserted and c.rule != MORE.id}
    if not firsts:
        return
    doc = idx.doc
    c0 = next(iter(firsts.values()))
    span = doc.char_span(c0.obj.start, c0.obj.end, alignment_mode="expand")
    if span is None:
        return
    sent = span.sent
    funded = {c.obj.entity.iri for c in cands if c.pred == "investsIn"}
    for ent in idx.span_ents(sent):
        if ent.label_ != "MONEY" or ent.start == sent.start or doc[ent.start - 1].lower_ not in ("and", ",") \
                or ent.end + 1 >= sent.end or doc[ent.end].lower_ not in ("for", "to"):
            continue
        m = idx.mention(doc[ent.end + 1])
        if m is None or m.entity.type not in ORGS or m.entity.iri in funded:
            continue
        for c in firsts.values():
            if m.entity.iri != c.subj.entity.iri:
                yield MORE.derive(c, Arg(m.entity, m.start, m.end))


SHARES = define("funding:shares-bought", preds=("investsIn",), conf=0.75,
                example="SoftBank bought $2 billion of Intel's common stock.")
SHARE_NOUNS = frozenset({"share", "stock", "equity"})
BUYING = frozenset({"buy", "purchase", "acquire"})


def shares_of(obj: Token, idx: DocIndex) -> list[Arg]:
    """The company whose shares a bought object is: "shares of Intel", "Intel shares", "Intel's stock", and past an
    amount ("$2 billion of Intel's stock"); [] when the object is no shares."""
    # "$2 billion of ...", "$335 million worth of ...": the shares hang on the amount's "of"
    if obj.ent_type_ == "MONEY" or obj.like_num or obj.lower_ == "worth":
        obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj"), obj)
    if obj.lemma_.lower() not in SHARE_NOUNS or idx.mention(obj) is not None:
        return []
    owners = [a for c in obj.children if c.dep_ in ("poss", "compound", "nmod") and c.i < obj.i  # "Intel common stock"
              for a in args_of(c, idx, role="obj")]
    owners += [a for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for p in c.children
               if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]
    return [a for a in dedupe(owners) if a.entity.type in ORGS]


@matcher(SHARES, words=BUYING)
def shares_bought(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Buying a company's shares or stock puts money into it (investsIn), it does not take it over ("SoftBank
    bought shares of Intel" is no acquisition: guards.not_shares_bought vetoes that reading)."""
    for verb in idx.sent_tokens(sent):
        if verb_lemma(verb) not in BUYING or verb.pos_ != "VERB":
            continue
        owned = [a for o in verb.children if o.dep_ == "dobj" for a in shares_of(o, idx)]
        if not owned:
            continue
        buyers = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in INVESTORS]
        iris = {a.entity.iri for a in buyers}
        yield from SHARES.pairs(buyers, [o for o in owned if o.entity.iri not in iris], "investsIn", modality(verb)[0],
                                (verb.idx,))


STAKE_SOLD = define("funding:stake-sold", preds=("investsIn",), conf=0.75,
                    example="Intel will sell a 51% stake in Altera to Silver Lake.")
STAKE_NOUNS = SHARE_NOUNS | {"stake", "holding", "interest"}
SELLING = frozenset({"sell", "offload", "divest", "transfer"})


@matcher(STAKE_SOLD, words=SELLING)
def stake_sold(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Whom a stake in a company is sold to puts money into the company: "Intel will sell a 51% stake in its unit
    Altera to Silver Lake" (Silver Lake invests in Altera; the seller's own holding is read elsewhere)."""
    for verb in idx.sent_tokens(sent):
        if verb_lemma(verb) not in SELLING or verb.pos_ != "VERB":
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.lemma_.lower() not in STAKE_NOUNS or idx.mention(obj) is not None:
                continue
            # ("A and B will divest their stakes in the company to C": the company is not a seller)
            sellers = {a.entity.iri for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")}
            owned = [a for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for p in c.children
                     if p.dep_ == "pobj" for a in args_of(p, idx, role="obj", exclude=sellers) if a.entity.type in ORGS]
            buyers = [a for h in (verb, obj) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")
                      if a.entity.type in INVESTORS]
            iris = {a.entity.iri for a in buyers}
            yield from STAKE_SOLD.pairs(dedupe(buyers), [o for o in dedupe(owned) if o.entity.iri not in iris],
                                        "investsIn", modality(verb)[0], (verb.idx,))
