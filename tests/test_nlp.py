"""kg.nlp.load: the spaCy pipeline and the gazetteer it tags from, loaded as one pair."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.gazetteer import Entry, Gazetteer
from kg.gazetteer import load as load_gazetteer
from kg.models import Article
from kg.nlp import load

# "the lantern firm" is no name NER knows: only a gazetteer pattern can tag it.
TEXT = "Last year the lantern firm acquired Xilinx."


def lantern_gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.add(Entry(name="Blue Lantern Systems", type="Company", aliases=("the lantern firm",)))
    g.add(Entry(name="Xilinx", type="Company"))
    return g


def test_load_gives_the_cached_pipeline_and_its_gazetteer(nlp):
    pipeline, gaz = load()
    assert pipeline is nlp and gaz is load_gazetteer()
    assert load(gazetteer=gaz)[0] is nlp  # the built-in gazetteer object: the same cached pipeline
    # the pipes switched off while the patterns were added are back on
    assert {"tok2vec", "tagger", "parser", "ner", "kg_gazetteer"} <= set(pipeline.pipe_names)
    ents = {(e.text, e.label_, e.ent_id_) for e in pipeline("Huawei sued the U.S. government.").ents}
    assert ("Huawei", "ORG", "Huawei") in ents


def test_extract_with_a_gazetteer_and_no_pipeline_tags_from_that_gazetteer(nlp):
    """extract(articles, gazetteer=G) used to parse with the built-in patterns and ignore G's."""
    art = Article("t", TEXT, "t")
    facts = [(t.subject.label, t.predicate, t.object.label, t.subject.known)
             for _, ts in extract([art], gazetteer=lantern_gazetteer()) for t in ts]
    assert facts == [("Blue Lantern Systems", "acquires", "Xilinx", True)]
    # the pipeline built for the other gazetteer cannot see the name
    assert not [t for _, ts in extract([art], nlp=nlp, gazetteer=lantern_gazetteer()) for t in ts]


def test_gazetteer_files_and_object_together_are_refused():
    with pytest.raises(TypeError, match="not both"):
        load(gazetteers=("extra.jsonl",), gazetteer=lantern_gazetteer())


def test_the_fast_attribute_ruler_gives_what_the_stock_one_gives():
    """Every token's tag, part of speech, morphology, lemma and dependency, on the project's own
    articles and on sentences that hit the ruler's exceptions (contractions, "there is", pronoun case)."""
    from pathlib import Path

    import spacy

    from kg.attrs import use_fast_ruler
    from kg.nlp import DEFAULT_MODELS

    def pipeline():
        for name in DEFAULT_MODELS:
            try:
                return spacy.load(name)
            except OSError:
                continue
        pytest.skip("no English model installed")

    stock, fast = pipeline(), pipeline()
    assert use_fast_ruler(fast) and "attribute_ruler" not in fast.pipe_names
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "corpora").glob("*.*"))[:6]]
    texts += ["Y'all ain't gonna believe it. Let's go, c'mon! Nothin' is there. There is a fab in Ohio and there "
              "were two. I told you it was me; you gave it to him. Does he have it? He did, but not today.",
              "That is what they said: whether Nvidia will sell the H20 to China depends on the license it gets."]
    seen = 0
    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in a] == \
               [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in b], a.text[:80]
        seen += len(a)
    assert seen > 1000


def test_a_dateline_is_a_sentence_of_its_own(nlp):
    """Run into the text, a wire or release dateline becomes the first sentence's subject ("SAN
    FRANCISCO ... launched"); the pipeline ends a sentence after its dash."""
    doc = nlp("SAN FRANCISCO, March 4 (Reuters) - Anthropic, the AI startup backed by Amazon, on Monday "
              "launched Claude 3.\n\nWASHINGTON, D.C. \u2013 Today, the Bureau of Industry and Security added two "
              "entities to the Entity List.")
    firsts = [s[:3].text for s in doc.sents]
    assert firsts[:2] == ["SAN FRANCISCO,", "Anthropic, the"]
    assert any(f.startswith("Today") for f in firsts) and any(f.startswith("WASHINGTON") for f in firsts)
    assert [t.text for t in doc if t.dep_ == "nsubj"][:1] == ["Anthropic"]


