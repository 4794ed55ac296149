"""Mentions NER misses or gets wrong, found before the rules read a Doc (kg/extract/index.py DocIndex.build calls
find_spans): a department named by its subject ("the Commerce Department"), a body named with its country, names
with a generation or a version, surnames of people named before, described government bodies, products named
before product nouns, portfolio actors and classed or described names; and a place's demonym ("Chinese")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .index import DocIndex

from ..gazetteer import Gazetteer
from ..models import Entity
from . import lexicon as L
from .kinds import ORGS
from .mentions import Resolved
from .ownedbodies import owned_bodies


def find_spans(doc, idx: "DocIndex") -> list:
    """The Doc's mentions: NER's entities the gazetteer resolves (a department named by its subject, a body named
    with its country, a generation or version on a name), then the mentions NER missed, each kind where no earlier
    one covers the tokens."""
    gaz = idx.gaz
    spans = []
    for ent in idx.ents_of(doc):  # doc.ents made once (DocIndex.build)
        if ent.label_ not in KEEP or _junk(ent, gaz):
            continue
        if (dept := _department_for(ent, idx)) is not None:
            spans.append(dept)
            continue
        res = idx.resolver.resolve(_with_generation(ent), _based_label(ent), ent.ent_id_,
                                   countries=lambda ent=ent: countries_near(ent, idx), fresh=_unit_named(ent, idx))
        if res is not None and res.entry is None and ent.label_ == "ORG":
            res = _with_country(ent, idx) or _as_department(ent, idx) or res
        if res is not None:
            spans.append((ent, res))
    spans = [_with_version(ent, res, idx) for ent, res in spans]
    covered = {i for ent, _ in spans for i in range(ent.start, ent.end)}
    spans += _surnames(doc, spans, covered)
    covered = {i for ent, _ in spans for i in range(ent.start, ent.end)}
    spans += _described_bodies(doc, idx, covered, spans)
    covered = {i for ent, _ in spans for i in range(ent.start, ent.end)}
    spans += owned_bodies(doc, idx, spans, covered)  # "its trade ministry": a state's body
    covered = {i for ent, _ in spans for i in range(ent.start, ent.end)}
    spans += _named_products(doc, idx, covered)
    covered = {i for ent, _ in spans for i in range(ent.start, ent.end)}
    spans += _portfolio_actors(doc, idx, covered)
    covered = {i for ent, _ in spans for i in range(ent.start, ent.end)}
    spans += _heading_departments(doc, idx, covered)
    covered = {i for ent, _ in spans for i in range(ent.start, ent.end)}
    spans += _classed_names(doc, idx, covered)
    return spans


def _unit_named(ent, idx: "DocIndex") -> bool:
    """ "Royal Dorwick Asset Management is a subsidiary of Royal Dorwick": a company's name that begins a longer
    company name the same sentence gave before it is another company (its parent), not a short form."""
    if ent.label_ != "ORG":
        return False
    words = [t.lower_ for t in ent if t.dep_ != "det"]
    return any(e.label_ == "ORG" and e.end <= ent.start and len(e) > len(words)
               and [t.lower_ for t in e if t.dep_ != "det"][:len(words)] == words for e in idx.span_ents(ent.sent))


# ---------------------------------------------------------------- mentions NER misses

KEEP = {"ORG", "GPE", "LOC", "PERSON", "PRODUCT", "EVENT", "LAW", "FAC"}


def _based_label(ent) -> str:
    """ "Scotland-based DataVita": a one-word name a "<place>-based" modifier describes directly is a
    body's, whatever NER took it for; a full name stays a person's ("London-based Mara Lind")."""
    if ent.label_ == "PRODUCT" and ent.start > 0 and (cls := ent.doc[ent.start - 1]).pos_ == "NOUN" \
            and cls.lemma_.lower() in L.COMPANY_CLASS_WORDS and (cls.head.i == ent.root.i or ent.root.head.i == cls.i) \
            and not any(c.dep_ == "poss" for c in cls.children):
        return "ORG"  # "Israeli vehicle-communications chipmaker Autotalks": a company class noun names a company
    if ent.label_ != "PERSON" or len(ent) != 1:
        return ent.label_
    based = [c for c in ent.root.lefts if c.dep_ == "amod" and c.lower_ in ("based", "headquartered")
             and any(h.text == "-" for h in c.children)]
    return "ORG" if based else ent.label_


def generation_at(ent) -> int | None:
    """ "Paul R. Danvers, Jr.": the index of a generational suffix after a person's name (part of the name: it tells
    father from son; NER ends the name before the comma)."""
    doc, i = ent.doc, ent.end + (ent.end < len(ent.doc) and ent.doc[ent.end].text == ",")
    if ent.label_ != "PERSON" or i >= len(doc) or doc[i].text.rstrip(".") not in ("Jr", "Sr") or doc[i].ent_type_:
        return None
    return i


def _with_generation(ent) -> str:
    """The name with its suffix; the span stays as NER cut it (rules read its last word), and the suffix's token
    is the person's too (a role the parser hung on it: "Paul R. Danvers, Jr., chief executive of ...")."""
    i = generation_at(ent)
    return ent.text if i is None else ent.doc[ent.start:i + 1].text


