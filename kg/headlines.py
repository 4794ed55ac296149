"""Headlines in title case, read as sentences.

"Commerce Implements New Export Controls on Advanced Computing Items to the People's Republic of
China" gives the tagger and NER a capital on every word: they read one long name and no verb, and
the headline's fact is lost ("Financial Company Office Bombed" is one organisation to NER). Before
tokenizing, a title-case line is set in sentence case: a capitalised word that is an ordinary English
word (in the lemmatizer's word index, inflected or not) is lower-cased, unless it is part of a name
the gazetteer knows or the line's first word. Names that are no English words ("Sasse", "Huawei")
and acronyms keep their capitals. Only letters' case changes, so every offset into the text stays
the same; the rules' evidence is cut from the article's own text (kg.extract.facts_of)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
_SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "as", "from", "into",
          "over", "after", "vs", "via", "amid", "its", "their", "his", "her"}
_DOC_NUMBER = re.compile(r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,13}\b")
MAX_NAME = 6  # words in the longest gazetteer name looked for
MAX_HEADLINE = 300  # characters: a longer line is prose


def _name_ends() -> set[str]:
    from .namecuts import LEGAL_FORMS
    from .namenews import TRADE_TAILS

    return TRADE_TAILS | LEGAL_FORMS | {"corporation", "company", "group", "holdings", "international"}


NAME_ENDS = _name_ends()  # the last words of a company's name: its trade or its legal form


def is_headline(line: str) -> bool:
    """Five or more words, nearly all the longer ones capitalised, with a function word or six long
    words (not a name and its address: "Mohawk Valley Fab, Marcy, N.Y.;"), and no sentence's end."""
    end = line.rstrip()
    if len(end) > MAX_HEADLINE or end.endswith((".", "!", "?", ";", ",")):  # a paragraph of prose: at once
        return False
    words = [w for w in _WORD.findall(line) if len(w) > 1]
    long = [w for w in words if len(w) > 3 and w.lower() not in _SMALL]
    if _DOC_NUMBER.search(line):  # "... Summarized 94WS0145A Sao Paulo GAZETA MERCANTIL in Portuguese": a
        return False  # monitoring service's title and source line, its names as printed (rules/datelines.py)
    if len(words) < 5 or len(long) < 3 or line.count(",") * 4 > len(words):
        return False
    if not (any(w.lower() in _SMALL for w in words) or len(long) >= 6):
        return False
    return sum(w[0].isupper() for w in long) >= 0.85 * len(long)


def has_verb(line: str, verb_form: Callable[[str], bool]) -> bool:
    """A word that reads as an inflected verb ("Implements", "Bombed", "Initiates"): a headline says
    something happened; a name with its source or its address does not."""
    return any(verb_form(w.lower()) for w in _WORD.findall(line))


