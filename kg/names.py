"""Repairs of the statistical NER before the rules read a Doc: labels that the words of a name or
its context contradict ("Cameron Parish" is a place, "Harrington, a professor" a person), names NER
cut or missed where the text vouches for them ("the CEO of Veooz", "AT&T Mobility LLC", "X is
headquartered in"), and places a longer organisation name swallows. Names the gazetteer matched are
left alone. Run as pipeline components (kg/nlp.py registers them); part of the extractor, so a change
here re-extracts the corpus (kg.build.extractor_files)."""
from __future__ import annotations

from .bionames import (adjective_names, class_plurals, first_names, honours_and_fields, lone_titles, named_chairs,
                       nicknames, royal_names, shop_names, surname_subjects, untagged_bodies)
from .legalnames import (classing_acronyms, country_units, joined_names, legal_form_alone, parenthesised_names,
                         place_bodies)
from .namecuts import (LEGAL_ENDINGS, LOWER_ID, ORTH_ID, detached_tail, left_compounds, listed_names, paired_names,
                       people_after_titles, titles_as_bodies, tokens_where, trim_edges)
from .namenews import (capital_runs, news_names, opening_descriptions, paired_trade_names, short_forms, state_lines,
                       trade_names)
from .nameslots import (
    BODY_ROLES, _described_as_body,
    _role_objects,
)
from .nametitles import (
    BODY_HEADS, ORG_WORDS, PLACE_BODIES, RANKS, TITLE_ENDS, TITLE_WORDS, _no_bodies, _person_at, _person_titles,
    _title_holders, chamber_panels, remit_tails, titled_fronts,
)


PLACE_LABELS = {"GPE", "LOC", "NORP"}
# a department's portfolio word opening a title-case heading ("Commerce Should Improve ..."), never a name's last word there
HEADING_SUBJECTS = {"commerce", "defense", "energy", "justice", "state", "treasury"}
NAME_LABELS = {"ORG", "FAC", "EVENT", "WORK_OF_ART"}


def _set_ents(doc, ents, restored) -> None:
    """Set the entities; spaCy keeps a replaced entity's id on its tokens, so a name restored over a
    gazetteer match ("Palestine Liberation Organization" over "Palestine") would still read as it."""
    doc.ents = ents
    for span in restored:
        for tok in span:
            tok.ent_id_ = ""


def _ner_memo(doc):
    """Remember what the statistical NER found before the gazetteer overrides it."""
    doc.user_data["kg_ner"] = [(e.start, e.end, e.label_) for e in doc.ents]
    return doc


def _names_in_names(doc):
    """A place inside a longer organisation name belongs to that name: "America West Airlines",
    "Bank of China Hong Kong" -- unless the gazetteer knows the longer name itself."""
    ents = list(doc.ents)
    changed = False
    for start, end, label in doc.user_data.pop("kg_ner", []):
        if label not in NAME_LABELS | {"PERSON"} or end - start < 2:
            continue
        inside = [e for e in ents if start <= e.start and e.end <= end and (e.start, e.end) != (start, end)]
        if not inside:
            continue
        if label == "PERSON":  # "Virginia Galle": a first name that is also a place
            if not (len(inside) == 1 and inside[0].start == start and inside[0].label_ in PLACE_LABELS
                    and all(t.is_title for t in doc[start:end])):
                continue
        elif not (all(e.label_ in PLACE_LABELS or _generic(e) for e in inside)
                  or doc[end - 1].lower_ in INSTITUTION_HEADS and all(e.end < end for e in inside)):
            continue  # "Taiwan Semiconductor Research Institute" is not TSMC
        if any(e.start < end and e.end > start and e not in inside for e in ents):
            continue  # overlaps something else the gazetteer found: leave it
        from spacy.tokens import Span

        ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label=label)]
        changed = True
    if changed:
        _set_ents(doc, sorted(ents, key=lambda e: e.start), restored=[e for e in ents if not e.id_])
    return doc


