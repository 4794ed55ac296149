"""Names as news and wire copy print them, repaired before the rules read a Doc: what NER cuts wrong in wire
copy (a sentence adverb before a name, an agency's hyphenated acronym, a fort or a base taken for a person), company
names that end in their trade ("Harbor Light Robotics"), a company named in full once and then by its first word
("Ampere Computing ... Ampere"), and a description word opening the sentence before a name. Part of the extractor
(listed in kg.build.extractor_files), run from kg.names._repair; the listing repairs are kg/namecuts.py's."""
from __future__ import annotations

from .namecuts import LOWER_ID, ORTH_ID, running_text, tokens_where, words_of

SAINT_WORDS = {"st.", "st", "saint", "ste.", "mt.", "mount", "ft.", "fort"}
TOWN_ENDS = {"wells", "falls", "springs", "rapids", "heights", "junction", "creek", "bluffs"}
# Words that make a city's name an area's: "St. Louis County" is not St. Louis.
AREA_WORDS = {"county", "parish", "province", "prefecture", "district", "township", "oblast"}
# Last words of a military or public site's name that NER often misses or takes for a person:
# "Andrews Air Force Base", "Clear Air Force Station", "Tooele Army Depot".
SITE_HEADS = {"base", "station", "depot", "arsenal", "shipyard", "dam", "barracks"}
# First words of a site's name NER takes for a person's: "Fort Hamilton", "Camp Butner".
SITE_OPENERS = {"fort", "camp"}
# Words of a site's kind, not its name: "the Air Force Base" names no base.
SERVICE_WORDS = {"air", "force", "army", "naval", "navy", "military", "marine", "national", "guard", "coast",
                 "federal", "state", "police", "fire", "power", "nuclear", "space", "research"}


