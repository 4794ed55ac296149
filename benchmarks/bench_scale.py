"""kg build beside spaCy alone, at one and two processes and at several corpus sizes, measured in
one run and printed side by side (issue 13):

- throughput: `kg build --jobs N` against raw `nlp.pipe` of the stock pipeline (batch 32,
  n_process N) on the same texts, wall clock, model loading included on both sides;
- speed-up of --jobs 2 over --jobs 1;
- peak RSS of each build (its own process, workers included) and how it grows with the corpus;
- store size on disk after --jobs 1 and --jobs 2 builds of the same corpus;
- a no-op rebuild and a one-article change against the first build, without and with exports.

    python benchmarks/bench_scale.py [--sizes 1000,10000] [--skip-jobs2] [--memory-only] [--keep DIR]
    python benchmarks/bench_scale.py --sizes 1000 --throughput-only [--baseline CHECKOUT] [--rounds N]

Every build runs in a fresh process, so its peak RSS is its own. The corpus is generated
(bench_build.make_corpus: template sentences about real actors, ~8 sentences an article).
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

RAW = """
import json, resource, sys, time
t0 = time.perf_counter()
import spacy
from kg.corpus import read_corpus
from kg.nlp import stock_model
from pathlib import Path
nlp = stock_model()
texts = [a.text for a in read_corpus(Path(sys.argv[1]))]
t1 = time.perf_counter()
n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=int(sys.argv[2])))
t2 = time.perf_counter()
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": t2 - t0, "parse": t2 - t1, "docs": n, "cpu": time.process_time(),
                  "cpu_children": kids.ru_utime + kids.ru_stime}))
"""

BUILD = """
import json, resource, sys, time
t0 = time.perf_counter()
if len(sys.argv) > 5 and sys.argv[5]:  # a baseline checkout's kg/ (--baseline)
    sys.path.insert(0, sys.argv[5])
import kg
exports = tuple(x for x in sys.argv[4].split(",") if x)
rep = kg.build(sys.argv[1], out=sys.argv[2], jobs=int(sys.argv[3]), exports=exports)
rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": time.perf_counter() - t0, "rss_mib": rss / 1024, "facts": rep.facts,
                  "unchanged": rep.articles_unchanged, "cpu": time.process_time(),
                  "cpu_children": kids.ru_utime + kids.ru_stime}))
"""


def run(code: str, *args: object) -> dict:
    load = os.getloadavg()[0]
    proc = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True)
    if proc.returncode:
        sys.exit(f"benchmark step failed:\n{proc.stderr[-2000:]}")
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    got["load"] = (load, os.getloadavg()[0])  # the machine's load average before and after the step
    return got


def cpu(step: dict) -> str:
    """CPU seconds of a step, its own process + its children (parsing processes), and the load around it."""
    return (f"CPU {step['cpu'] + step['cpu_children']:.1f} s ({step['cpu']:.1f} + {step['cpu_children']:.1f} in "
            f"children), load {step['load'][0]:.1f} -> {step['load'][1]:.1f}")


def size_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def touch_one(corpus: Path) -> None:
    victims = sorted(corpus.glob("*.txt"))
    victim = victims[len(victims) // 2]
    victim.write_text(victim.read_text() + " Nvidia unveiled the H20 for customers in China.\n")


def throughput(work: Path, n: int, jobs2: bool, rounds: int, baseline: str = "") -> dict:
    """First builds and raw nlp.pipe only, alternated: raw 1, kg 1, raw 2, kg 2, `rounds` times.
    With a baseline checkout, its build runs between raw and this one's: raw, kg before, kg after
    on the same machine within a minute or two, so that a shared machine's load hits both alike."""
    corpus = work / f"corpus-{n}"
    make_corpus(corpus, n)
    r: dict = {"n": n, "steps": []}
    for k in range(rounds):
        for jobs in (1, 2) if jobs2 else (1,):
            raw = run(RAW, corpus, jobs)
            for tree in ([baseline] if baseline else []) + [""]:
                out = work / f"out{jobs}-{n}-{k}"
                b = run(BUILD, corpus, out, jobs, "", tree)
                shutil.rmtree(out, ignore_errors=True)
                r["steps"].append((jobs, raw, {**b, "tree": "before" if tree else "this"}))
                r["facts"] = b["facts"]
    return r


def print_throughput(r: dict) -> None:
    print(f"\n{r['n']} articles, {r['facts']} facts (each pair in a row, wall seconds; ratio raw / kg)")
    walls: dict[tuple[str, int], list[float]] = {}
    for jobs, raw, b in r["steps"]:
        walls.setdefault((b["tree"], jobs), []).append(b["seconds"])
        label = "" if b["tree"] == "this" else f" ({b['tree']})"
        print(f"  --jobs {jobs}: raw {raw['seconds']:7.1f}  kg{label} {b['seconds']:7.1f}  ratio "
              f"{raw['seconds'] / b['seconds']:.2f}   raw {cpu(raw)}; kg {cpu(b)}")
    for tree in ("before", "this"):
        if walls.get((tree, 2)):
            print(f"  --jobs 2 speed-up{'' if tree == 'this' else ' (before)'} (best of each): "
                  f"{min(walls[(tree, 1)]) / min(walls[(tree, 2)]):.2f}")


