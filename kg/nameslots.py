"""Where a text names a body, for the entity repairs in names.py: the slots after a role's 'of', a founding verb
or a seat ('CEO of X', 'founded X', 'based in'), how sure each slot is, the nouns that describe a company and never a
person, and the capitalised words after a role that name a function, not a body. Split from names.py for size."""
from __future__ import annotations

from .namecuts import (LEMMA_ID, LOWER_ID, penalised_slots, tokens_where)


# Nouns that describe a company, never a person: "X, a subsidiary of Y", "X is a software company".
BODY_DESCRIPTIONS = {"subsidiary", "company", "firm", "maker", "manufacturer", "supplier", "provider", "startup",
                     "start-up", "unit", "division", "affiliate", "conglomerate", "corporation", "chipmaker",
                     "carrier", "retailer", "lender", "insurer", "distributor", "vendor", "foundry", "automaker"}


def _described_as_body(e) -> bool:
    """Whether an apposition or the copula describes the name as a company, never said of a person."""
    root = e.root
    if any(c.dep_ == "appos" and c.lemma_.lower() in BODY_DESCRIPTIONS and c.i >= e.end for c in root.children):
        return True
    if root.head.lemma_ != "be" or root.head.i == root.i:
        return False
    if root.dep_ == "nsubj":  # "Kestrel Labs is a software company"
        return any(c.dep_ == "attr" and c.lemma_.lower() in BODY_DESCRIPTIONS for c in root.head.children)
    return root.dep_ == "attr" and any(  # "AWA's parent company is Aisin Seiki"
        c.dep_ == "nsubj" and c.lemma_.lower() in BODY_DESCRIPTIONS for c in root.head.children)


# Nouns that count or describe the parties a measure names, never a name of one ("Seven Entities").
PARTY_NOUNS = BODY_DESCRIPTIONS | {"entity", "individual", "person", "network", "vessel", "front", "people",
                                   "official", "member", "executive", "national", "citizen", "organization"}


# Roles whose "of" names a company or other body: "CEO of Veooz", "founder and chairman of TIAA-CREF".
BODY_ROLES = {"ceo", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder", "owner",
              "officer", "president", "director"}
# Capitalised words after a role's "of" that name a function, not a body: "Vice President of Sales".
FUNCTION_WORDS = {"sales", "marketing", "operations", "engineering", "research", "development", "communications",
                  "finance", "staff", "state", "technology", "strategy", "product", "products", "design", "policy",
                  "board", "directors", "trustees", "governors", "programs", "programming", "content", "news",
                  "studies", "affairs", "security", "investments", "services", "innovation", "science"}


# What a copula says a name is, when only a body is that: "Kestrel Sports Radio Network is a radio network based in"
BE_BODIES = BODY_DESCRIPTIONS | {"brand", "network", "organization", "organisation", "nonprofit", "non-profit",
                                 "charity", "station", "consultancy", "league", "association", "team"}
FOUNDING = {"found", "co-found", "cofound", "establish", "form", "incorporate"}
# Every lemma _body_slots reads a slot at (a word whose lower case is a role too): other words are not visited.
SLOT_LEMMAS = BODY_ROLES | FOUNDING | {"lead", "head", "run", "chair", "set", "join", "be", "own", "control",
                                       "headquarter", "base", "include"}