def news_names(doc, ents: list) -> bool:
    """Names as wire copy prints them that NER cuts wrong: a sentence adverb and its comma are no part
    of the name after them ("Nevertheless, Harris Polling"); an agency's acronym runs on across a hyphen
    with no spaces ("ITAR-TASS" is not the ITAR regulations); a fort, camp or base is a site, not a person."""
    from spacy.tokens import Span

    changed = False
    taken = {i for e in ents for i in range(e.start, e.end)}  # the tokens of every name
    for n, e in enumerate(ents):
        if not e.ent_id_ and len(e) >= 3 and e[0].pos_ == "ADV" and e[1].text == ",":
            ents[n] = e = Span(doc, e.start + 2, e.end, label=e.label_)
            changed = True
        nxt = e.end
        if e.ent_id_ and len(e) == 1 and e.label_ not in ("GPE", "NORP", "LOC") and e[0].is_upper \
                and nxt + 1 < len(doc) and doc[nxt].text == "-" and not e[0].whitespace_ and not doc[nxt].whitespace_ \
                and doc[nxt + 1].is_upper and len(doc[nxt + 1].text) > 1 and doc[nxt + 1].is_alpha \
                and doc[nxt + 1].i not in taken:
            ents[n] = Span(doc, e.start, nxt + 2, label="ORG")
            changed = True
        elif e.label_ in ("PERSON", "ORG") and not e.ent_id_ and len(e) >= 2 and all(t.is_title for t in e) \
                and (e.label_ == "PERSON" and e[0].lower_ in SITE_OPENERS or e[-1].lower_ in SITE_HEADS):
            ents[n] = Span(doc, e.start, e.end, label="FAC")
            changed = True
    for n, e in enumerate(ents):  # "St. Albans, Vt.", "Mineral Wells, Texas": a town NER took for a people or a person
        if e.ent_id_ or e.label_ not in ("NORP", "PERSON") or len(e) < 2 or e.end + 1 >= len(doc) \
                or doc[e.end].text != "," or not any(g.start == e.end + 1 and g.label_ == "GPE" and (
                    g.end >= len(doc) or doc[g.end].tag_ != "POS") for g in ents):  # not "Ann Wells, Texas's lawyer"
            continue
        if e.label_ == "NORP" and e[0].lower_ in SAINT_WORDS or e.label_ == "PERSON" and e[-1].lower_ in TOWN_ENDS:
            ents[n] = Span(doc, e.start, e.end, label="GPE")
            changed = True
    for n in range(len(ents) - 2, -1, -1):  # "the 2nd U.S. Circuit Court of Appeals": the numbered court is the name
        e, g = ents[n], ents[n + 1]
        if e.label_ == "ORDINAL" and len(e) == 1 and e[0].text[:1].isdigit() and g.start == e.end \
                and g.label_ == "ORG" and g[-1].is_title and any(t.is_title for t in g):
            ents[n:n + 2] = [Span(doc, e.start, g.end, label="ORG")]
            changed = True
    for n, e in enumerate(ents):  # "St. Louis County", "Buenos Aires Province": the city's name and an area word
        if e.label_ == "GPE" and e.end < len(doc) and doc[e.end].lower_ in AREA_WORDS and doc[e.end].is_title \
                and e.end not in taken:
            ents[n] = Span(doc, e.start, e.end + 1, label="LOC")
            taken.add(e.end)
            changed = True
    for n, e in [(n, e) for _ in range(2) for n, e in enumerate(ents)]:
        # "in Gyandzha or Shamkhor in Azerbaijan": one word after "in" or "near",
        # with a place right after it or joined to it, is a place NER took for a person
        if e.label_ != "PERSON" or e.ent_id_ or len(e) != 1 or e.root.dep_ not in ("pobj", "conj"):
            continue
        places = {(g.start, g.end) for g in ents if g.label_ in ("GPE", "LOC")}  # as the names stand now
        prep = e.root.head if e.root.dep_ == "pobj" else next(
            (h.head for h in e.root.ancestors if h.dep_ == "pobj"), None)
        if prep is None or not (prep.lower_ in ("near", "outside") or prep.lower_ == "in" and prep.head.pos_ == "VERB"):
            continue  # "confidence in Smith in Washington": a person
        k = e.end + 1
        while k < len(doc) and k - e.end <= 3 and doc[k].pos_ == "ADJ":
            k += 1  # "near Lemmon in extreme northwestern South Dakota"
        after = e.end + 1 < len(doc) and doc[e.end].lower_ in ("in", ",") and any(a == k for a, _ in places)
        joined = any(c.i in range(a, b) for c in e.root.conjuncts for a, b in places) or e.root.dep_ == "conj" and any(
            e.root.head.i in range(a, b) for a, b in places)
        if after or joined:
            ents[n] = Span(doc, e.start, e.end, label="GPE")
            changed = True
    for tok in tokens_where(doc, LOWER_ID, SITE_HEADS.__contains__):
        # "Andrews Air Force Base": a run of capitalised words ending in a site's head
        if tok.lower_ not in SITE_HEADS or not tok.is_title or tok.i in taken:
            continue
        start = tok.i
        while start > 0 and not doc[start].is_sent_start and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        while start < tok.i and doc[start].is_stop:
            start += 1  # "The Andrews Air Force Base"
        inside = [e for e in ents if start <= e.start and e.end <= tok.i]
        if all(t.lower_ in SERVICE_WORDS for t in doc[start:tok.i]) or any(e.start < start < e.end for e in ents) \
                or any(e.label_ not in ("ORG", "PERSON", "GPE", "NORP") for e in inside):
            continue  # "the Air Force Base" alone is no name; a name running in from before is NER's
        ents[:] = [e for e in ents if e not in inside] + [Span(doc, start, tok.i + 1, label="FAC")]
        taken.update(range(start, tok.i + 1))
        changed = True
    if changed:
        ents.sort(key=lambda e: e.start)
    return changed


# Last words of a company's name that name its trade: "Harbor Light Robotics", "Silverline Tech",
# "Apex Global Trading". No person's or place's name ends in one.
TRADE_TAILS = {"tech", "robotics", "electronics", "semiconductor", "semiconductors", "trading", "logistics",
               "shipping", "microsystems", "labs", "aerospace", "avionics", "photonics", "optics", "software",
               "microelectronics", "pharmaceuticals", "therapeutics", "biotech", "telecom", "motors",
               "technologies", "technology", "systems", "industries", "networks", "holdings", "ventures",
               "machinery", "engineering", "instruments", "materials", "chemicals", "metals", "energy", "automation",
               "devices", "equipment", "maritime", "aviation", "freight", "cargo", "dynamics"}