# The last word of a name that makes it a place, whatever NER said: "Cameron Parish",
# "the Ocala National Forest", "Harris Counties".
GEO_HEADS = {"county", "counties", "parish", "forest", "river", "mountain", "mountains", "valley", "island",
             "islands", "province", "district", "lake", "bay", "desert", "peninsula", "canyon", "basin",
             "sea", "ocean", "coast", "strait", "gulf", "prefecture", "oblast", "delta", "plateau", "hills"}
# Words that describe a person in an apposition: "Harrington, a professor of political science".
PERSON_NOUNS = {"professor", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "senator",
                "congressman", "congresswoman", "actor", "actress", "author", "writer", "novelist",
                "scientist", "physicist", "economist", "historian", "journalist", "teacher", "student",
                "activist", "diplomat", "ambassador", "mayor", "governor", "minister", "chairman",
                "chairwoman", "founder", "co-founder", "widow", "son", "daughter", "wife", "husband",
                "mother", "father", "brother", "sister", "singer", "composer", "poet", "player", "coach",
                "candidate", "nominee", "correspondent", "reporter", "lawmaker", "legislator", "analyst",
                "researcher", "expert", "engineer", "strategist", "official", "aide", "adviser", "advisor",
                "lobbyist", "negotiator", "editor", "columnist", "commentator", "photographer", "technician",
                "inspector", "commander", "officer", "physician", "surgeon"}
# A body's officers, said of a person in an apposition with the body after "of" or "at" ("X, joint general
# secretary of the Orvane Council")
OFFICERS = {"ceo", "cfo", "coo", "cto", "cio", "secretary", "president"}
# Titles written after a name in press releases: "X, Secretary, U.S. Department of ...", "X, Director of ..."
OFFICE_TITLES = {"secretary", "director", "administrator", "commissioner", "chairman", "chairwoman", "chair",
                 "ambassador", "attorney", "senator", "representative", "minister", "governor", "undersecretary"}
PLACE_NOUNS = {"capital", "city", "town", "village", "port", "suburb", "province", "county", "state", "region"}
COMPANY_ENDINGS = {"limited", "ltd", "inc", "corp", "corporation", "company", "llc", "plc", "gmbh", "ag",
                   "holdings", "group", "technologies", "systems", "industries", "airlines", "bank",
                   # news probe: "Aperia Cloud Services", taken for a person
                   "services", "solutions", "labs", "networks", "electronics", "semiconductor", "ventures",
                   "automobiles", "motors"}  # web bios: "CEO and owner of Venturi Automobiles", taken for a person
# Words a company's fuller name adds after its short one ("Naura Technology", "SoftBank Group").
NAME_TAILS = {"technology", "technologies", "group", "holdings", "electronics", "semiconductor", "semiconductors",
              "systems", "industries", "international", "networks", "microelectronics"}


def _plural_possessives(doc) -> None:
    """ "Kestrel Labs' investors include Sequoia": after a plural's bare apostrophe the parser often makes the
    owner a nominal modifier with a "case" mark; it is a possessive, as "Kestrel's investors" is."""
    for mark in tokens_where(doc, ORTH_ID, ("'", "\u2019").__contains__):
        owner = mark.head
        if mark.dep_ == "case" and owner.i == mark.i - 1 and owner.dep_ in ("nmod", "compound") \
                and owner.lower_.endswith("s") and owner.head.pos_ in ("NOUN", "PROPN") and owner.head.i > mark.i:
            owner.dep_ = "poss"


