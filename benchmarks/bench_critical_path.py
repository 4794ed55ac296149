"""CPU on a `kg build --jobs 1`'s critical path against raw `nlp.pipe`, measured in CPU seconds
so that a busy shared machine changes it little (wall clock there measures the neighbours).

kg's build parses in the main thread and stores in a writer thread (kg/writer.py); Oxigraph loads
the N-Quads text without Python's lock, so on a machine with a free core the build's wall time is
about the main thread's CPU plus the writer's time holding the lock (rendering the text). Raw is
the stock pipeline: loading, reading the corpus, nlp.pipe (batch 32), one process.

    python benchmarks/bench_critical_path.py CORPUS              # raw, then kg
    python benchmarks/bench_critical_path.py CORPUS --tree DIR   # kg from another checkout (DIR/kg)

Each side runs in a fresh process. A corpus: bench_build.make_corpus(Path(CORPUS), 300).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile

SIDE = r"""
import json, shutil, sys, time
from pathlib import Path
corpus, who, tree = sys.argv[1], sys.argv[2], sys.argv[3]
if tree:
    sys.path.insert(0, tree)
t0, m0 = time.process_time(), time.thread_time()
if who == "raw":
    import spacy
    from kg.corpus import read_corpus
    from kg.nlp import DEFAULT_MODELS
    for name in DEFAULT_MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    texts = [a.text for a in read_corpus(Path(corpus))]
    sum(1 for _ in nlp.pipe(texts, batch_size=32))
    print(json.dumps({"cpu": time.process_time() - t0, "main": time.thread_time() - m0, "render": 0.0}))
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
kg.build(corpus, out=out, exports=())
print(json.dumps({"cpu": time.process_time() - t0, "main": time.thread_time() - m0, "render": held[0]}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--tree", default="", help="a checkout whose kg/ to measure instead of the installed one")
    args = ap.parse_args()
    got = {}
    with tempfile.TemporaryDirectory() as tmp:
        for who in ("raw", "kg"):
            p = subprocess.run([sys.executable, "-c", SIDE, args.corpus, who, args.tree, f"{tmp}/out"],
                               capture_output=True, text=True, check=False)
            if p.returncode:
                sys.exit(p.stderr[-2000:])
            got[who] = json.loads(p.stdout.strip().splitlines()[-1])
    raw, k = got["raw"], got["kg"]
    path = k["main"] + k["render"]
    print(f"raw nlp.pipe, CPU s (process):             {raw['cpu']:.1f}")
    print(f"kg build --jobs 1, CPU s (process):        {k['cpu']:.1f}")
    print(f"kg main thread + writer holding the lock:  {k['main']:.1f} + {k['render']:.1f} = {path:.1f}")
    print(f"raw / kg critical path:                    {raw['cpu'] / path:.2f}")


if __name__ == "__main__":
    main()