# Tails that end names of every kind ("Information Systems", "School of Technology"): only NER's own
# person or nationality reading of such a name is corrected, no new name is made of them.
# Trade words a product's name may end in too ("Jetson Software", "Pixel Devices").
PRODUCT_TAILS = {"tech", "electronics", "software", "devices", "equipment", "instruments", "systems", "materials",
                 "chemicals", "metals", "energy", "automation", "engineering", "optics", "technology", "machinery"}
# A group's word in English and in transliterations ("Inzhiniring Grupp"): no person's surname.
GROUP_WORDS = {"group", "grupp", "gruppa", "groupe", "gruppe"}
GENERAL_TAILS = {"systems", "technology", "technologies", "engineering", "industries", "holdings", "networks"}
# Trade words that also name a field of study or work ("a professor of Electrical Engineering").
FIELDS = {"engineering", "materials", "chemicals", "energy", "aviation", "software", "electronics", "robotics",
          "optics", "photonics", "aerospace", "microelectronics", "pharmaceuticals", "technology", "automation",
          "maritime", "logistics", "systems", "dynamics"}


def trade_names(doc, ents: list) -> bool:
    """Company names that end in their trade, which NER took for a person ("Silverline Tech") or
    missed ("Harbor Light Robotics"): a run of two to five capitalised proper nouns ending in the
    trade word, in running text (a headline in title case says nothing)."""
    from spacy.tokens import Span

    changed = False
    for n, e in enumerate(ents):
        if not e.ent_id_ and len(e) > 1 and e[-1].is_title and (
                e.label_ in ("PERSON", "NORP", "FAC") and e[-1].lower_ in TRADE_TAILS | GROUP_WORDS
                or e.label_ == "PERSON" and _based_before(e)  # "Hong Kong-based Smart Kit" is no person
                or e.label_ == "PRODUCT" and e[-1].lower_ in TRADE_TAILS - PRODUCT_TAILS):  # "Orion Labs" is no product
            ents[n] = Span(doc, e.start, e.end, label="ORG")
            changed = True
    taken = {i for e in ents for i in range(e.start, e.end)}  # the tokens of every name
    tails = TRADE_TAILS - GENERAL_TAILS | GROUP_WORDS  # ("Orion Group holds a stake in ...")
    for tok in tokens_where(doc, LOWER_ID, tails.__contains__):
        if tok.i in taken or tok.lower_ not in tails or not tok.is_title or tok.pos_ != "PROPN" \
                or not running_text(tok.sent):
            continue
        start = tok.i
        while start > tok.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].i not in taken:
            start -= 1
        if start >= 2 and doc[start - 1].lower_ in ("of", "for", "and", "&") and doc[start - 2].is_title:
            continue  # "the Minister of Atomic Energy": the end of a longer name
        if start >= 2 and doc[start - 1].lower_ in ("of", "in") and doc[start - 2].pos_ == "NOUN" \
                and doc[start - 2].is_lower and tok.lower_ in FIELDS:
            continue  # "a professor of Electrical Engineering", "a degree in Chemical Engineering": a field
        if 2 <= tok.i + 1 - start <= 5 and doc[start].lower_ not in ("the", "a", "an"):
            ents.append(Span(doc, start, tok.i + 1, label="ORG"))
            taken.update(range(start, tok.i + 1))
            changed = True
    if changed:
        ents.sort(key=lambda e: e.start)
    return changed


def _based_before(e) -> bool:
    """ "Hong Kong-based Smart Kit": a "-based" modifier written on the name itself."""
    return any(c.dep_ == "amod" and c.lower_ == "based" and c.i < e.start for c in e.root.children)



# First words that begin many names and stand alone for none: "General", "United", "National".
GENERIC_FIRST = {"general", "united", "national", "american", "international", "global", "first", "new", "royal",
                 "digital", "advanced", "applied", "micro", "north", "south", "east", "west", "central", "great",
                 "china", "japan", "korea", "taiwan", "india", "asia", "europe", "pacific", "atlantic", "bank",
                 "state", "federal", "chief", "senior", "former", "us", "u.s.", "western", "eastern", "northern",
                 "southern", "saudi", "british", "french", "german", "european", "african", "people"}


