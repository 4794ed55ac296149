"""Titles that name a person's body by themselves: a company's chief executive (who leads it) and a
state's servants ("U.S. Senator", "U.S. Ambassador", who work for the country written before the title).
Shared by the title rules (roles.py) and the bare title after a company spoke (carryover.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from ..index import Arg, DocIndex

# Titles of those who serve a state without heading it ("U.S. Senator", "U.S. Ambassador")
STATE_SERVANTS = {"senator", "sen.", "ambassador", "envoy", "representative", "rep.", "congressman", "congresswoman",
                  "lawmaker", "diplomat", "negotiator", "consul"}


def country_before(r: Token, idx: DocIndex) -> list[Arg]:
    """ "the statement of U.S. Senator Ben Sasse": a country written right before a capitalised title,
    where the parser hung it elsewhere."""
    if r.i == 0 or not r.text[:1].isupper() or r.lower_ not in STATE_SERVANTS:
        return []
    m = idx.mention(r.doc[r.i - 1])
    return [m] if m is not None and m.entity.type == "Country" else []


def chief_executive(r: Token) -> bool:
    """ "CEO", "Chief Executive", "chief executive officer" (the "chief" may hang on the name)."""
    before = {t.lower_ for t in r.doc[max(0, r.i - 2): r.i]}
    after = r.doc[r.i + 1].lower_ if r.i + 1 < len(r.doc) else ""
    return r.lower_ == "ceo" or r.lower_ == "executive" and "chief" in before or r.lower_ == "chief" and after == "executive" \
        or r.lower_ == "officer" and "executive" in before and "chief" in before


def company_before(r: Token, person: Token, idx: DocIndex) -> list[Arg]:
    """ "chancellor Olaf Scholz and Intel chief executive Pat Gelsinger": a company's name right before the title,
    which runs on to the name, where the parser hung the company on the person named before (as a conjunct).
    Also the company a clause is about, "under" its chief executive: "Intel will cut jobs under new CEO Lip-Bu Tan"."""
    if (under := _chief_under(r, person, idx)):
        return under
    first = min([r.i] + [t.i for t in r.lefts if t.dep_ in ("amod", "compound")] +
                [t.i for t in person.lefts if t.dep_ in ("amod", "compound") and t.i < r.i])
    if first == 0 or (m := idx.tok2m.get(first - 1)) is None or m[0].end != first or m[0].root.dep_ != "conj" \
            or (p := idx.mention(m[0].root.head, actor=False)) is None or p.entity.type != "Person":
        return []  # (a company joined to another person's name; "X's chairman and Orvane CEO Y" is co-titles')
    a = idx.mention(r.doc[first - 1], actor=False)
    return [a] if a is not None and a.entity.type == "Company" else []


def _chief_under(r: Token, person: Token, idx: DocIndex) -> list[Arg]:
    """The company subject of the nearest clause above "under (new) CEO X"."""
    if person.dep_ != "pobj" or person.head.lower_ != "under" or not chief_executive(r) or r.i > person.i:
        return []
    verb = next((h for h in person.head.ancestors if h.pos_ in ("VERB", "AUX")), None)
    subj = [m for c in (verb.children if verb is not None else ()) if c.dep_ == "nsubj"
            and (m := idx.mention(c)) is not None and m.entity.type == "Company"]
    return subj[:1]
