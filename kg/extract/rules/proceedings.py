"""Proceedings a regulator brings, as FCC and FTC texts state them: an order served on a party ("the Enforcement
Bureau issued an Order to Show Cause to X": the body regulates X), a complaint against a deal rather than a party
("an administrative complaint against the proposed merger between A and B", "a complaint to challenge A's
acquisition of B": a suit against each party of the deal), and a case named by its caption ("the court's decision
in FTC v. Microsoft": the first party sues the second)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..guards import DEFENDANTS, named_a_defendant
from ..syntax import args_of, dedupe, modality, subject_tokens
from .issuers import LEGAL_FILINGS, _filer

ORDER_TO = define("proc:order-to", preds=("regulates",), conf=0.7,
                  example="The Enforcement Bureau issued an Order to Show Cause to Kestrel Telecom.")
DEAL_SUIT = define("proc:deal-suit", preds=("sues",), conf=0.7,
                   example="The FTC filed a complaint against the proposed merger between Kestrel Dynamics and "
                           "Orion Labs.")
REVIEW = define("proc:threat-review", preds=("regulates",), conf=0.7,
                example="The FCC took steps to consider the threat posed by Kestrel Telecom.")
CAPTION = define("proc:caption", preds=("sues",), conf=0.7,
                 example="The hearing follows the court's decision in FTC v. Kestrel Dynamics.")
FILING_NAMES = define("proc:filing-names", preds=("sues",), conf=0.7,
                      example="The SEC's complaint names Kestrel Labs and Ann Wu as defendants. The FTC sued to block the "
                              "deal; the complaint named Kestrel Labs and its owner, Vega Group.")
GOV = ("GovernmentBody", "Country")
LEGAL_FORMS = re.compile(r"^(inc|corp|co|ltd|llc|plc|limited)\.?$", re.I)
PARTIES = ORGS | {"Person", "GovernmentBody"}


@matcher(ORDER_TO, words=L.ORDER_INSTRUMENTS)
def order_to(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A government body that issues, serves or sends an order (a subpoena, a directive) "to" a named party
    regulates it; the order's own title may hold the "to" ("an Order to Show Cause to X"). A company's order
    ("Apple issued an order to TSMC", a purchase) is no regulation: the subject must be a government body or state."""
    doc = sent.doc
    for noun in idx.sent_tokens(sent):
        verb = noun.head
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in L.ORDER_INSTRUMENTS \
                or verb.lemma_.lower() not in L.ORDER_ISSUING_VERBS:
            continue
        subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
        if not subjs:
            continue
        end = noun.right_edge.i
        # the first "to" after the order with a named party after it (the order's title holds it), before any new
        # clause ("that", "which", ","); a "to" on the verb is left alone (it names whom a copy went to as often)
        to = next((t for t in doc[noun.i + 1: end + 1] if t.lower_ == "to" and t.dep_ in ("prep", "dative")
                   and any(p.dep_ == "pobj" for p in t.children)), None)
        if to is None or any(t.lower_ in ("that", "which", "who", ",", ";") for t in doc[noun.i + 1: to.i]):
            continue
        exclude = {a.entity.iri for a in subjs}
        parties = [a for p in to.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj", exclude=exclude)
                   if a.entity.type in PARTIES]
        yield from ORDER_TO.pairs(subjs, dedupe(parties), "regulates", modality(verb)[0], (noun.idx,))


_SUIT_NOUNS = frozenset(k for k, v in L.NOUNS.items() if v[0] == "sues")  # what its first test reads


