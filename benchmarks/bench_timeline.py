"""Where the wall time of one `kg build --jobs 1` goes: a timeline of the build's process and of its
parsing process (kg/parsing.py), on one clock (CLOCK_MONOTONIC, shared across fork).

    python benchmarks/bench_timeline.py CORPUS [--exports ttl,trig,jsonld,html] [--tree DIR] [--jobs 2]

Printed, in seconds from the start of the build's process:
- the serial head: imports, the pipeline and gazetteer loading, the first article read, the fork;
- the parser: its first text, first and last Doc out, the time it waited for texts (starved: the
  build's process did not send them soon enough), the time it spent handing Docs over (to_bytes);
- the build's process meanwhile: time blocked waiting for Docs (it was ahead of the parser), its rules,
  its wait for the store writer, the last Doc received;
- the serial tail: the last writes, the merged graph, compaction, counts, exports.

Measured by wrapping functions from outside (nothing in kg/ is changed for it); each wrapper costs
microseconds a call. A corpus: bench_build.make_corpus(Path(CORPUS), 1000).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

SIDE = r"""
import json, os, sys, time
T0 = time.perf_counter()
C0 = time.process_time()
corpus, out, exports, tree, log, jobs = sys.argv[1:7]
if tree:
    sys.path.insert(0, tree)
ev = {}
acc = {}
evcpu = {}
def mark(k, t=None):
    if k not in ev:
        ev[k] = (time.perf_counter() if t is None else t) - T0
        evcpu[k] = time.process_time() - C0
def add(k, dt):
    acc[k] = acc.get(k, 0.0) + dt
import importlib
import kg
B, NL, P, X, RA, S, W = map(importlib.import_module, ("kg.build", "kg.nlp", "kg.parsing", "kg.extract", "kg.review_apply",
                                                      "kg.store", "kg.writer"))  # kg.build is also a function
mark("imported")

def timed(mod, name, key, cpu=False):
    real = getattr(mod, name)
    def f(*a, **k):
        t = time.perf_counter(); c = time.thread_time()
        mark(key + " start")
        try:
            got = real(*a, **k)
            return iter(list(got)) if hasattr(got, "__next__") else got  # a generator: its work is in the list
        finally:
            add(key, (time.thread_time() - c) if cpu else (time.perf_counter() - t))
            ev[key + " end"] = time.perf_counter() - T0
            evcpu[key + " end"] = time.process_time() - C0
    setattr(mod, name, f)

for n in ("load", "load_for"):
    timed(NL, n, "pipeline+gazetteer load")
timed(RA.Review, "apply", "merged graph (review.apply)")
timed(S.GraphStore, "compact", "compact")
timed(B, "_count", "count")
timed(B, "write_exports", "exports")
timed(X, "facts_of", "rules in main (CPU)", cpu=True)
timed(S, "render_article", "render_article in writer (CPU)", cpu=True)

real_read = B.read_corpus
def read(*a, **k):
    it = real_read(*a, **k)
    while True:
        t = time.perf_counter()
        try:
            x = next(it)
        except StopIteration:
            ev["corpus read to the end"] = time.perf_counter() - T0
            evcpu["corpus read to the end"] = time.process_time() - C0
            return
        add("reading the corpus (in main)", time.perf_counter() - t)
        mark("first article read")
        yield x
B.read_corpus = read

real_wait = W.BatchWriter.wait
def wait(self):
    t = time.perf_counter()
    try:
        return real_wait(self)
    finally:
        add("main waiting on the writer", time.perf_counter() - t)
W.BatchWriter.wait = wait

class Recv:
    def __init__(self, conn):
        self.conn = conn
    def recv(self):
        t = time.perf_counter()
        try:
            return self.conn.recv()
        finally:
            now = time.perf_counter()
            add("main waiting for Docs", now - t)
            mark("first Docs received")
            ev["last Docs received"] = now - T0
            evcpu["last Docs received"] = time.process_time() - C0
    def __getattr__(self, k):
        return getattr(self.conn, k)