def _title_words(ent) -> bool:
    """ "National Director", "Managing and Artistic Director": qualifiers of the role noun after them, not a name."""
    doc = ent.doc
    return ent[0].lower_ in L.ROLE_QUALIFIERS and all(t.lower_ in L.ROLE_QUALIFIERS or t.lower_ in ("and", "&") for t in ent) \
        and ent.end < len(doc) and (doc[ent.end].lower_ in L.ROLES or doc[ent.end].lower_ == "and")


def _junk(ent, gaz: Gazetteer) -> bool:
    if ent.ent_id_:
        return False
    text = ent.text.strip()
    if text.lower().strip(".") in L.NOT_NAMES:
        return True
    if ent.label_ == "ORG" and ent[0].lower_ == "state" and ent.start >= 2 and ent.doc[ent.start - 1].lower_ == "of" \
            and ent.doc[ent.start - 2].lower_ in ("minister", "ministers"):
        return True  # "Minister of State for Electronics": a junior minister's rank, not the U.S. Department of State
    if ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in ("district", "circuit") and ent.end < len(ent.doc) \
            and ent.doc[ent.end].lower_ == "of":
        return True  # "the U.S. District Court for the District of Delaware": a court's district, no body
    if ent.label_ == "ORG" and ent.root.lower_ == "board" and text.lower().removeprefix("the ") in L.GENERIC_BOARDS:
        return True  # "sits on the Board of Directors": every body has one; it names none
    if ent.label_ == "ORG" and (text.lower() in L.BUSINESS_FUNCTIONS or _title_words(ent)):
        return True  # "National Director", "Managing and Artistic Director", "Director for Business Development"
    if ent.label_ in ("PERSON", "ORG") and gaz.demonym(text) is not None and gaz.lookup(text) is None:
        return True  # "Guatemalan" tagged as an organisation is a nationality
    if ent.label_ in ("PERSON", "ORG", "GPE", "LOC") and not any(ch.isupper() for ch in text):
        return True  # "doesn", "producer", "capitol": NER's lower-case guesses name no one
    if len(ent) == 1 and ent[0].tag_ == "NNS" and text.isupper() and len(text) > 4 and gaz.lookup(text) is None:
        return True  # "INDIVIDUALS AND ENTITIES DESIGNATED BY ...": a plural common noun in a heading's capitals
    if ent.label_ == "ORG" and ent.root.tag_ == "NNPS" and gaz.lookup(text) is None and any(
            c.dep_ == "nummod" and c.i < ent.start for c in ent.root.children):
        return True  # "three Russian Airlines – A, B, and C –": a counted group described, not a name
    if ent.label_ == "ORG" and _plural_of(ent.root.lower_, L.LISTED_PARTY_NOUNS) and gaz.lookup(text) is None and all(
            t.i == ent.root.i or t.lower_ in L.GROUP_QUALIFIERS or gaz.demonym(t.text) is not None for t in ent):
        return True  # "United States Adds Foreign Companies to Entity List": a headline's class of parties, no name
    # a one-word unknown name modifying "lab", "company", "industry" ("a Hong Kong-listed ML lab")
    # describes a kind, not a named body; before "spokesman" or "employee" it names the employer
    head = ent.root.head
    return (ent.label_ == "ORG" and len(ent) == 1 and ent.root.dep_ == "compound"
            and head.lemma_.lower() in L.ORG_ANAPHORS | {"industry", "sector", "market", "startup"}
            and gaz.lookup(text) is None and not (  # "the smaller Rollei company": that company, named
                text.istitle() and head.lemma_.lower() in L.NAMED_BODY_NOUNS
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)))


