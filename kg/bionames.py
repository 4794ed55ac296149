"""Names as web biographies and company profiles write them, which NER cuts or mistypes: a first name
NER left out or took for a place ("Trudie Telesford-Pierre", "Bharat Masrani (born ..."), a surname
alone as the subject of "is a professor" typed an organisation, "Professor Emeritus" read as a name.
Each repair takes the document and its list of entity spans, changes the list in place and says whether it did (kg/names.py runs
them in order). Part of the extractor (listed in kg.build.extractor_files)."""
from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

# Words written before a name that are no part of it: honorifics, titles, ranks, occupations.
NOT_FIRST_NAMES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev",
                   "reverend", "father", "sister", "brother", "mother", "chef", "judge", "justice", "senator",
                   "president", "chairman", "chairwoman", "director", "chief", "executive", "officer", "ceo",
                   "founder", "cofounder", "co-founder", "deputy", "vice", "secretary", "minister", "governor",
                   "mayor", "general", "captain", "colonel", "sergeant", "lieutenant", "admiral", "king", "queen",
                   "prince", "princess", "duke", "duchess", "earl", "count", "countess", "baron", "marquis",
                   "emir", "sheikh", "sultan", "pope", "saint", "st", "former", "late", "new", "our", "the",
                   "chair", "head", "manager", "partner", "member", "professor", "emeritus", "coach", "agent",
                   "attorney", "representative", "rep", "sen", "gov", "gen", "col", "capt", "lt", "sgt", "adm",
                   "dean", "doctor", "nurse", "pastor", "rabbi", "imam", "bishop", "cardinal", "elder", "uncle",
                   "aunt", "cousin", "son", "daughter", "wife", "husband", "both", "when", "after", "while",
                   "since", "as", "at", "in", "on", "by", "for", "with", "from", "to", "said", "says", "told"}
# Nouns a copula gives a person, never a company: "Claus was a professor at Kazan State University".
PERSON_ATTRS = {"professor", "lecturer", "economist", "historian", "physicist", "chemist", "mathematician",
                "botanist", "biologist", "scientist", "engineer", "lawyer", "attorney", "politician", "diplomat",
                "businessman", "businesswoman", "entrepreneur", "financier", "banker", "footballer", "novelist",
                "writer", "author", "journalist", "actor", "actress", "singer", "composer", "painter", "poet",
                "philosopher", "theologian", "psychologist", "sociologist", "physician", "surgeon", "architect",
                "emeritus", "emerita", "researcher", "scholar", "academic", "president", "ceo", "chairman",
                "chairwoman", "director", "founder", "co-founder", "cofounder", "dean", "chancellor"}
PLACE_LABELS = {"GPE", "NORP", "LOC"}


_LEXICON: list = []  # kg.headlines.Lexicon of the loaded pipeline: ordinary English words


def know_words(lexicon) -> None:
    _LEXICON[:] = [lexicon]


def _ordinary(word: str) -> bool:
    """An English word ("anatomist", "major", "charge"), or one shaped like an occupation ("Anthropoligist")."""
    w = word.lower()
    return w.endswith(("ist", "ician")) or bool(_LEXICON) and _LEXICON[0].english(w)


@cache
def _role_words() -> frozenset[str]:
    """Every title word the extractor's frames give a role ("commissioner", "dean", "spokesman")."""
    data = tomllib.loads((Path(__file__).parent / "extract" / "frames.toml").read_text(encoding="utf-8"))
    return frozenset(w for row in data.get("role", []) for w in row.get("words", []))


def _first_name(doc, tok, person, ents) -> bool:
    """Whether `tok`, right before the name `person`, is its first name NER left out (or took for a
    place): a capitalised proper noun the parser hangs on the name, no title or honorific. A word NER
    took for a place stands at the start of its sentence before "Name (born ...", where no place does."""
    if not (tok.pos_ == "PROPN" and tok.dep_ == "compound" and person.start <= tok.head.i < person.end
            and tok.is_title and tok.is_alpha and len(tok.text) >= 3 and tok.lower_ not in NOT_FIRST_NAMES
            and tok.lower_ not in _role_words()):
        return False
    owner = next((e for e in ents if e.start <= tok.i < e.end), None)
    if owner is None:
        if _ordinary(tok.text):
            return False  # "Anatomist Jeff Laitman", "Special Agent in Charge R. Damon Rowe"
        prev = doc[tok.i - 1] if tok.i > tok.sent.start else None
        return prev is None or not (prev.pos_ == "PROPN" or prev.text[:1].isupper() and prev.is_alpha)
    return (owner.label_ in PLACE_LABELS and len(owner) == 1 and tok.i == tok.sent.start
            and person.end < len(doc) and doc[person.end].text == "(")


