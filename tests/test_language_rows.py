"""langdetect's profiles with their rows made on demand (kg/ingest/language.py, _Rows): the same
languages in the same order, the same row for every word, the same probabilities for any text."""
from __future__ import annotations

from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY

from kg.ingest import language

TEXTS = ["Le gouvernement a annoncé mardi de nouvelles règles pour les exportations de puces de Kestrel.",
         "Die Regierung hat am Dienstag neue Regeln für die Ausfuhr von Halbleitern angekündigt, sagte Ann Wu.",
         "该公司周二表示，将在新的工厂生产芯片。",
         "Orvane said on Tuesday it would build a plant. Le ministre a dit non. Das ist gut so.",
         "El gobierno anunció nuevas inversiones en centros de datos este año, dijo la empresa Kestrel.",
         "Компания объявила о новых правилах экспорта микросхем в среду."]


def _stock() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def _probabilities(factory, text):
    DetectorFactory.seed = 0
    d = factory.create()
    d.append(text)
    return [(x.lang, x.prob) for x in d.get_probabilities()]


def test_rows_made_on_demand_are_langdetects_own():
    stock, lazy = _stock(), language._lazy_factory()
    assert isinstance(lazy.word_lang_prob_map, language._Rows)
    assert lazy.langlist == stock.langlist
    rows = lazy.word_lang_prob_map
    assert rows.words == set(stock.word_lang_prob_map)
    assert all(rows[w] == row for w, row in stock.word_lang_prob_map.items())  # every row, bit for bit
    assert "qqzx" not in rows
    for text in TEXTS:
        assert _probabilities(lazy, text) == _probabilities(stock, text)


def test_detection_answers_as_before():
    assert language.detect_language(TEXTS[0]) == "fr" and language.detect_language(TEXTS[1]) == "de"
    assert language.detect_language(TEXTS[5]) == "ru"
