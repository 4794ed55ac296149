"""A one-article change and a no-op rebuild against the first build, wall clock and CPU time,
with the exports (issue 13: a one-article change at 2,000 articles within 2% of the first build,
a no-op under 1%).

    python benchmarks/bench_onechange.py [--sizes 1000,2000] [--repeat 2] [--keep DIR]

Each build runs in a fresh process, as `kg build` does, so model loading and imports count.
CPU time (user + system of the build's process and its children) is printed beside the wall
clock: on a shared machine the wall clock of a small rebuild varies with what else runs, its
CPU time much less. The load average is printed with each size. The corpus is generated
(bench_build.make_corpus); the change appends a sentence to one article in the middle
(bench_scale.touch_one), `--repeat` times, each timed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_build import make_corpus  # noqa: E402
from bench_scale import touch_one  # noqa: E402

BUILD = """
import json, resource, sys, time
t0 = time.perf_counter()
import kg
rep = kg.build(sys.argv[1], out=sys.argv[2], exports=("ttl", "trig", "jsonld", "html"))
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
print(json.dumps({"wall": time.perf_counter() - t0, "cpu": cpu, "unchanged": rep.articles_unchanged,
                  "facts": rep.facts}))
"""


def run(corpus: Path, out: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", BUILD, str(corpus), str(out)], capture_output=True, text=True)
    if proc.returncode:
        sys.exit(f"build failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def line(name: str, r: dict, first: dict | None = None) -> str:
    ratio = f"{r['wall'] / first['wall']:>10.3f}{r['cpu'] / first['cpu']:>10.3f}" if first else ""
    return f"  {name:34}{r['wall']:>8.1f}{r['cpu']:>8.1f}{ratio}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-onechange-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for n in map(int, args.sizes.split(",")):
            corpus, out = work / f"corpus-{n}", work / f"out-{n}"
            make_corpus(corpus, n)
            load = os.getloadavg()[0]
            first = run(corpus, out)
            noop = run(corpus, out)
            ones = []
            for _ in range(args.repeat):
                touch_one(corpus)
                ones.append(run(corpus, out))
            print(f"\n{n} articles, {first['facts']} facts; load average {load:.1f} at the start, "
                  f"{os.getloadavg()[0]:.1f} at the end ({os.cpu_count()} CPUs)")
            print(f"  {'':34}{'wall s':>8}{'CPU s':>8}{'wall/1st':>10}{'CPU/1st':>10}")
            print(line("first build (with exports)", first))
            print(line("no-op rebuild", noop, first))
            for i, one in enumerate(ones, 1):
                assert one["unchanged"] == n - 1, one
                print(line(f"one article changed ({i})", one, first))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
