"""Layering: the commands that only read a built graph never load spaCy or the extraction rules,
and the library functions `kg.build`, `kg.query`, `kg.extract`, `kg.viz` keep their names
whatever submodules are imported. Each check runs in a fresh interpreter, where sys.modules
shows exactly what a command imported."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
from kg.cli import app
try:
    app(sys.argv[1:], standalone_mode=False)
finally:
    loaded = sorted(m for m in sys.modules if m == "spacy" or m.startswith(("spacy.", "kg.extract", "kg.nlp")))
    print("LOADED " + json.dumps(loaded), file=sys.stderr)
"""


def run_probe(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("command", ["query", "diff", "viz"])
def test_read_only_commands_do_not_import_spacy_or_the_rules(command, built, tmp_path):
    out, _ = built
    args = {"query": ["query", "--saved", "who-restricts-whom", "--store", str(out), "-f", "json"],
            "diff": ["diff", str(out), str(out / "graph.nq"), "-f", "jsonl"],
            "viz": ["viz", "--store", str(out), "-o", str(tmp_path / "view.html")]}[command]
    proc = run_probe(PROBE, *args)
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stderr.splitlines() if x.startswith("LOADED "))
    assert json.loads(line[len("LOADED "):]) == []
    if command == "query":  # the command did its work
        rows = json.loads(proc.stdout)["results"]["bindings"]
        assert any(r["subject"]["value"] == "OpenAI" for r in rows)
    elif command == "diff":  # the store and its own N-Quads export hold the same facts
        assert proc.stdout.strip() == ""
    else:
        assert "OpenAI" in (tmp_path / "view.html").read_text(encoding="utf-8")


def test_importing_kg_loads_neither_spacy_nor_the_rules():
    code = ("import sys, kg; print(sorted(m for m in sys.modules "
            "if m == 'spacy' or m.startswith(('spacy.', 'kg.extract', 'kg.nlp', 'rdflib'))))")
    proc = run_probe(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_functions_keep_their_names_whatever_is_imported_later():
    """Loading a submodule sets it on its package; kg/extract/ loads only at the first extraction,
    so without care `kg.extract` would change from the function to the package mid-session."""
    code = """
import types
import kg
import kg.build, kg.extract, kg.query, kg.viz
from kg.extract import facts_of  # the modules stay reachable by name
from kg.query import to_json
from kg.viz import render_html
from kg import extract, query
for name in ("build", "query", "saved_query", "extract", "viz"):
    assert isinstance(getattr(kg, name), types.FunctionType), name
assert extract is kg.extract and query is kg.query
kg.answer = 42  # other attributes are set as usual
assert kg.answer == 42
print("ok")
"""
    proc = run_probe(code)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr
