"""Measured, side by side: what laying analysts' decisions over the graph costs at a build.

Builds a generated corpus once (see bench_build.py), then times, on the same store, the merged
graph recomputed with no decisions, and with N decisions (rejections, accepts and a merge) laid
over the articles they touch (and again, when an earlier build laid the same decisions), and a
decisions-only rebuild through kg.build (nothing is parsed).

    python benchmarks/bench_review.py [--articles 200] [--decisions 50]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import make_corpus  # noqa: E402

import kg  # noqa: E402
from kg import review as rv  # noqa: E402
from kg.build import _qids, merged_marker  # noqa: E402
from kg.review_apply import Review  # noqa: E402
from kg.store import GraphStore  # noqa: E402


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--decisions", type=int, default=50)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        make_corpus(corpus, args.articles)
        first = timed(lambda: kg.build(corpus, out=out, exports=()))
        gs = GraphStore(out / "store")
        q = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH kgid:graph\\/merged { ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } ORDER BY ?s ?p ?o"
        rows = list(gs.query(q))[: args.decisions]
        made = [rv.make("reject" if i % 2 else "accept", by="bench", reason="bench",
                        fact={"s": r["s"].value, "p": r["p"].value.rsplit("#", 1)[-1], "o": r["o"].value})
                for i, r in enumerate(rows)]
        made.append(rv.make("merge", by="bench", entity={"iri": "https://w3id.org/kg/id/entity/smic", "label": "SMIC"},
                            into={"iri": "https://w3id.org/kg/id/entity/tsmc", "label": "TSMC", "type": "Company"}))
        quads = len(gs)
        gs.close()
        decisions = rv.save(corpus.parent / rv.DEFAULT_NAME, made)
        t_rebuild = timed(lambda: kg.build(corpus, out=out, exports=()))
        t_noop = timed(lambda: kg.build(corpus, out=out, exports=()))
        decisions.unlink()
        gs, qids = GraphStore(out / "store"), _qids(())
        plain, reviewed = Review(), Review(made)

        def run(r: Review) -> float:
            return timed(lambda: r.apply(gs, merged_marker(gs.built_articles(), r.digest), qids=qids, out=out))

        run(plain)  # strip what the build laid
        t_plain = min(run(plain) for _ in range(3))
        t_lay = run(reviewed)  # rewrites the article graphs the decisions touch
        t_review = min(run(reviewed) for _ in range(2))  # same decisions again: nothing to rewrite
        gs.close()
    print(f"articles {args.articles}, quads {quads}, decisions {len(made)}; first build {first:.1f} s")
    print(f"merged graph, no decisions      {t_plain:8.3f} s  1.00x")
    print(f"merged graph, decisions laid    {t_lay:8.3f} s  {t_lay / t_plain:.2f}x")
    print(f"merged graph, decisions re-laid {t_review:8.3f} s  {t_review / t_plain:.2f}x")
    print(f"no-op rebuild (kg.build, no exports)           {t_noop:8.3f} s  ({t_noop / first:.3f} of the first build)")
    print(f"decisions-only rebuild (kg.build, no exports)  {t_rebuild:8.3f} s  ({t_rebuild / first:.3f} of the first build)")


if __name__ == "__main__":
    main()
