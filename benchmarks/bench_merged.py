"""The merged-graph step of a build alone, on a copy of a built store: its time and how far it
raises peak RSS, for this code and for another commit's, in one run (issue 13).

    python benchmarks/bench_merged.py STORE [--before REV] [--repeat N]

Each measure runs in a fresh process on a fresh copy of STORE (a build's `store` folder). The
derived graphs are dropped first, untimed, as a first build finds them; then the peak RSS is
reset (/proc/self/clear_refs) and `GraphStore.refresh_merged` is timed: facts, entity
descriptions, their writes and the marker. `--before REV` checks REV out in a temporary git
worktree and measures its code the same way, alternating with the current code.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STEP = """
import json, shutil, sys, time
from pathlib import Path
from kg.build import _qids, merged_marker
from kg.rdfarticle import ENTITIES, MERGED, REVIEW
from kg.store import GraphStore

def mem():
    d = {}
    for line in open("/proc/self/status"):
        k, v = line.split(":", 1)
        d[k] = int(v.split()[0]) / 1024 if v.strip().endswith("kB") else 0
    return d

src, work = Path(sys.argv[1]), Path(sys.argv[2])
shutil.rmtree(work, ignore_errors=True)
shutil.copytree(src, work)
gs = GraphStore(work)
gs.ox.update(f"DROP SILENT GRAPH {MERGED} ; DROP SILENT GRAPH {ENTITIES} ; DROP SILENT GRAPH {REVIEW}")
gs.compact()
qids = _qids(())
marker = merged_marker(gs.built_articles())
open("/proc/self/clear_refs", "w").write("5")
before = mem()["VmRSS"]
t0 = time.perf_counter()
facts = gs.refresh_merged(marker, qids)
seconds = time.perf_counter() - t0
gs.close()
shutil.rmtree(work, ignore_errors=True)
print(json.dumps({"seconds": seconds, "rss_before": before, "peak": mem()["VmHWM"], "facts": facts}))
"""


def measure(code_root: Path, store: Path, work: Path) -> dict:
    env = {"PYTHONPATH": str(code_root), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", STEP, str(store), str(work)], check=False, capture_output=True,
                          text=True, env=env, cwd=code_root)
    if proc.returncode:
        sys.exit(f"measure failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--before", help="a git revision to measure beside the current code")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-merged-"))
    codes = {"current": ROOT}
    try:
        if args.before:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tmp / "before"), args.before],
                           check=True, capture_output=True)
            codes = {f"before ({args.before})": tmp / "before", "current": ROOT}
        rows = {name: [] for name in codes}
        for _ in range(args.repeat):
            for name, root in codes.items():
                r = measure(root, args.store, tmp / "store")
                rows[name].append(r)
                print(f"{name:24} {r['facts']:>7} facts  {r['seconds']:7.1f} s  RSS {r['rss_before']:.0f} -> peak "
                      f"{r['peak']:.0f} MiB (+{r['peak'] - r['rss_before']:.0f})", flush=True)
    finally:
        if args.before:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp / "before")],
                           check=False, capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
