"""Titles and bodies in names NER found, for the entity repairs in names.py: a title run into a person's name
('FTC Chair Khan'), people listed after a plural title, ranks and portfolio titles that are no bodies ('Commerce
Secretary' names the department, not a company), and the holder named right after a body's title. Split from names.py
for size."""
from __future__ import annotations

ORG_WORDS = {"center", "centre", "institute", "foundation", "university", "college", "school", "airport",
             "corp", "corp.", "inc", "inc.", "co", "co.", "company", "group", "bank", "fund", "agency"}


# Titles NER runs into the person's name after them ("FTC Chair Khan" taken as the person "Chair Khan").
LEADING_TITLES = {"chair", "chairman", "chairwoman", "commissioner", "senator", "senators", "secretary"}
# Plural titles before a list of people's names ("Senators Durbin, Grassley, and Lee").
PLURAL_TITLES = {"senators", "sens.", "representatives", "reps.", "commissioners", "justices", "ministers"}


def _person_titles(doc, ents: list) -> bool:
    """ "Letter from FTC Chair Khan to Senators Durbin, Grassley, Klobuchar, and Lee": a capitalised title NER took
    into a person's name is no part of it; one-word names NER took for places, listed after a person's name (joined by
    commas, apposition or "and"), and no place the gazetteer knows, are people too."""
    from spacy.tokens import Span

    changed = False
    for n, e in enumerate(ents):
        if e.label_ == "PERSON" and not e.ent_id_ and len(e) >= 2 and e[0].is_title and e[0].lower_ in LEADING_TITLES:
            ents[n] = Span(doc, e.start + 1, e.end, label="PERSON")
            changed = True
    # (only after a plural title: "Senators Durbin, Grassley"; not "Peter Singer, OC" or "Ann Wu, 45, of Salem, Calif.")
    people = {i for e in ents if e.label_ == "PERSON" and e.start > 0 and doc[e.start - 1].lower_ in PLURAL_TITLES
              for i in range(e.start, e.end)}
    for n, e in enumerate(ents):
        if e.label_ != "GPE" or e.ent_id_ or len(e) != 1 or not (e[0].is_alpha and e[0].is_title):
            continue
        k = e[0]
        while k.dep_ in ("appos", "conj") and k.head.i < k.i and k.head.i not in people:
            k = k.head
        if k.dep_ in ("appos", "conj") and k.head.i in people and k.head.i < e.start:
            ents[n] = Span(doc, e.start, e.end, label="PERSON")
            people.add(e.start)
            changed = True
    return changed


# Ranks of the forces and the police, written abbreviated before a name: "Coast Guard Lt. Tom Harris".
RANKS = {"lt", "capt", "sgt", "col", "maj", "cmdr", "adm", "gen", "cpl", "pvt", "det", "insp", "supt", "lieutenant",
         "captain", "sergeant", "colonel", "major", "commander", "admiral", "general", "corporal", "detective",
         "officer", "trooper", "deputy", "spokesman", "spokeswoman", "spokesperson"}


# Titles NER swallows into an organisation's name when they stand before a person's name.
TITLE_ENDS = {"advisor", "adviser", "secretary", "minister", "ambassador", "envoy", "czar", "spokesman",
              "spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "commissioner", "administrator",
              "counselor", "representative", "senator", "president", "chief"}
# Lower-case nouns NER takes into the end of a company's name: "a Huawei company", "an SK hynix unit".
GENERIC_TAILS = {"company", "unit", "subsidiary", "affiliate", "firm"}
# Titles whose "for" names a portfolio, not a body: "Commissioner for Competition", "Minister for Trade".
PORTFOLIO_TITLES = {"commissioner", "minister", "president", "vice-president", "secretary", "undersecretary", "general"}
# Titles held beside a person rather than in a body: what comes before them is the field ("Trade Envoy").
PERSONAL_TITLES = {"adviser", "advisor", "czar", "envoy"}
# Titles before a person's name whose preceding words name a field or portfolio, never a body on their own.
PORTFOLIO_OF = PERSONAL_TITLES | {"minister"}
# Last words of a body's name: what is left once the title is cut still names one.
BODY_HEADS = {"department", "ministry", "agency", "office", "council", "commission", "bureau", "administration",
              "board", "house", "guard", "service", "corps", "court", "police", "army", "navy", "company", "bank",
              "university", "institute", "committee", "authority", "reserve", "party", "corporation", "inc", "corp"}


# Bodies named by a place's level of government: "Fresno County Deputy X".
PLACE_BODIES = {"county", "city", "township", "parish", "state", "district", "borough"}


