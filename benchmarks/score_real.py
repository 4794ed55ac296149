#!/usr/bin/env python3
"""Score `kg extract` on real-dev's two halves: a tuning half (rules may be read against it) and a
check half (only measured), split by source document so that no document is in both.

    python benchmarks/score_real.py [--gold ../shared/eval/real/real-dev.jsonl] [-v]

A rule that helps the tuning half and not the check half is fitted, not general.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "eval" / "real"


def documents(sources: Path) -> list[list[str]]:
    """Passage ids per source document, in the order SOURCES.md lists them."""
    docs = []
    for line in sources.read_text(encoding="utf-8").splitlines():
        m = re.search(r"\| (rd-\d+)(?: – (rd-\d+))? \(\d+\) \|\s*$", line)
        if m:
            a = int(m.group(1)[3:])
            b = int(m.group(2)[3:]) if m.group(2) else a
            docs.append([f"rd-{i:03d}" for i in range(a, b + 1)])
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=REAL / "real-dev.jsonl")
    ap.add_argument("-v", action="store_true", help="list misses and false facts")
    args = ap.parse_args()
    docs = documents(args.gold.parent / "SOURCES.md")
    halves = {"tune": {i for d in docs[0::2] for i in d}, "check": {i for d in docs[1::2] for i in d}}
    rows = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    kg = Path(sys.executable).parent / "kg"
    with tempfile.TemporaryDirectory() as tmp:
        for name, ids in halves.items():
            part = Path(tmp) / f"{name}.jsonl"
            part.write_text("".join(json.dumps(r) + "\n" for r in rows if r["id"] in ids), encoding="utf-8")
            out = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "eval" / "score.py"), str(part),
                                  "--cmd", f"{kg} extract {{dir}} --format jsonl", *(["-v"] if args.v else [])],
                                 capture_output=True, text=True).stdout
            lines = out.strip().splitlines()
            if args.v:
                print("\n".join(f"[{name}] {x}" for x in lines if x.lstrip().startswith(("miss", "false"))))
            print(f"{name:<6} {len(ids):>3} passages  {lines[-1] if lines else 'no output'}")
    _bands(rows, halves)


def _bands(rows: list[dict], halves: dict[str, set[str]]) -> None:
    """Precision by confidence band on each half and on the whole set (kg.evaluate: the shared
    scorer's matching, run in-process): a fact's confidence should be the precision of its band."""
    sys.path.insert(0, str(ROOT))
    from kg.evaluate import judge, predictor

    predict = predictor()
    verdicts = {r["id"]: judge([r], predict) for r in rows}
    sets = {**halves, "all": {r["id"] for r in rows}}
    print(f"{'confidence':<12}" + "".join(f"{n + ' facts':>12}{'P':>7}" for n in sets))
    for lo, hi in ((0.8, 1.01), (0.7, 0.8), (0.6, 0.7), (0.0, 0.6)):
        cells = ""
        for ids in sets.values():
            v = [ok for i in ids for (_, _, _, c), ok in verdicts.get(i, []) if lo <= c < hi and ok is not None]
            cells += f"{len(v):>12}{(f'{sum(v) / len(v):.3f}' if v else '-'):>7}"
        print(f"{lo:.1f}-{min(hi, 1.0):.1f}".ljust(12) + cells)


if __name__ == "__main__":
    main()
