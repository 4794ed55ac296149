"""Mentions of a parsed Doc, with the discourse state rules need (coreference). The mentions themselves, NER's
and those it misses (described government bodies, products before product nouns, versions), are found by
kg/extract/spans.py; the entity kinds are kg/extract/kinds.py's (both re-exported here for the rules).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from ..gazetteer import Gazetteer
from ..models import Entity
from ..namecuts import tokens_where
from . import lexicon as L
from .kinds import ACTOR, ORGS, PLACE, SITES  # noqa: F401 (re-exported: the rules import the kinds from here)
from .mentions import Resolved, Resolver
from .modality import forget as forget_modality
from .spans import demonym_of, department_entry, find_spans, generation_at  # noqa: F401 (re-exported for the rules)


@dataclass(frozen=True)
class Arg:
    entity: Entity
    start: int
    end: int
    coref: bool = False
    indirect: bool = False  # reached through a market noun ("customers in China")
    demonym: bool = False  # a nationality standing for its country ("Chinese developers")


@dataclass(frozen=True)
class Candidate:
    subj: Arg
    pred: str
    obj: Arg
    rule: str
    confidence: float
    asserted: bool = True
    tokens: tuple[int, ...] = ()  # trigger token offsets, for --explain


@dataclass
class DocIndex:
    """Mentions of one Doc by token, plus the running discourse for coreference."""

    gaz: Gazetteer
    resolver: Resolver
    tok2m: dict[int, tuple[Span, Resolved]] = field(default_factory=dict)
    history: list[tuple[int, Arg]] = field(default_factory=list)  # (token index, mention) in order
    tokens: list = field(default_factory=list)  # the Doc's tokens, made once (spaCy builds a new object per access)
    _acting: dict = field(default_factory=dict, repr=False)  # token index -> Arg as an actor ("Beijing": China)
    _plain: dict = field(default_factory=dict, repr=False)  # token index -> Arg as named
    cache: dict = field(default_factory=dict, repr=False)
    sents: list = field(default_factory=list)  # the Doc's sentences, made once (doc.sents builds new Spans)
    doc: object = None  # per-token readings that several rules share
    ents: tuple = ()  # the Doc's entities, made once (doc.ents and Span.ents build new Spans each time)
    text: str = ""  # the Doc's text, made once (doc.text joins every token's text each time)
    # entity IRI -> [(token index of the sentence, country IRI)]: the first phase's basedIn facts
    countries: dict = field(default_factory=dict)

    @classmethod
    def build(cls, doc, gaz: Gazetteer) -> "DocIndex":
        idx = cls(gaz, Resolver(gaz))
        _fronted_backers(doc)
        forget_modality()  # the parse may have changed: nothing read of an earlier one is kept
        idx.tokens = list(doc)
        idx.doc = doc
        idx.sents = list(doc.sents)
        idx.ents = doc.ents
        idx.text = doc.text
        spans = find_spans(doc, idx)
        tok2m, plain, acting = idx.tok2m, idx._plain, idx._acting
        for ent, res in sorted(spans, key=lambda x: x[0].start):
            start, end, start_char, end_char = ent.start, ent.end, ent.start_char, ent.end_char
            named = Arg(res.entity, start_char, end_char)
            # one Arg per mention and reading, made here: rules ask for them hundreds of thousands of times
            actor = Arg(res.actor, start_char, end_char) if res.actor else named
            for i in range(start, end):
                tok2m[i] = (ent, res)
                plain[i] = named
                acting[i] = actor
            if res.entity.type == "Person" and (j := generation_at(ent)) is not None and j not in tok2m:
                tok2m[j], plain[j], acting[j] = (ent, res), named, actor
            idx.history.append((start, named))
        return idx

    def addressee(self, sent: Span) -> Arg | None:
        """The person a sentence speaks to, named between commas as a speech addresses someone:
        "Thank you, Under Secretary Estevez, for ...", "Secretary Lee, you said ...". "you" and
        "your" in that sentence are that person."""
        key_ = ("addressee", sent.start)
        if key_ in self.cache:
            return self.cache[key_]
        got = None
        doc = sent.doc
        if any(t.lower_ in ("you", "your") for t in self.sent_tokens(sent)):
            for ent, res in {id(v[0]): v for k, v in self.tok2m.items() if sent.start <= k < sent.end}.values():
                if res.entity.type != "Person" or ent.end >= sent.end or doc[ent.end].text not in (",", "!", ":"):
                    continue
                j = ent.start  # back over the title the speaker uses ("Under Secretary")
                while j > sent.start and doc[j - 1].is_title and doc[j - 1].is_alpha and doc[j - 1].i not in self.tok2m:
                    j -= 1
                opening = j == sent.start or j - 1 == sent.start and doc[j - 1].lower_ in ("dear", "hello", "hi")
                thanked = j - 2 >= sent.start and doc[j - 1].text == "," and doc[j - 2].lower_ == "you" \
                    and doc[j - 2].head.lemma_.lower() == "thank"
                if opening or thanked:
                    got = Arg(res.entity, ent.start_char, ent.end_char)
                    break
        self.cache[key_] = got
        return got

    def record_country(self, iri: str, country: str, sent_start: int) -> None:
        """A basedIn fact of the entity phase, read in the sentence starting at token sent_start."""
        self.countries.setdefault(iri, []).append((sent_start, country))

    def country_of(self, iri: str, *, before: int) -> str | None:
        """The country an earlier sentence (one starting before token `before`) placed the entity in, else the
        one the gazetteer gives it: what a later description ("the American chipmaker") must fit."""
        for start, country in self.countries.get(iri, ()):
            if start < before:
                return country
        return self.gaz.home(iri)  # else the country the gazetteer gives the entity (a company's home)

    def starts(self) -> dict:
        """The Doc's tokens by the character offset where each starts (made on first use)."""
        if (got := self.cache.get("starts")) is None:
            got = self.cache["starts"] = {t.idx: t for t in self.tokens}
        return got

    def ents_of(self, doc) -> tuple:
        """doc.ents, made once for the Doc this index reads."""
        return self.ents if doc is self.doc else doc.ents

    def span_ents(self, span: Span) -> list:
        """span.ents (the entities wholly inside it, as spaCy lists them) from the Doc's entities made once."""
        out = []
        for e in self.ents_of(span.doc):
            if e.start >= span.start:
                if e.end > span.end:
                    break
                out.append(e)
        return out

    def sent_tokens(self, sent: Span) -> list:
        return self.tokens[sent.start: sent.end]

    def sent_kinds(self, sent: Span) -> frozenset:
        """The entity types of the sentence's mentions, as named and as actors; made once a sentence."""
        key = ("kinds", sent.start)
        got = self.cache.get(key)
        if got is None:
            plain, acting = self._plain, self._acting
            got = self.cache[key] = frozenset(a.entity.type for i in range(sent.start, sent.end)
                                              for a in (plain.get(i), acting.get(i)) if a is not None)
        return got

    def people(self, sent: Span) -> Iterator[tuple[Token, Span, Arg]]:
        """The first token, the span and the argument of each person named in the sentence."""
        for tok in self.sent_tokens(sent):
            span = self.tok2m.get(tok.i, (None,))[0]
            m = self.mention(tok)
            if m is not None and m.entity.type == "Person" and tok.i == span.start:
                yield tok, span, m

    def mention(self, tok: Token, *, actor: bool = True) -> Arg | None:
        return (self._acting if actor else self._plain).get(tok.i)

    def antecedent(self, tok: Token, types: set[str], exclude: set[str] = frozenset(), *,
                   head_word: str | None = None, same_sentence: bool = True, near: bool = False,
                   chain: bool = True) -> Arg | None:
        """The earlier mention "the company", "the department" or "its" refers to: the nearest
        fitting mention in the same sentence ("Broadcom's chief ... built the company"), else the
        subject of the previous sentence (subjects are what a text is about), else the nearest
        fitting mention. head_word: the antecedent's name must contain it ("the department"). near: only
        this sentence or the one before (a thing's "the app" does not reach back through the article)."""
        nearest = main = here = speaker = None
        nearest_i = -1
        if _names_next(tok, self):
            return None  # "is buying the cybersecurity firm Splunk": the class noun of the name after it
        # "Backed by Toyota and Sony, the venture signed ...": the participle's agents are not its subject
        bound = {t.i for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i for t in c.subtree} \
            if tok.dep_ in ("nsubj", "nsubjpass") else set()
        start = _previous_sentence_start(tok)
        sent_start = tok.sent.start
        # "the American chipmaker": not a company this article placed in another country
        nationality = next((c.iri for m in tok.lefts if m.dep_ in ("amod", "compound", "nmod")
                            and (c := demonym_of(m, self)) is not None), None)
        for i, arg in self.history:
            if i >= tok.i:
                break
            if arg.entity.type not in types or arg.entity.iri in exclude:
                continue
            if nationality and self.country_of(arg.entity.iri, before=sent_start) not in (None, nationality):
                continue
            if nationality and self._unit_country(arg.entity.label) not in (None, nationality):
                continue  # "Microsoft Japan ... the US technology group": a national unit's name places it
            if nationality and i >= sent_start and i in self.tok2m and _qualified_as(self.tok2m[i][0], self) \
                    not in (None, nationality):
                continue  # "Taiwan's Foxconn left its venture with Indian group Vedanta, the Taiwanese firm said"
            if head_word and head_word not in arg.entity.label.lower():
                continue
            if _cited_source(self.tok2m[i][0].root if i in self.tok2m else self.tokens[i]):
                continue  # "..., according to the Financial Times. ... accused the company": who tells, not told of
            if i in self.tok2m and _dateline_agency(self.tok2m[i][0]):
                continue  # "TORONTO (AP) — ... the Chinese company behind the app": the agency files the story
            if i in bound or i < sent_start and i in self.tok2m and _aside_of_name(self.tok2m[i][0].root, self):
                continue
            if i < sent_start and i in self.tok2m and _speaker_employer(self.tok2m[i][0].root, self):
                speaker = arg  # "..., said Ann Wu, Orvane's general counsel. The company ...": the story's topic
                continue  # is meant, the quoted speaker's employer only when no other name fits
            nearest, nearest_i = arg, i
            if same_sentence and i >= sent_start:
                here = arg
            elif i >= start:
                r = self.tok2m[i][0].root if i in self.tok2m else self.tokens[i]
                if r.dep_ == "poss" and r.head.dep_ in ("nsubj", "nsubjpass"):
                    r = r.head  # "Anthropic's largest backers are ...": the possessor is the topic
                if r.dep_ in ("nsubj", "nsubjpass"):
                    if r.head.dep_ == "ROOT" and not _reports(r.head):
                        main = arg  # the main clause's subject over a subordinate one's ("Bloomberg reports
                        # that ...": who reports is the source, not what the story is about)
                    elif main is None and r.head.dep_ == "ccomp" and _reports(r.head.head) \
                            and r.head.head.dep_ == "ROOT":
                        main = arg  # "Kestrel plans to ..., Reuters reported": the reported clause's subject
        if near and nearest_i < start:
            nearest = None
        if here is None and main is None and chain and sent_start > 0:
            main = self._described_topic(tok.doc[sent_start - 1].sent, types, exclude)
        best = here or main or nearest or speaker  # a subordinate clause's subject is no better than the nearest
        if best is None or best is nearest and nearest_i < sent_start and nearest_i in self.tok2m \
                and not nationality and _listed(self.tok2m[nearest_i][0].root):
            return None  # "Backers include A, B and C. The company was added to ...": no list member is the topic
        return Arg(best.entity, tok.idx, tok.idx + len(tok.text), coref=True)

    def _unit_country(self, label: str) -> str | None:
        """The country a company's name ends in ("Microsoft Japan", "Xiaomi India"): its national unit's home."""
        words = label.split()
        e = self.gaz.lookup(words[-1]) if len(words) > 1 else None
        return self.resolver.entity_of(e).iri if e is not None and e.type == "Country" else None

    def _described_topic(self, sent, types: set[str], exclude: set[str]) -> Arg | None:
        """What the previous sentence was about when its subject was itself a description ("..., the Tokyo-based
        venture signed a partnership with IBM. The company secured ..."): what that description refers to."""
        if self.mention(sent.root) is not None or (subj := _topic_description(sent)) is None or self.mention(subj):
            return None
        return self.antecedent(subj, types, exclude, chain=False)