def first_names(doc, ents: list) -> bool:
    """ "Trudie Telesford-Pierre is the Deputy CEO", "founded by Agha Hasan Abedi", "Bharat Masrani (born
    1956) is ...": the person's first word is part of the person's name."""
    from spacy.tokens import Span

    changed = False
    for n, e in enumerate(list(ents)):
        if e.label_ != "PERSON" or e.start == 0 or e.ent_id_:
            continue
        tok = doc[e.start - 1]
        if _first_name(doc, tok, e, ents):
            ents[:] = [x for x in ents if not (x.start <= tok.i < x.end)]
            ents[ents.index(e)] = Span(doc, tok.i, e.end, label="PERSON")
            changed = True
    return changed


def _copula_person(e, occupations: bool = False) -> bool:
    """A one-word name that is the subject of "is/was (a|the) <person noun>", or of "joined X as <title>"."""
    root = e.root
    if root.dep_ == "nsubj" and root.head.lemma_ in ("join", "serve", "become", "rejoin"):
        return any(p.dep_ == "prep" and p.lower_ == "as" and any(
            o.dep_ == "pobj" and (o.lower_ in PERSON_ATTRS or o.lower_ in ("officer", "executive", "chair"))
            for o in p.children) for p in root.head.children)
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    attrs = [c for c in root.head.children if c.dep_ == "attr"]
    return any(a.lower_ in PERSON_ATTRS or a.lemma_.lower() in PERSON_ATTRS
               or occupations and a.lower_.endswith(("ist", "ician")) for a in attrs)  # "an American zoologist"


# Words that make a name a body's, whatever follows it.
BODY_WORDS = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "llc", "company", "group", "bank", "university",
              "college", "school", "institute", "foundation", "association", "club", "society", "council", "fc"}


def _born_after(e) -> bool:
    """ "Gildo Pallanca Pastor (born 1 April 1967)", "X (Tajik: ...; born on 4 October 1991)": a birth date in the
    brackets right after a name; organisations are founded, people are born."""
    doc = e.doc
    if e.end >= len(doc) or doc[e.end].text != "(":
        return False
    for t in doc[e.end + 1: min(e.end + 16, len(doc))]:
        if t.text == ")":
            return False
        if t.lower_ in ("born", "b.") and (t.i == e.end + 1 or doc[t.i - 1].text in (";", ",")):
            return True
    return False


def _lived_after(e) -> bool:
    """ "Dana Holt (14 July 1908 – 14 March 2007) was a Norwegian writer": a span of years in the brackets right
    after a name (with a copula giving a person's occupation, a life)."""
    doc = e.doc
    if e.end >= len(doc) or doc[e.end].text != "(":
        return False
    inside = []
    for t in doc[e.end + 1: min(e.end + 16, len(doc))]:
        if t.text == ")":
            years = sum(len(re.findall(r"(?<!\d)\d{4}(?!\d)", x.text)) for x in inside)
            return years >= 2 and any(ch in x.text for x in inside for ch in "-\u2013\u2014")
        inside.append(t)
    return False


def _untagged_surnames(doc, ents: list) -> list:
    """ "Herbst was previously the former 16th President of Colgate University": a capitalised word alone, no
    name of NER's, the subject of a copula that gives it a person's occupation or title."""
    from spacy.tokens import Span

    from spacy.attrs import DEP

    from .namecuts import tokens_where

    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for t in tokens_where(doc, DEP, "nsubj".__eq__):  # no Token object for the other words (issue 13)
        if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.i not in taken and t.is_title and t.is_alpha \
                and len(t.text) >= 3 and t.lower_ not in NOT_FIRST_NAMES and t.lower_ not in _role_words() \
                and not any(c.dep_ in ("compound", "det", "amod", "poss") for c in t.children) \
                and t.dep_ != "compound" and t.i + 1 < len(doc) and not doc[t.i + 1].text[:1].isupper() \
                and _copula_person(Span(doc, t.i, t.i + 1)):
            out.append(Span(doc, t.i, t.i + 1, label="PERSON"))
    return out


