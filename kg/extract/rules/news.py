"""Shapes of news prose that tie a person or a backer to a body without a title or a plain verb:
"Matt Garman, who runs Amazon's cloud unit" (works for Amazon: he heads a part of it, not the
whole) and "Alibaba-backed Moonshot AI" (a backer written as a compound adjective invests in it)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

from .. import lexicon as L
from ..index import ORGS, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe, modality, subject_tokens

RUNS_UNIT = define("news:runs-unit", preds=("worksFor",), conf=0.75,
                   example="Matt Garman, who runs Amazon's cloud unit, said demand was strong.")
BACKED = define("news:backed", preds=("investsIn",), conf=0.75,
                example="Alibaba-backed Moonshot AI released a chatbot.")
BACKERS = ORGS | {"GovernmentBody"}  # "Beijing-backed" is a state's support, not a named investor


@matcher(RUNS_UNIT, BACKED)
def news_shapes(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A person running a named body's unit; a backer's name made an adjective ("X-backed Y")."""
    for tok in idx.sent_tokens(sent):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in L.RUN_VERBS:
            yield from _runs_unit(tok, idx)
        elif tok.lower_ in L.BACKED_WORDS and tok.dep_ == "amod" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
            yield from _backed(tok, idx)


def _runs_unit(verb, idx: DocIndex) -> Iterator[Candidate]:
    """ "X runs Y's cloud unit", "who oversees Y's search business": the person works for Y. A unit
    with a name of its own ("runs Amazon Web Services") is the clause rules' (X leads it)."""
    people = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type == "Person"]
    units = [d for d in verb.children if d.dep_ == "dobj" and idx.mention(d) is None
             and d.lemma_.lower() in L.UNIT_NOUNS]
    owners = [a for d in units for q in d.children if q.dep_ == "poss"
              for a in args_of(q, idx, role="obj") if a.entity.type in BACKERS]
    yield from RUNS_UNIT.pairs(people, dedupe(owners), "worksFor", modality(verb)[0], (verb.idx,))


def _backed(word, idx: DocIndex) -> Iterator[Candidate]:
    """ "Alibaba-backed Moonshot AI", "the Tencent-funded startup Baichuan": the name before the
    hyphen invests in the body the adjective qualifies (or the name set beside that noun)."""
    backer = idx.mention(word.doc[word.i - 2])
    if backer is None or backer.entity.type not in BACKERS:
        return
    noun = word.head
    target = idx.mention(noun)
    if target is None and noun.i + 1 < len(noun.doc) and noun.lemma_.lower() in L.BACKED_NOUNS:
        target = idx.mention(noun.doc[noun.i + 1])  # "the SoftBank-backed startup Zhipu AI"
    if target is None or target.entity.type not in ORGS or target.entity.iri == backer.entity.iri:
        return
    yield BACKED.fact(backer, "investsIn", target, (word.idx,))
