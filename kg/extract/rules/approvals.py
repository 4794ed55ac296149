"""A regulator's approval of a deal told before it: "Synopsys closed its purchase of Ansys after China's market
regulator approved the deal", "Kestrel agreed to buy Orvane. The commission cleared the takeover on Friday". Approving
or clearing a deal governs both parties (ONTOLOGY.md: regulates, "approve/clear (a deal)"); "the deal" names none, so
the parties are those of the acquisition the sentence, or the one before, states."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

from ..index import Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe, modality, object_tokens, sent_words, subject_tokens, verb_lemma
from .clause import verb_frames
from .nominal import event_nouns

APPROVED = define("deal:approved", preds=("regulates",), conf=0.7,
                  example="Kestrel agreed to buy Orvane. The Competition Bureau approved the deal on Friday.")
_APPROVE = frozenset({"approve", "clear", "authorize", "authorise", "greenlight"})
_DEALS = frozenset({"deal", "merger", "acquisition", "takeover", "transaction", "purchase", "combination"})
GOV = ("GovernmentBody", "Country")


def _acquisitions(sent: Span, idx: DocIndex, before: int | None = None) -> list[Candidate]:
    """The asserted acquisitions a sentence states (before character `before`, when given)."""
    return [c for m in (verb_frames, event_nouns) for c in m(sent, idx) if c.pred == "acquires" and c.asserted
            and (before is None or max(c.subj.start, c.obj.start) < before)]


@matcher(APPROVED)
def approved_deal(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A named regulator or state approving or clearing "the deal" (the merger, the takeover) regulates both parties
    of the acquisition told before it in the sentence, or in the sentence before."""
    if sent_words(sent, idx).isdisjoint(_APPROVE):
        return
    for verb in idx.sent_tokens(sent):
        if verb.pos_ != "VERB" or verb_lemma(verb) not in _APPROVE:
            continue
        deals = [o for o in object_tokens(verb, "dobj") if o.lemma_.lower() in _DEALS and idx.mention(o) is None
                 and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children)
                 and not any(c.dep_ in ("poss", "prep") for c in o.children)]  # not "X's deal", "the deal with Y"
        if not deals:
            continue
        approvers = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
        if not approvers:
            continue
        told = _acquisitions(sent, idx, before=verb.idx)
        if not told and sent.start > 0:
            told = _acquisitions(sent.doc[sent.start - 1].sent, idx)
        if not told:
            continue
        exclude = {a.entity.iri for a in approvers}
        parties = [a for a in dedupe([told[-1].subj, told[-1].obj]) if a.entity.iri not in exclude]
        yield from APPROVED.pairs(dedupe(approvers), parties, "regulates", modality(verb)[0], (verb.idx,))
