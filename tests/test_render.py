"""An article's graph written as N-Triples text directly (kg/store.py render_article, issue 13)
must be, byte for byte, what Oxigraph prints for the triples article_triples makes: the store,
its canonical N-Quads and every later build depend on it. Every character Oxigraph escapes, every
kind of date and every optional field is compared here; what Oxigraph refuses is still refused."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.gazetteer import load as load_gazetteer
from kg.models import Article, Entity, Evidence, Triple
from kg.rdfarticle import K, article_triples, render_article

# every character Oxigraph escapes in a literal, a few it leaves alone, and astral ones
ODD = "".join(map(chr, range(0x20))) + '"\\\x7f\ufffe\uffff \x85\xa0\u2028\ufeff café 中文 \U0001F600 <b>&amp;</b>'


def by_oxigraph(art: Article, triples: list[Triple], built_with: str, extractor: str) -> str:
    built = K("builtWith")
    return "".join(f"{t} .\n" for t in article_triples(art, triples, built_with, extractor=extractor)
                   if t.predicate != built)


def fact(subj: Entity, pred: str, obj: Entity, **ev) -> Triple:
    base = dict(article_id="x", sentence="Nvidia sells chips to Huawei.", sent_start=0, sent_end=29,
                subj_start=0, subj_end=6, obj_start=22, obj_end=28, rule="clause:verb", confidence=0.85)
    return Triple(subj, pred, obj, Evidence(**{**base, **ev}))


NVIDIA = Entity("http://www.wikidata.org/entity/Q182477", "Nvidia", "Company", "Q182477", known=True)
HUAWEI = Entity("https://w3id.org/kg/id/entity/huawei", f"Huawei {ODD}", "Company")


@pytest.mark.parametrize("date", [None, "2024", "2024-07", "2024-07-09", "July 2024", ""])
def test_every_field_and_escape_renders_as_oxigraph_prints_it(date):
    art = Article(id="a" * 20, text="t", path="p.txt", title=f"Title {ODD}", date=date,
                  url="https://example.com/a?b=1&c=\"2\"", source=f"Wire {ODD}", language="en",
                  is_summary=True, copy_of="b" * 20, captured=date)
    facts = [fact(NVIDIA, "suppliesTo", HUAWEI, sentence=f"Said {ODD}.", fact_date=date, attributed_to=ODD),
             fact(HUAWEI, "competesWith", NVIDIA, asserted=False, confidence=0.7, subj_start=3),
             fact(NVIDIA, "locatedIn", HUAWEI, confidence=1.0, rule=f"odd:{ODD}")]
    for extractor in ("kg-rules/0.1", f"odd {ODD}"):
        graph, body = render_article(art, facts, "0" * 16, extractor=extractor)
        assert graph == "https://w3id.org/kg/id/article/" + "a" * 20
        assert body == by_oxigraph(art, facts, "0" * 16, extractor)
    bare = Article(id="c" * 20, text="t", path="p.txt")
    assert render_article(bare, [], "1", extractor="x")[1] == by_oxigraph(bare, [], "1", "x")
    assert render_article(bare, [], "1", extractor="x")[1].count("\n") == 3


def test_extracted_facts_render_as_oxigraph_prints_them(nlp):
    arts = [Article(id=f"r{i}", path=f"r{i}.txt", title=f"Story {i}", date="2024-07-0{i}",
                    text=f"Nvidia sells chips to Huawei, {ODD!r} said the report. Intel acquired Altera "
                         f"in 2015, according to Reuters. Lisa Su, chief executive of AMD, visited Austin {i}.")
            for i in range(1, 4)]
    got = list(extract(arts, nlp=nlp, gazetteer=load_gazetteer()))
    assert sum(len(t) for _, t in got) >= 6
    for art, facts in got:
        assert render_article(art, facts, "s", extractor="kg-rules/0.1")[1] == by_oxigraph(art, facts, "s",
                                                                                              "kg-rules/0.1")


def test_what_oxigraph_refuses_is_still_refused():
    """A bad IRI (a gazetteer's mistyped id) or a lone surrogate fails as it did, at rendering."""
    art = Article(id="d" * 20, text="t", path="p.txt")
    bad = Entity("http://www.wikidata.org/entity/Q 1", "Bad", "Company")
    with pytest.raises(ValueError):
        render_article(art, [fact(bad, "suppliesTo", NVIDIA)], "s", extractor="x")
    with pytest.raises(ValueError):
        render_article(art, [fact(NVIDIA, "suppliesTo", HUAWEI, sentence="lone \ud800 half")], "s", extractor="x")
