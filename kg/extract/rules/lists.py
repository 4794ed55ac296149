"""Listings named after the act: "The entities designated today are A; B; and C", "The additions to
the Entity List include A and B", "Among the companies added were A and B".

Sanction releases announce the act in one sentence ("OFAC sanctioned four companies") and name the
listed parties in another, often as a semicolon list the parser reads as appositions and loose
dependents. A listing phrase (a party noun with a listing participle, or an addition or designation)
whose members are named gives a sanction by the body that the phrase's possessor or the text before it
says did the listing; with no such body in the text, no fact.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..guards import allows
from ...namecuts import LEGAL_FORMS
from ..tokens import DASHES
from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from ..syntax import actor_of, args_of, dedupe, modality, subject_tokens, verb_lemma
from ..plural import one_of_which
from .clause import _adds_parties, _is_list, clauses
from .listers import (
    GOV, _given_country, _lister, _place, _published_class,
)

MEMBERS = define("list:members", preds=("sanctions",), conf=0.75,
                 example="OFAC sanctioned four firms. The firms designated today are A Ltd.; B Co.; and C LLC.")
MEMBER_PLACE = define("list:member-place", preds=("basedIn",), conf=0.7,
                      example="The additions under the destination of Russia include A Ltd. and B Co.")

ON_LIST = define("list:on-list", preds=("sanctions",), conf=0.75,
                 example="Huawei, which has been on the U.S. Entity List since 2019, ...")
LISTED = ORGS | {"Person", "GovernmentBody"}
# The dependencies a member may hang by, between it and the listing: the parser reads "A; B; and C"
# as appositions, loose dependents and conjuncts, but never as a place, an owner or a clause's object.
THROUGH = {"conj", "appos", "dep", "attr", "dobj", "compound", "nsubj", "nsubjpass", "npadvmod", "oprd", "pobj", "prep"}
EXAMPLE_PREPS = {"as", "including", "like", "among"}
QUANTITY_PREPS = {"over", "about", "around", "nearly", "almost"}  # the parser's reading of "over 30 firms"


@matcher(MEMBERS, MEMBER_PLACE)
def members(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A listing phrase and the parties it names: each is sanctioned by the listing body."""
    for noun in idx.sent_tokens(sent):
        if not _listing_phrase(noun, idx):
            continue
        named = _named(noun, idx)
        if not named:
            continue
        lister = _lister(noun, idx, strict=not _marked(noun, idx))
        anchor = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "attr") else noun
        asserted = modality(anchor)[0] if anchor.pos_ in ("VERB", "AUX") else True
        if lister is not None:
            yield from MEMBERS.pairs([lister], named, "sanctions", asserted, (noun.idx,))
        place = _place(noun, idx)
        if place is not None and (lister is not None or place[1]):
            yield from MEMBER_PLACE.pairs(named, [place[0]], "basedIn", True, (noun.idx,))


def _listing_phrase(noun: Token, idx: DocIndex) -> bool:
    """ "the entities identified today", "today's additions", "those added", "the designated companies"."""
    lemma = noun.lemma_.lower()
    if idx.mention(noun) is not None or noun.pos_ not in ("NOUN", "PRON") and not (noun.pos_ == "DET" and noun.dep_ == "nsubj"):
        return False  # ("These included A and B": the determiner stands alone)
    if lemma in L.LISTING_EVENT_NOUNS:
        return noun.pos_ == "NOUN"
    if _them_listed(noun, idx):
        return True
    if lemma not in L.LISTED_PARTY_NOUNS:
        return False
    return any(_listing_participle(c) for c in noun.children) or _reduced(noun) is not None or _refers_back(noun, idx) \
        or _listed_passive(noun)


def _listed_passive(noun: Token) -> bool:
    """ "The following companies are being added: A, B and C": the class is the listing verb's passive subject, and
    the names follow it after a colon."""
    return _passive_colon(noun) is not None