def _repair(doc):
    """Correct NER labels that the words of a name or its apposition contradict: a name ending in
    "County" or "Forest" is a place; "Ulf D. Merbold" (a middle initial) and "Harrington, a professor"
    are people. Names the gazetteer matched are left alone."""
    _plural_possessives(doc)
    ents = list(doc.ents)
    changed = False
    from spacy.tokens import Span

    for n, e in enumerate(ents):  # "the Centers for Disease Control before": a name never ends in a function word
        end = e.end if e.ent_id_ else (detached_tail(doc, e) or e.end)
        while end - 1 > e.start and doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "CCONJ", "SCONJ", "DET"):
            end -= 1
        if end < e.end and not e.ent_id_ and e.label_ in NAME_LABELS | {"PERSON"}:
            ents[n] = Span(doc, e.start, end, label=e.label_)
            changed = True
    for n, e in enumerate(ents):  # "..., U.S. Senate Commerce Should Improve ...": a heading's subject ran into the name
        if e.label_ == "ORG" and not e.ent_id_ and len(e) > 1 and e[-1].lower_ in HEADING_SUBJECTS \
                and e.end < len(doc) and doc[e.end].tag_ == "MD" and doc[e.end].is_title:
            ents[n] = Span(doc, e.start, e.end - 1, label="ORG")
            changed = True
    taken = {i for e in ents for i in range(e.start, e.end)}  # the tokens of every name
    for n, e in enumerate(ents):  # "Lumentum Holdings Inc.": the gazetteer's name, then the legal suffix
        end = e.end
        while e.label_ == "ORG" and e.id_ and end < len(doc) and end not in taken and end - e.end < 3 and (
                doc[end].lower_.rstrip(".") in LEGAL_ENDINGS | {"corporation", "limited", "company"}
                or doc[end].lower_ in NAME_TAILS and doc[end].is_title and doc[end - 1].dep_ == "compound"):
            end += 1  # "Naura Technology Group": the company's fuller name is still the company
        if end > e.end:
            # "Intel Semiconductor in Dalian", "Samsung Semiconductor (Xi'an)": a local unit, a name of its own
            local = end + 1 < len(doc) and doc[end].text in ("in", "(") and doc[end + 1].ent_type_ == "GPE"
            # "CIC Co., Glenshaw, PA": an acronym with a suffix is a registered name of its own, unless the entry's
            # name begins with it ("KT Corp." is KT Corporation; CIC only abbreviates China Investment Corporation)
            local = local or e.text.isupper() and len(e.text) <= 5 and not e.id_.casefold().startswith(e.text.casefold())
            ents[n] = Span(doc, e.start, end, label="ORG") if local else Span(doc, e.start, end, label="ORG", span_id=e.id_)
            changed = True
    for n in range(len(ents) - 2, -1, -1):  # "Huawei Device USA Inc.": a company's country unit is one name
        e, g = ents[n], ents[n + 1]
        if e.label_ == "ORG" and g.label_ == "GPE" and g.start == e.end and len(g) <= 2 and g.end < len(doc) \
                and g.end not in taken and doc[g.end].lower_.rstrip(".") in LEGAL_ENDINGS | {"corporation", "limited"}:
            ents[n:n + 2] = [Span(doc, e.start, g.end + 1, label="ORG")]
            changed = True
    for n, e in enumerate(list(ents)):  # "Pittsburgh-Corning Corp. of Pittsburgh": a legal suffix ends the name
        if e.label_ != "ORG" or e.ent_id_:
            continue
        cut = next((t.i for t in e if t.lower_.rstrip(".") in LEGAL_ENDINGS and t.i + 2 < e.end
                    and doc[t.i + 1].lower_ == "of" and doc[t.i + 2].is_title), None)
        if cut is not None:
            ents[n] = Span(doc, e.start, cut + 1, label="ORG")
            ents.insert(n + 1, Span(doc, cut + 2, e.end, label="GPE"))
            changed = True
    for n, e in enumerate(ents):  # "Anthropologist Dean Falk", "Soprano Judy Kaye": the occupation is not the name
        if e.label_ == "PERSON" and not e.ent_id_ and len(e) >= 3 and e[0].is_title and (
                _occupation(e[0].lower_) or _in_charge(doc, e)):
            ents[n] = Span(doc, e.start + 1, e.end, label="PERSON")
            changed = True
    for n, e in enumerate(ents):
        if e.ent_id_:
            continue
        label = e.label_
        words = [t.text for t in e if t.dep_ != "det"]
        if label in ("ORG", "PERSON", "NORP", "GPE") and len(words) > 1 and (words[-1].lower() in GEO_HEADS or (
                words[0] == "Mount" and len(words) <= 3 and not any(w.lower() in ORG_WORDS | INSTITUTION_HEADS for w in words))):
            label = "LOC"  # "Cameron Parish", "Mount Orvane" (not "Mount Kestrel College")
        elif label in ("PERSON", "GPE", "NORP", "FAC") and len(e) > 1 and e[-1].lower_.rstrip(".") in COMPANY_ENDINGS:
            label = "ORG"  # "Myford Limited", "Acme Holdings Inc."
        elif label == "PERSON" and len(e) > 2 and _body_named(e):
            label = "ORG"  # "John F. Kennedy School of Government", "the Huntington Herald-Press"
        elif label in ("ORG", "GPE", "NORP") and (3 <= len(words) <= 4 and _initialled(e) or _aged(e)):
            label = "PERSON"  # "Ulf D. Merbold", "Marie Ferraro, 50, of Bethany"
        elif label == "ORG" and len(e) == 1 and e[0].is_title and e.start >= 2 and doc[e.start - 1].lower_ == "of" \
                and doc[e.start - 2].lower_.rstrip(".") in ("co", "corp", "inc", "ltd", "company", "corporation"):
            label = "GPE"  # "Avis Bourg Co. of Folsom"
        elif label in ("GPE", "LOC", "ORG") and e[0].lower_ in TITLES and len(e) > 2 and e[1].lower_ == "of":
            label = "PERSON"  # "the Duchess of York"
        elif label in ("PERSON", "ORG") and len(e) <= 3 and any(
                c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS and c.i >= e.end for c in e.root.children):
            label = "GPE"  # "Yerevan, the capital of Armenia"
        elif label == "ORG" and len(e) == 1 and any(  # "Mason, who headed the CDC"
                c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
                for c in e.root.children):
            label = "PERSON"
        elif label in ("ORG", "GPE") and 2 <= len(e) <= 3 and all(t.is_title and t.is_alpha for t in e) \
                and not any(t.lower_ in ORG_WORDS for t in e) and e.end + 2 < len(doc) and doc[e.end].text == "," \
                and doc[e.end + 1].is_title and doc[e.end + 1].lower_ in OFFICE_TITLES \
                and doc[e.end + 2].lower_ in (",", "of"):
            label = "PERSON"  # "Kirstjen Nielsen, Secretary, U.S. Department of Homeland Security"
        elif label == "ORG" and not any(t.lower_ in ORG_WORDS for t in e) and any(
                c.dep_ == "appos" and c.i >= e.end and (c.lemma_.lower() in PERSON_NOUNS or c.lower_ in OFFICERS and any(
                    q.dep_ == "prep" and q.lower_ in ("of", "at") for q in c.children)) for c in e.root.children):
            label = "PERSON"  # "Toby Quell, CEO of Kestrel Media": a company's officer is a person
        elif label == "FAC" and any(c.dep_ == "appos" and c.i >= e.end and c.lemma_.lower() in FAC_BODIES
                                    for c in e.root.children):
            label = "ORG"  # "attributed to Flax Typhoon, a Chinese ... cyber group": no building is a group
        elif label in ("PERSON", "GPE", "LOC") and _described_as_body(e):
            label = "ORG"  # "Altaaqa Global, a subsidiary of ...", "Its parent company is Aisin Seiki", "Sovcomflot,
            # Russia's largest shipping company" (no place the gazetteer knows)
        if label != e.label_:
            ents[n] = Span(doc, e.start, e.end, label=label)
            changed = True
    for n in range(len(ents) - 1, -1, -1):  # "Coast Guard Lt. Tom Harris": the rank before a name is no part of the body
        e = ents[n]
        if e.label_ == "ORG" and not e.ent_id_ and len(e) > 1 and e[-1].lower_.rstrip(".") in RANKS \
                and _person_at(doc, ents, e.end + (e.end < len(doc) and doc[e.end].text == ".")):
            rest = e[-2]
            if rest.lower_ in BODY_HEADS | PLACE_BODIES or len(rest.text) > 1 and rest.text.isupper():
                ents[n] = Span(doc, e.start, e.end - 1, label="ORG")
            else:  # "Surgeon General Vivek Murthy": the whole name is a title, no body is left
                del ents[n]
            changed = True
    changed = _person_titles(doc, ents) or changed
    for n in range(len(ents) - 1, -1, -1):  # "National Security Advisor Jake Sullivan": a title is no body
        e = ents[n]
        if e.label_ == "ORG" and not e.ent_id_ and len(e) > 1 and e[-1].lower_ in TITLE_ENDS \
                and _person_at(doc, ents, e.end):
            if e[-2].lower_ in BODY_HEADS:  # "the Federal Reserve Board Chairman X": the body stays
                ents[n] = Span(doc, e.start, e.end - 1, label="ORG")
            else:
                del ents[n]
            changed = True
    changed = _no_bodies(doc, ents) or changed
    kept = [e for e in ents if e.ent_id_ or e.label_ != "ORG" or not all(
        t.lower_ in TITLE_WORDS or t.lower_ in BODY_ROLES or t.text in ("&", "and", "-") for t in e)]
    if len(kept) < len(ents):  # "Worldwide Chairman & CEO", "the Group President": a word of the title
        ents[:] = kept
        changed = True
    for n in range(len(ents) - 2, -1, -1):  # "the Carnegie Foundation for the Advancement of Teaching": one body
        e, g = ents[n], ents[n + 1]
        if e.label_ == "ORG" and g.label_ == "ORG" and not g.ent_id_ and g.start == e.end + 1 and e[-1].lower_ in INSTITUTION_HEADS \
                and (doc[e.end].lower_ in ("for", "of") or doc[e.end].lower_ == "on" and e[-1].lower_ in REMIT_HEADS):
            ents[n:n + 2] = [Span(doc, e.start, g.end, label="ORG")]
            changed = True
    for n in range(len(ents) - 2, -1, -1):  # "Hefei National Laboratory for Physical Sciences at Microscale": one body
        e, g = ents[n], ents[n + 1]
        if e.label_ == "ORG" and not e.ent_id_ and g.label_ == "GPE" and not g.ent_id_ and len(g) == 1 \
                and g.start == e.end + 1 and doc[e.end].lower_ == "at" and any(
                    t.lower_ == "for" and t.i > e.start and doc[t.i - 1].lower_ in INSTITUTION_HEADS for t in e):
            ents[n:n + 2] = [Span(doc, e.start, g.end, label="ORG")]  # (a place the gazetteer knows stays one)
            changed = True
    changed = _title_offices(doc, ents) or changed
    changed = trim_edges(doc, ents) or changed  # "Bitzlato, Garantex,": the list's comma is no part of a name
    for n in range(len(ents) - 1, -1, -1):  # "sanctions on Grinex, Garantex and A7": two names of a list, not one
        e = ents[n]
        if e.ent_id_:
            continue
        if e.label_ in ("ORG", "WORK_OF_ART") and (parts := _listed_parts(doc, e)):
            ents[n:n + 1] = [Span(doc, a, b, label="ORG") for a, b in parts]
            changed = True
        elif e.label_ in ("ORG", "WORK_OF_ART", "PERSON", "PRODUCT", "FAC", "NORP") and (parts := _paired_parts(doc, e)):
            # (two people stay people; the later repairs type each company name on its own words)
            label = "ORG" if e.label_ == "WORK_OF_ART" else e.label_
            ents[n:n + 1] = [Span(doc, a, b, label=label) for a, b in parts]
            changed = True
    for repair in (surname_subjects,
                   class_plurals,
                   nicknames,
                   first_names,
                   lone_titles,
                   named_chairs,
                   _role_objects,
                   shop_names,
                   royal_names,
                   adjective_names,
                   untagged_bodies,
                   honours_and_fields,
                   _legal_names,
                   lambda d, e: left_compounds(d, e, COMPANY_ENDINGS | LEGAL_ENDINGS | FOREIGN_ENDINGS),
                   listed_names,
                   parenthesised_names,
                   legal_form_alone,
                   titles_as_bodies,
                   lambda d, e: people_after_titles(d, e, COMPANY_ENDINGS | NAME_TAILS),
                   _title_holders,
                   chamber_panels,
                   remit_tails,
                   titled_fronts,
                   news_names,
                   state_lines,
                   capital_runs,
                   place_bodies,
                   trade_names,
                   paired_trade_names,
                   short_forms,
                   opening_descriptions,
                   country_units,
                   joined_names,
                   classing_acronyms,
                   paired_names):
        changed = repair(doc, ents) or changed
        ents.sort(key=lambda e: e.start)  # each repair reads the names in order; one that appends must not unsort them
    if changed:
        _set_ents(doc, sorted(ents, key=lambda e: e.start), restored=[e for e in ents if not e.id_])
    return doc