def _names_next(tok: Token, idx: DocIndex) -> bool:
    """A definite class noun right before a company's name ("the cybersecurity firm Splunk", the parser made both
    objects): the noun names that company, no earlier one."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.tag_ == "NN" and nxt is not None and nxt.i in idx.tok2m and idx.tok2m[nxt.i][0].start == nxt.i \
        and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children) \
        and not (nxt.dep_ in ("nsubj", "nsubjpass") and nxt.head.head.i == tok.i)  # "the firm Kestrel bought"


def _listed(r: Token) -> bool:
    """A name that is one member of a list of three or more ("Backers include Tencent, Sequoia China and GGV")."""
    first = r
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return len(first.conjuncts) >= 2


def _aside_of_name(r: Token, idx: DocIndex) -> bool:
    """A name inside a relative clause set off after another name ("OpenAI, which is backed by Microsoft, argued
    ..."): an aside about that name, not what a later "the company" refers to."""
    for t in r.ancestors:
        if t.dep_ == "relcl":
            return t.head.i in idx.tok2m and any(w.tag_ in ("WDT", "WP") for w in t.children)
    return False


def _qualified_as(span, idx: DocIndex) -> str | None:
    """The country a demonym or a country's possessive before a name gives it in its own phrase ("Indian
    conglomerate Vedanta", "Taiwan's Foxconn"): read in the sentence, before the entity phase records it."""
    for t in (t for c in span.root.lefts if c.i < span.start for t in c.subtree):
        if t.dep_ in ("amod", "compound", "nmod", "poss") and (c := demonym_of(t, idx)) is not None:
            return c.iri
    return None


def _topic_description(sent):
    """The main clause's subject when it is a description, not a name: "the Tokyo-based venture signed ..."."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ == "NNS" or subj.lemma_.lower() not in L.ORG_ANAPHORS \
            or not any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in subj.children):
        return None
    return subj


def _fronted_backers(doc) -> None:
    """ "Backed by Toyota, Sony and six other companies, the Tokyo-based venture signed ...": the parser ends the
    fronted participle's list at its first name, makes the next name the subject and the real subject its
    apposition. A definite description set off after a name that continues the participle's list of agents is
    the subject; the name is one more agent. (Only a list with a plural class noun in it: "and six other companies".)"""
    from spacy.attrs import DEP

    for v in tokens_where(doc, DEP, "advcl".__eq__):  # no Token object for the other words (issue 13)
        if v.dep_ != "advcl" or v.tag_ != "VBN" or v.i > v.head.i:
            continue
        agents = [p for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        subj = next((c for c in v.head.children if c.dep_ == "nsubj" and c.i > v.i), None)
        if not agents or subj is None or subj.pos_ != "PROPN" or doc[subj.left_edge.i - 1].text != "," \
                or doc[subj.left_edge.i - 2].i != agents[-1].right_edge.i:
            continue
        desc = next((a for a in subj.children if a.dep_ == "appos" and a.pos_ == "NOUN" and any(
            d.dep_ == "det" and d.lower_ in ("the", "this") for d in a.children)), None)
        if desc is None or not any(c.dep_ == "conj" and c.tag_ == "NNS" and c.i < desc.i for c in subj.children):
            continue
        desc.head, desc.dep_ = v.head, "nsubj"
        subj.head, subj.dep_ = agents[-1], "conj"


def _speaker_employer(r: Token, idx: DocIndex) -> bool:
    """The body in a quoted speaker's title ("said Ann Wu, Orvane's general counsel", "said Orvane's chief legal
    officer Ann Wu", "said Ann Wu, a lawyer for Orvane"): who speaks for whom, not what the story is about."""
    title = r.head if r.dep_ in ("poss", "compound") else r.head.head if r.dep_ == "pobj" \
        and r.head.lower_ in ("of", "at", "for") else None
    if title is None or title.pos_ != "NOUN":
        return False
    person = title.head if title.dep_ == "appos" else next((c for c in title.children if c.dep_ == "appos"), None)
    if person is None or (m := idx.mention(person)) is None or m.entity.type != "Person":
        return False
    subj = title if title.dep_ == "nsubj" else person
    return subj.dep_ == "nsubj" and subj.head.lemma_.lower() in L.SAY_VERBS


def _reports(verb: Token) -> bool:
    """A verb of saying with the story as its clause ("Bloomberg reports that ...", "..., Reuters reported")."""
    return verb.lemma_.lower() in L.SAY_VERBS and any(c.dep_ == "ccomp" for c in verb.children)


def _cited_source(r: Token) -> bool:
    """ "according to the Financial Times": the publisher a passage cites, never what it is about."""
    return r.dep_ == "pobj" and r.head.lower_ == "to" and r.head.head.lower_ == "according"


def _dateline_agency(span) -> bool:
    """ "TORONTO (AP) —": the wire agency in a dateline's brackets at the head of the text."""
    doc = span.doc
    return span.start <= 8 and span.start > 0 and doc[span.start - 1].text == "(" and span.end + 1 < len(doc) \
        and doc[span.end].text == ")" and doc[span.end + 1].text in ("—", "–", "-", "--")


def _previous_sentence_start(tok: Token) -> int:
    sent = tok.sent
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
