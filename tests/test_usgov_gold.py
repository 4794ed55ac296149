"""The project's gold annotation of the U.S. releases (benchmarks/data/us-gov-gold.jsonl) is
well-formed: a malformed row would silently score as a miss or a false fact in
benchmarks/score_real.py and teach the wrong rule.
"""
from __future__ import annotations

import re

import pytest

from kg.vocab import PREDICATES

from .conftest import ROOT
from .goldrows import assert_well_formed, flat as _flat, rows

GOLD = ROOT / "benchmarks" / "data" / "us-gov-gold.jsonl"


def _rows() -> list[dict]:
    return rows(GOLD)


def test_rows_are_well_formed():
    assert_well_formed(_rows(), "ug")


def test_predicates_are_the_ontology_core(shared):
    """kg.vocab's list is the 19 of the shared ONTOLOGY.md table, so the check above is the contract's."""
    text = (shared / "ONTOLOGY.md").read_text(encoding="utf-8")
    section = text.split("## Core predicates", 1)[1].split("\n## ", 1)[0]
    table = set(re.findall(r"^\| (\w+) \|", section, re.M)) - {"predicate"}
    assert table == set(PREDICATES)


def test_passages_are_verbatim_and_in_order(shared):
    """Each passage occurs, whitespace normalised, in the body of its source (after the "-----"
    line), and a document's passages follow each other in its order without overlapping; a
    passage marked `"field": "title"` (id ug-DD-00, first of its document) is the TITLE header."""
    corpus = shared / "corpora" / "us-gov"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is absent")
    position: dict[str, int] = {}
    for r in _rows():
        if r.get("field") == "title":  # a release's headline: its TITLE header line, word for word
            head = (corpus / r["source"]).read_text(encoding="utf-8").split("\n-----\n", 1)[0]
            assert f"TITLE: {r['text']}" in head.splitlines(), (r["id"], "not the title of its source")
            assert r["id"].endswith("-00") and r["source"] not in position, (r["id"], "a title is passage 00")
            continue
        body = _flat((corpus / r["source"]).read_text(encoding="utf-8").split("\n-----\n", 1)[1])
        at = body.find(_flat(r["text"]), position.get(r["source"], 0))
        assert at >= 0, (r["id"], "not verbatim in its source, or out of order")
        position[r["source"]] = at + len(_flat(r["text"]))
    sources = {p.name for p in corpus.glob("*.txt")}
    assert set(position) == sources, sources - set(position)
