"""Parts of descriptions the descriptor rules share: the descriptions a name carries (appositions, 'as'
phrases, fronted units, siblings in a list), a former or sold holding, a plain description without a ranking, an
ownership noun, who a relative clause is said of, and 'X-based' prefixes. Split from descriptors.py for size."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from .. import lexicon as L
from ..index import ORGS, PLACE, Arg, DocIndex
from ..syntax import (args_of, is_relative, modality, subject_tokens)
from ..syntax import described as clause_head


def _others_like(tok: Token, idx: DocIndex) -> list:
    """ "added YMTC and 21 other Chinese firms to the Entity List": the class the name is one of, by its
    place words ("Chinese", "Beijing-based"); the organisation nouns only."""
    return [c for c in tok.conjuncts if c.pos_ == "NOUN" and c.i > tok.i and c.lemma_.lower() in L.ORG_ANAPHORS | {"entity"}
            and not idx.mention(c) and any(a.dep_ == "amod" and a.lower_ == "other" for a in c.children)]


def _former(tok: Token) -> bool:
    """ "Huawei's former unit Honor", "Google's former parent Alphabet": a tie that no longer holds."""
    return any(q.lower_ in L.FORMER_WORDS for c in (tok, *(c for c in tok.lefts if c.dep_ == "compound"))
               for q in c.lefts) or _sold(tok)


def _sold(tok: Token) -> bool:
    """ "sold its unit Honor", "was forced to sell its sub-brand Honor": a unit the owner has parted with (not
    "plans to sell its unit Honor", which it still owns)."""
    noun = tok if tok.dep_ == "dobj" else tok.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in L.UNIT_SALE_VERBS:
        return False
    return verb.tag_ in ("VBD", "VBN") and modality(verb)[0] or verb.dep_ == "xcomp" and verb.head.lemma_ in ("force", "compel")


def _first_conjunct(tok: Token, idx: DocIndex) -> Token:
    """The first of coordinated names that qualify one noun ("the A800 and H800 chips") or stand where the
    first name does ("its subsidiaries Orion Labs and Vega Systems"); else tok."""
    mod = tok
    while mod.dep_ == "conj" and mod.head.i < mod.i and (mod.head.dep_ in ("compound", "amod", "nmod")
                                                         or idx.mention(mod.head) is not None):
        mod = mod.head
    return mod


def _included_in(tok: Token, idx: DocIndex) -> list:
    """ "Nvidia's biggest customers include Microsoft, Meta and Amazon": each name listed is one of
    the class the subject names, as in a copula ("Microsoft is one of Nvidia's customers"); also the class a subject
    "counts" them "among"."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "dobj" and first.head.lemma_ == "count":  # "Orvane counts A and B among its investors"
        return [(p, modality(first.head)[0]) for q in first.head.children if q.dep_ == "prep" and q.lower_ == "among"
                for p in q.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and not idx.mention(p)]
    if first.dep_ != "dobj" or first.head.lemma_ != "include":
        return []
    return [(s, modality(first.head)[0]) for s in first.head.children
            if s.dep_ == "nsubj" and s.pos_ == "NOUN" and not idx.mention(s)]


