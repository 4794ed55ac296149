"""The federal gold sets annotated before kg ran on them (benchmarks/data/fed3- to fed8-gold.jsonl,
written by benchmarks/data/make_fed3_gold.py to make_fed8_gold.py) are well-formed and verbatim: a malformed row
would silently score as a miss or a false fact in benchmarks/score_real.py."""
from __future__ import annotations

import pytest

from .conftest import ROOT
from .goldrows import assert_well_formed, flat as _flat, rows

DATA = ROOT / "benchmarks" / "data"
SETS = {"fed3": "f3", "fed4": "f4", "fed5": "f5", "fed6": "f6", "fed7": "f7", "fed8": "f8"}

SETS["fed9"] = "f9"  # and the ninth set (make_fed9_gold.py), of agencies and kinds no other set used
SETS["fed10"] = "f10"  # and the tenth (make_fed10_gold.py), of federal document kinds other than press releases
SETS["fed11"] = "f11"  # and the eleventh (make_fed11_gold.py): DHS, State ITSI, DOJ, NSF, USITC, EXIM releases
SETS["fed12"] = "f12"  # and the twelfth (make_fed12_gold.py): whole White House fact sheets on designations
SETS["fed13"] = "f13"  # and the thirteenth (make_fed13_gold.py): orders, FR rules, GAO, CRS, testimony, not releases
SETS["fed14"] = "f14"  # and the fourteenth (make_fed14_gold.py): USTR notices, an indictment, IG and committee reports
SETS["fed15"] = "f15"  # and the fifteenth (make_fed15_gold.py): Treasury, State and DOJ designation releases


@pytest.mark.parametrize("name", sorted(SETS))
def test_rows_are_well_formed(name):
    assert_well_formed(rows(DATA / f"{name}-gold.jsonl"), SETS[name])


@pytest.mark.parametrize("name", sorted(SETS))
def test_passages_are_verbatim_in_order_and_every_source_is_used(name):
    sources = DATA / f"{name}-sources"
    position: dict[str, int] = {}
    for r in rows(DATA / f"{name}-gold.jsonl"):
        text = (sources / r["source"]).read_text(encoding="utf-8")
        head, body = text.split("\n-----\n", 1)
        assert "LICENSE: Public domain" in head, r["source"]
        at = _flat(body).find(_flat(r["text"]), position.get(r["source"], 0))
        assert at >= 0, (r["id"], "not verbatim in its source, or out of order")
        position[r["source"]] = at + len(_flat(r["text"]))
    assert set(position) == {p.name for p in sources.glob("*.txt")}
