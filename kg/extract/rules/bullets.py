"""Listings set out one party a line, as releases and Federal Register notices print them:

    BIS added the following seven entities to the Entity List:
    Alpha Optics Co., Ltd. (China)
    Beta Radio LLC, Moscow, Russia

The sentence that announces the list ends in a colon; each following line that is only a name (with
a bullet, a number, an abbreviation or the party's country in brackets, or its city and country)
is one party the announced act falls on, until the first line that is prose again. The act is
read from the announcing sentence as the inline listing rules read it (kg/extract/rules/lists.py):
a sanction or a listing verb with a class noun ("designated the following entities:"), or a
listing phrase ("The entities added today are:")."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import args_of, modality, subject_tokens, verb_lemma
from .clause import clauses
from .listers import _lister
from .lists import LISTED, _adds_parties, _listing_phrase, _to_list, noun_classes

LINES = define("list:lines", preds=("sanctions",), conf=0.75,
               example="OFAC designated the following entities:\nAlpha Trading Ltd.\nBeta Optics Co. (China)")
LINE_PLACE = define("list:lines-place", preds=("basedIn",), conf=0.7,
                    example="BIS added these entities to the Entity List:\nAlpha Optics Co., Ltd. (China)")
BULLETS = {"-", "*", "\u2022", "\u00b7", "\u25aa", "\u2013", "\u2014", "o"}
MAX_LINES = 400
PLACES = ("Country", "City", "Region")


@matcher(LINES, LINE_PLACE)
def line_listing(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A sentence ending in a colon that announces a sanction or listing of a class of parties, and
    the name lines after it."""
    last = _last_word(sent)
    if last is None or last.text != ":":
        return
    actors, asserted = _announced(sent, idx)
    if not actors:
        return
    exclude = {a.entity.iri for a in actors}
    named, places = [], []
    for party, place in _name_lines(sent, idx):
        if party.entity.iri in exclude:
            continue
        named.append(party)
        if place is not None:
            places.append((party, place))
    yield from LINES.pairs(actors, named, "sanctions", asserted, (last.idx,))
    for party, place in places:
        yield from LINE_PLACE.pairs([party], [place], "basedIn", True, (last.idx,))


def _last_word(sent: Span) -> Token | None:
    return next((t for t in reversed(sent) if not t.is_space), None)


def _announced(sent: Span, idx: DocIndex) -> tuple[list[Arg], bool]:
    """Who acts on the class the sentence announces, and whether the act is asserted: the subject of
    a sanctioning or listing clause whose object is a class noun ("designated these entities:"), or
    the listing body of a listing phrase ("The entities added today are:")."""
    for cl in clauses(sent, idx):
        verb = cl.verb
        sanctions = any(f.pred == "sanctions" for f in cl.frames)
        if not (sanctions or cl.lemma in L.LISTING):
            continue
        classes = [d for d in verb.children if d.dep_ in ("dobj", "nsubjpass") and d.tag_ == "NNS"
                   and d.lemma_.lower() in L.LISTED_PARTY_NOUNS and idx.mention(d) is None]
        if not classes:
            continue
        if not sanctions and not (cl.lemma == "add" and _adds_parties(verb, cl, idx)) \
                and not _to_list(verb, idx) and not any(_to_list(c, idx) for c in classes):
            continue
        actors = [a for a in cl.subjs if a.entity.type in ("GovernmentBody", "Country")]
        if actors:
            return actors, cl.asserted
    for verb in idx.sent_tokens(sent):  # "is imposing sanctions on the following persons:"
        if verb.pos_ == "VERB" and noun_classes(verb, idx):
            actors = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")
                      if a.entity.type in ("GovernmentBody", "Country")]
            if actors:
                return actors, modality(verb)[0]
    for noun in idx.sent_tokens(sent):
        head = noun.head
        reduced = head.tag_ in ("VBD", "VBN") and verb_lemma(head) in L.LISTING_PARTICIPLES and any(
            c.dep_ == "ccomp" and verb_lemma(c) in ("be", "include") for c in head.children)  # "The firms added to it are:"
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.tag_ == "NNS" and noun.lemma_.lower() in L.LISTED_PARTY_NOUNS \
                and idx.mention(noun) is None and (reduced or _listing_phrase(noun, idx)
                                                   and head.lemma_.lower() in ("be", "include")):
            lister = _lister(noun, idx, strict=False)
            if lister is not None:
                return [lister], True
    return [], False


def _name_lines(sent: Span, idx: DocIndex) -> Iterator[tuple[Arg, Arg | None]]:
    """The parties of the lines after sent, each with the place its line gives; stops at prose."""
    doc = sent.doc
    nxt = sent.end
    for _ in range(MAX_LINES):
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt >= len(doc):
            return
        line = doc[nxt].sent
        if all(t.is_space or t.is_punct or t.like_num or t.text in BULLETS for t in line):
            nxt = line.end  # "1." split from its item
            continue
        got = _name_line(line, idx)
        if got is None:
            return
        yield got
        nxt = line.end


