"""Who lists: the body behind a listing (the sentence's subject, a speaker's body, a sanctions imposer, an earlier
sentence's lister, the body that published a class), where a listed party is said to be, and the country a listing
item gives. Split from lists.py for size; lists.py and penalties.py use these."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import Arg, DocIndex
from ..syntax import args_of, modality, subject_tokens, verb_lemma
from .clause import _is_list, clauses

GOV = ("GovernmentBody", "Country")


def _published_class(obj: Token, lemma: str) -> bool:
    """ "the names of Chinese military companies", "a list of sanctioned entities": a published list of
    a class of listed parties (fed lane)."""
    return obj.lemma_.lower() in ("list", "name") and any(
        p.lemma_.lower() == lemma and any(m.lower_.strip('"') in L.LISTING_STATUS for m in p.subtree if m.i < p.i)
        for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")


def _sanctions_imposer(sent: Span, idx: DocIndex) -> Arg | None:
    """ "OFAC is imposing sanctions on 20 entities", "announced sanctions against ...": a state or body with a
    sanctions noun as the object of its asserted verb (no listing verb of the frames table)."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ == "VERB" and any(d.dep_ == "dobj" and L.NOUNS.get(d.lemma_.lower(), ("",))[0] == "sanctions"
                                       for d in verb.children) and modality(verb)[0] \
                and verb.lemma_.lower() not in L.SPECULATIVE:  # "is considering sanctions on Russian banks"
            gov = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
            if gov:
                return gov[0]
    return None


def _lister(noun: Token, idx: DocIndex, *, strict: bool) -> Arg | None:
    """Who listed them: the phrase's possessor ("BIS's additions"), else the nearest earlier clause that
    listed or sanctioned with a state or body as subject; else (when the phrase says it is a listing
    or the text before it names a list) the state or body an earlier sentence has as its subject
    while it issues or announces something (the release's author)."""
    for c in noun.children:
        if c.dep_ == "poss" and (m := idx.mention(c)) is not None and m.entity.type in GOV:
            return m
    if (body := _speakers_body(noun, idx)) is not None:
        return _at(noun, body.entity)
    sents = _earlier_sentences(noun)
    lemma = noun.lemma_.lower()
    for s in sents:
        for cl in reversed(clauses(s, idx)):
            if cl.asserted and (cl.lemma in L.LISTING or any(f.pred == "sanctions" for f in cl.frames)):
                gov = [a for a in cl.subjs if a.entity.type in GOV]
                if gov:
                    return _at(noun, gov[0].entity)
            if cl.asserted and cl.lemma in L.ISSUING_VERBS | {"release", "unveil"} and any(
                    _published_class(d, lemma) for d in cl.verb.children if d.dep_ == "dobj"):
                gov = [a for a in cl.subjs if a.entity.type in GOV]  # "DoD is releasing the names of ... companies"
                if gov:
                    return _at(noun, gov[0].entity)
        if (gov := _sanctions_imposer(s, idx)) is not None:
            return _at(noun, gov.entity)
    if strict and not any(_is_list(t, idx) for s in sents for t in idx.sent_tokens(s)):
        return None  # an addition to what? only a text about a list says
    for s in sents:
        root = s.root
        if verb_lemma(root) not in L.ISSUING_VERBS:
            continue
        # its subject; or, where the parser lost it, the last body named before the verb
        # ("WASHINGTON – Today, the Commerce Department's Bureau of Industry and Security published")
        subj = [m for t in root.children if t.dep_ == "nsubj" and (m := idx.mention(t)) is not None]
        before = [m for t in idx.sent_tokens(s) if t.i < root.i and (m := idx.mention(t)) is not None
                  and m.entity.type == "GovernmentBody"]
        for m in subj[:1] or before[-1:]:
            if m.entity.type in GOV:
                return _at(noun, m.entity)
    return None


def _speakers_body(noun: Token, idx: DocIndex) -> Arg | None:
    """ "'The additions to the Entity List ...,' said Alan Estevez, Under Secretary for the Bureau of
    Industry and Security": the body the speaker's title names speaks for the listing; a quotation that
    goes on in the next sentence is still theirs."""
    sent = noun.sent
    if (body := _said_by_body(sent, idx)) is not None:
        return body
    if sent.start > 0 and sent[0].text in ("\u201c", '"'):
        return _said_by_body(noun.doc[sent.start - 1].sent, idx)
    return None


def _said_by_body(sent: Span, idx: DocIndex) -> Arg | None:
    for verb in idx.sent_tokens(sent):
        if verb_lemma(verb) not in L.SAY_VERBS or not any(
                c.dep_ == "nsubj" and (m := idx.mention(c)) is not None and m.entity.type == "Person"
                for c in verb.children):
            continue
        bodies = [m for t in idx.sent_tokens(sent) if t.i > verb.i and (m := idx.mention(t)) is not None
                  and m.entity.type == "GovernmentBody"]
        if bodies:
            return bodies[-1]
    return None


def _at(noun: Token, entity) -> Arg:
    """The lister, pointed at the listing phrase it was reached through (coreference)."""
    return Arg(entity, noun.idx, noun.idx + len(noun.text), coref=True)


def _earlier_sentences(tok: Token) -> list:
    """The sentences before tok's, nearest first."""
    out, s = [], tok.sent
    while s.start > 0:
        s = s.doc[s.start - 1].sent
        out.append(s)
    return out


def _place(noun: Token, idx: DocIndex) -> tuple[Arg, bool] | None:
    """ "the additions under the destination of Russia", "the entities in China": one country for all;
    and whether the phrase said "destination" (the Entity List's own word: a listing, whoever listed)."""
    places, destination = [], False
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "under", "from"):
            continue
        for p in prep.children:
            if p.dep_ == "pobj" and p.lower_ == "destination":
                destination = True
                p = next((q for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                          for q in c.children if q.dep_ == "pobj"), p)
            m = idx.mention(p, actor=False) if p.dep_ == "pobj" else None
            if m is not None and m.entity.type == "Country":
                places += [m, *(idx.mention(c, actor=False) for c in p.conjuncts)]
    return (places[0], destination) if len(places) == 1 else None


PLACE_TYPES = ("Country", "Region", "City")


def _given_country(span, idx: DocIndex) -> Arg | None:
    """ "Alpha Ltd. (China)", "Beta Co. (Hong Kong)", "Alpha Ltd. of China": the country (in brackets, any
    place, however many words its name has) written right after a listed party."""
    doc = span.doc
    after = doc[span.end: min(span.end + 2, span.sent.end)]
    if len(after) == 2 and after[0].text == "(":
        place = idx.tok2m.get(after[1].i)
        end = place[0].end if place else None
        m = idx.mention(after[1], actor=False)
        if m is not None and m.entity.type in PLACE_TYPES and end is not None and end < span.sent.end \
                and doc[end].text == ")":
            return m
    elif len(after) == 2 and after[0].lower_ == "of":
        m = idx.mention(after[1], actor=False)
        if m is not None and m.entity.type == "Country":
            return m
    return None