def _body_slots(doc):
    """Tokens that stand where a text names a body, and how sure the slot is: 'retype' (a one-word name
    NER mistyped may be turned into an organisation), 'any' (a new capitalised name is one), 'marked'
    (only a name with a hyphen or capitals is)."""
    lemmas = tokens_where(doc, LEMMA_ID, SLOT_LEMMAS.__contains__, lower=True)
    roles = tokens_where(doc, LOWER_ID, BODY_ROLES.__contains__)
    for t in sorted({t.i: t for t in (*lemmas, *roles)}.values(), key=lambda t: t.i) if roles else lemmas:
        lemma = t.lemma_.lower()
        if lemma in BODY_ROLES or t.lower_ in BODY_ROLES:  # "the CEO of Veooz"
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
                    for p in prep.children:
                        if p.dep_ == "pobj":  # (a company role's name of two or more proper nouns: "the Chairman
                            # and CEO of Maroc Telecom"; a president or director may head a function or a place)
                            sure = lemma not in ("president", "director") and sum(
                                q.pos_ == "PROPN" and q.is_title for q in p.subtree if q.i <= p.i) >= 2
                            yield p, "any" if sure else "marked", lemma in ("president", "director")
        elif t.tag_ == "VBN" and lemma in FOUNDING and any(c.dep_ == "auxpass" for c in t.children):
            for p in t.children:  # "Keshet Media was established in 2012": only a body is established
                if p.dep_ == "nsubjpass":
                    yield p, "strong", False
        elif t.tag_ == "VBN" and lemma in ("lead", "head", "run", "chair") and any(
                a.dep_ == "agent" and any(o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in a.children)
                for a in t.children):
            subj = [p for p in t.children if p.dep_ == "nsubjpass"]
            if not subj and t.dep_ == "conj":  # "was set up in 2015 and is led by Dana Cole": the first verb's
                subj = [p for p in t.head.children if p.dep_ in ("nsubj", "nsubjpass")]
            for p in subj:  # "Acme Robotics is led by Dana Cole": what a person leads is a body
                yield p, "strong", False
        elif t.pos_ == "VERB" and (lemma in FOUNDING or lemma == "set" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in t.children)):  # "co-founded Force Marketing"
            for p in t.children:
                if p.dep_ == "dobj":
                    yield p, "any", False
        elif t.pos_ == "VERB" and lemma == "join":  # "joined Acme Robotics in 2012"
            for p in t.children:
                if p.dep_ == "dobj":
                    yield p, "marked", True
        elif lemma == "be" and any(c.dep_ == "attr" and (c.lemma_.lower() in BE_BODIES or any(
                a.dep_ == "acl" and a.lemma_.lower() == "headquarter" for a in c.children)) for c in t.children):
            for p in t.children:  # "Marchesa is a fashion brand", "X is a fair organiser headquartered in Milan"
                if p.dep_ == "nsubj":
                    yield p, "any", False
        elif lemma in ("own", "control") and t.tag_ == "VBN" and any(
                c.dep_ == "agent" for v in (t, *t.conjuncts) for c in v.children):
            # "Meridian Polytech is owned by X", "was designated for being owned or controlled by X": only a
            # body is owned (a person is not)
            subj = [p for p in t.children if p.dep_ == "nsubjpass"]
            if not subj and t.dep_ == "pcomp" and t.head.lower_ == "for":
                subj = [p for p in t.head.head.children if p.dep_ == "nsubjpass"]
            for p in subj:
                yield p, "strong", False
        elif lemma == "include" and t.dep_ == "prep" and t.head.tag_ == "NNS" \
                and t.head.lemma_.lower() in BODY_DESCRIPTIONS | {"entity", "business"}:
            for p in t.children:  # "four Chinese companies, including Xiamen Limbach": each example is a body
                if p.dep_ == "pobj":
                    for q in (p, *p.conjuncts):
                        yield q, "listed", True
        elif lemma == "headquarter" and t.tag_ == "VBN":  # "Cole Carbide is headquartered in Warren": a body
            for p in t.children:
                if p.dep_ == "nsubjpass":
                    yield p, "strong", False
        elif lemma == "base" and t.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ in ("in", "out")
                                                          for c in t.children):
            for p in t.children:  # "GlobalWare Solutions is based in Haverhill" (a person may be based somewhere too)
                if p.dep_ == "nsubjpass":
                    yield p, "new", False