def _passive_colon(noun: Token) -> int | None:
    """The colon after a listed class's passive verb ("are being added under the destination of China:")."""
    head = noun.head
    if noun.dep_ != "nsubjpass" or verb_lemma(head) not in _LISTING_ACTS:
        return None
    return next((t.i for t in noun.doc[head.i + 1: head.sent.end] if t.text == ":"), None)


_LISTING_ACTS = frozenset({"add", "blacklist", "designate", "list", "sanction"})  # ("are named:" lists nothing)


def _refers_back(noun: Token, idx: DocIndex) -> bool:
    """ "Commerce added 11 entities to the Entity List. The entities include A and B": the same class
    noun, definite, right after a sentence that listed or sanctioned that class."""
    if noun.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children) \
            or any(c.dep_ in ("relcl", "acl", "prep") for c in noun.children) or noun.sent.start == 0:
        return False
    lemma = noun.lemma_.lower()
    for cl in clauses(noun.doc[noun.sent.start - 1].sent, idx):
        if cl.asserted and (cl.lemma in L.LISTING or any(f.pred == "sanctions" for f in cl.frames)) \
                and any(d.dep_ == "dobj" and d.lemma_.lower() == lemma for d in cl.verb.children):
            return True
        if cl.asserted and cl.lemma in L.ISSUING_VERBS | {"release", "unveil"} and any(
                _published_class(d, lemma) for d in cl.verb.children if d.dep_ == "dobj"):
            return True  # "released the names of additional military companies. The companies are A, B"
    return _sanctions_on(noun.doc[noun.sent.start - 1].sent, lemma)


def _sanctions_on(sent, lemma: str) -> bool:
    """ "imposed sanctions on three companies. These companies are A, B and C": the class is the one a sanctions noun
    of the sentence before fell on (the noun the object of an asserted verb)."""
    return any(L.NOUNS.get(d.lemma_.lower(), ("",))[0] == "sanctions" and d.dep_ == "dobj" and modality(d.head)[0]
               and any(p.dep_ == "pobj" and p.lemma_.lower() == lemma for prep in (*d.children, *d.head.children)
                       if prep.dep_ == "prep" and prep.lower_ in ("against", "on") for p in prep.children)
               for d in sent)


def _them_listed(noun: Token, idx: DocIndex) -> bool:
    """ "The State Department announced sanctions against three companies. Among them is A": "them" is the
    class the sentence before sanctioned or listed, as the object of the act or of its measure."""
    among = noun.lower_ in ("them", "those") and noun.dep_ == "pobj" and noun.head.lower_ == "among"
    # "... added two dozen Chinese firms to the Entity List. These included A and B"
    # ("They were A, B and C": the class named with a copula)
    these = noun.lower_ in ("these", "they", "those") and noun.dep_ == "nsubj" and verb_lemma(noun.head) in ("include", "be")
    if not (among or these) or noun.sent.start == 0:
        return False
    for cl in clauses(noun.doc[noun.sent.start - 1].sent, idx):
        if not cl.asserted:
            continue
        objs = [d for d in cl.verb.children if d.dep_ == "dobj"] + [  # "added over two dozen firms": "over" a count
            p for c in cl.verb.children if c.dep_ == "prep" and c.lower_ in QUANTITY_PREPS for p in c.children
            if p.dep_ == "pobj"]
        if (cl.lemma in L.LISTING or any(f.pred == "sanctions" for f in cl.frames)) and any(
                d.lemma_.lower() in L.LISTED_PARTY_NOUNS for d in objs):
            return True
        if any(L.NOUNS.get(d.lemma_.lower(), ("",))[0] == "sanctions" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in L.LISTED_PARTY_NOUNS
                for prep in d.children if prep.dep_ == "prep" and prep.lower_ in ("against", "on") for p in prep.children)
               for d in objs):
            return True  # "announced sanctions against three Chinese companies"
    return False


