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

_factory = None


def _detector(text: str):
    global _factory
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    if _factory is None:
        init_factory()
        from langdetect import detector_factory

        _factory = detector_factory._factory
    DetectorFactory.seed = 0  # langdetect samples at random: a fixed seed gives the same answer every run
    d = _factory.create()
    d.append(text)
    return d


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code ("en", "fr", "zh-cn"), or None when the text is too short or mixed to tell."""
    sample = text[:SAMPLE]
    if len(re.findall(r"[^\W\d_]", sample)) < MIN_LETTERS:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    try:
        best = _detector(sample).get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    return best.lang if best.prob >= MIN_PROBABILITY else None


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