# What an apposition calls a name NER took for a facility, which makes it a body.
FAC_BODIES = {"company", "firm", "group", "organization", "organisation", "network", "gang", "subsidiary", "provider"}
OFFICE_TITLES_END = {"secretary", "director", "administrator", "commissioner", "counsel", "general"}


def _title_offices(doc, ents: list) -> bool:
    """ "Office of the Assistant Secretary for Export Administration" (a Federal Register contact line): an office named
    by its officer's title and remit is one body, not "Office of the Assistant" and "Export Administration"."""
    from spacy.tokens import Span

    changed = False
    for tok in doc:
        i = tok.i
        if tok.text != "Office" or i + 4 >= len(doc) or doc[i + 1].lower_ != "of" or doc[i + 2].lower_ != "the":
            continue
        j = i + 3
        while j < len(doc) and doc[j].is_title and doc[j].lower_ not in ("for", "of"):
            j += 1
        if j == i + 3 or j >= len(doc) or doc[j - 1].lower_ not in OFFICE_TITLES_END or doc[j].lower_ != "for":
            continue
        k = j + 1
        while k < len(doc) and (doc[k].is_title or doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_title):
            k += 1
        if k == j + 1 or any(e.ent_id_ and e.start < k and e.end > i for e in ents):
            continue
        ents[:] = [e for e in ents if e.end <= i or e.start >= k]
        ents.append(Span(doc, i, k, label="ORG"))
        ents.sort(key=lambda e: e.start)
        changed = True
    return changed


