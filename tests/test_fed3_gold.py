"""The third federal gold set (benchmarks/data/fed3-gold.jsonl, written by
benchmarks/data/make_fed3_gold.py) is well-formed and verbatim: a malformed row would silently score as
a miss or a false fact in benchmarks/score_real.py."""
from __future__ import annotations

from .conftest import ROOT
from .goldrows import assert_well_formed, flat as _flat, rows

DATA = ROOT / "benchmarks" / "data"
GOLD = DATA / "fed3-gold.jsonl"
SOURCES = DATA / "fed3-sources"


def _rows() -> list[dict]:
    return rows(GOLD)


def test_rows_are_well_formed():
    assert_well_formed(_rows(), "f3")


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
