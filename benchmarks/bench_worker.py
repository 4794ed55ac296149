"""What a parsing process does besides spaCy, in CPU milliseconds an article, for this checkout
and a baseline side by side (issue 13): the article's index (DocIndex.build), the rules
(candidates), the learned component, the dates, all of facts_of, and rendering the graph as text.

    python benchmarks/bench_worker.py [--articles 300] [--baseline CHECKOUT] [--rounds 2]

The articles (bench_build.make_corpus) are parsed once, by this checkout's pipeline, and kept
as a DocBin; each checkout then runs on the same Docs in a process of its own, alternately
(baseline, this, baseline, this, ...), so that a shared machine's load hits both alike. CPU time,
not wall time: the machine is shared. Facts are counted, to show both read the same.
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

STEP = r"""
import gc, json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from kg.corpus import read_corpus
from kg.nlp import load
from kg.rdfarticle import render_article
import kg.extract
X = sys.modules["kg.extract"]
from kg.extract.learned import add_learned
from kg.extract.dates import find_date
from spacy.tokens import DocBin

nlp, gaz = load(None)
arts = list(read_corpus(Path(sys.argv[2])))
bin_ = Path(sys.argv[3])
if not bin_.exists():
    docs = DocBin(store_user_data=True)
    for d in nlp.pipe([a.text for a in arts], batch_size=32):
        docs.add(d)
    docs.to_disk(bin_)
docs = list(DocBin().from_disk(bin_).get_docs(nlp.vocab))
gc.freeze()  # what loading made, out of the collector's passes, as in a build (kg/workers.py)
out = {}


def timed(name, fn):
    t = time.process_time()
    got = fn()
    out[name] = (time.process_time() - t) * 1000 / len(docs)
    return got


idxs = timed("index", lambda: [X.DocIndex.build(d, gaz) for d in docs])
cands = timed("rules", lambda: [X.candidates(d, i, a) for d, i, a in zip(docs, idxs, arts)])
timed("learned", lambda: [add_learned(c, i) for c, i in zip(cands, idxs)])
said = [d.text[s.start_char:s.end_char] for d in docs for s in d.sents]
timed("dates", lambda: [find_date(s, "2024") for s in said])
del idxs, cands, said  # facts_of starts as the parts did, with nothing of theirs alive
gc.collect()
facts = timed("facts_of", lambda: [list(X.facts_of(d, a, gaz)) for d, a in zip(docs, arts)])
timed("render", lambda: [render_article(a, f, "0" * 16, extractor="kg-rules/0.1") for a, f in zip(arts, facts)])
out["facts"] = sum(map(len, facts))
print(json.dumps(out))
"""
PARTS = ("index", "rules", "learned", "dates", "facts_of", "render")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--baseline", help="a checkout to compare with, e.g. `git worktree add /tmp/base main`")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    trees = ([("before", str(Path(args.baseline).resolve()))] if args.baseline else []) + [("this", str(HERE.parent))]
    with tempfile.TemporaryDirectory() as t:
        corpus, bin_ = Path(t) / "corpus", Path(t) / "docs.spacy"
        make_corpus(corpus, args.articles)
        best: dict[str, dict] = {}
        for _ in range(args.rounds):
            for name, tree in trees:
                res = subprocess.run([sys.executable, "-c", STEP, tree, str(corpus), str(bin_)],
                                     capture_output=True, text=True)
                if res.returncode:
                    sys.exit(f"{name} failed:\n{res.stderr[-2000:]}")
                got = json.loads(res.stdout.strip().splitlines()[-1])
                best[name] = {k: min(v, best.get(name, got)[k]) for k, v in got.items()}  # least disturbed
    print(f"{args.articles} articles, CPU ms an article (best of {args.rounds}); facts "
          + ", ".join(f"{n} {best[n]['facts']}" for n, _ in trees))
    print("  " + "".join(f"{p:>10}" for p in ("", *PARTS)))
    for name, _ in trees:
        print("  " + f"{name:>10}" + "".join(f"{best[name][p]:10.2f}" for p in PARTS))


if __name__ == "__main__":
    main()
