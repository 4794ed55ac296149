"""Where a `kg build` holds its memory, phase by phase (issue 13, flat memory): for one or more
corpus sizes, each built in a fresh process,

- the RSS of the build's process (and its anonymous part) and its peak so far at the boundaries
  of the phases (the merged graph, compaction, counting, exports);
- the peak of each phase, sampled from /proc every 0.25 s: the build's process, its children
  (the parsing process, with --jobs N the workers, any short-lived helper process) and their sum;
  phases: "load" (until the pipeline is loaded), "parse" (the parse loop), "merged"
  (Review.apply), "compact", "count", "exports"; a "+" marks the time after one returned;
- the build process's peak and its children's (getrusage), the figure bench_scale.py reports
  (Linux keeps the high-water mark across fork and exec: a child started by fork, the parsing
  process or `python -m kg.merging`, counts at least the build's RSS at that moment).

    python benchmarks/bench_memphases.py [--sizes 1000,4000] [--work DIR] [--jobs 1] [--serial]
                                         [--exports ttl,trig]

`--serial`: a first build compacts after the merged graph instead of beside it, to tell their
shares of the peak apart. The corpus is bench_build.make_corpus's, kept in --work. Linux only.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_build import make_corpus  # noqa: E402

PROBE = r"""
import importlib, json, os, resource, sys, threading, time

def status(pid="self"):
    d = {"VmRSS": 0, "VmHWM": 0, "RssAnon": 0}
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith(("VmRSS", "VmHWM", "RssAnon")):
                d[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return d

def kids(pid):
    out = []
    try:
        for t in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{t}/children") as f:
                out += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return [d for k in out for d in [k] + kids(k)]

phase, peaks, order = ["load"], {}, []

def sample():
    me = os.getpid()
    while True:
        m = status()["VmRSS"]
        c = sum(status(k)["VmRSS"] for k in kids(me))
        p = phase[0]
        if p not in peaks:
            peaks[p] = [0, 0, 0]
            order.append(p)
        pk = peaks[p]
        pk[0], pk[1], pk[2] = max(pk[0], m), max(pk[1], c), max(pk[2], m + c)
        time.sleep(0.25)

threading.Thread(target=sample, daemon=True).start()
import kg
import kg.review_apply as RA
import kg.store as S
B = importlib.import_module("kg.build")  # kg.build is also the function

def wrap(obj, name, label=None):
    f = getattr(obj, name)
    def g(*a, **k):
        old = phase[0]
        if label:
            phase[0] = label
        s = status()
        print(f"  before {name:15} RSS {s['VmRSS']:4.0f} MiB (anon {s['RssAnon']:4.0f}), peak so far {s['VmHWM']:4.0f}",
              flush=True)
        try:
            return f(*a, **k)
        finally:
            s = status()
            print(f"  after  {name:15} RSS {s['VmRSS']:4.0f} MiB (anon {s['RssAnon']:4.0f}), peak so far "
                  f"{s['VmHWM']:4.0f}", flush=True)
            if label:
                phase[0] = old.rstrip("+") + "+"
    setattr(obj, name, g)

wrap(RA.Review, "apply", "merged")
if hasattr(B, "recompute"):  # a whole recompute in a process of its own (kg/merging.py): its RSS is a child's
    wrap(B, "recompute", "merged")
for obj, name in ((S.GraphStore, "refresh_merged"), (S.GraphStore, "update_merged")):
    wrap(obj, name)
wrap(S.GraphStore, "compact")  # unlabelled: a first build runs it in a thread beside the merged graph
wrap(B, "_count", "count")
wrap(B, "write_exports", "exports")
loaded = B._loaded
def after_load(*a, **k):
    r = loaded(*a, **k)
    phase[0] = "parse"
    return r
B._loaded = after_load
if sys.argv[4] == "serial":
    B._compacting = lambda store: None
t0 = time.perf_counter()
rep = kg.build(sys.argv[1], out=sys.argv[2], jobs=int(sys.argv[3]), exports=tuple(x for x in sys.argv[5].split(",") if x))
time.sleep(0.3)
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
ch = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print("  phase peaks, MiB (build process / children / sum):")
for p in order:
    print(f"    {p:10} {peaks[p][0]:5.0f} / {peaks[p][1]:5.0f} / {peaks[p][2]:5.0f}")
print(f"  end: {rep.articles_read} articles, {rep.facts} facts, {time.perf_counter() - t0:.1f} s; build process peak "
      f"{me:.0f} MiB, largest child's peak {ch:.0f} MiB (getrusage, as bench_scale.py: a child started by fork "
      f"counts the build's RSS at that moment)")
print("RESULT " + json.dumps({"n": rep.articles_read, "facts": rep.facts, "peak": max(me, ch), "self": me, "child": ch,
                              "phases": {p: [round(x) for x in peaks[p]] for p in order}}), flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,4000")
    ap.add_argument("--work", type=Path, default=None, help="where corpora and stores go (default: a temp folder)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--serial", action="store_true", help="compact after the merged graph, not beside it")
    ap.add_argument("--exports", default="", help="exports to write, e.g. ttl,trig (default: none)")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-memphases-"))
    got = []
    for n in map(int, args.sizes.split(",")):
        corpus, out = work / f"corpus-{n}", work / f"out-{n}"
        if not corpus.exists():
            make_corpus(corpus, n)
        subprocess.run(["rm", "-rf", str(out)], check=True)
        print(f"{n} articles:", flush=True)
        with subprocess.Popen([sys.executable, "-c", PROBE, str(corpus), str(out), str(args.jobs),
                               "serial" if args.serial else "beside", args.exports],
                              stdout=subprocess.PIPE, text=True) as proc:
            for line in proc.stdout:
                if line.startswith("RESULT "):
                    got.append(json.loads(line[7:]))
                else:
                    print(line, end="", flush=True)
        if proc.returncode:
            sys.exit(f"the build of {n} articles failed (exit {proc.returncode})")
    if len(got) > 1:
        a, b = got[0], got[-1]
        print(f"\npeak RSS at {b['n']} / at {a['n']} articles: {b['peak']:.0f} / {a['peak']:.0f} MiB "
              f"= {b['peak'] / a['peak']:.2f}")


if __name__ == "__main__":
    main()