def surname_subjects(doc, ents: list) -> bool:
    """ "Claus was a professor at Kazan State University", "Conway is currently Professor Emeritus of
    Mathematics at Princeton": a surname alone that NER typed an organisation is a person, when a copula
    gives it a person's occupation; so is a name with a birth date in brackets after it. And "Emeritus of Mathematics" is a title, not a person's name."""
    from spacy.tokens import Span

    changed = False
    for n in range(len(ents) - 1, -1, -1):
        e = ents[n]
        if e.ent_id_:
            continue
        words = [t.lower_ for t in e if t.dep_ != "det"]
        if e.label_ in ("PERSON", "ORG") and (words[0] in ("emeritus", "emerita") and e.start > 0 and doc[
                e.start - 1].lower_ in ("professor", "prof.") or words[:2] in (["professor", "emeritus"],
                                                                              ["professor", "emerita"])):
            at = next((t.i for t in e if t.lower_ == "at" and t.i + 1 < e.end), None)
            if at is not None and doc[at + 1].text[:1].isupper():  # "... of Geology at Dorwick University"
                ents[n] = Span(doc, at + 1, e.end, label="ORG")
            else:
                del ents[n]
            changed = True
        elif e.label_ in ("ORG", "GPE", "NORP") and len(e) == 1 and e[0].is_title and e[0].is_alpha \
                and _copula_person(e) or e.label_ in ("ORG", "GPE", "NORP", "FAC") and len(e) <= 5 \
                and all(t.is_title or t.text == "-" for t in e) and not any(t.lower_ in BODY_WORDS for t in e) \
                and (_born_after(e) or _lived_after(e) and _copula_person(e, occupations=True)):
            ents[n] = Span(doc, e.start, e.end, label="PERSON")
            changed = True
    if found := _untagged_surnames(doc, ents):
        ents += found
        ents.sort(key=lambda x: x.start)
        changed = True
    return changed


# Plural heads of a class of bodies, and the words that count them: "several Chambers of Commerce" names none.
CLASS_PLURALS = {"chambers", "clubs", "councils", "associations", "universities", "colleges", "schools", "hospitals",
                 "boards", "committees", "unions", "societies", "foundations", "institutes", "centers", "centres",
                 "agencies", "companies", "firms", "banks", "charities", "organizations", "organisations"}
COUNTING = {"several", "many", "various", "numerous", "multiple", "other", "some", "two", "three", "four", "five",
            "six", "both", "all", "local", "regional", "area", "these", "those", "various"}


# A company's sales regions, written before a title: "the APAC CEO of Kestrel" names a region, not a body.
REGION_CODES = {"apac", "emea", "emeia", "latam", "apj", "anz", "dach", "cee", "mena", "amer", "amea"}


def _gloss(e) -> bool:
    """ "Ivan Petrenko (Ukrainian: Іван Петренко; born ...)": a name in another script after a language's name and a
    colon in brackets is the gloss of the name before it, no other party."""
    doc = e.doc
    return (e.start >= 3 and doc[e.start - 1].text == ":" and doc[e.start - 3].text == "("
            and not any("a" <= ch.lower() <= "z" for ch in e.text) and any(ch.isalpha() for ch in e.text))


def class_plurals(doc, ents: list) -> bool:
    """ "a board member of several Chambers of Commerce": a counted plural of a class of bodies is no body's name;
    nor is a sales region's code ("the APAC CEO of Kestrel Payments"), nor a name's gloss in another script."""
    kept = [e for e in ents if e.ent_id_ or e.label_ != "ORG" or not (
        e.root.lower_ in CLASS_PLURALS and e.root.tag_ in ("NNS", "NNPS")
        and (e[0].lower_ in COUNTING or e.start > 0 and doc[e.start - 1].lower_ in COUNTING)
        or len(e) == 1 and e[0].lower_ in REGION_CODES or _gloss(e))]
    if len(kept) == len(ents):
        return False
    ents[:] = kept
    return True


