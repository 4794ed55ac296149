"""Dependency rules: each rule is a generator over one sentence yielding candidate facts.

Rules read the spaCy parse; what they yield holds character offsets and canonical
entities only (Candidate), so nothing spaCy outlives this module.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from ..gazetteer import Gazetteer
from ..ids import entity_iri
from ..models import Entity
from . import lexicon as L
from .mentions import Resolved, Resolver

PLACE = {"Country", "City", "Region"}
SITES = {"City", "Region", "Facility"}  # things that sit inside a place
MONEY = {"euro", "dollar", "yuan", "yen", "pound", "won", "billion", "million", "fine", "penalty", "sum"}
QUANTIFIERS = {"most", "some", "all", "many", "much", "part", "half", "share", "majority", "portion", "one",
               "several", "few", "none", "each", "any", "bulk", "rest"}
ACTOR = {"Company", "GovernmentBody", "Country", "Person", "Organization"}
ORGS = {"Company", "Organization"}


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

    @classmethod
    def build(cls, doc, gaz: Gazetteer) -> "DocIndex":
        idx = cls(gaz, Resolver(gaz))
        spans = []
        for ent in doc.ents:
            if ent.label_ not in KEEP or _junk(ent, gaz):
                continue
            res = idx.resolver.resolve(ent.text, ent.label_, ent.ent_id_)
            if res is not None and res.entry is None and ent.label_ == "ORG":
                res = _with_country(ent, idx) or res
            if res is not None:
                spans.append((ent, res))
        spans = [_with_version(ent, res, idx) for ent, res in spans]
        covered = {t.i for ent, _ in spans for t in ent}
        spans += _described_bodies(doc, idx, covered)
        covered = {t.i for ent, _ in spans for t in ent}
        spans += _named_products(doc, idx, covered)
        for ent, res in sorted(spans, key=lambda x: x[0].start):
            for tok in ent:
                idx.tok2m[tok.i] = (ent, res)
            idx.history.append((ent.start, Arg(res.entity, ent.start_char, ent.end_char)))
        return idx

    def mention(self, tok: Token, *, actor: bool = True) -> Arg | None:
        hit = self.tok2m.get(tok.i)
        if not hit:
            return None
        span, res = hit
        ent = res.actor if (actor and res.actor) else res.entity
        return Arg(ent, span.start_char, span.end_char)

    def antecedent(self, tok: Token, types: set[str], exclude: set[str] = frozenset()) -> Arg | None:
        """The earlier mention "the company", "the chipmaker" or "it" refers to: the subject of the
        same or the previous sentence when one fits (subjects are what a text is about), else the
        nearest fitting mention."""
        best = subject = None
        start = _previous_sentence_start(tok)
        for i, arg in self.history:
            if i >= tok.i:
                break
            if arg.entity.type in types and arg.entity.iri not in exclude:
                best = arg
                if i >= start and tok.doc[i].dep_ in ("nsubj", "nsubjpass") or \
                        i >= start and tok.doc[i].head.dep_ in ("nsubj", "nsubjpass") and tok.doc[i].dep_ == "compound":
                    subject = arg
        best = subject or best
        if best is None:
            return None
        return Arg(best.entity, tok.idx, tok.idx + len(tok.text), coref=True)


def _previous_sentence_start(tok: Token) -> int:
    sent = tok.sent
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start


# ---------------------------------------------------------------- mentions NER misses

KEEP = {"ORG", "GPE", "LOC", "PERSON", "PRODUCT", "EVENT", "LAW", "FAC"}
# Capitalised words that NER tags as organisations but that name no one.
NOT_NAMES = {"ai", "api", "apis", "llm", "llms", "gpu", "gpus", "cpu", "ceo", "cfo", "ipo", "r&d", "ev",
             "evs", "genai", "agi", "saas", "iot", "5g", "it", "hr", "pr", "ip", "gmt", "utc", "est"}


def _junk(ent, gaz: Gazetteer) -> bool:
    if ent.ent_id_:
        return False
    text = ent.text.strip()
    if text.lower().strip(".") in NOT_NAMES:
        return True
    # a one-word unknown name modifying "lab", "company", "industry" ("a Hong Kong-listed ML lab")
    # describes a kind, not a named body; before "spokesman" or "employee" it names the employer
    return (ent.label_ == "ORG" and len(ent) == 1 and ent.root.dep_ == "compound"
            and ent.root.head.lemma_.lower() in L.ORG_ANAPHORS | {"industry", "sector", "market", "startup"}
            and gaz.lookup(text) is None)


def _with_version(ent, res: Resolved, idx: "DocIndex"):
    """ "Claude 3", "Llama 3.1": a product name followed by a version number names that version."""
    doc = ent.doc
    if res.entity.type != "Product" or ent.end >= len(doc) or not doc[ent.end].like_num \
            or doc[ent.end].ent_type_ not in ("", "CARDINAL", "PRODUCT"):
        return ent, res
    span = doc[ent.start: ent.end + 1]
    return span, idx.resolver.resolve(span.text, "PRODUCT") or res


def _country_modifier(tok: Token, idx: "DocIndex"):
    for c in tok.lefts:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and (e := demonym_of(c, idx)) is not None:
            return c, e
    return None


def _with_country(ent, idx: "DocIndex") -> Resolved | None:
    """ "China's Cyberspace Administration" -> the Cyberspace Administration of China."""
    hit = _country_modifier(ent.root, idx)
    if not hit:
        return None
    _, country = hit
    for form in (f"{ent.text} of {country.label}", f"{country.label}'s {ent.text}", f"{country.label} {ent.text}"):
        if entry := idx.gaz.lookup(form):
            return idx.resolver.from_entry(entry)
    return None


def _described_bodies(doc, idx: "DocIndex", covered: set[int]) -> list:
    """Lower-case descriptions of government bodies: "the Chinese foreign ministry"."""
    out = []
    for tok in doc:
        if tok.i in covered or tok.pos_ != "NOUN" or tok.lemma_.lower() not in L.GOV_ANAPHORS | {"ministry"}:
            continue
        i = tok.i
        while i > 0 and doc[i - 1].i not in covered and (
                doc[i - 1].pos_ in ("ADJ", "PROPN", "NOUN") and doc[i - 1].dep_ in ("amod", "compound", "nmod", "poss")
                or doc[i - 1].dep_ == "case"):
            i -= 1
        for start in range(i, tok.i):  # longest description first
            span = doc[start: tok.i + 1]
            if span[0].dep_ == "case":
                continue
            forms = [span.text]
            if (country := demonym_of(span[0], idx)) is not None and len(span) > 1:
                rest = span[1:].text.lstrip("'s ").strip() if span[1].dep_ != "case" else span[2:].text
                forms += [f"{rest} of {country.label}", f"{country.label}'s {rest}", f"{country.label} {rest}"]
            entry = next((e for f in forms if (e := idx.gaz.lookup(f)) is not None), None)
            if entry is not None and entry.type == "GovernmentBody":
                out.append((span, idx.resolver.from_entry(entry)))
                break
    return out


def _named_products(doc, idx: "DocIndex", covered: set[int]) -> list:
    """Proper names before a product noun: "Huawei's Ascend chips", "its Hunyuan model"."""
    out = []
    for tok in doc:
        if tok.i in covered or tok.pos_ != "NOUN" or tok.lower_ not in L.PRODUCT_NOUNS:
            continue
        names = []
        for c in reversed(list(tok.lefts)):
            if c.dep_ in ("compound", "nmod", "nummod") and c.pos_ in ("PROPN", "NUM") and c.i not in covered \
                    and c.i == (names[0].i if names else tok.i) - 1:
                names.insert(0, c)
            else:
                break
        if not names or names[0].pos_ != "PROPN" or names[0].lower_ in NOT_NAMES:
            continue
        span = doc[names[0].i: names[-1].i + 1]
        res = idx.resolver.resolve(span.text, "PRODUCT")
        if res is not None and res.entity.type == "Product":
            out.append((span, res))
    return out


# ---------------------------------------------------------------- argument finding

def demonym_of(tok: Token, idx: DocIndex) -> Entity | None:
    """A nationality word or country name used as a modifier: Chinese, Dutch, U.S., Taiwan's."""
    if tok.ent_type_ in ("NORP", "GPE") or tok.pos_ in ("ADJ", "PROPN"):
        for text in (tok.text, _compound_text(tok)):
            entry = idx.gaz.demonym(text)
            if entry is None and (e := idx.gaz.lookup(text)) is not None and e.type == "Country":
                entry = e
            if entry:
                return idx.resolver.entity_of(entry)
        m = idx.mention(tok)
        if m and m.entity.type == "Country":
            return m.entity
    return None


