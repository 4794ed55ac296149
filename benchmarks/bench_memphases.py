"""Where a `kg build --jobs 1` holds its memory: RSS of the build's process at the boundaries of
its phases (the parse loop, the merged graph, compaction, counting, exports), its peak, and the
parsing process's peak, for one or more corpus sizes (issue 13, flat memory).

    python benchmarks/bench_memphases.py [--sizes 300,1200] [--work DIR] [--serial]

Each size is built in a fresh process. `--serial`: compact after the merged graph instead of
beside it (a first build compacts in a thread while the merged graph is computed), to tell
their shares of the peak apart. The corpus is bench_build.make_corpus's.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_build import make_corpus  # noqa: E402

PROBE = r"""
import importlib, resource, sys, threading, time
import kg, kg.store as S
B = importlib.import_module("kg.build")

def status():
    d = {}
    for line in open("/proc/self/status"):
        if line.startswith(("VmRSS", "VmHWM", "RssAnon", "RssFile")):
            d[line.split(":")[0]] = int(line.split()[1]) // 1024
    return d

def wrap(obj, name):
    f = getattr(obj, name)
    def g(*a, **k):
        s = status()
        print(f"  before {name:15} RSS {s['VmRSS']:4} MiB (anon {s['RssAnon']:4}), peak so far {s['VmHWM']:4}", flush=True)
        try:
            return f(*a, **k)
        finally:
            s = status()
            print(f"  after  {name:15} RSS {s['VmRSS']:4} MiB (anon {s['RssAnon']:4}), peak so far {s['VmHWM']:4}", flush=True)
    setattr(obj, name, g)

for obj, name in ((B.Review, "apply"), (S.GraphStore, "refresh_merged"), (S.GraphStore, "compact"),
                  (B, "_count"), (B, "write_exports")):
    wrap(obj, name)
if sys.argv[3] == "serial":
    B._compacting = lambda store: None
t0 = time.perf_counter()
rep = kg.build(sys.argv[1], out=sys.argv[2], jobs=1, exports=())
s = status()
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(f"  end: {rep.articles_read} articles, {rep.facts} facts, {time.perf_counter() - t0:.1f} s; "
      f"build process peak {s['VmHWM']} MiB, parsing process peak {kids} MiB")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="300,1200")
    ap.add_argument("--work", type=Path, default=None, help="where corpora and stores go (default: a temp folder)")
    ap.add_argument("--serial", action="store_true", help="compact after the merged graph, not beside it")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-memphases-"))
    for n in map(int, args.sizes.split(",")):
        corpus, out = work / f"corpus-{n}", work / f"out-{n}"
        if not corpus.exists():
            make_corpus(corpus, n)
        subprocess.run(["rm", "-rf", str(out)], check=True)
        print(f"{n} articles:", flush=True)
        subprocess.run([sys.executable, "-c", PROBE, str(corpus), str(out), "serial" if args.serial else "beside"],
                       check=True)


if __name__ == "__main__":
    main()
