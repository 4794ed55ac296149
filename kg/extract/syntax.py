"""Clause structure over the dependency parse: what a syntactic argument stands for
(coordination, coreference, market nouns, nationalities), subjects through control and
coordination, objects by slot; modality (negation, modals, speculation) is in modality.py.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from ..models import Entity  # noqa: F401  (annotations)
from . import lexicon as L
from .index import ORGS, Arg, DocIndex, demonym_of
from .modality import has_particle, modality  # noqa: F401  (the rules import them from here)
from .plural import plural_anaphor

def modifiers(tok: Token) -> Iterator[Token]:
    """Pre-modifiers of a noun, recursively: "Dutch lithography giant ASML"."""
    for child in tok.lefts:
        if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod", "nummod"):
            yield child
            if child.pos_ != "VERB":  # "Hong Kong-listed": a participle's own modifiers are not the noun's
                yield from modifiers(child)


DASHES = {"-", "--", "\u2013", "\u2014"}


def args_of(tok: Token, idx: DocIndex, *, role: str, exclude: set[str] = frozenset(),
            conj: bool = True, actor: bool = True) -> list[Arg]:
    """Entities a syntactic argument stands for, distributing over coordination. actor=False
    keeps places literal ("headquartered in Beijing" is the city, "Beijing retaliated" China)."""
    out = _arg(tok, idx, role=role, exclude=exclude, actor=actor)
    if conj:
        here = idx.mention(tok, actor=False)
        # "by Mike Clark, Hayden Tennant and Lisa Humphries": the parser makes the second name an
        # apposition of the first and the third its conjunct
        listed = [a for a in tok.children if a.dep_ == "appos" and here is not None
                  and (m := idx.mention(a, actor=False)) is not None and m.entity.type == here.entity.type
                  and tok.doc[a.left_edge.i - 1].text == ","]
        # "the Department of Commerce and Micron": the parser hung the second party on the name's last word
        # (after "and", not inside a name's own list: "the Federation of State, County and Municipal Employees")
        span = idx.tok2m[tok.i][0] if tok.i in idx.tok2m else None
        inner = [c for t in (span if span is not None and span.end < len(tok.doc) and tok.doc[span.end].lower_ == "and"
                             else ()) if t.i != tok.i
                 for c in t.children if c.dep_ == "conj" and c.left_edge.i == span.end + 1]
        # "sanctioned Orion Star, a Russia-based firm, and its director, Pavel Semenov": the parser joined the
        # second party to the first one's description
        described = [c for a in tok.children if a.dep_ == "appos" and a.pos_ == "NOUN" and here is not None
                     and idx.mention(a) is None for c in a.conjuncts if c.i > a.i]
        for c in [*tok.conjuncts, *listed, *[cc for a in listed for cc in a.conjuncts], *inner, *described,
                  *along_with(tok)]:
            if c.i > tok.i and not gapped_subject(c):
                # "targets X, Y Limited and Z": the parser hung Y, "and" with it, on the last name of the list
                out += [a for h in _hung_first(c, idx) for a in _arg(h, idx, role=role, exclude=exclude, actor=actor)]
                out += _arg(c, idx, role=role, exclude=exclude, actor=actor)
        # "added China's Huawei Technologies and SMIC": the parser hung the first name, "and" with it, on the second
        out = [a for c in _hung_first(tok, idx) for a in _arg(c, idx, role=role, exclude=exclude, actor=actor)] + out
    return out


_WORKS = frozenset({"fab", "facility", "factory", "foundry", "plant", "refinery"})


def along_with(head: Token) -> list[Token]:
    """ "Kestrel, along with Orvane, was added"; "designated Kestrel together with Orvane", "... as well as Ann Wu": a
    second party joined by "along with", "together with" or "as well as" to a name or to the verb."""
    return [p for c in head.children if c.dep_ == "prep" for w in ([c] if c.lower_ in ("with", "as") else c.children)
            if w.dep_ == "prep" and (w.lower_ == "with" and (c.lower_ == "along" or any(
                a.lower_ == "together" for a in w.children)) or w.lower_ == "as" and _as_well(w))
            for p in w.children if p.dep_ == "pobj"]


def _as_well(w: Token) -> bool:
    """ "sanctioned Kestrel as well as Ann Wu": the parser made "as well as" a preposition."""
    return [a.lower_ for a in w.children if a.dep_ == "advmod" and a.i < w.i] == ["as", "well"]


def _hung_first(tok: Token, idx: DocIndex) -> list[Token]:
    """The names of another party the parser hung before `tok`, with the "and" that joins them."""
    here = idx.mention(tok, actor=False)
    span = idx.tok2m[tok.i][0] if tok.i in idx.tok2m else None
    return [c for c in tok.children
            if c.dep_ in ("nmod", "compound") and c.i < tok.i and (any(
                k.dep_ == "cc" and k.lower_ in ("and", "or") for k in c.children) or _and_between(c, span, idx))
            and here is not None and (cm := idx.mention(c, actor=False)) is not None and cm.entity.iri != here.entity.iri]


def _and_between(c: Token, span, idx: DocIndex) -> bool:
    """ "added Kestrel Technology (Shenzhen) Co., Ltd. and Orion Electronics Limited": a name ending in a legal form the
    parser hung, as a whole, on the next name; only "and"/"or" stands between the two."""
    first = idx.tok2m[c.i][0] if c.i in idx.tok2m else None
    return first is not None and span is not None and first.root.i == c.i and first.end + 1 == span.start \
        and c.doc[first.end].lower_ in ("and", "or")


def _one_of(tok: Token) -> bool:
    """ "and one of its employees, Guan Tianfeng": the number names no one; the name in apposition is the party."""
    return tok.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _owned_unnamed(tok: Token, idx: DocIndex) -> bool:
    """ "its Chinese joint venture" before "the venture": the noun repeats a venture the text gave an owner and no
    name; its owner is not it."""
    same = _same_noun_before(tok, idx)
    return same is not None and any(c.dep_ == "poss" and (c.lower_ in ("its", "their") or (
        m := idx.mention(c)) is not None and m.entity.type in ORGS) for c in same.children) \
        and not any(c.dep_ in ("appos", "compound", "nmod") and idx.mention(c) is not None for c in same.children)


def _same_noun_before(tok: Token, idx: DocIndex) -> Token | None:
    """The nearest unnamed noun, in this sentence or the one before, that "the app" repeats."""
    sent = tok.sent
    start = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return next((t for t in reversed(tok.doc[start: tok.i]) if t.lemma_.lower() == tok.lemma_.lower()
                 and t.pos_ == "NOUN" and t.i not in idx.tok2m), None)


def gapped_subject(c: Token) -> bool:
    """ "Amazon invested $4 billion in Anthropic and Google $2 billion": a conjunct with an amount of its own
    is the subject of a clause whose verb was left out, not one more object of this one."""
    if c.dep_ != "conj":
        return False
    after = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None  # (the parser may hang the amount on the verb)
    return after is not None and after.ent_type_ == "MONEY" and after.ent_iob_ == "B" or any(
        k.ent_type_ == "MONEY" and k.dep_ in ("nummod", "npadvmod", "appos", "dobj") for k in c.children)


def _route_end(tok: Token, idx: DocIndex) -> bool:
    """ "a Claude-to-GLM migration toolkit", "the Seoul-to-Tokyo route": the name is one end of a route or a
    switch that qualifies another noun, no party to the clause."""
    end = idx.tok2m[tok.i][0].end if tok.i in idx.tok2m else tok.i + 1
    return end + 1 < len(tok.doc) and tok.doc[end].text in ("-", "\u2013") and tok.doc[end + 1].lower_ == "to"


def _arg(tok: Token, idx: DocIndex, *, role: str, exclude: set[str], actor: bool = True) -> list[Arg]:
    if _route_end(tok, idx):
        return []
    if m := idx.mention(tok, actor=actor):
        return [_possessed_body(tok, m, idx, actor) or m]
    dashed = [m for c in tok.lefts if c.dep_ == "compound" and (m := idx.mention(c, actor=actor)) is not None
              and any(t.text in DASHES for t in tok.doc[c.i + 1: tok.i])]
    if dashed:  # "with the National Security Division - span a range": the parser ran the name into the next clause
        return dashed[-1:]
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in ("all", "both", "each") and tok.dep_ == "appos" and tok.head.i < tok.i:
        return args_of(tok.head, idx, role=role, exclude=exclude, actor=actor)  # "A, B and C, all located in China"
    attr = tok
    while attr.dep_ == "conj" and attr.head.i != attr.i and attr.pos_ == "NOUN":
        attr = attr.head  # "an American developer and distribution company headquartered in Bellevue"
    if attr.dep_ == "attr" and attr.head.lemma_ == "be" and tok.pos_ == "NOUN":
        # "America West was a U.S. airline headquartered in Tempe": the description is the subject
        named = [a for c in attr.head.children if c.dep_ == "nsubj" and c.i < tok.i
                 for a in _arg(c, idx, role=role, exclude=exclude, actor=actor)]
        if named:
            return named
    if low == "them" and role == "obj" and tok.head.dep_ in ("advcl", "xcomp", "conj") and tok.head.head.i != tok.head.i:
        # "sued OpenAI and Microsoft, accusing them of ...": the objects of the clause this one hangs on
        return [Arg(a.entity, tok.idx, tok.idx + len(tok.text), coref=True) for o in tok.head.head.children
                if o.dep_ == "dobj" and idx.mention(o) is not None for a in args_of(o, idx, role="obj", exclude=exclude)]
    if tok.tag_ == "NNS" and (plural := plural_anaphor(tok, idx, exclude)):
        return plural  # "Both firms are based in Shenzhen": the companies the list before named
    if low in L.PRONOUNS or (low in ("they", "their") and role == "subj"):
        a = _pronoun(tok, idx, exclude)
        return [a] if a else []
    if low in ("he", "she") and role == "subj" and tok.dep_ in ("nsubj", "nsubjpass"):
        # "Ann Wu is an engineer. She worked for Orvane": the one person this sentence or the one before names
        # (two people leave "he" or "she" unresolved: no gender is known)
        start = tok.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
        people = {a.entity.iri for i, a in idx.history if start <= i < tok.i and a.entity.type == "Person"}
        a = idx.antecedent(tok, {"Person"}, exclude, near=True) if len(people) == 1 else None
        return [a] if a else []
    if role == "obj" and (m := _classed_after(tok, idx)) is not None:
        return [m]  # "invested $4 billion in artificial intelligence startup Anthropic": "startup" taken for a verb
    # "the cloud provider Alibaba Cloud"; "the Russian state corporation Rostec" (the parser made the name a modifier)
    named = [m for c in tok.children if (c.dep_ == "appos" or c.i == tok.i + 1 and c.dep_ in ("amod", "compound", "nmod")
                                         and c.text[:1].isupper()) and (m := idx.mention(c))]
    if named and (tok.pos_ == "NOUN" or _one_of(tok)):  # "the cloud provider Alibaba Cloud": the name, not an antecedent
        if tok.tag_ == "NNS":  # "its subsidiaries Orion Labs and Vega Systems": every name listed
            named += [m for c in tok.children if c.dep_ == "appos" and idx.mention(c)
                      for k in c.conjuncts if k.i > c.i and (m := idx.mention(k)) is not None]
        return named
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" and lemma in L.ORG_ANAPHORS | L.PART_NOUNS \
            and any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        owner = idx.mention(tok.head.head)  # "Samsung, whose foundry makes chips for Qualcomm": Samsung's
        if owner is not None and owner.entity.type in ORGS:
            return [Arg(owner.entity, tok.idx, tok.idx + len(tok.text), coref=True)]
    if lemma in L.PART_NOUNS:  # "Google's DeepMind unit developed AlphaFold": the unit acts
        named = [m for c in tok.children if c.dep_ in ("compound", "nmod") and (m := idx.mention(c))
                 and m.entity.type in ORGS]
        if named:
            return named
    if tok.dep_ == "appos" and (tok.pos_ == "NOUN" or any(c.dep_ == "det" for c in tok.children)) \
            and not any(c.lower_ == "whose" for c in tok.children) \
            and (m := idx.mention(tok.head)):  # (with a determiner it is a noun, whatever its tag: "the AI startup")
        # "ByteDance, a Chinese company based in Beijing": the description is ByteDance ("Sophgo, whose chip":
        # a relative the parser took for an apposition, the chip is not Sophgo)
        return [m]
    dets = {c.lower_ for c in tok.lefts if c.dep_ == "det"}
    if dets & {"the", "this", "that"} and tok.pos_ == "NOUN" and tok.tag_ != "NNS":  # "the companies": no one
        if lemma in L.ORG_ANAPHORS:  # "the university" is no company named before it, "the chipmaker" no institute
            if lemma == "venture" and _owned_unnamed(tok, idx):
                return []  # "Arm and its Chinese joint venture ... the venture's chairman": not Arm, and not named
            kinds = {"Organization"} if lemma in ("university", "laboratory", "lab") else \
                {"Company"} if lemma in L.COMPANY_CLASS_WORDS and lemma != "company" else ORGS
            a = idx.antecedent(tok, kinds, exclude)
            return [a] if a else []
        if lemma in L.PRODUCT_ANAPHORS and not any(c.dep_ in ("compound", "poss", "nmod") for c in tok.lefts):
            # "Italy banned ChatGPT. OpenAI, the app's developer, ..." (not "the DeepSeek app": it names the maker)
            same = _same_noun_before(tok, idx)  # "removed DeepSeek's chatbot app from the App Store ... the app"
            if same is not None:  # the noun repeated: what it named, or its maker (restricted when the app is)
                named = [m for c in same.children if c.dep_ in ("poss", "compound", "nmod", "appos")
                         and (m := idx.mention(c)) is not None and m.entity.type in ORGS | {"Product"}]
                return [Arg(m.entity, tok.idx, tok.idx + len(tok.text), True, m.entity.type != "Product")
                        for m in named[:1]]
            a = idx.antecedent(tok, {"Product"}, exclude, near=True)
            return [a] if a else []
        if lemma in ("country", "nation"):  # "Apple agreed to invest in Indonesia after the country banned ..."
            a = idx.antecedent(tok, {"Country"}, exclude)
            return [a] if a else []
        if lemma in L.GOV_ANAPHORS:  # "the department" is a Department, "the agency" an Agency
            for mod in modifiers(tok):  # "the Chinese regulator": the state acts
                if (c := demonym_of(mod, idx)) is not None:
                    return [Arg(c, mod.idx, mod.idx + len(mod.text))]
            a = idx.antecedent(tok, {"GovernmentBody"}, exclude, head_word=None if lemma == "regulator" else lemma)
            if a is None and lemma == "agency" and role == "subj":  # "BIS added ... The agency also added"
                a = idx.antecedent(tok, {"GovernmentBody"}, exclude)
            if a:
                return [a]
    owned_share = lemma in ("%", "percent") and tok.dep_ == "dobj" and tok.head.lemma_ in ("own", "control")
    if lemma in L.QUANTIFIERS or tok.pos_ == "NUM" or owned_share:  # "most of its iPhones", "owns 90% of Arm"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return [a for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role=role, exclude=exclude)]
    if role == "obj" and tok.pos_ == "NOUN":  # "its latest model, SenseNova 5.5", "the cloud provider Alibaba Cloud"
        for c in tok.children:
            # ("a silicon carbide wafer plant": a site is named after what it makes, it is not that product)
            if (m := idx.mention(c)) and (c.dep_ == "appos" or c.dep_ in ("compound", "nmod") and m.entity.type == "Product"
                                          and not _route_end(c, idx) and lemma not in L.SITE_NOUNS):
                return [m]
            if m and c.dep_ in ("compound", "nmod") and tok.lower_ in L.PRODUCT_NOUNS and not m.entity.known \
                    and m.entity.type in ORGS:  # "HiSilicon's Kirin processors": Kirin names the product
                return [replace(m, entity=replace(m.entity, type="Product"))]
        if tok.lower_ in L.PRODUCT_NOUNS:  # "banned DeepSeek's models": the maker is who is restricted
            makers = [m for c in tok.lefts if c.dep_ == "poss" and (m := idx.mention(c) or (
                _clause_owner(c, idx, exclude) if c.lower_ == "its" else None)) and m.entity.type in ORGS]
            if makers:
                return [Arg(m.entity, m.start, m.end, m.coref, True) for m in makers]
    if role == "obj" and tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.lemma_.lower() in _WORKS:
        # "to buy chips from Samsung Electronics' plant": what comes from a company's works comes from the company
        owners = [m for c in tok.children if c.dep_ == "poss" and (m := idx.mention(c)) is not None
                  and m.entity.type == "Company"]
        if owners:
            return [Arg(m.entity, m.start, m.end, m.coref, True) for m in owners]
    if role == "obj" and tok.lower_ in L.MAKER_GOODS:  # "banned the use of Micron chips", "Huawei and ZTE equipment"
        named = [c for c in tok.lefts if c.dep_ in ("compound", "nmod")]
        named += [cc for c in named for cc in c.conjuncts]
        makers = [m for c in named if (m := idx.mention(c)) and m.entity.type in ORGS]
        makers += [m for c in tok.lefts if c.dep_ == "poss" and (m := idx.mention(c) or (  # "its equipment"
            _clause_owner(c, idx, exclude) if c.lower_ == "its" else None)) and m.entity.type in ORGS]
        if not makers and _banned_goods(tok):
            # "banned products made by Micron Technology": the makers named as the participle's agent (not
            # "invested in servers made by Dell")
            makers = [m for a in tok.children if a.dep_ == "acl" and a.lemma_.lower() in _MAKING
                      for b in a.children if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj"
                      for k in (o, *o.conjuncts) if (m := idx.mention(k)) and m.entity.type in ORGS]
        if not makers and tok.tag_ == "NNS":  # "bar the use of components from Huawei and ZTE": the makers named
            makers = [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                      if o.dep_ == "pobj" for k in (o, *o.conjuncts) if (m := idx.mention(k)) and m.entity.type in ORGS]
        if makers:
            return [Arg(m.entity, m.start, m.end, m.coref, True) for m in makers]
        if tok.tag_ == "NNS" and (named := _goods_listed(tok, idx, exclude)):
            return named  # "banned 59 Chinese apps, including TikTok and WeChat": the apps named, not their country
        if tok.dep_ in ("dobj", "nsubjpass") and verb_lemma(tok.head) in L.PREVENTING:
            # "banned Chinese and Russian connected-car software": a ban on a country's goods restricts it
            origins = [Arg(c, mod.idx, mod.idx + len(mod.text), indirect=True, demonym=True)
                       for m in modifiers(tok) for mod in (m, *m.conjuncts)
                       if (c := demonym_of(mod, idx)) is not None and c.iri not in exclude]
            if origins:
                return origins
    if lemma in L.MONEY or low in L.MONEY or tok.ent_type_ == "MONEY":  # "fined Google 4.34 billion euros" (a compound)
        # ("fined Google 42.1 billion won": the parser hung the name on the number, and took "won" for a verb)
        named = [m for c in [*tok.lefts, *(k for n in tok.lefts if n.dep_ == "nummod" for k in n.lefts if k.pos_ == "PROPN")]
                 if c.dep_ in ("compound", "nmod") and (m := idx.mention(c))]
        if named:
            return named
    if lemma in L.GOV_NOUNS and not (lemma == "agency" and _not_the_state(tok, role)):
        for mod in modifiers(tok):
            if (c := _loose_demonym(mod, idx)) is not None:
                return [Arg(c, mod.idx, mod.idx + len(mod.text))]
        if tok.tag_ == "NNS" and not any(c.dep_ == "det" for c in tok.children):
            # "Regulators in China fined Alibaba", "authorities in Beijing": the state whose officials they are
            states = [a for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "in"
                      for p in prep.children if p.dep_ == "pobj" for a in _arg(p, idx, role="subj", exclude=exclude)
                      if a.entity.type == "Country"]
            if states:
                return states[:1]
    if tok.tag_ == "NNS" and not idx.mention(tok):  # "eight Japanese companies, including Toyota, Sony and NTT"
        listed = [a for prep in tok.rights if prep.dep_ == "prep" and prep.lower_ in ("including", "like", "as")
                  for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role=role, exclude=exclude)
                  if a.entity.type in SPEAKERS | {"Person"}]
        if listed and (role == "subj" or lemma not in L.MARKET_NOUNS):
            return listed
    if role == "obj" and lemma in L.TAKEOVER_BIDS and (targets := [
            a for prep in tok.rights if prep.dep_ == "prep" and prep.lower_ == "for" for p in prep.children
            if p.dep_ == "pobj" for a in args_of(p, idx, role="obj", exclude=exclude) if a.entity.type == "Company"]):
        # "blocked Broadcom's $117 billion bid for Qualcomm": a bid for a company is a takeover; both are its parties
        return [Arg(m.entity, m.start, m.end, indirect=True) for c in tok.lefts
                if c.dep_ == "poss" and (m := idx.mention(c)) and m.entity.iri not in exclude] \
            + [Arg(a.entity, a.start, a.end, a.coref, True) for a in targets]
    market = role == "obj" and lemma in L.MARKET_NOUNS
    out: list[Arg] = []
    if market:  # "customers in China", "exports of equipment to China", "suppliers such as Google"
        for prep in tok.rights:
            if prep.dep_ == "prep" and (prep.lower_ in ("in", "within", "from", "as", "including", "like", "of", "to")
                                        or prep.lower_ == "with" and lemma in L.DEAL_NOUNS):  # "partnership with OpenAI"
                for p in prep.children:
                    if p.dep_ == "pobj":
                        out += [Arg(a.entity, a.start, a.end, a.coref, True)
                                for a in args_of(p, idx, role="obj", exclude=exclude)
                                if a.entity.type not in ("Product", "Person")]
        if out and lemma in L.DEAL_NOUNS:  # "cleared Broadcom's takeover of VMware": both parties are concerned
            out += [Arg(m.entity, m.start, m.end, indirect=True) for c in tok.lefts
                    if c.dep_ == "poss" and (m := idx.mention(c)) and m.entity.iri not in exclude]
        if out:
            return out
    # "X's Azure platform", "the PRC's ability": the possessor acts.
    held = role == "obj" and lemma in L.LICENCE_NOUNS | {"authority"}  # "revoked China Telecom's authority": the holder
    for child in tok.lefts:
        if child.dep_ == "poss" and (m := idx.mention(child)) and (role == "subj" and m.entity.type in ORGS or market or held):
            return [Arg(m.entity, m.start, m.end, indirect=True)]
    if market and lemma not in L.PROVIDER_NOUNS and not _one_unnamed(tok):
        # "Chinese developers" stand for China; "American investors" and "a Russian robotics company" do not
        for mod in modifiers(tok):
            if (c := _loose_demonym(mod, idx)) is not None:
                out.append(Arg(c, mod.idx, mod.idx + len(mod.text), indirect=True, demonym=True))
    return out


def _classed_after(tok: Token, idx: DocIndex) -> Arg | None:
    """The name right after a company class noun the parser split from its phrase ("intelligence startup
    Anthropic" with "startup" read as a verb): the noun's phrase names that company."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or idx.mention(tok) is not None or tok.i + 2 >= len(doc):
        return None
    cls, name = doc[tok.i + 1], doc[tok.i + 2]
    if cls.lower_ not in L.COMPANY_CLASS_WORDS or cls.head.i == tok.i or idx.mention(cls) is not None:
        return None
    m = idx.mention(name)
    return m if m is not None and m.entity.type in ORGS and m.start == name.idx else None


def _banned_goods(tok: Token) -> bool:
    """Goods a ban falls on: "banned products ...", "barred operators from buying products ..."."""
    verb = tok.head
    if verb_lemma(verb) in L.PREVENTING:
        return True
    gov = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head if verb.dep_ == "xcomp" else None
    return gov is not None and verb.lemma_.lower() in ("buy", "purchase", "use", "import", "install") \
        and verb_lemma(gov) in L.PREVENTING


_MAKING = {"build", "develop", "make", "manufacture", "produce", "design", "sell", "supply"}


def _goods_listed(tok: Token, idx: DocIndex, exclude: set[str]) -> list[Arg]:
    """The named products (or makers) a plural goods noun lists: "apps, including TikTok and WeChat",
    "drones such as the Mavic"."""
    return [a for prep in tok.rights if prep.dep_ == "prep" and prep.lower_ in ("including", "like", "as")
            for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role="obj", exclude=exclude)
            if a.entity.type in ORGS | {"Product"} and tok.doc.text[a.end:a.end + 2] != "'s"]  # "Tencent's WeChat"


