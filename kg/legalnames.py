"""Company names as registers and releases write them, which NER cuts: a bracketed place inside a legal
name ("Dahua Technology (Hong Kong) Limited"), a legal form NER named alone ("H. J. Kalikow & Company,
LLC"), a country's short name at the end ("China Mobile International USA"). Each repair takes the
document and its list of entity spans, changes the list in place and says whether it did (kg/names.py
runs them in order)."""
from __future__ import annotations

from .namecuts import LEGAL_FORMS


def parenthesised_names(doc, ents: list) -> bool:
    """ "Dahua Technology (Hong Kong) Limited", "China Telecom (Americas) Corp": a place or region in
    brackets inside a company's legal name; NER cut the name at the bracket. The name runs on through
    the legal form after the bracket (whatever NER took the name's first part for)."""
    from spacy.tokens import Span

    changed = False
    for n in range(len(ents) - 1, -1, -1):
        e = ents[n]
        i = e.end
        if e.label_ not in ("ORG", "PERSON", "PRODUCT", "FAC", "NORP") or i + 3 >= len(doc) or doc[i].text != "(":
            continue
        close = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text == ")"), None)
        if close is None or not all(t.text[:1].isupper() for t in doc[i + 1: close]):
            continue
        end = close + 1
        while end < len(doc) and (doc[end].lower_.rstrip(".") in LEGAL_FORMS | {"company"}
                                  or doc[end].text == "," and end + 1 < len(doc)
                                  and doc[end + 1].lower_.rstrip(".") in LEGAL_FORMS):
            end += 1
        if end == close + 1:
            continue  # "Huawei (China)" alone, or an aside in brackets
        ents[:] = [x for x in ents if x.end <= e.start or x.start >= end] + [Span(doc, e.start, end, label="ORG")]
        ents.sort(key=lambda x: x.start)
        changed = True
    return changed


# Legal forms of several words written after a name and a comma: "Molecular Electronics Research
# Institute, Joint Stock Company".
LONG_LEGAL_FORMS = {"joint stock company", "public joint stock company", "closed joint stock company",
                    "open joint stock company", "limited liability company"}


def legal_form_alone(doc, ents: list) -> bool:
    """ "H. J. Kalikow & Company, LLC", "Bethesda Game Studios Dallas LLC": NER named the legal form
    on its own; it ends the name before it (with the comma, or with a place NER cut out between)."""
    from spacy.tokens import Span

    changed = False
    for n in range(len(ents) - 1, 0, -1):
        e = ents[n]
        if e.ent_id_ or e.label_ != "ORG" or not (len(e) == 1 and e[0].lower_.replace(".", "") in LEGAL_FORMS
                                                   or e.text.lower() in LONG_LEGAL_FORMS):
            continue  # "LLC", "Ltd.", "L.L.C."
        k = n - 1
        if ents[k].label_ in ("GPE", "LOC") and ents[k].end == e.start and len(ents[k]) <= 2 and k > 0:
            k -= 1  # "Studios Dallas LLC": the place is the unit's, inside the name
        head = ents[k]
        gap = doc[head.end: ents[k + 1].start] if k + 1 < n else doc[head.end: e.start]
        if head.label_ not in ("ORG", "PERSON") or not _comma_gap(gap) or k + 1 < n and ents[k + 1].start != head.end:
            continue  # (NER may take the name before the form for a person's: "Selvane Broadband, LLC")
        if head.ent_id_:  # "Advanced Micro Devices, Inc": the gazetteer's name stays; the form is no name of its own
            del ents[n]
        else:
            ents[k:n + 1] = [Span(doc, head.start, e.end, label="ORG")]
        changed = True
    return changed


def _comma_gap(gap) -> bool:
    """Nothing, a comma, or a short form's stop and a comma ("Kestrel Garment CO., Ltd") between a name and its form."""
    return [t.text for t in gap] in ([], [","], [".", ","])


# A country's short name written as the last word of a company's name: "China Mobile International USA",
# "Huawei Device USA", "ZTE Americas".
COUNTRY_TAILS = {"usa", "us", "america", "americas", "uk", "europe"}


# Titles a company's national unit may head ("Microsoft Japan president X").
UNIT_TITLES = {"president", "chief", "ceo", "head", "chairman", "chairwoman", "director", "managing", "md"}


def country_units(doc, ents: list) -> bool:
    """ "China Mobile International USA": NER read the last word as the country; a company name with no
    punctuation before the country's short name is one name (the company's national unit)."""
    from spacy.tokens import Span

    changed = False
    for n in range(len(ents) - 2, -1, -1):
        e, g = ents[n], ents[n + 1]
        if e.label_ == "ORG" and g.label_ in ("GPE", "LOC", "ORG") and g.start == e.end and len(g) == 1 \
                and g[0].lower_.replace(".", "") in COUNTRY_TAILS and not g[0].is_lower and len(e) >= 2:
            ents[n:n + 2] = [Span(doc, e.start, g.end, label="ORG")]
            changed = True
        elif e.label_ in ("ORG", "PRODUCT") and g.label_ in ("GPE", "LOC") and g.start == e.end and len(g) <= 3 \
                and (len(g) == 1 and g.label_ == "GPE" or e.id_ and all(t.is_title for t in g if t.is_alpha)) \
                and e.root.dep_ == "compound" and e.root.head.i == g[-1].i \
                and (g[-1].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
                     or e.id_ and len(g) == 1 and g[0].dep_ == "compound" and g[0].head.lower_ in UNIT_TITLES):
            # "Microsoft China used its WeChat account", "Microsoft Azure China, operated as a joint venture":
            # the country heads the phrase, so the company is its modifier: the company's unit there
            # ("Nvidia China sales": the country only qualifies "sales"); "Google Asia Pacific", a company the
            # gazetteer knows before a region's name of two words, is its unit there too; so is a known company
            # with a country before a title ("Microsoft Japan president Miki Tsusaka")
            ents[n:n + 2] = [Span(doc, e.start, g.end, label="ORG")]
            changed = True
    return changed


