"""Extraction quality against gold sets: a regression floor that fails when quality drops.

tests/data/geo-dev.jsonl is a copy of ../shared/eval/geo-dev.jsonl (allowed; CoNLL04 and
KnowledgeNet are not copied: they are read from ../shared when present). The in-process
scorer follows the shared scorer's matching rules; the shared scorer itself is run too.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from kg.extract import facts_of
from kg.models import Article

from .conftest import ROOT

# Figures reached when these floors were last raised (see the issue notes); a drop fails.
GEO_DEV = {"f1": 0.95, "precision": 0.97}
GEO_DEV_HIGH_CONFIDENCE_PRECISION = 0.95  # facts with confidence >= 0.8
CONLL04_DEV_F1 = 0.43
SYMMETRIC = {"partnersWith", "competesWith"}


def norm(label: str) -> str:
    s = unicodedata.normalize("NFKC", label).casefold().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip(" .,;:'\"")


def score(rows: list[dict], predict, only: set[str] | None = None, min_conf: float = 0.0) -> dict:
    tp = fp = fn = 0
    for row in rows:
        forms = {e["name"]: {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])} for e in row["entities"]}
        preds = {(norm(s), p, norm(o)) for s, p, o, c in predict(row) if (not only or p in only) and c >= min_conf}

        def hit(t, g):
            s, p, o = t
            gs, go = forms.get(g["s"], {norm(g["s"])}), forms.get(g["o"], {norm(g["o"])})
            return p in g["p"] and ((s in gs and o in go) or (p in SYMMETRIC and s in go and o in gs))

        used = set()
        for g in row["triples"]:
            t = next((t for t in preds if t not in used and hit(t, g)), None)
            if t:
                used.add(t)
                tp += 1
            elif min_conf == 0.0:
                fn += 1
        fp += sum(1 for t in preds - used if not any(hit(t, g) for g in row["triples"]))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def predictor(nlp, gaz):
    def predict(row):
        art = Article(row["id"], row["text"], row["id"])
        return [(t.subject.label, t.predicate, t.object.label, t.evidence.confidence)
                for t in facts_of(nlp(row["text"]), art, gaz)]
    return predict


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_geo_dev_regression(nlp, gaz):
    res = score(load(ROOT / "tests" / "data" / "geo-dev.jsonl"), predictor(nlp, gaz))
    print(res)
    assert res["f1"] >= GEO_DEV["f1"] and res["precision"] >= GEO_DEV["precision"], res


def test_high_confidence_facts_are_precise(nlp, gaz):
    res = score(load(ROOT / "tests" / "data" / "geo-dev.jsonl"), predictor(nlp, gaz), min_conf=0.8)
    assert res["tp"] > 20 and res["precision"] >= GEO_DEV_HIGH_CONFIDENCE_PRECISION, res


def test_conll04_dev_regression(shared, nlp, gaz):
    rows = load(shared / "eval" / "conll04" / "conll04-dev.gold.jsonl")
    res = score(rows, predictor(nlp, gaz), only={"worksFor", "leads", "founded", "basedIn", "locatedIn"})
    print(res)
    assert res["f1"] >= CONLL04_DEV_F1, res


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
