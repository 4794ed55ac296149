"""Hostile input and user mistakes found in review: each gives a one-line error or a warning
naming the file, never a traceback, and never loses what was built."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.corpus import MAX_CHARS, read_corpus

from .conftest import write_corpus

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def one_line_error(res, needle: str) -> None:
    assert res.exit_code == 2, res.output
    lines = [line for line in res.output.strip().splitlines() if line]
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in res.output, res.output


def test_an_empty_or_mistyped_folder_never_empties_the_store(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "OpenAI blocked API access from China."})
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=())
    (tmp_path / "empty").mkdir()
    one_line_error(run("build", str(tmp_path / "empty"), "-o", str(out)), "the store was left as it was")
    rows = kg.query("SELECT ?a WHERE { ?a a schema:NewsArticle }", store=out).records()
    assert len(rows) == 1


def test_as_of_hides_later_merged_facts(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", {
        "a.md": "---\ndate: 2019-05-16\n---\nThe Commerce Department added Huawei to the Entity List.",
        "b.md": "---\ndate: 2024-07-09\n---\nOpenAI blocked API access from China."})
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=())
    q = "SELECT DISTINCT ?s WHERE { ?x rdf:subject ?e ; rdf:predicate ?p . ?e rdfs:label ?s }"
    assert {r["s"] for r in kg.query(q, store=out, as_of="2020-01-01").records()} == {"U.S. Department of Commerce"}
    best = kg.query("SELECT ?f WHERE { ?f a kg:Fact }", store=out, as_of="2020-01-01").records()
    assert best == []


def test_a_metadata_only_edit_is_stored_again(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", {"a.md": "---\ntitle: Old\ndate: 2020-01-01\n---\nBroadcom acquired VMware."})
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=())
    (corpus / "a.md").write_text("---\ntitle: New\ndate: 2023-11-22\n---\nBroadcom acquired VMware.")
    rep = kg.build(corpus, out=out, exports=())
    assert rep.articles_unchanged == 0
    rows = kg.query("SELECT ?t ?d WHERE { ?a dcterms:title ?t ; dcterms:date ?d }", store=out).records()
    assert rows == [{"t": "New", "d": "2023-11-22"}]


def test_duplicate_text_keeps_the_same_metadata_whatever_the_argument_order(tmp_path):
    a = write_corpus(tmp_path / "a", {"x.md": "---\ntitle: From A\n---\nSame text here."})
    b = write_corpus(tmp_path / "b", {"y.md": "---\ntitle: From B\n---\nSame text here."})
    warnings: list[str] = []
    first = list(read_corpus([a, b], on_warning=warnings.append))
    second = list(read_corpus([b, a]))
    assert [x.title for x in first] == [x.title for x in second] == ["From A"]
    assert any("same text as" in w for w in warnings)


def test_very_long_text_is_cut_with_a_warning(tmp_path):
    para = "Nvidia sells chips to many customers in many markets. " * 40 + "\n"
    write_corpus(tmp_path, {"big.txt": para * (MAX_CHARS // len(para) + 20)})
    warnings: list[str] = []
    (art,) = read_corpus(tmp_path, on_warning=warnings.append)
    assert len(art.text) <= MAX_CHARS and "big.txt: only the first" in warnings[0]


@pytest.mark.parametrize("name,content", [("deep.json", "[" * 100000 + "]" * 100000),
                                          ("deep.jsonl", "[" * 100000 + "]" * 100000 + "\n")])
def test_absurdly_nested_json_is_skipped(tmp_path, name, content):
    write_corpus(tmp_path, {name: content, "ok.txt": "TSMC builds chips."})
    warnings: list[str] = []
    assert len(list(read_corpus(tmp_path, on_warning=warnings.append))) == 1
    assert "nested too deeply" in warnings[0] and name in warnings[0]


def test_impossible_dates_and_odd_fields(tmp_path):
    write_corpus(tmp_path, {"a.json": json.dumps({"TEXT": "AMD acquired Xilinx.", "date": "2024-02-31", "source": True})})
    (art,) = read_corpus(tmp_path)
    assert art.text == "AMD acquired Xilinx." and art.date is None and art.source is None


def test_brackets_in_data_print_as_text(built):
    out, _ = built
    res = run("query", 'SELECT ?x WHERE { VALUES ?x { "note [/b] and [bold]x[/]" } }', "--store", str(out))
    assert res.exit_code == 0 and "note [/b] and [bold]x[/]" in res.output


def test_query_failures_at_run_time_are_one_line(built):
    out, _ = built
    one_line_error(run("query", "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "--store", str(out),
                       "--allow-service"), "query failed")


def test_unreadable_query_file(built, tmp_path):
    out, _ = built
    bad = tmp_path / "bad.rq"
    bad.write_bytes(b"\xff\xfeSELECT")
    one_line_error(run("query", str(bad), "--store", str(out)), "save it as UTF-8")


def test_viz_to_a_folder_is_a_clear_error(built, tmp_path):
    out, _ = built
    one_line_error(run("viz", "--store", str(out), "-o", str(tmp_path)), "is a folder")


@pytest.mark.parametrize("line,needle", [('{"name": 5, "type": "Company"}', "name"),
                                         ('{"name": "Foo", "type": "Company", "aliases": "FC"}', "list of strings"),
                                         ('{"name": "Foo", "type": "Planet"}', "is not one of")])
def test_bad_gazetteer_entries_are_one_line(tmp_path, small_corpus, line, needle):
    g = tmp_path / "g.jsonl"
    g.write_text(line + "\n")
    one_line_error(run("build", str(small_corpus), "-o", str(tmp_path / "o"), "--gazetteer", str(g)), needle)


def test_missing_gazetteer_is_an_error_even_when_cached(built, small_corpus, tmp_path):
    out, _ = built
    one_line_error(run("build", str(small_corpus), "-o", str(tmp_path / "o2"), "--gazetteer", str(tmp_path / "nope.jsonl")),
                   "gazetteer file not found")


def test_html_is_written_once_it_is_asked_for_again(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "OpenAI blocked API access from China."})
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=("ttl", "html"))
    write_corpus(corpus, {"b.txt": "Broadcom acquired VMware."})
    kg.build(corpus, out=out, exports=("ttl",))
    kg.build(corpus, out=out, exports=("ttl", "html"))
    assert "VMware" in (out / "graph.html").read_text()


def test_fact_counts_are_distinct_facts(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "OpenAI blocked API access from China.",
                                           "b.txt": "OpenAI blocked API traffic from China in July."})
    rep = kg.build(corpus, out=tmp_path / "out", exports=())
    assert rep.facts_by_predicate == {"restricts": 1} and rep.facts == 1
