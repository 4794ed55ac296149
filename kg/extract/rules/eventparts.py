"""Whom an event noun's object names when it is no name itself: the company of a plant money goes to, the
party whose conduct a regulator looks into. Split from nominal.py for size; nominal.py uses these."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from .. import lexicon as L
from ..index import ORGS, DocIndex
from ..syntax import args_of

# the verbs whose subject opens, completes or files "its" event ("SAMR initiated its inquiry"), not a reviewer's
_OWN_EVENT_VERBS = frozenset(L.LIGHT_VERBS) - {"assess", "have", "hold"}
# what a regulator looks into when it looks into a party's doings ("an investigation into Microsoft's practices")
CONDUCT = frozenset({"compliance", "conduct", "practice", "practices", "handling", "pricing", "dealings", "behavior",
                     "behaviour", "activities", "activity", "business", "operations", "policies", "violation", "violations",
                     "breach", "breaches", "abuse", "abuses", "misconduct"})


# what a tariff or a ban is "on" when it names the country by its goods ("duties on products of China")
TRADED = frozenset({"goods", "products", "imports", "exports", "shipments"})


def _traders(noun: Token, exclude: set[str], idx: DocIndex) -> list:
    """ "imposing additional duties on (certain) products of China": the measure on a country's goods limits that
    country (its "of" or "from" phrase names it); only a country, not a company's goods."""
    return [a for q in noun.children if q.dep_ == "prep" and q.lower_ in ("of", "from") for o in q.children
            if o.dep_ == "pobj" for a in args_of(o, idx, role="obj", exclude=exclude) if a.entity.type == "Country"]


def _site_owners(site: Token, exclude: set[str], idx: DocIndex) -> list:
    """The company whose plant money goes to: "TSMC's second plant", "a TSMC factory", "SK Hynix's chip facility",
    "a second plant in Kumamoto by TSMC"."""
    heads = [c for c in site.children if c.dep_ in ("poss", "compound", "nmod") and c.i < site.i] + [
        q for c in site.children if c.dep_ == "prep" and c.lower_ == "by" for q in c.children if q.dep_ == "pobj"]
    return [a for t in heads for a in args_of(t, idx, role="obj", exclude=exclude, conj=False)
            if a.entity.type == "Company"]


def _conduct_of(noun: Token, pred: str, exclude: set[str], idx: DocIndex) -> list:
    """ "opened an investigation into Microsoft's practices", "its review of Nvidia's compliance with the
    conditions": a regulator looking into a party's conduct rules on the party (its possessor)."""
    if pred == "restricts" and noun.lower_ in TRADED:
        return _traders(noun, exclude, idx)
    if pred != "regulates" or noun.lower_ not in CONDUCT and L.NOUNS.get(noun.lemma_.lower(), ("",))[0] != "acquires":
        return []
    # (a deal approved or cleared: "approval for A's acquisition of B" rules on both parties)
    # ("a probe into alleged antitrust violations by Kestrel": the doer after "by")
    parties = [c for c in noun.children if c.dep_ == "poss"] + [o for q in noun.children if q.dep_ == "prep" and q.lower_ == "by"
                                                               and noun.lower_ in CONDUCT for o in q.children if o.dep_ == "pobj"]
    if noun.lower_ not in CONDUCT:
        parties += [o for q in noun.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children
                    if o.dep_ == "pobj"]
    return [a for c in parties for a in args_of(c, idx, role="obj", exclude=exclude)]


def _partner_unnamed(noun: Token) -> bool:
    """ "Companies including A and B have engaged in cooperation with the island of Taiwan": the event's partner is a
    third party the rules did not name, so A and B are not said to partner each other (news13 lead probe); nor are
    those acting "under the deal" ("Under the deal, A and B will sell ...")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.lemma_.lower() == "deal":
        return True
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                                                               for o in p.children) for p in noun.children)


def _in_partnership(noun: Token, idx: DocIndex) -> list:
    """ "Apple, in partnership with OpenAI, has integrated ...": a partnership phrase hung on a name (the parser's
    habit with a subject set off by commas or not) is that name's."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.lemma_.lower() not in L.NOUNS \
            or L.NOUNS[noun.lemma_.lower()][0] != "partnersWith":
        return []
    holder = noun.head.head
    m = idx.mention(holder) if noun.head.dep_ == "prep" and holder.dep_ in ("nsubj", "nsubjpass") else None
    return [m] if m is not None and m.entity.type in ORGS else []


def _punitive_order(noun: Token) -> bool:
    """ "a denial order against ZTE" is a sanction; "a plea agreement with X" ends a prosecution (fed:prosecution-deal);
    a "case" is a suit only when a party's own or brought, filed, won or lost ("won its case against Apple", "the FTC's
    case against Meta"), not an argument made ("made the case against X") nor one named in passing ("in the case ...")."""
    if noun.lemma_.lower() == "case":
        return not (any(c.dep_ == "poss" for c in noun.children) or noun.dep_ in ("dobj", "nsubjpass")
                    and noun.head.lemma_.lower() in CASE_VERBS)
    kinds = {"regulates": L.PUNITIVE, "partnersWith": L.PROSECUTION_DEALS}.get(L.NOUNS.get(noun.lemma_.lower(), ("",))[0], ())
    return any(c.lemma_.lower() in kinds for c in noun.lefts)


CASE_VERBS = frozenset({"bring", "file", "win", "lose", "launch", "pursue", "settle", "drop", "open", "initiate"})