def _no_bodies(doc, ents: list) -> bool:
    """ORG spans NER made of words that name no body: initials of a concept, a common noun at a name's end,
    a portfolio after a leader's title, the field of an adviser's title."""
    from spacy.tokens import Span

    changed = False
    for n in range(len(ents) - 1, -1, -1):  # "China's military-civil fusion (MCF) doctrine": no body's initials
        e = ents[n]
        if e.label_ == "ORG" and not e.ent_id_ and len(e) == 1 and e[0].is_upper and 2 <= e.start < len(doc) - 1 \
                and doc[e.start - 1].text == "(" and doc[e.end].text == ")" and doc[e.start - 2].is_lower \
                and doc[e.start - 2].is_alpha:
            del ents[n]  # the initials of the lower-case words before them: a concept, not a name
            changed = True
    for n in range(len(ents) - 1, -1, -1):  # "HiSilicon, a Huawei company": the common noun is no part of the name
        e = ents[n]
        if e.label_ == "ORG" and not e.ent_id_ and len(e) >= 2 and e[-1].lower_ in GENERIC_TAILS and e[-1].is_lower:
            ents[n] = Span(doc, e.start, e.end - 1, label="ORG")
            changed = True
    for n in range(len(ents) - 1, -1, -1):  # "Vice President for Clean Transition": a portfolio, no body
        e = ents[n]
        if e.label_ == "ORG" and not e.ent_id_ and e.start >= 2 and doc[e.start - 1].lower_ == "for" \
                and doc[e.start - 2].lower_ in PORTFOLIO_TITLES and not any(t.lower_ in BODY_HEADS | ORG_WORDS for t in e):
            del ents[n]
            changed = True
    for n in range(len(ents) - 1, -1, -1):  # "Malaysia's Minister of Investment, Trade, and Industry, X": a title
        e = ents[n]
        if e.label_ == "ORG" and not e.ent_id_ and len(e) >= 3 and e[0].lower_ in PORTFOLIO_TITLES - {"president"} \
                and e[1].lower_ in ("of", "for") and not any(t.lower_ in BODY_HEADS for t in e):
            del ents[n]
            changed = True
    for n in range(len(ents) - 1, -1, -1):  # "National Security Adviser Michael Waltz" (NER left "Adviser" out)
        e = ents[n]
        j = e.end  # ("Industry and Green Transition Minister X": past the portfolio's other words)
        while j < min(len(doc) - 1, e.end + 4) and doc[j].lower_ not in PORTFOLIO_OF \
                and (doc[j].lower_ == "and" or doc[j].is_title) and not any(f.start == j for f in ents):
            j += 1
        if e.label_ == "ORG" and not e.ent_id_ and j + 1 < len(doc) and doc[j].lower_ in PORTFOLIO_OF \
                and doc[j].text[0].isupper() and _person_at(doc, ents, j + 1) \
                and not any(t.lower_ in BODY_HEADS | ORG_WORDS for t in e):
            # an adviser or envoy serves a person: the words before the title name its field, no body; so do the
            # words before a minister's title ("Japanese Trade Minister X": the trade portfolio of Japan's cabinet)
            del ents[n]
            changed = True
    return changed


def _title_holders(doc, ents: list) -> bool:
    """ "Malaysia's Minister of Investment, Trade, and Industry, Tengku Zafrul Aziz": the portfolio after the
    title names no body, and the apposition of a title is the person who holds it, whatever NER said (it
    took the portfolio's words and the name for organisations)."""
    from spacy.tokens import Span

    changed = False
    for n in range(len(ents) - 1, -1, -1):  # "Minister of Investment, Trade, and Industry": portfolios, no body
        e = ents[n]
        root = e.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if e.label_ == "ORG" and not e.ent_id_ and root.dep_ == "pobj" and root.head.lower_ in ("of", "for") \
                and any(c.dep_ == "conj" for c in root.children) \
                and root.head.head.lower_ in PORTFOLIO_TITLES - {"president"} \
                and not any(t.lower_ in BODY_HEADS | ORG_WORDS for t in e):
            del ents[n]
            changed = True
    for n, e in enumerate(ents):  # "Vice President of Policy and Strategy, Entanglement Inc.": a remit, then the body
        comma = next((t.i for t in e if t.text == ","), None)
        if e.label_ == "ORG" and not e.ent_id_ and comma is not None and e.end - comma > 2 and e.start >= 2 \
                and doc[e.start - 1].lower_ == "of" and doc[e.start - 2].lower_ in TITLE_ENDS \
                and doc[comma + 1].text[:1].isupper():
            ents[n] = Span(doc, comma + 1, e.end, label="ORG")
            changed = True
    for n, e in enumerate(ents):
        if e.label_ == "ORG" and not e.ent_id_ and 2 <= len(e) <= 4 and e.root.dep_ == "appos" \
                and e.root.head.lower_ in TITLE_ENDS and all(t.is_title for t in e) \
                and not any(t.lower_ in BODY_HEADS | ORG_WORDS for t in e):
            ents[n] = Span(doc, e.start, e.end, label="PERSON")
            changed = True
    return changed


