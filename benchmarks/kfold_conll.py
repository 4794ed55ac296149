#!/usr/bin/env python3
"""The learned relation component on CoNLL04 train folds it never saw (issue 9).

    python benchmarks/kfold_conll.py --conll-train /tmp/conll-train.jsonl [--with-conll worksFor,basedIn]
        [--conll-weight 4] [--no-kn] [--folds 5] [--cache FILE] [--examples FILE]

CoNLL04 train (converted by ../shared/eval/conll04_to_gold.py; read from there, never copied) is
cut into folds by sentence. For each fold k the component is trained as `train_relations.py`
trains it (KnowledgeNet folds 1-2, the tuning halves of real-dev and us-gov, our own sentences),
with --with-conll also on the CoNLL04 pairs of the other folds (a Work_For pair is a worksFor
example, an OrgBased_In pair a basedIn example), and scored on fold k: the rules alone against the
rules plus the component, at each fold's own thresholds (those its inner cross-validation enabled)
and at fixed thresholds per predicate. Then the precision of what it would add, by score band,
with the Wilson lower bound (z=1.64, one-sided 95%) that a threshold must reach (0.85) to be
switched on. Only counts are printed.

--examples caches the training examples of train_relations.py (JSON lines), --cache the parsed
CoNLL04 sentences (pickle), so that a second run only trains and scores.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ONLY = {"worksFor", "leads", "founded", "basedIn", "locatedIn"}  # what CoNLL04 annotates, mapped
BANDS = ((0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.5, 0.6))
BOUND, Z = 0.85, 1.64


def parse(rows: list[dict]) -> list[dict]:
    """Per sentence: the rules' facts and every fitting mention pair (features, whether a rule read
    it, whether its clause is asserted, its label per predicate)."""
    from benchmarks.bench_learned import read_passage
    from benchmarks.train_relations import gold_label
    from kg.api import written_label
    from kg.extract.learned import _ancestors, features, path_between
    from kg.extract.syntax import modality
    from kg.nlp import load

    nlp, gaz = load()
    out = []
    for row in rows:
        text = row["text"]
        base, found = read_passage(row, nlp, gaz)
        label = gold_label(row, text)
        ex = []
        for sent, idx, ruled, s_span, s, o_span, o, ok, linked in found:
            feats = features(sent, s_span, o_span, s.entity.type, o.entity.type, idx, ruled,
                             s.entity.iri, o.entity.iri)
            ptoks, _ = path_between(s_span.root, o_span.root)
            ex.append({"s": written_label(s.entity, text[s.start:s.end]),
                       "o": written_label(o.entity, text[o.start:o.end]), "ok": ok, "cov": linked,
                       "asserted": modality(min(ptoks, key=lambda t: len(_ancestors(t))))[0],
                       "f": feats, "y": {p: int(label(p, s, s_span, o, o_span)) for p in ok}})
        out.append({"row": row, "base": base, "ex": ex})
    return out


def wilson_low(hits: int, n: int, z: float = Z) -> float:
    from kg.extract.learned_train import wilson_low as w

    return w(hits, n, z)


def verdicts(item: dict, added: list[tuple]) -> tuple[int, int, int, dict]:
    """tp, fp, fn of the rules' facts plus added, and the verdict of each added fact."""
    from kg.evaluate import judge, norm

    row = item["row"]
    base = [x for x in item["base"] if x[1] in ONLY]
    add = [x for x in added if x[1] in ONLY]
    v = judge([row], lambda _r: base + add)
    known = {(norm(s), p, norm(o)) for s, p, o, _ in base}
    tp, fp = sum(x is True for _, x in v), sum(x is False for _, x in v)
    return tp, fp, len(row["triples"]) - tp, {t[:3]: x for t, x in v if t[:3] not in known}