def short_forms(doc, ents: list) -> bool:
    """A company named in full once and then by its first word, which NER did not tag: "Ampere
    Computing ... Ampere, founded by ...". The word alone, capitalised, never written in lower case
    in the article (not "Harbor" after "Harbor Light Robotics" where "the harbor" occurs), and not
    the first word of another name."""
    from spacy.tokens import Span

    firsts: dict[str, int] = {}
    for e in ents:
        if e.label_ == "ORG" and len(e) >= 2 and e[0].is_title and e[0].is_alpha \
                and e[0].lower_ not in GENERIC_FIRST and e[1].text[:1].isupper():
            firsts.setdefault(e[0].text, e.end)
    if not firsts:
        return False
    from spacy.attrs import IS_LOWER

    # {t.lower_ for t in doc if t.is_lower}, read from arrays: no Token object a word (issue 13)
    lower = {w for w, low in zip(words_of(doc, LOWER_ID), doc.to_array([IS_LOWER]).ravel().tolist()) if low}
    taken = {i for e in ents for i in range(e.start, e.end)}  # the tokens of every name
    added = False
    for tok in tokens_where(doc, ORTH_ID, firsts.__contains__):
        end = firsts.get(tok.text)
        if end is None or tok.i < end or tok.i in taken or tok.lower_ in lower \
                or tok.pos_ not in ("PROPN", "NOUN", "ADJ", "ADV", "X"):  # the tagger guesses at a word it does not know
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" \
                or prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper():
            continue
        ents.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
        added = True
    if added:
        ents.sort(key=lambda e: e.start)
    return added


# Description words a sentence may open with before a name, which NER runs into the name:
# "Parent DPI Specialty Foods is controlled by ...", "Startup Lumora Labs said ...".
OPENING_DESCRIPTIONS = {"parent", "rival", "startup", "start-up", "chipmaker", "automaker", "carmaker",
                        "conglomerate", "subsidiary", "unit", "lender", "insurer", "retailer", "broadcaster", "giant"}


def opening_descriptions(doc, ents: list) -> bool:
    """A description word that opens the sentence is no part of the name after it."""
    from spacy.tokens import Span

    changed = False
    for n, e in enumerate(ents):
        if e.label_ == "ORG" and not e.ent_id_ and len(e) >= 3 and e.start == e.sent.start \
                and e[0].lower_ in OPENING_DESCRIPTIONS and e[1].text[:1].isupper():
            ents[n] = Span(doc, e.start + 1, e.end, label="ORG")
            changed = True
    return changed


# The second half of a trade pair a Chinese company's name often spells out: "Import and Export Co., Ltd."
PAIRED_TRADES = {"export": "import", "exports": "imports", "trade": "industry", "trading": "industrial",
                 "technology": "science", "development": "research"}
LEGAL_TAIL = {",", ".", "co", "co.", "ltd", "ltd.", "limited", "corp", "corp.", "company", "inc", "inc."}


def paired_trade_names(doc, ents: list) -> bool:
    """ "Shenzhen Kestrel Imports and Exports Co., Ltd.": NER cut the name at "and" ("Shenzhen Kestrel Imports",
    "Exports Co., Ltd."); a name of the pair's second word and a legal form alone is the end of the first."""
    from spacy.tokens import Span

    for n in range(len(ents) - 1, 0, -1):
        a, b = ents[n - 1], ents[n]
        if b.start != a.end + 1 or doc[a.end].lower_ not in ("and", "&") or b.label_ != "ORG" or len(b) < 2 \
                or a.ent_id_ or b.ent_id_:
            continue
        first = b[0].lower_
        if PAIRED_TRADES.get(first) == a[-1].lower_ and all(t.lower_ in LEGAL_TAIL for t in b[1:]):
            ents[n - 1:n + 1] = [Span(doc, a.start, b.end, label="ORG")]
            return paired_trade_names(doc, ents) or True
    return False