def _compound_text(tok: Token) -> str:
    left = [c for c in tok.lefts if c.dep_ == "compound"]
    return " ".join(t.text for t in (*left, tok))


def modifiers(tok: Token) -> Iterator[Token]:
    """Pre-modifiers of a noun, recursively: "Dutch lithography giant ASML"."""
    for child in tok.lefts:
        if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod", "nummod"):
            yield child
            if child.pos_ != "VERB":  # "Hong Kong-listed": a participle's own modifiers are not the noun's
                yield from modifiers(child)


def args_of(tok: Token, idx: DocIndex, *, role: str, exclude: set[str] = frozenset(),
            conj: bool = True, actor: bool = True) -> list[Arg]:
    """Entities a syntactic argument stands for, distributing over coordination. actor=False
    keeps places literal ("headquartered in Beijing" is the city, "Beijing retaliated" China)."""
    out = _arg(tok, idx, role=role, exclude=exclude, actor=actor)
    if conj:
        for c in tok.conjuncts:
            if c.i > tok.i:
                out += _arg(c, idx, role=role, exclude=exclude, actor=actor)
    return out


def _arg(tok: Token, idx: DocIndex, *, role: str, exclude: set[str], actor: bool = True) -> list[Arg]:
    if m := idx.mention(tok, actor=actor):
        return [m]
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in L.PRONOUNS or (low in ("they", "their") and role == "subj"):
        a = _pronoun(tok, idx, exclude)
        return [a] if a else []
    named = [m for c in tok.children if c.dep_ == "appos" and (m := idx.mention(c))]
    if named and tok.pos_ == "NOUN":  # "the cloud provider Alibaba Cloud": the name, not an antecedent
        return named
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and (m := idx.mention(tok.head)):
        return [m]  # "ByteDance, a Chinese company based in Beijing": the description is ByteDance
    dets = {c.lower_ for c in tok.lefts if c.dep_ == "det"}
    if dets & {"the", "this", "that"} and tok.pos_ == "NOUN":
        types = ORGS if lemma in L.ORG_ANAPHORS else {"GovernmentBody"} if lemma in L.GOV_ANAPHORS else None
        if types:
            a = idx.antecedent(tok, types, exclude)
            return [a] if a else []
    if lemma in QUANTIFIERS or tok.pos_ == "NUM":  # "most of its iPhones", "some of its machines"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return [a for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role=role, exclude=exclude)]
    if role == "obj" and tok.pos_ == "NOUN":  # "its latest model, SenseNova 5.5", "the cloud provider Alibaba Cloud"
        for c in tok.children:
            if (m := idx.mention(c)) and (c.dep_ == "appos" or c.dep_ in ("compound", "nmod") and m.entity.type == "Product"):
                return [m]
    if role == "obj" and tok.lower_ in L.MAKER_GOODS:  # "banned the use of Micron chips", "Huawei and ZTE equipment"
        named = [c for c in tok.lefts if c.dep_ in ("compound", "nmod")]
        named += [cc for c in named for cc in c.conjuncts]
        makers = [m for c in named if (m := idx.mention(c)) and m.entity.type in ORGS]
        if makers:
            return [Arg(m.entity, m.start, m.end, m.coref, True) for m in makers]
    if lemma in MONEY or tok.ent_type_ == "MONEY":  # "fined Google 4.34 billion euros" (parsed as a compound)
        named = [m for c in tok.lefts if c.dep_ == "compound" and (m := idx.mention(c))]
        if named:
            return named
    if lemma in L.GOV_NOUNS:
        for mod in modifiers(tok):
            if (c := demonym_of(mod, idx)) is not None:
                return [Arg(c, mod.idx, mod.idx + len(mod.text))]
    market = role == "obj" and lemma in L.MARKET_NOUNS
    out: list[Arg] = []
    if market:  # "customers in China", "exports of equipment to China", "suppliers such as Google"
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "as", "including", "like", "of", "to"):
                for p in prep.children:
                    if p.dep_ == "pobj":
                        out += [Arg(a.entity, a.start, a.end, a.coref, True)
                                for a in args_of(p, idx, role="obj", exclude=exclude)
                                if a.entity.type not in ("Product", "Person")]
        if out:
            return out
    # "X's Azure platform", "the PRC's ability": the possessor acts.
    for child in tok.lefts:
        if child.dep_ == "poss" and (m := idx.mention(child)) and (role == "subj" and m.entity.type in ORGS or market):
            return [Arg(m.entity, m.start, m.end, indirect=True)]
    if market and lemma not in L.PROVIDER_NOUNS:  # "Chinese developers" stand for China; "American investors" do not
        for mod in modifiers(tok):
            if (c := demonym_of(mod, idx)) is not None:
                out.append(Arg(c, mod.idx, mod.idx + len(mod.text), indirect=True, demonym=True))
    return out