def _one_unnamed(tok: Token) -> bool:
    """ "a Russian robotics company": one party the text does not name, not its country's market."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in tok.lefts)


def _not_the_state(agency: Token, role: str) -> bool:
    """A state's agency acts for the state only as the subject of its act ("Nigeria's consumer protection agency
    fined Meta"); not as an employer or other end, not a publisher ("China's state news agency"), and not where the
    agencies are named ("US agencies, including NASA and the Navy")."""
    return role != "subj" or any(c.lemma_.lower() in L.COMMERCIAL_AGENCIES for c in agency.lefts
                                 if c.dep_ in ("compound", "amod")) \
        or any(p.dep_ == "prep" and p.lower_ in ("including", "like", "as") for p in agency.rights)


def _loose_demonym(mod: Token, idx: DocIndex):
    """A nationality among a noun's modifiers, but not a word of another name: "China Telecom Americas'
    authority" is the company's, not China's."""
    m = idx.mention(mod, actor=False)
    return None if m is not None and m.entity.type != "Country" else demonym_of(mod, idx)




SPEAKERS = ORGS | {"GovernmentBody", "Country"}  # what "it" may be when it is the subject of the governing clause


def _possessed_body(tok: Token, m: Arg, idx: DocIndex, actor: bool) -> Arg | None:
    """ "the Department of the Treasury's Office of Foreign Assets Control sanctioned X": the parser hung the
    possessed office on the department's own "of", so the department heads the phrase; the office acts."""
    if m.entity.type != "GovernmentBody" or tok.i not in idx.tok2m:
        return None
    span = idx.tok2m[tok.i][0]
    last = span[-1]
    if last.i == tok.i or last.dep_ != "poss" or last.head.i < span.end or not span.start <= last.head.head.i < span.end:
        return None
    owned = idx.mention(last.head, actor=actor)
    return owned if owned is not None and owned.entity.type == "GovernmentBody" and owned.entity.iri != m.entity.iri \
        else None