def _name_word(t) -> bool:
    return t.is_title and t.is_alpha and t.pos_ == "PROPN" and not _ordinary(t.text) or t.ent_type_ == "PERSON"


_NICK_OPENERS = frozenset(("(", "'", '"', "\u201c", "\u2018"))  # what nicknames() reads a nickname after


def nicknames(doc, ents: list) -> bool:
    """ "Alessandro (Alex) Gadotti", "founded by Robert (Bob) Korsec", "Lawrence 'D' Pew": a nickname in brackets or
    quotes between a first name and a surname is inside one person's name (NER took the parts for two people, or for a
    body)."""
    from spacy.tokens import Span

    from .namecuts import ORTH_ID, tokens_where

    changed = False
    for t in tokens_where(doc, ORTH_ID, _NICK_OPENERS.__contains__):  # no Token object for the other words
        i = t.i
        close = {"(": ")", "'": "'", '"': '"', "\u201c": "\u201d", "\u2018": "\u2019"}.get(t.text)
        if close is None or i < 1 or i + 3 >= len(doc) or doc[i + 2].text != close:
            continue
        first, nick, last = doc[i - 1], doc[i + 1], doc[i + 3]
        label = {k: e.label_ for e in ents for k in range(e.start, e.end)}
        if not (first.is_title and first.is_alpha and nick.is_title and nick.is_alpha and _name_word(last)
                and "PERSON" in (label.get(i - 1), label.get(i + 1)) and label.get(i - 1, "PERSON") == "PERSON"):
            continue
        start = next((e.start for e in ents if e.start <= i - 1 < e.end), i - 1)
        end = i + 4
        while end < len(doc) and _name_word(doc[end]) and doc[end].ent_type_ in ("", "PERSON", doc[i + 3].ent_type_):
            end += 1
        if any(e.label_ != "PERSON" and e.ent_id_ and e.start < end and e.end > start for e in ents):
            continue  # a name the gazetteer knows stays
        ents[:] = [e for e in ents if e.end <= start or e.start >= end] + [Span(doc, start, end, label="PERSON")]
        ents.sort(key=lambda e: e.start)
        changed = True
    return changed


# Titles of rank, office and nobility NER takes for a person's name when they stand alone before "of" or "at".
RANK_NOUNS = {"baron", "baroness", "marquis", "marquess", "earl", "duke", "duchess", "viscount", "count", "countess",
              "lord", "clerk", "registrar", "bailiff", "sheriff", "magistrate", "steward", "provost", "rector", "warden"}
# Words before such a title that make it one: an article, "as", a rank's qualifier, the comma of an apposition.
TITLE_BEFORE = {"the", "a", "an", "as", "chief", "deputy", "senior", "assistant", "associate", "junior", "head",
                "vice", "executive", "general", "managing", "principal", "acting", "interim", "former", ",", "("}


def lone_titles(doc, ents: list) -> bool:
    """ "was employed as Chief Clerk at the Orvane Water Board", "he was the Dean of the Faculty of Law", "Tom
    Reed, Baron of the Court of Appeals": a title word alone, after an article or a rank's qualifier and before
    "of"/"at"/"for", is no person's name (NER took it for one)."""
    kept = [e for e in ents if e.ent_id_ or e.label_ != "PERSON" or len(e) != 1 or not (
        (e[0].lower_ in _role_words() or e[0].lower_ in RANK_NOUNS) and e.start > 0 and e.end < len(doc)
        and doc[e.start - 1].lower_ in TITLE_BEFORE and doc[e.end].lower_ in ("of", "at", "for"))]
    if len(kept) == len(ents):
        return False
    ents[:] = kept
    return True


def _surname(doc, ents: list, word: str) -> bool:
    """Whether `word` ends a longer person's name in the document ("Musk" after "Elon Musk")."""
    return any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == word for e in ents)