def _person_at(doc, ents, i: int) -> bool:
    return any(e.start == i and e.label_ == "PERSON" for e in ents)


# Words NER alone takes for an organisation inside a title: "Group President", "Worldwide Chairman".
TITLE_WORDS = {"group", "worldwide", "global", "international", "board", "scientific", "corporate", "regional",
               "executive", "general", "senior", "founding", "chief", "managing", "vice", "deputy"}


# Legislatures whose panels news names in lower case after the chamber: "the Senate Appropriations
# treasury and postal subcommittee", "the Orvane County House delegation".
CHAMBERS = {"house", "senate", "assembly", "legislature", "parliament", "congress"}
PANEL_HEADS = {"subcommittee", "committee", "delegation", "caucus"}


def chamber_panels(doc, ents: list) -> bool:
    """ "chairman of the Senate Appropriations treasury and postal subcommittee": NER stops the name at the last
    capitalised word, but the lower-case words up to "subcommittee" or "delegation" are still the panel's name, and
    the chairman leads the panel, not the chamber. Only for a name of two words or more that names a chamber and
    that the gazetteer does not know ("the House oversight subcommittee" keeps the House)."""
    from spacy.tokens import Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    changed = False
    for n, e in enumerate(ents):
        if e.label_ != "ORG" or e.ent_id_ or len(e) < 2 or not any(t.lower_ in CHAMBERS for t in e) \
                or e[-1].lower_ in PANEL_HEADS:
            continue
        end = e.end
        while end < len(doc) and end - e.end < 5 and end not in taken and doc[end].is_lower and doc[end].is_alpha \
                and (doc[end].pos_ in ("NOUN", "ADJ", "PROPN") or doc[end].lower_ == "and") \
                and doc[end].lower_ not in PANEL_HEADS:
            end += 1
        if end < len(doc) and end not in taken and doc[end].lower_ in PANEL_HEADS and doc[end - 1].lower_ != "and":
            ents[n] = Span(doc, e.start, end + 1, label="ORG")
            changed = True
    return changed


REMIT_PANELS = {"committee", "subcommittee", "council", "commission"}


def remit_tails(doc, ents: list) -> bool:
    """ "the Permanent Select Committee on Intelligence U.S. House of Representatives": NER ends the name at
    "Committee", but a panel named after its remit goes on through "on" and the capitalised words of the remit
    ("on Intelligence", "on Energy and Commerce"), up to the next name, a lower-case word or a comma. Only for a
    capitalised panel word NER made the name's last, and only when the remit is untagged capitalised words."""
    from spacy.tokens import Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    changed = False
    for n, e in enumerate(ents):
        if e.label_ != "ORG" or e.ent_id_ or e[-1].lower_ not in REMIT_PANELS or not e[-1].is_title \
                or e.end + 1 >= len(doc) or doc[e.end].lower_ != "on" or e.end in taken:
            continue
        end = e.end + 1
        while end < len(doc) and end not in taken and end - e.end < 6 and doc[end].is_alpha and (
                doc[end].is_title or doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title
                and end + 1 not in taken):
            end += 1
        if end > e.end + 1 and doc[end - 1].is_title:
            ents[n] = Span(doc, e.start, end, label="ORG")
            changed = True
    return changed


# Plural titles NER takes into the front of the body's name after a list of people ("A and B, Chairs of the X")
PLURAL_POSTS = {"chairs", "co-chairs", "chairmen", "chairwomen", "directors", "co-directors", "heads", "members",
                "commissioners", "presidents", "leaders", "officers"}


def titled_fronts(doc, ents: list) -> bool:
    """ "contact Ann Wu and Bo Chen, Chairs of the Kestrel Committee": a plural title and "of" (and "the") NER put
    at the front of a body's name are the people's post, not the name; the name begins after them."""
    from spacy.tokens import Span

    changed = False
    for n, e in enumerate(ents):
        if e.label_ != "ORG" or e.ent_id_ or len(e) < 3 or e[0].lower_ not in PLURAL_POSTS or e[1].lower_ != "of":
            continue
        start = e.start + 2 + (e[2].lower_ == "the")
        if start < e.end and doc[start].is_title:
            ents[n] = Span(doc, start, e.end, label="ORG")
            changed = True
    return changed