def _clause_owner(tok: Token, idx: DocIndex, exclude: set[str]) -> Arg | None:
    """ "its" as the nearest governing clause's company subject in this sentence, or no one:
    "Micron said the regulator had barred its chips" is Micron's chips."""
    head = tok.head
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            for s in head.children:
                if s.dep_ == "nsubj" and s.i < tok.i and (m := idx.mention(s)) and m.entity.type in ORGS:
                    return None if m.entity.iri in exclude else Arg(m.entity, tok.idx, tok.idx + len(tok.text), coref=True)
    return None


def _pronoun(tok: Token, idx: DocIndex, exclude: set[str]) -> Arg | None:
    # a subject "it" may be a government or a country ("China said it would ban"); a possessive
    # "its" in a clause about someone else ("fined Google for abusing its Android") stays a company
    types = SPEAKERS if tok.dep_ in ("nsubj", "nsubjpass") else ORGS
    # Prefer the subject of a governing clause in the same sentence ("Tencent said its model"),
    # up to the root ("SAMR said it was investigating Nvidia", "China said it would ban ...").
    head = tok.head
    while True:
        at_root = head.dep_ == "ROOT" or head.head.i == head.i
        if at_root or head.pos_ in ("VERB", "AUX"):
            if (found := _clause_subject(head, tok, idx, types, exclude)) is not None:
                return found
        if at_root:
            break
        head = head.head
    if tok.lower_ == "it":  # a bare "it" is often the action or the deal: only a salient company
        prev = _previous_subject(tok, idx)
        fitting = ORGS | {"GovernmentBody"} if _goes_on(tok) else ORGS  # "Treasury sanctioned X. It also targeted Y."
        return Arg(prev.entity, tok.idx, tok.idx + len(tok.text), coref=True) \
            if prev is not None and prev.entity.type in fitting and prev.entity.iri not in exclude else None
    return idx.antecedent(tok, ORGS, exclude)


