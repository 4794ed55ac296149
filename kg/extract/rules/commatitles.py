"""A title set off by commas between a person's name and a body's name, however the parser hung the words: "a report
to the Honorable Ann Wu, Minority Leader, U.S. Senate" (an addressee line, often glued to the next heading). The person
works for, or leads, as the title says, the body named right after the title's comma (ONTOLOGY.md, titles)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from .roleorgs import _role_pred

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
        if j == k + 1 or j + 1 >= len(doc) or doc[j].text != "," or (pred := _role_pred(doc[j - 1])) is None:
            continue
        body = idx.mention(doc[j + 1], actor=False)
        if body is None or body.entity.type not in BODIES or idx.tok2m[j + 1][0].start != j + 1:
            continue
        yield COMMA_TITLE.fact(Arg(m.entity, span.start_char, span.end_char), pred, body, (doc[j - 1].idx,))
