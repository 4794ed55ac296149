"""Peak RSS of a `kg build` per phase: the build's process, its children (the parser), and their sum.

    python benchmarks/mem_phases.py CORPUS OUT JOBS [EXPORTS]

RSS is read from /proc every 0.25 s; the phase is the function running when sampled ("load",
"parse", "merged" = Review.apply, "compact", "count", "exports"; a "+" marks the time after one
returned). Prints one JSON line: {phase: [main, children, sum] MiB}. Linux only (issue 13)."""
import json
import os
import sys
import threading
import time


def rss(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return 0.0
    return 0.0

def kids(pid):
    out = []
    try:
        for t in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{t}/children") as f:
                out += [int(x) for x in f.read().split()]
    except OSError:
        pass
    res = []
    for k in out:
        res += [k] + kids(k)
    return res

phase = ["load"]
peaks = {}
order = []
def sample():
    me = os.getpid()
    while True:
        m = rss(me); c = sum(rss(k) for k in kids(me))
        p = phase[0]
        if p not in peaks:
            peaks[p] = [0, 0, 0]; order.append(p)
        pk = peaks[p]
        pk[0] = max(pk[0], m); pk[1] = max(pk[1], c); pk[2] = max(pk[2], m + c)
        time.sleep(0.25)

threading.Thread(target=sample, daemon=True).start()
import importlib

import kg
import kg.review_apply as RA
import kg.store as S

B = importlib.import_module("kg.build")  # kg.build is also the function

def wrap(obj, name, label):
    f = getattr(obj, name)
    def g(*a, **k):
        old = phase[0]; phase[0] = label
        try:
            return f(*a, **k)
        finally:
            phase[0] = old + "+"
    setattr(obj, name, g)

wrap(RA.Review, "apply", "merged")
wrap(S.GraphStore, "compact", "compact")
wrap(B, "write_exports", "exports")
wrap(B, "_count", "count")
wrap(S.GraphStore, "built_articles", "built_articles")
orig_loaded = B._loaded
def loaded(*a, **k):
    r = orig_loaded(*a, **k); phase[0] = "parse"; return r
B._loaded = loaded
t0 = time.time()
exports = tuple(x for x in sys.argv[4].split(",") if x) if len(sys.argv) > 4 else ()
rep = kg.build(sys.argv[1], out=sys.argv[2], jobs=int(sys.argv[3]), exports=exports)
time.sleep(0.3)
print(json.dumps({"n": sys.argv[1], "jobs": sys.argv[3], "s": round(time.time() - t0, 1), "facts": rep.facts,
                  "peaks": {p: [round(x) for x in peaks[p]] for p in order}}))