def _goes_on(tok: Token) -> bool:
    """ "It also targeted ...": a subject "it" whose verb says the story goes on with the same actor."""
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in ("also", "further", "additionally") for c in tok.head.children)


def _clause_subject(head: Token, tok: Token, idx: DocIndex, types: set[str], exclude: set[str]) -> Arg | None:
    """The subject of head, before tok, that a pronoun may stand for: a name of a fitting type, or a
    description that refers back ("The startup uses ... to train its models")."""
    for s in head.children:
        if s.dep_ != "nsubj" or s.i >= tok.i:
            continue
        if (m := idx.mention(s)) is not None:
            if m.entity.type in types and m.entity.iri not in exclude:
                return Arg(m.entity, tok.idx, tok.idx + len(tok.text), coref=True)
        elif s.pos_ == "NOUN" and (s.lemma_.lower() in L.ORG_ANAPHORS or s.lemma_.lower() in L.GOV_NOUNS):
            # "The Dutch government said it would restrict ...": the state it acts for
            found = [a for a in _arg(s, idx, role="subj", exclude=exclude) if a.entity.type in types]
            if found:
                return Arg(found[0].entity, tok.idx, tok.idx + len(tok.text), coref=True)
    return None


def _previous_subject(tok: Token, idx: DocIndex) -> Arg | None:
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    for t in idx.sent_tokens(prev):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            if m := idx.mention(t):
                return m
            # "The Chinese chipmaker was added ... It sells accelerators": through the description
            found = _arg(t, idx, role="subj", exclude=set())
            return found[0] if found else None
    return None