def test_a_dash_after_capitalised_words_in_a_sentence_is_no_dateline(nlp):
    doc = nlp("AMD, Intel and Nvidia - the largest chip designers - reported earnings.\nTSMC - the foundry - grew.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0].startswith("AMD, Intel and Nvidia - the largest")
    assert any(s.startswith("TSMC - the foundry") for s in sents)


def test_a_city_in_capitals_before_a_long_dash_is_a_dateline(nlp):
    """"SEOUL -- Kestrel Batteries will ...": the city is where the story was filed, never the subject;
    a company's initials before a dash are no city."""
    doc = nlp("SEOUL -- Kestrel Batteries will supply cells to Orin Motors.\nTSMC -- Apple's foundry -- grew.")
    firsts = [s.text.strip() for s in doc.sents]
    assert firsts[:2] == ["SEOUL --", "Kestrel Batteries will supply cells to Orin Motors."]
    assert any(s.startswith("TSMC -- Apple") for s in firsts)


def test_the_tokenizer_made_at_once_splits_as_the_stock_one_with_the_same_settings_set_on_it(nlp):
    """kg.nlp makes a new tokenizer with the stock rules, its suffix and infix patterns and the
    "co-"/"vice-" cases (setting them on the loaded one rechecked every special case twice: a
    sixth of loading). Set one by one on a stock tokenizer, the same settings give the same tokens."""
    from spacy.util import compile_infix_regex, compile_suffix_regex

    import kg.nlp as N

    stock = N.stock_model().tokenizer
    stock.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[0-9][A-Z])\."]).search
    stock.infix_finditer = compile_infix_regex(
        [*nlp.Defaults.infixes, r"(?<=[A-Za-z.])[\u2013\u2014](?=[A-Z])"]).finditer
    for word in N.CO_WORDS:
        for form in (f"co-{word}", f"Co-{word}"):
            stock.add_special_case(form, [{"ORTH": form}])
    for word in N.VICE_WORDS:
        for form in (f"vice-{word}", f"Vice-{word}", f"Vice-{word.title()}"):
            stock.add_special_case(form, [{"ORTH": form}])
    texts = ["Huawei co-founded the venture; its Vice-President and the vice-chairman left. The Ascend 910C.",
             "WASHINGTON, D.C.\u2014The Department said Co-owned firms can't export 3.5% of $10bn (U.S.) chips.",
             "See https://example.com/a-b?x=1 or mail press@example.org -- e-mail, 10-K, co-develops, :-) 5km.",
             "\"Don't,\" she said. Dr. Smith's co-authored paper, i.e. the 2024-07-01 draft, was co-led."]
    assert "co-founded" in [t.text for t in nlp.tokenizer(texts[0])]  # the case is there
    for text in texts:
        assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in stock(text)]


def test_a_few_texts_tokenizer_keeps_only_their_cases_and_splits_as_the_whole_one(monkeypatch, nlp):
    """load_for's tokenizer adds only the special cases whose characters (white space aside, ASCII
    case aside) occur in its texts: the same tokens as the whole pipeline's, for those texts, for
    the gazetteer names it tags and for their headlines set in sentence case."""
    import kg.nlp as N

    texts = ["Huawei co-founded the venture; its Vice-President and the vice-chairman left. The Ascend 910C.",
             "WASHINGTON, D.C.\u2014The Department said Co-owned firms can't export 3.5% of $10bn (U.S.) chips.",
             "Commerce Adds Kestrel Dynamics To The Entity List After It Co-Developed Chips In Apr.\n"
             "\"Don't,\" she said. Dr. Smith's co-authored paper, i.e. the 2024-07-01 draft, was co-led :-) "
             "e.g.\tvs.\nMr. Wu\u2019s  caf\u00e9 China\u2019s FBI\u2019s D'Amato O'Neill ca. Jan.   Feb. Sept. Ph.D. 'em y'all."]
    monkeypatch.setattr(N, "_whole", set())  # as in a build process that has not loaded the whole pipeline
    few, _ = N.load_for(texts)
    whole = nlp.tokenizer.inner.rules  # (kg's headline tokenizer wraps spaCy's)
    kept = few.tokenizer.inner.rules
    assert {"co-founded", "can't", "Jan.", "Dr.", "e.g.", "Vice-President", ":-)", " "} <= set(kept)
    assert set(kept) < set(whole) and len(kept) < len(whole) / 10
    assert all(kept[k] == whole[k] for k in kept)
    for text in texts + [t.upper() for t in texts] + [t.lower() for t in texts]:
        assert [t.text for t in few.tokenizer(text)] == [t.text for t in nlp.tokenizer(text)]
    for a, b in zip(few.pipe(texts), nlp.pipe(texts)):
        assert [(t.text, t.tag_, t.dep_, t.ent_type_) for t in a] == [(t.text, t.tag_, t.dep_, t.ent_type_) for t in b]


