"""News prose: a fact's record shows the name as the sentence wrote it when it is one of the known
entity's names, and AP state abbreviations are the states' own nodes (issue 9)."""
from kg.api import extract_records


def _records(tmp_path, text):
    (tmp_path / "a.txt").write_text(text + "\n")
    return list(extract_records([tmp_path]))


def test_written_alias_is_the_label_and_the_node_is_canonical(tmp_path):
    recs = _records(tmp_path, "Federal Aviation Administration spokesman Dana Cole said the check was quick.")
    obj = next(r["object"] for r in recs if r["predicate"] == "worksFor")
    assert obj["label"] == "Federal Aviation Administration"  # as written
    assert obj["name"] == "FAA" and obj["iri"].endswith("/faa")  # the gazetteer's node


def test_a_described_body_shows_its_name_not_the_description(tmp_path):
    # the gazetteer knows "Italy's antitrust authority" and "South Korea's Fair Trade Commission" as the authorities'
    # descriptions: a record shows the authority's name (a reader, and a gold set, know it by that)
    recs = _records(tmp_path, "Italy's antitrust authority fined Apple. South Korea's Fair Trade Commission fined "
                              "Google.")
    fined = {r["subject"]["label"] for r in recs if r["predicate"] == "sanctions"}
    assert fined == {"Italian Competition Authority", "Korea Fair Trade Commission"}


def test_a_metonym_keeps_the_actor_name(tmp_path):
    recs = _records(tmp_path, "Beijing banned exports of gallium to the United States.")
    assert any(r["subject"]["label"] == "China" and "name" not in r["subject"] for r in recs)


def test_ap_state_abbreviation_is_the_state_node_with_the_written_label(tmp_path):
    recs = _records(tmp_path, "The plant is in Tempe, Ariz., and employs 300 people.")
    obj = next(r["object"] for r in recs if r["subject"]["label"] == "Tempe" and r["predicate"] == "locatedIn")
    assert obj["label"] == "Ariz" and obj["iri"].endswith("/arizona") and obj["wikidata"] == "Q816"


def test_an_ambiguous_abbreviation_is_not_linked(tmp_path):
    # "Ga." is the U.S. state Georgia; the gazetteer's Georgia is the country: no link to it
    recs = _records(tmp_path, "The plant is in Dalton, Ga., and employs 300 people.")
    assert not any(r["object"]["iri"].endswith("/georgia") for r in recs)


def test_a_colon_dateline_is_never_the_actor(tmp_path):
    recs = _records(tmp_path, "NEW DELHI: Reliance Industries signed a deal with Nvidia on Monday.")
    subjects = {r["subject"]["label"] for r in recs if r["predicate"] == "partnersWith"}
    assert subjects == {"Reliance Industries"}  # not India, the city of the dateline taken as an actor