# ---------------------------------------------------------------- clause structure

def is_relative(tok: Token) -> bool:
    """A relative pronoun, or a quantity of one: "which", "all of which", "both of whom"."""
    if tok.lower_ in L.RELATIVE:
        return True
    return tok.lower_ in ("all", "both", "each", "most", "some", "many", "several", "one", "two", "three") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(w.lower_ in ("which", "whom") for w in p.children)
        for p in tok.children)


def described(verb: Token) -> Token:
    """The noun a relative clause describes, for its relative-pronoun subject. Usually the word the clause
    hangs on; but the parser hangs ", which" on the last noun before it, and where that noun is plural and
    the clause's verb singular ("Alpha, a partner of giants like Beta and Gamma, which was listed in 2023")
    the clause describes the singular noun it stands in, and an apposition's noun stands for its name."""
    head = verb.head
    if (last := listed_last(verb)) is not None:
        return last
    if (body := _body_past_place(verb)) is not None:
        return body
    if (person := _who_past_name(verb)) is not None:
        return person
    if head.tag_ not in ("NNS", "NNPS") or not any(
            t.tag_ == "VBZ" or t.lower_ == "was" for t in (verb, *verb.children) if t.dep_ in ("aux", "auxpass", "relcl")) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and is_relative(c) for c in verb.children):
        return head
    h, first = head, None
    while h.dep_ in ("pobj", "prep", "conj") and h.head.i != h.i:
        h = h.head
        if first is None and h.tag_ in ("NN", "NNP"):
            first = h
    if first is None:
        return head
    return h.head if h.dep_ == "appos" and h.pos_ == "NOUN" and h.head.pos_ == "PROPN" else first


def _body_past_place(verb: Token) -> Token | None:
    """ "Kestrel, a company headquartered in Palo Alto, which is a subsidiary of Orvane": the parser hung the
    clause on the place that ends the description; a place is no subsidiary, the described company is."""
    head = verb.head
    attr = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in L.OWNED_UNIT_NOUNS]
    if verb.dep_ != "relcl" or head.ent_type_ not in ("GPE", "LOC") or not attr or head.dep_ != "pobj":
        return None
    acl = head.head.head
    if acl.dep_ != "acl" or acl.head.pos_ != "NOUN":
        return None
    noun = acl.head
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else noun


def own_clause(tok: Token, verb: Token) -> bool:
    """ "Kestrel, a company that the Department identified as military, and its subsidiary Orvane sued": the
    relative clause is said of the name it follows, not of the names joined after the clause."""
    return verb.dep_ == "relcl" and tok.i < verb.i and any(c.i > verb.right_edge.i for c in tok.conjuncts) \
        and tok.i <= verb.head.i


def _who_past_name(verb: Token) -> Token | None:
    """ "Bo Chen, a former engineer at Kestrel who later founded Orvane": "who" is said of a person, not of the
    company the parser hung the clause on; the description's noun stands for the person it describes."""
    head = verb.head
    if verb.dep_ != "relcl" or head.ent_type_ in ("PERSON", "") or head.dep_ != "pobj" \
            or not any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    h = head
    while h.dep_ in ("pobj", "prep") and h.head.i != h.i:
        h = h.head
    if h.pos_ != "NOUN":
        return None
    return h.head if h.dep_ == "appos" and h.head.ent_type_ == "PERSON" else h


def listed_last(verb: Token) -> Token | None:
    """ "Samsung, SK hynix and Intel Semiconductor in Dalian, now owned by SK hynix": a clause set off by a
    comma after a list of names, with a bare participle or a singular verb, is said of the list's last name,
    though the parser hangs it on the first. A plural verb ("which are"), or "all", "both", "each", keeps it
    on every name."""
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.pos_ != "PROPN" or verb.left_edge.i == 0 \
            or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    items = [*head.conjuncts, *[x for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                                 and verb.doc[a.left_edge.i - 1].text == "," for x in (a, *a.conjuncts)]]
    items = [c for c in items if c.i > head.i]  # (the parser makes the second of three names an apposition)
    if not items or any(c.i > verb.i or c.pos_ != "PROPN" and not c.ent_type_ for c in items):
        return None
    said = [verb, *[c for c in verb.children if c.dep_ in ("aux", "auxpass")]]
    if any(t.tag_ == "VBP" or t.lower_ in ("were", "are") for t in said) \
            or any(t.lower_ in ("all", "both", "each") for t in verb.subtree):
        return None
    if verb.dep_ == "relcl" and not any(t.tag_ == "VBZ" or t.lower_ == "was" for t in said):
        return None  # "A, B and C, which made chips": the number is not said
    return max(items, key=lambda c: c.i)


