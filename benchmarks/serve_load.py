"""A bounded load test of `kg serve` from a second process (issue 10, "Endpoint under load").

    python benchmarks/serve_load.py http://127.0.0.1:7878/sparql --queries 2000 --concurrency 20

Sends the saved queries (cheap and expensive mixed) and, one in EVERY_SLOW, a cartesian query
that only the time limit stops, from CONCURRENCY threads over plain HTTP. Prints one JSON
object: counts by HTTP status and kind, p50/p99 latency per kind, and the wall time. A 503
naming the time limit is the documented answer to the slow query; anything else that is not
200 counts as an error.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.query import load_saved, saved_queries  # noqa: E402

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
PARAMS = {"entity": "Huawei", "article": "chips", "date": "2024-01-01"}
EXPENSIVE = {"most-connected", "best-supported", "article-facts", "entity", "facts-by-predicate"}


def workload(n: int, every_slow: int) -> list[tuple[str, str]]:
    saved = [(("expensive" if name in EXPENSIVE else "cheap"), load_saved(name, PARAMS)) for name in saved_queries()]
    jobs = []
    for i in range(n):
        jobs.append(("slow", SLOW) if every_slow and i % every_slow == every_slow // 2 else saved[i % len(saved)])
    return jobs


def send(url: str, kind: str, text: str, timeout: float) -> tuple[str, int, str, float]:
    body = urllib.parse.urlencode({"query": text}).encode()
    req = urllib.request.Request(url, data=body, headers={"Accept": "application/sparql-results+json"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            json.loads(resp.read())
            status, message = resp.status, ""
    except urllib.error.HTTPError as exc:
        status, message = exc.code, exc.read().decode("utf-8", "replace").strip()
    except (urllib.error.URLError, OSError) as exc:
        status, message = 0, str(exc)
    return kind, status, message, time.perf_counter() - start


def pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run(url: str, *, queries: int = 2000, concurrency: int = 20, every_slow: int = 200, timeout: float = 60) -> dict:
    jobs = workload(queries, every_slow)
    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(lambda j: send(url, j[0], j[1], timeout), jobs))
    wall = time.perf_counter() - start
    report: dict = {"queries": len(results), "concurrency": concurrency, "seconds": round(wall, 2),
                    "status": {}, "errors": [], "latency_ms": {}}
    for kind, status, message, _ in results:
        key = f"{kind}:{status}"
        report["status"][key] = report["status"].get(key, 0) + 1
        documented = status == 503 and "time limit" in message
        if status != 200 and not documented:
            report["errors"].append(f"{kind} {status} {message[:200]}")
    for kind in ("cheap", "expensive", "slow"):
        lat = [t * 1000 for k, s, _, t in results if k == kind]
        if lat:
            report["latency_ms"][kind] = {"p50": round(statistics.median(lat), 1), "p99": round(pct(lat, 99), 1)}
    answered = [t * 1000 for k, s, _, t in results if s == 200]
    report["latency_ms"]["answered"] = {"p50": round(statistics.median(answered), 1) if answered else 0,
                                        "p99": round(pct(answered, 99), 1)}
    return report


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--every-slow", type=int, default=200, help="one cartesian query in this many (0: none)")
    args = ap.parse_args()
    print(json.dumps(run(args.url, queries=args.queries, concurrency=args.concurrency, every_slow=args.every_slow)))