def _plural_of(word: str, nouns) -> bool:
    """ "companies", "entities", "firms": the plural of one of the nouns."""
    return word.endswith("ies") and word[:-3] + "y" in nouns or word.endswith("s") and word[:-1] in nouns


_VERSION = re.compile(r"^[A-Z]\d+(\.\d+)?[a-z]?$")  # "Kimi K2", "DeepSeek V3", "Mistral 7B" is a size, not this


def _with_version(ent, res: Resolved, idx: "DocIndex"):
    """ "Claude 3", "Llama 3.1": a product name followed by a version number names that version."""
    doc = ent.doc
    if res.entity.type != "Product" or ent.end >= len(doc) \
            or not (doc[ent.end].like_num or _VERSION.match(doc[ent.end].text)) \
            or doc[ent.end].ent_type_ not in ("", "CARDINAL", "PRODUCT"):
        return ent, res
    span = doc[ent.start: ent.end + 1]
    return span, idx.resolver.resolve(span.text, "PRODUCT") or res


def _country_modifier(tok: Token, idx: "DocIndex"):
    for c in tok.lefts:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and (e := demonym_of(c, idx)) is not None:
            return c, e
    return None


DEPARTMENT_FORMS = ("Department of {}", "Department of the {}", "{} Department", "Ministry of {}",
                    "Ministry of the {}", "{} Ministry")


def department_entry(gaz: Gazetteer, base: str):
    """The government department named by its portfolio: "Commerce" in "Commerce Secretary" or
    "Commerce said", "the Treasury", "Defense" (the gazetteer knows "Department of Commerce")."""
    for form in DEPARTMENT_FORMS:
        entry = gaz.lookup(form.format(base))
        if entry is not None and entry.type == "GovernmentBody":
            return entry
    return None


def _as_department(ent, idx: "DocIndex") -> Resolved | None:
    """An unknown one-word organisation that is a department's portfolio: "Commerce", "Treasury"."""
    if len(ent) == 2 and ent[0].text.replace(".", "").upper() == "US":
        ent = ent[1:]  # "U.S. Commerce Secretary X": NER's "U.S. Commerce" is the U.S. department
    if len(ent) != 1 or not ent.text[:1].isupper():
        return None
    entry = department_entry(idx.gaz, ent.text)
    return idx.resolver.from_entry(entry) if entry is not None else None


def _department_for(ent, idx: "DocIndex"):
    """ "Under Secretary of Commerce for Industry and Security": NER's "Commerce for Industry and
    Security" is the department, and what follows "for" the title's portfolio, not a body."""
    if ent.label_ != "ORG" or ent.ent_id_ or len(ent) < 3 or ent[1].lower_ != "for" \
            or idx.gaz.lookup(ent.text) is not None:
        return None
    entry = department_entry(idx.gaz, ent[0].text)
    return (ent[:1], idx.resolver.from_entry(entry)) if entry is not None else None


