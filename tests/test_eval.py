"""Extraction quality against gold sets: a regression floor that fails when quality drops.

tests/data/geo-dev.jsonl is a copy of ../shared/eval/geo-dev.jsonl (allowed; CoNLL04 and
KnowledgeNet are not copied: they are read from ../shared when present). kg.evaluate
follows the shared scorer's matching rules in-process; the shared scorer itself is run too.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.evaluate import knowledgenet, load, predictor, score, score_annotated

from .conftest import ROOT

# Figures reached when these floors were last raised (see the issue notes); a drop fails.
GEO_DEV = {"f1": 0.97, "precision": 0.98}
GEO_DEV_HIGH_CONFIDENCE_PRECISION = 0.95  # facts with confidence >= 0.8
CONLL04_DEV_F1 = 0.61  # 0.621 reached (0.605 the stop before): CoNLL04 places AP in every dateline city; ONTOLOGY.md places no agency by its dateline (was 0.647)
# real-dev (U.S. federal releases): 0.265 before the real-text rules; floors just under what they reach
REAL_DEV = {"f1": 0.82, "precision": 0.97}  # 0.829 / 1.000 reached (issue 9; 0.820 the stop before)
# the project's own gold for ../shared/corpora/us-gov/ (benchmarks/data/us-gov-gold.jsonl, 40 passages)
US_GOV = {"f1": 0.89, "precision": 0.97}  # 0.911 / 1.000 reached (0.883 the stop before; its check half 0.667 -> 0.759)
# the project's own news-style sentences (benchmarks/data/news-own.jsonl, 58 passages; a tuning set, issue 9)
NEWS_OWN = {"f1": 0.95, "precision": 0.97}  # 0.981 / 1.000 reached (0.817 / 0.962 before the news shapes)
# news-style passages written after the rules and annotated before kg ran on them (news-fresh.jsonl, 30 passages;
# odd tune, even counted only): 0.781 when first measured, 0.822 / P 0.898 at the ninth stop, 0.865 / P 0.906 at the
# tenth (its check half unchanged throughout)
NEWS_FRESH = {"f1": 0.85, "precision": 0.88}  # 0.875 / 0.907 at the eleventh stop
# a second such set (news-fresh2.jsonl, 40 passages written on 29 November 2026; odd tune, even counted only):
# 0.733 / P 0.906 when first measured, before any rule was changed for it; 0.859 / P 0.953 after its tuning half's rules
# (its check half 0.708 -> 0.758, counted only)
NEWS_FRESH2 = {"f1": 0.84, "precision": 0.93}
# a third such set (news-fresh3.jsonl, 40 passages written at the sixteenth stop; odd tune, even counted only):
# 0.721 / P 0.898 when first measured, before any rule was changed for it (tune 0.708 / P 0.958, check 0.732 / P 0.857);
# 0.768 / P 0.921 after its tuning half's rules (tune 0.812 / P 1.000; check unchanged, counted only)
# 0.823 / P 0.929 at the twentieth stop (tune 0.907: "the EU's executive arm" read as the Commission; check 0.747)
NEWS_FRESH3 = {"f1": 0.80, "precision": 0.90}
# a third federal set annotated before kg ran on it (benchmarks/data/fed3-gold.jsonl, 39 passages; odd documents
# tune, even counted only): 0.467 / P 0.677 when first measured, 0.632 / P 0.833 after its tuning half's rules,
# 0.700 / P 0.854 at the eleventh stop (its check half 0.364 -> 0.531 from fed4's and the shapes lane's readings),
# 0.713 / P 0.857 at the twelfth (check half 0.560, from the long-sentence attachment repairs)
FED3 = {"f1": 0.68, "precision": 0.82}
# a fourth federal set in the shapes the check halves miss, annotated before kg ran on it (benchmarks/data/fed4-gold.jsonl,
# 41 passages; odd documents tune, even counted only): 0.598 / P 0.889 when first measured, 0.746 / P 0.936 after its
# tuning half's rules; 0.739 / P 0.917 with every lane of the eleventh stop merged (its check half 0.560 -> 0.528:
# three more false basedIn, counted only); 0.750 / P 0.918 at the twelfth stop (check half 0.556); 0.760 / P 0.920 at
# the thirteenth (check half 0.582: the lead's federal variants)
FED4 = {"f1": 0.74, "precision": 0.90}
# a fifth federal set on the field's events, annotated before kg ran on it (benchmarks/data/fed5-gold.jsonl, 35 passages;
# odd documents tune, even counted only): 0.505 / P 0.852 when first measured, 0.782 / P 0.935 after its tuning half's
# rules (check half 0.622 -> 0.652), 0.814 / P 0.939 with plural descriptions that refer back to a list (check 0.735),
# 0.824 / P 0.940 with a body's review of the threat a party poses; 0.825 / P 0.940 with every lane of the thirteenth
# stop merged (tuning half 0.892, check half 0.735)
FED5 = {"f1": 0.80, "precision": 0.92}
# a sixth federal set (denial orders, UFLPA listings, FTC and SEC actions), annotated before kg ran on it
# (benchmarks/data/fed6-gold.jsonl, 32 passages; odd documents tune, even counted only): 0.488 / P 0.656 when first
# measured (tuning half 0.556, check half 0.375), 0.742 / P 0.943 after its tuning half's rules (0.786 / 0.667)
FED6 = {"f1": 0.70, "precision": 0.90}
# a seventh federal set, of designation releases (Treasury and State designations, BIS Entity List additions, a BIS
# penalty), annotated before kg ran on it (benchmarks/data/fed7-gold.jsonl, 37 passages; odd documents tune, even
# counted only): 0.447 / P 0.531 when first measured (tuning half 0.531, check half 0.296), 0.579 / P 0.688 after its
# tuning half's rules (0.735 / 0.296: the check half's ten false facts are counted only)
FED7 = {"f1": 0.57, "precision": 0.68}
# an eighth federal set, of designation and enforcement releases (a Treasury designation, State designations, BIS
# listings and denial orders, two indictments, a FinCEN alert), annotated before kg ran on it (benchmarks/data/
# fed8-gold.jsonl, 46 passages; odd documents tune, even counted only): 0.526 / P 0.769 when first measured (tuning
# half 0.567, check half 0.468), 0.730 / P 0.902 after its tuning half's rules (tuning half 0.886, check half 0.468)
FED8 = {"f1": 0.71, "precision": 0.89}
# written variants of how federal releases state sanctions, leads, owns, sues and basedIn (benchmarks/data/
# shapes-federal.jsonl, 145 passages, tuning only): 0.868 / P 0.972 before the shapes lane, 0.963 / P 0.990 after
SHAPES_FEDERAL = {"f1": 0.93, "precision": 0.96}
# KnowledgeNet's first 200 usable passages of each half (real web text, organisation relations);
# precision is low by construction (places wider than the annotated city count as false)
KNOWLEDGENET_F1 = 0.40  # 0.414 on this sample now (name repairs, wire rules, learned leads/basedIn; 0.34 before)


def test_geo_dev_regression(nlp, gaz):
    res = score(load(ROOT / "tests" / "data" / "geo-dev.jsonl"), predictor(nlp, gaz))
    print(res)
    assert res["f1"] >= GEO_DEV["f1"] and res["precision"] >= GEO_DEV["precision"], res


def test_high_confidence_facts_are_precise(nlp, gaz):
    band = score(load(ROOT / "tests" / "data" / "geo-dev.jsonl"), predictor(nlp, gaz))["bands"]["0.8-1.0"]
    assert band["facts"] > 20 and band["precision"] >= GEO_DEV_HIGH_CONFIDENCE_PRECISION, band


def test_conll04_dev_regression(shared, nlp, gaz):
    rows = load(shared / "eval" / "conll04" / "conll04-dev.gold.jsonl")
    res = score(rows, predictor(nlp, gaz), only={"worksFor", "leads", "founded", "basedIn", "locatedIn"})
    print(res)
    assert res["f1"] >= CONLL04_DEV_F1, res


def test_knowledgenet_regression(shared, nlp, gaz):
    path = shared / "eval" / "knowledgenet" / "knowledgenet_trainfolds_facts.jsonl"
    if not path.exists():
        pytest.skip("../shared/eval/knowledgenet is not here")
    rows = knowledgenet(path)
    sample = [r for r in rows if r["fold"] in (1, 2)][:200] + [r for r in rows if r["fold"] in (3, 4)][:200]
    res = score_annotated(sample, predictor(nlp, gaz))
    print(res)
    assert res["f1"] >= KNOWLEDGENET_F1, res


def test_real_dev_regression(shared, nlp, gaz):
    path = shared / "eval" / "real" / "real-dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/eval/real/real-dev.jsonl is not here")
    res = score(load(path), predictor(nlp, gaz))
    print(res)
    assert res["f1"] >= REAL_DEV["f1"] and res["precision"] >= REAL_DEV["precision"], res


# the project's own gold sets in benchmarks/data/, each with its floors
OWN_GOLD = {"us-gov-gold.jsonl": US_GOV, "news-own.jsonl": NEWS_OWN, "news-fresh.jsonl": NEWS_FRESH, "news-fresh2.jsonl": NEWS_FRESH2,
            "news-fresh3.jsonl": NEWS_FRESH3,
            "fed3-gold.jsonl": FED3, "fed4-gold.jsonl": FED4, "fed5-gold.jsonl": FED5, "fed6-gold.jsonl": FED6,
            "fed7-gold.jsonl": FED7, "fed8-gold.jsonl": FED8, "shapes-federal.jsonl": SHAPES_FEDERAL}

# a ninth federal set, of agencies and kinds no other set used (an FTC consent order, an FCC fact sheet, CHIPS terms,
# USTR, a CFIUS order, DoD Title III agreements, NTIA, DOE), annotated before kg ran on it (benchmarks/data/
# fed9-gold.jsonl, 44 passages; odd documents tune, even counted only): 0.600 / P 0.778 when first measured (tuning
# half 0.596, check half 0.609), 0.740 / P 0.900 after its tuning half's rules (0.800 / 0.609)
FED9 = {"f1": 0.73, "precision": 0.89}
OWN_GOLD["fed9-gold.jsonl"] = FED9

# a tenth federal set, of document kinds other than press releases (GAO highlights, CRS products, BIS and OFAC Federal
# Register documents, White House memorandum, letter and fact sheet, an official's remarks), annotated before kg ran on
# it (benchmarks/data/fed10-gold.jsonl, 38 passages; odd documents tune, even counted only): 0.158 / P 0.429 when first
# measured (tuning half 0.273, check half 0.000), 0.596 / P 0.875 after its tuning half's rules (0.867 / 0.118)
FED10 = {"f1": 0.58, "precision": 0.86}
OWN_GOLD["fed10-gold.jsonl"] = FED10

# an eleventh federal set, of agencies and kinds no other set used (DHS, State's ITSI Fund, DOJ's Disruptive Technology
# Strike Force, NSF, two USITC Section 337 releases, two EXIM releases, a White House fact sheet), annotated before kg
# ran on it (benchmarks/data/fed11-gold.jsonl, 38 passages; odd documents tune, even counted only): 0.552 / P 0.853 when
# first measured (tuning half 0.562, check half 0.537), 0.636 / P 0.897 after its tuning half's rules (0.676 / 0.571)
FED11 = {"f1": 0.74, "precision": 0.93}  # 0.763 / P 0.957 at the twentieth stop (0.853 / 0.605: fedk's firm towns)
OWN_GOLD["fed11-gold.jsonl"] = FED11

# a twelfth federal set, of WHOLE designation texts (ten White House fact sheets on Treasury, State and Commerce
# designations, listings and export controls, where the acting body is named once and the designees in later sentences,
# bullets and lists), annotated before kg ran on it (benchmarks/data/fed12-gold.jsonl, 52 passages; odd documents tune,
# even counted only): 0.473 / P 0.812 when first measured (tuning half 0.609, check half 0.301), 0.556 / P 0.904 after
# its tuning half's rules (0.729 / 0.329)
FED12 = {"f1": 0.58, "precision": 0.90}  # 0.593 / P 0.927 at the nineteenth stop (0.768 / 0.356)
OWN_GOLD["fed12-gold.jsonl"] = FED12

# a thirteenth federal set, the second of document kinds other than press releases (a presidential CFIUS order, an
# executive order, three BIS Entity List rules, an FCC order to show cause, two GAO highlights, a CRS summary, a Treasury
# testimony), annotated before kg ran on it (benchmarks/data/fed13-gold.jsonl, 36 passages; odd documents tune, even
# counted only): 0.359 / P 0.875 when first measured (tuning half 0.370, check half 0.333), 0.558 / P 1.000 after its
# tuning half's rules (0.645 / 0.333)
FED13 = {"f1": 0.57, "precision": 0.95}  # 0.591 / P 1.000 at the nineteenth stop (0.688 / 0.333)
OWN_GOLD["fed13-gold.jsonl"] = FED13

# a fourteenth federal set, the third of document kinds other than press releases (two USTR Section 301 notices, a grand
# jury's superseding indictment, the HPSCI report on Huawei and ZTE, three inspector-general reports, an FCC fact sheet and
# proposed rule, a BIS Entity List rule), annotated before kg ran on it (benchmarks/data/fed14-gold.jsonl, 41 passages;
# odd documents tune, even counted only): 0.444 / P 0.615 when first measured (tuning half 0.276, check half 0.558),
# 0.571 / P 0.833 after its tuning half's rules (0.593 / 0.558)
FED14 = {"f1": 0.55, "precision": 0.80}
OWN_GOLD["fed14-gold.jsonl"] = FED14

# a fifteenth federal set, of designation releases of agencies and years no set used (Treasury's Integrity Tech, Zservers,
# Garantex and counter-ransomware releases, State's Entity List, Zservers and spyware statements, two DOJ releases),
# annotated before kg ran on it (benchmarks/data/fed15-gold.jsonl, 38 passages; odd documents tune, even counted only):
# 0.696 / P 0.865 when first measured (tuning half 0.667, check half 0.723), 0.854 / P 1.000 after its tuning half's
# rules (0.960 / 0.739)
FED15 = {"f1": 0.83, "precision": 0.95}
OWN_GOLD["fed15-gold.jsonl"] = FED15


@pytest.mark.parametrize("name", sorted(OWN_GOLD))
def test_own_gold_regression(nlp, gaz, name):
    floor = OWN_GOLD[name]
    res = score(load(ROOT / "benchmarks" / "data" / name), predictor(nlp, gaz))
    print(res)
    assert res["f1"] >= floor["f1"] and res["precision"] >= floor["precision"], res


@pytest.mark.slow
def test_shared_scorer_runs_against_the_installed_kg(shared, tmp_path):
    kg_bin = shutil.which("kg", path=str(Path(sys.executable).parent))
    assert kg_bin, "the kg console script is not installed next to this Python"
    report = tmp_path / "score.json"
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(shared / "eval" / "geo-dev.jsonl"),
         "--cmd", f"{kg_bin} extract {{dir}} --format jsonl", "--json", str(report)],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    last = proc.stdout.strip().splitlines()[-1]
    assert re.match(r"F1=\d\.\d{3} P=\d\.\d{3} R=\d\.\d{3}", last), last
    assert json.loads(report.read_text())["f1"] >= GEO_DEV["f1"], last