def _listed_parts(doc, e) -> list[tuple[int, int]]:
    """The names a listing's commas separate inside one NER span ("Grinex, Garantex" before "and A7"):
    only inside a list (a comma or "and" follows), each part capitalised, none a legal ending ("Acme, Inc.");
    after a list's comma, the "and" of two capitalised names ("A, Bitzlato and Garantex", not "Bureau
    of Industry and Security")."""
    commas = [t.i for t in e if t.text == "," and e.start < t.i < e.end - 1]
    if not commas and e.start > 0 and doc[e.start - 1].text == ",":
        # "Exmo, Bitzlato and Garantex": the list's last two names as one span after a comma
        commas = [t.i for t in e if t.lower_ == "and" and e.start < t.i < e.end - 1]
        if len(commas) != 1 or not all(t.text[:1].isupper() for t in e if t.i != commas[0]):
            return []
    elif not commas or e.end >= len(doc) or doc[e.end].lower_ not in (",", "and", "or"):
        return []
    bounds = [e.start, *[c + 1 for c in commas]]
    ends = [*commas, e.end]
    parts = list(zip(bounds, ends))
    for a, b in parts:
        if b <= a or not doc[a].text[:1].isupper() or doc[b - 1].lower_.rstrip(".") in LEGAL_ENDINGS \
                or any(t.is_punct for t in doc[a:b]):
            return []
    return parts