def _role_objects(doc, ents: list) -> bool:
    """The body a company role is "of" or a founder founded, whatever NER made of its name: "the CEO
    of Veooz" (NER said a person), "chief executive officer of Sanofi" (NER said a place), "Chief
    Executive Officer of TIAA-CREF", "co-founded Force Marketing" (NER said nothing). Only names the
    gazetteer did not match: one word NER mistyped, or a new name the slot vouches for."""
    from spacy.tokens import Span

    by_token = {i: n for n, e in enumerate(ents) for i in range(e.start, e.end)}
    changed = False
    for p, how, keep_places in [*_body_slots(doc), *penalised_slots(doc)]:
        loose = how != "marked" and p.pos_ == "NOUN" and p.is_title and p.i > p.sent.start
        if p.pos_ != "PROPN" and not loose or p.lower_ in FUNCTION_WORDS:
            continue
        n = by_token.get(p.i)
        if n is not None:
            e = ents[n]
            if not e.ent_id_ and how != "new" and (e.label_ in ("WORK_OF_ART", "FAC") or how == "listed" and len(e) > 1
                                                    and e.label_ in ("NORP", "PRODUCT") or how == "strong"
                                                    and e.label_ in ("PERSON", "NORP") or len(e) == 1 and (
                    e.label_ == "PERSON" and (how != "marked" or p.head.head.lemma_.lower() in BODY_ROLES)
                    or e.label_ == "GPE" and not keep_places)):
                ents[n] = Span(doc, e.start, e.end, label="ORG")
                changed = True
            continue
        start = p.i
        while start > 0 and start - 1 not in by_token and doc[start - 1].head.i in (p.i, start) and (
                doc[start - 1].pos_ == "PROPN" or doc[start - 1].text in ("-", "&")
                or (loose or how == "strong") and doc[start - 1].is_title and doc[start - 1].pos_ in ("NOUN", "ADJ")
                and not doc[start - 1].is_sent_start):  # "Parent DPI Specialty Foods is controlled by": a common noun
            start -= 1
        if loose and not any(t.pos_ == "PROPN" or any(c.isupper() for c in t.text[1:]) for t in doc[start:p.i + 1]):
            continue  # "Researchers are based in ...": a capitalised common noun alone is no name
        known = ents[by_token[start - 1]] if start > 0 and start - 1 in by_token else None
        if how == "listed" and (p.lemma_.lower() in PARTY_NOUNS or any(
                c.dep_ in ("nummod", "compound") and (c.like_num or c.ent_type_ == "CARDINAL") for c in p.children)):
            continue  # "Commerce Adds Seven Entities to the Entity List": a count of parties, no name
        if known is not None and (known.label_ == "ORG" or how == "listed" and known.label_ == "GPE") \
                and doc[start - 1].head.i == p.i and p.pos_ == "PROPN":  # "Tehran Aviation Parts was sanctioned"
            # "Verizon Wireless is headquartered in": a known company's unit, one name
            ents.remove(known)
            by_token = {i: n for n, e in enumerate(ents) for i in range(e.start, e.end)}
            start = known.start
            ents.append(Span(doc, start, p.i + 1, label="ORG"))
            by_token.update({t.i: len(ents) - 1 for t in doc[start:p.i + 1]})
            changed = True
            continue
        name = doc[start:p.i + 1]
        if how == "strong" and start > 0 and doc[start - 1].tag_ == "POS":
            continue  # "Bob's Coins was founded": the possessive is part of a name we cannot bound
        if name[0].is_punct or len(name) > 5 or any(t.lower_ in FUNCTION_WORDS for t in name) \
                or not all(t.text[:1].isupper() or not t.is_alpha for t in name):
            continue
        marked = "-" in name.text or any(t.is_upper and sum(c.isalpha() for c in t.text) >= 2 for t in name)
        if marked or how in ("any", "strong", "new", "listed"):
            ents.append(Span(doc, start, p.i + 1, label="ORG"))  # "TIAA-CREF", "Force Marketing"
            by_token.update({t.i: len(ents) - 1 for t in name})
            changed = True
    return changed