def is_passive(verb: Token) -> bool:
    """Passive voice, including bare participles: "the law ... to see it banned in the U.S.",
    "a chip designed by HiSilicon". A participle with "have" is a perfect, not a passive."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "acomp" and any(c.dep_ == "agent" for c in verb.children):
        return True  # "which is majority-owned by SoftBank"
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.i < verb.i and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) \
            and any(c.dep_ == "auxpass" for c in verb.head.children) \
            and not any(t.tag_ == "VBN" and t.dep_ in ("acl", "relcl") for t in verb.doc[verb.head.i + 1: verb.i]):
        return True  # "is incorporated in Delaware and based in Dorwick": the participle shares the passive (not past
        # a nearer participle: "is backed by M, a firm based in Seattle and co-founded by A" may continue "based")
    # ("Orvane, which OFAC designated in 2019": a participle tag with a subject of its own is active)
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod", "xcomp", "ccomp", "oprd", "advcl") \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" or c.dep_ == "nsubj" for c in verb.children)




# Verbs that judge, list or punish their object "for" what it did: "sanctioned X for providing drones".
_JUDGING = frozenset(L.LISTING | {lemma for lemma, frames in L.VERBS.items()
                                  if any(f.pred in ("sanctions", "restricts", "accuses", "sues") for f in frames)})


def _ordered_result(verb: Token) -> Token | None:
    """ "China has ordered that data centers use only local chips, effectively barring Nvidia": a participle of
    preventing after a comma, which the parser hung on the ordered clause, tells what the order does: the
    orderer's act."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "ccomp" or head.i > verb.i or not verb.i \
            or verb.lemma_.lower() not in L.PREVENTING or verb_lemma(head.head) not in L.DIRECTING:
        return None
    first = min(t.i for t in verb.subtree)
    return head.head if first > 0 and verb.doc[first - 1].lower_ == "," else None


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens that act as the verb's subject, climbing through control and coordination."""
    passive = is_passive(verb)
    # "unit HiSilicon designed"; "Elon Musk's xAI sued": the parser made the possessor a second subject
    children = sorted(verb.children, key=lambda c: (c.dep_ != "nsubj" or c.ent_type_ == "",
                                                    any(g.dep_ == "case" for g in c.children)))
    for c in children:
        if passive and c.dep_ == "agent":
            return [p for p in c.children if p.dep_ == "pobj"]
        if not passive and c.dep_ in ("nsubj", "csubj"):
            if is_relative(c) and verb.dep_ == "relcl":
                return _move_maker(described(verb)) or [described(verb)]
            return [c]
    if not passive and verb.dep_ == "ROOT" and verb.tag_ in ("VBZ", "VBD", "VBP") and (
            named := [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.ent_type_]):
        return named[-1:]  # "TSMC manufactures Nvidia's chips": the parser hung the name on the verb as a compound
    if passive and (shared := [p for cv in verb.conjuncts if cv.i == verb.i + 2 and verb.doc[verb.i + 1].dep_ == "cc"
                               and cv.tag_ == "VBN" for a in cv.children
                               if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]):
        return shared  # "owned or controlled by Y": the agent of both participles, side by side
    if passive:  # "was fined 1.2 billion euros by the Commission": the parser hung the agent on the amount;
        # "was identified as a military company by the Department": on the status after "as"
        return [p for c in verb.children if c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in L.MONEY)
                or c.dep_ == "prep" and c.lower_ == "as"
                for c in ([c] if c.dep_ == "dobj" else [q for q in c.children if q.dep_ == "pobj"])
                for b in c.children if b.dep_ == "prep" and b.lower_ == "by" for p in b.children if p.dep_ == "pobj"]
    if (signer := _signer(verb)) is not None:
        return subject_tokens(signer)
    if verb.dep_ == "relcl":
        return [listed_last(verb) or verb.head]
    if (order := _ordered_result(verb)) is not None:
        return subject_tokens(order)
    if verb.dep_ in ("xcomp", "advcl", "conj", "acl", "pcomp") and verb.head.i != verb.i:
        head = verb.head
        if head.dep_ == "prep" and head.head.i != head.i:  # "retaliated by restricting"
            if verb.dep_ == "pcomp" and head.lower_ == "for" and verb_lemma(head.head) in _JUDGING \
                    and not is_passive(head.head) and (objs := [c for c in head.head.children if c.dep_ == "dobj"]):
                return objs  # "added four entities to the Entity List for enabling abuses": the ground is theirs
            head = head.head
            if head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.i != head.i:
                head = head.head  # "Prior to joining OpenAI, Wu worked at Google": "prior to" is one preposition
        if verb.dep_ in ("xcomp", "advcl"):
            lemma = head.lemma_.lower()
            objs = [c for c in head.children if c.dep_ in ("dobj",)]
            if objs and lemma in L.OBJECT_CONTROL:
                return objs
            if lemma in L.PREP_CONTROL:  # "relies on Foxconn to assemble"
                pobjs = [p for c in head.children if c.dep_ == "prep" and c.lower_ == L.PREP_CONTROL[lemma]
                         for p in c.children if p.dep_ == "pobj"]
                if pobjs:
                    return pobjs
        if verb.dep_ == "conj":  # shares the grammatical subject, active or passive
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return [described(head)] if subj[0].lower_ in L.RELATIVE and head.dep_ == "relcl" else subj
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            if head.lemma_.lower() in L.DECISION_NOUNS and (owner := [c for c in head.children if c.dep_ == "poss"]):
                return owner  # "the Commerce Department's decision to add Huawei": the department adds
            return [head]
        if verb.dep_ == "pcomp" and head.lemma_.lower() in L.ENGAGED_PARTICIPLES and is_passive(head) \
                and (engaged := [c for c in head.children if c.dep_ == "nsubjpass"]):
            return engaged  # "X has been involved in supplying items to Y": the one involved does it
        if head.lower_ == "guilty" and head.head.i != head.i:  # "pleaded guilty to exporting", "found guilty of"
            return [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subject_tokens(head) if head.pos_ in ("VERB", "AUX") else []
    if verb.dep_ == "ROOT" and not passive:
        # "In pleading guilty, Chen, 65, admitted ...": the parser took the name after the opening phrase's comma
        # for an object inside it, and left the main verb without a subject
        return [t for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start for t in c.subtree
                if t.dep_ == "dobj" and t.ent_type_ == "PERSON" and _after_comma(t)][:1]
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in L.SAY_VERBS | L.ANNOUNCING:
        # "Commerce announced the National Institute of Standards and Technology (NIST) has awarded ...": with no
        # "that", the parser takes the clause's subject for the object of the verb that reports it
        return [c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.left_edge.i]
    return []


def _after_comma(tok: Token) -> bool:
    """The name the token ends begins right after a comma."""
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return start > 0 and tok.doc[start - 1].text == ","


def _signer(verb: Token) -> Token | None:
    """"Nokia signed a deal to supply gear to Telekom": the verb that won or signed the commitment whose
    infinitive this is (its subject commits to the act); None otherwise."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or noun.dep_ != "dobj":
        return None
    if noun.lemma_.lower() == "plan":  # "OpenAI announced plans to block access in China": the announcer acts
        return noun.head if noun.head.lemma_.lower() in L.ANNOUNCING else None
    if noun.lemma_.lower() not in L.COMMITMENT_NOUNS:
        return None
    return noun.head if noun.head.lemma_.lower() in L.COMMITMENT_VERBS else None


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
        out = [c for c in verb.children if c.dep_ in deps] or ([] if passive else _second_subject(verb) or _shared_object(verb))
        if out and not passive:  # "designated A for having X, and B for having Y": B is hung on the verb
            out += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > out[0].i
                    and c.ent_type_ in ("ORG", "PERSON")  # (not "pursuant to the ..., and Syria Nonproliferation Act")
                    and not any(k.dep_ in ("nsubj", "nsubjpass", "aux") for k in c.children)]
        if out and not passive and verb.lemma_.lower() not in L.CO_WORK_VERBS:
            out += along_with(verb)  # "designated Kestrel along with its director, Ann Wu" (not "build a plant
            # along with Renesas": after an unnamed object, "along with" names who acts with the subject)
        if passive and verb.dep_ in ("acl", "relcl") and (not out or is_relative(out[0])):
            out = [described(verb)]  # "the processor, which was manufactured by SMIC"
            if verb.dep_ == "acl" and out[0].pos_ == "NOUN" and verb.lemma_.lower() in L.LED_PARTICIPLES:
                # "the work of the Select Committee led by X": a body is led, the name right before the participle
                out = [p for c in out[0].children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.right_edge.i == verb.i - 1] or out
        elif verb.dep_ == "relcl" and out and out[0].lower_ in ("which", "whom", "that") and out[0].dep_ == "dobj":
            out = [verb.head]  # "Huawei, which Washington blacklisted in 2019": the relative is the object
        if passive and verb.dep_ == "acomp" and not out:  # "Arm, which is majority-owned by SoftBank"
            be = verb.head
            subj = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
            out = [described(be)] if be.dep_ == "relcl" and (not subj or is_relative(subj[0])) else subj
        if passive and verb.dep_ == "conj" and not out:
            out = _conjoined_subject(verb)  # "was established in 2012 and is led by X": the first verb's subject
        if passive and verb.dep_ == "advcl" and verb.tag_ == "VBN" and not out and verb.i < verb.head.i \
                and any(c.dep_ == "agent" for c in verb.children):
            # "Founded in 2019 by Ann Wu, Lumora makes robots": a fronted participle with its agent is
            # said of the subject of the clause it opens
            out = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if passive and not out and verb.dep_ == "pcomp" and verb.head.lower_ == "for" and is_passive(verb.head.head):
            # "X was designated for being owned or controlled by Y": the main verb's subject is owned
            out = [c for c in verb.head.head.children if c.dep_ == "nsubjpass"]
        if verb.lemma_.lower() in L.CONDEMNING:
            out = [d for o in out for d in _act_doer(o)]
        return [n for o in out for n in _named_object(o)]
    if slot == "dative":
        return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    if slot == "recipient":  # "awarded GlobalFoundries $1.5 billion": the parser made both objects dobj;
        objs = [c for c in verb.children if c.dep_ == "dobj"]  # the one before the money receives it
        money = [c.i for c in objs if c.ent_type_ == "MONEY"]
        return [c for c in objs if money and c.i < money[0] and c.ent_type_ != "MONEY"]
    word = slot.split(":", 1)[1]
    out = []
    # a gerund the parser hung under the verb ("supplies etching tools to ...") holds its preposition
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    holders = [verb] + [cc for c in objects for cc in c.conjuncts if cc.i > c.i] + [c for c in verb.children if c.dep_ in ("dobj", "dative")
                        or c.dep_ == "xcomp" and c.tag_ == "VBG" and not any(g.dep_ == "aux" for g in c.children)
                        and verb.lemma_.lower() not in L.STOP_VERBS]  # "stop processing data of users in Italy"
    # "shipped $50m worth of microelectronics to Russia": past an amount, the goods hold the preposition
    # ("buy $300 billion in computing power from Oracle": or "in" the goods)
    holders += [p for o in objects for w in (o, *(c for c in o.children if c.lower_ == "worth"))
                if w.lower_ == "worth" or o.ent_type_ == "MONEY" for prep in w.children
                if prep.dep_ == "prep" and (prep.lower_ == "of" or prep.lower_ == "in" and verb.lemma_.lower() in _BUYING)
                for p in prep.children if p.dep_ == "pobj"]
    for h in holders:
        for prep in h.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ == word:
                out += [p for p in prep.children if p.dep_ == "pobj"]
                # "sales of equipment to China": one level further; not past a site ("invest in a new fab in
                # Clay, New York": the place of the fab)
                for p in [p for p in prep.children if word != "in" or p.lemma_.lower() not in L.SITE_NOUNS]:
                    for prep2 in p.children:
                        if prep2.dep_ == "prep" and prep2.lower_ == word and prep2.i != prep.i:
                            out += [q for q in prep2.children if q.dep_ == "pobj"]
        if h is not verb and (h.lemma_.lower() == "access" and word != "to" or word == "from"):
            # "blocked access to its services from China": the users' place hangs on what they reach;
            # "banned imports of equipment from Huawei": the source hangs on the goods
            via = "to" if h.lemma_.lower() == "access" else "of"
            out += [q for prep in h.children if prep.dep_ == "prep" and prep.lower_ == via
                    for p in prep.children if p.dep_ == "pobj" for prep2 in p.children
                    if prep2.dep_ == "prep" and prep2.lower_ == word for q in prep2.children if q.dep_ == "pobj"]
    if word == "from":  # "received $1 billion in CHIPS funding from the Commerce Department": the funding's source
        out += [q for o in objects for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "in"
                for p in prep.children if p.dep_ == "pobj" and (p.lemma_.lower() in L.FUNDING or p.lower_ in L.FUNDING)
                for prep2 in p.children if prep2.dep_ == "prep" and prep2.lower_ == "from"
                for q in prep2.children if q.dep_ == "pobj"]
    return out


def _shared_object(verb: Token) -> list[Token]:
    """ "Ann Wu owns and operates Kestrel Trading": a verb with nothing of its own after it, joined by "and"/"or" to
    the next verb, shares that verb's object (the parser hangs the object on the last verb)."""
    if any(c.dep_ in ("prep", "ccomp", "xcomp", "advcl", "dative") or c.dep_ == "nsubj" and c.i > verb.i
           for c in verb.children):
        return []
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if nxt is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children) \
            or not any(t.lower_ in ("and", "or") for t in verb.doc[verb.i + 1: nxt.i]) or nxt.i - verb.i > 3:
        return []
    return [c for c in nxt.children if c.dep_ == "dobj"]


