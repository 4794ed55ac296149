"""Measured, side by side in one run: a first build of a generated corpus locally with --jobs 1 and
--jobs 2, and on a Dask LocalCluster of two worker processes (kg starting it, and already running
with its workers warm), each in a fresh process; then a check that all four stores are the same.

    python benchmarks/bench_cluster.py [--articles 200] [--keep DIR]

Each build is timed from the start of its own Python process (imports and model loads included),
without exports, so the figures compare what differs: where the parsing runs.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = {  # name -> what the build is given
    "local --jobs 1": "jobs1",
    "local --jobs 2": "jobs2",
    "dask, LocalCluster of 2 started by kg": "dask2",
    "dask, 2 workers already running and warm": "dask2-warm",
}


def one(mode: str, corpus: Path, out: Path) -> float:
    """Runs in the child process: one build, its seconds (the warm-cluster start is not counted)."""
    import kg

    if mode == "dask2-warm":
        import distributed

        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                      dashboard_address=None) as lc, distributed.Client(lc) as client:
            client.run(_warm)  # every worker loads the pipeline now, as a standing cluster's have
            t0 = time.perf_counter()
            kg.build(corpus, out=out, exports=(), executor="dask", scheduler=lc.scheduler_address)
            return time.perf_counter() - t0
    jobs = 2 if mode.endswith("2") else 1
    kg.build(corpus, out=out, exports=(), jobs=jobs, executor="dask" if mode.startswith("dask") else "local")
    return -1.0


def _warm() -> None:
    from kg.nlp import load

    load()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--keep", type=Path, help="keep the generated corpus and stores here")
    ap.add_argument("--one", nargs=3, metavar=("MODE", "CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(one(args.one[0], Path(args.one[1]), Path(args.one[2])))
        return

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench_build import make_corpus

    from tests.conftest import nquads

    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-cluster-"))
    corpus = work / "corpus"
    if not corpus.exists():
        make_corpus(corpus, args.articles)
    times: dict[str, float] = {}
    for name, mode in RUNS.items():
        out = work / f"out-{mode}"
        shutil.rmtree(out, ignore_errors=True)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, __file__, "--one", mode, str(corpus), str(out)],
                              capture_output=True, text=True, check=True)
        inner = float(proc.stdout.strip().splitlines()[-1])
        times[name] = inner if inner >= 0 else time.perf_counter() - t0
    stores = {name: nquads(work / f"out-{mode}") for name, mode in RUNS.items()}
    same = all(q == stores["local --jobs 1"] for q in stores.values())

    base = times["local --jobs 1"]
    print(f"corpus: {args.articles} generated articles; {len(stores['local --jobs 1'])} quads in each store")
    print(f"{'build':<44}{'seconds':>10}{'speed-up':>10}")
    for name, t in times.items():
        print(f"{name:<44}{t:>10.1f}{base / t:>10.2f}")
    print("the warm-cluster figure excludes the cluster's start and its workers' model loads")
    print(f"same store (N-Quads) from all four: {'yes' if same else 'NO'}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