def _pronoun(tok: Token, idx: DocIndex, exclude: set[str]) -> Arg | None:
    # Prefer the subject of the governing clause in the same sentence ("Tencent said its model").
    head = tok.head
    while head.dep_ not in ("ROOT",) and head.head is not head:
        if head.pos_ in ("VERB", "AUX"):
            for s in head.children:
                if s.dep_ in ("nsubj",) and s.i < tok.i and (m := idx.mention(s)) and m.entity.type in ORGS \
                        and m.entity.iri not in exclude:
                    return Arg(m.entity, tok.idx, tok.idx + len(tok.text), coref=True)
        head = head.head
    for s in head.children:
        if s.dep_ == "nsubj" and s.i < tok.i and (m := idx.mention(s)) and m.entity.type in ORGS \
                and m.entity.iri not in exclude:
            return Arg(m.entity, tok.idx, tok.idx + len(tok.text), coref=True)
    return idx.antecedent(tok, ORGS, exclude)


# ---------------------------------------------------------------- clause structure

def is_passive(verb: Token) -> bool:
    """Passive voice, including bare participles: "the law ... to see it banned in the U.S.",
    "a chip designed by HiSilicon". A participle with "have" is a perfect, not a passive."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod", "xcomp", "ccomp", "oprd", "advcl") \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


OBJECT_CONTROL = {"order", "tell", "force", "require", "direct", "instruct", "ask", "urge", "compel", "push",
                  "pressure", "allow", "permit", "help", "enable"}
PREP_CONTROL = {"rely": "on", "depend": "on", "count": "on", "call": "on", "turn": "to", "tap": None}
RELATIVE = {"which", "that", "who", "whom"}


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens that act as the verb's subject, climbing through control and coordination."""
    passive = is_passive(verb)
    children = sorted(verb.children, key=lambda c: c.dep_ != "nsubj" or c.ent_type_ == "")  # "unit HiSilicon designed"
    for c in children:
        if passive and c.dep_ == "agent":
            return [p for p in c.children if p.dep_ == "pobj"]
        if not passive and c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in RELATIVE and verb.dep_ == "relcl":
                return [verb.head]
            return [c]
    if passive:
        return []
    if verb.dep_ == "relcl":
        return [verb.head]
    if verb.dep_ in ("xcomp", "advcl", "conj", "acl", "pcomp") and verb.head is not verb:
        head = verb.head
        if head.dep_ == "prep" and head.head is not head:  # "retaliated by restricting"
            head = head.head
        if verb.dep_ in ("xcomp", "advcl"):
            lemma = head.lemma_.lower()
            objs = [c for c in head.children if c.dep_ in ("dobj",)]
            if objs and lemma in OBJECT_CONTROL:
                return objs
            if lemma in PREP_CONTROL:  # "relies on Foxconn to assemble"
                pobjs = [p for c in head.children if c.dep_ == "prep" and c.lower_ == PREP_CONTROL[lemma]
                         for p in c.children if p.dep_ == "pobj"]
                if pobjs:
                    return pobjs
        if verb.dep_ == "conj":  # shares the grammatical subject, active or passive
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return [head.head] if subj[0].lower_ in RELATIVE and head.dep_ == "relcl" else subj
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            return [head]
        return subject_tokens(head) if head.pos_ in ("VERB", "AUX") else []
    return []


