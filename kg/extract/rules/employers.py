"""An employer written before a title and a name, news style, that NER did not read as an organisation:
"Brantley president Oscar Lind said", "Ozark National Forest spokeswoman Jane Fell said"."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher

EMPLOYER_TITLE = define("role:employer-title", preds=("leads", "worksFor"), conf=0.7,
                        example="Brantley president Oscar Lind said the plant was closed.")

# Titles held in a company's or an agency's office. A town's or a state's offices ("Boston Mayor X", "Texas
# Gov. X", "Dade County Sheriff X") are left out: the place before them is no employer of the kind.
ORG_TITLES = {"president", "chairman", "chairwoman", "ceo", "director", "spokesman", "spokeswoman", "spokesperson",
              "executive", "manager", "official", "officer", "analyst", "editor", "publisher", "reporter", "owner",
              "founder", "economist", "engineer", "researcher", "scientist", "trader"}
# The last word of a name NER missed that says it names a body: "Kestrel Dynamics Inc.", "Ozark Water Authority"
BODY_ENDS = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "company", "group", "association", "institute",
             "authority", "agency", "service", "patrol", "department", "foundation", "bank", "university", "college"}


@matcher(EMPLOYER_TITLE, kinds={"Person"})
def employer_titles(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A name, an organisation's title and a person in a row, where NER read the name as an unknown place
    ("Brantley", "Ozark National Forest") or missed a name that ends in a body's word ("Vexa Water
    Authority"). A place the gazetteer knows is never the employer, nor a title of a town's office."""
    doc = sent.doc
    for tok, span, m in idx.people(sent):
        k = tok.i - 1
        if k <= sent.start or doc[k].lower_ not in ORG_TITLES:
            continue
        body = _name_before(doc[k], sent, idx)
        if body is None:
            continue
        pred = "leads" if L.ROLES.get(doc[k].lemma_.lower()) == "leads" else "worksFor"
        yield EMPLOYER_TITLE.fact(Arg(m.entity, span.start_char, span.end_char), pred, body, (doc[k].idx,))


def _name_word(t: Token) -> bool:
    return t.text[:1].isupper() and (t.is_alpha or "-" in t.text or t.text.endswith(".") and len(t.text) > 2)


def _name_before(r: Token, sent: Span, idx: DocIndex) -> Arg | None:
    """The capitalised words right before the title, when they name an unknown body."""
    doc = r.doc
    j = r.i
    while j - 1 >= sent.start and _name_word(doc[j - 1]) and not _person(doc[j - 1], idx):
        j -= 1
    while j < r.i and (doc[j].is_stop or doc[j].lower_ in L.RANK_WORDS or doc[j].lower_ in L.SUBORDINATE_TITLES
                       or doc[j].lower_ in L.ROLES):
        j += 1  # "The", "Former", "Vice": the title's words, not the name's
    if j == r.i:
        return None
    words = doc[j: r.i]
    hit = idx.tok2m.get(j)
    if hit is not None and (hit[0].start, hit[0].end) == (j, r.i):
        ent = hit[1].entity
        if ent.known or ent.type not in ("City", "Region", "Facility"):
            return None  # an organisation other rules read, or a place the gazetteer knows
        return Arg(replace(ent, type="Organization"), words.start_char, words.end_char)
    if any(t.i in idx.tok2m for t in words) or len(words) < 2 or words[-1].lower_ not in BODY_ENDS:
        return None  # a name NER read in part ("California Highway Patrol"), or no body's word at its end
    res = idx.resolver.resolve(words.text, "ORG")
    if res is None or res.entity.type not in ORGS | {"GovernmentBody"}:
        return None
    return Arg(res.entity, words.start_char, words.end_char)


def _person(t: Token, idx: DocIndex) -> bool:
    hit = idx.tok2m.get(t.i)
    return hit is not None and hit[1].entity.type == "Person"


PLURAL_TITLE = define("role:plural-title", preds=("worksFor",), conf=0.7,
                      example="Two U.S. Attorneys spoke: Ann Wu, of the District of Orvania; and Tom Reyes.")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


_PLURAL_TITLES = frozenset(k + "s" for k, v in L.ROLES.items() if v == "worksFor")  # what its first test reads


@matcher(PLURAL_TITLE, words=_PLURAL_TITLES)
def plural_titles(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A country's plural title over the names it runs on to or lists after a colon ("U.S. Attorneys Ann Wu and Tom
    Reyes", "Five U.S. Attorneys are here: A, of ...; B, of ...; and C"): each one named holds the title, as "U.S.
    Attorney A" does (worksFor the country). A list goes from the colon on, each name after ":", ";", "," or "and";
    a count on the title caps it (no more names than the title counts)."""
    toks = idx.sent_tokens(sent)
    doc = sent.doc
    for r in toks:
        if r.tag_ not in ("NNS", "NNPS", "NNP") or not r.text[:1].isupper() or r.i == 0 \
                or L.ROLES.get(r.lower_[:-1]) != "worksFor" or not r.lower_.endswith("s"):
            continue
        country = idx.mention(doc[r.i - 1], actor=False)
        if country is None or country.entity.type != "Country":
            continue
        colon = next((t.i for t in toks if r.i < t.i <= r.i + 12 and t.text == ":"), None)
        if colon is not None and any(t.tag_ in ("NNS", "NNPS") for t in doc[r.i + 1: colon]):
            continue  # "U.S. Attorneys met these officials: A, B": the plural nearer the colon is whose list
        start = colon + 1 if colon is not None else r.i + 1
        people = [m for tok, span, m in idx.people(sent) if tok.i >= start
                  and (tok.i == start or doc[tok.i - 1].text in (";", ",", "and") and _listed(doc, tok.i, start))]
        if not people or start >= len(doc) or not doc[start].is_title:
            continue  # the list must begin, with a name, right after the title or the colon
        count = next((_NUMBERS.get(c.lower_) for c in r.children if c.dep_ == "nummod"), None)
        if count is not None and len(people) > count:
            continue
        yield from PLURAL_TITLE.pairs(people, [country], "worksFor", True, (r.idx,))


def _listed(doc, i: int, start: int) -> bool:
    """A name in the list: after ";" or "," (or "and" after one of them), none of the words between the list's items a
    verb (a clause of its own ends the list)."""
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[start:i])
