"""SPARQL at scale, measured side by side in one run: every saved query on a store of at least
1,000,000 quads, through `kg query` (the command, as a user runs it), kg.query (the library,
its query worker warm), the same text on pyoxigraph's Store opened read-only (in this process,
and as the smallest Python program that does it: import, open, query, print CSV), and rdflib's
in-memory Dataset loaded from the store's N-Quads dump (default_union=True, as kg query).

    python benchmarks/bench_sparql.py [--quads 1000000] [--seed 13] [--cap 120] [--repeat 3]
                                      [--workdir DIR] [--no-rdflib] [--before DIR]

The store has the shape of a real build, made through the store's own API (no parsing, so a
million quads take minutes, not hours): one named graph per article with its metadata and one
kg:Assertion evidence node per reading (GraphStore.replace_article with synthetic Article and
Triple records), then the analysts' review laid (none) and the merged and entity graphs
computed (Review.apply, as kg build does), then the ontology graph. Facts repeat across
articles with a skewed popularity, so support counts, several sources and first/last dates
are real; a tenth of the readings are not asserted, a third carry a fact date, one article in
fifty is a syndicated copy. Generation is seeded: the same arguments give the same store,
which is kept in --workdir and reused by the next run.

Latency is the median of --repeat runs (wall clock, every row read). A query rdflib has not
answered after --cap seconds is stopped and reported as "> cap". Beside each wall-clock figure
of a fresh process (`kg query`, the direct program) the CPU seconds it used (user + system, all
its threads; the median of the same runs), and beside rdflib's the CPU seconds its query used
(up to the cap): on a machine other people's work shares, CPU time moves much less with the load
than wall time, so the CPU ratios are printed too, and the load average at the start and end. With --before DIR (a folder
of .rq files with the same names, e.g. the saved queries' text before a rewrite), those texts
are timed on the direct store too and their rows compared with the saved queries' rows.
"""
from __future__ import annotations

import argparse
import csv
import gc
import io
import json
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.ids import article_id, entity_iri  # noqa: E402
from kg.models import Article, Entity, Evidence, Triple  # noqa: E402
from kg.query import fill, load_saved, saved_queries  # noqa: E402
from kg.rdfarticle import PREFIXES
from kg.store import GraphStore  # noqa: E402
from kg.vocab import PREDICATES  # noqa: E402

PARAMS = {"entity": "Entity 7", "date": "2023-06-30", "article": "story 7:"}
TWO_HOP = ("best-supported", "single-source", "restrictions-as-of", "who-restricts-whom", "entity",
           "investments", "partnerships", "article-facts")  # readings joined to entities' labels
CLASSES = ["Company"] * 4 + ["GovernmentBody", "Country", "Country", "City", "Person", "Product", "Organization"]
SOURCES = ["Reuters", "AP", "Nikkei Asia", "Financial Times", "Xinhua", "Bloomberg", "Politico", "The Register",
           "SCMP", "Handelsblatt", "Le Monde", "Yonhap"]
RULES = ["svo:verb", "svo:passive", "pattern:x-of-y", "apposition", "prep:by"]
WORDS = ("chip export control license foundry wafer subsidy tariff ministry agreement talks supply "
         "network cloud model datacenter investment stake merger probe ruling court sanctions list").split()
QUADS_PER_ARTICLE = 480  # a little under what this generator makes (~510: ~20 readings of ~22 quads, metadata, merged share)


# ------------------------------------------------------------------ the synthetic store