def co_subjects(verb: Token) -> list[Token]:
    """ "Japan joined the United States and the Netherlands in restricting": the joined act too."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "in" and head.head.lemma_.lower() == "join":
        return [c for c in head.head.children if c.dep_ == "dobj"]
    return []


def object_tokens(verb: Token, slot: str) -> list[Token]:
    if slot == "dobj":
        passive = is_passive(verb)
        deps = ("nsubjpass",) if passive else ("dobj", "attr", "dative")
        out = [c for c in verb.children if c.dep_ in deps]
        if passive and verb.dep_ in ("acl", "relcl") and (not out or out[0].lower_ in RELATIVE):
            out = [verb.head]  # "the processor, which was manufactured by SMIC"
        return out
    if slot == "dative":
        return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    word = slot.split(":", 1)[1]
    out = []
    # a gerund the parser hung under the verb ("supplies etching tools to ...") holds its preposition
    holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "dative")
                        or c.dep_ == "xcomp" and c.tag_ == "VBG" and not any(g.dep_ == "aux" for g in c.children)]
    for h in holders:
        for prep in h.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ == word:
                out += [p for p in prep.children if p.dep_ == "pobj"]
                # "sales of equipment to China": one level further
                for p in list(prep.children):
                    for prep2 in p.children:
                        if prep2.dep_ == "prep" and prep2.lower_ == word and prep2 is not prep:
                            out += [q for q in prep2.children if q.dep_ == "pobj"]
    return out


def modality(verb: Token) -> tuple[bool, str]:
    """(asserted, why not): negation, modals and speculative heads up the clause chain."""
    tok = verb
    for _ in range(6):
        for c in tok.children:
            if c.dep_ == "neg":
                return False, "negated"
            if c.dep_ == "aux" and c.lower_ in L.MODALS:
                return False, "modal"
            if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"):
                return False, "conditional"
        if tok is not verb and tok.lemma_.lower() in L.SPECULATIVE:
            return False, "speculative"
        if tok is not verb and tok.lemma_.lower() in L.NEGATING:
            return False, "negated"
        if tok.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl", "conj", "pcomp", "pobj", "prep") \
                and tok.head is not tok:
            tok = tok.head
        else:
            break
    return True, ""


def has_particle(verb: Token, parts: set[str]) -> bool:
    return any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in parts for c in verb.children)


# ---------------------------------------------------------------- rules

Rule = Callable[["Span", DocIndex], Iterator[Candidate]]


DEMONYM_OK = {"restricts", "suppliesTo"}  # "barred Chinese developers" restricts China; a sanction is named


def _pairs(subjs: list[Arg], objs: list[Arg], pred: str, rule: str, conf: float, asserted: bool,
           toks: tuple[int, ...] = ()) -> Iterator[Candidate]:
    for s in subjs:
        for o in objs:
            if o.demonym and pred not in DEMONYM_OK:
                continue
            c = conf * (0.85 if s.coref or o.coref else 1.0) * (0.92 if o.indirect else 1.0)
            yield Candidate(s, pred, o, rule, round(c, 3), asserted, toks)


PLACE_PREDICATES = {"basedIn", "locatedIn"}
CLAUSE_DEPS = {"amod", "ROOT", "conj", "relcl", "xcomp", "ccomp", "advcl", "acl", "pcomp"}


def verb_lemma(tok: Token) -> str:
    """The tagger's lemma, repaired when it is not a known verb ("fined" -> "fin" -> "fine")."""
    lemma = tok.lemma_.lower()
    if lemma in L.VERBS or lemma in PREP_CONTROL:
        return lemma
    low = tok.lower_
    for cut, add in (("ed", ""), ("d", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"),
                     ("ied", "y"), ("ies", "y")):
        if low.endswith(cut) and (cand := low[: -len(cut)] + add) in L.VERBS:
            return cand
    return lemma


LISTING = {"add", "place", "put", "include", "list"}


def _is_list(tok: Token, idx: DocIndex) -> bool:
    """The Entity List, a blacklist, the Unverified List: listing there is a sanction."""
    m = idx.mention(tok, actor=False)
    if m is not None and m.entity.type == "Policy" and "list" in m.entity.label.lower():
        return True
    return tok.lemma_.lower() in ("list", "blacklist", "watchlist")


def verb_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Subject-verb-object with a trigger verb, in the active or the passive voice."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in CLAUSE_DEPS:
            continue
        lemma = verb_lemma(verb)
        frames = L.VERBS.get(lemma, ())
        if not (frames or lemma in PREP_CONTROL or lemma in LISTING) or (lemma in L.NEEDS_PARTICLE and not has_particle(verb, L.NEEDS_PARTICLE[lemma])):
            continue
        asserted, why = modality(verb)
        stopped = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in L.STOP_VERBS
        if lemma in L.STATIVE_PASSIVE:
            if not is_passive(verb):
                continue
            subj_toks = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
                [verb.head] if verb.dep_ in ("acl", "amod", "relcl") else [])
        else:
            subj_toks = subject_tokens(verb) + co_subjects(verb)
        subjs = _dedupe([a for t in subj_toks for a in args_of(t, idx, role="subj")])
        if stopped and not subjs:
            # "ordered operators to stop buying from Micron": the one who orders restricts
            boss = verb.head.head if verb.head.dep_ in ("xcomp", "ccomp") else None
            if boss is not None and boss.lemma_.lower() in OBJECT_CONTROL:
                subjs = [a for t in subject_tokens(boss) for a in args_of(t, idx, role="subj")]
        if not subjs:
            continue
        for pred, slots in frames:
            if lemma in L.STATIVE_PASSIVE:
                slots = tuple(s for s in slots if s.startswith("prep:"))
            reverse = pred.startswith("~")  # "raised money from investors": the investors invest
            pred = pred.lstrip("~")
            if stopped and pred in ("suppliesTo", "acquires"):  # stop shipping to / stop buying from
                pred, slots = "restricts", (slots if pred == "suppliesTo" else ("prep:from",))
            negated_withhold = not asserted and why == "negated" and lemma in L.WITHHOLD
            if negated_withhold:
                pred, slots = "restricts", ("prep:in", "prep:to")
            exclude = {s.entity.iri for s in subjs}
            objs: list[Arg] = []
            literal = pred not in PLACE_PREDICATES
            for slot in slots:
                for t in object_tokens(verb, slot):
                    objs += [o for o in args_of(t, idx, role="obj", exclude=exclude, actor=literal)
                             if not slot.startswith("market:") or o.indirect]
                if objs and slot == "dobj" and not all(o.indirect for o in objs):
                    break  # a named object; an indirect one ("ASML's exports") lets "to China" count too
            if not objs and pred in ("partnersWith", "competesWith") and len(subjs) > 1:
                for i, a in enumerate(subjs):  # "Samsung and TSMC compete for orders"
                    yield from _pairs([a], subjs[i + 1:], pred, f"verb:{lemma}", 0.8, asserted, (verb.idx,))
                continue
            pairs = _pairs(_dedupe(objs), subjs, pred, f"verb:{lemma}", 0.8, asserted, (verb.idx,)) if reverse \
                else _pairs(subjs, _dedupe(objs), pred, f"verb:{lemma}", 0.85, asserted or negated_withhold, (verb.idx,))
            yield from pairs
        if lemma in LISTING and asserted:  # "added SMIC to the Entity List"
            lists = [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on")
                     for p in c.children if p.dep_ == "pobj" and _is_list(p, idx)]
            if lists:
                objs = [a for t in object_tokens(verb, "dobj") for a in args_of(t, idx, role="obj")]
                yield from _pairs(subjs, _dedupe(objs), "sanctions", f"verb:{lemma}-list", 0.85, True, (verb.idx,))
        if lemma in PREP_CONTROL and asserted:  # "Apple relies on Foxconn": Foxconn supplies Apple
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == PREP_CONTROL[lemma]:
                    sup = [a for p in c.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]
                    yield from _pairs(sup, subjs, "suppliesTo", f"verb:{lemma}-on", 0.7, True, (verb.idx,))