def _surnames(doc, spans: list, covered: set[int]) -> list:
    """A surname NER missed after the full name ("Alan Estevez ... Under Secretary Estevez said"):
    the same person, when only one person of the article has that surname."""
    people: dict[str, tuple[int, Resolved] | None] = {}
    for ent, res in spans:
        if res.entity.type == "Person" and len(ent) > 1:
            last = ent[-1].text
            if last not in people:
                people[last] = (ent.start, res)
            elif people[last] is not None and people[last][1].entity.iri != res.entity.iri:
                people[last] = None  # two people of the article share it
    people = {k: v for k, v in people.items() if v is not None}
    if not people:
        return []
    from spacy.attrs import ORTH, POS
    from spacy.symbols import PROPN

    by_orth = {doc.vocab.strings.add(k): v for k, v in people.items()}
    out = []
    for i, (orth, pos) in enumerate(doc.to_array([ORTH, POS]).tolist()):  # no Token object per word
        hit = by_orth.get(orth) if pos == PROPN and i not in covered else None
        if hit is not None and hit[0] < i:
            out.append((doc[i: i + 1], hit[1]))
    return out


def countries_near(ent, idx: "DocIndex") -> dict[str, int]:
    """The countries a text names, by canonical name, weighted 2 in the sentence of `ent` and 1
    elsewhere: by name, by a city standing for or lying in one, by a nationality ("Russian")."""
    if (whole := idx.cache.get("countries")) is None:
        whole = idx.cache["countries"] = [(t.i, c) for t in idx.tokens if (c := _country_named(t, idx.gaz))]
    sent = ent.sent
    out: dict[str, int] = {}
    for i, c in whole:
        if ent.start <= i < ent.end:
            continue  # the name itself, read as one of the entries, says nothing of which
        out[c] = max(out.get(c, 0), 2 if sent.start <= i < sent.end else 1)
    return out


def _country_named(tok, gaz: Gazetteer) -> str | None:
    if tok.ent_id_ and (e := gaz.entries.get(tok.ent_id_)) is not None:
        if e.type == "Country":
            return e.name
        for ref in (e.metonym_for, e.part_of, e.country):
            if ref and (c := gaz.entries.get(ref)) is not None and c.type == "Country":
                return c.name
        return None
    if tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper() and (e := gaz.demonym(tok.text)) is not None:
        return e.name
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


def _described_bodies(doc, idx: "DocIndex", covered: set[int], named: list = ()) -> list:
    """Lower-case descriptions of government bodies: "the Chinese foreign ministry"; under a named owner's
    possessive, the gazetteer's descriptions ("the EU's executive arm": the European Commission, the EU a name)."""
    out = []
    bodies = L.GOV_ANAPHORS | {"ministry"} | idx.gaz.described_heads()  # once an article, not once a word
    for tok in idx.tokens or doc:
        if tok.i in covered or not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower) \
                or tok.lemma_.lower() not in bodies:
            continue
        i = tok.i
        while i > 0 and doc[i - 1].i not in covered and (
                doc[i - 1].pos_ in ("ADJ", "PROPN", "NOUN") and doc[i - 1].dep_ in ("amod", "compound", "nmod", "poss")
                or doc[i - 1].dep_ == "case"):
            i -= 1
        owner = holder = None  # "China's foreign ministry": the country is already a mention of its own
        if i > 0 and doc[i].dep_ == "case" and doc[i - 1].i in covered:
            owner = demonym_of(doc[i - 1], idx)
            holder = next((r.entity.label for e, r in named if e.start <= i - 1 < e.end), None)
        for start in range(i, tok.i + 1):  # longest description first
            span = doc[start: tok.i + 1]
            if span[0].dep_ == "case":
                continue
            forms = [span.text]
            if owner is not None and start == i + (doc[i].dep_ == "case"):
                forms += [f"{span.text} of {owner.label}", f"{owner.label}'s {span.text}", f"{owner.label} {span.text}"]
            if (country := demonym_of(span[0], idx)) is not None and len(span) > 1:
                rest = span[1:].text.removeprefix("'s").strip() if span[1].dep_ != "case" else span[2:].text
                forms += [f"{rest} of {country.label}", f"{country.label}'s {rest}", f"{country.label} {rest}"]
            entry = next((e for f in forms if (e := idx.gaz.lookup(f)) is not None), None) or (
                idx.gaz.described_as(holder, span.text) if holder and start == i + 1 else None)
            if entry is not None and entry.type == "GovernmentBody":
                out.append((span, idx.resolver.from_entry(entry)))
                break
    return out