def main() -> None:
    from kg.extract import learned_train as LT
    from kg.extract.learned import PREDICATES, score

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conll-train", type=Path, required=True)
    ap.add_argument("--with-conll", default="", help="predicates trained on the other folds' CoNLL04 pairs too")
    ap.add_argument("--conll-weight", type=int, default=1, help="each CoNLL04 example counted this many times")
    ap.add_argument("--no-kn", action="store_true", help="train on CoNLL04 folds alone")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--examples", type=Path, help="train_relations.py's examples (made when absent)")
    args = ap.parse_args()
    from kg.evaluate import load

    if args.cache and args.cache.exists():
        items = pickle.loads(args.cache.read_bytes())
    else:
        items = parse(load(args.conll_train))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(items))
    kn: list[dict] = []
    if not args.no_kn:
        if args.examples and args.examples.exists():
            kn = [json.loads(x) for x in args.examples.read_text(encoding="utf-8").splitlines()]
        else:
            from benchmarks.train_relations import collect

            kn = collect()
            if args.examples:
                args.examples.write_text("".join(json.dumps(e) + "\n" for e in kn), encoding="utf-8")
    with_conll = {p for p in args.with_conll.split(",") if p}

    def fold(item: dict) -> int:
        return zlib.crc32(item["row"]["id"].encode()) % args.folds

    held = []  # (item, [(s, o, {pred: probability})], {pred: the fold's own threshold})
    for k in range(args.folds):
        extra = [{"g": "conll-" + it["row"]["id"], "pred": p, "y": e["y"][p], "cov": e["cov"],
                  "ok": e["asserted"], "f": e["f"]}
                 for it in items if fold(it) != k for e in it["ex"] for p in e["ok"] if p in with_conll]
        models = LT.train(kn + extra * args.conll_weight, PREDICATES)["models"]
        own = {p: m["threshold"] for p, m in models.items() if m["enabled"]}
        print(f"fold {k}: enabled " + (", ".join(f"{p} >= {t:.3f}" for p, t in own.items()) or "none"))
        for it in items:
            if fold(it) == k:
                pairs = [(e["s"], e["o"], {p: score(models[p]["bias"], models[p]["weights"], e["f"])
                                           for p in e["ok"] if p in models})
                         for e in it["ex"] if not e["cov"] and e["asserted"]]
                held.append((it, pairs, own))

    def run(ths: dict | None):
        total, per = [0, 0, 0], defaultdict(lambda: [0, 0])
        for it, pairs, own in held:
            t = own if ths is None else ths
            added, seen = [], set()
            for s, o, pr in pairs:
                best = max(((x - t[p], p) for p, x in pr.items() if p in t and x >= t[p]), default=None)
                if best and (s, o) not in seen:
                    seen.add((s, o))
                    added.append((s, best[1], o, 0.8))
            got = verdicts(it, added)
            for j in range(3):
                total[j] += got[j]
            for (_s, p, _o), x in got[3].items():
                if x is not None:
                    per[p][0 if x else 1] += 1
        return total, dict(per)

    def fmt(tp: int, fp: int, fn: int) -> str:
        p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        return f"F1={2 * p * r / (p + r) if p + r else 0:.3f} P={p:.3f} tp={tp} fp={fp} fn={fn}"

    print("rules only                ", fmt(*run({})[0]))
    total, per = run(None)
    print("+ learned, own thresholds ", fmt(*total), " added " + " ".join(f"{p}+{a}/-{b}" for p, (a, b) in per.items()))
    print(f"precision of what it would add, by score band (one predicate at a time; Wilson low, z={Z}):")
    for p in ("worksFor", "basedIn", "leads", "founded"):
        line, cum = [], [0, 0]
        for lo, hi in BANDS:
            _, at_lo = run({p: lo})
            a, b = at_lo.get(p, [0, 0])
            band = (a - cum[0], b - cum[1])
            cum = [a, b]
            line.append(f"{lo:.1f}-{min(hi, 1.0):.1f} +{band[0]}/-{band[1]} (>= {lo:.1f}: {a}/{a + b}, "
                        f"low {wilson_low(a, a + b):.2f})")
        print(f"  {p:<9} " + "; ".join(line))


if __name__ == "__main__":
    main()