def _reduced(noun: Token) -> Token | None:
    """ "The companies added include A": the parser read the participle as the main verb and "include"
    as its complement; the complement is the listing's verb."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.tag_ not in ("VBD", "VBN") or verb_lemma(head) not in L.LISTING_PARTICIPLES \
            or any(c.dep_ in ("dobj", "prep") for c in head.children):
        return None
    # ("The entities added today include A": with an adverb between, the parser leaves it a bare dep)
    return next((c for c in head.children if c.dep_ in ("ccomp", "dep") and verb_lemma(c) in ("be", "include")), None)


def _listing_participle(tok: Token) -> bool:
    return (tok.dep_ in ("acl", "amod", "relcl") and tok.tag_ in ("VBN", "VBD", "JJ")
            and verb_lemma(tok) in L.LISTING_PARTICIPLES)


def _marked(noun: Token, idx: DocIndex) -> bool:
    """The phrase says itself that it is a listing: a listing participle, or "additions to the Entity List"."""
    if any(_listing_participle(c) for c in noun.children) or _reduced(noun) is not None or _refers_back(noun, idx) \
            or _them_listed(noun, idx) or _listed_passive(noun):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("to", "on") and any(_is_list(p, idx) for p in c.children)
               for c in noun.children)


def _named(noun: Token, idx: DocIndex) -> list[Arg]:
    """The parties the phrase names: after "are"/"include", in "such as"/"including", or before "were among"."""
    head = noun.head
    if (verb := _reduced(noun)) is not None:
        return _reached(verb, [t for t in verb.sent if t.i > verb.i], idx)
    if noun.dep_ in ("nsubj", "nsubjpass") and head.i > noun.i and verb_lemma(head) in ("be", "include"):
        # (and "Along with A, the additions include B": A too)
        return _reached(head, [t for t in head.sent if t.i > head.i], idx) + [
            a for c in head.children if c.dep_ == "prep" and c.lower_ == "along" and c.i < noun.i for w in c.children
            if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"
            for a in args_of(p, idx, role="obj") if a.entity.type in LISTED]
    if (colon := _passive_colon(noun)) is not None:  # the names after the colon, hung on the class or the verb
        return _reached(noun, [t for t in head.sent if t.i > colon], idx) \
            or _reached(head, [t for t in head.sent if t.i > colon], idx)
    doc, nxt = noun.doc, noun.i + 1
    if nxt < noun.sent.end and doc[nxt].text in DASHES and (end := next(
            (t.i for t in doc[nxt + 1: noun.sent.end] if t.text in DASHES), None)) is not None:
        # "The eight listed firms — A, B and C — are alleged to ...": the names set off by dashes, nothing else
        rest = [t for t in doc[nxt + 1: end] if not t.is_punct]
        if rest and all(t.i in idx.tok2m or t.lower_ in ("and", "or") or t.lower_.rstrip(".") in LEGAL_FORMS
                        for t in rest):
            return [m for t in rest if (hit := idx.tok2m.get(t.i)) is not None and hit[0].start == t.i
                    and (m := idx.mention(hit[0].root, actor=False)) is not None and m.entity.type in LISTED]
    if noun.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_ == "be":
        verb = head.head  # "Among the firms added were A and B" / "A and B were among the firms added"
        return _reached(verb, [t for t in verb.sent if not (head.left_edge.i <= t.i <= head.right_edge.i)], idx)
    if noun.dep_ == "pobj" and head.lower_ == "among" and head.i == head.sent.start \
            and (after := head.right_edge.i + 1) < head.sent.end and noun.doc[after].lemma_ == "be":
        # "Among the entities identified today are Dawning Information Industry Co. and ...", where the
        # parser lost the copula: the names after it, when nothing but names and separators follow
        rest = [t for t in noun.doc[after + 1: head.sent.end] if not t.is_punct]
        named = [m for t in rest if (hit := idx.tok2m.get(t.i)) is not None and hit[0].start == t.i
                 and (m := idx.mention(hit[0].root, actor=False)) is not None and m.entity.type in LISTED
                 and not _in_brackets(hit[0])]
        if all(t.i in idx.tok2m or t.lower_ in ("and", "or") for t in rest):
            return named
    # "the additions to the Entity List, such as A and B": the parser may hang the examples on the list
    holders = [noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                       for p in c.children if p.dep_ == "pobj" and _is_list(p, idx))]
    return [a for h in holders for a in _reached(h, [t for c in h.children if c.dep_ == "prep"
                                                      and c.lower_ in EXAMPLE_PREPS for t in c.subtree], idx)]


def _reached(anchor: Token, toks: list, idx: DocIndex) -> list[Arg]:
    """The named parties among toks that hang from anchor through list-like dependencies only."""
    out, seen = [], set()
    for t in toks:
        hit = idx.tok2m.get(t.i)
        if hit is None or hit[0].start in seen:
            continue
        span = hit[0]
        seen.add(span.start)
        m = idx.mention(span.root, actor=False)
        if m is None or m.entity.type not in LISTED or _in_brackets(span) or not _hangs_from(span.root, anchor, idx):
            continue
        out.append(m)
    return out


def _hangs_from(tok: Token, anchor: Token, idx: DocIndex) -> bool:
    while tok.i != anchor.i:
        if tok.dep_ == "nmod" and tok.head.i in idx.tok2m:
            tok = tok.head  # "A Limited and B Limited": the parser made the first name a modifier of the second
            continue
        if tok.dep_ not in THROUGH or (tok.dep_ == "pobj" and tok.head.lower_ not in EXAMPLE_PREPS) \
                or (tok.dep_ == "prep" and tok.lower_ not in EXAMPLE_PREPS) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _in_brackets(span) -> bool:
    """ "Alpha Ltd. (Alpha)", "(also known as ...)": another name of a party already listed."""
    doc = span.doc
    opened = 0
    for t in doc[span.sent.start: span.start]:
        opened += (t.text == "(") - (t.text == ")")
    return opened > 0


@matcher(ON_LIST, words={"on"})
def on_list(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Being on a named state's list: "Huawei, which has been on the U.S. Entity List since 2019",
    "SMIC remains on the Commerce Department's Entity List"; with no owner named, no fact."""
    for prep in idx.sent_tokens(sent):
        verb = prep.head  # or a party noun said of a name: "Alpha Ltd., an entity on the Commerce Department's Entity List"
        described = verb.pos_ == "NOUN" and verb.dep_ == "appos" and verb.lemma_.lower() in L.LISTED_PARTY_NOUNS
        if prep.dep_ != "prep" or prep.lower_ != "on" or not (described or verb_lemma(verb) in L.STATE_VERBS):
            continue
        for lst in prep.children:
            if lst.dep_ != "pobj" or not _is_list(lst, idx):
                continue
            owners = _list_owner(lst, idx)
            if owners:
                listed = [a for t in ([verb.head] if described else subject_tokens(verb))
                          for a in args_of(t, idx, role="subj", conj=not described) if a.entity.type in LISTED]
                yield from ON_LIST.pairs(owners, listed, "sanctions", modality(verb)[0], (prep.idx,))


