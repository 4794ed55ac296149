"""A one-article change and a no-op rebuild against the first build, wall clock and CPU time,
with the exports (issue 13: a one-article change at 2,000 articles within 2% of the first build,
a no-op under 1%); and the same change in the resident watcher (`kg watch`, kg/resident.py).

    python benchmarks/bench_onechange.py [--sizes 1000,2000] [--repeat 2] [--keep DIR] [--phases]

Each build runs in a fresh process, as `kg build` does, so model loading and imports count.
The watcher runs in one process started on the built folder (its own first build is then a
no-op); each change is timed from the start of its rebuild to the end (not the polling delay,
which --interval sets), CPU as the watcher process's own (a one-article rebuild parses in
that process).
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
import time
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


# where a cold one-article rebuild's CPU goes: each phase's function wrapped, its CPU summed
# (nested phases overlap: export.* are parts of write_exports, _support of update_merged)
PHASES = """
import json, sys, time
c00 = time.process_time()
import kg, kg.build, kg.nlp, kg.unchanged, kg.review_apply, kg.store, kg.parsing, kg.export, kg.exportcache
B = sys.modules["kg.build"]
acc = {"import kg.build": time.process_time() - c00}

def wrap(owner, name, label, gen=False):
    fn = getattr(owner, name)

    def timed(*a, **k):
        c = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            acc[label] = acc.get(label, 0.0) + time.process_time() - c

    def timed_gen(*a, **k):
        it = fn(*a, **k)
        while True:
            c = time.process_time()
            try:
                v = next(it)
            except StopIteration:
                return
            finally:
                acc[label] = acc.get(label, 0.0) + time.process_time() - c
            yield v

    setattr(owner, name, timed_gen if gen else timed)

GS, R = kg.store.GraphStore, kg.review_apply.Review
for owner, name, label, gen in [
        (kg.nlp, "_pipeline", "loading the pipeline (importing spaCy too)", False),
        (kg.nlp, "_with_kg_tokenizer", "  of which spacy.load with kg's tokenizer", False),
        (kg.nlp, "load_gazetteer", "gazetteer", False),
        (B.unchanged, "fingerprint", "no-op fingerprint", False),
        (B, "read_corpus", "reading the corpus (read cache)", True),
        (kg.parsing, "extract", "parsing and rules", True),
        (GS, "write_articles", "storing the article", False),
        (R, "apply", "merged graph (review + update)", False),
        (GS, "_support", "  of which the touched facts' support", False),
        (B, "write_exports", "exports", False)]:
    wrap(owner, name, label, gen)
    acc[label] = 0.0  # printed in this order
for name, (fname, fn) in list(kg.export.EXPORTERS.items()):
    acc[f"  of which {name}"] = 0.0
    def timed(*a, _fn=fn, _label=f"  of which {name}", **k):
        c = time.process_time()
        try:
            return _fn(*a, **k)
        finally:
            acc[_label] = acc.get(_label, 0.0) + time.process_time() - c
    kg.export.EXPORTERS[name] = (fname, timed)
wrap(kg.exportcache.Pieces, "save", "  of which the export cache's packs")
B.build(sys.argv[1], out=sys.argv[2], exports=("ttl", "trig", "jsonld", "html"))
acc["whole process (CPU)"] = time.process_time()
print(json.dumps({k: v for k, v in acc.items() if v or not k.startswith(" ")}))
"""

WATCH = """
import json, sys, time
from kg.resident import watch

def said(r):
    print(json.dumps({"wall": r.seconds, "cpu": r.cpu_seconds, "round": r.round, "error": r.error,
                      "files": r.files, "added": r.facts_added, "removed": r.facts_removed}), flush=True)

watch([sys.argv[1]], out=sys.argv[2], exports=("ttl", "trig", "jsonld", "html"), interval=0.2, settle=0.2,
      rounds=int(sys.argv[3]), duration=3600, on_rebuild=said)
"""


def watched(corpus: Path, out: Path, repeat: int) -> list[dict]:
    """One article changed `repeat` times under one watcher; its rebuilds' figures."""
    proc = subprocess.Popen([sys.executable, "-c", WATCH, str(corpus), str(out), str(repeat)],
                            stdout=subprocess.PIPE, text=True)
    rounds = []
    try:
        for _ in range(repeat + 1):
            line = proc.stdout.readline()
            if not line:
                sys.exit("the watcher stopped early")
            r = json.loads(line)
            if r["error"]:
                sys.exit(f"the watcher's rebuild failed: {r['error']}")
            rounds.append(r)
            if len(rounds) <= repeat:
                time.sleep(0.5)  # a new modification time, clearly after the listing
                touch_one(corpus)
        proc.wait(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
    return rounds[1:]


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
    ap.add_argument("--phases", action="store_true",
                    help="then one more article changed, with each phase's CPU time printed")
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
            resident = watched(corpus, out, args.repeat)
            print(f"\n{n} articles, {first['facts']} facts; load average {load:.1f} at the start, "
                  f"{os.getloadavg()[0]:.1f} at the end ({os.cpu_count()} CPUs)")
            print(f"  {'':34}{'wall s':>8}{'CPU s':>8}{'wall/1st':>10}{'CPU/1st':>10}")
            print(line("first build (with exports)", first))
            print(line("no-op rebuild", noop, first))
            for i, one in enumerate(ones, 1):
                assert one["unchanged"] == n - 1, one
                print(line(f"one article changed ({i})", one, first))
            for i, one in enumerate(resident, 1):
                assert one["files"] == 1, one
                print(line(f"one article, `kg watch` ({i})", one, first))
            if args.phases:
                touch_one(corpus)
                proc = subprocess.run([sys.executable, "-c", PHASES, str(corpus), str(out)], capture_output=True,
                                      text=True)
                if proc.returncode:
                    sys.exit(f"build failed:\n{proc.stderr[-2000:]}")
                print(f"  where a cold one-article rebuild's CPU goes (s; first build {first['cpu']:.1f}):")
                for name, cpu in json.loads(proc.stdout.strip().splitlines()[-1]).items():
                    print(f"    {name:44}{cpu:>7.2f}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