def noun_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Relational nouns, with or without a light verb: "filed a lawsuit against", "a joint venture with"."""
    for noun in sent:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in L.NOUNS:
            continue
        pred, preps = L.NOUNS[lemma]
        verb = noun.head  # the clause the noun sits in: "operated by X under a venture with Y"
        while verb.dep_ in ("conj", "compound", "pobj", "prep", "dobj", "appos") and verb.head is not verb \
                and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        if pred in ("partnersWith", "competesWith"):  # "the deal between Microsoft and OpenAI"
            parties = _dedupe([a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "between"
                               for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")])
            if len(parties) > 1:
                asserted = modality(noun.head)[0] if noun.head.pos_ in ("VERB", "AUX") else True
                for i, a in enumerate(parties):
                    yield from _pairs([a], parties[i + 1:], pred, f"noun:{lemma}", 0.75, asserted, (noun.idx,))
                continue
        # the actor: a possessor ("Microsoft's investment in"), else the clause's subject/agent
        subjs = [a for c in noun.children if c.dep_ == "poss" for a in args_of(c, idx, role="subj")]
        if not subjs and verb.pos_ in ("VERB", "AUX"):
            subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
        if not subjs:
            continue
        exclude = {s.entity.iri for s in subjs}
        holders = [noun]
        if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in L.LIGHT_VERBS:
            holders.append(verb)  # "imposed sanctions on Russia": the preposition hangs on the verb
        preps_ = [prep for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in preps]
        preps_ += [c for prep in preps_ for c in prep.conjuncts if c.dep_ in ("prep", "conj")]  # "on X and on Y"
        objs = [a for prep in preps_ for p in prep.children if p.dep_ == "pobj"
                for a in args_of(p, idx, role="obj", exclude=exclude)]
        asserted = (modality(verb)[0] and verb.lemma_.lower() not in L.SPECULATIVE) \
            if verb.pos_ in ("VERB", "AUX") else True
        objs = [o for o in objs if o.entity.iri not in exclude]
        if not objs and pred in ("partnersWith", "competesWith") and len(subjs) > 1:
            # "Microsoft and G42 agreed a partnership": the coordinated parties partner each other
            subjs = _dedupe(subjs)
            for i, a in enumerate(subjs):
                yield from _pairs([a], subjs[i + 1:], pred, f"noun:{lemma}", 0.7, asserted, (noun.idx,))
            continue
        yield from _pairs(subjs, _dedupe(objs), pred, f"noun:{lemma}", 0.75, asserted, (noun.idx,))


def _dedupe(args: list[Arg]) -> list[Arg]:
    seen, out = set(), []
    for a in args:
        if a.entity.iri not in seen:
            seen.add(a.entity.iri)
            out.append(a)
    return out


def role_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """People and their roles: "Lisa Su, chief executive of AMD", "AMD CEO Lisa Su",
    "Microsoft's chief executive Satya Nadella", "founder and chairman of 360", "X was acting
    comptroller at Y", and plain membership: "Wang Ziqiang at the Institute of Mechanics"."""
    for tok in sent:
        m = idx.mention(tok)
        if not m or m.entity.type != "Person" or (tok.i + 1 < len(tok.doc) and idx.tok2m.get(tok.i + 1, (None,))[0] is idx.tok2m[tok.i][0]):
            continue  # only the last token of a person's name
        roles = [c for c in tok.children if c.dep_ in ("appos", "compound") and _is_role(c)]
        if tok.dep_ in ("appos", "compound") and _is_role(tok.head):
            roles.append(tok.head)
        roles += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c not in roles]
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "X was acting comptroller at Y"
            roles += [c for c in tok.head.children if c.dep_ == "attr" and _is_role(c)]
        seen: set[int] = set()
        found = False
        for role in roles:
            for r in (role, *role.conjuncts):
                if r.i in seen:
                    continue
                seen.add(r.i)
                pred = _role_pred(r)
                if not pred:
                    continue
                orgs = _role_orgs(r, idx) or [
                    a for c in tok.children if c.dep_ == "compound" and c.i < r.i
                    for a in args_of(c, idx, role="obj", conj=False)]
                orgs = [o for o in orgs if o.entity.type in ACTOR - {"Person"}]
                found = found or bool(orgs)
                yield from _pairs([m], orgs, pred, f"role:{r.lemma_.lower()}", 0.8, True, (r.idx,))
        if found:
            continue
        nxt = [tok.doc[tok.i + 1]] if tok.i + 1 < len(tok.doc) else []
        for prep in [*tok.children, *[n for n in nxt if n.head is not tok]]:
            # "Roger K. Crouch of NASA", "Zhu Rongsheng from Tsinghua University's Center" (wherever attached)
            if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "with", "from"):
                orgs = [a for p in prep.children if p.dep_ == "pobj" for a in _employer(p, idx)
                        if a.entity.type in ("Company", "Organization", "GovernmentBody")]
                yield from _pairs([m], orgs, "worksFor", f"member:{prep.lower_}", 0.65, True, (prep.idx,))


def _employer(p: Token, idx: DocIndex) -> list[Arg]:
    """The institution behind "Tsinghua University's Center for ...": the possessor employs."""
    owner = [a for q in p.children if q.dep_ == "poss" for a in args_of(q, idx, role="obj")]
    return owner or args_of(p, idx, role="obj")


def _is_role(tok: Token) -> bool:
    return tok.lower_ in L.ROLES or tok.lemma_.lower() in L.ROLES


def _role_pred(r: Token) -> str | None:
    lemma = r.lemma_.lower()
    if lemma not in L.ROLES:
        return None
    pred = L.ROLES[lemma]
    mods = {c.lower_ for c in r.lefts if c.dep_ in ("amod", "compound")}
    if pred == "worksFor" and lemma in ("executive", "minister", "officer") and mods & L.LEAD_MODIFIERS:
        return "leads"
    if lemma == "executive" and not mods & {"chief"}:
        return "worksFor"
    return pred


