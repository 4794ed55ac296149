"""Where the rules' CPU goes, matcher by matcher (issue 13): each sentence matcher's milliseconds an article
on generated articles, as the build runs it (the registry's word and mention gates applied), with the
sentences on which it gave something.

    python benchmarks/bench_matchers.py [--articles 300] [--top 40]

The articles (bench_build.make_corpus) are parsed once by this checkout's pipeline; then facts_of runs
twice over them with every matcher wrapped in a timer (the second pass is reported: the first warms the
caches). A matcher's time includes what it is first to ask for (the clause reading is `ordered_stop`'s,
the first rule to read clauses); the timer's own cost per call is printed so the tail can be read.
CPU time (process_time), as bench_worker.py: the machine may be shared.
"""
from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from bench_build import make_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()

    from kg.corpus import read_corpus
    from kg.extract import registry as R
    from kg.nlp import load
    import kg.extract  # noqa: F401  (the package, whose gated and matchers the timer replaces)
    X = sys.modules["kg.extract"]

    nlp, gaz = load(None)
    with tempfile.TemporaryDirectory() as t:
        make_corpus(Path(t), args.articles)
        arts = list(read_corpus(Path(t)))
    docs = list(nlp.pipe([a.text for a in arts], batch_size=32))
    gc.freeze()
    spent: dict[str, float] = defaultdict(float)
    gave: dict[str, int] = defaultdict(int)
    clock = time.process_time

    def timed(fn):
        name = f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"

        def run(*a):
            t0 = clock()
            got = list(fn(*a))
            spent[name] += clock() - t0
            gave[name] += bool(got)
            return got
        return run

    plain_gated, memo = R.gated, {}

    def gated(phase, only=None):
        key = (phase, None if only is None else frozenset(only))
        if key not in memo:
            memo[key] = [(timed(fn), *gates) for fn, *gates in plain_gated(phase, only)]
        return memo[key]

    plain_matchers = R.matchers
    X.gated = gated
    X.matchers = lambda phase, only=None: [timed(fn) for fn in plain_matchers(phase, only)]  # the derived rules
    for _ in range(2):
        spent.clear()
        gave.clear()
        t0 = time.process_time()
        facts = sum(len(list(X.facts_of(d, a, gaz))) for d, a in zip(docs, arts))
        total = time.process_time() - t0
    def idle(*a):
        return ()

    timed_idle = timed(idle)
    t0 = clock()
    for _ in range(100_000):
        timed_idle(None, None)
    per_call = (clock() - t0) / 100_000
    spent.pop(f"{idle.__module__.rsplit('.', 1)[-1]}.idle", None)
    n = len(docs)
    print(f"{n} articles, {sum(len(list(d.sents)) for d in docs)} sentences, {facts} facts; facts_of "
          f"{total * 1000 / n:.2f} CPU ms an article, of which in matchers {sum(spent.values()) * 1000 / n:.2f} "
          f"(the timer costs {per_call * 1e6:.2f} us a call)")
    for name, s in sorted(spent.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"  {s * 1000 / n:7.3f} ms  {name}  (gave facts in {gave[name]} sentences)")


if __name__ == "__main__":
    main()
