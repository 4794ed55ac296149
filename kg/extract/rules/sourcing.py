"""Supply told from the buyer's side: "the machine tools that Russia is getting from abroad are coming
from China", "most of the chips Russia imports come from China".

Officials describe supply by where a country's purchases come from. The goods are the subject of a
verb of origin (come, originate) with "from X"; a relative clause on the goods (or on the noun the
quantity counts: "the majority of machine tools that ...") names who obtains them. X supplies the
one who obtains; what either side only might do is not asserted.

And supply told by what it is a part of: a market or customer that makes up a share of a seller's sales
("China accounted for 40% of its sales"), and a deal signed with a party to supply goods ("AMD signed a deal
with Humain to supply chips").
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe, modality, subject_tokens, verb_lemma

ORIGIN = define("supply:origin", preds=("suppliesTo",), conf=0.7,
                example="Most of the drones that Russia buys abroad come from Iran.")
SHARE = define("supply:share-of-sales", preds=("suppliesTo",), conf=0.7,
               example="Lam Research said China accounted for 40% of its sales.")

PARTIES = ORGS | {"Country"}


@matcher(ORIGIN, words=L.ORIGIN_VERBS)
def origin(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Goods someone obtains that come from X: X supplies them."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ != "VERB" or verb_lemma(verb) not in L.ORIGIN_VERBS:
            continue
        sources = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                   for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="subj")
                   if a.entity.type in PARTIES]
        if not sources:
            continue
        exclude = {s.entity.iri for s in sources}
        buyers = [b for g in subject_tokens(verb) for b in _buyers(g, idx) if b.entity.iri not in exclude]
        yield from ORIGIN.pairs(dedupe(sources), dedupe(buyers), "suppliesTo", modality(verb)[0], (verb.idx,))


def _buyers(goods: Token, idx: DocIndex) -> list[Arg]:
    """Who obtains the goods: the subject of a relative clause of obtaining on them, or on the noun a
    quantity counts ("the majority of machine tools that Russia is getting")."""
    nouns = [goods]
    if goods.lemma_.lower() in L.QUANTIFIERS | {"majority", "bulk", "most"}:
        nouns += [p for c in goods.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
    out = []
    for n in nouns:
        if idx.mention(n) is not None:
            continue  # a named thing's origin is where it is from, not a sale
        for rel in n.children:
            if rel.dep_ in ("relcl", "acl") and verb_lemma(rel) in L.OBTAINING_VERBS and modality(rel)[0]:
                out += [a for t in rel.children if t.dep_ == "nsubj" for a in args_of(t, idx, role="obj")
                        if a.entity.type in PARTIES]
    return out


MARKETS = PARTIES | {"City", "Region", "GovernmentBody"}


@matcher(SHARE, words={"account", "make", "represent"})
def share_of_sales(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A market or a customer that makes up a part of a seller's sales is one the seller supplies: "China accounted
    for 40% of its sales", "Apple accounts for about a quarter of TSMC's revenue", "Huawei made up a fifth of its
    orders", "sales to China made up half of its revenue". The seller is the possessor of the sales ("its": the company the sentence is about)."""
    for verb in idx.sent_tokens(sent):
        lemma = verb_lemma(verb)
        if verb.pos_ not in ("VERB", "AUX") or lemma not in ("account", "make", "represent"):
            continue
        if lemma == "account":
            shares = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                      if p.dep_ == "pobj"]
        else:  # "made up 40% of its sales", "represents a third of its revenue"
            if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
                continue
            shares = [c for c in verb.children if c.dep_ == "dobj"]
        sales = [p for q in shares if q.lemma_.lower() in L.SHARE_WORDS or q.ent_type_ == "PERCENT"
                 for c in q.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in L.SALES_NOUNS]
        subjects = subject_tokens(verb)
        # "sales to China made up nearly half of its revenue": the market the sales went to
        subjects += [p for t in subjects if t.lemma_.lower() in L.SALES_NOUNS | {"export", "shipment"}
                     for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        buyers = [a for t in subjects for a in args_of(t, idx, role="subj") if a.entity.type in MARKETS]
        if not sales or not buyers:
            continue
        exclude = {a.entity.iri for a in buyers}
        sellers = [a for n in sales for c in n.children if c.dep_ == "poss"
                   for a in args_of(c, idx, role="subj", exclude=exclude) if a.entity.type in ORGS]
        yield from SHARE.pairs(dedupe(sellers), dedupe(buyers), "suppliesTo", modality(verb)[0], (verb.idx,))


DEAL_SUPPLY = define("noun:deal-to-supply", preds=("suppliesTo",), conf=0.75,
                     example="AMD signed a $10 billion deal with Humain to supply chips.")
_SUPPLY_VERBS = frozenset({"supply", "provide", "deliver", "ship"})  # (not "sell": "a deal to sell its unit")
_DEAL_WORDS = frozenset({"deal", "agreement", "contract", "pact"})


@matcher(DEAL_SUPPLY, words=_SUPPLY_VERBS)
def deal_to_supply(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "AMD signed a $10 billion deal with Humain to supply chips": the one who signs a deal with a party to supply
    goods supplies that party, when the supply verb names no recipient of its own (a negated or speculative signing,
    none)."""
    for verb in idx.sent_tokens(sent):
        if verb.lemma_.lower() not in _SUPPLY_VERBS or verb.dep_ not in ("advcl", "acl", "relcl") or verb.tag_ != "VB" \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                or any(c.dep_ in ("dative", "prep") and c.lower_ in ("to", "for") and any(
                    p.dep_ == "pobj" and idx.mention(p) is not None for p in c.children) for c in verb.children) \
                or any(c.dep_ in ("dobj", "dative") and (c.pos_ == "PRON" or (m := idx.mention(c)) is not None
                                                         and m.entity.type in ORGS) for c in verb.children):
            continue
        goods = [c for c in verb.children if c.dep_ == "dobj"]
        if any(g.ent_type_ == "MONEY" or g.lemma_.lower() in L.FUNDING | L.MONEY | L.HOLDINGS for g in goods):
            continue  # "a deal with X to provide $2 billion in financing" is money, not supply
        signer = verb.head.head if verb.dep_ == "acl" else verb.head
        deals = [verb.head] if verb.dep_ == "acl" else [c for c in signer.children if c.dep_ == "dobj"]
        deals = [d for d in deals if d.lemma_.lower() in _DEAL_WORDS]
        if not deals or signer.pos_ != "VERB" or not modality(verb)[0]:
            continue
        holders = [signer, *deals]
        parties = [a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                   for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj") if a.entity.type in ORGS]
        subjs = [a for t in subject_tokens(signer) for a in args_of(t, idx, role="subj") if a.entity.type in ORGS]
        yield from DEAL_SUPPLY.pairs(subjs, dedupe(parties), "suppliesTo", True, (verb.idx,))
