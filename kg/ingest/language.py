"""The language an article is written in, detected offline (langdetect's bundled profiles).

The extraction rules are English rules: a French or Chinese article run through them yields
noise, not facts. Such an article is stored with its language and reported, and left for a
reader of that language. Detection is only trusted when it is confident and the text long enough;
otherwise the language is unknown (None) and the article is read as English, as before.
"""
from __future__ import annotations

import re

MIN_LETTERS = 40  # below this, n-gram statistics say little
MIN_PROBABILITY = 0.90
SAMPLE = 1000  # characters: the opening of an article settles its language (and langdetect costs ~20 ms per 1,000)
ENGLISH = "en"

NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
         "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "zh-cn": "Chinese",
         "zh-tw": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "tr": "Turkish", "fa": "Persian",
         "he": "Hebrew", "vi": "Vietnamese", "id": "Indonesian", "sv": "Swedish", "cs": "Czech"}

# The commonest English function words: a fifth to a half of the words of English news and
# releases (0.20-0.25 in the U.S. releases of ../shared/corpora, which are thick with names), under
# a tenth in Dutch, Spanish, German, French, Italian or Portuguese prose. Above 18% a text is English
# without asking langdetect, whose n-gram model costs 20-50 ms an article: as much as all the
# rules together. Below it, langdetect decides as before.
FUNCTION_WORDS = frozenset("""the of and to in a an is was are were be been has have had that this for on with as by
at from it its it's their they he she his her which who will would said says or but not than also
after about into over more""".split())
CLEAR_ENGLISH = 0.18

_factory = None


def _detector(text: str):
    global _factory
    from langdetect import DetectorFactory

    if _factory is None:
        _factory = _lazy_factory()
    DetectorFactory.seed = 0  # langdetect samples at random: a fixed seed gives the same answer every run
    d = _factory.create()
    d.append(text)
    return d


class _Rows:
    """langdetect's table of word -> probability in each language, a word's row made the first
    time a detector asks for it, as DetectorFactory.add_profile makes every row of every word
    when the profiles load (0.7 CPU-s, 87,598 rows of 55 languages, for the few hundred words
    of the articles detected; issue 13). The same numbers, computed the same way, in the same
    order of languages."""

    def __init__(self, profiles: list, size: int) -> None:
        self.profiles, self.size = profiles, size  # (freq, n_words) of each language, in langlist's order
        self.words = set().union(*(freq for freq, _ in profiles))
        self.rows: dict[str, list[float]] = {}

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __getitem__(self, word: str) -> list[float]:
        row = self.rows.get(word)
        if row is None:
            if word not in self.words:
                raise KeyError(word)
            row, length = [0.0] * self.size, len(word)
            if 1 <= length <= 3:
                for index, (freq, n_words) in enumerate(self.profiles):
                    if word in freq:
                        row[index] = 1.0 * freq[word] / n_words[length - 1]
            self.rows[word] = row
        return row


def _lazy_factory():
    """langdetect's detector factory with its bundled profiles, read as load_profile reads them
    (the folder's listing order, the same languages), their rows made on demand (_Rows); the
    stock one (init_factory) where this cannot be done."""
    import json
    import os

    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    try:
        listing = os.listdir(PROFILES_DIRECTORY)
        langs, profiles = [], []
        for filename in listing:
            path = os.path.join(PROFILES_DIRECTORY, filename)
            if filename.startswith(".") or not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            name, freq, n_words = data["name"], data["freq"], data["n_words"]
            if name in langs or not isinstance(freq, dict) or not isinstance(n_words, list):
                raise ValueError(name)
            langs.append(name)
            profiles.append((freq, n_words))
        if len(langs) < 2:
            raise ValueError("no profiles")
        factory = DetectorFactory()
        factory.langlist, factory.word_lang_prob_map = langs, _Rows(profiles, len(listing))
        return factory
    except Exception:  # noqa: BLE001 - another langdetect: its own loading, as before
        from langdetect import detector_factory

        detector_factory.init_factory()
        return detector_factory._factory


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code ("en", "fr", "zh-cn"), or None when the text is too short or mixed to tell."""
    sample = text[:SAMPLE]
    if len(re.findall(r"[^\W\d_]", sample)) < MIN_LETTERS:
        return None
    if _clearly_english(sample):
        return ENGLISH
    from langdetect.lang_detect_exception import LangDetectException

    try:
        best = _detector(sample).get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    return best.lang if best.prob >= MIN_PROBABILITY else None


def _clearly_english(sample: str) -> bool:
    words = re.findall(r"[A-Za-z']+", sample)
    if len(words) < 20 or len(words) < len(sample.split()) * 0.9:  # short, or much not in Latin letters
        return False
    return sum(w.lower() in FUNCTION_WORDS for w in words) >= CLEAR_ENGLISH * len(words)


def is_english(language: str | None) -> bool:
    """Whether the English rules may read an article (an unknown language is read, as always)."""
    return language in (None, ENGLISH)


def name(language: str | None) -> str:
    return NAMES.get(language or "", language or "unknown")


def not_read_warning(art) -> str:
    return (f"{art.path}: written in {name(art.language)} ({art.language}); stored with its language, "
            "not read by the English extraction rules")


def english_only(articles, on_warning=None):
    """The articles the English rules may read; the others reported through on_warning."""
    for art in articles:
        if is_english(art.language):
            yield art
        elif on_warning:
            on_warning(not_read_warning(art))
