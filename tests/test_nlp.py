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
