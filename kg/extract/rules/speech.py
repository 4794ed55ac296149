"""Accusation by an official's words: "Secretary Ross said Huawei and its affiliate HiSilicon pose a
threat to national security", "“We must amend our rules exploited by Huawei,” said the Secretary".

Officials rarely say "accuse"; they say that a company violates, evades or exploits the rules, or
poses a threat. Saying so of a named company or state is accusing it (ONTOLOGY.md: accuses, S
condemns O). The speaker is the subject of the verb of saying the clause hangs on, or, inside a
quotation that runs over several sentences ("“…,” said X. “We must …”"), the one the quotation was
attributed to in the sentences just before. What the clause denies or only supposes is no accusation.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, dedupe, modality, subject_tokens, verb_lemma

WRONGDOING = define("speech:wrongdoing", preds=("accuses",), conf=0.7,
                    example="Secretary Jane Doe said Huawei violated U.S. export controls.")

SPEAKERS = {"Person", "GovernmentBody"}
SECURITY = {"security", "stability", "peace"}
ACCUSED = ORGS | {"Country"}
OPENING, CLOSING = ("\u201c",), ("\u201d",)
BACK = 3  # sentences a quotation's attribution may lie behind
# Verbs that make a claim of wrongdoing an allegation: "The FTC alleged that Facebook violated its promises",
# "the agency charged that X evaded the rules" (only here: elsewhere they are no verbs of saying)
ALLEGING = {"allege", "charge"}


_WRONG_WORDS = frozenset({*L.WRONGDOING_VERBS, "be", "threaten", "pose", "present"})  # what _wrong reads first


@matcher(WRONGDOING, words=_WRONG_WORDS)
def wrongdoing(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A speaker who says a named company or state does wrong accuses it."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ not in ("VERB", "AUX") or not _wrong(verb):
            continue
        subj = subject_tokens(verb)  # "Kestrel's exports are a violation of the rules": the acts' possessor
        if verb.lemma_ in ("be", "threaten"):  # "the DPRK's use of ... networks directly threatens international security"
            subj = [t for t in subj if idx.mention(t) is not None] + [
                c for t in subj if idx.mention(t) is None for c in t.children if c.dep_ == "poss"]
        accused = [a for t in subj for a in args_of(t, idx, role="obj") if a.entity.type in ACCUSED]
        if not accused:
            continue
        speakers = _speaker(verb, idx)
        exclude = {s.entity.iri for s in speakers}
        accused = [a for a in dedupe(accused) if a.entity.iri not in exclude]
        yield from WRONGDOING.pairs(speakers, accused, "accuses", modality(verb)[0], (verb.idx,))


OUR_STAFF = define("speech:our-staff", preds=("worksFor",), conf=0.7,
                   example="“Our FBI agents worked for months on this case,” said Ann Wu.")
STAFF = {"agent", "analyst", "employee", "engineer", "investigator", "officer", "prosecutor", "staff"}


@matcher(OUR_STAFF)
def our_staff(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "“Our HSI special agents in Denver worked together ...,” said Holt": a speaker who calls a body's staff "our"
    works for the body (only staff nouns: "our partners at the FBI" are someone else's)."""
    for noun in idx.sent_tokens(sent):
        if noun.lemma_.lower() not in STAFF or not any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children):
            continue
        bodies = [m for c in noun.children if c.dep_ in ("compound", "nmod") and (m := idx.mention(c)) is not None
                  and m.entity.type in ("GovernmentBody", "Company")]
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
        speakers = [a for a in _speaker(verb, idx) if a.entity.type == "Person"] if bodies and verb is not None else []
        yield from OUR_STAFF.pairs(speakers, dedupe(bodies), "worksFor", True, (noun.idx,))


CONDEMNED = define("speech:condemned-act", preds=("accuses",), conf=0.65,
                   example="“The images show Vladimir Putin's barbarism,” said Secretary Jane Doe.")
CONDEMNING = {"aggression", "atrocity", "barbarism", "brutality"}