def _second_subject(verb: Token) -> list[Token]:
    """ "In this rule, BIS adds X, Y and Z to the Entity List": after an opening phrase the parser can take the
    object for a second subject, after the verb. With a subject before the verb, a name after it is its object."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return [c for c in subj if c.i > verb.i and c.pos_ == "PROPN"] if any(c.i < verb.i for c in subj) else []


def _move_maker(move: Token) -> list[Token]:
    """ "The Netherlands announced curbs on Friday, in a move that will require ASML to apply for licences": a move
    the clause calls its own ("in a move that", "a move that" in apposition to its object) is made by that clause's
    subject."""
    if move.lemma_.lower() not in L.DECISION_NOUNS or any(c.dep_ in ("poss", "prep") for c in move.children):
        return []
    if move.dep_ == "pobj" and move.head.lower_ == "in" and move.head.dep_ == "prep":
        clause = move.head.head
    elif move.dep_ == "appos" and move.head.dep_ in ("dobj", "attr"):
        clause = move.head.head
    else:
        return []
    if clause.pos_ not in ("VERB", "AUX") or is_passive(clause):
        return []
    return [c for c in clause.children if c.dep_ == "nsubj" and not is_relative(c)]


_BUYING = frozenset({"acquire", "buy", "import", "procure", "purchase", "source"})


def _act_doer(obj: Token) -> list[Token]:
    """Who made the move a verb condemns: "the move by Japan"; "Japan added 23 items to its list, a move that
    Beijing condemned": the subject of the clause the move is in apposition to. Otherwise the object itself
    ("Japan's move" is read through its possessor elsewhere)."""
    if obj.lemma_.lower() not in L.DECISION_NOUNS or any(c.dep_ == "poss" for c in obj.children):
        return [obj]
    by = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    if by:
        return by
    clause = obj.head if obj.dep_ == "appos" else obj
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i and clause.dep_ in ("pobj", "prep", "dobj"):
        clause = clause.head
    return (subject_tokens(clause) or [obj]) if clause.i != obj.i and clause.pos_ in ("VERB", "AUX") else [obj]


def _named_object(obj: Token) -> list[Token]:
    """ "launched a new model called Mistral Large": the name the noun is given; "released a new version
    of its Qwen model": what the version is of. Otherwise the object itself."""
    if obj.lemma_.lower() in L.VERSION_NOUNS:
        of = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if of:
            return of
    named = [n for c in obj.children if c.dep_ == "acl" and c.lower_ in ("called", "named", "dubbed")
             for n in c.children if n.dep_ in ("oprd", "attr", "dobj", "xcomp") and n.pos_ == "PROPN"]
    return named or [obj]


