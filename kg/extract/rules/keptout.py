"""Who a ban on using or buying goods keeps out: the goods' maker ("barred federal agencies from buying its
equipment"). Split from clause.py for size; clause.py's object reading uses it."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from .. import lexicon as L
from ..index import ORGS, Arg, DocIndex
from ..syntax import args_of, object_tokens, verb_lemma


def _makers_kept_out(verb: Token, exclude: set[str], idx: DocIndex) -> list[Arg]:
    """ "barred federal agencies from buying its equipment": the maker of the goods is restricted."""
    out = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for g in prep.children:
                if g.dep_ == "pcomp" and verb_lemma(g) in L.USE_VERBS | {"import", "acquire"}:
                    for t in object_tokens(g, "dobj"):
                        out += [o for o in args_of(t, idx, role="obj", exclude=exclude)
                                if o.entity.type in ORGS or o.entity.type == "Product"] or _maker_inside(t, idx, exclude)
    return out


def _maker_inside(noun: Token, idx: DocIndex, exclude: set[str]) -> list[Arg]:
    """ "from using DeepSeek's artificial intelligence (AI) service": the parser hangs the maker's "'s" on a
    word before the product noun, not on the noun; the maker is still who is kept out."""
    if noun.lower_ not in L.PRODUCT_NOUNS:
        return []
    return [Arg(m.entity, m.start, m.end, m.coref, True) for c in noun.lefts if c.dep_ in ("nmod", "compound")
            for p in c.children if p.dep_ == "poss" and (m := idx.mention(p)) is not None
            and m.entity.type in ORGS and m.entity.iri not in exclude]
