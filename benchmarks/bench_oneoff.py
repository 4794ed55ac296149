"""A build's one-off costs, this checkout against a baseline in one run, rounds alternated (issue 13):
the first build, a no-op rebuild and a cold one-article rebuild, wall clock and CPU seconds (the
build's process and every process it waited for), and the rebuilds as fractions of the first.

    python benchmarks/bench_oneoff.py --baseline CHECKOUT [--articles 1000] [--rounds 2] [--firsts 2]
                                      [--work DIR]

Each side builds its own store of one generated corpus (bench_build.make_corpus): `--firsts` first
builds each (alternated, each into a fresh folder), then per round, for each side in turn (the
order alternating by round): one article changed (bench_scale.touch_one, the same change for
both, copied into each side's corpus) and a cold rebuild, then a no-op rebuild. Each build is a
fresh `python -c` with the side's checkout first on sys.path, exports ttl, trig, jsonld and html,
as `kg build` writes them. Both sides share one cache folder (KG_CACHE_DIR), warmed by a first
build of each before the timed ones, so the gazetteer's and the entity ruler's caches are what a
user's second build finds. Modules are compiled to bytecode first (compileall), as an installed
package is: a checkout run where PYTHONDONTWRITEBYTECODE is set compiles kg from source in every
process (about 0.9 CPU-s of a cold rebuild).
"""
from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_build import make_corpus  # noqa: E402
from bench_scale import touch_one  # noqa: E402

BUILD = """
import sys
sys.path.insert(0, sys.argv[1])
import kg
rep = kg.build(sys.argv[2], out=sys.argv[3], exports=("ttl", "trig", "jsonld", "html"))
assert kg.__file__.startswith(sys.argv[1]), kg.__file__
print(rep.articles_unchanged, rep.facts)
"""

WARM = "import sys; sys.path.insert(0, sys.argv[1]); import kg.nlp; kg.nlp.load()"


def timed(tree: str, corpus: Path, out: Path, env: dict) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", BUILD, tree, str(corpus), str(out)], capture_output=True, text=True,
                       env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode:
        sys.exit(f"build failed ({tree}):\n{p.stderr[-3000:]}")
    unchanged, facts = map(int, p.stdout.split()[-2:])
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"wall": wall, "cpu": cpu, "unchanged": unchanged, "facts": facts, "load": os.getloadavg()[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, help="a checkout, e.g. `git worktree add --detach /tmp/base main`")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--firsts", type=int, default=2, help="first builds per side")
    ap.add_argument("--work", type=Path, help="keep the corpora and stores here")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-oneoff-"))
    work.mkdir(parents=True, exist_ok=True)
    sides = {"before": str(Path(args.baseline).resolve()), "after": str(HERE.parent)}
    env = dict(os.environ, KG_CACHE_DIR=str(work / "cache"))
    env.pop("PYTHONPATH", None)
    for tree in sides.values():
        compileall.compile_dir(str(Path(tree) / "kg"), quiet=1)
    corpus = work / "corpus"
    if not corpus.exists():
        make_corpus(corpus, args.articles)
    got: dict[str, dict[str, list[dict]]] = {s: {"first": [], "noop": [], "one": []} for s in sides}
    try:
        for name, tree in sides.items():  # warms the shared caches (gazetteer, entity ruler) for both sides
            shutil.copytree(corpus, work / f"corpus-{name}", dirs_exist_ok=True)
            subprocess.run([sys.executable, "-c", WARM, tree], env=env, check=True)
        for k in range(args.firsts):
            for name, tree in (sides.items() if k % 2 == 0 else reversed(sides.items())):
                out = work / f"out-{name}"
                shutil.rmtree(out, ignore_errors=True)
                r = timed(tree, work / f"corpus-{name}", out, env)
                got[name]["first"].append(r)
                print(f"first build {name}: {r['wall']:.1f} s, {r['cpu']:.1f} CPU-s, load {r['load']:.1f}",
                      file=sys.stderr)
        for k in range(args.rounds):
            touch_one(corpus)
            for name, tree in (sides.items() if k % 2 == 0 else reversed(sides.items())):
                shutil.copytree(corpus, work / f"corpus-{name}", dirs_exist_ok=True)  # the same change
                one = timed(tree, work / f"corpus-{name}", work / f"out-{name}", env)
                assert one["unchanged"] == args.articles - 1, one
                noop = timed(tree, work / f"corpus-{name}", work / f"out-{name}", env)
                assert noop["unchanged"] == args.articles, noop
                got[name]["one"].append(one)
                got[name]["noop"].append(noop)
                print(f"round {k + 1} {name}: one article {one['cpu']:.2f} CPU-s, no-op {noop['cpu']:.2f}, "
                      f"load {one['load']:.1f}", file=sys.stderr)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\n{args.articles} articles, {got['after']['first'][0]['facts']} facts (before: "
          f"{got['before']['first'][0]['facts']}); {os.cpu_count()} CPUs; medians of {args.firsts} first builds "
          f"and {args.rounds} rebuilds a side")
    print(f"  {'':28}{'wall s':>16}{'CPU s':>16}{'wall/first':>18}{'CPU/first':>18}")
    med = {s: {kind: {m: statistics.median(r[m] for r in rs) for m in ("wall", "cpu")} for kind, rs in d.items()}
           for s, d in got.items()}
    for kind, label in (("first", "first build (with exports)"), ("one", "one article changed, cold"),
                        ("noop", "no-op rebuild")):
        b, a = med["before"][kind], med["after"][kind]
        row = f"  {label:28}{b['wall']:>7.2f} -> {a['wall']:<6.2f}{b['cpu']:>7.2f} -> {a['cpu']:<6.2f}"
        if kind != "first":
            fb, fa = med["before"]["first"], med["after"]["first"]
            row += (f"{b['wall'] / fb['wall']:>8.4f} -> {a['wall'] / fa['wall']:<6.4f}"
                    f"{b['cpu'] / fb['cpu']:>8.4f} -> {a['cpu'] / fa['cpu']:<6.4f}")
        print(row)
    print("  each run (CPU s): " + "; ".join(f"{s} {kind} " + ", ".join(f"{r['cpu']:.2f}" for r in rs)
                                           for s, d in got.items() for kind, rs in d.items()))
    print("  load average: " + ", ".join(f"{r['load']:.1f}" for d in got.values() for rs in d.values() for r in rs))


if __name__ == "__main__":
    main()
