"""A country read as a list's member when it only qualifies the name after it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .index import ORGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .index import DocIndex


def qualified_next(c: Token, idx: DocIndex) -> Token | None:
    """ "BlackRock, Microsoft and United Arab Emirates state-backed investor MGX are partnering": the parser made
    the country the last conjunct, but it and the lower-case words after it ("state-backed investor") describe the
    company named next; that company is the list's member. The company's head token, or None."""
    m = idx.mention(c, actor=False)
    if m is None or m.entity.type != "Country" or c.i not in idx.tok2m:
        return None
    doc, k = c.doc, idx.tok2m[c.i][0].end
    j = k
    while j < len(doc) and j - k < 5 and idx.mention(doc[j]) is None and (doc[j].is_lower or doc[j].text == "-"):
        j += 1
    if j == k or j >= len(doc) or j not in idx.tok2m or (n := idx.mention(doc[j], actor=False)) is None \
            or n.entity.type not in ORGS or not any(doc[i].pos_ == "NOUN" for i in range(k, j)):
        return None
    return idx.tok2m[j][0].root
