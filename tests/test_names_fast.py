"""The shortcuts the pipeline's own pieces take (issue 13) read what the long way reads: the
remembering lemmatizer, the name repairs' word lookups by string id, the tokens that may have
conjuncts."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import namecuts

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ["Kestrel Dynamics, Harbor Light Robotics and Orion Vector Labs were added to the Entity List on Tuesday.",
         "The Treasury sanctioned Garantex, Grinex, A7 and BRINC Drones; Ann Wu, who founded Lumora, said nothing.",
         "Meridian Polytech is owned by Sino Bright Semiconductor International Corporation of Shenzhen.",
         "She was running faster than the others; they had been told the fines were better paid in leaves."]


def test_the_attribute_ids_are_spacy_s():
    from spacy.attrs import LEMMA, LOWER, ORTH

    assert (namecuts.LEMMA_ID, namecuts.LOWER_ID, namecuts.ORTH_ID) == (LEMMA, LOWER, ORTH)


def test_the_remembering_lemmatizer_gives_the_stock_lemmas(nlp):
    names = nlp.pipe_names
    if "kg_lemmatizer" not in names:
        pytest.skip("the pipeline kept its own lemmatizer")
    fast = nlp.get_pipe("kg_lemmatizer")
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").rglob("*.txt"))[:6]]
    seen = 0
    for doc in nlp.pipe(texts, disable=names[names.index("kg_lemmatizer"):]):
        a, b = doc.copy(), doc.copy()
        fast.stock(a)
        fast(b)
        fast(doc)  # a second time: every lemma from the memo
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b] == [t.lemma_ for t in doc], doc.text[:60]
        seen += len(doc)
    assert seen > 200


def test_word_lookups_and_conjunct_heads_match_the_tokens(nlp):
    from spacy.attrs import LEMMA, LOWER

    coordinated = 0
    for doc in nlp.pipe(TEXTS):
        assert namecuts.words_of(doc, LOWER) == [t.lower_ for t in doc]
        assert namecuts.words_of(doc, LEMMA, lower=True) == [t.lemma_.lower() for t in doc]
        assert [t.i for t in namecuts.tokens_where(doc, LOWER, {"and", "the"}.__contains__)] == \
               [t.i for t in doc if t.lower_ in ("and", "the")]
        having = [t.i for t in doc if t.dep_ != "conj" and t.conjuncts]
        assert set(having) <= {t.i for t in namecuts._coordinating(doc)}
        coordinated += len(having)
    assert coordinated >= 2


def test_a_legal_form_after_a_place_led_name_keeps_the_names_in_order(nlp):
    """A repair that appended a name left the list unsorted, and the next one cut a name from its own end
    backwards (spaCy's E035): the sentence lost its company to a company called "Ltd"."""
    doc = nlp("Dongguan Harbor Tools CO., Ltd is a wholly-owned subsidiary of Orion Garment Group.")
    names = [e.text for e in doc.ents]
    assert "Dongguan Harbor Tools CO., Ltd" in names and "Ltd" not in names
    assert [e.start for e in doc.ents] == sorted(e.start for e in doc.ents)