def _role_orgs(r: Token, idx: DocIndex, depth: int = 0) -> list[Arg]:
    out: list[Arg] = []
    for c in r.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "with", "from", "in"):
            for p in c.children:
                if p.dep_ == "pobj":
                    # "an expert at Tsinghua University's Center": the institution employs
                    owner = [a for q in p.children if q.dep_ == "poss" for a in args_of(q, idx, role="obj")]
                    found = owner or args_of(p, idx, role="obj")
                    if not found and depth == 0 and not idx.mention(p):
                        # "professor of political science at Queens College", "the firm of Skadden"
                        found = _role_orgs(p, idx, depth + 1)
                    out += found
        if c.dep_ in ("poss", "compound"):
            if a := idx.mention(c):
                out.append(a)
            elif c.dep_ == "compound":  # "CNEN Radioprotection Director": through the compound chain
                out += [a for cc in c.subtree if cc.i < c.i and (a := idx.mention(cc))]
    head = r.head
    if r.dep_ == "conj" and head.lemma_.lower() in L.ROLES:
        out += _role_orgs(head, idx)
    return out


def descriptor_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Appositions, possessives and pre-modifiers that carry facts about a named organisation:
    "Chinese chipmaker SMIC", "Foxconn, a Taiwanese contract manufacturer", "Taiwan's TSMC",
    "Huawei's chip unit HiSilicon", "ByteDance, the owner of TikTok", "Meta's Llama"."""
    done: set[int] = set()
    for tok in sent:
        m = idx.mention(tok, actor=False)
        if not m:
            continue
        span = idx.tok2m[tok.i][0]
        if tok.i != span.root.i or span.start in done:
            continue
        done.add(span.start)
        ent = m.entity
        descr = [c for c in tok.children if c.dep_ == "appos" and not idx.mention(c)]
        if tok.dep_ == "appos" and not idx.mention(tok.head):
            descr.append(tok.head)
        if ent.type in ORGS:
            for d in descr:  # "SMIC, China's biggest chipmaker"
                for c in d.lefts:
                    if c.dep_ == "poss" and (pl := idx.mention(c)) and pl.entity.type == "Country":
                        yield Candidate(m, "basedIn", pl, "descriptor:poss-country", 0.8, True, (d.idx,))
            for d in [tok, *descr]:
                for mod in (modifiers(d) if d is tok else [d, *modifiers(d)]):
                    if mod.i in range(span.start, span.end):
                        continue
                    if (c := demonym_of(mod, idx)) and mod.dep_ != "poss":
                        yield Candidate(m, "basedIn", Arg(c, mod.idx, mod.idx + len(mod.text)),
                                        "descriptor:demonym", 0.8, True, (mod.idx,))
                    if mod.lower_ == "based":
                        for p in mod.children:
                            if p.dep_ in ("npadvmod", "compound", "nmod") and (pl := idx.mention(p, actor=False)) \
                                    and pl.entity.type in PLACE:
                                yield Candidate(m, "basedIn", pl, "descriptor:based", 0.85, True, (mod.idx,))
            for d in descr:
                lemma = d.lemma_.lower()
                for prep in d.children:
                    if prep.dep_ != "prep" or prep.lower_ != "of":
                        continue
                    for p in prep.children:
                        for o in args_of(p, idx, role="obj") if p.dep_ == "pobj" else []:
                            if lemma in L.OWNER_NOUNS:
                                yield Candidate(m, "owns", o, "appos:owner", 0.8, True, (d.idx,))
                            elif lemma in L.PART_NOUNS:
                                yield Candidate(o, "owns", m, "appos:unit", 0.8, True, (d.idx,))
        before = tok.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lemma_.lower() in L.PART_NOUNS and before.head is not tok:
            # "Huawei's chip unit HiSilicon designed": the parser made them two subjects
            for c in before.children:
                if c.dep_ == "poss":
                    for o in args_of(c, idx, role="subj", exclude={ent.iri}):
                        if o.entity.type in ORGS and ent.type in ORGS:
                            yield Candidate(o, "owns", m, "poss:unit", 0.75, True, (before.idx,))
        # possessives: "Huawei's chip unit HiSilicon", "Taiwan's TSMC", "Meta's Llama", "its iPhones"
        head = tok.head
        for owner_tok in [c for c in tok.children if c.dep_ == "poss"] + \
                [c for c in head.children if c.dep_ == "poss" and tok.dep_ in ("compound", "appos", "nsubj", "nmod")
                 and head.lemma_.lower() in L.PRODUCT_NOUNS | L.PART_NOUNS]:
            for o in args_of(owner_tok, idx, role="subj", exclude={ent.iri}):
                yield from _possessive(o, m, head if owner_tok.head is head else tok)


def anaphor_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Descriptions that carry a place: "the South Korean company" (referring back),
    "American suppliers such as Google and Qualcomm", "Chinese tech giants like Baidu and Tencent",
    "the Beijing-based company"."""
    for tok in sent:
        if tok.pos_ != "NOUN" or idx.mention(tok):
            continue
        places = _places_in(tok, idx)
        if not places:
            continue
        targets: list[Arg] = []
        for prep in tok.children:  # a list introduced by such as / like / including
            if prep.dep_ == "prep" and prep.lower_ in ("as", "like", "including"):
                targets += [a for p in prep.children if p.dep_ == "pobj"
                            for a in args_of(p, idx, role="obj") if a.entity.type in ORGS]
        if not targets and tok.lemma_.lower() in L.ORG_ANAPHORS and \
                {c.lower_ for c in tok.lefts if c.dep_ == "det"} & {"the", "this", "that"} \
                and tok.dep_ not in ("appos",) and not any(c.dep_ == "appos" for c in tok.children):
            exclude = {a.entity.iri for a in _clause_actors(tok, idx)}
            if (a := idx.antecedent(tok, ORGS, exclude)) is not None:
                targets = [a]
        for t in targets:
            for place, rule, conf in places:
                yield Candidate(t, "basedIn", place, rule, conf * (0.9 if t.coref else 1.0), True, (tok.idx,))


def _places_in(noun: Token, idx: DocIndex) -> list[tuple[Arg, str, float]]:
    out = []
    for mod in modifiers(noun):
        if mod.dep_ != "poss" and (c := demonym_of(mod, idx)) is not None:
            out.append((Arg(c, mod.idx, mod.idx + len(mod.text)), "descriptor:demonym", 0.8))
        if mod.lower_ == "based":
            for p in mod.children:
                if p.dep_ in ("npadvmod", "compound", "nmod") and (pl := idx.mention(p, actor=False)) \
                        and pl.entity.type in PLACE:
                    out.append((pl, "descriptor:based", 0.85))
    return out