def _conjoined_subject(verb: Token) -> list[Token]:
    """The subject a conjoined verb shares with the verb it is coordinated to (climbing a chain of
    conjuncts); a relative pronoun stands for the noun its clause describes."""
    head = verb.head
    while head.head.i != head.i:
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return [described(head)] if subj[0].lower_ in L.RELATIVE and head.dep_ == "relcl" else subj
        if head.dep_ != "conj":
            return []
        head = head.head
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]


def dedupe(args: list[Arg]) -> list[Arg]:
    seen, out = set(), []
    for a in args:
        if a.entity.iri not in seen:
            seen.add(a.entity.iri)
            out.append(a)
    return out


def verb_lemma(tok: Token) -> str:
    """The tagger's lemma, repaired when it is not a known verb ("fined" -> "fin" -> "fine")."""
    key = (tok.lemma, tok.lower)  # string ids: the rules ask ~600 times an article, for ~120 words
    got = _by_ids.get(key)
    if got is None:
        if len(_by_ids) > 65536:
            _by_ids.clear()
        got = _by_ids[key] = _verb_lemma(tok.lemma_, tok.lower_)
    return got


_by_ids: dict[tuple[int, int], str] = {}


def sent_words(sent, idx: DocIndex) -> frozenset:
    """Every word of the sentence as written, as lemmatised (both in lower case) and as verb_lemma
    repairs it, made once a sentence: a rule that reads only around a few words returns at once from
    a sentence with none of them (what most sentences are for most rules)."""
    key = ("words", sent.start)
    got = idx.cache.get(key)
    if got is None:
        got = set()
        for t in idx.sent_tokens(sent):
            got.add(t.lower_)
            got.add(t.lemma_.lower())
            got.add(verb_lemma(t))
        got = idx.cache[key] = frozenset(got)
    return got


@lru_cache(maxsize=65536)
def _verb_lemma(lemma: str, low: str) -> str:
    lemma = lemma.lower()
    if lemma in L.VERBS or lemma in L.PREP_CONTROL:
        return lemma
    for cut, add in (("ed", ""), ("d", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"),
                     ("ied", "y"), ("ies", "y")):
        if low.endswith(cut) and (cand := low[: -len(cut)] + add) in L.VERBS:
            return cand
    return lemma


def actor_of(tok: Token, idx: DocIndex) -> list[Arg]:
    """Who a modifier names: "U.S. sanctions", "American controls", "Washington's curbs"."""
    if (country := demonym_of(tok, idx)) is not None:
        return [Arg(country, tok.idx, tok.idx + len(tok.text))]
    return args_of(tok, idx, role="subj")


def continues(tok: Token, idx: DocIndex) -> bool:
    """The next token belongs to the same name."""
    here, nxt = idx.tok2m.get(tok.i), idx.tok2m.get(tok.i + 1)
    return here is not None and nxt is not None and nxt[0] is here[0]


def span_end(tok: Token, idx: DocIndex) -> int:
    """The token index just after the name tok belongs to."""
    return idx.tok2m[tok.i][0].end


def past_modifiers(toks, k: int, idx: DocIndex) -> int:
    """The index after adjectives, adverbs and "the" that are not names: "in nearby Rockville",
    "in the southern Chiapas State" (toks: a token list or a Doc)."""
    while k < len(toks) - 1 and (toks[k].pos_ in ("ADJ", "ADV") or toks[k].lower_ == "the") and not idx.mention(toks[k]):
        k += 1
    return k


def named_body(a: Arg, idx: DocIndex) -> bool:
    """A name that surely names an organisation: known, an acronym, or more than one word."""
    text = a.entity.label
    return a.entity.known or a.entity.type != "Company" or " " in text or text.isupper()


COLLECTIVES = {"team", "network", "panel", "staff", "crew", "collective"}  # "a team of ... Instructors"


def indefinite_description(tok: Token) -> bool:
    """A name NER found in a description, not a body's name: "X is a Strategy Consulting & Leadership Training Firm
    headquartered in ...", "X is a team of experienced NRA Firearms Instructors based in ...": the noun (or the first
    of its conjuncts) takes "a"/"an", or is a plural after "a team of"."""
    h = tok
    while h.dep_ == "conj":
        h = h.head
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.lower_.endswith("s") and h.head.head.lower_ in COLLECTIVES:
        h = h.head.head
    return h.dep_ in ("attr", "appos") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in h.children)