def measure(work: Path, n: int, jobs2: bool, memory_only: bool = False, skip_raw: bool = False) -> dict:
    corpus = work / f"corpus-{n}"
    make_corpus(corpus, n)
    r = {"n": n}
    if memory_only:  # one --jobs 1 build: its time and peak RSS
        b1 = run(BUILD, corpus, work / f"out1-{n}", 1, "")
        return {**r, "build1": b1["seconds"], "rss1": b1["rss_mib"], "facts": b1["facts"],
                "store1": size_mib(work / f"out1-{n}" / "store")}
    r["raw1"] = run(RAW, corpus, 1)["seconds"] if not skip_raw else float("nan")
    b1 = run(BUILD, corpus, work / f"out1-{n}", 1, "")
    r.update(build1=b1["seconds"], rss1=b1["rss_mib"], facts=b1["facts"], store1=size_mib(work / f"out1-{n}" / "store"))
    r["noop"] = run(BUILD, corpus, work / f"out1-{n}", 1, "")["seconds"]
    touch_one(corpus)
    r["one"] = run(BUILD, corpus, work / f"out1-{n}", 1, "")["seconds"]
    r["exports"] = run(BUILD, corpus, work / f"out1-{n}", 1, "ttl,trig,jsonld,html")["seconds"]  # exports alone
    touch_one(corpus)
    r["one_exp"] = run(BUILD, corpus, work / f"out1-{n}", 1, "ttl,trig,jsonld,html")["seconds"]
    if jobs2:
        r["raw2"] = run(RAW, corpus, 2)["seconds"]
        b2 = run(BUILD, corpus, work / f"out2-{n}", 2, "")
        r.update(build2=b2["seconds"], rss2=b2["rss_mib"], store2=size_mib(work / f"out2-{n}" / "store"))
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--skip-jobs2", action="store_true")
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--memory-only", action="store_true", help="one --jobs 1 build per size: time, peak RSS, store")
    ap.add_argument("--skip-raw", action="store_true", help="no raw spaCy run (for the rebuild figures alone)")
    ap.add_argument("--throughput-only", action="store_true",
                    help="first builds against raw nlp.pipe only, with CPU seconds and the load (no rebuilds)")
    ap.add_argument("--rounds", type=int, default=1, help="with --throughput-only: repeat the pairs this many times")
    ap.add_argument("--baseline", default="", help="with --throughput-only: a checkout (its kg/) built before this one "
                    "in every round, e.g. `git worktree add /tmp/base main`")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for n in map(int, args.sizes.split(",")):
            if args.throughput_only:
                print_throughput(throughput(work, n, not args.skip_jobs2, args.rounds,
                                            str(Path(args.baseline).resolve()) if args.baseline else ""))
                continue
            rows.append(measure(work, n, not args.skip_jobs2, args.memory_only, args.skip_raw))
            r = rows[-1]
            if args.memory_only:
                print(f"{n} articles, {r['facts']} facts: --jobs 1 build {r['build1']:.1f} s, "
                      f"peak RSS {r['rss1']:.0f} MiB, store {r['store1']:.1f} MiB", flush=True)
                continue
            print(f"\n{n} articles, {r['facts']} facts")
            print(f"  {'':34}{'seconds':>9}{'ratio':>8}")
            print(f"  {'raw nlp.pipe, 1 process':34}{r['raw1']:>9.1f}")
            print(f"  {'kg build --jobs 1':34}{r['build1']:>9.1f}{r['raw1'] / r['build1']:>8.2f}  (raw / kg: throughput share)")
            if "build2" in r:
                print(f"  {'raw nlp.pipe, n_process=2':34}{r['raw2']:>9.1f}")
                print(f"  {'kg build --jobs 2':34}{r['build2']:>9.1f}{r['raw2'] / r['build2']:>8.2f}  (raw / kg)")
                print(f"  {'--jobs 2 speed-up':34}{'':>9}{r['build1'] / r['build2']:>8.2f}  (jobs 1 / jobs 2)")
            print(f"  {'no-op rebuild':34}{r['noop']:>9.1f}{r['noop'] / r['build1']:>8.3f}  (of the first build)")
            print(f"  {'one article changed, no exports':34}{r['one']:>9.1f}{r['one'] / r['build1']:>8.3f}")
            print(f"  {'exports alone (ttl trig jsonld html)':34}{r['exports']:>9.1f}")
            print(f"  {'one article changed, with exports':34}{r['one_exp']:>9.1f}{r['one_exp'] / r['build1']:>8.3f}")
            print(f"  peak RSS --jobs 1: {r['rss1']:.0f} MiB" + (f"; --jobs 2: {r['rss2']:.0f} MiB" if "rss2" in r else ""))
            print(f"  store on disk --jobs 1: {r['store1']:.1f} MiB" + (
                f"; --jobs 2: {r['store2']:.1f} MiB (ratio {r['store2'] / r['store1']:.2f})" if "store2" in r else ""))
        if len(rows) > 1:
            a, b = rows[0], rows[-1]
            print(f"\npeak RSS --jobs 1 at {b['n']} / at {a['n']} articles: {b['rss1']:.0f} / {a['rss1']:.0f} MiB "
                  f"= {b['rss1'] / a['rss1']:.2f}")
            if "one" in b:
                print(f"one-article change at {b['n']} / at {a['n']} articles (no exports): "
                      f"{b['one']:.1f} / {a['one']:.1f} s = {b['one'] / a['one']:.2f}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
