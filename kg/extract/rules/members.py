"""Named members of a class given in brackets after their country or their class noun, as State and Treasury
releases write whom a measure falls on: "new sanctions against five entities/individuals in China (A, B, and C)
and Turkey (D)". Each company or organisation in a bracket that follows a country is based in that country; a
measure noun whose phrase holds the brackets falls on each member, by the body whose clause holds the measure,
or, where the clause's subject is the act itself ("This action includes new sanctions against ..."), by the
government body or state the sentence before says acted."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import ENTITY, define, matcher
from ..syntax import args_of, dedupe, modality, subject_tokens
from .patients import _measure_pred

HOME = define("members:bracket-home", preds=("basedIn",), conf=0.75,
              example="Sanctions fell on three firms in China (Kestrel Trading Limited and Orvane Holdings Co.).")
MEASURE = define("members:bracket-measure", preds=("sanctions", "restricts"), conf=0.7,
                 example="The United States is sanctioning six parties. This action includes new sanctions against "
                         "three firms in China (Kestrel Trading Limited and Orvane Holdings Co.).")
GOV = ("GovernmentBody", "Country")
TARGETS = ORGS | {"Person"}
LINKS = frozenset({",", ";", "and", "&"})


def _brackets(sent: Span, idx: DocIndex) -> Iterator[tuple[Token, Arg | None, list[Arg]]]:
    """(the opening bracket, the country before it or None, the named members inside) for each bracket that
    follows a country or a plural class noun and holds nothing but names joined by commas or "and"."""
    doc = sent.doc
    for tok in idx.sent_tokens(sent):
        if tok.text != "(" or tok.i == sent.start:
            continue
        close = next((t for t in doc[tok.i + 1: sent.end] if t.text in "()"), None)
        if close is None or close.text != ")":
            continue
        before = doc[tok.i - 1]
        place = idx.mention(before, actor=False)
        country = place if place is not None and place.entity.type == "Country" else None
        if country is None and not (before.tag_ == "NNS" and before.lemma_.lower() in L.LISTED_PARTY_NOUNS):
            continue
        inside = doc[tok.i + 1: close.i]
        named = {t.i for t in inside if t.i in idx.tok2m}
        if not named or any(t.i not in named and t.text not in LINKS for t in inside):
            continue  # prose in the bracket ("(the company's parent)"), or a country's own gloss ("(PRC)")
        members = dedupe([m for t in inside if t.i in named and (m := idx.mention(t, actor=False)) is not None
                          and m.entity.type in TARGETS])
        if len(members) == 1 and len(inside) == 1 and inside[0].text.isupper():
            continue  # "the National Space Development Agency of Japan (NASDA)": the name's own abbreviation
        if members:
            yield tok, country, members


@matcher(HOME, phase=ENTITY)
def bracket_home(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "entities in China (A, B and C)": each company or organisation in the bracket is based in China."""
    if "(" not in idx.text[sent.start_char:sent.end_char]:  # sent.text, without a Token per word
        return
    for tok, country, members in _brackets(sent, idx):
        if country is not None and _placed(sent.doc, tok.i - 1, idx):
            orgs = [m for m in members if m.entity.type in ORGS and m.entity.iri != country.entity.iri]
            yield from HOME.pairs(orgs, [country], "basedIn", True, (tok.idx,))


def _placed(doc, i: int, idx: DocIndex) -> bool:
    """The country before a bracket is where the members are: "in China (", "from Iran (", or the next country
    of the same list after a closed bracket ("in China (A, B) and Turkey (C)")."""
    start = idx.tok2m[i][0].start if i in idx.tok2m else i
    word = doc[start - 1] if start > 0 else None
    if word is not None and word.lower_ in ("in", "from"):
        return True
    return word is not None and word.lower_ in ("and", ",") and start > 1 and doc[start - 2].text == ")" \
        and (opening := next((t for t in reversed(doc[:start - 2]) if t.text == "("), None)) is not None \
        and opening.i > 0 and _placed(doc, opening.i - 1, idx)


@matcher(MEASURE)
def bracket_measure(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "(X imposed) new sanctions against five entities in China (A, B) and Turkey (C)": the measure noun nearest
    before the brackets, with "against" or "on" after it and no verb between, falls on each member."""
    if "(" not in idx.text[sent.start_char:sent.end_char]:  # sent.text, without a Token per word
        return
    groups = list(_brackets(sent, idx))
    for noun in idx.sent_tokens(sent):
        pred = _measure_pred(noun, idx)
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("against", "on")), None)
        if pred is None or prep is None:
            continue
        mine = [g for g in groups if g[0].i > prep.i
                and not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[prep.i: g[0].i])]
        members = dedupe([m for _, _, ms in mine for m in ms])
        verb = noun.head
        if not members or verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("dobj", "attr"):
            continue
        actors = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
        actors = actors or _act_before(verb, idx)
        iris = {a.entity.iri for a in actors}
        yield from MEASURE.pairs(actors, [m for m in members if m.entity.iri not in iris], pred,
                                 modality(verb)[0], (noun.idx,))


def _act_before(verb: Token, idx: DocIndex) -> list[Arg]:
    """ "This action includes ...", "Today's action includes ...": the act is the one the previous sentence states,
    and its actor is that sentence's subject, when a government body or a state."""
    subj = subject_tokens(verb)
    if len(subj) != 1 or subj[0].lemma_.lower() not in L.POLICY_NOUNS or idx.mention(subj[0]) is not None \
            or not any(c.lower_ in ("this", "today", "today's") or c.ent_type_ == "DATE" for c in subj[0].children
                       if c.dep_ in ("det", "poss")) or verb.sent.start == 0:
        return []
    prev = verb.doc[verb.sent.start - 1].sent
    for t in idx.sent_tokens(prev):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and modality(t.head)[0] \
                and (m := idx.mention(t)) is not None and m.entity.type in GOV:
            return [Arg(m.entity, subj[0].idx, subj[0].idx + len(subj[0].text), coref=True)]
    return []
