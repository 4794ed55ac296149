"""The named members of a group a body's measure fell on in the sentence before: "The Department of State is
targeting additional oligarchs and elites. This includes A, B and C." / "Today, the United States will sanction
an expansive list of cronies. One of the elites is A." Designation releases and fact sheets name the acting
body once, over a common-noun group, and the designees in the next sentence; "this/these/they include" or
"one of the <plural> is" or "among them is" says the names are of that group, so the measure falls on each, by that body. Only
when the sentence before has an asserted sanction (a verb whose frame sanctions, or a listing) by a state or
government body on an unnamed group; a body's group of guests or grantees ("is hosting delegations") is none."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe, modality, subject_tokens, verb_lemma

GROUP_MEMBERS = define("list:group-members", preds=("sanctions",), conf=0.65,
                       example="The Department of State is targeting several oligarchs. This includes Ann Wu and "
                               "Orvane Ltd.")
GOV = ("GovernmentBody", "Country")
LISTED = ORGS | {"Person", "GovernmentBody"}
POINTERS = ("this", "these", "they")
# how a member hangs on "include"/"be" or on another member: never through a preposition ("spokesperson for the
# Foreign Ministry", "a close ally of Putin" name no member)
MEMBER_DEPS = ("dobj", "attr", "appos", "conj", "advmod", "nsubj")


@matcher(GROUP_MEMBERS)
def group_members(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "This includes A; B; and C" or "One of the elites is A" after a sanction on an unnamed group."""
    if sent.start == 0:
        return
    for verb in idx.sent_tokens(sent):
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "ccomp") or not modality(verb)[0]:
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj or not (_pointer(subj[0], verb) or _one_of_them(subj[0], verb) or _among_them(verb)):
            continue
        named = [m for t in idx.sent_tokens(sent) if t.i > verb.i and (m := _member(t, verb, subj[0], idx)) is not None]
        if not named:
            continue
        bodies = _group_sanctioner(sent.doc[sent.start - 1].sent, idx)
        if bodies:
            yield from GROUP_MEMBERS.pairs(bodies, dedupe(named), "sanctions", True, (verb.idx,))


def _pointer(subj: Token, verb: Token) -> bool:
    """ "This includes", "These include", "They include": a pronoun pointing back, with "include"."""
    return subj.lower_ in POINTERS and subj.tag_ in ("DT", "PRP") and verb_lemma(verb) == "include" \
        and all(c.dep_ in ("appos", "punct", "conj", "cc") for c in subj.children)


def _one_of_them(subj: Token, verb: Token) -> bool:
    """ "One of the elites is A": one of a plural the text has just spoken of ("the"/"these"/"those")."""
    if subj.lower_ != "one" or verb.lemma_ != "be":
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.tag_ == "NNS" and any(d.lower_ in ("the", "these", "those") for d in o.children)
        for o in p.children) for p in subj.children)


def _among_them(verb: Token) -> bool:
    """ "Among them is A", "Among those are A and B": the names are of the group the text has just spoken of."""
    return verb.lemma_ == "be" and any(p.dep_ == "prep" and p.lower_ == "among" and p.i < verb.i and any(
        o.dep_ == "pobj" and o.lower_ in ("them", "those", "these") for o in p.children) for p in verb.children)


def _member(t: Token, verb: Token, subj: Token, idx: DocIndex) -> Arg | None:
    """A named party the sentence gives as a member: its name's head reaches the verb (or the pointer subject)
    through objects, attributes, appositions and conjuncts only."""
    hit = idx.tok2m.get(t.i)
    if hit is None or hit[0].root.i != t.i:
        return None
    m = idx.mention(t, actor=False)
    if m is None or m.entity.type not in LISTED:
        return None
    tok = t
    for _ in range(8):
        if tok.dep_ not in MEMBER_DEPS:
            return None
        if tok.head.i in (verb.i, subj.i):
            return m
        tok = tok.head
    return None


def _group_sanctioner(prev: Span, idx: DocIndex) -> list[Arg]:
    """The states or bodies that, in the sentence before, assertedly sanction or target an unnamed group: the
    verb's object is a common noun (a plural, or a "list of" plurals), not a name."""
    for verb in reversed(idx.sent_tokens(prev)):
        lemma = verb_lemma(verb)
        if verb.pos_ != "VERB" or not modality(verb)[0] or not (
                lemma in L.LISTING or any(f.pred == "sanctions" and not f.reverse for f in L.VERBS.get(lemma, ()))):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs or any(idx.mention(o) is not None for o in objs) or not any(_group(o) for o in objs):
            continue
        bodies = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
        if bodies:
            return bodies
    return []


def _group(obj: Token) -> bool:
    """A plural common noun, or a list of them ("an expansive list of cronies")."""
    if obj.tag_ == "NNS":
        return True
    return obj.lemma_.lower() == "list" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.tag_ == "NNS" for o in p.children) for p in obj.children)
