"""A verb phrase said again by "doing that": "It is not about China providing weapons to Russia. North
Korea is doing that; Iran is doing that."

Speech and interviews repeat an act for a new actor with "do that", "do so", "do the same". The act
is the nearest trigger verb before it, in the same sentence or the one before: its frame and its
objects carry over to the new subject. Whether the first mention was asserted does not matter (it
may be denied of its own subject); whether "doing that" is asserted does.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..guards import allows
from ..index import ORGS, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe, modality, object_tokens, subject_tokens, verb_lemma
from .clause import _objects

DO_THAT = define("ellipsis:do-that", preds=("suppliesTo", "restricts", "sanctions", "investsIn"), conf=0.7,
                 example="China is not providing weapons to Russia. North Korea is doing that.")

ACTORS = ORGS | {"Country", "GovernmentBody"}
ANAPHORS = ("that", "so", "same", "this", "likewise")


@matcher(DO_THAT, words={"do"})
def do_that(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "X is doing that": X does what the nearest act before it does, to the same objects."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() != "do" or not _says_again(verb):
            continue
        actors = dedupe([a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")
                         if a.entity.type in ACTORS])
        if not actors:
            continue
        act = _antecedent(verb, idx)
        if act is None:
            continue
        exclude = {a.entity.iri for a in actors}
        for frame in L.VERBS[verb_lemma(act)]:
            if frame.reverse or frame.pred not in DO_THAT.preds or not allows(frame, act, idx):
                continue
            near = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for slot in ("dobj", "dative", "prep:to")
                    for t in object_tokens(act, slot)]  # the act's own objects, not "for use in Ukraine"
            objs = [o for o in _objects(act, frame.pred, frame.slots, exclude, idx) if o.entity.type != "Product"
                    and any(a <= o.start < b for a, b in near)]
            yield from DO_THAT.pairs(actors, dedupe(objs), frame.pred, _asserted(verb), (verb.idx,))


def _asserted(verb: Token) -> bool:
    """ "North Korea is doing that; others may be": a clause the parser hung on the next one across a
    semicolon keeps its own modality only."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.i > verb.i and any(t.text == ";" for t in verb.doc[verb.i: head.i]):
        return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in L.MODALS for c in verb.children)
    return modality(verb)[0]


def _says_again(verb: Token) -> bool:
    """ "doing that", "did so", "do the same", "does likewise" (never "do that deal")."""
    return any(c.dep_ in ("dobj", "advmod") and c.lower_ in ANAPHORS and not list(c.children)
               or c.dep_ == "dobj" and c.lower_ == "same" for c in verb.children)


def _antecedent(verb: Token, idx: DocIndex) -> Token | None:
    """The nearest trigger verb before "do that", in its sentence or the one before."""
    doc = verb.doc
    start = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
    for t in reversed(doc[start: verb.i]):
        if t.pos_ == "VERB" and t.lemma_.lower() != "do" and verb_lemma(t) in L.VERBS:
            return t
    return None