def shop_names(doc, ents: list) -> bool:
    """ "Wally's Coins was founded by Walter (Wally) Brandt", "Judy's House, a nonprofit in Denver": a first name's
    possessive before one ordinary word NER took for a body is the body's whole name, no person heading another
    body. Not a name the gazetteer knows ("Huawei's Honor"), nor a surname ("Mark Ashby ... Ashby's Motors")."""
    from spacy.tokens import Span

    changed = False
    for n in range(len(ents) - 1, -1, -1):
        e = ents[n]
        s = e.start
        if e.label_ != "ORG" or e.ent_id_ or len(e) != 1 or s < 2 or doc[s - 1].lower_ not in ("'s", "\u2019s") \
                or not (e[0].is_title and e[0].is_alpha and _ordinary(e[0].text)):
            continue
        name = doc[s - 2]
        owner = next((x for x in ents if x.start <= name.i < x.end), None)
        # (NER's person ends before the possessive; a body it took whole, "Wally's", ends after it)
        if not (name.is_title and name.is_alpha) or owner is not None and (
                owner.ent_id_ or owner.start != name.i or (owner.label_, owner.end) not in (
                    ("PERSON", s - 1), ("ORG", s), ("NORP", s), ("PERSON", s))) or _surname(doc, ents, name.text) \
                or name.i > 0 and doc[name.i - 1].text[:1].isupper() and doc[name.i - 1].is_alpha:
            continue
        ents[:] = [x for x in ents if x is not owner and x is not e]
        ents.append(Span(doc, name.i, e.end, label="ORG"))
        ents.sort(key=lambda x: x.start)
        changed = True
    return changed


# Capitalised words that, right after a person's name, make the name a named chair's ("the Ann Wu Professor of Law").
CHAIR_WORDS = {"professor", "professorship", "chair", "fellow", "fellowship", "lecturer", "lectureship", "scholar"}


def named_chairs(doc, ents: list) -> bool:
    """ "Tom Reyes is the Ann Wu Professor of Physics at Orvane University": a person's name written right before a
    capitalised "Professor"/"Chair" and "of"/"in"/"for" (no comma between) names the chair, not its holder."""
    kept = [e for e in ents if e.ent_id_ or e.label_ != "PERSON" or e.end + 1 >= len(doc) or not (
        doc[e.end].lower_ in CHAIR_WORDS and doc[e.end].is_title and doc[e.end + 1].lower_ in ("of", "in", "for"))]
    if len(kept) == len(ents):
        return False
    ents[:] = kept
    return True


# Titles of sovereigns and their families that begin a person's name ("King Haakon", "Empress Carlota").
ROYAL_TITLES = {"king", "queen", "emperor", "empress", "prince", "princess", "tsar", "czar", "tsarina", "czarina",
                "sultan", "sultana", "shah", "pharaoh", "kaiser", "maharaja", "maharajah", "rani", "archduke",
                "archduchess", "infante", "infanta"}
# Last words that make "King ..." a body's name ("King Abdullah University", "Prince Henry Hospital").
NAMED_AFTER_HEADS = BODY_WORDS | {"college", "school", "hospital", "foundation", "fund", "trust", "institute", "center",
                                  "centre", "airport", "park", "hotel", "street", "road", "bridge", "museum", "library",
                                  "academy", "prize", "award", "city", "port", "station", "stadium", "hall", "island",
                                  "dam", "county", "bay", "land", "clinic", "society", "club", "cup", "order", "corps"}


def royal_names(doc, ents: list) -> bool:
    """ "the queen of King Chulalongkorn of Thailand", "Empress Carlota of Mexico": a sovereign's title and one or two
    names, which NER took for a body (so "of Thailand" gave it a seat), is a person; not a body named after one
    ("King Abdullah University", "Prince Henry Hospital") nor one the gazetteer knows."""
    from spacy.tokens import Span

    changed = False
    for n, e in enumerate(ents):
        if e.label_ != "ORG" or e.ent_id_ or not 2 <= len(e) <= 3 or e[0].lower_ not in ROYAL_TITLES \
                or not all(t.is_title and t.is_alpha and t.lower_ not in NAMED_AFTER_HEADS for t in e):
            continue
        ents[n] = Span(doc, e.start, e.end, label="PERSON")
        changed = True
    return changed


