"""`kg validate`: the sample corpus conforms to ontologies/shapes.ttl; a planted bad triple is
reported with the article and sentence it sits on, and the exit code is 1."""
from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.rdfarticle import PREFIXES
from kg.store import GraphStore
from kg.validate import validate

runner = CliRunner()
pytestmark = pytest.mark.slow


def test_the_sample_corpus_conforms(sample_built):
    res = runner.invoke(app, ["validate", "--store", str(sample_built)])
    assert res.exit_code == 0, res.output
    assert "conforms" in res.output


def test_a_planted_bad_triple_is_reported_with_its_sentence(built, tmp_path):
    out, _ = built
    shutil.copytree(out / "store", tmp_path / "store")
    gs = GraphStore(tmp_path / "store")
    q = """SELECT ?g ?x ?sentence WHERE { GRAPH ?g { ?x a kg:Assertion ; rdf:predicate kg:restricts ;
           kg:sentence ?sentence } } ORDER BY ?x LIMIT 1"""
    (row,) = list(gs.ox.query(q, prefixes=PREFIXES))
    gs.ox.update(f"INSERT DATA {{ GRAPH {row['g']} {{ {row['x']} <https://w3id.org/kg/ontology#confidence> 1.7 }} }}")
    gs.flush()
    violations = validate(store=gs)
    assert violations and {v.focus for v in violations} == {row["x"].value}
    assert all(v.sentence == row["sentence"].value and v.article == row["g"].value for v in violations)
    assert any(v.value == "1.7" for v in violations)
    gs.close()
    res = runner.invoke(app, ["validate", "--store", str(tmp_path / "store")])
    assert res.exit_code == 1
    lines = [line for line in res.output.splitlines() if line.startswith("kg: violation:")]
    assert lines and all(row["sentence"].value in line and "kg:confidence" in line for line in lines)
