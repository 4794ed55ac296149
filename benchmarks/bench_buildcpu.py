"""Where the CPU of `kg build --jobs 1`'s own process goes, stage by stage, in milliseconds an article
(issue 13): at --jobs 1 spaCy's networks run in a second process (kg/parsing.py) and this process does
everything else; when it cannot keep up, the parser waits. For this checkout and a baseline, alternately.

    python benchmarks/bench_buildcpu.py [--articles 400] [--baseline CHECKOUT] [--rounds 2] [--corpus DIR]

Each stage is timed with its thread's CPU clock (time.thread_time) by wrappers set from outside
(nothing in kg/ is changed for it): reading the corpus (language, sketch, reading cache), receiving
the Docs (unpickling, Doc.from_dict), each pipe run here after the parser (attribute ruler,
lemmatizer, the gazetteer's entity ruler, the name repairs), adding the gazetteer's patterns (once a
build, while the parser starts), the article's index (DocIndex.build), the rules (candidates), all of
facts_of, and the store writer's thread. Also the main thread's CPU over the parsing (what must keep
pace with the parser) and the whole process's. No exports. A corpus: bench_build.make_corpus.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_build import make_corpus  # noqa: E402

SIDE = r"""
import importlib, json, sys, time
tree, corpus, out = sys.argv[1:4]
sys.path.insert(0, tree)
import kg
P, B, X, S, NL = map(importlib.import_module, ("kg.parsing", "kg.build", "kg.extract", "kg.store", "kg.nlp"))
import spacy.tokens
acc = {}

def add(k, dt):
    acc[k] = acc.get(k, 0.0) + dt

def wrap(owner, name, key):
    real = getattr(owner, name)
    def f(*a, **k):
        c = time.thread_time()
        try:
            return real(*a, **k)
        finally:
            add(key, time.thread_time() - c)
    setattr(owner, name, f)

def wrap_gen(owner, name, key):  # a generator: its work is done as it is iterated
    real = getattr(owner, name)
    def f(*a, **k):
        it = real(*a, **k)
        while True:
            c = time.thread_time()
            try:
                x = next(it)
            except StopIteration:
                return
            finally:
                add(key, time.thread_time() - c)
            yield x
    setattr(owner, name, f)

class TimedDoc(spacy.tokens.Doc):
    def from_dict(self, d, **k):
        c = time.thread_time()
        try:
            return super().from_dict(d, **k)
        finally:
            add("receiving: Doc.from_dict", time.thread_time() - c)

real_init = P._Parser.__init__
def init(self, nlp):
    real_init(self, nlp)
    def timed(p, name):
        def f(doc):
            c = time.thread_time()
            try:
                return p(doc)
            finally:
                add("pipe " + name, time.thread_time() - c)
        return f
    self.pipes = [timed(p, n) for n, p in zip(self.later, self.pipes)]
    docs = self.docs
    class Recv:
        def recv(s):
            c = time.thread_time()
            try:
                return docs.recv()
            finally:
                add("receiving: unpickling the message", time.thread_time() - c)
        def __getattr__(s, k):
            return getattr(docs, k)
    self.docs = Recv()
P._Parser.__init__ = init
real_run = P._Parser.run
def run(self, arts):
    T = spacy.tokens
    old = T.Doc
    T.Doc = TimedDoc
    try:
        for x in real_run(self, arts):
            T.Doc = old
            yield x
            T.Doc = TimedDoc
    finally:
        T.Doc = old
P._Parser.run = run
wrap_gen(X, "facts_of", "facts_of (all of it)")
wrap(X.DocIndex, "build", "facts_of: DocIndex.build")
wrap(X, "candidates", "facts_of: the rules (candidates)")
wrap(NL, "finish", "the gazetteer's patterns (once)")
wrap_gen(B, "read_corpus", "reading the corpus")
wrap(S.GraphStore, "write_articles", "store writer thread (its own CPU)")
window = {}
real_extract = P.extract
def extract(*a, **k):
    c, p = time.thread_time(), time.process_time()
    yield from real_extract(*a, **k)
    window["main thread over the parsing"] = time.thread_time() - c
    window["whole process over the parsing"] = time.process_time() - p
P.extract = extract
c0 = time.process_time()
rep = kg.build(corpus, out=out, exports=(), jobs=1)
window["whole process, whole build"] = time.process_time() - c0
print(json.dumps({"acc": acc, "window": window, "articles": rep.articles_read, "facts": rep.facts}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--corpus", type=Path, help="a corpus to build instead of a generated one")
    ap.add_argument("--baseline", help="a checkout to compare with, e.g. `git worktree add --detach /tmp/base main`")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    trees = ([("before", str(Path(args.baseline).resolve()))] if args.baseline else []) + [("this", str(HERE.parent))]
    got: dict[str, list[dict]] = {name: [] for name, _ in trees}
    with tempfile.TemporaryDirectory() as t:
        corpus = args.corpus or Path(t) / "corpus"
        if args.corpus is None:
            make_corpus(corpus, args.articles)
        for r in range(args.rounds):
            for name, tree in trees:
                load = os.getloadavg()[0]
                p = subprocess.run([sys.executable, "-c", SIDE, tree, str(corpus), f"{t}/out-{name}-{r}"],
                                   capture_output=True, text=True, check=False)
                if p.returncode:
                    sys.exit(p.stderr[-3000:])
                res = json.loads(p.stdout.strip().splitlines()[-1])
                res["load"] = load
                got[name].append(res)
                print(f"round {r + 1} {name}: {res['articles']} articles, {res['facts']} facts, load {load:.1f}",
                      file=sys.stderr)
    keys = sorted({k for rs in got.values() for res in rs for k in (*res["acc"], *res["window"])})
    print(f"{'CPU ms an article, best of ' + str(args.rounds) + ' rounds':60}" + "".join(f"{n:>10}" for n in got))
    for k in keys:
        row = []
        for rs in got.values():
            vals = [res["acc"].get(k, res["window"].get(k)) for res in rs]
            vals = [v * 1000 / res["articles"] for v, res in zip(vals, rs) if v is not None]
            row.append(f"{min(vals):10.2f}" if vals else f"{'-':>10}")
        print(f"{k:60}" + "".join(row))
    print("facts: " + ", ".join(f"{n} {rs[0]['facts']}" for n, rs in got.items())
          + "; load average " + ", ".join(f"{res['load']:.1f}" for rs in got.values() for res in rs))


if __name__ == "__main__":
    main()
