"""Two titles joined by "and" between a company and a name, news style: "Nvidia's chief executive and co-founder
Jensen Huang", "Tesla CEO and co-founder Elon Musk". The parser coordinates the first title with the name, or
reads the second as a verb, so role:title hears neither title; the words in a row still say it."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher

CO_TITLES = define("role:co-titles", preds=("leads", "worksFor", "founded"), conf=0.75,
                   example="Nvidia's chief executive and co-founder Jensen Huang; Tesla CEO and co-founder Elon Musk")

# words that may qualify a title inside the run ("chief", "vice"); a past or future role ("former", "incoming")
# stops the rule: the run must name what the person is now
QUALIFIERS = {"chief", "executive", "senior", "general", "managing", "founding", "co"} | L.SUBORDINATE_TITLES
NOT_NOW = {"former", "ex", "then", "incoming", "outgoing", "late", "interim", "acting"}


@matcher(CO_TITLES, kinds={"Person"})
def co_titles(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Titles joined by "and" right before a person's name, right after a company's name or possessive: each
    title gives its own predicate ("chief executive" leads, "co-founder" founded). A past or future role in the
    run, or a run of one title, gives nothing here (role:title reads those)."""
    doc = sent.doc
    for tok, span, m in idx.people(sent):
        k, words = tok.i - 1, []
        while k > sent.start and k not in idx.tok2m and (doc[k].lower_ in ("and", "&") or _title_word(doc[k])):
            words.insert(0, doc[k])
            k -= 1
        groups = _groups(words)
        if len(groups) < 2 or any(not _is_title(g[-1]) for g in groups) or any(t.lower_ in NOT_NOW for t in words):
            continue
        if doc[k].tag_ == "POS":
            k -= 1  # "Nvidia's chief executive and ..."
        body = idx.tok2m.get(k)
        org = idx.mention(doc[k]) if body is not None and body[0].end == k + 1 else None
        if org is None or org.entity.type not in ORGS:
            continue
        who = Arg(m.entity, span.start_char, span.end_char)
        for g in groups:
            yield CO_TITLES.fact(who, _pred(g), org, (g[-1].idx,))


def _title_word(t: Token) -> bool:
    return _is_title(t) or t.lower_ in QUALIFIERS or t.lower_ in NOT_NOW


def _is_title(t: Token) -> bool:
    return t.lower_ in L.ROLES or t.lemma_.lower() in L.ROLES


def _groups(words: list) -> list[list]:
    out: list[list] = [[]]
    for t in words:
        if t.lower_ in ("and", "&"):
            out.append([])
        else:
            out[-1].append(t)
    return out if all(out) else []


def _pred(group: list) -> str:
    """ "chief executive" and "CEO" lead, "co-founder" founded, a "vice president" works for the company."""
    head = group[-1]
    pred = L.ROLES.get(head.lower_) or L.ROLES[head.lemma_.lower()]
    mods = {t.lower_ for t in group[:-1]}
    if head.lower_ in ("executive", "officer") and "chief" in mods:
        return "leads"
    if pred == "leads" and mods & L.SUBORDINATE_TITLES:
        return "worksFor"
    return pred
