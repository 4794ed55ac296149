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
    from .api import written_label
    from .extract import facts_of
    from .gazetteer import load as load_gazetteer
    from .models import Article
    from .nlp import load

    if nlp is None:
        nlp, gaz = load(gazetteer=gaz)
    elif gaz is None:
        gaz = load_gazetteer()

    def predict(row: dict) -> list[Prediction]:  # named as `kg extract` names them (score.py reads those)
        art, text = Article(row["id"], row["text"], row["id"]), row["text"]
        return [(written_label(t.subject, text[t.evidence.subj_start:t.evidence.subj_end]), t.predicate,
                 written_label(t.object, text[t.evidence.obj_start:t.evidence.obj_end]), t.evidence.confidence)
                for t in facts_of(nlp(text), art, gaz)]
    return predict


# KnowledgeNet (Mesquita et al. 2019, CC BY-SA 4.0): sentences of DBpedia abstracts and crawled web
# pages annotated exhaustively per property. Five properties map onto the ontology.
# property -> (acceptable predicates of the gold fact, whether the person/parent is the object)
KN_MAP = {
    "CEO": (["leads", "worksFor"], True),
    "EMPLOYEE_OR_MEMBER_OF": (["worksFor", "leads", "founded"], False),
    "FOUNDED_BY": (["founded", "leads", "worksFor"], True),
    "HEADQUARTERS": (["basedIn"], False),
    "SUBSIDIARY_OF": (["owns"], True),
}
KN_PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their", "who", "which", "that", "whom",
            "whose", "him", "them", "this", "these", "the company", "the firm", "i", "my", "me", "we", "our",
            "us", "where", "you", "your"}


def knowledgenet(path: Path) -> list[dict]:
    """Gold rows in the shared scorer's shape, plus the fold and the annotated predicates."""
    rows: dict[tuple, dict] = {}
    bad: set[tuple] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["property"] not in KN_MAP:
            continue
        key = (r["doc"], r["passageStart"])
        row = rows.setdefault(key, {"id": f"kn-{r['doc']}-{r['passageStart']}", "text": r["passageText"],
                                    "fold": r["fold"], "entities": [], "triples": [], "annotated": set()})
        preds, flip = KN_MAP[r["property"]]
        row["annotated"].update(preds)
        if r["objectText"] is None:  # an exhaustive negative: the property has no fact here
            continue
        s, o = r["subjectText"].strip(), r["objectText"].strip()
        if s.lower() in KN_PRONOUNS or o.lower() in KN_PRONOUNS:
            bad.add(key)
            continue
        if flip:
            s, o = o, s
        t = {"s": s, "p": preds, "o": o}
        if t not in row["triples"]:
            row["triples"].append(t)
    return [row for key, row in rows.items() if key not in bad]


def score_annotated(rows: list[dict], predict) -> dict:
    """Score rows whose passages were annotated only for some predicates ("annotated"): a prediction
    of another predicate is neither a hit nor a false fact."""
    tp = fp = fn = 0
    for row in rows:
        preds = [x for x in predict(row) if x[1] in row["annotated"]]
        verdicts = judge([row], lambda _r, preds=preds: preds)
        hits = sum(v is True for _, v in verdicts)
        tp += hits
        fp += sum(v is False for _, v in verdicts)
        fn += len(row["triples"]) - hits
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


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