PARTNER_WORDS = {"associates", "partners", "sons", "brothers", "daughters", "company", "co", "co.", "affiliates"}


def _paired_parts(doc, e) -> list[tuple[int, int]]:
    """ "targets Kestrel Dynamics and Orion Labs": two names NER ran into one span, where the parser
    coordinates the heads of the two halves (the second a conjunct of the first, the first's head outside
    the span); each half two or more capitalised words, none lower-case ("Bureau of Industry and Security",
    "China National Electronics Import and Export Corporation" and "Procter and Gamble" stay whole)."""
    ands = [t.i for t in e if t.lower_ in ("and", "&")]
    if len(ands) != 1 or doc[ands[0]].text == "&":  # "Rebecca Kraus & Associates LLC" is one firm
        return []
    cut = ands[0]
    left, right = doc[e.start: cut], doc[cut + 1: e.end]
    if len(left) < 2 or len(right) < 2 or not all(t.text[:1].isupper() for t in (*left, *right)) \
            or right[0].lower_ in PARTNER_WORDS:  # "Harlow and Sons Ltd", "Reyes and Partners Group"
        return []
    lroot, rroot = left.root, right.root
    if rroot.dep_ != "conj" or rroot.head.i != lroot.i or e.start <= lroot.head.i < e.end and lroot.head.i != lroot.i:
        return []
    return [(e.start, cut), (cut + 1, e.end)]
