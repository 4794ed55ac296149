"""What of a rebuild grows with the corpus (issue 13): reading a built corpus again through its
read cache, piece by piece, CPU seconds, in one process whose imports are done.

    python benchmarks/bench_readgrowth.py CORPUS:OUT [CORPUS:OUT ...] [--rounds 3]

Each CORPUS:OUT is a corpus folder and the folder a build wrote from it (bench_oneoff.py --work
keeps them: corpus-after:out-after). The folders are taken in turn, `--rounds` times, each in a
fresh process: the corpus listed (the walk a build does once), each file's digest asked for (the
kept digests of OUT/.kg-digests.json), then `read_corpus` with the build's read cache, no article
wanted for its text (an unchanged corpus), once to warm the process and once timed, with the read
cache's lookups, keys, decoding and syndication wrapped. The read cache is written again as a
build writes it (the same entries).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

ONE = """
import json, sys, time
from pathlib import Path
import kg.build, kg.corpus as C
import kg.ingest.readers, kg.ingest.language  # noqa: F401  (the readers' imports, out of the timings)
from kg.ingest import digests, readcache, syndication
corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
for rnd in range(2):
    acc = {}
    def wrap(owner, name):
        fn = getattr(owner, name)
        def timed(*a, **k):
            c = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                acc[name] = acc.get(name, 0.0) + time.process_time() - c
        setattr(owner, name, timed)
        return owner, name, fn
    wrapped = [wrap(o, n) for o, n in [(readcache.ReadCache, "_lookup"), (readcache.ReadCache, "_key"),
                                       (readcache, "_decode"), (syndication.CopyFinder, "mark")]]
    c0 = time.process_time()
    with digests.session(out), C.one_listing():
        c1 = time.process_time()
        files = list(C.iter_files(corpus, exclude=(out,)))
        c2 = time.process_time()
        for p in files:
            digests.sha256(p)
        c3 = time.process_time()
        n = sum(1 for _ in C.read_corpus([corpus], exclude=(out,), cache=out, wanted=lambda a: False))
        c4 = time.process_time()
    for o, name, fn in wrapped:
        setattr(o, name, fn)
acc.update({"articles": n, "walk": c2 - c1, "digests": c3 - c2 + c1 - c0, "read_corpus": c4 - c3})
print(json.dumps(acc))
"""

ROWS = [("walk", "listing the corpus"), ("digests", "the kept digests"), ("read_corpus", "read_corpus"),
        ("_lookup", "  of which entries looked up"), ("_decode", "    of which decoded"),
        ("_key", "  of which keys"), ("mark", "  of which syndication")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs", nargs="+", help="CORPUS:OUT")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    got: dict[str, list[dict]] = {p: [] for p in args.pairs}
    for _ in range(args.rounds):
        for pair in args.pairs:
            corpus, out = pair.rsplit(":", 1)
            p = subprocess.run([sys.executable, "-c", ONE, corpus, out], capture_output=True, text=True,
                               cwd=HERE.parent, check=True)
            got[pair].append(json.loads(p.stdout.strip().splitlines()[-1]))
    for pair, runs in got.items():
        print(f"{pair}: {runs[0]['articles']} articles, CPU s of {len(runs)} runs")
        for key, label in ROWS:
            print(f"  {label:34}" + "  ".join(f"{r.get(key, 0.0):.3f}" for r in runs))


if __name__ == "__main__":
    main()