def _clause_actors(tok: Token, idx: DocIndex) -> list[Arg]:
    """Entities acting in the clause around a noun: a description there never refers to them."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head is not head:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    return [a for t in subject_tokens(head) if t.i != tok.i for a in args_of(t, idx, role="subj")]


def _possessive(owner: Arg, owned: Arg, noun: Token) -> Iterator[Candidate]:
    ot, dt = owner.entity.type, owned.entity.type
    if ot == "Country" and dt in ORGS:
        yield Candidate(owned, "basedIn", owner, "poss:country", 0.8, True, (noun.idx,))
    elif ot in ORGS and dt == "Product":
        yield Candidate(owner, "develops", owned, "poss:product", 0.8, True, (noun.idx,))
    elif ot in ORGS and dt in ORGS:
        if noun.lemma_.lower() in L.OWNER_NOUNS or any(c.lower_ == "parent" for c in noun.lefts):
            yield Candidate(owned, "owns", owner, "poss:parent", 0.75, True, (noun.idx,))  # "Google's parent Alphabet"
        else:
            yield Candidate(owner, "owns", owned, "poss:unit", 0.75, True, (noun.idx,))
    elif ot == "Person" and dt == "Company":
        yield Candidate(owner, "leads", owned, "poss:person", 0.6, True, (noun.idx,))


REGION_WORDS = {"part", "region", "area", "province", "district", "state", "county", "coast", "corner", "outskirts"}


def place_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Places inside places and things located in them: "Taylor, Texas", "Kassala in eastern Sudan",
    "Beijing's Tiananmen Square", "Madagascar, an island nation in the Indian Ocean", "the World AI
    Conference in Shanghai", and the dateline "BANGKOK, Thailand (AP)"."""
    toks = list(sent)
    for i, tok in enumerate(toks[:-2]):
        a = idx.mention(tok, actor=False)
        if not a or a.entity.type not in SITES or _continues(tok, idx):
            continue
        # "Kassala in eastern Sudan", "Oxford in central Massachusetts", whatever the parser attached
        j = i + 1
        if toks[j].lower_ == "in":
            j += 1
            while j < len(toks) - 1 and (toks[j].pos_ == "ADJ" or toks[j].lower_ == "the") and not idx.mention(toks[j]):
                j += 1
            b = idx.mention(toks[j], actor=False)
            if b is not None and b.entity.type in PLACE and b.entity.iri != a.entity.iri \
                    and not (b.entity.type == "City" and a.entity.type != "Facility"):
                yield Candidate(a, "locatedIn", b, "place:in", 0.75, True, (toks[i + 1].idx,))
            continue
        j = i + 2
        while j < len(toks) - 1 and toks[j].pos_ == "ADJ" and not idx.mention(toks[j]):
            j += 1  # "Mohammadia, south-east Algeria"
        b = idx.mention(toks[j], actor=False) if toks[i + 1].text == "," else None
        if b is None or b.entity.type not in PLACE or b.entity.iri == a.entity.iri \
                or a.entity.type == "Region" and b.entity.type == "City" or _in_list(toks, j, idx):
            continue
        yield Candidate(a, "locatedIn", b, "place:comma", 0.85, True, (toks[i + 1].idx,))
    yield from dateline(sent, idx)
    for tok in sent:
        m = idx.mention(tok, actor=False)
        if not m or tok.i != idx.tok2m[tok.i][0].root.i:
            continue
        t = m.entity.type
        if t in ("Event", "City", "Region", "Facility") or t in ORGS:
            pred = "basedIn" if t in ORGS else "locatedIn"
            # "Trust Co. of New York"; "in" only for names the gazetteer does not know: for a known
            # company "Apple in Zhengzhou" is where it operates, not where it is based
            known = idx.tok2m[tok.i][1].entry is not None
            preps = (("of",) if known else ("in", "of")) if t in ORGS else ("in", "at")
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    for pl in _place_objects(prep, idx):
                        yield Candidate(m, pred, pl, f"place:{prep.lower_}", 0.7 if t in ORGS else 0.8, True, (prep.idx,))
            for app in tok.children:  # "Madagascar, an island nation in the Indian Ocean"
                if app.dep_ == "appos" and not idx.mention(app) and t in ("City", "Region", "Country"):
                    for prep in app.children:
                        if prep.dep_ == "prep" and prep.lower_ == "in":
                            for pl in _place_objects(prep, idx):
                                yield Candidate(m, "locatedIn", pl, "place:appos", 0.75, True, (prep.idx,))
        if t in SITES:  # "Beijing's Tiananmen Square", "Bosnia's capital, Sarajevo"
            heads = [tok] + ([tok.head] if tok.dep_ == "appos" else [])
            for h in heads:
                for c in h.children:
                    if c.dep_ == "poss" and (pl := idx.mention(c, actor=False)) and pl.entity.type in PLACE \
                            and pl.entity.iri != m.entity.iri:
                        yield Candidate(m, "locatedIn", pl, "place:poss", 0.75, True, (c.idx,))