@matcher(CONDEMNED)
def condemned_act(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "“The images ... demonstrate Vladimir Putin's barbarism, brutality ...,” said X", "Russia's war of aggression":
    a speaker who names a party's act with a word of condemnation accuses the party (only said or quoted words)."""
    for noun in idx.sent_tokens(sent):
        low = noun.lemma_.lower()
        if low not in CONDEMNING and not (low == "war" and any(
                p.lower_ == "of" and any(o.lemma_.lower() in CONDEMNING for o in p.children) for p in noun.children)):
            continue
        owner = noun if any(c.dep_ == "poss" for c in noun.children) else noun.head if noun.dep_ == "conj" else None
        accused = [a for c in (owner.children if owner is not None else ()) if c.dep_ == "poss"
                   for a in args_of(c, idx, role="obj") if a.entity.type in ACCUSED | {"Person"}]
        verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if not accused or verb is None:
            continue
        speakers = _speaker(verb, idx)
        exclude = {s.entity.iri for s in speakers}
        yield from CONDEMNED.pairs(speakers, [a for a in dedupe(accused) if a.entity.iri not in exclude], "accuses",
                                   True, (noun.idx,))  # a possessive's fact stands whatever the clause's modality


def _wrong(verb: Token) -> bool:
    """ "violated the rules", "exploited by Huawei", "pose a threat to national security", "are a violation of"."""
    lemma = verb_lemma(verb)
    if lemma in L.WRONGDOING_VERBS and verb.pos_ == "VERB":
        return True
    if verb.lemma_ == "be":
        return modality(verb)[0] and any(c.dep_ == "attr" and c.lemma_.lower() in ("violation", "breach")
                                         for c in verb.children)
    if lemma == "threaten":  # a threat to a security, not to a rival's lead ("threatens Apple's lead")
        return any(t.lemma_.lower() in SECURITY for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
    return lemma in ("pose", "present") and any(  # "present an inherent security threat" (not "pose no threat")
        c.dep_ == "dobj" and c.lemma_.lower() in L.THREAT_NOUNS and not any(d.lower_ == "no" for d in c.children)
        for c in verb.children)


def _speaker(verb: Token, idx: DocIndex) -> list[Arg]:
    """Who says it: the subject of the verb of saying above the clause, else the attribution of the
    quotation the sentence is part of."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj", "xcomp", "acl", "relcl") and tok.head.i != tok.i:
        tok = tok.head
        if verb_lemma(tok) in L.SAY_VERBS or verb_lemma(tok) in ALLEGING and verb.dep_ == "ccomp":
            return _said_by(tok, idx)
    sent = verb.sent
    if any(verb_lemma(t) in L.SAY_VERBS for t in sent) or not _quoted(sent):
        return []
    s = sent
    for _ in range(BACK):
        if s.start == 0:
            break
        s = s.doc[s.start - 1].sent
        for t in s:
            if verb_lemma(t) in L.SAY_VERBS and (said := _said_by(t, idx)):
                return [Arg(a.entity, a.start, a.end, coref=True) for a in said]
    return _said_after(sent, idx)


def _said_after(sent: Span, idx: DocIndex) -> list[Arg]:
    """ "“A. B,” said X.": a quotation whose first sentence has no attribution before it is X's when the next sentence
    goes on inside it, closes it and then says who said it."""
    nxt = sent.doc[sent.end].sent if sent.end < len(sent.doc) else None
    if nxt is None or any(t.text in OPENING for t in sent[1:]) or nxt[0].text in OPENING:
        return []
    close = next((t.i for t in nxt if t.text in CLOSING), None)
    return [Arg(a.entity, a.start, a.end, coref=True) for t in nxt if close is not None and t.i > close
            and verb_lemma(t) in L.SAY_VERBS for a in _said_by(t, idx)][:1]


def _said_by(say: Token, idx: DocIndex) -> list[Arg]:
    out = [a for t in subject_tokens(say) for a in args_of(t, idx, role="subj") if a.entity.type in SPEAKERS]
    if out or subject_tokens(say):
        return out
    # "said Under Secretary of Commerce ... Alan Estevez": the parser made "Under" a preposition; the person after
    return [m for t in say.sent if t.i > say.i and (m := idx.mention(t)) is not None and m.entity.type == "Person"][:1]


def _quoted(sent: Span) -> bool:
    """The sentence lies inside a quotation: an opening quotation mark before it is still open."""
    before = sent.doc.text[:sent.start_char]
    opened = sum(before.count(q) for q in OPENING) - sum(before.count(q) for q in CLOSING)
    return opened > 0 or sent.text.lstrip().startswith(OPENING)
