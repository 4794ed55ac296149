"""What a syntactic argument stands for over the dependency parse (coordination, coreference, market
nouns, nationalities, goods and bodies). Subjects and objects by slot are in clauses.py, token helpers in
tokens.py, modality (negation, modals, speculation) in modality.py; the rules import all of them from here.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from . import lexicon as L
from .ambiguity import its_ambiguous
from .dealref import deal_by, deal_parties
from .index import ORGS, Arg, DocIndex, demonym_of
from .qualified import listed_appositions, names_by, qualified_next
from .modality import has_particle, modality  # noqa: F401  (the rules import them from here)
from .plural import one_of_which, plural_anaphor, sayers
from .relatives import whose_owner
from .tokens import (  # noqa: F401  (re-exported: the rules import these from here)
    COLLECTIVES, continues, DASHES, dedupe, indefinite_description, modifiers, named_body, past_modifiers,
    sent_words, span_end, verb_lemma, goes_on)
from .clauses import (  # noqa: F401  (re-exported: the rules import these from here)
    along_with, co_subjects, described, is_passive, is_relative, listed_last, object_tokens, own_clause,
    subject_tokens)


def args_of(tok: Token, idx: DocIndex, *, role: str, exclude: set[str] = frozenset(),
            conj: bool = True, actor: bool = True) -> list[Arg]:
    """Entities a syntactic argument stands for, distributing over coordination. actor=False
    keeps places literal ("headquartered in Beijing" is the city, "Beijing retaliated" China)."""
    out = _arg(tok, idx, role=role, exclude=exclude, actor=actor)
    if conj:
        here = idx.mention(tok, actor=False)
        listed = listed_appositions(tok, here, idx)
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
        # a list's rest hung on a listed name's last word ("Sugon, the Wuxi Institute of Computing Technology, Higon")
        inner += [k for a in tok.children if a.dep_ == "appos" and here is not None and a.i in idx.tok2m
                  and tok.doc[a.left_edge.i - 1].text == "," for t in idx.tok2m[a.i][0] if t.i != a.i
                  for c in t.children if c.dep_ == "conj" and c.i >= idx.tok2m[a.i][0].end
                  and tok.doc[c.left_edge.i - 1].text == "," for k in (a, c, *c.conjuncts)]
        for c in [*tok.conjuncts, *listed, *[cc for a in listed for cc in a.conjuncts], *inner, *described,
                  *along_with(tok)]:
            if c.i > tok.i and not gapped_subject(c) and not _past_relative(tok, c, idx):
                # "targets X, Y Limited and Z": the parser hung Y, "and" with it, on the last name of the list
                out += [a for h in _hung_first(c, idx) for a in _arg(h, idx, role=role, exclude=exclude, actor=actor)]
                out += _arg(qualified_next(c, idx) or c, idx, role=role, exclude=exclude, actor=actor)
        # "added China's Huawei Technologies and SMIC": the parser hung the first name, "and" with it, on the second
        out = [a for c in _hung_first(tok, idx) for a in _arg(c, idx, role=role, exclude=exclude, actor=actor)] + out
    return out


def _past_relative(tok: Token, c: Token, idx: DocIndex) -> bool:
    """ "Kestrel, which supplied drones, and Orvane, a freight forwarder": a name after ", and" that the parser
    joined to the one object of a relative clause set off by commas is the next item of the outer list (a list of
    three, "which supplies A, B, and C", keeps its serial comma)."""
    verb = tok.head if tok.dep_ in ("dobj", "pobj", "attr") else None
    while verb is not None and verb.dep_ == "prep":
        verb = verb.head
    if verb is None or verb.dep_ != "relcl" or idx.mention(c) is None:
        return False
    doc, first = tok.doc, c.left_edge.i
    return first > 1 and doc[first - 1].lower_ == "and" and doc[first - 2].text == "," \
        and verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == "," \
        and not any(tok.i < x.i < c.i for x in tok.conjuncts)  # not "which sells chips, cameras, and Orvane's kits"


_WORKS = frozenset({"fab", "facility", "factory", "foundry", "plant", "refinery"})
_NOT_IT = L.SITE_NOUNS | L.COMPONENT_NOUNS | L.PRODUCT_PARTIES  # "X plant", "X sensors", "X makers"; OS: "Android phones"


def _hung_first(tok: Token, idx: DocIndex) -> list[Token]:
    """The names of another party hung, with their "and", before `tok` or on its class noun ("giant A and maker B")."""
    here, span = idx.mention(tok, actor=False), idx.tok2m[tok.i][0] if tok.i in idx.tok2m else None
    return [c for c in (*tok.children, *(g for d in tok.children if d.dep_ in ("compound", "amod", "nmod") and d.pos_ == "NOUN"
                                         and d.i < tok.i for g in d.children if g.dep_ != "appos" or g.i > d.i))
            if c.dep_ in ("nmod", "compound", "appos") and c.i < tok.i and (any(
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
    while attr.dep_ in ("conj", "appos") and attr.head.i != attr.i and attr.pos_ == attr.head.pos_ == "NOUN":
        attr = attr.head  # "a developer and distribution company based in X"; "an airline, the top carrier, based in X"
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
    if low == "it" and role == "obj" and tok.dep_ == "dobj" and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG":
        # "added Huawei to a blacklist, preventing it from buying ...": the one named object of the clause it hangs on
        objs = [m for o in tok.head.head.children if o.dep_ == "dobj" and not o.conjuncts
                and (m := idx.mention(o)) is not None and m.entity.type in ORGS and m.entity.iri not in exclude]
        if len(objs) == 1:
            return [Arg(objs[0].entity, tok.idx, tok.idx + len(tok.text), coref=True)]
    if tok.tag_ == "NNS" and (plural := plural_anaphor(tok, idx, exclude)):
        return plural  # "Both firms are based in Shenzhen": the companies the list before named
    if low == "they" and role == "subj" and (said_by := sayers(tok, idx, exclude)):
        return said_by  # "Nvidia, Microsoft and Anthropic announced that they formed a partnership": all of them
    if low == "they" and role == "subj" and goes_on(tok) and tok.head.lemma_.lower() in L.LISTING \
            and (prev := _previous_subject(tok, idx)) is not None and prev.entity.type == "GovernmentBody":
        return [Arg(prev.entity, tok.idx, tok.idx + len(tok.text), coref=True)]  # "They also added B to the list": a body
    if low in L.PRONOUNS or (low in ("they", "their") and role == "subj"):
        a = _pronoun(tok, idx, exclude)  # (not an "its" another company named before could own: ambiguity.py)
        return [a] if a and not its_ambiguous(tok, a, idx, exclude) else []
    if low in ("he", "she") and role == "subj" and tok.dep_ in ("nsubj", "nsubjpass"):
        # "Ann Wu is an engineer. She worked for Orvane": the one person this sentence or the one before names
        # (two people leave "he" or "she" unresolved: no gender is known)
        start = tok.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
        people = {a.entity.iri for i, a in idx.history if start <= i < tok.i and a.entity.type == "Person"}
        a = idx.antecedent(tok, {"Person"}, exclude, near=True) if len(people) == 1 else None
        return [a] if a else []
    if role == "obj" and (m := _classed_after(tok, idx)) is not None:
        return [m]  # "invested $4 billion in artificial intelligence startup Anthropic": "startup" taken for a verb
    if role == "obj" and (deal := deal_parties(tok, idx, exclude, _arg)):
        return deal  # "SAMR approved the deal": the parties of the deal named just before (dealref.py)
    # "the cloud provider Alibaba Cloud"; "the Russian state corporation Rostec" (the parser made the name a modifier)
    named = [m for c in tok.children if (c.dep_ == "appos" or c.i == tok.i + 1 and c.dep_ in ("amod", "compound", "nmod")
                                         and c.text[:1].isupper()) and (m := idx.mention(c))]
    named += names_by(tok, idx)  # "a firm known as X", "the X spyware consortium"
    if named and (tok.pos_ == "NOUN" or tok.tag_ == "NNPS" or _one_of(tok)):  # NNPS: "three Russian Airlines – A, B –"
        if tok.tag_ in ("NNS", "NNPS"):  # "its subsidiaries Orion Labs and Vega Systems": every name listed
            named += [m for c in tok.children if c.dep_ == "appos" and idx.mention(c)
                      for k in c.conjuncts if k.i > c.i and (m := idx.mention(k)) is not None]
        return named
    if (owner := whose_owner(tok, idx, exclude)) is not None:  # "Samsung, whose foundry makes", "whose backers"
        return [owner]
    if lemma in L.PART_NOUNS:  # "Google's DeepMind unit developed AlphaFold": the unit acts
        named = [m for c in tok.children if c.dep_ in ("compound", "nmod") and (m := idx.mention(c))
                 and m.entity.type in ORGS]
        if named:
            return named
    if tok.dep_ == "appos" and (tok.pos_ == "NOUN" or any(c.dep_ == "det" for c in tok.children)) \
            and not any(c.lower_ == "whose" for c in tok.children) \
            and (m := idx.mention(tok.head)):  # (with a determiner it is a noun, whatever its tag: "the AI startup")
        # "ByteDance, a Chinese company based in Beijing" is ByteDance (not "Sophgo, whose chip": a relative clause)
        return [m]
    dets = {c.lower_ for c in tok.lefts if c.dep_ == "det"} | {  # "The world's largest contract maker": the one before
        "the" for c in tok.lefts if c.dep_ == "poss" and c.lower_ == "world" and any(d.lower_ == "the" for d in c.children)}
    if "the" in dets and lemma in _MAKER_NOUNS and tok.tag_ != "NNS" and (made := _product_maker(tok, idx)):
        return made  # "The iPhone maker then filed a lawsuit": the product's maker, from the gazetteer
    bare_body = tok.pos_ == "PROPN" and lemma in L.GOV_ANAPHORS and not any(c.dep_ != "det" for c in tok.lefts)
    if dets & {"the", "this", "that"} and tok.tag_ != "NNS" and (tok.pos_ == "NOUN" or bare_body and not idx.mention(tok)):
        # ("the companies": no one; "The Department is also designating": capitalised and bare, a body's word)
        if lemma == "group" and any(c.lower_ in L.NON_COMPANY_GROUPS for c in tok.lefts):
            return []  # "the independent inquiry group", "the industry group": a panel or an association, no company
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
            # "Chinese authorities reviewed products sold in the country": the state whose officials act here
            states = {c.iri: c for t in tok.sent if t.i < tok.i and t.lemma_.lower() in L.GOV_NOUNS for mod in modifiers(t)
                      if (c := demonym_of(mod, idx)) is not None}
            if len(states) == 1 and not any(t.ent_type_ == "GPE" for t in tok.doc[tok.sent.start: tok.i]):
                return [Arg(next(iter(states.values())), tok.idx, tok.idx + len(tok.text), coref=True)]
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
    owned_share = lemma in ("%", "percent") and tok.dep_ == "dobj" and (tok.head.lemma_ in ("own", "control") or (
        tok.head.lemma_ in ("acquire", "buy", "purchase") and any(c.text == "100" for c in tok.lefts)))  # "bought 100% of X"
    if lemma in L.QUANTIFIERS or tok.pos_ == "NUM" or owned_share:  # "most of its iPhones", "owns 90% of Arm"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return [a for p in prep.children if p.dep_ == "pobj" for a in args_of(p, idx, role=role, exclude=exclude)]
    if role == "obj" and tok.pos_ == "NOUN":  # "its latest model, SenseNova 5.5", "the cloud provider Alibaba Cloud"
        for c in tok.children:
            # ("a silicon carbide wafer plant": a site is named after what it makes, it is not that product)
            if (m := idx.mention(c)) and (c.dep_ == "appos" or c.dep_ in ("compound", "nmod") and m.entity.type == "Product"
                                          and not _route_end(c, idx) and lemma not in _NOT_IT and (
                                              m.entity.label.lower() not in L.OPERATING_SYSTEMS or lemma in L.PLATFORM_HEADS)):
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
    if (lemma in L.GOV_NOUNS or low in L.GOV_NOUNS and role == "subj") and not (  # officials act, not receive
            lemma == "agency" and _not_the_state(tok, role)):
        for mod in modifiers(tok):
            if (c := _loose_demonym(mod, idx)) is not None:
                return [Arg(c, mod.idx, mod.idx + len(mod.text))]
        if tok.tag_ == "NNS" and not any(c.dep_ == "det" for c in tok.children):
            # "Regulators in China fined Alibaba", "authorities in Beijing": the state whose officials they are
            states = [a for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "in"
                      for p in prep.children if p.dep_ == "pobj" for a in _arg(p, idx, role="subj", exclude=exclude)
                      if a.entity.type in ("Country", "GovernmentBody")]  # "officials in the Commerce Department"
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
                                        or prep.lower_ in ("with", "between") and lemma in L.DEAL_NOUNS):  # "partnership with OpenAI"
                for p in prep.children:
                    if p.dep_ == "pobj":
                        got = [Arg(a.entity, a.start, a.end, a.coref, True) for a in args_of(p, idx, role="obj", exclude=exclude)
                               if a.entity.type not in ("Product", "Person")]
                        out += got if prep.lower_ != "between" or len({a.entity.iri for a in got}) > 1 else []  # (one: a blob)
        out += [Arg(a.entity, a.start, a.end, a.coref, True) for t in one_of_which(tok)
                for a in args_of(t, idx, role="obj", exclude=exclude) if a.entity.type not in ("Product", "Person")]
        if out and lemma in L.DEAL_NOUNS:  # "cleared Broadcom's takeover of VMware": both parties are concerned
            out += [Arg(m.entity, m.start, m.end, indirect=True) for c in tok.lefts
                    if c.dep_ == "poss" and (m := idx.mention(c)) and m.entity.iri not in exclude] + deal_by(tok, idx)
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
    if m is not None and m.entity.label == "European Union":
        return m.entity  # "EU regulators fined Kestrel": the union's officials act for it, as a state's do
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


_MAKER_NOUNS = frozenset({"maker", "developer", "creator"})


def _product_maker(tok: Token, idx: DocIndex) -> list[Arg]:
    """ "the iPhone maker", "the ChatGPT developer": the maker the gazetteer gives for the product named before the noun."""
    for c in tok.lefts:
        hit = idx.tok2m.get(c.i)
        if c.dep_ != "compound" or hit is None or hit[1].entity.type != "Product" or hit[1].entry is None \
                or not hit[1].entry.maker or (maker := idx.gaz.entries.get(hit[1].entry.maker)) is None:
            continue
        return [Arg(idx.resolver.entity_of(maker), tok.idx, tok.idx + len(tok.text), coref=True)]
    return []


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
    if at_root and (m := _acl_sayer(head, tok, idx)) is not None and m.entity.type in types and m.entity.iri not in exclude:
        return Arg(m.entity, tok.idx, tok.idx + len(tok.text), coref=True)
    if tok.lower_ == "it":  # a bare "it" is often the action or the deal: only a salient company
        prev = _previous_subject(tok, idx)
        fitting = ORGS | {"GovernmentBody"} if goes_on(tok, True) else ORGS  # "Treasury sanctioned X. It also targeted Y."
        return Arg(prev.entity, tok.idx, tok.idx + len(tok.text), coref=True) \
            if prev is not None and prev.entity.type in fitting and prev.entity.iri not in exclude else None
    return idx.antecedent(tok, ORGS, exclude)


def _clause_subject(head: Token, tok: Token, idx: DocIndex, types: set[str], exclude: set[str]) -> Arg | None:
    """The subject of head, before tok, that a pronoun may stand for: a name of a fitting type, or a
    description that refers back ("The startup uses ... to train its models")."""
    for s in head.children:
        # (a passive's subject with no agent too: "Apple was fined for keeping Spotify off its App Store")
        if s.dep_ not in ("nsubj", "nsubjpass") or s.i >= tok.i or s.dep_ == "nsubjpass" and any(
                c.dep_ == "agent" for c in head.children):
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


def _acl_sayer(root: Token, tok: Token, idx: DocIndex) -> Arg | None:
    """ "CoreWeave, an AI firm, announced on Monday that it will acquire ...": the parser made the name the root and
    the saying verb its participle; the name says, and "it" in what it says is the name."""
    verbs = [c for c in root.children if c.dep_ == "acl" and c.lemma_.lower() in L.SAY_VERBS and c.i < tok.i
             and tok in c.subtree and any(k.dep_ == "ccomp" for k in c.children)]
    return idx.mention(root) if verbs and root.i < tok.i else None


def _previous_subject(tok: Token, idx: DocIndex) -> Arg | None:
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    while prev.start > 0 and all(t.is_quote or t.is_space for t in prev):  # (a closing quote made a sentence)
        prev = tok.doc[prev.start - 1].sent
    for t in idx.sent_tokens(prev):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            if m := idx.mention(t):
                return m
            # "The Chinese chipmaker was added ... It sells accelerators": through the description
            found = _arg(t, idx, role="subj", exclude=set())
            return found[0] if found else None
    return None


def actor_of(tok: Token, idx: DocIndex) -> list[Arg]:
    """Who a modifier names: "U.S. sanctions", "American controls", "Washington's curbs"."""
    if (country := demonym_of(tok, idx)) is not None:
        return [Arg(country, tok.idx, tok.idx + len(tok.text))]
    return args_of(tok, idx, role="subj")