def _list_owner(lst: Token, idx: DocIndex) -> list[Arg]:
    """Whose list: "the Commerce Department's Entity List", "the U.S. Entity List" (one name with
    the gazetteer, whose first words then name the state)."""
    owners = [a for c in lst.children if c.dep_ in ("poss", "compound", "nmod", "amod")
              and idx.tok2m.get(c.i, (None,))[0] is not idx.tok2m.get(lst.i, (None,))[0]
              for a in actor_of(c, idx) if a.entity.type in GOV]
    if owners or lst.i not in idx.tok2m:
        return owners
    span = idx.tok2m[lst.i][0]
    for n in range(1, len(span)):  # "U.S. Entity List": the words before the list's own name
        res = idx.resolver.resolve(span[:n].text, "GPE")
        if res is not None and res.entity.type in GOV:
            return [Arg(res.entity, span.start_char, span[:n].end_char)]
    return []


COLON = define("list:colon", preds=("sanctions",), conf=0.8,
               example="OFAC designated the following entities: A Ltd.; B Co.; and C LLC.")
COLON_PLACE = define("list:colon-place", preds=("basedIn",), conf=0.7,
                     example="BIS added two entities: A Ltd. (China) and B Co. of Russia.")


# the clauses colon_list reads: a listing verb or a verb with a sanctions frame (frames.toml), or a light verb
# carrying a sanction noun ("is imposing sanctions on the following persons:")
SANCTION_NOUNS = frozenset(n for n, (pred, _) in L.NOUNS.items() if pred == "sanctions")
_SANCTIONING = frozenset({*L.LISTING, *(v for v, frames in L.VERBS.items() if any(f.pred == "sanctions" for f in frames)),
                          *SANCTION_NOUNS, *(n + "s" for n in SANCTION_NOUNS)})