start = P._Parser.__init__
def started(self, nlp):
    mark("parser forked")
    real_pipe = nlp.pipe
    def pipe(texts, **kw):  # runs in the parsing process
        got = {}
        def feed():
            it = iter(texts)
            while True:
                t = time.perf_counter()
                try:
                    x = next(it)
                except StopIteration:
                    return
                now = time.perf_counter()
                got.setdefault("parser: first text", now - T0)
                if "parser: first text" in got and now - t > 0.002:
                    got["parser starved (waiting for texts), s"] = got.get("parser starved (waiting for texts), s", 0) + now - t
                yield x
        c0 = time.process_time()
        for doc in real_pipe(feed(), **kw):
            now = time.perf_counter()
            got.setdefault("parser: first Doc out", now - T0)
            got["parser: last Doc out"] = now - T0
            yield doc
            got["parser: handing Docs over (to_bytes), s"] = got.get("parser: handing Docs over (to_bytes), s", 0) + time.perf_counter() - now
        got["parser CPU, s"] = time.process_time() - c0
        with open(log, "w") as fh:
            json.dump(got, fh)
    nlp.pipe = pipe
    try:
        start(self, nlp)
    finally:
        del nlp.pipe
    self.docs = Recv(self.docs)
P._Parser.__init__ = started
stop = P._Parser.stop
def stopped(self):
    stop(self)
    mark("parser stopped")
P._Parser.stop = stopped

real_workers = B.workers.parse
def workers_parse(*a, **k):  # --jobs N: the workers' results as the build's process receives them
    mark("workers started")
    for x in real_workers(*a, **k):
        mark("first result from the workers")
        ev["last result from the workers"] = time.perf_counter() - T0
        evcpu["last result from the workers"] = time.process_time() - C0
        yield x
B.workers.parse = workers_parse

rep = kg.build(corpus, out=out, exports=tuple(x for x in exports.split(",") if x), jobs=int(jobs))
import resource
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
acc["CPU of the parsing processes (workers or parser)"] = kids.ru_utime + kids.ru_stime
ev["end"] = time.perf_counter() - T0
evcpu["end"] = time.process_time() - C0
print(json.dumps({"ev": ev, "evcpu": evcpu, "acc": acc, "cpu": time.process_time() - C0, "facts": rep.facts}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--exports", default="", help="comma-separated, as kg build's (default: none, as bench_scale)")
    ap.add_argument("--tree", default="", help="a checkout whose kg/ to measure instead of the installed one")
    ap.add_argument("--jobs", type=int, default=1, help="2: the build's process beside two workers (kg/workers.py); "
                    "the events then show its CPU before, while and after the workers parse")
    args = ap.parse_args()
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run([sys.executable, "-c", SIDE, args.corpus, f"{tmp}/out", args.exports, args.tree,
                            f"{tmp}/parser.json", str(args.jobs)], capture_output=True, text=True, check=False)
        if p.returncode:
            sys.exit(p.stderr[-3000:])
        got = json.loads(p.stdout.strip().splitlines()[-1])
        try:
            with open(f"{tmp}/parser.json") as fh:
                parser = json.load(fh)
        except FileNotFoundError:  # parsed in the build's process (a short corpus, one core)
            parser = {}
    events = sorted([*got["ev"].items(), *((k, v) for k, v in parser.items() if not k.endswith(", s"))],
                    key=lambda kv: kv[1])
    print(f"{'s from start':>12}{'CPU s':>8}  event (CPU: the build's process, all threads; blank: the parser's)")
    for k, v in events:
        c = got["evcpu"].get(k)
        print(f"{v:12.2f}{'' if c is None else format(c, '8.2f'):>8}  {k}")
    print("\ntotals, s")
    for k, v in [*got["acc"].items(), *((k, v) for k, v in parser.items() if k.endswith(", s"))]:
        print(f"  {k.removesuffix(', s'):52}{v:8.2f}")
    print(f"  {'build process CPU (all threads)':52}{got['cpu']:8.2f}")
    ev = got["ev"]
    if parser:
        head = parser["parser: first text"]
        tail = ev["end"] - ev["last Docs received"]
        print(f"\nserial head (start to the parser's first text) {head:.2f} s; parsing window "
              f"{parser['parser: last Doc out'] - head:.2f} s; serial tail (last Docs received to the end) {tail:.2f} s")
    print(f"{got['facts']} facts; load average {load0:.1f} before, {os.getloadavg()[0]:.1f} after")


if __name__ == "__main__":
    main()
