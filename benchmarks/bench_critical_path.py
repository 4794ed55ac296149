"""CPU on a `kg build --jobs 1`'s critical path against raw `nlp.pipe`, measured in CPU seconds
so that a busy shared machine changes it little (wall clock there measures the neighbours).

kg's build parses in the main thread and stores in a writer thread (kg/writer.py); Oxigraph loads
the N-Quads text without Python's lock, so on a machine with a free core the build's wall time is
about the main thread's CPU plus the writer's time holding the lock (rendering the text). Raw is
the stock pipeline: loading, reading the corpus, nlp.pipe (batch 32), one process.

    python benchmarks/bench_critical_path.py CORPUS              # raw, then kg
    python benchmarks/bench_critical_path.py CORPUS --tree DIR   # kg from another checkout (DIR/kg)

Each side runs in a fresh process. A corpus: bench_build.make_corpus(Path(CORPUS), 300).

Where the build parses in a second process (kg/parsing.py: a free core, 64 articles or more),
the two processes run side by side: the critical path is this process's CPU before the parser
starts (loading, the first articles read), then the longer of the parser's CPU and this
process's CPU meanwhile (all its threads: reading, the rules, the store's writer), then this
process's CPU after the parser ends (the last batch's rules, the merged graph, compaction).
`--in-process` measures the build with the parsing in one process, as before.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

SIDE = r"""
import json, shutil, sys, time
from pathlib import Path
corpus, who, tree = sys.argv[1], sys.argv[2], sys.argv[3]
if tree and who != "raw":  # raw spaCy reads the corpus with the installed kg, whatever tree is measured
    sys.path.insert(0, tree)
t0, m0, w0 = time.process_time(), time.thread_time(), time.perf_counter()
if who == "raw":
    import spacy
    from kg.corpus import read_corpus
    from kg.nlp import stock_model
    nlp = stock_model()
    texts = [a.text for a in read_corpus(Path(corpus))]
    sum(1 for _ in nlp.pipe(texts, batch_size=32))
    print(json.dumps({"cpu": time.process_time() - t0, "main": time.thread_time() - m0, "render": 0.0,
                      "wall": time.perf_counter() - w0}))
    sys.exit()
import kg
held = [0.0]
try:
    import kg.store as S
    real = S.render_article
    def render(*a, **k):
        t = time.thread_time()
        try:
            return real(*a, **k)
        finally:
            held[0] += time.thread_time() - t
    S.render_article = render
except AttributeError:  # a tree from before the writer thread
    pass
out = Path(sys.argv[4])
marks = {}
try:
    import resource
    import kg.parsing as P
    if sys.argv[5] == "1":
        P.usable = lambda: False
    start, stop = P._Parser.__init__, P._Parser.stop
    def started(self, *a, **k):
        marks["start"] = time.process_time() - t0
        start(self, *a, **k)
    def stopped(self):
        stop(self)
        marks["stop"] = time.process_time() - t0
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        marks["child"] = ru.ru_utime + ru.ru_stime
    P._Parser.__init__, P._Parser.stop = started, stopped
except ImportError:  # a tree from before the parsing process
    pass
kg.build(corpus, out=out, exports=())
print(json.dumps({"cpu": time.process_time() - t0, "main": time.thread_time() - m0, "render": held[0],
                  "wall": time.perf_counter() - w0, **marks}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--tree", default="", help="a checkout whose kg/ to measure instead of the installed one")
    ap.add_argument("--in-process", action="store_true", help="parse in the build's own process (no parser process)")
    args = ap.parse_args()
    got = {}
    with tempfile.TemporaryDirectory() as tmp:
        for who in ("raw", "kg"):
            p = subprocess.run([sys.executable, "-c", SIDE, args.corpus, who, args.tree, f"{tmp}/out",
                                "1" if args.in_process else "0"],
                               capture_output=True, text=True, check=False)
            if p.returncode:
                sys.exit(p.stderr[-2000:])
            got[who] = json.loads(p.stdout.strip().splitlines()[-1])
    raw, k = got["raw"], got["kg"]
    print(f"raw nlp.pipe, CPU s (process):             {raw['cpu']:.1f}")
    if "child" in k:  # parsed in a second process
        before, during, after = k["start"], k["stop"] - k["start"], k["cpu"] - k["stop"]
        path = before + max(k["child"], during) + after
        print(f"kg build --jobs 1, CPU s (both processes): {k['cpu'] + k['child']:.1f}")
        print(f"  this process before the parser starts:   {before:.1f}")
        print(f"  parser process / this process meanwhile: {k['child']:.1f} / {during:.1f}")
        print(f"  this process after the parser ends:      {after:.1f}")
        print(f"kg critical path:                          {path:.1f}")
    else:
        path = k["main"] + k["render"]
        print(f"kg build --jobs 1, CPU s (process):        {k['cpu']:.1f}")
        print(f"kg main thread + writer holding the lock:  {k['main']:.1f} + {k['render']:.1f} = {path:.1f}")
    print(f"raw / kg critical path:                    {raw['cpu'] / path:.2f}")
    print(f"wall, s: raw {raw['wall']:.1f}, kg {k['wall']:.1f} (load average {os.getloadavg()[0]:.1f} at the end)")


if __name__ == "__main__":
    main()
