"""Title-case headlines are read in sentence case (kg/headlines.py), offsets and evidence unchanged."""
from __future__ import annotations

import pytest

from kg.extract import facts_of
from kg.headlines import is_headline
from kg.models import Article

HEADLINE = ("Commerce Releases Clarifications of Export Control Rules to Restrict the PRC's Access to Advanced "
            "Computing Items")


@pytest.fixture(scope="module")
def case(nlp):
    return nlp.tokenizer.case


def test_a_headline_is_told_from_names_and_source_lines():
    assert is_headline(HEADLINE)
    assert is_headline("Financial Company Office Bombed in Valparaiso Overnight")
    assert not is_headline("Mohawk Valley Fab, Marcy, N.Y.;")  # a listed site and its address
    assert not is_headline("Official Views Danger of Slow Revision PY2202163894 Sao Paulo O ESTADO DE SAO PAULO")
    assert not is_headline("Commerce released clarifications of its rules on Thursday.")  # a sentence


def test_common_words_lose_their_capitals_names_keep_them(case):
    out = case(HEADLINE)
    assert len(out) == len(HEADLINE)
    assert out.startswith("Commerce releases clarifications of export control rules to restrict the PRC's access")
    # a name the gazetteer knows keeps its capitals, though its words are English words
    named = case("Commerce Grants Funds Tied to the Semiconductor Industry Association Over Drone Sales")
    assert "Semiconductor Industry Association" in named and "grants funds tied" in named
    # a name that is no English word keeps its capitals too
    assert "Ben Sasse" in case("Senator Ben Sasse Condemns the Sale of Chips to Huawei and ZTE")
    # so does a company's name of English words that ends in its trade, back to the verb before it
    assert case("Treasury Targets Kestrel Dynamics and Its Chief Executive for Evading Sanctions") == \
        "Treasury targets Kestrel Dynamics and its chief executive for evading sanctions"


def test_prose_and_source_lines_are_left_alone(case):
    prose = "Commerce Secretary Gina Raimondo said the rules would restrict China's access to chips."
    assert case(prose) == prose
    assert case("Bureau of Industry and Security Office of Export Enforcement") == \
        "Bureau of Industry and Security Office of Export Enforcement"  # names alone: no verb
    fbis = "Newspaper Explains U.S. Interests Section Events FL1402001894 Havana Radio Reloj Network in Spanish"
    assert case(fbis) == fbis
    text = f"{HEADLINE}\nWASHINGTON -- The Commerce Department on Thursday released clarifications."
    assert case(text).split("\n")[1] == text.split("\n")[1]


def test_a_headline_gives_its_fact_with_the_text_as_written(nlp, gaz):
    art = Article("h", HEADLINE, "h")
    got = {(t.subject.label, t.predicate, t.object.label): t for t in facts_of(nlp(HEADLINE), art, gaz)}
    fact = got.get(("U.S. Department of Commerce", "restricts", "China"))
    assert fact is not None, sorted(got)
    assert fact.evidence.sentence == HEADLINE  # the evidence is the article's own text, capitals and all


@pytest.mark.parametrize("line, fact", [
    # the parser reads "Sanctions" as a plural noun even in sentence case: the headline rule reads the verb
    ("Treasury Sanctions Kestrel Dynamics for Supplying Drone Parts to Russia",
     ("U.S. Department of the Treasury", "sanctions", "Kestrel Dynamics")),
    ("Kestrel Dynamics Sues Orion Labs Over Chip Patents", ("Kestrel Dynamics", "sues", "Orion Labs")),
])
def test_a_headline_verb_read_as_a_noun_still_gives_its_fact(nlp, gaz, line, fact):
    art = Article("h", line + "\n\nThe company did not comment.\n", "h")
    got = {(t.subject.label, t.predicate, t.object.label) for t in facts_of(nlp(art.text), art, gaz)}
    assert fact in got, sorted(got)