def generate(path: Path, *, quads: int, seed: int) -> dict:
    """Write a store of at least `quads` quads at `path` (a build folder); returns what was made."""
    from kg.build import ONTOLOGY_FILE, merged_marker
    from kg.review_apply import Review

    rng = random.Random(seed)
    n_articles = max(10, quads // QUADS_PER_ARTICLE)
    n_entities = max(50, n_articles * 2)
    entities = [Entity(entity_iri(f"Entity {i}"), f"Entity {i}", rng.choice(CLASSES)) for i in range(n_entities)]
    # distinct facts, each drawn again and again: a few are read in dozens of articles, most once or twice
    facts = []
    for _ in range(n_articles * 8):
        s, o = rng.sample(range(n_entities), 2)
        facts.append((entities[min(s, o) if rng.random() < 0.5 else s], rng.choice(PREDICATES), entities[o]))
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(facts))]
    store = GraphStore(path / "store")
    t0 = time.perf_counter()
    made = 0
    originals: list[str] = []
    for i in range(n_articles):
        day = f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = f"story {i} " + " ".join(rng.choice(WORDS) for _ in range(30))
        aid = article_id(text)
        copy_of = rng.choice(originals) if originals and rng.random() < 0.02 else None
        art = Article(aid, text, f"synthetic/{i}.txt", title=f"Story {i}: " + " ".join(rng.sample(WORDS, 5)),
                      date=day, url=f"https://news.example/{i}", source=rng.choice(SOURCES), copy_of=copy_of)
        originals.append(aid)
        triples = []
        for k, (s, p, o) in enumerate(rng.choices(facts, weights, k=rng.randint(14, 26))):
            start = 200 * k
            sentence = f"{s.label} {p} {o.label} " + " ".join(rng.choice(WORDS) for _ in range(18)) + "."
            ev = Evidence(aid, sentence, start, start + len(sentence), start, start + len(s.label),
                          start + len(s.label) + len(p) + 2, start + len(s.label) + len(p) + 2 + len(o.label),
                          rng.choice(RULES), round(rng.uniform(0.45, 0.95), 2), asserted=rng.random() > 0.1,
                          fact_date=f"{day[:7]}-{rng.randint(1, 28):02d}" if rng.random() < 0.33 else None,
                          attributed_to=rng.choice(SOURCES) if rng.random() < 0.1 else None)
            triples.append(Triple(s, p, o, ev))
        store.replace_article(art, triples, f"synthetic:{seed}", extractor="synthetic")
        made += len(triples)
        if i % 250 == 249:
            store.flush()
            print(f"  {i + 1:,} articles, {len(store):,} quads, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    t1 = time.perf_counter()
    marker = merged_marker(store.built_articles())
    n_facts_before = len(store)
    Review().apply(store, marker, qids={}, out=path)
    store.put_ontology(ONTOLOGY_FILE)
    store.compact()  # as kg build leaves its store: merged files, no write-ahead log to replay at open
    info = {"target": quads, "articles": n_articles, "readings": made, "entities": n_entities, "quads": len(store),
            "merged_quads": len(store) - n_facts_before, "seed": seed,
            "write_s": round(t1 - t0, 1), "merge_s": round(time.perf_counter() - t1, 1)}
    store.dump(path / "graph.nq", ox.RdfFormat.N_QUADS)
    store.close()
    (path / "bench.json").write_text(json.dumps(info, indent=1) + "\n")
    return info


def ensure_store(workdir: Path, *, quads: int, seed: int) -> dict:
    stamp = workdir / "bench.json"
    if stamp.exists():
        info = json.loads(stamp.read_text())
        if info.get("seed") == seed and info.get("target") == quads and (workdir / "graph.nq").exists():
            print(f"reusing {workdir} ({info['quads']:,} quads)", file=sys.stderr)
            return info
    if workdir.exists():
        import shutil

        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    print(f"generating {workdir} (seed {seed}, at least {quads:,} quads)", file=sys.stderr)
    return generate(workdir, quads=quads, seed=seed)


# ------------------------------------------------------------------ timing

def timed(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed_proc(fn, repeat: int) -> tuple[float, float, object]:
    """timed() for a function that runs one child process: the median wall and CPU seconds."""
    walls, cpus, out = [], [], None
    for _ in range(repeat):
        c, t = children_cpu(), time.perf_counter()
        out = fn()
        walls.append(time.perf_counter() - t)
        cpus.append(children_cpu() - c)
    return statistics.median(walls), statistics.median(cpus), out


def direct_rows(store: ox.Store, text: str) -> list[tuple]:
    res = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    return [tuple(None if sol[v] is None else sol[v].value for v in res.variables) for sol in res]


DIRECT_PROGRAM = """
import sys, csv, pyoxigraph as ox
prefixes = {prefixes!r}
store = ox.Store.read_only(sys.argv[1])
res = store.query(sys.stdin.read(), prefixes=prefixes, use_default_graph_as_union=True)
names = [v.value for v in res.variables]
w = csv.writer(sys.stdout)
w.writerow(names)
for sol in res:
    w.writerow(["" if sol[v] is None else sol[v].value for v in names])
"""


def direct_capped(store_dir: Path, text: str, cap: float) -> tuple[float | None, list[tuple] | None]:
    """The direct program, stopped after `cap` seconds (the engine cannot be interrupted in-process)."""
    prog = DIRECT_PROGRAM.format(prefixes=PREFIXES)
    t = time.perf_counter()
    try:
        out = subprocess.run([sys.executable, "-c", prog, str(store_dir)], input=text, capture_output=True,
                             text=True, check=True, timeout=cap)
    except subprocess.TimeoutExpired:
        return None, None
    took = time.perf_counter() - t
    return took, [tuple(r) for r in list(csv.reader(io.StringIO(out.stdout)))[1:]]


def cli_runs(store_dir: Path, name: str, repeat: int) -> tuple[float, float, int]:
    kg = [str(Path(sys.executable).parent / "kg")] if (Path(sys.executable).parent / "kg").exists() \
        else [sys.executable, "-m", "kg.cli"]
    args = [*kg, "query", "--saved", name, "--store", str(store_dir), "-f", "csv", "--timeout", "600",
            "--max-memory", "16000"]
    args += [a for k, v in PARAMS.items() if f"{{{{{k}" in load_text(name) for a in ("--param", f"{k}={v}")]

    def once():
        out = subprocess.run(args, capture_output=True, text=True, check=False)
        if out.returncode:
            raise SystemExit(f"kg query --saved {name} failed: {out.stderr.strip()}")
        return out.stdout

    t, cpu, out = timed_proc(once, repeat)
    return t, cpu, len(list(csv.reader(io.StringIO(out)))) - 1


def direct_subprocess(store_dir: Path, text: str, repeat: int) -> tuple[float, float]:
    prog = DIRECT_PROGRAM.format(prefixes=PREFIXES)
    return timed_proc(lambda: subprocess.run([sys.executable, "-c", prog, str(store_dir)], input=text,
                                             capture_output=True, text=True, check=True), repeat)[:2]


def load_text(name: str) -> str:
    return saved_queries()[name].read_text(encoding="utf-8")


class Cap(Exception):
    pass


def rdflib_time(ds, text: str, cap: float) -> tuple[float | None, int, float]:
    """One run, stopped at `cap` seconds (rdflib evaluates in Python, so a signal can stop it);
    also the CPU seconds it used, up to the cap when stopped."""
    def stop(*_):
        raise Cap

    old = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, cap)
    t, c = time.perf_counter(), time.process_time()
    try:
        n = sum(1 for _ in ds.query(text, initNs=PREFIXES))
        return time.perf_counter() - t, n, time.process_time() - c
    except Cap:
        return None, -1, time.process_time() - c
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def fmt(t: float | None, cap: float | None = None) -> str:
    if t is None:
        return f"> {cap:.0f} s" if cap else "-"
    return f"{t * 1000:.0f} ms" if t < 1 else f"{t:.2f} s"


def ratio(a: float | None, b: float | None, cap: float | None = None) -> str:
    if a is None and cap and b:
        return f"> {cap / b:,.0f}×"
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:,.1f}×" if a / b < 100 else f"{a / b:,.0f}×"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quads", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--cap", type=float, default=120.0, help="seconds before an rdflib query is stopped")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--before", type=Path, default=None, help="folder of older .rq texts to time and compare")
    ap.add_argument("--only", default="", help="comma-separated saved query names (default: all)")
    args = ap.parse_args()
    workdir = args.workdir or Path(tempfile.gettempdir()) / f"kg-bench-sparql-{args.quads}-{args.seed}"
    info = ensure_store(workdir, quads=args.quads, seed=args.seed)
    info["load_start"] = load()
    print(f"store: {info['quads']:,} quads, {info['articles']:,} articles, {info['readings']:,} readings, "
          f"{info['entities']:,} entities; written in {info.get('write_s', '?')} s, merged graph "
          f"({info.get('merged_quads', 0):,} quads) in {info.get('merge_s', '?')} s")
    names = [n for n in saved_queries() if not args.only or n in args.only.split(",")]
    store_dir = workdir / "store"
    rows: dict[str, dict] = {n: {} for n in names}

    # the store, directly: opened read-only once, as a long-running program would
    t = time.perf_counter()
    direct = ox.Store.read_only(str(store_dir))
    print(f"pyoxigraph Store.read_only: {fmt(time.perf_counter() - t)} to open", file=sys.stderr)
    for n in names:
        text = load_saved(n, PARAMS)
        rows[n]["direct"], got = timed(lambda: direct_rows(direct, text), args.repeat)
        rows[n]["rows"], rows[n]["result"] = len(got), got
        if args.before and (args.before / f"{n}.rq").exists():
            old = fill((args.before / f"{n}.rq").read_text(encoding="utf-8"), PARAMS)
            rows[n]["before"], old_rows = direct_capped(store_dir, old, args.cap)
            if old_rows is not None:
                rows[n]["same"] = sorted(old_rows) == sorted(tuple("" if v is None else v for v in r) for r in got)
        print(f"  direct {n}: {fmt(rows[n]['direct'])}, {len(got)} rows", file=sys.stderr)
    direct = None  # closed before the other runs open the store
    gc.collect()

    # the library: kg.query through its warm query worker (the first call starts it)
    import kg

    for n in names:
        text = load_saved(n, PARAMS)
        kg.query(text, store=workdir, timeout=600, max_memory_mb=16000)  # start (or reuse) the worker
        rows[n]["library"], res = timed(lambda: kg.query(text, store=workdir, timeout=600, max_memory_mb=16000),
                                        args.repeat)
        assert len(res) == rows[n]["rows"], (n, len(res), rows[n]["rows"])

    # the command line and the smallest direct program, each a fresh process per query. kg's
    # bytecode is compiled first, as an installed package has it: with PYTHONDONTWRITEBYTECODE
    # set, an editable install would otherwise compile kg's modules again at every start
    import compileall

    compileall.compile_dir(str(ROOT / "kg"), quiet=1)
    for n in names:
        rows[n]["cli"], rows[n]["cli_cpu"], got = cli_runs(workdir, n, args.repeat)
        assert got == rows[n]["rows"], (n, got, rows[n]["rows"])
        rows[n]["direct_proc"], rows[n]["direct_proc_cpu"] = direct_subprocess(store_dir, load_saved(n, PARAMS),
                                                                               args.repeat)
        print(f"  kg query {n}: {fmt(rows[n]['cli'])} (CPU {fmt(rows[n]['cli_cpu'])}); direct program "
              f"{fmt(rows[n]['direct_proc'])} (CPU {fmt(rows[n]['direct_proc_cpu'])}); load {load()}", file=sys.stderr)

    # rdflib's own in-memory store, from the N-Quads dump
    load_s = None
    if not args.no_rdflib:
        import rdflib

        before = rss_mb()
        t = time.perf_counter()
        ds = rdflib.Dataset(default_union=True)
        ds.parse(str(workdir / "graph.nq"), format="nquads")
        load_s = time.perf_counter() - t
        print(f"rdflib: loaded {len(ds):,} triples in the default graph view in {load_s:.1f} s, "
              f"peak RSS {rss_mb():,.0f} MB (was {before:,.0f} MB)")
        for n in names:
            rows[n]["rdflib"], got, rows[n]["rdflib_cpu"] = rdflib_time(ds, load_saved(n, PARAMS), args.cap)
            rows[n]["rdflib_ok"] = got in (-1, rows[n]["rows"])
            print(f"  rdflib {n}: {fmt(rows[n]['rdflib'], args.cap)} (CPU {fmt(rows[n]['rdflib_cpu'])}); "
                  f"load {load()}", file=sys.stderr)

    report(rows, names, args, info, load_s)


