"""Ownership in the shapes sanctions and enforcement releases state it, which the verb frames and the
relational nouns miss: the designation criterion "owned or controlled by, directly or indirectly, X"
(the parser leaves the agent without its name), "a front company for X" (the front is X's), and "X and
its subsidiaries, including Y" (a plural part noun that names its parts). Each gives owns (ONTOLOGY.md:
S owns or controls O); a part noun with no named owner gives nothing. And a state's company: "Chinese
state-owned telecommunications companies, including A and B", "A, a Chinese state-owned enterprise": the
state the nationality names owns each (as it is based there)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Candidate, DocIndex
from ..registry import DERIVED, define, matcher
from ..syntax import args_of, dedupe, modality, subject_tokens
from .patients import _patients

OWNERS = ORGS | {"GovernmentBody", "Country", "Person"}

CONTROLLED = define("owns:controlled-by", preds=("owns",), conf=0.75,
                    example="Alpha Ltd. was designated for being owned or controlled by, directly or indirectly, Beta Co.")
FRONT = define("owns:front", preds=("owns",), conf=0.75,
               example="Alpha Ltd., a front company for Beta Co., placed the orders.")
PARTS_INCLUDING = define("owns:parts-including", preds=("owns",), conf=0.75,
                         example="Beta Co. and its subsidiaries, including Alpha Ltd., sold the parts.")
CONTROL = define("nominal:control", preds=("owns",), conf=0.7,
                 example="ByteDance's control over TikTok; the government took control of Nexperia")
PRONOUN_PART = define("owns:pronoun-part", preds=("owns",), conf=0.7,
                      example="Beta Co. and its U.S. subsidiary, Alpha Ltd., lost their licences.")
_WORDS = frozenset(set(L.CONTROL_VERBS) | set(L.FRONT_WORDS) | L.PART_NOUNS)  # sent_words holds lemmas


@matcher(CONTROLLED, FRONT, PARTS_INCLUDING, PRONOUN_PART, words=_WORDS)
def ownership(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """The criterion's owner, a front's principal, the owner of parts a possessed plural names."""
    for tok in idx.sent_tokens(sent):
        if tok.dep_ == "agent" and tok.head.lemma_.lower() in L.CONTROL_VERBS \
                and not any(c.dep_ == "pobj" for c in tok.children):
            yield from _controlled_by(tok, idx)
        elif tok.pos_ == "NOUN" and (tok.lemma_.lower() in L.FRONT_WORDS or any(
                c.dep_ in ("amod", "compound") and c.lower_ in L.FRONT_WORDS for c in tok.lefts)):
            yield from _front(tok, idx)
        elif tok.tag_ == "NNS" and tok.lemma_.lower() in L.PART_NOUNS:
            yield from _parts_including(tok, idx)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in L.PART_NOUNS:
            yield from _pronoun_part(tok, idx)


def _controlled_by(by: Token, idx: DocIndex) -> Iterator[Candidate]:
    """ "owned or controlled by, directly or indirectly, Beta Co.": the first name after the words the
    criterion puts between "by" and its owner (commas, adverbs, "or") owns the one designated for it."""
    doc, owner = by.doc, None
    for t in doc[by.i + 1: by.sent.end]:
        if t.is_punct or t.pos_ in ("ADV", "CCONJ"):
            continue
        owner = t if idx.mention(t) is not None else None
        break
    if owner is None:
        return
    verb = by.head
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "owned or controlled by"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for":
        verb = verb.head.head  # "was designated for being owned or controlled by"
    owners = [a for a in args_of(owner, idx, role="subj") if a.entity.type in OWNERS]
    exclude = {a.entity.iri for a in owners}
    owned = [a for t in _patients(verb) for a in args_of(t, idx, role="obj", exclude=exclude) if a.entity.type in ORGS]
    yield from CONTROLLED.pairs(owners, dedupe(owned), "owns", modality(verb)[0], (by.idx,))


def _front(noun: Token, idx: DocIndex) -> Iterator[Candidate]:
    """ "Alpha Ltd., a front company for Beta Co.", "Alpha Ltd. is a front for Beta Co.": the front is its
    principal's."""
    principals = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                  for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="subj")
                  if a.entity.type in OWNERS]
    if not principals:
        return
    if noun.dep_ == "appos":
        fronts = [noun.head]
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        fronts = subject_tokens(noun.head)
    else:
        return
    exclude = {a.entity.iri for a in principals}
    owned = [a for t in fronts for a in args_of(t, idx, role="obj", exclude=exclude, conj=False) if a.entity.type in ORGS]
    asserted = modality(noun.head)[0] if noun.dep_ == "attr" else True
    yield from FRONT.pairs(principals, dedupe(owned), "owns", asserted, (noun.idx,))