def dateline(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A wire dateline, "BANGKOK, Thailand (AP)": the city is in the place, the agency is based in both."""
    toks = list(sent)
    comma = next((i for i, t in enumerate(toks[:5]) if t.text == ","), None)
    if not comma or not all(t.is_upper or t.is_punct for t in toks[:comma]) or comma + 3 >= len(toks):
        return
    b = idx.mention(toks[comma + 1], actor=False)
    if b is None or b.entity.type not in PLACE:
        return
    after = _span_end(toks[comma + 1], idx) - sent.start
    if after < len(toks) and toks[after].text not in ("(", "--", "-", "\u2014", ":") and not toks[after].is_punct:
        return  # "SMIC, China's biggest chipmaker, was added": not a dateline
    city_text = sent.doc[sent.start: sent.start + comma].text
    res = idx.resolver.resolve(city_text, "GPE")
    ent = res.entity if res and res.entity.type in PLACE else Entity(entity_iri(city_text), city_text, "City")
    city = Arg(ent, toks[0].idx, toks[comma - 1].idx + len(toks[comma - 1]))
    yield Candidate(city, "locatedIn", b, "place:dateline", 0.8, True, (toks[comma].idx,))
    k = _span_end(toks[comma + 1], idx) - sent.start
    if k + 2 < len(toks) and toks[k].text == "(":
        org = idx.mention(toks[k + 1], actor=False)
        if org is not None and org.entity.type in ORGS:
            for place in (city, b):
                yield Candidate(org, "basedIn", place, "place:dateline", 0.7, True, (toks[k].idx,))


def _place_objects(prep: Token, idx: DocIndex) -> list[Arg]:
    out = []
    for p in prep.children:
        if p.dep_ != "pobj":
            continue
        if (pl := idx.mention(p, actor=False)) and pl.entity.type in PLACE:
            out.append(pl)
        elif p.lemma_.lower() in REGION_WORDS:  # "in the southeastern part of Rwanda"
            out += [pl for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                    for r in q.children if r.dep_ == "pobj" and (pl := idx.mention(r, actor=False))
                    and pl.entity.type in PLACE]
    return out


def _continues(tok: Token, idx: DocIndex) -> bool:
    nxt = idx.tok2m.get(tok.i + 1)
    return nxt is not None and nxt[0] is idx.tok2m[tok.i][0]


def _span_end(tok: Token, idx: DocIndex) -> int:
    return idx.tok2m[tok.i][0].end


def _in_list(toks: list, j: int, idx: DocIndex) -> bool:
    """ "Colombia, Bolivia, Ecuador": a list of places, not a place inside another."""
    end = _span_end(toks[j], idx) - toks[0].i
    def place_at(k: int) -> bool:
        m = idx.mention(toks[k], actor=False) if k < len(toks) else None
        return m is not None and m.entity.type in PLACE

    return end < len(toks) - 1 and toks[end].text == "," and place_at(end + 1) \
        or end < len(toks) - 1 and toks[end].lower_ in ("and", "or") and place_at(end + 1)


NOMINALS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    # noun: (predicate, prepositions naming the other end, reversed: the other end is the subject)
    "supplier": ("suppliesTo", ("to", "for"), False), "provider": ("suppliesTo", ("to", "for"), False),
    "vendor": ("suppliesTo", ("to", "for"), False), "customer": ("suppliesTo", ("of",), True),
    "client": ("suppliesTo", ("of",), True), "owner": ("owns", ("of",), False), "parent": ("owns", ("of",), False),
    "unit": ("owns", ("of",), True), "subsidiary": ("owns", ("of",), True), "division": ("owns", ("of",), True),
    "arm": ("owns", ("of",), True), "affiliate": ("owns", ("of",), True),
    "rival": ("competesWith", ("of", "to"), False), "competitor": ("competesWith", ("of", "to"), False),
    "partner": ("partnersWith", ("of", "to", "with"), False), "ally": ("partnersWith", ("of",), False),
    "investor": ("investsIn", ("in",), False), "backer": ("investsIn", ("of",), False),
    "shareholder": ("investsIn", ("in",), False), "maker": ("manufactures", ("of",), False),
    "manufacturer": ("manufactures", ("of",), False), "developer": ("develops", ("of",), False),
    "founder": ("founded", ("of",), False), "acquirer": ("acquires", ("of",), False),
}


def nominal_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Relational nouns said of a named entity, in a copula or an apposition: "SK Hynix is the main
    supplier of memory to Nvidia", "ByteDance, TikTok's parent company", "X is a unit of Y"."""
    for noun in sent:
        lemma = noun.lemma_.lower()
        frame = NOMINALS.get(lemma) or (NOMINALS["parent"] if lemma == "company" and any(
            c.lower_ == "parent" for c in noun.lefts) else None)
        if frame is None or noun.pos_ != "NOUN" or idx.mention(noun):
            continue
        pred, preps, rev = frame
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":  # "X is the supplier of ..."
            holders = [a for c in noun.head.children if c.dep_ == "nsubj" for a in args_of(c, idx, role="subj")]
            asserted = modality(noun.head)[0]
        elif noun.dep_ == "appos" and (m := idx.mention(noun.head)):  # "ByteDance, TikTok's parent company"
            holders, asserted = [m], True
        else:
            continue
        others = [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in preps
                  for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj")]
        if pred in ("owns", "suppliesTo") and not rev:  # "TikTok's parent", "Apple's supplier" (reversed)
            for c in noun.lefts:
                if c.dep_ == "poss":
                    owned = args_of(c, idx, role="obj")
                    if pred == "owns":
                        others += owned
                    else:
                        yield from _pairs(holders, owned, pred, f"nominal:{lemma}", 0.75, asserted, (noun.idx,))
        others = [o for o in _dedupe(others) if o.entity.iri not in {h.entity.iri for h in holders}]
        if rev:
            yield from _pairs(others, holders, pred, f"nominal:{lemma}", 0.75, asserted, (noun.idx,))
        else:
            yield from _pairs(holders, others, pred, f"nominal:{lemma}", 0.75, asserted, (noun.idx,))


FUNDING = {"subsidy", "grant", "funding", "loan", "investment", "award", "incentive", "financing", "stake"}
GIVING = {"give", "provide", "award", "grant", "offer", "extend", "pledge", "promise", "hand", "approve"}


def funding_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """ "The Japanese government gave Rapidus a subsidy", "awarded a grant to Intel"."""
    for verb in sent:
        if verb_lemma(verb) not in GIVING:
            continue
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        if not any(d.lemma_.lower() in FUNDING or any(c.lemma_.lower() in FUNDING for c in d.subtree) for d in dobjs):
            continue
        subjs = [a for t in subject_tokens(verb) for a in args_of(t, idx, role="subj")]
        targets = [t for t in verb.children if t.dep_ == "dative" and t.pos_ != "ADP"] + \
                  [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                   for p in c.children if p.dep_ == "pobj"]
        objs = [a for t in targets for a in args_of(t, idx, role="obj") if a.entity.type in ORGS]
        yield from _pairs(subjs, _dedupe(objs), "investsIn", "verb:fund-give", 0.8, modality(verb)[0], (verb.idx,))


RULES: tuple[Rule, ...] = (verb_rule, noun_rule, nominal_rule, funding_rule, role_rule, descriptor_rule,
                           anaphor_rule, place_rule)