def _descriptions(tok: Token, idx: DocIndex) -> list:
    """The nouns said of a name: its apposition, the attribute of its copula ("America West was a U.S.
    airline", "Lenovo is one of ..."), the noun the parser hung it on ("the Russian state corporation
    Rostec")."""
    descr = [c for c in tok.children if c.dep_ == "appos" and not idx.mention(c)]
    # "A and B, two Hong Kong-based front companies": the parser hung the counted plural on the last name
    descr += [c for cj in tok.conjuncts if cj.i > tok.i for c in cj.children if c.dep_ == "appos" and c.tag_ == "NNS"
              and not idx.mention(c) and any(n.dep_ == "nummod" or n.lower_ == "both" for n in c.children)]
    if (first := _list_head(tok, idx)).i != tok.i:  # "A and B, two Russia-based firms": said of both names
        descr += [c for c in first.children if c.dep_ == "appos" and not idx.mention(c) and c.tag_ == "NNS"]
    if first.i != tok.i:  # "South Korean chipmakers Samsung and SK Hynix": a plural class before the list's first name
        descr += [c for c in first.children if c.dep_ in ("compound", "nmod") and c.tag_ == "NNS" and c.i < first.i
                  and c.lemma_.lower() in L.ORG_ANAPHORS and not idx.mention(c)]
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and modality(tok.head)[0]:  # (not "is not a subsidiary of")
        attrs = [c for c in tok.head.children if c.dep_ == "attr" and (c.pos_ == "NOUN" or c.lower_ == "one")
                 and not idx.mention(c)]  # "is a stand-alone company and wholly owned subsidiary of": each noun
        descr += attrs + [c for a in attrs for c in a.conjuncts if c.i > a.i and c.pos_ == "NOUN" and not idx.mention(c)]
    descr += _as_descriptions(tok, idx)
    h = tok.head  # "Russia's largest financial institution, Sberbank, and ...": the parser joined the name to its description
    if tok.dep_ == "conj" and h.tag_ == "NN" and tok.i == h.i + 2 and tok.doc[h.i + 1].text == "," \
            and any(c.tag_ == "JJS" for c in h.children) and not idx.mention(h):
        descr.append(h)
    descr += relative_attributes(tok, idx)
    descr += _fronted_unit(tok, idx)
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and modality(tok.head)[0]:  # "X's investor is Microsoft"
        descr += [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not idx.mention(c)]
    if (tok.dep_ == "appos" and not _verb_between(tok.head, tok, idx) or tok.i == tok.head.i + 1
            and tok.dep_ in ("amod", "compound", "nmod") and tok.head.lemma_.lower() in L.ORG_ANAPHORS) \
            and not idx.mention(tok.head):
        descr.append(tok.head)
    if first.i != tok.i and first.dep_ == "appos" and first.head.tag_ == "NNS" and not idx.mention(first.head) \
            and not _verb_between(first.head, first, idx):
        descr.append(first.head)  # "Ampere's largest investors, Carlyle Group and Oracle": the plural said of each
    if first.i != tok.i and _counted_class(first, idx):
        descr.append(first)  # "seven Russian entities, A and B; C; and D": the parser made the list conjuncts of the count
    if tok.dep_ in ("oprd", "attr", "xcomp") and tok.head.lower_ in ("called", "named", "dubbed") \
            and tok.head.dep_ == "acl" and tok.head.head.pos_ == "NOUN" and not idx.mention(tok.head.head):
        descr.append(tok.head.head)  # "a Texas-based export company called Arc": the noun the name is given to
    return descr + [d for d in _sibling_description(tok, idx) + _comma_description(tok, idx) if d not in descr]


def _counted_class(noun: Token, idx: DocIndex) -> bool:
    """ "four Russian entities, A; B; and C": a counted plural organisation noun a semicolon list of names follows right
    after a comma or colon (a designation's list); "three Russian banks and Orvane Labs" joins another party to the
    count, not a member of it; "the two German firms, A and B" may be a loose parse of another reading."""
    doc = noun.doc
    return noun.tag_ == "NNS" and noun.lemma_.lower() in L.ORG_ANAPHORS | {"entity"} and not idx.mention(noun) \
        and any(c.dep_ == "nummod" for c in noun.children) and noun.i + 2 < len(doc) and doc[noun.i + 1].text in (",", ":") \
        and any(t.text == ";" for t in doc[noun.i + 2: noun.sent.end]) \
        and any(c.dep_ == "conj" and c.i in idx.tok2m and idx.tok2m[c.i][0].start == noun.i + 2 for c in noun.children)