def _pronoun_part(noun: Token, idx: DocIndex) -> Iterator[Candidate]:
    """ "Kestrel Telecom and its U.S. subsidiary, Kestrel Americas": a part noun with a possessive pronoun, and
    the name set off right after it, which the parser hung elsewhere: the pronoun's antecedent owns the named
    one. (Not a person's "her company", which may be her employer.)"""
    poss = [c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
    doc, after = noun.doc, noun.i + 2
    if not poss or after >= noun.sent.end or doc[noun.i + 1].text != "," or (hit := idx.tok2m.get(after)) is None \
            or hit[0].start != after or hit[0].root.dep_ in ("nsubj", "nsubjpass"):
        return
    owned = idx.mention(hit[0].root, actor=False)
    owners = [a for a in args_of(poss[0], idx, role="subj", conj=False) if a.entity.type in ORGS]
    if owned is None or owned.entity.type not in ORGS:
        return
    yield from PRONOUN_PART.pairs(owners, [owned], "owns", True, (noun.idx,))


def _parts_including(noun: Token, idx: DocIndex) -> Iterator[Candidate]:
    """ "Beta Co. and its subsidiaries, including Alpha Ltd.", "Beta Co.'s affiliates such as Alpha Ltd.": the
    parts a possessed plural part noun names are the possessor's."""
    owners = [a for c in noun.children if c.dep_ == "poss" for a in args_of(c, idx, role="subj", conj=False)
              if a.entity.type in OWNERS]
    if not owners:
        return
    exclude = {a.entity.iri for a in owners}
    parts = [a for c in noun.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
             for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj", exclude=exclude)
             if a.entity.type in ORGS]
    parts += [a for c in noun.children if c.dep_ == "amod" and c.lower_ == "such"
              for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
              for q in p.children if q.dep_ == "pobj" for a in args_of(q, idx, role="obj", exclude=exclude)
              if a.entity.type in ORGS]
    yield from PARTS_INCLUDING.pairs(owners, dedupe(parts), "owns", True, (noun.idx,))


STATE_OWNED = define("owns:state-owned", preds=("owns",), conf=0.75,
                     example="Chinese state-owned carriers such as Alpha Telecom were barred.")
_NATIONALITY_RULES = ("descriptor:demonym", "descriptor:described-demonym")


@matcher(STATE_OWNED, phase=DERIVED)
def state_owned(cands: list[Candidate], idx: DocIndex) -> Iterator[Candidate]:
    """A company whose nationality is given with "state-owned" beside it ("Chinese state-owned companies, such
    as A", "A, a Chinese state-owned firm") is that state's: the nationality's basedIn gives its owner."""
    doc = idx.doc
    for c in cands:
        if c.rule not in _NATIONALITY_RULES or c.obj.entity.type != "Country" or c.subj.entity.type not in ORGS:
            continue
        mod = doc.char_span(c.obj.start, c.obj.end, alignment_mode="expand")
        if mod is None or not any(_state_owned(t) for t in (mod.root.head, *mod.root.head.children)):
            continue
        yield STATE_OWNED.fact(c.obj, "owns", c.subj, c.tokens, asserted=c.asserted)


_PART_WORDS = frozenset({"partially", "partly", "part", "minority", "half"})


def _state_owned(tok: Token) -> bool:
    """ "state-owned", "state-controlled" (three tokens: state, -, owned); not "partially state-owned", "partly
    state-owned": a state's part of a company is a stake, not the company."""
    return tok.lower_ in ("owned", "controlled") and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" \
        and tok.doc[tok.i - 2].lower_ == "state" and not (tok.i >= 3 and tok.doc[tok.i - 3].lower_ in _PART_WORDS)


@matcher(CONTROL, words={"control"})
def control_over(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "exploit ByteDance's control over TikTok": a named possessor's control of a named company or
    platform is ownership, whatever the clause around it says (a possessive carries its fact); so is control
    taken ("The Dutch government took control of Nexperia", "seized control of", "gained control over"), by the
    clause's subject, as the clause asserts it. "export control over X" (a compound) is a measure, not a holding."""
    for noun in idx.sent_tokens(sent):
        if noun.lower_ != "control" or noun.pos_ != "NOUN" or any(c.dep_ == "compound" for c in noun.lefts):
            continue
        owners = [a for c in noun.children if c.dep_ == "poss" for a in args_of(c, idx, role="subj")]
        asserted = True
        if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in L.CONTROL_TAKING:
            owners = [a for t in subject_tokens(noun.head) for a in args_of(t, idx, role="subj") if a.entity.type in OWNERS]
            asserted = modality(noun.head)[0]
        owned = [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("over", "of")
                 for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")
                 if a.entity.type in ORGS | {"Product"}]
        for owner in dedupe(owners):  # a platform is a company's; a state's "control over rare earths" is no holding
            yield from CONTROL.pairs([owner], [a for a in dedupe(owned) if a.entity.type in ORGS
                                               or owner.entity.type in ORGS], "owns", asserted, (noun.idx,))


ITS_UNIT = define("owns:its-unit", preds=("owns",), conf=0.7,
                  example="The Kestrel Agency's Orvane Division hosted the launch of its Harbor Task Force.")


@matcher(ITS_UNIT)
def its_unit(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "the Justice Department's National Security Division hosted a summit ... of the launch of its Disruptive
    Technology Strike Force": a named unit a government body's "its" possesses is that body's, when the body is the
    clause's only named subject and no other body or company stands between it and "its" (which "its" could mean)."""
    toks = idx.sent_tokens(sent)
    for tok in toks:
        if tok.lower_ != "its" or tok.dep_ != "poss" or (unit := idx.mention(tok.head, actor=False)) is None \
                or unit.entity.type not in ORGS | {"GovernmentBody"}:
            continue
        verb = tok.head
        while verb.dep_ not in ("ROOT",) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        owners = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj", conj=False)]
        if len(owners) != 1 or owners[0].entity.type != "GovernmentBody" or owners[0].entity.iri == unit.entity.iri:
            continue
        end = max(t.i for s in subject_tokens(verb) for t in s.subtree)
        if any((b := idx.mention(t, actor=False)) is not None and b.entity.type in ORGS | {"GovernmentBody"}
               for t in tok.doc[end + 1: tok.i]):
            continue  # "DOJ sued Kestrel over its Orvane unit": the nearer body may be whose
        yield ITS_UNIT.fact(owners[0], "owns", unit, (tok.idx,))