def _agency_line_parent(tok) -> bool:
    """A Federal Register AGENCY line, "AGENCY: Bureau of Industry and Security, Commerce.": the portfolio word after
    the unit's name and a comma, ending the line, is the unit's department."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "," and doc[tok.i - 2].ent_type_ == "ORG" \
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].text == ".") \
        and (any(t.text == "AGENCY" for t in doc[max(0, tok.i - 14): tok.i - 2])
             or tok.i + 2 < len(doc) and doc[tok.i + 2].text == "ACTION")  # the label displaced: "..., Commerce. ACTION:"


def _portfolio_actors(doc, idx: "DocIndex", covered: set[int]) -> list:
    """A department named by its portfolio alone as the one acting, where NER tagged nothing:
    "Commerce added Huawei to the Entity List", "State is imposing visa restrictions",
    "Commerce Implements New Export Controls" (a headline). Only as a clause's subject or a
    possessor, never as a modifier ("State officials", "Commerce Secretary") or after "the"."""
    out = []
    for tok in idx.tokens or doc:
        if tok.i in covered or not tok.is_title or tok.lower_ not in L.PORTFOLIOS or tok.pos_ not in ("PROPN", "NOUN") \
                or tok.dep_ not in ("nsubj", "nsubjpass", "poss") and not _agency_line_parent(tok) \
                or any(c.dep_ == "det" for c in tok.children):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN" \
                and doc[tok.i + 1].dep_ != "ROOT":
            continue  # "State Grid", "Commerce Bank": the portfolio word opens another name
        entry = department_entry(idx.gaz, tok.text)
        if entry is not None:
            out.append((doc[tok.i: tok.i + 1], idx.resolver.from_entry(entry)))
    return out


def _named_products(doc, idx: "DocIndex", covered: set[int]) -> list:
    """Proper names before a product noun: "Huawei's Ascend chips", "its Hunyuan model"."""
    out = []
    for tok in idx.tokens or doc:
        if tok.i in covered or tok.pos_ != "NOUN" or tok.lower_ not in L.PRODUCT_NOUNS:
            continue
        names = []
        for c in reversed(list(tok.lefts)):
            if c.dep_ in ("compound", "nmod", "nummod") and c.pos_ in ("PROPN", "NUM") and c.i not in covered \
                    and c.i == (names[0].i if names else tok.i) - 1:
                names.insert(0, c)
            else:
                break
        if not names or names[0].pos_ != "PROPN" or names[0].lower_ in L.NOT_NAMES:
            continue
        span = doc[names[0].i: names[-1].i + 1]
        res = idx.resolver.resolve(span.text, "PRODUCT")
        if res is not None and res.entity.type == "Product":
            out.append((span, res))
    return out


def _classed_names(doc, idx: "DocIndex", covered: set[int]) -> list:
    """A proper name NER did not tag, right after a company class noun ("computer-memory company Netlist"),
    and the same name alone later in the article ("Netlist sued Micron")."""
    out, names = [], {}
    for span, name in _described_names(doc, idx, covered):
        res = idx.resolver.resolve(name, "ORG")
        if res is not None and res.entity.type in ORGS:
            out.append((span, res))
            names[span.text] = res
            covered = covered | set(range(span.start, span.end))
    for tok in idx.tokens or doc:
        if tok.i in covered or tok.pos_ != "PROPN" or tok.ent_type_ or tok.i == 0 or tok.is_lower \
                or doc[tok.i - 1].lemma_.lower() not in L.COMPANY_CLASS_WORDS or doc[tok.i - 1].pos_ != "NOUN" \
                or not (doc[tok.i - 1].head.i == tok.i or tok.head.i == tok.i - 1 and tok.dep_ == "appos") \
                or tok.lower_ in L.NOT_NAMES:
            continue
        end = tok.i + 1  # "the chip firm Kestrix Labs": the name runs on through untagged proper nouns
        while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and end not in covered:
            end += 1
        span = doc[tok.i: end]
        res = idx.resolver.resolve(span.text, "ORG")
        if res is not None and res.entity.type in ORGS:
            out.append((span, res))
            names[span.text] = res
    if names:
        taken = {i for s, _ in out for i in range(s.start, s.end)} | covered
        for tok in idx.tokens or doc:
            for text, res in names.items():
                n = len(text.split())
                span = doc[tok.i: tok.i + n]
                if span.text == text and tok.i not in taken and tok.pos_ == "PROPN" and not tok.ent_type_ \
                        and all(t.i not in taken for t in span):
                    out.append((span, res))
                    taken |= set(range(span.start, span.end))
    return out


_DESCRIBING = frozenset(L.COMPANY_CLASS_WORDS) | {"airline", "carrier", "conglomerate", "corporation", "distributor",
                                                  "exporter", "operator", "producer", "retailer", "vendor"}


def _described_names(doc, idx: "DocIndex", covered: set[int]) -> list:
    """A proper name NER did not tag, described right after it as a company: "Kestrel Air, an airline based in
    Tehran", "Orvane Ltd, a distributor of electronics" (the description is the name's apposition)."""
    out = []
    for noun in idx.tokens or doc:
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _DESCRIBING \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.lefts):
            continue
        last = noun.head
        if last.i + 1 >= len(doc) or doc[last.i + 1].text != "," or noun.left_edge.i != last.i + 2:
            continue
        start = last.i
        while start >= 0 and doc[start].pos_ == "PROPN" and not doc[start].ent_type_ and start not in covered \
                and doc[start].text[:1].isupper():
            start -= 1
        if start + 1 > last.i or start >= 0 and doc[start].pos_ == "PROPN" or doc[start + 1].lower_ in L.NOT_NAMES:
            continue
        span = doc[start + 1: last.i + 1]
        # "the operator of By Trade OU, an Estonia-based company": no preposition follows "of"; the capitalised one is the
        # name's first word (the span keeps its head word, which the description hangs on)
        lead = doc[start] if start > 0 and doc[start].pos_ == "ADP" and doc[start].is_title \
            and doc[start - 1].pos_ == "ADP" and start not in covered else None
        out.append((span, span.text if lead is None else f"{lead.text} {span.text}"))
    return out


