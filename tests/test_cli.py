"""The command line through typer's runner: help for every option, one-line errors with
exit code 2, SPARQL JSON that a SPARQL client library parses."""
from __future__ import annotations

import io
import json
import re

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app

from .conftest import write_corpus

runner = CliRunner()
COMMANDS = ["build", "extract", "query", "viz", "diff", "serve", "push", "export", "analyze", "path", "validate"]


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_and_option_has_help(command):
    import typer.main

    res = run(command, "--help")
    assert res.exit_code == 0
    click_cmd = typer.main.get_command(app).commands[command]
    assert click_cmd.help and len(click_cmd.help) > 20
    for param in click_cmd.params:
        assert param.help or getattr(param, "help", None) is None and param.param_type_name == "argument", param.name
        if param.param_type_name == "option":
            assert param.help, f"{command} {param.opts} has no help"
            assert param.opts[0] in res.output


def test_top_level_help_lists_commands():
    res = run("--help")
    assert res.exit_code == 0 and all(c in res.output for c in COMMANDS)


def test_build_then_query_json_parses_with_a_sparql_client(tmp_path, small_corpus, nlp):
    out = tmp_path / "out"
    res = run("build", str(small_corpus), "-o", str(out), "--quiet")
    assert res.exit_code == 0, res.output
    assert {p.name for p in out.iterdir()} >= {"store", "graph.ttl", "graph.trig", "graph.jsonld", "graph.html"}
    res = run("query", "--saved", "who-restricts-whom", "--store", str(out), "--format", "json")
    assert res.exit_code == 0, res.output
    from rdflib.query import Result

    parsed = Result.parse(io.StringIO(res.stdout), format="json")  # rdflib's SPARQL JSON results parser
    rows = {(str(r.subject), str(r.object)) for r in parsed}
    assert ("OpenAI", "China") in rows
    assert all(isinstance(r.subject, rdflib.Literal) for r in parsed)
    csv_out = run("query", "SELECT ?s WHERE { ?s kg:restricts ?o }", "--store", str(out), "-f", "csv")
    assert csv_out.exit_code == 0 and csv_out.stdout.splitlines()[0] == "s"
    table = run("query", "--saved", "entity", "--param", "entity=OpenAI", "--store", str(out))
    assert table.exit_code == 0 and "China" in table.stdout


def test_query_from_file_and_ask(tmp_path, built):
    out, _ = built
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?s kg:restricts ?o }")
    res = run("query", str(rq), "--store", str(out), "-f", "json")
    assert res.exit_code == 0 and json.loads(res.stdout) == {"head": {}, "boolean": True}


@pytest.mark.parametrize("args,message", [
    (["query", "SELECT * WHERE { ?s ?p }"], "invalid SPARQL"),
    (["query", "--saved", "nope"], "no saved query named 'nope'"),
    (["query", "--saved", "entity"], "needs --param entity=VALUE"),
    (["query", "SELECT * WHERE { ?s ?p ?o }", "-f", "xml"], "unknown --format"),
])
def test_query_errors_are_one_line(built, args, message):
    out, _ = built
    res = run(*args, "--store", str(out))
    assert res.exit_code == 2
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in res.output


def test_build_errors(tmp_path):
    res = run("build", str(tmp_path / "missing"), "-o", str(tmp_path / "o"))
    assert res.exit_code == 2 and "no such file or folder" in res.output and "Traceback" not in res.output
    (tmp_path / "empty").mkdir()
    res = run("build", str(tmp_path / "empty"), "-o", str(tmp_path / "o"))
    assert res.exit_code == 2 and "no articles found" in res.output


def test_query_without_a_store(tmp_path):
    res = run("query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "nothing"))
    assert res.exit_code == 2 and "no store here" in res.output


def test_build_warns_and_goes_on(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", {"good.txt": "OpenAI blocked API access from China.",
                                           "bad.txt": b"\xff\xfe\x00\x00\x00binary"})
    res = run("build", str(corpus), "-o", str(tmp_path / "o"), "--no-html")
    assert res.exit_code == 0
    assert re.search(r"warning: .*bad\.txt: skipped", res.output)
    assert "articles read" in res.output


