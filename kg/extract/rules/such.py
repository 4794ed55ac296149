"""A named party said to be one of the class a measure in the sentence before fell on: "The Department
of State is imposing visa restrictions on employees of Chinese technology companies that support
abuses. Huawei is one such company." The measure falls on the party named, by the body that imposed
it: the class noun is the same word, and "such" (or "one of them", "an example of those companies")
says the name is one of them."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe, modality, subject_tokens, verb_lemma

SUCH = define("list:such", preds=("sanctions", "restricts"), conf=0.65,
              example="State imposed visa restrictions on employees of Chinese firms that aid abuses. "
                      "Huawei is one such firm.")
GOV = ("GovernmentBody", "Country")
MEASURES = ("sanctions", "restricts")


@matcher(SUCH)
def one_such(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "X is one such company", "X is an example of such a company", "X and Y are among those companies"."""
    if sent.start == 0:
        return
    for be in idx.sent_tokens(sent):
        if be.lemma_ != "be" or not modality(be)[0]:
            continue
        cls = next((c for a in be.children if a.dep_ in ("attr", "prep") for c in _class_nouns(a)), None)
        if cls is None:
            continue
        named = [a for s in be.children if s.dep_ == "nsubj" for a in args_of(s, idx, role="obj")
                 if a.entity.type in ORGS]
        if not named:
            continue
        for actors, pred in _measures_on(cls.lemma_.lower(), sent.doc[sent.start - 1].sent, idx):
            yield from SUCH.pairs(actors, dedupe(named), pred, True, (cls.idx,))


def _class_nouns(a: Token) -> Iterator[Token]:
    """The class noun the attribute says the subject belongs to, marked as the one just spoken of:
    "one such company", "an example of such a company", "among those companies", "one of them"."""
    for t in a.subtree:
        if t.pos_ == "NOUN" and t.lemma_.lower() in L.LISTED_PARTY_NOUNS | L.ORG_ANAPHORS \
                and any(c.lower_ in ("such", "those", "these") for c in t.children if c.dep_ in ("amod", "det", "predet")):
            yield t


def _measures_on(lemma: str, prev: Span, idx: DocIndex) -> Iterator[tuple[list[Arg], str]]:
    """The asserted sanctions or restrictions a state imposed in the previous sentence on (the people
    of) a class with that noun: by a trigger verb on it, or by a measure noun whose phrase holds it."""
    for verb in idx.sent_tokens(prev):
        if verb.pos_ != "VERB" or not modality(verb)[0]:
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"
                and any(t.lemma_.lower() == lemma and t.tag_ == "NNS" for t in c.subtree)]
        if not objs:
            continue
        actors = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
        if not actors:
            continue
        for obj in objs:
            preds = {f.pred for f in L.VERBS.get(verb_lemma(verb), ()) if f.pred in MEASURES and not f.reverse} \
                if obj.lemma_.lower() == lemma else set()
            noun = L.NOUNS.get(obj.lemma_.lower(), ("",))[0]
            for pred in sorted(preds or {noun} & set(MEASURES)):
                yield actors, pred
