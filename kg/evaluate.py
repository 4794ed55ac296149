"""Score extracted facts against a gold file (the format of ../shared/eval/*.jsonl).

Follows the shared scorer's matching rules (normalised labels, gold aliases, symmetric
predicates, each gold fact credited once, alternative readings of a gold fact are neither
hits nor false facts) so that tests and `python -m kg.evaluate` report the same figures
without a subprocess per run. Also reports precision by confidence band.
"""
from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

SYMMETRIC = {"partnersWith", "competesWith"}
BANDS = ((0.8, 1.01), (0.7, 0.8), (0.6, 0.7), (0.0, 0.6))

Prediction = tuple[str, str, str, float]  # subject label, predicate, object label, confidence


def norm(label: str) -> str:
    s = unicodedata.normalize("NFKC", label).casefold().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip(" .,;:'\"")


def load(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def judge(rows: list[dict], predict: Callable[[dict], Iterable[Prediction]],
          only: set[str] | None = None) -> list[tuple[Prediction, bool | None]]:
    """Each distinct prediction with its verdict: True (hits a gold fact), False (false fact),
    None (another reading of a gold fact already credited). Misses are counted separately."""
    out: list[tuple[Prediction, bool | None]] = []
    for row in rows:
        forms = {e["name"]: {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])} for e in row["entities"]}
        best: dict[tuple, float] = {}
        for s, p, o, c in predict(row):
            if not only or p in only:
                k = (norm(s), p, norm(o))
                best[k] = max(c, best.get(k, 0.0))

        def hit(t, g) -> bool:
            s, p, o = t
            gs, go = forms.get(g["s"], {norm(g["s"])}), forms.get(g["o"], {norm(g["o"])})
            return p in g["p"] and ((s in gs and o in go) or (p in SYMMETRIC and s in go and o in gs))

        used: set = set()
        for g in row["triples"]:
            t = next((t for t in sorted(best, key=lambda t: -best[t]) if t not in used and hit(t, g)), None)
            if t:
                used.add(t)
        for t, c in best.items():
            verdict = True if t in used else (None if any(hit(t, g) for g in row["triples"]) else False)
            out.append(((*t, c), verdict))
    return out


def score(rows: list[dict], predict, only: set[str] | None = None) -> dict:
    verdicts = judge(rows, predict, only)
    tp = sum(v is True for _, v in verdicts)
    fp = sum(v is False for _, v in verdicts)
    fn = sum(len(r["triples"]) for r in rows) - tp  # as the shared scorer counts misses
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    bands = {}
    for lo, hi in BANDS:
        inband = [v for (_, _, _, c), v in verdicts if lo <= c < hi and v is not None]
        bands[f"{lo:.1f}-{min(hi, 1.0):.1f}"] = {"facts": len(inband), "precision":
                                                 round(sum(inband) / len(inband), 3) if inband else None}
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn, "bands": bands}


def predictor(nlp=None, gaz=None) -> Callable[[dict], list[Prediction]]:
    """Run the project's extractor in-process on one gold passage."""
    from .extract import facts_of
    from .gazetteer import load as load_gazetteer
    from .models import Article
    from .nlp import load

    if nlp is None:
        nlp, gaz = load(gazetteer=gaz)
    elif gaz is None:
        gaz = load_gazetteer()

    def predict(row: dict) -> list[Prediction]:
        art = Article(row["id"], row["text"], row["id"])
        return [(t.subject.label, t.predicate, t.object.label, t.evidence.confidence)
                for t in facts_of(nlp(row["text"]), art, gaz)]
    return predict


def main() -> None:
    ap = argparse.ArgumentParser(description="Score kg's extractor on a gold file, with precision by confidence band.")
    ap.add_argument("gold", type=Path)
    ap.add_argument("--only", help="comma-separated predicates to count")
    args = ap.parse_args()
    res = score(load(args.gold), predictor(), set(args.only.split(",")) if args.only else None)
    print(f"{'confidence':<12}{'facts':>7}{'precision':>11}")
    for band, v in res["bands"].items():
        print(f"{band:<12}{v['facts']:>7}{'' if v['precision'] is None else v['precision']:>11}")
    print(f"F1={res['f1']:.3f} P={res['precision']:.3f} R={res['recall']:.3f} tp={res['tp']} fp={res['fp']} fn={res['fn']}")


if __name__ == "__main__":
    main()