def noun_classes(verb: Token, idx: DocIndex) -> list[Token]:
    """ "is imposing full blocking sanctions on the following persons:": the class of parties a sanction noun,
    the object of a light verb, falls on (a plural party noun, not a name); the light verb then acts as a
    sanctioning verb whose object is that class. Not a verb that undoes or resists the measure ("lifted")."""
    lemma = verb_lemma(verb)
    if lemma not in L.LIGHT_VERBS or lemma in L.NOT_IMPOSING:
        return []
    nouns = [n for n in verb.children if n.dep_ == "dobj" and n.lemma_.lower() in SANCTION_NOUNS]
    # (the parser hangs "on the following banks" on the noun or on the verb)
    return [c for h in ([verb] if nouns else []) + nouns for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for c in p.children if c.dep_ == "pobj" and c.tag_ == "NNS" and idx.mention(c) is None
            and c.lemma_.lower() in L.LISTED_PARTY_NOUNS | L.DESIGNEE_NOUNS | L.ORG_ANAPHORS]


@matcher(COLON, COLON_PLACE, words=_SANCTIONING)
def colon_list(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "designated the following entities: A; B; and C": a sanction (or a listing) on a class of parties
    that a colon spells out falls on each party named after it; a country in brackets after a party
    ("A Ltd. (China)") or "of China" is where that party is."""
    yield from _noun_colon(sent, idx)
    for cl in clauses(sent, idx):
        if not cl.asserted or not (cl.lemma in L.LISTING or any(f.pred == "sanctions" for f in cl.frames)):
            continue
        verb = cl.verb
        for noun in verb.children:
            if noun.dep_ != "dobj" or noun.tag_ != "NNS" or noun.lemma_.lower() not in L.LISTED_PARTY_NOUNS | L.DESIGNEE_NOUNS \
                    or idx.mention(noun) is not None or (colon := _colon_after(noun, verb, sent)) is None:
                continue
            if cl.lemma in L.LISTING and not any(f.pred == "sanctions" for f in cl.frames) \
                    and not (cl.lemma == "add" and _adds_parties(verb, cl, idx)) \
                    and not (_to_list(verb, idx) or _to_list(noun, idx)):
                continue
            exclude = {s.entity.iri for s in cl.subjs}
            # "added four companies to its list of Chinese military companies: A, B": the list's class noun
            classes = [q for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on")
                       for p in c.children if p.dep_ == "pobj" and _is_list(p, idx)
                       for o in p.children if o.dep_ == "prep" and o.lower_ == "of" for q in o.children if q.dep_ == "pobj"]
            named, places = _spelled_out(colon, verb, noun, exclude, idx, classes)
            shared = _place(noun, idx)  # "the following entities under the destination of China: A; B"
            if shared is not None:
                placed = {p.entity.iri for p, _ in places}
                places += [(m, shared[0]) for m in named if m.entity.iri not in placed]
            yield from COLON.pairs(cl.subjs, named, "sanctions", True, (verb.idx,))
            for party, place in places:
                yield from COLON_PLACE.pairs([party], [place], "basedIn", True, (colon.idx,))


def _noun_colon(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "The Department of State is imposing sanctions on the following persons: A; B": the light verb's state
    or body sanctions each party the colon spells out."""
    for verb in idx.sent_tokens(sent):
        if verb.pos_ != "VERB" or not modality(verb)[0]:
            continue
        for noun in noun_classes(verb, idx):
            if (colon := _colon_after(noun, verb, sent)) is None:
                continue
            subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj") if a.entity.type in GOV]
            named, _ = _spelled_out(colon, verb, noun, {s.entity.iri for s in subjs}, idx)
            yield from COLON.pairs(subjs, named, "sanctions", True, (verb.idx,))


def _colon_after(noun: Token, verb: Token, sent: Span) -> Token | None:
    """The colon right after the class noun, or after the list it is added to ("to the Entity List:")."""
    ends = [noun.i] + [p.right_edge.i for c in verb.children if c.dep_ == "prep" and c.i > noun.i for p in c.children]
    # "to its list of Chinese military companies: A, B": the colon after the list's class noun (fed lane)
    ends += [q.i for c in verb.children if c.dep_ == "prep" and c.i > noun.i for p in c.children if p.dep_ == "pobj"
             for o in p.children if o.dep_ == "prep" and o.lower_ == "of" for q in o.children if q.dep_ == "pobj"]
    ends += [p.right_edge.i for c in noun.children if c.dep_ == "prep" for p in c.children]  # "entities to the List:"
    ends += [c.right_edge.i for c in noun.children if c.dep_ in ("relcl", "acl")]  # "four firms that supplied it:"
    for i in ends:
        if i + 1 < sent.end and noun.doc[i + 1].text == ":":
            return noun.doc[i + 1]
    # "identified eight entities pursuant to E.O. 13959, as amended: A; B": the first colon of the same clause
    for t in noun.doc[noun.i + 1: sent.end]:
        if t.text == ":":
            return t
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None
    return None


def _to_list(verb: Token, idx: DocIndex) -> bool:
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on") and any(_is_list(p, idx) for p in c.children)
               for c in verb.children)