def report(rows: dict, names: list[str], args, info: dict, load_s: float | None) -> None:
    print()
    print(f"Saved queries on {info['quads']:,} quads (median of {args.repeat}; rdflib one run, cap {args.cap:.0f} s); "
          f"load average (1/5/15 min) {info.get('load_start', '?')} at the start, {load()} at the end")
    head = ["query", "rows", "direct", "kg.query", "lib÷direct", "direct prog", "kg query", "cli÷prog",
            "rdflib", "rdflib÷kg query"]
    head += ["kg query CPU", "prog CPU", "CPU: cli÷prog", "rdflib CPU", "CPU: rdflib÷kg query"]
    if args.before:
        head += ["text before (direct prog)", "before÷direct prog", "same rows"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for n in names:
        r = rows[n]
        cells = [n + (" (two-hop)" if n in TWO_HOP else ""), str(r["rows"]), fmt(r["direct"]), fmt(r["library"]),
                 ratio(r["library"], r["direct"]), fmt(r["direct_proc"]), fmt(r["cli"]),
                 ratio(r["cli"], r["direct_proc"]),
                 fmt(r.get("rdflib"), args.cap) if not args.no_rdflib else "not run",
                 ratio(r.get("rdflib"), r["cli"], args.cap) if not args.no_rdflib else "-"]
        capped = r.get("rdflib") is None
        rcpu = r.get("rdflib_cpu")
        cells += [fmt(r["cli_cpu"]), fmt(r["direct_proc_cpu"]), ratio(r["cli_cpu"], r["direct_proc_cpu"]),
                  "not run" if rcpu is None else ("> " if capped else "") + fmt(rcpu),
                  "-" if rcpu is None else ("> " if capped else "") + ratio(rcpu, r["cli_cpu"])]
        if args.before:
            same = {True: "yes", False: "NO"}.get(r.get("same"), "-")
            cells += [fmt(r.get("before"), args.cap), ratio(r.get("before"), r["direct_proc"], args.cap), same]
        if not args.no_rdflib and not r.get("rdflib_ok", True):
            cells[-1] += " (row count differs!)"
        print("| " + " | ".join(cells) + " |")
    if load_s is not None:
        print(f"\nrdflib.Dataset.parse of the N-Quads dump: {load_s:.1f} s; peak RSS of this process {rss_mb():,.0f} MB")
    print("direct = pyoxigraph Store.read_only, opened once, in this process; direct prog = a fresh Python "
          "process that imports pyoxigraph, opens the store and prints CSV; kg query = the command, -f csv; "
          "CPU = user + system seconds of that process (rdflib: of its query, up to the cap when stopped)")


if __name__ == "__main__":
    main()
