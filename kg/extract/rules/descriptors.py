"""Facts a noun phrase carries about a named organisation: nationality, "-based", apposition,
possessives ("Huawei's chip unit HiSilicon", "Taiwan's TSMC", "Meta's Llama"), descriptions that refer back."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import ORGS, PLACE, Arg, Candidate, DocIndex, demonym_of
from ..registry import ENTITY, RuleSpec, define, matcher
from ..syntax import (args_of, continues, modality, modifiers)
from .issuers import _remit
from .descparts import (
    person_noun, relative_attributes, _based_prefix, _clause_actors, _country_shared, _descriptions, _first_conjunct,
    _poss_elsewhere, _former, _homed_elsewhere, _under_other_name, _included_in, _mixed, _others_like,
    _ownership_noun, _plain_description, _relation_word, _verb_between, relation_lemma, seat_of, one_of_class)


POSS_COUNTRY_DESCR = define("descriptor:poss-country", preds=("basedIn",), conf=0.8,
                            example="SMIC, China's biggest chipmaker")
DEMONYM = define("descriptor:demonym", preds=("basedIn",), conf=0.8, example="Chinese chipmaker SMIC")
PLACE_MOD = define("descriptor:place", preds=("basedIn",), conf=0.75, example="an Abu Dhabi AI company, G42")
BASED = define("descriptor:based", preds=("basedIn",), conf=0.85, example="the Beijing-based company Zhipu")
APPOS_OWNER = define("appos:owner", preds=("owns",), conf=0.8, example="ByteDance, the owner of TikTok")
APPOS_UNIT = define("appos:unit", preds=("owns",), conf=0.8, example="HiSilicon, a unit of Huawei")
POSS_COUNTRY = define("poss:country", preds=("basedIn",), conf=0.8, example="Taiwan's TSMC")
POSS_CITY = define("poss:city", preds=("basedIn",), conf=0.7, example="Giessen's Bezirksparkasse")
POSS_PRODUCT = define("poss:product", preds=("develops",), conf=0.8, example="Meta's Llama")
POSS_RELATION = define("poss:relation", preds=("competesWith", "partnersWith", "suppliesTo", "investsIn"), conf=0.75,
                       example="OpenAI's rival Anthropic")
POSS_PARENT = define("poss:parent", preds=("owns",), conf=0.75, example="Google's parent Alphabet")
POSS_UNIT = define("poss:unit", preds=("owns",), conf=0.75, example="Huawei's chip unit HiSilicon")
POSS_AGENCY = define("poss:agency", preds=("owns",), conf=0.8,
                     example="the Commerce Department's Bureau of Industry and Security")
AGENCY_OF = define("agency:of", preds=("owns",), conf=0.8,
                   example="the Bureau of Industry and Security of the U.S. Department of Commerce")
AGENCY_PART = define("agency:part", preds=("owns",), conf=0.8, example="BIS, part of the Commerce Department")
POSS_PERSON = define("poss:person", preds=("leads",), conf=0.6, example="Musk's Tesla")
POSS_MEMBER = define("poss:member", preds=("worksFor",), conf=0.6, example="AMD's Lisa Su")
DESCRIBED_DEMONYM = define("descriptor:described-demonym", preds=("basedIn",), conf=0.8,
                           example="the South Korean company (referring back); American suppliers such as Google")
DESCRIBED_BASED = define("descriptor:described-based", preds=("basedIn",), conf=0.85,
                         example="Beijing-based developers such as Zhipu")


@matcher(POSS_COUNTRY_DESCR, DEMONYM, PLACE_MOD, BASED, APPOS_OWNER, APPOS_UNIT, POSS_COUNTRY, POSS_CITY,
         POSS_PRODUCT, POSS_RELATION, POSS_PARENT, POSS_UNIT, POSS_AGENCY, POSS_PERSON, POSS_MEMBER, phase=ENTITY)
def descriptors(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Appositions, possessives and pre-modifiers that carry facts about a named organisation:
    "Chinese chipmaker SMIC", "Foxconn, a Taiwanese contract manufacturer", "Taiwan's TSMC",
    "Huawei's chip unit HiSilicon", "ByteDance, the owner of TikTok", "Meta's Llama". A country a description
    gives a company the gazetteer homes elsewhere is not taken: the parser hung the description on the wrong
    name ("Oracle, Silver Lake and MGX, a state-owned firm in the UAE"), or the text gives an owner's country."""
    shared = (POSS_COUNTRY.fact(m, "basedIn", o, (i,)) for m, o, i in _country_shared(sent, idx))
    for c in (*_descriptor_facts(sent, idx), *shared):  # ("Russia's A, B and C": each, descparts._country_shared)
        if c.pred != "basedIn" or not _homed_elsewhere(c.subj, c.obj, idx):
            yield c