def _spelled_out(colon: Token, verb: Token, noun: Token, exclude: set[str], idx: DocIndex, classes: list = ()):
    """The parties after the colon that hang from the class noun or the verb through list-like links,
    and the country given for each: "(China)" right after it, or "of China"."""
    named, places, seen = [], [], set()
    for t in colon.sent:
        hit = idx.tok2m.get(t.i)
        if t.i <= colon.i or hit is None or hit[0].start in seen:
            continue
        span = hit[0]
        seen.add(span.start)
        m = idx.mention(span.root, actor=False)
        if m is None or m.entity.type not in LISTED or m.entity.iri in exclude or _in_brackets(span):
            continue
        if not any(_hangs_from(span.root, a, idx) for a in (noun, verb, *classes, colon.head)) \
                and not _opens_item(span, colon):
            continue
        named.append(m)
        if (place := _given_country(span, idx)) is not None:
            places.append((m, place))
    return dedupe(named), places


def _opens_item(span, colon: Token) -> bool:
    """ "...: A Ltd., a Hong Kong-based company; B Co., based in Shenzhen, China; and C LLC": after the colon,
    a name right after a semicolon ("; and") opens an item of the list, however the parser hung it."""
    doc, i = span.doc, span.start - 1
    if i > colon.i and doc[i].text in BULLETS:
        if doc[i].text in ITEM_MARKS and doc[i - 1].whitespace_:
            return True  # "...: - A (his wife B) - C": a bullet mark set off by spaces opens an item however it follows
        i -= 1
    if i > colon.i and doc[i].lower_ in ("and", "or"):
        i -= 1
    return i == colon.i or i > colon.i and doc[i].text == ";"  # (the first item opens right after the colon)
BULLETS = {"\u2022", "\u25aa", "\u25e6", "\u00b7", "-", "*"}
ITEM_MARKS = {"\u2022", "\u25aa", "-", "*"}  # (not "\u00b7", which also joins words)


EXAMPLES = define("list:examples", preds=("sanctions",), conf=0.8,
                  example="The U.S. blacklisted dozens of Chinese companies, including A Ltd. and B Co.")
COUNT_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "number", "score", "scores"}


