"""The rules' own cost, side by side in one run: the extractor of this tree against the one of another
checkout (e.g. the commit before a change to kg/extract), on the same pre-parsed Docs.

    git worktree add /tmp/kg-before HEAD~1
    python benchmarks/bench_rules.py --against /tmp/kg-before [--texts DIR] [--rounds 3]

Parsing is done once (spaCy, the same model and gazetteer ruler) and the Docs are saved; each
checkout then times only `facts_of` over them, in alternating rounds, in its own process. Prints the
CPU seconds of each round, the best of each side and their ratio, and the spaCy parse time for scale.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMER = r"""
import sys, time, pickle
sys.path.insert(0, sys.argv[1])
from spacy.tokens import DocBin
from kg.gazetteer import load
from kg.extract import facts_of
from kg.models import Article
import spacy
gaz = load()
docs = list(DocBin().from_disk(sys.argv[2]).get_docs(spacy.blank("en").vocab))
list(facts_of(docs[0], Article("w", docs[0].text, "w"), gaz))  # warm up: rule modules load lazily
t0 = time.process_time()  # CPU: on a shared machine wall clock measures the neighbours
n = sum(len(list(facts_of(d, Article(str(i), d.text, str(i)), gaz))) for i, d in enumerate(docs))
print(time.process_time() - t0, n)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, required=True, help="another checkout of kg (its root folder)")
    ap.add_argument("--texts", type=Path, default=ROOT / "corpora", help="articles to parse (default corpora/)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from spacy.tokens import DocBin

    from kg.corpus import read_corpus
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    texts = [a.text for a in read_corpus([args.texts], dedupe=False)]
    t0 = time.process_time()
    docs = list(nlp.pipe(texts))
    parse = time.process_time() - t0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.spacy"
        DocBin(store_user_data=False, docs=docs).to_disk(path)
        times: dict[str, list[float]] = {"this tree": [], str(args.against): []}
        facts: dict[str, int] = {}
        for _ in range(args.rounds):
            for name, root in (("this tree", ROOT), (str(args.against), args.against)):
                out = subprocess.run([sys.executable, "-c", TIMER, str(root), str(path)], capture_output=True,
                                     text=True, check=True).stdout.split()
                times[name].append(float(out[0]))
                facts[name] = int(out[1])
    print(f"{len(docs)} articles from {args.texts}; spaCy parse {parse:.2f} CPU-s")
    for name, ts in times.items():
        print(f"{name:<40} rules {'  '.join(f'{t:.2f}' for t in ts)} CPU-s   best {min(ts):.2f} s   {facts[name]} facts")
    a, b = (min(ts) for ts in times.values())
    print(f"ratio this tree / other: {a / b:.2f}")


if __name__ == "__main__":
    main()