@matcher(DEAL_SUIT, words=_SUIT_NOUNS)
def deal_suit(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A complaint or lawsuit (the object of "filed", "authorized", "issued") against a deal, or set out "to
    challenge" or "to block" one: the filer sues each party of the deal (its possessor, "of" and "between")."""
    for noun in idx.sent_tokens(sent):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or L.NOUNS.get(noun.lemma_.lower(), ("",))[0] != "sues":
            continue
        deals = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"
                 for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in L.TAKEOVER_NOUNS]
        for x in (*verb.children, *noun.children):
            if x.dep_ in ("advcl", "xcomp", "acl") and x.lemma_.lower() in L.DEAL_CHALLENGES \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
                # "to challenge GTCR BC Holdings, LLC's acquisition of X": the parser may make the buyer's name the
                # object and the deal its apposition
                deals += [d for o in x.children if o.dep_ == "dobj" for d in (o, *o.children)
                          if d.lemma_.lower() in L.TAKEOVER_NOUNS and (d.i == o.i or d.dep_ == "appos")]
        if not deals:
            continue
        subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
        exclude = {a.entity.iri for a in subjs}
        parties = [a for d in deals for a in _parties(d, idx, exclude) if a.entity.type in PARTIES]
        yield from DEAL_SUIT.pairs(subjs, dedupe(parties), "sues", modality(verb)[0], (noun.idx,))


def _parties(deal: Token, idx: DocIndex, exclude: set[str]) -> list[Arg]:
    """The parties a deal noun names: its possessor ("A's acquisition"), "of", "between" and "with" ("the merger
    between A and B"), and the name it stands in apposition to ("A, LLC's acquisition" parsed as A's apposition)."""
    toks = [c for c in deal.children if c.dep_ == "poss"]
    toks += [p for c in deal.children if c.dep_ == "prep" and c.lower_ in ("of", "between", "with")
             for p in c.children if p.dep_ == "pobj"]
    if deal.dep_ == "appos":
        toks.append(deal.head)
    # "between Microsoft Corp. and Activision Blizzard, Inc.": the parser made the legal form the conjunct and hung
    # the name on it; the name is the one that ends right before the comma
    doc = deal.doc
    named = [m for t in toks for c in t.conjuncts if c.i > t.i and c.i not in idx.tok2m and c.i > 1
             and LEGAL_FORMS.match(c.text) and doc[c.i - 1].text == "," and (m := idx.mention(doc[c.i - 2])) is not None
             and m.entity.iri not in exclude]
    return [a for t in toks for a in args_of(t, idx, role="obj", exclude=exclude)] + named


@matcher(CAPTION)
def caption(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "FTC v. Microsoft", "United States v. Google": a case named by its caption, two named parties either side of
    "v." or "vs.", is a suit by the first against the second."""
    doc = sent.doc
    for v in idx.sent_tokens(sent):
        if v.lower_ not in ("v.", "vs.") or v.i == sent.start or v.i + 1 >= sent.end:
            continue
        first, second = idx.mention(doc[v.i - 1]), idx.mention(doc[v.i + 1])
        if first is None or second is None or first.entity.iri == second.entity.iri \
                or first.entity.type not in PARTIES | {"Country"} or second.entity.type not in PARTIES:
            continue
        if idx.tok2m[v.i - 1][0].end != v.i or idx.tok2m[v.i + 1][0].start != v.i + 1:
            continue
        yield CAPTION.fact(first, "sues", second, (v.idx,))


@matcher(REVIEW, words=L.REVIEW_VERBS)
def threat_review(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A government body that considers, reviews or examines "the threat" or "the risks posed by X" looks into X: an
    investigation is regulation (ONTOLOGY.md), as "looking at X" is."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in L.REVIEW_VERBS:
            continue
        posers = [p for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in L.RISK_NOUNS
                  for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in ("pose", "present")
                  for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
        if not posers:
            continue
        subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
        exclude = {a.entity.iri for a in subjs}
        parties = [a for p in posers for a in args_of(p, idx, role="obj", exclude=exclude) if a.entity.type in PARTIES]
        yield from REVIEW.pairs(subjs, dedupe(parties), "regulates", modality(verb)[0], (verb.idx,))


@matcher(FILING_NAMES, words={"name"})
def filing_names(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """The parties a legal filing names are sued by its filer: "The SEC's complaint names Kestrel Labs and Ann Wu as
    defendants", "The complaint named A, B, and Arm owner C" (the verb), also when the tagger read "names" as a plural
    noun. The filer is the filing's possessor or whoever the sentence before says filed it; without "as defendants"
    only a government body's filing counts (the release's own case), and "the complaint" with no filer given is the
    government body's the sentence before names ("The FTC sued to block the deal. The complaint named ..."). A party
    that names someone as its defendant is the frames table's ("name ... as defendants")."""
    if "name" not in {t.lemma_.lower() for t in idx.sent_tokens(sent)}:
        return
    for n in idx.sent_tokens(sent):
        if n.lemma_.lower() != "name" and n.lower_ != "names":
            continue
        found = _named_by_verb(n, idx) if n.pos_ == "VERB" else _named_after_noun(n, sent, idx)
        if found is None:
            continue
        filing, parties, defendants = found
        filers = _filer([filing], idx)
        if not defendants:
            filers = [a for a in filers if a.entity.type in GOV]
            if not filers and any(c.dep_ == "det" and c.lower_ == "the" for c in filing.children):
                body = idx.antecedent(filing, {"GovernmentBody"}, near=True)
                filers = [body] if body is not None else []
        exclude = {a.entity.iri for a in filers}
        if n.pos_ == "VERB":
            objs = [a for t in parties for a in args_of(t, idx, role="obj", exclude=exclude)]
        else:  # the names as written, each once (its first token)
            objs = [a for t in parties if (a := idx.mention(t)) is not None and idx.tok2m[t.i][0].start == t.i
                    and a.entity.iri not in exclude]
        objs = [a for a in objs if a.entity.type in PARTIES]
        yield from FILING_NAMES.pairs(filers, dedupe(objs), "sues", modality(n)[0] if n.pos_ == "VERB" else True,
                                      (n.idx,))