def _fronted_unit(tok: Token, idx: DocIndex) -> list[Token]:
    """ "A subsidiary of Kestrel Media, Orvane Labs is a retail platform": a fronted description opening the
    sentence; the parser hung the name on the owner as its apposition."""
    owner = tok.head
    if tok.dep_ != "appos" or owner.dep_ != "pobj" or owner.head.lower_ != "of" or tok.doc[tok.left_edge.i - 1].text != ",":
        return []
    unit = owner.head.head
    first = unit.left_edge
    return [unit] if unit.lemma_.lower() in L.OWNED_UNIT_NOUNS and first.i == tok.sent.start and first.lower_ in ("a", "an") \
        and not idx.mention(unit) else []


def relative_attributes(tok: Token, idx: DocIndex) -> list[Token]:
    """ "Kestrel, which is a subsidiary of Orvane": a relative clause's attribute, wherever the parser hung the
    clause."""
    return [c for v in tok.subtree if v.dep_ == "relcl" and v.lemma_ == "be" and modality(v)[0]
            and any(c.dep_ == "nsubj" and is_relative(c) for c in v.children) and clause_head(v).i == tok.i
            for c in v.children if c.dep_ == "attr" and c.pos_ == "NOUN" and not idx.mention(c)] + _self_described(tok, idx)


def one_of_class(tok: Token, idx: DocIndex) -> list[Token]:
    """ "Kestrel, one of China's largest chipmakers", "One of Norland's major farm provinces, Orvane has": the plural
    class a name is said to be one of, set off after it or fronted before it and its verb. A relation noun's class
    ("one of Micron's largest customers") is the possessive relations' (descriptors._described_relations)."""
    ones = [c for c in tok.children if c.dep_ == "appos" and c.lower_ == "one" and c.i > tok.i]
    start = idx.tok2m[tok.i][0].start if tok.i in idx.tok2m else tok.i
    if tok.dep_ in ("nsubj", "nsubjpass") and start > 0 and tok.doc[start - 1].text == ",":
        ones += [c for c in tok.head.children if c.lower_ == "one" and c.i < start
                 and c.dep_ in ("advcl", "appos", "dep", "npadvmod", "nsubj")]
    return [n for o in ones for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children
            if n.dep_ == "pobj" and n.tag_ == "NNS" and not idx.mention(n) and relation_lemma(n) not in L.RELATION_WORDS]