# Legal forms abroad, read only at the end of a capitalised name: "Fiera Milano SpA", "Volvo AB".
FOREIGN_ENDINGS = {"spa", "s.p.a", "srl", "s.r.l", "ab", "oy", "oyj", "pte", "pty", "kk", "sas", "se", "asa",
                   "fze", "fzco", "fzc", "fz-llc", "jsc", "ojsc", "pjsc", "ooo", "ltda", "bhd", "sdn", "kft", "sro"}


def _legal_names(doc, ents: list) -> bool:
    """A company's full legal name is one name, whatever NER and the gazetteer made of its words:
    "AT&T Mobility LLC" (a known name, then more), "Samsung Austin Semiconductor LLC" (a company and a
    city inside), "Dongguan Zhijie Industrial Co., Ltd" (nothing found)."""
    from spacy.tokens import Span

    changed = False
    endings = LEGAL_ENDINGS | FOREIGN_ENDINGS | {"corporation", "limited", "incorporated"}
    for t in tokens_where(doc, LOWER_ID, lambda w: w.rstrip(".") in endings):
        if t.lower_.rstrip(".") not in LEGAL_ENDINGS | FOREIGN_ENDINGS | {"corporation", "limited", "incorporated"} \
                or t.i == 0 or not t.text[:1].isupper():
            continue
        if any(e.start <= t.i < e.end for e in ents):
            continue
        start = t.i
        while start > 0 and t.i - start < 7:
            prev = doc[start - 1]
            if prev.text == "," and start <= t.i and doc[start].lower_.rstrip(".") in LEGAL_ENDINGS:
                start -= 1  # "Industrial Co., Ltd"
            elif prev.pos_ == "PROPN" and (prev.is_title or prev.is_upper) or prev.text == "&" \
                    or prev.lower_.rstrip(".") in LEGAL_ENDINGS and prev.text[:1].isupper():
                start -= 1
            else:
                break
        while start < t.i and (doc[start].is_punct or doc[start].text == "&"):
            start += 1
        inside = [e for e in ents if e.start < t.i and e.end > start]
        # nothing new: one known name and its suffix ("Lumentum Holdings Inc.") is the first repair's
        nothing_new = len(inside) == 1 and inside[0].start == start and bool(inside[0].ent_id_) and not any(
            doc[i].pos_ == "PROPN" and not any(e.start <= i < e.end for e in inside) for i in range(start, t.i))
        if start == t.i or any(e.start < start for e in inside) or nothing_new:
            continue
        ents[:] = [e for e in ents if e not in inside] + [Span(doc, start, t.i + 1, label="ORG")]
        ents.sort(key=lambda e: e.start)
        changed = True
    return changed


TITLES = {"duke", "duchess", "prince", "princess", "earl", "countess", "baron", "baroness", "marquis",
          "marquess", "lord", "lady", "archduke", "archduchess", "emir", "sultan", "king", "queen"}