def _named_by_verb(verb: Token, idx: DocIndex) -> tuple[Token, list, bool] | None:
    """The filing, the parties and whether they are named as defendants, for the verb "name" whose subject is a
    legal filing (or which the parser hung on the filing as a participle: "The complaint, named ..."). Not passive:
    "X was named in the complaint" says nothing of who was sued."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    subj = [t for t in verb.children if t.dep_ == "nsubj" and t.lemma_.lower() in LEGAL_FILINGS] or [
        verb.head for _ in (1,) if verb.dep_ == "acl" and verb.head.lemma_.lower() in LEGAL_FILINGS
        and verb.head.dep_ in ("ROOT", "nsubj")]
    if not subj:
        return None
    parties = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    # "The complaint named A, B, and Arm owner C": the parser may hang the last party on the filing
    parties += [c for c in subj[0].children if c.dep_ == "conj" and c.i > verb.i and idx.mention(c) is not None]
    # "as defendants" on the verb, or on the filing when the parser hung the verb there as a participle
    return subj[0], parties, named_a_defendant(verb, idx) or verb.dep_ == "acl" and named_a_defendant(verb.head, idx)


def _named_after_noun(n: Token, sent: Span, idx: DocIndex) -> tuple[Token, list, bool] | None:
    """ "The SEC's complaint, filed on Monday, names A and B as defendants" with "names" tagged a noun: the parties
    are the names written between "names" and "as defendants", right after the filing (or a phrase set off by
    commas)."""
    doc = sent.doc
    if n.lower_ != "names" or n.pos_ in ("VERB", "AUX") or n.i == sent.start:
        return None
    before = [t for t in doc[sent.start: n.i] if t.lemma_.lower() in LEGAL_FILINGS]
    if not before or before[-1].i != n.i - 1 and doc[n.i - 1].text != ",":
        return None
    k = next((t.i for t in doc[n.i + 1: sent.end] if t.lower_ == "as"), None)
    if k is None or not any(t.lemma_.lower() in DEFENDANTS for t in doc[k + 1: min(k + 3, sent.end)]):
        return None
    return before[-1], [doc[i] for i in range(n.i + 1, k) if idx.mention(doc[i]) is not None], True