def demonym_of(tok: Token, idx: DocIndex) -> Entity | None:
    """A nationality word or country name used as a modifier: Chinese, Dutch, U.S., Taiwan's. Not a sport's
    name: "an American football team", "a Canadian football league"."""
    if tok.lower_ in ("american", "canadian") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "football":
        return None
    if tok.ent_type_ in ("NORP", "GPE") or tok.pos_ in ("ADJ", "PROPN"):
        ent = next((e.text for e in idx.ents_of(tok.doc) if e.end - 1 == tok.i and e.label_ == "NORP" and len(e) > 1), None)
        for text in (*([ent] if ent else []), tok.text, _compound_text(tok)):  # "North Korean": the whole name first
            entry = idx.gaz.demonym(text)
            if entry is None and (e := idx.gaz.lookup(text)) is not None and e.type == "Country":
                entry = e
            if entry:
                return idx.resolver.entity_of(entry)
        m = idx.mention(tok, actor=False)  # a city before a name ("Tokyo MAINICHI") is not a nationality
        if m and m.entity.type == "Country":
            return m.entity
    return None


def _compound_text(tok: Token) -> str:
    left = [c for c in tok.lefts if c.dep_ == "compound"]
    return " ".join(t.text for t in (*left, tok))


def _heading_departments(doc, idx: "DocIndex", covered: set[int]) -> list:
    """A Federal Register heading's department in capitals, which NER leaves untagged: "DEPARTMENT OF COMMERCE Bureau
    of Industry and Security 15 CFR Part 744", "DEPARTMENT OF THE TREASURY" (the gazetteer knows the department)."""
    out = []
    for tok in idx.tokens or doc:
        if tok.text != "DEPARTMENT" or tok.i in covered or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "OF":
            continue
        end = tok.i + (3 if doc[tok.i + 2].text == "THE" else 2)
        if end >= len(doc) or not doc[end].is_upper or doc[end].i in covered:
            continue
        entry = department_entry(idx.gaz, doc[end].text.title())
        if entry is not None:
            out.append((doc[tok.i: end + 1], idx.resolver.from_entry(entry)))
    return out