def test_cases_in_is_a_sound_filter():
    """A case that occurs in a text is kept, whatever the white space and ASCII case around it."""
    import kg.nlp as N

    rules = {"e.g.": 1, "E.G.": 2, "can't": 3, "ma'am": 4, "\n": 5, " ": 6, "x y": 7, "caf\u00e9": 8, "CAF\u00c9": 9,
             "'s": 10, "\u2019s": 11, "'S": 12, "ab": 13}
    assert N._cases_in(rules, ["SEE E.g. CAN'T", "x\ny caf\u00e9 China\u2019s a", "b"]) == \
        {"e.g.": 1, "E.G.": 2, "can't": 3, "\n": 5, " ": 6, "x y": 7, "caf\u00e9": 8, "'s": 10, "\u2019s": 11, "'S": 12}


def test_the_disabled_sentence_recogniser_is_not_loaded_and_parses_are_the_same(nlp):
    """The stock pipeline ships `senter` disabled: kg's pipeline leaves it out, and its Docs are
    those of the stock pipeline with kg's pipes (the same tokens, tags, parses and entities)."""
    import kg.nlp as N

    assert "senter" not in nlp.component_names and "senter" in N._shipped_disabled(nlp)
    stock = N.stock_model()
    assert "senter" in stock.component_names and "senter" not in stock.pipe_names
    texts = ["Nvidia said on Monday that it would stop selling chips to Huawei.\nKestrel Dynamics, based in Ohio, "
             "hired Ann Wu.", "The Commerce Department added SMIC to the Entity List in December 2020."]
    for a, b in zip(nlp.pipe(texts), stock.pipe(texts)):
        assert [(t.text, t.tag_, t.dep_, t.head.i) for t in a] == [(t.text, t.tag_, t.dep_, t.head.i) for t in b]


SPACY_CLI = """
import sys
from kg.nlp import load_pipeline
nlp = load_pipeline()
print("cli" if "spacy.cli" in sys.modules else "no cli", len(nlp("Nvidia co-founded a firm.")))
import spacy
import spacy.cli
print(callable(spacy.cli.download), spacy.cli.info.__module__, callable(spacy.info))
"""


def test_spacy_is_loaded_without_its_command_line_which_stays_importable():
    """kg.nlp imports spaCy with a stand-in for `spacy.cli` (its commands: 0.3-0.4 CPU-s of a cold
    rebuild), removed at once: the pipeline works, and `import spacy.cli` gives the real package."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", SPACY_CLI], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["no", "cli", "5", "True", "spacy.cli.info", "True"]


def test_entry_points_grouped_once_give_what_catalogue_selects():
    """kg.nlp groups the installed entry points once for catalogue (spaCy's registries): each
    group holds what selecting that group gives, in the same order."""
    from importlib.metadata import entry_points

    import catalogue

    from kg.nlp import _entry_points_by_group

    _entry_points_by_group()
    grouped = catalogue.AVAILABLE_ENTRY_POINTS
    assert isinstance(grouped, dict)
    every = entry_points()
    assert every.groups and set(grouped) == set(every.groups)
    for group in every.groups:
        assert list(grouped[group]) == list(every.select(group=group))
    assert catalogue.create("kg_test_none", entry_points=True).get_entry_points() == {}