@matcher(EXAMPLES)
def examples(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "blacklisted dozens of Chinese companies, including A, B and C", "added 36 companies to the
    Entity List, among them A and B": a sanction on a class of parties falls on the parties it names."""
    for cl in clauses(sent, idx):
        verb = cl.verb
        if not cl.asserted or not (any(f.pred == "sanctions" and allows(f, verb, idx) for f in cl.frames)
                                   or cl.lemma in L.LISTING and _to_list(verb, idx)):
            continue
        # "sanctioned 13 people and 21 entities, including A": each class the verb takes, coordinated or not
        for d in [c for o in verb.children if o.dep_ == "dobj" for c in (o, *o.conjuncts)]:
            if idx.mention(d) is not None:
                continue
            cls = d
            if d.lemma_.lower() in COUNT_NOUNS | L.QUANTIFIERS or d.pos_ == "NUM":  # "dozens of companies"
                cls = next((p for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), d)
            if cls.tag_ != "NNS" or cls.lemma_.lower() not in L.LISTED_PARTY_NOUNS or idx.mention(cls) is not None:
                continue
            exclude = {s.entity.iri for s in cl.subjs}
            named = [a for a in _examples_of([cls, d, verb], idx) + _among_them(cls, idx) + [  # "one of which is A"
                a for t in one_of_which(cls) for a in args_of(t, idx, role="obj") if a.entity.type in LISTED]
                if a.entity.iri not in exclude]
            yield from EXAMPLES.pairs(cl.subjs, dedupe(named), "sanctions", True, (verb.idx,))


def _examples_of(holders: list, idx: DocIndex) -> list[Arg]:
    out = []
    for h in holders:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("including", "like", "as", "among"):
                continue
            for p in prep.children:
                if p.dep_ != "pobj":
                    continue
                if prep.lower_ == "among" and p.lower_ == "them" and p.i + 1 < len(p.doc):
                    p = p.doc[p.i + 1]  # "among them A and B": the parser hangs the names anywhere
                    if idx.mention(p) is None:
                        continue
                elif prep.lower_ == "among":
                    continue
                out += [a for a in args_of(p, idx, role="obj") if a.entity.type in LISTED]
    return out


def _among_them(cls: Token, idx: DocIndex) -> list[Arg]:
    """ ", among them A and B" after the class noun: the parser hangs the phrase anywhere."""
    doc = cls.doc
    for t in doc[cls.i + 1: cls.sent.end - 2]:
        if t.lower_ == "among" and doc[t.i + 1].lower_ == "them" and idx.mention(doc[t.i + 2]) is not None:
            return [a for a in args_of(doc[t.i + 2], idx, role="obj") if a.entity.type in LISTED]
    return []


ADDITION = define("list:addition", preds=("sanctions",), conf=0.8,
                  example="Commerce announced the addition of A Ltd. and B Co. to the Entity List.")


@matcher(ADDITION, words=L.LISTING_EVENT_NOUNS)
def addition(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "announced the addition of Huawei and its affiliates to the Entity List": the nominal listing,
    by the body that possesses it or that the clause around it has as subject (or agent)."""
    for noun in idx.sent_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in L.LISTING_EVENT_NOUNS:
            continue
        preps = [c for c in noun.children if c.dep_ == "prep"]
        if not any(c.lower_ in ("to", "on") and any(p.dep_ == "pobj" and _is_list(p, idx) for p in c.children)
                   for c in preps):
            continue
        named = [a for c in preps if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                 for q in ([p] if idx.mention(p) else [p, *(k for k in p.lefts if k.dep_ == "compound")])
                 for a in args_of(q, idx, role="obj") if a.entity.type in LISTED]  # "Huawei Technologies Co. Ltd."
        actors = [m for c in noun.children if c.dep_ == "poss" and (m := idx.mention(c)) is not None]
        verb = noun.head
        asserted = True
        if verb.pos_ in ("VERB", "AUX") and noun.dep_ in ("dobj", "nsubjpass"):
            actors = actors or [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
            asserted = modality(verb)[0] and verb.lemma_.lower() not in L.SPECULATIVE  # "proposed the addition"
        actors = [a for a in actors if a.entity.type in GOV]
        yield from ADDITION.pairs(dedupe(actors), dedupe(named), "sanctions", asserted, (noun.idx,))