def test_extract_jsonl_matches_the_scorer_contract(small_corpus, nlp):
    res = run("extract", str(small_corpus / "a.txt"), "--format", "jsonl")
    assert res.exit_code == 0
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    fact = next(r for r in recs if r["predicate"] == "restricts")
    assert fact["source"].endswith("a.txt")
    assert fact["subject"]["label"] == "OpenAI" and fact["object"]["label"] == "China"
    assert set(fact["subject"]) >= {"label", "type", "iri"} and 0 < fact["confidence"] <= 1
    assert fact["sentence"] in (small_corpus / "a.txt").read_text()
    text = (small_corpus / "a.txt").read_text().split("-----\n", 1)[1].strip()
    assert text[fact["char_start"]:fact["char_end"]].strip() == fact["sentence"]
    table = run("extract", str(small_corpus / "a.txt"), "--format", "table", "--explain")
    assert table.exit_code == 0 and "restricts" in table.stdout and "clause:" in table.stdout


def test_viz_command(tmp_path, built):
    out, _ = built
    target = tmp_path / "view.html"
    res = run("viz", "--store", str(out), "-o", str(target))
    assert res.exit_code == 0 and target.exists()
    html = target.read_text()
    assert "OpenAI" in html and not re.search(r"(src|href)\s*=\s*[\"']?https?://", html)


def test_library_functions_are_not_shadowed_by_submodules():
    import importlib

    import kg

    for mod in ("kg.build", "kg.query", "kg.extract", "kg.viz", "kg.export", "kg.api"):
        importlib.import_module(mod)
    for name in ("build", "query", "extract", "viz", "saved_query"):
        assert callable(getattr(kg, name)) and not hasattr(getattr(kg, name), "__path__"), name
        assert type(getattr(kg, name)).__name__ == "function", name


def test_founding_article_gives_openai_restricting_china(shared, tmp_path, nlp):
    out = tmp_path / "out"
    assert run("build", str(shared / "corpora"), "-o", str(out), "--quiet", "--no-html").exit_code == 0
    res = run("query", "--saved", "who-restricts-whom", "--store", str(out), "-f", "json")
    rows = json.loads(res.stdout)["results"]["bindings"]
    assert any(r["subject"]["value"] == "OpenAI" and r["object"]["value"] == "China" for r in rows)


def test_diff_lists_added_and_removed_facts_with_evidence(tmp_path, nlp):
    old = write_corpus(tmp_path / "old", {"a.txt": "OpenAI blocked API access from China.",
                                          "b.txt": "Broadcom acquired VMware."})
    new = write_corpus(tmp_path / "new", {"a.txt": "OpenAI blocked API access from China.",
                                          "c.txt": "AMD acquired Xilinx."})
    for folder, out in ((old, tmp_path / "o1"), (new, tmp_path / "o2")):
        assert run("build", str(folder), "-o", str(out), "-q", "--no-html").exit_code == 0
    res = run("diff", str(tmp_path / "o1"), str(tmp_path / "o2"), "-f", "jsonl")
    assert res.exit_code == 0, res.output
    changes = [json.loads(line) for line in res.stdout.splitlines()]
    assert {(c["change"], c["subject"], c["predicate"], c["object"]) for c in changes} == {
        ("added", "AMD", "acquires", "Xilinx"), ("removed", "Broadcom", "acquires", "VMware")}
    assert changes[0]["evidence"][0]["sentence"] == "AMD acquired Xilinx."
    # exports work as inputs too
    res = run("diff", str(tmp_path / "o1" / "graph.trig"), str(tmp_path / "o2" / "graph.jsonld"))
    assert res.exit_code == 0 and "1 added, 1 removed" in res.stdout
    bad = run("diff", str(tmp_path / "o1"), str(tmp_path / "nothing.csv"))
    assert bad.exit_code == 2 and "not a kg build folder" in bad.output