# A compass word that opens a town's name NER cut off ("North Wales, Pa." is not Wales).
COMPASS = {"north", "south", "east", "west"}


def state_lines(doc, ents: list) -> bool:
    """ "Glenshaw, PA", "Durham, NC", "Peggy Say of Batavia, N.Y.": a U.S. state's abbreviation after a name and a
    comma is the state and the name before the comma a town, whatever NER took them for (a body, a product, a
    one-word person); a person's name NER ran on into "of <town>" ends before "of". Not a person's full name before
    the comma ("Ann Wu, MD" is a degree), not a company's ("Kestrel Labs, TX"), not an abbreviation that opens a
    longer name ("PA Consulting")."""
    from spacy.tokens import Span

    from .extract.mentions import STATE_ABBREVIATIONS
    from .nametitles import BODY_HEADS, ORG_WORDS

    def state(w: str) -> bool:
        return len(w) == 2 and w.isupper() and w in STATE_ABBREVIATIONS or w.endswith(".") and w[:-1] in STATE_ABBREVIATIONS

    changed = False
    for s in tokens_where(doc, ORTH_ID, state):
        c = s.i - 2
        if c < 0 or doc[s.i - 1].text != "," or not doc[c].is_title:
            continue
        own = next((e for e in ents if e.start <= s.i < e.end), None)
        town = next((e for e in ents if e.start <= c < e.end), None)
        if own is not None and len(own) > 1 or s.i + 1 < len(doc) and doc[s.i + 1].is_title and own is None \
                or town is None or town.end != c + 1:
            continue
        words = [t.lower_.rstrip(".") for t in town]
        cut = next((t.i for t in town if t.lower_ == "of"), None) if town.label_ == "PERSON" else None
        before = doc[town.start - 1] if town.start > 0 else None
        if cut is not None and 1 <= town.end - cut - 1 <= 2 and cut - town.start >= 2:
            parts = [Span(doc, town.start, cut, label="PERSON"), Span(doc, cut + 1, town.end, label="GPE")]
        elif town.label_ in ("GPE", "LOC") and before is not None and before.lower_ in COMPASS and before.is_title \
                and not any(e.start <= before.i < e.end for e in ents):
            parts = [Span(doc, before.i, town.end, label="GPE")]  # "North Wales, Pa."
        elif town.label_ in ("GPE", "LOC"):
            parts = []
        elif town.ent_id_ or town.label_ not in ("ORG", "PERSON", "PRODUCT", "NORP", "FAC") \
                or town.label_ == "PERSON" and len(town) > 1 or len(town) > 3 \
                or any(w in ORG_WORDS or w in BODY_HEADS or w in TRADE_TAILS or w in GROUP_WORDS for w in words) \
                or not all(t.is_title or t.text in ("St.", "Ft.") for t in town):
            continue
        else:
            parts = [Span(doc, town.start, town.end, label="GPE")]
        gone = [town] if parts else []
        if own is None or own.label_ != "GPE":
            parts.append(Span(doc, s.i, s.i + 1, label="GPE"))
            gone.append(own)
        if not parts:
            continue
        ents[:] = [e for e in ents if not any(e is g for g in gone)] + parts
        ents.sort(key=lambda e: e.start)
        changed = True
    return changed


def capital_runs(doc, ents: list) -> bool:
    """ "Tom Ise, KESTREL TIMES political editor": a name printed in capitals that NER took only the last words of
    runs back over the capitalised words before it (at most two, none in another name, none a sentence's first)."""
    from spacy.tokens import Span

    changed = False
    taken = {i for e in ents for i in range(e.start, e.end)}
    for n, e in enumerate(ents):
        if e.label_ != "ORG" or e.ent_id_ or not all(t.is_upper and t.is_alpha and len(t) > 1 for t in e):
            continue
        start = e.start
        while start > 0 and e.start - start < 2 and start - 1 not in taken and doc[start - 1].tag_ == "NNP" \
                and doc[start - 1].is_upper and doc[start - 1].is_alpha and len(doc[start - 1]) > 1 \
                and not doc[start - 1].is_sent_start:
            start -= 1
        if start < e.start:
            ents[n] = Span(doc, start, e.end, label="ORG")
            changed = True
    return changed