OCCUPATIONS = {"anthropologist", "archaeologist", "soprano", "tenor", "baritone", "pianist", "violinist",
               "novelist", "playwright", "poet", "painter", "sculptor", "photographer", "astronaut", "physicist",
               "chemist", "economist", "historian", "diver", "pilot", "actor", "actress", "singer", "rapper",
               "comedian", "attorney", "lawyer", "judge", "senator", "governor", "mayor", "spokesman",
               "spokeswoman", "spokesperson", "analyst", "professor", "dr", "dr.", "coach", "quarterback",
               "mathematician", "engineer", "entrepreneur", "businessman", "businesswoman", "inventor", "investor",
               "banker", "researcher", "scientist", "biologist", "astronomer", "philosopher", "architect",
               "designer", "programmer", "producer", "director", "composer", "conductor", "journalist", "author",
               "chair", "chairman", "chairwoman", "ceo", "founder", "president", "minister", "secretary",
               "academician", "linguist", "geologist", "seismologist", "psychologist", "sociologist", "zoologist",
               "botanist", "geneticist", "epidemiologist", "meteorologist", "paleontologist"}


PAPER_WORDS = {"press", "herald", "tribune", "gazette", "times", "post", "journal", "news", "courier", "chronicle"}


def _body_named(e) -> bool:
    """A name NER read as a person's that a body's words make an institution's or a paper's: an institution's
    head word before "of" or "for" ("Kennedy School of Government"), or two newspaper words joined by a hyphen
    ("Herald-Press")."""
    if any(t.lower_ in INSTITUTION_HEADS and t.i + 1 < e.end and t.nbor().lower_ in ("of", "for") for t in e[1:]):
        return True
    parts = e.text.split()[-1].lower().split("-")
    return len(parts) == 2 and all(p in PAPER_WORDS for p in parts)


def _in_charge(doc, e) -> bool:
    """"Special Agent in Charge R. Damon Rowe": the title's last word is no part of the name after it."""
    return e[0].lower_ == "charge" and e.start > 0 and doc[e.start - 1].lower_ == "in"


def _occupation(word: str) -> bool:
    return word in OCCUPATIONS


def _aged(e) -> bool:
    """A name followed by an age in commas, the way news introduces people: "Ferraro, 50, of ..."."""
    doc = e.doc
    return (e.end + 2 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].like_num
            and doc[e.end + 1].text.isdigit() and 1 <= int(doc[e.end + 1].text) <= 110
            and doc[e.end + 2].text == "," and all(t.is_title or t.is_punct for t in e))


def _initialled(e) -> bool:
    """First name, middle initial, surname: "Ulf D. Merbold", "Roger K. Crouch"."""
    toks = list(e)
    return (toks[0].is_title and toks[0].is_alpha and toks[-1].is_title and toks[-1].is_alpha
            and any(len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." for t in toks[1:-1])
            and not any(t.lower_ in ORG_WORDS for t in toks))


# Last words that make a longer name a body of its own, whatever known name it starts with.
INSTITUTION_HEADS = {"institute", "foundation", "university", "college", "school", "association", "council",
                     "consortium", "alliance", "academy", "laboratory", "laboratories", "center", "centre",
                     "museum", "society", "federation", "union", "committee", "commission", "hospital"}
# Bodies named after their remit with "on": "the Senate Committee on Foreign Relations", "the Council on Foreign Relations"
REMIT_HEADS = {"committee", "subcommittee", "council", "commission"}
# One-word names the gazetteer knows as a short alias ("Congress", "Parliament"): inside a longer
# name NER found ("National Congress", "Haitian Parliament") they belong to that name.
GENERIC_ALIASES = {"congress", "parliament", "senate", "navy", "army", "cabinet", "government", "assembly",
                   "commission", "council", "court", "ministry", "party", "police"}


def _generic(ent) -> bool:
    return len(ent) == 1 and ent.text.lower() in GENERIC_ALIASES and ent.ent_id_.lower() != ent.text.lower()
