"""A legislator's chamber named in the same sentence: "Sen. Ann Wu said the Senate would vote", "Rep. Dan Orvane,
chairman of the House oversight subcommittee". The title before the name says the person sits in that chamber
(and in the Congress both chambers make up); the chamber the sentence names is the one the title means. A
former holder ("former Sen. X") no longer works there."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

from ..index import Candidate, DocIndex
from ..registry import define, matcher

CHAMBER = define("role:chamber", preds=("worksFor",), conf=0.7,
                 example="Sen. Ann Wu said the Senate would vote on the bill.")
# The title's chambers, by the chamber's name with any "U.S." dropped
SENATORS = {"sen.", "senator"}
REPRESENTATIVES = {"rep.", "representative", "congressman", "congresswoman"}
CHAMBERS = {"senate": SENATORS, "house": REPRESENTATIVES, "house of representatives": REPRESENTATIVES,
            "congress": SENATORS | REPRESENTATIVES}
NATIONAL = ("u.s. ", "us ", "united states ", "the ")


def _chamber(label: str) -> str:
    low = label.lower()
    for q in NATIONAL:
        low = low.removeprefix(q)
    return low


@matcher(CHAMBER)
def chamber_members(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Sen. Ann Wu ... the Senate": a titled legislator works for the one chamber of the title the sentence names."""
    toks = idx.sent_tokens(sent)
    bodies: dict[str, dict] = {}
    for tok in toks:
        m = idx.mention(tok, actor=False)
        if m is not None and m.entity.type in ("GovernmentBody", "Organization", "Company") \
                and (kind := _chamber(m.entity.label)) in CHAMBERS:
            bodies.setdefault(kind, {})[m.entity.iri] = m
    if not bodies:
        return
    for i, tok in enumerate(toks[:-1]):
        title = tok.lower_
        if not tok.text[:1].isupper() or not any(title in t for t in CHAMBERS.values()):
            continue
        if i > 0 and toks[i - 1].lower_ in ("former", "ex", "late", "then"):
            continue  # "former Sen. X" sits there no more
        who = idx.mention(toks[i + 1], actor=False)
        if who is None or who.entity.type != "Person" or idx.tok2m[toks[i + 1].i][0].start != toks[i + 1].i:
            continue
        for kind, found in bodies.items():
            if title in CHAMBERS[kind] and len(found) == 1:
                yield CHAMBER.fact(who, "worksFor", next(iter(found.values())), (tok.idx,))
