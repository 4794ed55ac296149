"""Stopping `kg build --jobs 2` from outside, tried many times: SIGINT to the parent or to the
process group (a terminal's Ctrl-C) and SIGKILL, at several moments. Prints one row per case:
tries, clean exits (130, one line, no traceback), seconds to exit, workers left behind, and
whether the next build completed the store to a clean build's N-Quads. Linux (/proc) only.

    python benchmarks/bench_interrupts.py [--tries 3] [--articles 32]
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.test_interrupt import SENTENCES, Build, children, nquads, wait_gone

CASES = [("SIGINT", "group", "workers up"), ("SIGINT", "parent", "first article stored"),
         ("SIGINT", "group", "mid-way"), ("SIGINT", "parent", "mid-way"),
         ("SIGKILL", "parent", "workers up"), ("SIGKILL", "parent", "mid-way")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tries", type=int, default=3)
    ap.add_argument("--articles", type=int, default=48)
    args = ap.parse_args()
    import kg

    tmp = Path(tempfile.mkdtemp(prefix="kg-interrupts-"))
    rnd = random.Random(10)
    corpus = tmp / "corpus"
    corpus.mkdir()
    for i in range(args.articles):
        (corpus / f"a{i:03d}.txt").write_text(f"TITLE: Item {i}\n-----\n" + " ".join(
            rnd.choice(SENTENCES) for _ in range(6)) + f" This is report {i}.\n")
    kg.build(corpus, out=tmp / "clean", exports=())
    clean = nquads(tmp / "clean")
    print(f"{'signal':8} {'to':7} {'moment':21} {'tries':>5} {'clean exit':>10} {'s to exit':>12} "
          f"{'workers left':>12} {'completed':>9}")
    n = 0
    for sig, target, moment in CASES:
        ok = left = completed = 0
        took: list[float] = []
        for _ in range(args.tries):
            n += 1
            out = tmp / f"out{n}"
            b = Build(corpus, out)
            b.wait_for(moment)
            workers = children(b.proc.pid)
            if target == "group":
                os.killpg(b.proc.pid, getattr(signal, sig))
            else:
                os.kill(b.proc.pid, getattr(signal, sig))
            code, secs = b.finish(60.0)
            took.append(secs)
            err = "".join(b.err)
            lines = [x for x in err.splitlines() if not x.startswith("kg: stored ")]
            if sig == "SIGINT":
                ok += code == 130 and "Traceback" not in err and len(lines) == 1
            else:
                ok += code == -9
            left += len(wait_gone(workers, 10.0))
            kg.build(corpus, out=out, exports=())
            completed += nquads(out) == clean
        print(f"{sig:8} {target:7} {moment:21} {args.tries:5d} {ok:10d} "
              f"{statistics.median(took):6.1f} (med) {left:12d} {completed:9d}")


if __name__ == "__main__":
    main()
