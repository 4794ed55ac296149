"""Short clear sentences the tagger misreads: "The U.S. barred exports of advanced chips to China",
"TSMC manufactures chips for Apple".

Read without context, a past-tense trigger between a name and a plural noun can be tagged as an
adjective ("the barred exports"), and the sentence then has no verb at all: its root is the noun.
When a sentence has no verb, a root noun whose modifier is a past form of a trigger verb, with a
name before that modifier, is the clause it was meant to be: the name is the subject, the root
noun the object and its prepositions the verb's. The frames table says what the verb gives.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..guards import allows
from ..index import Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe, sent_words, verb_lemma
from .clause import NO_PRODUCT_OBJECT

VERBLESS = define("clause:verbless", preds=("restricts", "sanctions", "regulates", "suppliesTo", "investsIn",
                                            "acquires", "launches", "develops", "manufactures"), conf=0.7,
                  example="The U.S. barred exports of advanced chips to China.")
SUBJECT_DEPS = ("compound", "nmod", "poss", "nsubj")


@matcher(VERBLESS)
def verbless(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A verbless sentence whose root noun carries a past-tense trigger after a name: a clause."""
    root = sent.root
    if root.pos_ != "NOUN" or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in sent):
        return
    for v in root.lefts:
        lemma = verb_lemma(v)
        if lemma not in L.VERBS or not (v.dep_ == "amod" and v.tag_ in ("VBD", "VBN") or _present_as_noun(v)):
            continue
        # the name before the participle, on the root noun or ("The U.S. blocked exports") on the participle
        subjs = dedupe([a for c in [*root.lefts, *v.lefts] if c.dep_ in SUBJECT_DEPS and c.i < v.i
                        for a in args_of(c, idx, role="subj")])
        if not subjs:
            continue
        exclude = {s.entity.iri for s in subjs}
        for frame in L.VERBS[lemma]:
            if frame.reverse or frame.pred not in VERBLESS.preds or not allows(frame, v, idx):  # (v has no objects)
                continue
            objs = [o for slot in frame.slots for t in _slot(root, slot)
                    for o in args_of(t, idx, role="obj", exclude=exclude)
                    if not (o.entity.type == "Product" and frame.pred in NO_PRODUCT_OBJECT)]
            yield from VERBLESS.pairs(subjs, dedupe(objs), frame.pred, True, (v.idx,))


def _present_as_noun(v: Token) -> bool:
    """ "TSMC manufactures chips for Apple": a present-tense trigger read as a plural noun that qualifies the
    root, right after the name ("manufactures chips" as one noun)."""
    return v.dep_ == "compound" and v.tag_ == "NNS" and v.lower_.endswith("s") and v.i > 0 \
        and v.doc[v.i - 1].ent_type_ != "" and v.doc[v.i - 1].head.i == v.i


def _slot(root: Token, slot: str) -> list[Token]:
    """The root noun is the object; its prepositions (and one level further: "exports of chips to
    China") are the verb's."""
    if slot == "dobj":
        return [root]
    if not slot.startswith("prep:"):
        return []
    word, out = slot.split(":", 1)[1], []
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == word:
            out += [p for p in prep.children if p.dep_ == "pobj"]
        elif prep.dep_ == "prep":
            out += [q for p in prep.children if p.dep_ == "pobj" for p2 in p.children
                    if p2.dep_ == "prep" and p2.lower_ == word for q in p2.children if q.dep_ == "pobj"]
    return out





HEADLINE = define("clause:headline", preds=("restricts", "sanctions", "regulates", "suppliesTo", "investsIn",
                                            "acquires", "launches", "develops", "manufactures", "sues", "accuses",
                                            "partnersWith"), conf=0.7,
                  example="Treasury Sanctions Kestrel Dynamics for Supplying Russia (a headline)")
MAX_HEADLINE_TOKENS = 25
# What may stand between a headline's verb and its object's name: "U.S. Blacklists Chinese Chipmaker X".
OBJECT_LEAD = ("ADJ", "NOUN", "PROPN", "DET", "NUM")


