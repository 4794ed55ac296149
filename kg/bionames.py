"""Names as web biographies and company profiles write them, which NER cuts or mistypes: a first name
NER left out or took for a place ("Trudie Telesford-Pierre", "Bharat Masrani (born ..."), a surname
alone as the subject of "is a professor" typed an organisation, "Professor Emeritus" read as a name.
Each repair takes the document and its list of entity spans, changes the list in place and says whether it did (kg/names.py runs
them in order). Part of the extractor (listed in kg.build.extractor_files)."""
from __future__ import annotations

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
                "emeritus", "emerita", "researcher", "scholar", "academic"}
PLACE_LABELS = {"GPE", "NORP", "LOC"}


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


def _copula_person(e) -> bool:
    """A one-word name that is the subject of "is/was (a|the) <person noun>"."""
    root = e.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    attrs = [c for c in root.head.children if c.dep_ == "attr"]
    return any(a.lower_ in PERSON_ATTRS or a.lemma_.lower() in PERSON_ATTRS for a in attrs)


def surname_subjects(doc, ents: list) -> bool:
    """ "Claus was a professor at Kazan State University", "Conway is currently Professor Emeritus of
    Mathematics at Princeton": a surname alone that NER typed an organisation is a person, when a copula
    gives it a person's occupation. And "Emeritus of Mathematics" is a title, not a person's name."""
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
                and _copula_person(e):
            ents[n] = Span(doc, e.start, e.end, label="PERSON")
            changed = True
    return changed
