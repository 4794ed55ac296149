"""A title set off by commas between a person's name and a body's name, however the parser hung the words: "a report
to the Honorable Ann Wu, Minority Leader, U.S. Senate" (an addressee line, often glued to the next heading). The person
works for, or leads, as the title says, the body named right after the title's comma (ONTOLOGY.md, titles)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher

COMMA_TITLE = define("role:comma-title", preds=("leads", "worksFor"), conf=0.7,
                     example="EXPORT CONTROLS Treasury Should Improve Workforce Planning and Information Sharing Report "
                             "to the Honorable Mary Wu, Minority Leader, U.S. Senate United States Government "
                             "Accountability Office For more information, contact the office.")
BODIES = ORGS | {"GovernmentBody"}


@matcher(COMMA_TITLE)
def comma_titles(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "NAME, Title Words, BODY": one to four capitalised title words, no name among them, the last a role noun; the
    body's name begins right after the second comma."""
    doc = sent.doc
    for _, span, m in idx.people(sent):
        k = span.end
        if k >= len(doc) or doc[k].text != ",":
            continue
        j = k + 1
        while j < len(doc) and j - k <= 4 and doc[j].is_title and doc[j].i not in idx.tok2m:
            j += 1
        if j == k + 1 or j + 1 >= len(doc) or doc[j].text != "," or (pred := _title_pred(doc[k + 1: j])) is None:
            continue
        body = idx.mention(doc[j + 1], actor=False)
        if body is None or body.entity.type not in BODIES or idx.tok2m[j + 1][0].start != j + 1:
            continue
        if doc[j - 1].lower_ == "secretary" and j - k == 2 and _department(body):
            pred = "leads"  # "X, Secretary, U.S. Department of Commerce": the department's head
        yield COMMA_TITLE.fact(Arg(m.entity, span.start_char, span.end_char), pred, body, (doc[j - 1].idx,))


def _title_pred(words) -> str | None:
    """The title's fact from its own words, not the parse of a glued heading: its role noun's (a secretary, director
    leads), but a deputy's, an assistant's or a faction leader's ("Minority Leader") is worksFor."""
    pred = L.ROLES.get(words[-1].lemma_.lower()) or L.ROLES.get(words[-1].lower_)
    if pred == "leads" and {w.lower_ for w in words[:-1]} & (set(L.SUBORDINATE_TITLES) | set(L.FACTION_WORDS)):
        return "worksFor"
    return pred


def _department(arg) -> bool:
    words = arg.entity.label.lower().split()
    return "department" in words or "ministry" in words


CONTACT = define("fed:contact-person", preds=("worksFor",), conf=0.7,
                 example="Other questions may be directed to Ann Wu, Office of Exporter Services, Department of Commerce.")
CONTACT_WORDS = {"contact", "directed", "addressed"}


@matcher(CONTACT)
def contact_person(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A notice's contact line, "questions may be directed to NAME, Office of X, Bureau of Y": the person named for
    contact works for each government body of the address after the name's comma (each part after a comma)."""
    doc = sent.doc
    for _, span, m in idx.people(sent):
        if not any(t.lower_ in CONTACT_WORDS for t in doc[max(sent.start, span.start - 4): span.start]):
            continue
        k = span.end
        while k + 1 < sent.end and doc[k].text == "," and k + 1 in idx.tok2m and idx.tok2m[k + 1][0].start == k + 1 \
                and (body := idx.mention(doc[k + 1], actor=False)) is not None and body.entity.type == "GovernmentBody":
            yield CONTACT.fact(Arg(m.entity, span.start_char, span.end_char), "worksFor", body, (doc[k].idx,))
            k = idx.tok2m[k + 1][0].end
