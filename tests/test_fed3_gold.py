"""The third federal gold set (benchmarks/data/fed3-gold.jsonl, written by
benchmarks/data/make_fed3_gold.py) is well-formed and verbatim: a malformed row would silently score as
a miss or a false fact in benchmarks/score_real.py."""
from __future__ import annotations

import json
import re

from kg.vocab import CLASSES, PREDICATES

from .conftest import ROOT

DATA = ROOT / "benchmarks" / "data"
GOLD = DATA / "fed3-gold.jsonl"
SOURCES = DATA / "fed3-sources"


def _rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_rows_are_well_formed():
    rows = _rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate passage ids"
    for r in rows:
        m = re.fullmatch(r"f3-(\d\d)-(\d\d)", r["id"])
        assert m, r["id"]
        assert r["source"].startswith(m.group(1) + "_"), (r["id"], r["source"])
        names = [e["name"] for e in r["entities"]]
        assert len(names) == len(set(names)), (r["id"], "entity declared twice")
        for e in r["entities"]:
            assert e["type"] in CLASSES, (r["id"], e)
        for t in r["triples"]:
            assert t["s"] in names and t["o"] in names, (r["id"], t, "end not declared")
            assert t["p"] and set(t["p"]) <= set(PREDICATES), (r["id"], t, "not a core predicate")
            assert t["s"] != t["o"], (r["id"], t)


def test_passages_are_verbatim_in_order_and_every_source_is_used():
    position: dict[str, int] = {}
    for r in _rows():
        text = (SOURCES / r["source"]).read_text(encoding="utf-8")
        head, body = text.split("\n-----\n", 1)
        assert "LICENSE: Public domain" in head, r["source"]
        at = _flat(body).find(_flat(r["text"]), position.get(r["source"], 0))
        assert at >= 0, (r["id"], "not verbatim in its source, or out of order")
        position[r["source"]] = at + len(_flat(r["text"]))
    assert set(position) == {p.name for p in SOURCES.glob("*.txt")}