@matcher(HEADLINE)
def headline(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Treasury Sanctions Kestrel Dynamics", "U.S. Blacklists Chinese Chipmaker X": in a short line whose
    parse has no verb at its root, a trigger's third-person form right after a name and before another name
    (nothing between them but modifiers) is the headline's verb, read with its direct-object frames."""
    if len(sent) > MAX_HEADLINE_TOKENS or sent.root.pos_ in ("VERB", "AUX"):
        return
    for w in sent[1:-1]:
        lemma = verb_lemma(w)
        if not w.lower_.endswith("s") or w.tag_ not in ("NNS", "NNPS", "VBZ", "NNP") or lemma not in L.VERBS \
                or w.i in idx.tok2m or (subj := idx.mention(w.doc[w.i - 1])) is None:
            continue
        obj_tok = next((t for t in w.doc[w.i + 1: min(w.i + 5, sent.end)] if idx.mention(t) is not None), None)
        if obj_tok is None or any(t.pos_ not in OBJECT_LEAD for t in w.doc[w.i + 1: obj_tok.i]):
            continue
        objs = args_of(idx.tok2m[obj_tok.i][0].root, idx, role="obj", exclude={subj.entity.iri})
        for frame in L.VERBS[lemma]:
            if not frame.reverse and "dobj" in frame.slots and frame.pred in HEADLINE.preds and allows(frame, w, idx):
                yield from HEADLINE.pairs([subj], dedupe(objs), frame.pred, True, (w.idx,))


MISREAD_MEASURE = define("clause:misread-measure", preds=("sanctions",), conf=0.7,
                         example="Treasury sanctioned three firms today. Today's action targets Alpha Ltd. (read with "
                                 "\"targets\" as a noun)")
# Third-person forms of the verbs a measure does to a party ("Today's action targets A"), which the tagger reads
# as plural nouns when the sentence has no other verb.
_MEASURE_FORMS = frozenset({"targets", "designates", "sanctions"})
_MEASURE_TOKENS = 8  # the measure noun is near: "Today's action by the Department of the Treasury targets"


@matcher(MISREAD_MEASURE)
def misread_measure(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Today's action targets Alpha Ltd.", "Today's action by the Department of the Treasury targets A and B":
    in a sentence with no verb, a measure noun, then a third-person form of a measure's verb read as a noun,
    then names is the clause penalties.instrument reads: the measure stands for who took it (its "by", or the
    body the sentence before says acted today); the names are the parties it falls on."""
    # (a measure's verb the parser hung under "by" as its object is no verb of the sentence: "This action by the
    # Department of State targets A and B")
    if sent_words(sent, idx).isdisjoint(_MEASURE_FORMS) or any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl")
            and not (t.lower_ in _MEASURE_FORMS and t.dep_ == "pobj") for t in sent):
        return
    from .penalties import GOV, LISTED, _dated_issuer  # (here: importing it above would run its rules before these)
    for w in sent:
        if w.lower_ not in _MEASURE_FORMS or w.tag_ not in ("NNS", "NNPS", "VBZ") or w.i in idx.tok2m:
            continue
        measure = next((t for t in reversed(sent.doc[max(sent.start, w.i - _MEASURE_TOKENS): w.i])
                        if t.lemma_.lower() in L.POLICY_NOUNS and t.i not in idx.tok2m), None)
        obj = next((t for t in sent.doc[w.i + 1: min(w.i + 4, sent.end)] if t.i in idx.tok2m), None)
        if measure is None or obj is None or any(t.pos_ not in ("ADJ", "DET", "NUM") for t in sent.doc[w.i + 1: obj.i]):
            continue
        between = sent.doc[measure.i + 1: w.i]
        issuer = [m for t in between if t.i in idx.tok2m and (m := idx.mention(t)) is not None
                  and m.entity.type in GOV and t.i == idx.tok2m[t.i][0].root.i] if any(
                      t.lower_ == "by" for t in between) else []
        issuer = issuer or _dated_issuer(measure, idx) or _dated_issuer(w, idx)
        if not issuer:
            continue
        exclude = {a.entity.iri for a in issuer}
        objs = [a for a in args_of(idx.tok2m[obj.i][0].root, idx, role="obj", exclude=exclude) if a.entity.type in LISTED]
        yield from MISREAD_MEASURE.pairs(dedupe(issuer), dedupe(objs), "sanctions", True, (w.idx,))


FINED_AMOUNT = define("clause:fined-amount", preds=("sanctions",), conf=0.75,
                      example="The commission fined Kestrel 6.2 billion won and Orvane 3.1 billion won.")


@matcher(FINED_AMOUNT, words={"fine"})
def fined_amount(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "fined Google 207.4 billion won": a currency read as a verb ("won") leaves "fined" without its object, the
    name hung on the amount. Each name right after "fined" (or after its list's "and") that an amount follows is
    the one fined, the verb's subject the body that fined it."""
    for v in sent:
        if v.pos_ != "VERB" or verb_lemma(v) != "fine" or v.tag_ not in ("VBD", "VBN") \
                or any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) \
                or any(c.dep_ == "dobj" and idx.mention(c, actor=False) is not None for c in v.children):
            continue
        subjs = [a for c in v.children if c.dep_ == "nsubj" for a in args_of(c, idx, role="subj")]
        objs, k = [], v.i + 1
        while subjs and k < sent.end and sent.doc[k].text not in ".;:" and (sent.doc[k].pos_ not in ("ADP", "VERB")
                                                                             or _currency(sent.doc[k])):
            m = idx.tok2m.get(k)
            if m is None:
                k += 1
                continue
            end = m[0].end
            if end < sent.end and sent.doc[end].like_num and (a := idx.mention(sent.doc[k], actor=False)) is not None \
                    and a.entity.type in ("Company", "Organization"):
                objs.append(a)
            k = end
        yield from FINED_AMOUNT.pairs(subjs, dedupe(objs), "sanctions", True, (v.idx,))


def _currency(tok: Token) -> bool:
    """ "207.4 billion won": the Korean currency after an amount, whatever the tagger made of it."""
    return tok.lower_ == "won" and tok.i > 0 and tok.doc[tok.i - 1].like_num