def _descriptor_facts(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    done: set[int] = set()
    for tok in idx.sent_tokens(sent):
        m = idx.mention(tok, actor=False)
        if not m:
            continue
        span = idx.tok2m[tok.i][0]
        if tok.i != span.root.i or span.start in done:
            continue
        done.add(span.start)
        ent = m.entity
        descr = _descriptions(tok, idx)
        if ent.type in ORGS:
            # "Officer Orvane, the Dallas policeman", "the Kestrel Embassy, Orvane's representative there": a
            # description that names a person's post says the name is a person's, or is a role it plays for
            # someone else, and places no body
            descr = [d for d in descr if not person_noun(d)]
            classes = [d for d in one_of_class(tok, idx) if not person_noun(d)]  # "X, one of China's largest chipmakers"
            # "Samsung and SK Hynix, South Korea's two memory giants": a plural description covers the list
            members = [m] + [a for c in tok.conjuncts for a in [idx.mention(c, actor=False)]
                             if a is not None and a.entity.type in ORGS] if any(d.tag_ == "NNS" for d in descr) else [m]
            for d in descr + classes:  # "SMIC, China's biggest chipmaker"
                for c in d.lefts:
                    if c.dep_ == "poss" and (pl := idx.mention(c)) and pl.entity.type == "Country":
                        for who in members:
                            yield POSS_COUNTRY_DESCR.fact(who, "basedIn", pl, (d.idx,))
            yield from _modifier_places(m, tok, span, descr + classes + _others_like(tok, idx), idx)
            yield from _misparsed_class(m, span, idx)
            if tok.dep_ == "appos" and tok.head.tag_ == "NNS" and tok.head in descr:
                # "three China-based entities ...: A, B, and C": the plural class describes every name listed
                for c in tok.conjuncts:
                    if c.i > tok.i and (cm := idx.mention(c, actor=False)) is not None and cm.entity.type in ORGS:
                        yield from _modifier_places(cm, tok, span, [tok.head], idx, own=False)
            yield from _described_relations(m, tok, descr, idx)
            yield from _description_places(m, descr, idx)
            yield from _described_owners(seat_of(tok, idx) or m, descr, idx)
        elif ent.type in ("GovernmentBody", "Country"):  # "the Pentagon became Kestrel's largest shareholder": a stake
            gov = tok.head if tok.dep_ == "compound" and tok.head.lemma_ in ("government", "administration") else tok
            yield from (c for c in _described_relations(m, gov, descr, idx) if c.pred == "investsIn")
        yield from _described_product(m, descr, idx) if ent.type == "Product" else ()
        yield from _loose_possessor(m, tok, span, idx) if ent.type == "Product" else ()
        before = tok.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lemma_.lower() in L.PART_NOUNS and before.head.i != tok.i \
                and not _former(before):
            # "Huawei's chip unit HiSilicon designed": the parser made them two subjects
            for c in before.children:
                if c.dep_ == "poss":
                    for o in args_of(c, idx, role="subj", exclude={ent.iri}):
                        if o.entity.type in ORGS and ent.type in ORGS:
                            yield POSS_UNIT.fact(o, "owns", m, (before.idx,))
        # possessives: "Huawei's chip unit HiSilicon", "Taiwan's TSMC", "Meta's Llama", "its iPhones"
        mod = _first_conjunct(tok, idx)  # "Nvidia's A800 and H800 chips": the possessor of the noun both qualify
        head = mod.head
        for owner_tok in [c for c in tok.children if c.dep_ == "poss" and not _former(tok)
                          and not _poss_elsewhere(c, span, idx)] + \
                [c for c in head.children if c.dep_ == "poss" and (mod.dep_ in ("compound", "appos", "nsubj", "nmod")
                 or mod.dep_ == "amod" and ent.type == "Product") and not _verb_between(head, mod, idx)
                 and (head.lemma_.lower() in L.PRODUCT_NOUNS | L.PART_NOUNS | L.OWNER_NOUNS  # "Google's parent Alphabet"
                      or head.lemma_.lower() == "company" and any(c.lower_ == "parent" for c in head.lefts)
                      or _ownership_noun(head) is not None)  # "7-Eleven and its parent company, Seven & i Holdings"
                 and not _former(head)]:  # "Huawei's former unit Honor", "sold its unit Honor"
            for o in args_of(owner_tok, idx, role="subj", exclude={ent.iri}):
                yield from _possessive(o, m, head if owner_tok.head.i == head.i else tok)


def _misparsed_class(m: Arg, span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Chinese startup DeepSeek", "Chinese AI startup DeepSeek": the parser read the class noun right before
    the name as a verb ("startup" as VBD), so no modifier reaches the name; read the words before it instead."""
    doc = span.doc
    j = span.start - 1
    if j < 1 or doc[j].lemma_.lower() not in L.ORG_ANAPHORS and doc[j].lower_ not in L.ORG_ANAPHORS \
            or not doc[j].tag_.startswith("VB"):
        return
    for k in range(j - 1, max(j - 4, -1), -1):
        if (c := demonym_of(doc[k], idx)) is not None:
            yield DEMONYM.fact(m, "basedIn", Arg(c, doc[k].idx, doc[k].idx + len(doc[k].text)), (doc[k].idx,))
            return
        if not (doc[k].is_title or doc[k].is_upper) or doc[k].is_sent_start and doc[k].lower_ in ("the", "a", "an"):
            return


def _described_owners(m: Arg, descr: list, idx: DocIndex) -> Iterator[Candidate]:
    """ "ByteDance, the owner of TikTok", "HiSilicon, a unit of Huawei", "Vega Systems, its U.S. arm" (the unit of
    what "its" refers to)."""
    for d in descr:
        kind = _ownership_noun(d)
        if d.dep_ == "appos" and (kind == "part" or d.lemma_.lower() == "company") \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in d.children):
            # "Solidigm, an SK hynix company", "HiSilicon, a Huawei unit": a company the gazetteer knows
            yield from (APPOS_UNIT.fact(o, "owns", m, (d.idx,)) for c in d.children if c.dep_ == "compound"
                        and c.lower_ not in L.LISTING_VENUES  # "a Nasdaq company": listed there, not owned
                        if (o := idx.mention(c, actor=False)) is not None and o.entity.type == "Company"
                        and o.entity.known and o.entity.iri != m.entity.iri)
        if kind == "part" and d.dep_ == "appos":
            yield from (APPOS_UNIT.fact(o, "owns", m, (d.idx,)) for c in d.children if c.dep_ == "poss"
                        and c.lower_ == "its" for o in args_of(c, idx, role="subj", exclude={m.entity.iri})
                        if o.entity.type in ORGS)
        if kind is not None and d.dep_ in ("attr", "pobj") and not _former(d):
            # "Kestrel is Orvane's parent company", "has served as Orvane's parent", "Orvane is Kestrel's subsidiary"
            for c in d.children:
                if c.dep_ == "poss" and c.pos_ == "PROPN" and (o := idx.mention(c, actor=False)) is not None \
                        and o.entity.type in ORGS and o.entity.iri != m.entity.iri:
                    yield APPOS_OWNER.fact(m, "owns", o, (d.idx,)) if kind == "owner" else APPOS_UNIT.fact(o, "owns", m, (d.idx,))
        # "the parent company for (to) Orvane": a parent's "for" and "to" name its unit (also where the parser hung
        # them on the copula: "Kestrel is the parent company to Orvane")
        hung = [q for q in d.head.children if q.i > d.i and q.lower_ in ("for", "to")] if d.dep_ == "attr" else []
        for prep in [*d.children, *hung]:
            if prep.dep_ != "prep" or not (prep.lower_ == "of" or prep.lower_ in ("for", "to") and kind == "owner"
                                           and "parent" in {d.lemma_.lower(), *(c.lower_ for c in d.lefts)}):
                continue
            for p in prep.children:
                for o in args_of(p, idx, role="obj") if p.dep_ == "pobj" else []:
                    if kind == "owner":
                        yield APPOS_OWNER.fact(m, "owns", o, (d.idx,))
                    elif kind == "part":
                        yield APPOS_UNIT.fact(o, "owns", m, (d.idx,))


def _loose_possessor(m: Arg, tok: Token, span, idx: DocIndex) -> Iterator[Candidate]:
    """ "Analysts say Huawei's Ascend chips could rival ...": the parser read the product's name as a verb and
    lost the possessive; a company's name and "'s" written right before a product name make it the maker."""
    doc = tok.doc
    j = span.start - 1
    if j < 1 or doc[j].tag_ != "POS" or any(c.dep_ == "poss" for c in tok.children) or doc[j].head.i == tok.i:
        return
    owner = idx.mention(doc[j - 1])
    if owner is not None and owner.entity.type in ORGS and owner.entity.iri != m.entity.iri \
            and not (doc[j - 1].dep_ == "poss" and doc[j - 1].head.i == tok.head.i and _maker_other(owner, m, idx)):
        yield POSS_PRODUCT.fact(owner, "develops", m, (doc[j].idx,))


def _maker_other(owner: Arg, product: Arg, idx: DocIndex) -> bool:
    """ "Huawei's Android licence": the possessive is the licence's (the parser kept it), and the gazetteer names
    another maker of the product (Google): Huawei holds a licence, it does not make Android. Where the gazetteer names
    no maker, or the possessor, the product is the possessor's ("Nvidia's H20 sales")."""
    entry = idx.gaz.entries.get(product.entity.label)
    made = idx.gaz.entries.get(entry.maker) if entry is not None and entry.maker else None
    return made is not None and idx.resolver.entity_of(made).iri != owner.entity.iri


def _described_product(m: Arg, descr: list, idx: DocIndex) -> Iterator[Candidate]:
    """ "Meta released Llama 3, its latest open-source model": a product described by a product noun
    with a possessor is the possessor's (ONTOLOGY.md: a possessive on a product gives develops)."""
    for d in descr:
        if d.lemma_.lower() not in L.PRODUCT_NOUNS or any(q.lower_ in L.FORMER_WORDS for q in d.lefts):
            continue
        for c in d.children:
            for o in args_of(c, idx, role="subj", exclude={m.entity.iri}) if c.dep_ == "poss" else []:
                if o.entity.type in ORGS:
                    yield POSS_PRODUCT.fact(o, "develops", m, (d.idx,))


def _described_relations(m: Arg, tok: Token, descr: list, idx: DocIndex) -> Iterator[Candidate]:
    """ "Apple is TSMC's biggest customer", "Microsoft, OpenAI's largest investor", "Nvidia's partner
    Foxconn": a relation word of the possessive rows with a possessor, said of a named body in a
    copula (also "became", "remains"), an apposition or written before its name. The copula keeps its
    modality ("could become", "is not"); a former tie ("Arm's former customer") is no fact."""
    words = [(d, modality(tok.head)[0] if d.dep_ == "attr" else True) for d in descr]
    # "Lenovo, one of Micron's largest customers": the class the name is one of
    words += [(p, asserted) for d, asserted in list(words) if d.lower_ == "one" for q in d.children
              if q.dep_ == "prep" and q.lower_ == "of" for p in q.children if p.dep_ == "pobj"]
    if tok.dep_ == "nsubj" and tok.head.lemma_ in ("become", "remain"):  # "Nvidia became Intel's biggest shareholder"
        words += [(d, modality(tok.head)[0]) for d in tok.head.children
                  if d.dep_ in ("attr", "oprd", "xcomp") and d.pos_ == "NOUN" and not idx.mention(d)]
    words += _included_in(tok, idx)
    before = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and not idx.mention(c)]
    words += [(c, True) for c in before]
    for c in before:  # "Huawei's chip unit HiSilicon designs": the unit noun hung on the name it describes
        if c.lemma_.lower() in L.PART_NOUNS | L.OWNER_NOUNS and not any(q.lower_ in L.FORMER_WORDS for q in c.lefts):
            for o in (a for q in c.children if q.dep_ == "poss" for a in args_of(q, idx, role="subj", exclude={m.entity.iri})):
                yield from _possessive(o, m, c)
    for d, asserted in words:
        rel = relation_lemma(d)
        if rel not in L.RELATION_WORDS or L.NOMINALS.get(rel, ("", (), True))[0] == "suppliesTo" and not L.NOMINALS[rel][2] \
                or any(c.lower_ in L.FORMER_WORDS for c in d.lefts):
            continue  # "Apple's supplier" as a description is the relational nouns' (nominal:relational)
        pred, owner_is_subject = L.RELATION_WORDS[rel]
        for c in d.children:
            if c.dep_ != "poss":
                continue
            for o in args_of(c, idx, role="subj", exclude={m.entity.iri}):
                if o.entity.type in ORGS:
                    s_, o_ = (o, m) if owner_is_subject else (m, o)
                    yield POSS_RELATION.fact(s_, pred, o_, (d.idx,), asserted=asserted)


def _description_places(m: Arg, descr: list, idx: DocIndex) -> Iterator[Candidate]:
    """ "G42, an artificial intelligence firm in the UAE", "Mistral, a startup from Paris", "X, a state-owned
    enterprise of the PRC" (a country's own company; "of" a city or another body says nothing of the seat)."""
    for d in descr:
        if d.lemma_.lower() not in L.ORG_ANAPHORS | {"enterprise"} or not _plain_description(d):
            continue
        for prep in d.children:
            if prep.dep_ == "prep" and (prep.lower_ in ("in", "from") or prep.lower_ == "of" and d.lemma_.lower() in (
                    "company", "conglomerate", "corporation", "enterprise", "firm")):  # not "a supplier of Japan"
                for p in prep.children:
                    pl = idx.mention(p, actor=False) if p.dep_ == "pobj" else None
                    if pl is not None and pl.entity.type in (("Country",) if prep.lower_ == "of" else ("Country", "City", "Region")):
                        yield PLACE_MOD.fact(m, "basedIn", pl, (prep.idx,))


def _of_other_company(mod: Token, d: Token) -> bool:
    """Whether a modifier of a description sits in a company possessor of it ("a Scottish company's rival")."""
    t = mod
    while t.i != d.i and t.head.i != t.i:
        if t.dep_ == "poss" and t.lemma_.lower() in L.ORG_ANAPHORS:
            return True
        t = t.head
    return False


def _modifier_places(m: Arg, tok: Token, span, descr: list, idx: DocIndex, own: bool = True) -> Iterator[Candidate]:
    """A nationality, a city or "-based" before the name or its description: "Chinese chipmaker SMIC",
    "an Abu Dhabi AI company", "the Beijing-based startup". own=False: only the description's."""
    for d in [tok, *descr] if own else descr:
        for mod in (modifiers(d) if d is tok else [d, *modifiers(d)]):
            if mod.i in range(span.start, span.end):
                continue
            if d is tok and mod.i < span.start and any(t.tag_ == "POS" for t in mod.doc[mod.i + 1: span.start]):
                continue  # "New York-based peer GlobalFoundries' Ann Wu": the place is the possessor's, not hers
            if any(c.dep_ == "conj" and c.i in range(span.start, span.end) for c in mod.children) \
                    or _under_other_name(mod, d, span, idx):  # ("Calgary-based A and B": A's, hung on B); "U.S. and
                continue  # Allied Networks": two sorts of a class, the name's first word being the other
            if mod.dep_ == "compound" and mod.head.pos_ == "PROPN" and mod.head.ent_type_ \
                    and mod.head.i not in range(span.start, span.end):
                continue  # "MEXICO CITY (AP)": the country word is part of another name (not "the UAE AI company")
            if mod.is_upper and len(mod.text) > 2 and span.start > 0 and mod.doc[span.start - 1].text == "(" \
                    and mod.i < span.start:
                continue  # "BEIJING/BRUSSELS (Reuters) -": a dateline's city is where the story was filed
            if mod.i > 0 and mod.doc[mod.i - 1].lower_ == "in" and mod.lower_ in L.LANGUAGES:
                continue  # "CLARIN in Spanish": a language, not a nationality
            if mod.lower_ in L.LANGUAGES and mod.i + 1 < len(mod.doc) and mod.doc[mod.i + 1].text == ":":
                continue  # "the Telegraph Union (French: Union Télégraphique)": the language of a gloss
            if d is not tok and _of_other_company(mod, d):
                continue  # "Orvane, a Scottish company's rival": the nationality is the other company's
            if (c := demonym_of(mod, idx)) and mod.dep_ != "poss":
                yield DEMONYM.fact(m, "basedIn", Arg(c, mod.idx, mod.idx + len(mod.text)), (mod.idx,))
            elif d is not tok and mod.dep_ in ("compound", "nmod") \
                    and (pl := idx.mention(mod, actor=False)) is not None and not continues(mod, idx) \
                    and pl.entity.type in ("City", "Region") and mod.lower_ not in L.LANGUAGES:
                yield PLACE_MOD.fact(m, "basedIn", pl, (mod.idx,))  # "an Abu Dhabi AI company"
            if mod.lower_ in ("based", "headquartered"):  # "the Beijing-based startup", "Dubai-headquartered X"
                places = [p for p in mod.children if p.dep_ in ("npadvmod", "compound", "nmod")]
                if not places and mod.i > 0 and mod.doc[mod.i - 1].pos_ == "PROPN":
                    places = [mod.doc[mod.i - 1]]  # "the California based Dynatex": the hyphen left out
                for p in places:
                    if (pl := idx.mention(p, actor=False)) and pl.entity.type in PLACE:
                        yield BASED.fact(m, "basedIn", pl, (mod.idx,))
            elif mod.lower_.endswith("-based") and (pl := _based_prefix(mod, idx)) is not None:
                yield BASED.fact(m, "basedIn", pl, (mod.idx,))  # "U.S.-based Nvidia": one token, its place inside


AGENCY_PARTS = {"part", "component", "arm", "unit", "division", "agency", "office", "bureau", "branch"}


def is_agency_unit(label: str) -> bool:
    """A name that says it is a part of a government body: "Criminal Division", "Office of ..."."""
    return any(w.lower() in L.AGENCY_UNITS for w in label.split())


def _past_remit(tok: Token, m: Arg, idx: DocIndex) -> Arg | None:
    """The body an "of" belongs to: the name itself, or, when the name is a title's remit ("the Assistant Secretary
    for Export Enforcement, Bureau of Industry and Security (BIS) of the U.S. Department of Commerce", the parser
    hanging "of" on the remit), the body named after it; with none, no body."""
    if not _remit(tok.i, idx):
        return m
    return next((b for c in tok.children if c.dep_ == "conj" and (b := idx.mention(c, actor=False)) is not None
                 and b.entity.type == "GovernmentBody"), None)


def _of_after(span, idx: DocIndex) -> Arg | None:
    """ "the Bureau of Industry and Security (BIS) of the U.S. Department of Commerce": the body whose name follows
    the name (and its abbreviation) right after "of the"."""
    doc, k = span.doc, span.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3
    if k + 2 >= len(doc) or doc[k].lower_ != "of" or doc[k + 1].lower_ != "the":
        return None
    o = idx.mention(doc[k + 2], actor=False)
    return o if o is not None and o.entity.type == "GovernmentBody" and idx.tok2m[doc[k + 2].i][0].start == k + 2 else None


@matcher(AGENCY_OF, AGENCY_PART, phase=ENTITY)
def agency_structure(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Government structure: "the Bureau of Industry and Security of the U.S. Department of Commerce",
    "BIS, part of the Commerce Department": the larger body owns the part."""
    for tok in idx.sent_tokens(sent):
        m = idx.mention(tok, actor=False)
        if m is None or m.entity.type != "GovernmentBody" or tok.i != idx.tok2m[tok.i][0].root.i:
            continue
        span = idx.tok2m[tok.i][0]
        part = _past_remit(tok, m, idx)
        for prep in tok.children:  # "X of Y", the "of" outside X's own name; "the CHIPS Program Office within NIST"
            if part is not None and prep.dep_ == "prep" and prep.lower_ in ("of", "within") and prep.i >= span.end:
                for p in prep.children:
                    if p.dep_ == "pobj" and (o := idx.mention(p, actor=False)) is not None \
                            and o.entity.type == "GovernmentBody" and o.entity.iri != part.entity.iri:
                        yield AGENCY_OF.fact(o, "owns", part, (prep.idx,))
        if part is m and (o := _of_after(span, idx)) is not None and o.entity.iri != m.entity.iri:
            yield AGENCY_OF.fact(o, "owns", m, (span.end_char,))  # the parser hung that "of" elsewhere
        # "BIS, part of the Commerce Department", "BIS, an agency of ...", "NIST is part of the Department"
        described = [c for c in tok.children if c.dep_ == "appos"] + ([
            c for c in tok.head.children if c.dep_ == "attr"] if tok.dep_ == "nsubj" and tok.head.lemma_ == "be"
            and modality(tok.head)[0] else []) + relative_attributes(tok, idx)  # ("is not part of": none)
        for app in described:
            if app.lemma_.lower() in AGENCY_PARTS and not idx.mention(app):
                # "part of the Commerce Department"; "a Commerce Department office", "the Treasury's agency"
                parents = [p for prep in app.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for p in prep.children if p.dep_ == "pobj"]
                parents += [c for c in app.children if c.dep_ in ("compound", "poss")]
                for p in parents:
                    if (o := idx.mention(p, actor=False)) is not None \
                            and o.entity.type == "GovernmentBody" and o.entity.iri != m.entity.iri:
                        yield AGENCY_PART.fact(o, "owns", m, (app.idx,))


@matcher(DESCRIBED_DEMONYM, DESCRIBED_BASED, phase=ENTITY)
def described(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Descriptions that carry a place: "the South Korean company" (referring back),
    "American suppliers such as Google and Qualcomm", "Chinese tech giants like Baidu and Tencent",
    "the Beijing-based company"."""
    for tok in idx.sent_tokens(sent):
        if tok.pos_ != "NOUN" or idx.mention(tok):
            continue
        places = _places_in(tok, idx)
        if not places:
            continue
        targets: list[Arg] = []
        # a list introduced by such as / like / including; for a plural object, "added seven Chinese entities to
        # the Entity List, including A and B", where the parser hung "including" on the verb
        holders = [tok, tok.head] if tok.dep_ == "dobj" and tok.tag_ == "NNS" else [tok]
        if len(holders) > 1:  # or on the list they were added to ("... to its Entity List, including A and B")
            holders += [p for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i for p in c.children
                        if p.dep_ == "pobj" and (pm := idx.mention(p)) is not None and pm.entity.type == "Policy"]
        for prep in (c for h in holders for c in h.children if tok.lemma_.lower() != "app"):
            # (not "59 Chinese apps, including Mi Community": an app is a product, not a body with a home)
            if prep.dep_ == "prep" and (prep.lower_ in ("as", "like", "including") if prep.head.i == tok.i
                                        else prep.lower_ == "including" and prep.i > tok.i):
                # (not "Russia-based end-users, including UAV cameras": a name that only qualifies a plain noun)
                targets += [a for p in prep.children if p.dep_ == "pobj"
                            for a in args_of(p, idx, role="obj") if a.entity.type in ORGS
                            and not (p.pos_ == "NOUN" and idx.mention(p) is None and a.start < p.idx)]
        if not targets and tok.lemma_.lower() in L.ORG_ANAPHORS and tok.tag_ != "NNS" and \
                {c.lower_ for c in tok.lefts if c.dep_ == "det"} & {"the", "this", "that"} \
                and tok.dep_ not in ("appos", "attr") and not any(
                    c.dep_ == "appos" or c.i > tok.i and idx.mention(c) is not None for c in tok.children):
            # (not "the Russian state corporation Rostec": the name after it is what it describes)
            exclude = {a.entity.iri for a in _clause_actors(tok, idx)}
            # "the U.S. chipmaker" is a company, never the association or university named before it
            kinds = {"Company"} if tok.lemma_.lower() in HOME_CLASSES - {"company"} else ORGS
            if (a := idx.antecedent(tok, kinds, exclude)) is not None and not _own_possessor(tok, a, idx):
                targets = [a]
        for t in targets:
            for place, rule in places:
                if not _homed_elsewhere(t, place, idx):
                    yield rule.fact(t, "basedIn", place, (tok.idx,), factor=0.9 if t.coref else 1.0)


def _own_possessor(tok: Token, a: Arg, idx: DocIndex) -> bool:
    """ "The Secaucus-based company is to become part of AMD's group": a described subject is not a body its own
    clause names as a possessor (what it does refer to is left unread)."""
    return tok.dep_ in ("nsubj", "nsubjpass") and any(
        t.dep_ == "poss" and t.i > tok.i and (m := idx.mention(t)) is not None and m.entity.iri == a.entity.iri
        for t in tok.head.subtree)


# Classes a country's possessive places in it ("China's AI developers, including ByteDance"), unlike a
# market's relations ("Russia's suppliers", "China's customers": of the country, not in it).
HOME_CLASSES = {"automaker", "bank", "carrier", "chipmaker", "company", "designer", "developer", "firm", "foundry",
                "giant", "maker", "manufacturer", "operator", "start-up", "startup"}


def _places_in(noun: Token, idx: DocIndex) -> list[tuple[Arg, RuleSpec]]:
    out = []
    for mod in modifiers(noun):
        home = mod.dep_ != "poss" or mod.head.i == noun.i and noun.tag_ == "NNS" and noun.lemma_.lower() in HOME_CLASSES
        if home and (c := demonym_of(mod, idx)) is not None and not _mixed(mod, idx):
            out.append((Arg(c, mod.idx, mod.idx + len(mod.text)), DESCRIBED_DEMONYM))
        if mod.lower_ == "based":
            for p in mod.children:
                if p.dep_ in ("npadvmod", "compound", "nmod") and (pl := idx.mention(p, actor=False)) \
                        and pl.entity.type in PLACE:
                    out.append((pl, DESCRIBED_BASED))
        elif mod.lower_.endswith("-based") and (pl := _based_prefix(mod, idx)) is not None:
            out.append((pl, DESCRIBED_BASED))  # "other U.S.-based customers, including AMD": one token
    return out


def _possessive(owner: Arg, owned: Arg, noun: Token) -> Iterator[Candidate]:
    ot, dt = owner.entity.type, owned.entity.type
    if dt in ORGS and not owned.entity.known and noun.lower_ in L.PRODUCT_NOUNS:
        dt = "Product"  # "HiSilicon's Kirin processors": NER took Kirin for an organisation
        owned = replace(owned, entity=replace(owned.entity, type="Product"))
    if ot == "GovernmentBody" and dt in ORGS and not owned.entity.known and is_agency_unit(owned.entity.label):
        dt = "GovernmentBody"  # "the Justice Department's Criminal Division": a part of a body is a body
        owned = replace(owned, entity=replace(owned.entity, type=dt))
    if ot == "Country" and dt in ORGS:
        yield POSS_COUNTRY.fact(owned, "basedIn", owner, (noun.idx,))
    elif ot in ("City", "Region") and dt in ORGS and not owned.entity.known \
            and not (ot == "Region" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "near")):
        # (not "an ATMP unit in Assam's Morigaon": where a thing is set up, a state's possessive names a town)
        yield POSS_CITY.fact(owned, "basedIn", owner, (noun.idx,))  # "Giessen's Bezirksparkasse"
    elif ot in ORGS and dt == "Product":
        yield POSS_PRODUCT.fact(owner, "develops", owned, (noun.idx,))
    elif ot in ORGS and dt in ORGS and (rel := _relation_word(noun)) is not None:
        # "OpenAI's rival Anthropic", "Apple's supplier Foxconn", "Nvidia's partner Foxconn"
        pred, owner_is_subject = L.RELATION_WORDS[rel]
        s_, o_ = (owner, owned) if owner_is_subject else (owned, owner)
        yield POSS_RELATION.fact(s_, pred, o_, (noun.idx,))
    elif ot in ORGS and dt in ORGS:
        if _parent_word(noun, owner, owned):
            yield POSS_PARENT.fact(owned, "owns", owner, (noun.idx,))  # "Google's parent Alphabet"
        else:
            yield POSS_UNIT.fact(owner, "owns", owned, (noun.idx,))
    elif ot == "Product" and dt in ORGS and _parent_word(noun, owner, owned):
        yield POSS_PARENT.fact(owned, "owns", owner, (noun.idx,))  # "TikTok's owner ByteDance": a platform's owner
    elif ot == "GovernmentBody" and dt == "GovernmentBody" and not noun.is_lower:  # (not "the EU's executive arm":
        yield POSS_AGENCY.fact(owner, "owns", owned, (noun.idx,))  # a description is the body's name) "Commerce's Bureau"
    elif ot == "Person" and dt == "Company":
        yield POSS_PERSON.fact(owner, "leads", owned, (noun.idx,))
    elif ot in ORGS and dt == "Person" and not owned.entity.known and (cls := _class_before(noun, owned)):
        if cls in L.UNIT_NOUNS:  # "Apple Inc., its Japanese subsidiary iTunes K.K.": NER took the unit for a person
            yield POSS_UNIT.fact(owner, "owns", replace(owned, entity=replace(owned.entity, type="Company")), (noun.idx,))
    elif ot in ORGS | {"GovernmentBody"} and dt == "Person" and noun.ent_type_ == "PERSON" \
            and not any(w.lower() in ("school", "university", "institute", "center", "college", "foundation")
                        for w in owned.entity.label.split()):
        yield POSS_MEMBER.fact(owned, "worksFor", owner, (noun.idx,))  # "AMD's Lisa Su"


def _parent_word(noun: Token, owner: Arg, owned: Arg) -> bool:
    """Whether the words between a possessor and the name make the name its owner: "Google's parent Alphabet",
    "TikTok's owner ByteDance", also where the parser hung "parent" on a class noun rather than on the name
    ("Kestrel Labs' parent company Orvane Holdings")."""
    if noun.lemma_.lower() in L.OWNER_NOUNS or _ownership_noun(noun) == "owner":
        return True
    words = [t for c in noun.lefts for t in c.subtree if owner.end <= t.idx < owned.start]
    return any(t.lower_ == "parent" or t.lemma_.lower() in L.OWNER_NOUNS for t in words)


def _class_before(noun: Token, owned: Arg) -> str | None:
    """A company or unit class noun set before the name ("its subsidiary iTunes K.K."): the name is a company's."""
    return next((c.lemma_.lower() for c in noun.lefts if c.dep_ in ("compound", "nmod") and c.idx < owned.start
                 and c.lemma_.lower() in L.UNIT_NOUNS | L.COMPANY_CLASS_WORDS), None)


NAMED_UNITS = define("descriptor:named-units", preds=("owns",), conf=0.8,
                     example="two Samsung subsidiaries, Harman and Samsung Austin Semiconductor")


@matcher(NAMED_UNITS, phase=ENTITY, words=L.PART_NOUNS)
def named_units(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A part noun whose owner modifies it, followed by the names of the parts: "two Samsung
    subsidiaries, Harman and Samsung Austin Semiconductor", "the Samsung subsidiary Harman",
    "Samsung's subsidiaries Harman and SAS" (each listed name is owned)."""
    for noun in idx.sent_tokens(sent):
        if noun.lemma_.lower() not in L.PART_NOUNS or idx.mention(noun, actor=False) is not None:
            continue
        owners = [a for c in noun.children if c.dep_ in ("compound", "poss", "nmod") and c.i < noun.i
                  for a in [idx.mention(c, actor=False)] if a is not None and a.entity.type in ORGS]
        # "Orvane Holdings and its subsidiaries, Kestrel and Harbor Point": the company "its" stands for
        owners += [a for c in noun.children if c.dep_ == "poss" and c.lower_ == "its" and noun.tag_ == "NNS"
                   for a in args_of(c, idx, role="obj") if a.entity.type in ORGS]
        if len(owners) != 1:
            continue
        heads = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
        if noun.dep_ == "conj" and noun.i + 2 < len(noun.doc) and noun.doc[noun.i + 1].text == "," \
                and (nxt := idx.tok2m.get(noun.i + 2)) is not None and nxt[0].root.dep_ == "conj" \
                and nxt[0].root.head.i == noun.head.i:
            heads.append(nxt[0].root)  # "X and its subsidiaries, A and B": the parser joined the names to X's list
        if noun.i + 1 < len(noun.doc) and idx.mention(noun.doc[noun.i + 1], actor=False) is not None:
            heads.append(idx.tok2m[noun.i + 1][0].root)  # "the Samsung subsidiary Harman International"
        owner = owners[0]
        by_poss = any(c.dep_ == "poss" for c in noun.children)
        seen: set[str] = set()
        for h in heads:
            # "Huawei's chip unit HiSilicon" alone is poss:unit's; the names listed after it are read here
            for t in ([] if by_poss and h.i in idx.tok2m and idx.tok2m[h.i][0].start == noun.i + 1 else [h]) + [c for c in h.conjuncts if c.i > h.i]:
                a = idx.mention(t, actor=False)
                if a is None or a.entity.type not in ORGS or a.entity.iri == owner.entity.iri or a.entity.iri in seen:
                    continue
                seen.add(a.entity.iri)
                yield NAMED_UNITS.fact(owner, "owns", a, (noun.idx,))
