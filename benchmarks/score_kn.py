#!/usr/bin/env python3
"""Score the extractor on KnowledgeNet's real web text (organisation relations), in two halves.

    python benchmarks/score_kn.py [-v] [--limit N]

KnowledgeNet (Mesquita et al. 2019, CC BY-SA 4.0; ../shared/eval/knowledgenet/) annotates
sentences of DBpedia abstracts and crawled web pages exhaustively per property: a passage
annotated for CEO lists every CEO fact in it, or says it has none. Five properties map onto the
ontology: CEO → leads, EMPLOYEE_OR_MEMBER_OF → worksFor, FOUNDED_BY → founded (person founded
org), HEADQUARTERS → basedIn, SUBSIDIARY_OF → owns (parent owns subsidiary). A prediction counts
only for the predicates its passage was annotated for, so an unannotated relation is never
called false.

Passages whose annotated subject or object is a pronoun or relative word ("He", "which") are
left out: their gold names need coreference the annotation does not give.

Folds 1–2 are the tuning half, folds 3–4 the check half (measured only). Nothing is copied into
the project: the data is read from ../shared when present.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "eval" / "knowledgenet" / "knowledgenet_trainfolds_facts.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list the tuning half's misses and false facts")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N passages of each half")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return
    from kg.evaluate import judge, knowledgenet, predictor

    rows = knowledgenet(DATA)
    halves = {"tune": [r for r in rows if r["fold"] in (1, 2)], "check": [r for r in rows if r["fold"] in (3, 4)]}
    predict = predictor()
    for name, part in halves.items():
        if args.limit:
            part = part[: args.limit]
        per = defaultdict(lambda: [0, 0, 0])
        for row in part:
            preds = [x for x in predict(row) if x[1] in row["annotated"]]
            verdicts = judge([row], lambda _r, preds=preds: preds)
            hits = sum(v is True for _, v in verdicts)
            for (s, p, o, _c), v in verdicts:
                if v is True:
                    per[p][0] += 1
                elif v is False:
                    per[p][1] += 1
                    if args.v and name == "tune":
                        print(f"[tune] false {row['id']}: {s} -{p}-> {o} | {row['text'][:160]}")
            got = {(s, o) for (s, p, o, _c), v in verdicts if v is True}
            for g in row["triples"]:
                per[g["p"][0]][2] += 1
            per["_fn"][0] += len(row["triples"]) - hits
            if args.v and name == "tune" and len(row["triples"]) > hits:
                print(f"[tune] miss {row['id']}: {row['triples']} got={sorted(got)} | {row['text'][:200]}")
        tp = sum(v[0] for k, v in per.items() if k != "_fn")
        fp = sum(v[1] for k, v in per.items() if k != "_fn")
        fn = per["_fn"][0]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:6} {len(part):5} passages  F1={f:.3f} P={p:.3f} R={r:.3f} tp={tp} fp={fp} fn={fn}")
        print("   " + "  ".join(f"{k}: tp {v[0]} fp {v[1]} gold {v[2]}" for k, v in sorted(per.items()) if k != "_fn"))


if __name__ == "__main__":
    main()