# Adjectives NER takes alone for a body's name when they open a description ("the National joint-stock company").
# (Not the ones a short name keeps: "United", "General", "Imperial", "International" alone can be a club or a firm.)
NAME_ADJECTIVES = {"national", "federal", "public", "regional", "municipal", "provincial"}


def adjective_names(doc, ents: list) -> bool:
    """ "Director at the National joint-stock company Naftogaz": one capitalised adjective that NER took for a body,
    followed by a noun or adjective in lower case, is the start of a description, no name ("joined National in 2004" is)."""
    kept = [e for e in ents if e.ent_id_ or e.label_ != "ORG" or len(e) != 1 or e[0].lower_ not in NAME_ADJECTIVES
            or e.end >= len(doc) or not (doc[e.end].is_lower and doc[e.end].pos_ in ("NOUN", "ADJ"))]
    if len(kept) == len(ents):
        return False
    ents[:] = kept
    return True


# Class nouns that make "X is a ... <noun>" say X is a body (not the ones a person can be: "a developer", "a producer").
BODY_CLASSES = {"airline", "automaker", "bank", "broadcaster", "business", "carmaker", "chain", "charity", "chipmaker",
                "company", "conglomerate", "consultancy", "corporation", "distributor", "exporter", "firm", "foundry",
                "insurer", "lender", "manufacturer", "nonprofit", "non-profit", "organisation", "organization",
                "retailer", "startup", "start-up", "store", "supplier", "utility"}
SUBJECT_NOT_NAMES = {"the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "our", "its", "his",
                     "her", "their", "there", "here", "what", "who", "which", "each", "every", "one", "today", "now"}


def untagged_bodies(doc, ents: list) -> bool:
    """ "Kijenge is a diversified agro-processing company based in Arusha": the capitalised words that open a sentence
    as the subject of "is a ... company/firm/bank", which NER left untagged, name a body. Not words of ordinary English
    alone ("Hospitality is a business"), nor a pronoun or determiner."""
    from spacy.tokens import Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    changed = False
    for sent in doc.sents:
        s, k = sent.start, sent.start
        while k < sent.end and k - s < 4 and doc[k].is_title and doc[k].is_alpha:
            k += 1
        if k == s or k >= sent.end - 2 or doc[k].lower_ not in ("is", "was") or doc[k - 1].dep_ != "nsubj" \
                or doc[k - 1].head.i != k or any(i in taken for i in range(s, k)) or doc[s].lower_ in SUBJECT_NOT_NAMES \
                or all(_ordinary(t.text) for t in doc[s:k]):
            continue
        if any(c.dep_ == "attr" and c.lemma_.lower() in BODY_CLASSES and c.tag_ == "NN"
               and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in doc[k].children):
            ents.append(Span(doc, s, k, label="ORG"))
            changed = True
    return changed


# Latin honours a degree is given with, which NER takes for a name ("graduated Magna Cum Laude from Orvane University").
HONOURS = ("cum laude", "magna cum laude", "summa cum laude")
# Words that make a name ending in "Studies" an institution's ("Center for Asian Studies", "Journal of Kestrel Studies").
INSTITUTION_WORDS = NAMED_AFTER_HEADS | {"department", "program", "programme", "faculty", "journal", "division", "unit",
                                         "office", "board", "committee", "press", "review", "quarterly", "for", "of"}


def honours_and_fields(doc, ents: list) -> bool:
    """ "Ann Wu graduated Magna Cum Laude from Orvane University": a Latin honour is no person; "a professor of Black
    Studies for Orvane University", "specialized in Women's Studies": a field of study, a name ending in "Studies" with no
    institution's word, is no body."""
    kept = [e for e in ents if e.ent_id_ or not (
        e.text.lower() in HONOURS or e.label_ in ("ORG", "PERSON", "WORK_OF_ART") and e[-1].text == "Studies"
        and not any(t.lower_ in INSTITUTION_WORDS for t in e))]
    if len(kept) == len(ents):
        return False
    ents[:] = kept
    return True