class SentenceCase:
    """The text with its title-case lines in sentence case (same length, same offsets)."""

    def __init__(self, lexicon: Lexicon, known: Callable[[str], bool]) -> None:
        self.english, self.verb_form, self.known = lexicon.english, lexicon.verb_form, known

    def __call__(self, text: str) -> str:
        if not any(c.isupper() for c in text):  # (stops at the first capital)
            return text
        out = []
        for line in text.splitlines(keepends=True):
            out.append(self.line(line) if is_headline(line) and has_verb(line, self.verb_form) else line)
        return "".join(out)

    def line(self, line: str) -> str:
        words = list(_WORD.finditer(line))
        keep = set()
        caps = [w.group()[0].isupper() for w in words]
        for i in range(len(words)):  # the gazetteer's names keep their capitals (a name begins and ends with one)
            if not caps[i]:
                continue
            for j in range(min(len(words), i + MAX_NAME), i, -1):
                if caps[j - 1] and self.known(line[words[i].start(): words[j - 1].end()]):
                    keep.update(range(i, j))
                    break
        lower = [k > 0 and k not in keep and (self._common(w.group()) or w.group().lower() in _SMALL)
                 for k, w in enumerate(words)]
        # a name's first words may be English ones ("Ben Sasse", "Senator Ben Sasse"): capitalised words
        # right before a name that is no English word keep their capitals, unless they read as a verb
        for k in range(len(words) - 2, 0, -1):
            nxt = words[k + 1].group()
            if lower[k] and not lower[k + 1] and nxt[0].isupper() and line[words[k].end(): words[k + 1].start()] == " " \
                    and not self.verb_form(words[k].group().lower()):
                lower[k] = False
        # a company's name ending in its trade or legal form ("Kestrel Dynamics", "Harbor Light Robotics Inc"):
        # its words keep their capitals back to the verb before it
        for k in range(len(words) - 1, 0, -1):
            if words[k].group().lower().rstrip(".") not in NAME_ENDS or not words[k].group()[0].isupper():
                continue
            j = k
            while j > 0 and words[j - 1].group()[0].isupper() and line[words[j - 1].end(): words[j].start()] == " " \
                    and not self.verb_form(words[j - 1].group().lower()) and words[j - 1].group().lower() not in _SMALL:
                j -= 1
            if j < k:
                for n in range(j, k + 1):
                    lower[n] = False
        chars = list(line)
        for k, w in enumerate(words):
            if lower[k]:
                chars[w.start()] = w.group()[0].lower()
        return "".join(chars)

    def _common(self, word: str) -> bool:
        """A capitalised ordinary word ("Releases", "Export"), not an acronym or a name."""
        return word[0].isupper() and (len(word) == 1 or word[1:].islower()) and self.english(word.lower())


INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("d", ""))


class Lexicon:
    """Ordinary English words, from the lemmatizer's index of nouns, verbs, adjectives and adverbs,
    as they are or without an inflection ("implements", "clarifications"); empty when the pipeline
    has no such index (then no headline is touched)."""

    def __init__(self, nlp) -> None:
        from spacy.strings import get_string_id

        try:
            name = "lemmatizer" if "lemmatizer" in nlp.pipe_names else "kg_lemmatizer"  # kg.attrs.FastLemmatizer
            table = nlp.get_pipe(name).lookups.get_table("lemma_index")
        except (KeyError, ValueError, AttributeError):
            table = {}
        self.words = set().union(*(set(v) for v in table.values())) if table else set()
        self.verbs = set(table.get(get_string_id("verb"), ())) if table else set()

    def _bases(self, word: str) -> Iterator[str]:
        for suffix, repl in INFLECTIONS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                yield word[: -len(suffix)] + repl

    def english(self, word: str) -> bool:
        word = word.replace("\u2019", "'").removesuffix("'s")
        return word in self.words or any(b in self.words for b in self._bases(word))

    def verb_form(self, word: str) -> bool:
        """An inflected verb: "implements", "bombed", "initiates" (not "export", which is a noun too)."""
        return any(b in self.verbs for b in self._bases(word))


_POSSESSIVE = re.compile(r"\b[A-Z0-9][\w.&-]*\u2019(?=s\b)")  # a name's typeset possessive: "FBI’s", "China’s"
_CONTRACTED = {"it", "he", "she", "that", "this", "what", "there", "here", "who", "where", "how", "let", "when", "why"}


def _plain(m: re.Match) -> str:
    word = m.group()[:-1]
    return m.group() if word.lower() in _CONTRACTED else word + "'"  # "It’s", "That’s": contractions


class HeadlineTokenizer:
    """The pipeline's tokenizer, given the text with its headlines in sentence case and its possessives plain."""

    def __init__(self, inner, case: SentenceCase) -> None:
        self.inner, self.case = inner, case

    def __call__(self, text: str):
        # a typeset possessive read as the ASCII one (same length, same offsets): the tagger and NER saw "'s" in
        # training far more than "’s" ("the FBI’s Los Angeles Field Office" lost its name to a GPE); quotes and
        # contractions ("it’s", "’bad’") and common nouns' possessives are left as typed
        return self.inner(_POSSESSIVE.sub(_plain, self.case(text)))

    def __getattr__(self, name: str):  # rules, special cases, pipe(), serialisation: the inner tokenizer's
        if name.startswith("__") or name in ("inner", "case"):  # (copying or unpickling: not set yet)
            raise AttributeError(name)
        return getattr(self.inner, name)
