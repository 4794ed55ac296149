"""What the query guard costs and what it stops, on a built store (default: kg-out).

    python benchmarks/bench_guard.py [STORE]

Prints, side by side: a cheap query run directly on an open store (no guard), through the
library (a worker process per store: the first query pays its start), and as a whole `kg query`
command (guard in a thread, no worker); then the hostile queries of issue 10 with the seconds
they ran and the peak memory (MB) of the process that ran them.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import kg  # noqa: E402
from kg.query import execute  # noqa: E402
from kg.store import GraphStore  # noqa: E402

CHEAP = "SELECT ?s ?o WHERE { ?s kg:restricts ?o }"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SORTED = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"


def ms(fn, n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n * 1000


def cli(*args: str) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS in MB, exit code and stderr of one `kg` command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args],
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024, proc.returncode, proc.stderr.strip()


def main(store: str) -> None:
    gs = GraphStore.open_any(store)
    direct = ms(lambda: execute(gs, CHEAP), 50)
    start = time.perf_counter()
    kg.query(CHEAP, store=store)
    first = (time.perf_counter() - start) * 1000
    pooled = ms(lambda: kg.query(CHEAP, store=store), 50)
    reopen = ms(lambda: execute(GraphStore.open_any(store), CHEAP), 10)
    print(f"cheap query, in this process, store open:        {direct:8.2f} ms")
    print(f"cheap query, opening the store each time (before): {reopen:8.2f} ms")
    print(f"cheap query, library (worker), first call:      {first:8.2f} ms")
    print(f"cheap query, library (worker), next calls:      {pooled:8.2f} ms")
    wall, _, _, _ = cli("query", CHEAP, "--store", store, "-f", "csv")
    print(f"cheap query, whole `kg query` command:          {wall * 1000:8.0f} ms")
    for name, args in [("cartesian COUNT(*), --timeout 5", ("--timeout", "5")),
                       ("cartesian ORDER BY, --max-memory 500", ("--max-memory", "500", "--timeout", "60"))]:
        q = CARTESIAN if "COUNT" in name else SORTED
        wall, peak, code, err = cli("query", q, "--store", store, *args)
        print(f"{name:40s} stopped after {wall:5.1f} s at {peak:6.0f} MB peak, exit {code}: {err}")
    start = time.perf_counter()
    try:
        kg.query(CARTESIAN, store=store, timeout=5)
    except kg.guard.QueryTimeout as exc:
        print(f"{'library, cartesian COUNT(*), timeout=5':40s} stopped after {time.perf_counter() - start:5.1f} s: {exc}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("KG_OUT", "kg-out"))