def _self_described(tok: Token, idx: DocIndex) -> list[Token]:
    """ "Kestrel, which calls itself Canada's national newspaper", "Orvane describes itself as a Shenzhen-based drone
    maker": the noun a body gives itself, in a relative clause on its name or with the name as subject. Not one the
    clause denies or hedges ("no longer calls itself", "may describe itself as")."""
    verbs = [v for v in tok.children if v.dep_ == "relcl" and any(c.dep_ == "nsubj" and is_relative(c) for c in v.children)]
    verbs += [tok.head] if tok.dep_ == "nsubj" else []
    out = []
    for v in verbs:
        if v.lemma_.lower() not in L.SELF_DESCRIBING_VERBS or not modality(v)[0] \
                or not any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in v.children) \
                or any(c.dep_ in ("advmod", "neg") and (c.lower_ in L.FORMER_ADVERBS or c.dep_ == "neg" or c.lower_ == "longer")
                       for c in v.children):
            continue
        out += [c for c in v.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ == "NOUN" and not idx.mention(c)]
        out += [n for p in v.children if p.dep_ == "prep" and p.lower_ == "as"
                for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN" and not idx.mention(n)]
    return out


def _as_descriptions(tok: Token, idx: DocIndex) -> list:
    """The noun a verb says its subject is, or was made as: "Orvane operates as a subsidiary of Kestrel", "was
    established in 1991 as a unit of Kestrel", "will continue to operate as a subsidiary of", "became a subsidiary
    of". Not a tie the clause denies, hedges or puts in the past ("formerly operated as", "did not become")."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or not modality(verb)[0] \
            or any(c.dep_ == "advmod" and c.lower_ in L.FORMER_ADVERBS for c in verb.children):
        return []
    out = [c for c in verb.children if c.dep_ in ("attr", "oprd") and c.pos_ == "NOUN" and not idx.mention(c)] \
        if verb.lemma_.lower() in L.BECOME_VERBS else []
    for v in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        lemma = v.lemma_.lower()
        if lemma in L.AS_VERBS or v is verb and tok.dep_ == "nsubjpass" and lemma in L.MADE_AS_VERBS:
            out += [n for p in v.children if p.dep_ == "prep" and p.lower_ == "as"
                    for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN" and not idx.mention(n)]
    return out


def _list_head(tok: Token, idx: DocIndex) -> Token:
    """The first name of the list a name is in (the parser makes the second of three an apposition)."""
    first = tok
    while first.head.i < first.i and (first.dep_ == "conj" or first.dep_ == "appos" and first.conjuncts
                                      and _other_name(first.head, first, idx)):
        first = first.head
    return first


def _other_name(a: Token, b: Token, idx: DocIndex) -> bool:
    """Both tokens are in names, and not in one name ("Kestrel Memory Co., Ltd.")."""
    return a.i in idx.tok2m and b.i in idx.tok2m and idx.tok2m[a.i][0].start != idx.tok2m[b.i][0].start


def _earlier_conjunct(owner: Token, start: int, idx: DocIndex) -> bool:
    """ "fines against Kestrel Inc's Orvane and Vega Inc.": the parser hung the possessive on the last name of a
    coordination; it qualifies the first name only (a company possessor; "China's A and B" places each name)."""
    o = idx.mention(owner, actor=False)
    return o is not None and o.entity.type in ORGS and any(
        t.dep_ == "cc" and (h := idx.mention(t.head, actor=False)) is not None and h.entity.type in ORGS
        for t in owner.doc[owner.i + 1: start])


def _verb_between(head: Token, tok: Token, idx: DocIndex) -> bool:
    """ "OpenAI's GPT models power Copilot": a verb the parser took for a compound stands between a noun and
    the name it read as that noun's apposition; the name is the verb's object, not a description."""
    start = idx.tok2m[tok.i][0].start if tok.i in idx.tok2m else tok.i
    return head.i < start and any(t.tag_.startswith("VB") and t.dep_ == "compound" for t in tok.doc[head.i + 1: start])


def _comma_description(tok: Token, idx: DocIndex) -> list:
    """ "to sell its stake in FTDI, a Scottish chip designer, on security grounds": a description set off by
    commas right after the name, which the parser hung on the verb; only an indefinite noun phrase of the
    organisation nouns that ends where the commas close ("Orvane, a move that ..." is no description)."""
    doc = tok.doc
    j = idx.tok2m[tok.i][0].end if tok.i in idx.tok2m else tok.i + 1
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an"):
        return []
    head = doc[j + 1].head
    if head.i <= j + 1 or head.pos_ != "NOUN" or head.lemma_.lower() not in L.ORG_ANAPHORS or idx.mention(head) \
            or head.dep_ == "appos" or any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[j + 2: head.i]):
        return []
    return [head] if head.i + 1 == len(doc) or doc[head.i + 1].text in (",", ".", ";") else []


def _sibling_description(tok: Token, idx: DocIndex) -> list:
    """ "Chinese chip equipment makers Naura and AMEC have won": the parser made the description and the
    names two subjects of one verb; the description just before the first name is said of each name."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i not in idx.tok2m or (start := idx.tok2m[first.i][0].start) == 0:
        return []
    prev = tok.doc[start - 1]
    if prev.dep_ != first.dep_ or prev.head.i != first.head.i or prev.i == prev.head.i or idx.mention(prev) \
            or prev.lemma_.lower() not in L.ORG_ANAPHORS or first is not tok and prev.tag_ != "NNS":
        return []
    return [prev]


RANKING = {"leading", "top", "major", "dominant", "big", "large", "key", "main", "only", "sole", "first", "second"}


def _plain_description(d: Token) -> bool:
    """ "an AI firm in the UAE" says where the firm is; "the largest chipmaker in Japan", "a leading
    supplier in China" rank it in a market, which may be abroad."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in d.children) and not any(
        c.tag_ in ("JJS", "RBS") or c.lower_ in RANKING or c.lemma_.lower() in RANKING or c.dep_ == "amod" and "-" in c.text
        and c.text.lower().endswith(("largest", "biggest")) for c in d.subtree if c.i < d.i)


BODY_NOUNS = {"company", "firm", "corporation", "organisation", "organization", "entity", "business"}


def _ownership_noun(d: Token) -> str | None:
    """Whether a description makes its name an owner ("the owner of", "the parent company of") or a
    part ("a unit of", "a subsidiary company of", "a 100% daughter company of") of the body its "of" names."""
    lemma = d.lemma_.lower()
    mods = {c.lemma_.lower() for c in d.lefts if c.dep_ in ("amod", "compound", "nmod")}
    if lemma in L.OWNER_NOUNS or lemma in BODY_NOUNS and mods & {"parent", "holding"}:
        return "owner"
    if lemma in L.PART_NOUNS or lemma in BODY_NOUNS and mods & (L.PART_NOUNS | {"daughter"}) - {"business"}:
        return "part"
    return None


def _based_prefix(mod: Token, idx: DocIndex) -> Arg | None:
    """The place of a "-based" word the tokenizer kept whole ("U.S.-based"): the gazetteer's reading of
    what comes before "-based", when it is a place."""
    entry = idx.gaz.lookup(mod.text[:-len("-based")])
    if entry is None or entry.type not in PLACE:
        return None
    return Arg(idx.resolver.entity_of(entry), mod.idx, mod.idx + len(mod.text) - len("-based"))


def _homed_elsewhere(who: Arg, place: Arg, idx: DocIndex) -> bool:
    """A company the gazetteer homes in another country than the one a description names: "American suppliers
    such as Vega and Kestrel" does not make the Dutch Kestrel American (a list's class is loose)."""
    home = idx.gaz.home(who.entity.iri)
    return home is not None and place.entity.type == "Country" and home != place.entity.iri


def _mixed(mod: Token, idx: DocIndex) -> bool:
    """ "American and global investors, including Oracle and MGX", "American and Japanese investors, including
    Oracle and Sony": a nationality coordinated with another word says the list is mixed, so not every name
    in it is from that country."""
    return mod.dep_ == "conj" and mod.head.pos_ == "ADJ" or any(c.dep_ == "conj" and c.pos_ in ("ADJ", "PROPN")
                                                                 for c in mod.children)


def _clause_actors(tok: Token, idx: DocIndex) -> list[Arg]:
    """Entities acting in the clause around a noun: a description there never refers to them."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    own = {t.i for t in tok.subtree}
    # "The San Diego-based company has not made an offer to Intel": a described subject is none of the bodies
    # its own clause names after it (what it deals with is another party)
    others = [a for t in head.subtree if t.i > tok.i and t.i not in own and (a := idx.mention(t)) is not None] \
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == head.i else []
    return [a for t in subject_tokens(head) if t.i != tok.i for a in args_of(t, idx, role="subj")] + others


def _relation_word(noun: Token) -> str | None:
    words = [noun, *[c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")]]
    return next((r for w in words if (r := relation_lemma(w)) in L.RELATION_WORDS), None)


def relation_lemma(w: Token) -> str:
    """ "CBFI's limited partner Yitai": a limited partner puts money into the partnership, it is an investor in it."""
    lemma = w.lemma_.lower()
    return "investor" if lemma == "partner" and any(c.lower_ == "limited" for c in w.lefts) else lemma


PERSON_SUFFIXES = ("man", "woman", "person")


def person_noun(d: Token) -> bool:
    """A noun for a person's post or trade: a speaker's or a state's role, a body's staff, "policeman"; not the
    ones a body is called too ("a market leader", "the media regulator")."""
    lemma = d.lemma_.lower()
    if lemma in ("leader", "regulator", "agent", "general"):
        return False
    return lemma in L.SPEAKER_ROLES or lemma in L.STATE_ROLES or lemma in L.PERSONNEL_NOUNS or (
        d.pos_ == "NOUN" and lemma.endswith(PERSON_SUFFIXES) and len(lemma) > 6)


def _country_shared(sent, idx: DocIndex) -> Iterator[tuple[Arg, Arg, int]]:
    """ "Russia's Kestrel Trading, Orvane Logistics and Vega Systems": a country's possessive on the first of a list
    of names places each name of the list, as it places the first (poss:country; the caller drops a company the
    gazetteer homes elsewhere, "China's Huawei and Cisco"). Yields (named, country, token offset)."""
    for tok in idx.sent_tokens(sent):
        if tok.dep_ != "conj" or tok.pos_ != "PROPN" or (m := idx.mention(tok, actor=False)) is None \
                or m.entity.type not in ORGS or any(c.dep_ in ("poss", "det") for c in tok.children):
            continue
        first = _first_conjunct(tok, idx)
        head = idx.mention(first, actor=False)
        if head is None or head.entity.type not in ORGS or first.pos_ != "PROPN":
            continue
        for c in first.children:
            if c.dep_ == "poss" and (o := idx.mention(c)) is not None and o.entity.type == "Country":
                yield m, o, tok.idx


def seat_of(tok: Token, idx: DocIndex) -> Arg | None:
    """ "Orvane Shipping Holding in Zwijndrecht, a subsidiary of Kestrel": a name after "in" behind a body is its seat
    (NER took the town for a body); an apposition on it describes the body."""
    h = tok.head
    return idx.mention(h.head, actor=False) if tok.dep_ == "pobj" and h.lower_ == "in" and (
        b := idx.mention(h.head, actor=False)) is not None and b.entity.type in ORGS else None


def _under_other_name(mod: Token, d: Token, span, idx: DocIndex) -> bool:
    """A modifier reached through another name ("must exit from Calgary-based Lithium Chile and Zangge Mining Ltd.",
    the parser hanging the first name on the second): it qualifies that name, not the one read."""
    h = mod.head
    while h.i != d.i and h.head.i != h.i:
        if h.i in idx.tok2m and h.i not in range(span.start, span.end):
            return True
        h = h.head
    return _own_qualifier_after(mod, span, idx)


def _own_qualifier_after(mod: Token, span, idx: DocIndex) -> bool:
    """ "Chinese fund Kestrel Capital and U.S. chipmaker Orvane Corp": a nationality before another company's name,
    when a nationality of the name's own stands between that name and this one, is the other company's (not so in
    "Chinese firms Kestrel and Orvane", where nothing qualifies the second name alone)."""
    from ..index import demonym_of
    doc = span.doc
    if mod.i >= span.start:
        return False
    other = [i for i in range(mod.i + 1, span.start) if (a := idx.mention(doc[i], actor=False)) is not None
             and a.entity.type in ORGS]
    return bool(other) and any(demonym_of(t, idx) is not None for t in doc[other[-1] + 1: span.start])


def _poss_elsewhere(c: Token, span, idx: DocIndex) -> bool:
    """A possessive on a name that belongs to something else: the first of coordinated names (_earlier_conjunct), or
    a site the name only qualifies ("Orvane's Eneabba rare earths refinery": the refinery is Orvane's, the material
    no product it develops)."""
    doc = span.doc
    return _earlier_conjunct(c, span.start, idx) or span.end < len(doc) and doc[span.end].lower_ in L.SITE_NOUNS