def _name_line(line: Span, idx: DocIndex) -> tuple[Arg, Arg | None] | None:
    """A line that is a party's name and nothing but its bullet, brackets and place; else None."""
    toks = [t for t in line if not t.is_space]
    i = 0
    while i < len(toks) and (toks[i].text in BULLETS or toks[i].like_num and len(toks) > i + 1
                             and toks[i + 1].text in (".", ")") or toks[i].text in (".", ")", "(")):
        i += 1  # "-", "1.", "(1)"
    if i >= len(toks) or (hit := idx.tok2m.get(toks[i].i)) is None or hit[0].start != toks[i].i:
        return None
    span = hit[0]
    party = idx.mention(span.root, actor=False)
    if party is None or party.entity.type not in LISTED:
        return None
    after = span.end
    if after < len(line.doc) and line.doc[after].text == "," and span.start <= line.root.i < span.end \
            and not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") for t in toks) \
            and any(t.pos_ == "NOUN" and t.i >= after for t in toks):  # (a description, not "Moscow, Russia")
        return party, None  # "- Kestrel Avionics, a Hong Kong company;": the line is the name and its description
    place, bracketed, depth = None, None, 0
    for t in toks[i:]:
        if span.start <= t.i < span.end:
            continue
        depth += (t.text == "(") - (t.text == ")")
        m = idx.mention(t, actor=False)
        if depth > 0:  # "Alpha Optics Co., Ltd. (China)": a country in brackets, unless the line names one
            bracketed = bracketed or (m if m is not None and m.entity.type == "Country" else None)
            continue
        if t.is_punct or t.lower_ in ("and", "or"):
            continue
        if m is None or m.entity.type not in PLACES:
            return None  # a word of prose: the listing has ended
        place = m if m.entity.type == "Country" else place
    place = place or bracketed
    return party, place


BRACKET_PLACE = define("list:bracket-place", preds=("basedIn",), conf=0.7,
                       example="OFAC designated Alpha Optics Co. (Hong Kong) and Beta Radio LLC (United Arab Emirates).")
_OPEN = frozenset({"("})


@matcher(BRACKET_PLACE, words=_OPEN)
def bracket_place(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A place in brackets right after an organisation's name, alone in them, is where it is: listings in
    prose write "Alpha Optics Co. (Hong Kong) and Beta Radio LLC (United Arab Emirates)" as the name lines
    do (not "Alpha (Hong Kong) Ltd.", where the brackets are inside a name)."""
    doc = sent.doc
    for tok in idx.sent_tokens(sent):
        if tok.text != "(" or tok.i == sent.start or tok.i + 1 >= sent.end or (hit := idx.tok2m.get(tok.i - 1)) is None \
                or hit[0].end != tok.i or (place := idx.tok2m.get(tok.i + 1)) is None or place[0].start != tok.i + 1:
            continue
        close = place[0].end
        if close >= sent.end or doc[close].text != ")" or close + 1 < sent.end and doc[close + 1].pos_ == "PROPN":
            continue
        party, pl = idx.mention(doc[hit[0].root.i], actor=False), idx.mention(doc[tok.i + 1], actor=False)
        if party is not None and pl is not None and party.entity.type in ORGS and pl.entity.type in PLACES \
                and (pl.entity.known or not doc[tok.i + 1].text.isupper()):  # "Orvane Aviation LLC (OA)": initials
            yield BRACKET_PLACE.fact(party, "basedIn", pl, (tok.idx,))


SHARED_PLACE = define("list:shared-place", preds=("basedIn",), conf=0.7,
                      example="BIS added Alpha Ltd., Beta Co. and Gamma LLC, all based in China; under the destination "
                              "of Russia, BIS is adding Delta JSC.")
_SHARED = frozenset({"all", "both", "each", "destination"})


@matcher(SHARED_PLACE, words=_SHARED)
def shared_place(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A place given once for a list of names: "A, B, and C, all based in China" ("both of China", "each located
    in"), and a listing made "under the destination of China" (how BIS files each entity under its country)."""
    doc = sent.doc
    for tok in idx.sent_tokens(sent):
        if tok.lower_ in ("all", "both", "each") and tok.i >= sent.start + 2 and doc[tok.i - 1].text == ",":
            hit = idx.tok2m.get(tok.i - 2)
            places = [pl for c in tok.children for p in _place_preps(c) for pl in _places(p, idx)]
            if hit is None or not places:
                continue
            first = hit[0].root
            while first.dep_ == "conj" and first.head.i in idx.tok2m:
                first = first.head  # "A, B, and C": the list from its first name
            names = [a for a in args_of(first, idx, role="obj") if a.entity.type in ORGS]
        elif tok.lower_ == "destination" and tok.head.lower_ == "under" and tok.head.head.pos_ == "VERB" \
                and verb_lemma(tok.head.head) in L.LISTING:
            places = [pl for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for pl in _places(p, idx)]
            names = [a for o in tok.head.head.children if o.dep_ == "dobj" for a in args_of(o, idx, role="obj")
                     if a.entity.type in ORGS]
        else:
            continue
        for pl in places:
            yield from SHARED_PLACE.pairs([n for n in names if n.entity.iri != pl.entity.iri], [pl], "basedIn", True,
                                          (tok.idx,))


def _place_preps(c: Token) -> list:
    """ "all based in", "both of", "each located in": the prepositions that give the shared place (not "all in
    Dubai", which may be where they met)."""
    if c.dep_ == "prep" and c.lower_ == "of":
        return [c]
    if c.dep_ in ("acl", "amod") and c.lower_ in ("based", "located", "headquartered"):
        return [p for p in c.children if p.dep_ == "prep" and p.lower_ == "in"]
    return []


def _places(prep: Token, idx: DocIndex) -> list[Arg]:
    return [pl for p in prep.children if p.dep_ == "pobj" and (pl := idx.mention(p, actor=False)) is not None
            and pl.entity.type in PLACES]