# The head nouns of a public body that a place's name may qualify ("the Marion County Council").
PLACE_BODY_HEADS = {"council", "commission", "assembly", "senate", "legislature", "board", "court", "parliament",
                    "police", "department", "ministry", "authority", "agency"}


def place_bodies(doc, ents: list) -> bool:
    """ "the District of Columbia Council", "the District of Columbia Board of Education": NER named
    the place and left the body's head noun outside the name; the place qualifies that noun (the parse
    hangs it there), so the name is the body's, an organisation, through an "of" phrase after the head."""
    from spacy.tokens import Span

    changed = False
    taken = {i for e in ents for i in range(e.start, e.end)}
    for n, e in enumerate(ents):
        j = e.end
        if e.label_ != "GPE" or j >= len(doc) or j in taken or not doc[j].is_title \
                or doc[j].lower_ not in PLACE_BODY_HEADS or e.root.head.i != j:
            continue
        end = j + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title and end + 1 not in taken:
            end += 2  # "Board of Education"
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end not in taken:
                end += 1
        ents[n] = Span(doc, e.start, end, label="ORG")
        changed = True
    return changed


# The last words of one body's or company's name that may join two words with "and" ("the Post and Telecom
# Authority", "Tata Semiconductor Assembly and Test Pvt. Ltd").
JOINED_HEADS = {"authority", "commission", "agency", "ministry", "board", "administration", "bureau", "office",
                "ltd", "limited", "inc", "corp", "corporation", "llc", "plc", "co"}
COURT_HEADS = {"court", "tribunal"}


def joined_names(doc, ents: list) -> bool:
    """ "the Post and Telecom Authority (PTS)", "Tata Semiconductor Assembly and Test Pvt. Ltd": NER cut one name
    at its "and" into two. The second part ends as a body or a company ends and the gazetteer does not know
    it, and the name shows it is one: its acronym follows in brackets, or capitalised words NER left out stand
    between the first part and the "and" (two names of a list meet at the "and": "Kestrel Labs and Orvane Ltd")."""
    from spacy.tokens import Span

    changed = False
    for n in range(len(ents) - 2, -1, -1):
        e, g = ents[n], ents[n + 1]
        court = g[-1].lower_ in COURT_HEADS  # "Taiwan's Intellectual Property and Commercial Court"
        if e.label_ != "ORG" or g.label_ != "ORG" or g.id_ or g[-1].lower_.rstrip(".") not in JOINED_HEADS and not court:
            continue
        cc = g.start - 1
        if cc < e.end or doc[cc].lower_ != "and" or cc - e.end > 2:
            continue
        gap = doc[e.end: cc]
        acronym = g.end + 2 < len(doc) and doc[g.end].text == "(" and doc[g.end + 1].is_upper \
            and doc[g.end + 2].text == ")" and len(gap) == 0 and not e.id_
        # (a court's field joined to its kind: the first part is bare capitalised words, no name of its own)
        field = court and not gap and not e.id_ and all(t.is_title and t.is_alpha and t.lower_ not in JOINED_HEADS
                                                        for t in e if t.lower_ != "the")
        if not (acronym or field or len(gap) and all(t.is_title and t.is_alpha and not t.ent_type_ for t in gap)):
            continue
        ents[n:n + 2] = [Span(doc, e.start, g.end, label="ORG")]
        changed = True
    return changed


# Nouns of a site or a unit that an acronym before them classifies ("an ATMP unit", "a DRAM fab").
CLASSED_SITES = {"unit", "plant", "fab", "factory", "facility", "line", "site", "centre", "center"}


def classing_acronyms(doc, ents: list) -> bool:
    """ "will set up an ATMP unit in Assam", "its ATMP unit": an acronym the gazetteer does not know, between "a"/"an" and a
    site's noun, says what kind of site it is (assembly and test); NER took it for a company."""
    kept = [e for e in ents if not (
        e.label_ == "ORG" and not e.id_ and len(e) == 1 and e[0].is_upper and len(e[0].text) >= 3
        and e[0].dep_ in ("compound", "nmod", "amod") and e[0].head.i == e.end and e[0].head.lower_ in CLASSED_SITES
        and any(c.dep_ in ("det", "poss") and c.lower_ in ("a", "an", "its", "their") for c in e[0].head.children))]
    if len(kept) == len(ents):
        return False
    ents[:] = kept
    return True
