"""The project's gold annotation of the U.S. releases (benchmarks/data/us-gov-gold.jsonl) is
well-formed: a malformed row would silently score as a miss or a false fact in
benchmarks/score_real.py and teach the wrong rule.
"""
from __future__ import annotations

import json
import re

import pytest

from kg.vocab import CLASSES, PREDICATES

from .conftest import ROOT

GOLD = ROOT / "benchmarks" / "data" / "us-gov-gold.jsonl"


def _rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_rows_are_well_formed():
    rows = _rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate passage ids"
    for r in rows:
        m = re.fullmatch(r"ug-(\d\d)-(\d\d)", r["id"])
        assert m, r["id"]
        assert r["source"].startswith(m.group(1) + "_"), (r["id"], r["source"])
        names = [e["name"] for e in r["entities"]]
        assert len(names) == len(set(names)), (r["id"], "entity declared twice")
        for e in r["entities"]:
            assert e["type"] in CLASSES, (r["id"], e)
            assert isinstance(e.get("aliases", []), list), (r["id"], e)
        for t in r["triples"]:
            assert t["s"] in names and t["o"] in names, (r["id"], t, "end not declared")
            assert t["p"] and set(t["p"]) <= set(PREDICATES), (r["id"], t, "not a core predicate")
            assert t["s"] != t["o"], (r["id"], t)


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
