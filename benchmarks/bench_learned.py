#!/usr/bin/env python3
"""What the learned relation component (kg/extract/learned.py) adds, set by set and half by half.

    python benchmarks/bench_learned.py [--artefact FILE] [--thresholds 0.9,0.8,0.7] [--cache FILE]
                                       [--conll-train FILE]

Parses every passage of the evaluation sets once, keeps the rules' facts and every pair the
component could add (with its features), then scores the rules alone and the rules plus the
component: at the artefact's own thresholds (only its enabled predicates), and, with
--thresholds, at each listed threshold for every predicate it has weights for (a sweep, to see
what a lower bar would cost). Only counts are printed: the check halves (real-dev's and
us-gov's even documents, KnowledgeNet folds 3-4) and CoNLL04 dev are measured, never listed.
--cache keeps the parsed passages (pickle) so that a new artefact is scored in seconds.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"


def sets(conll_train: Path | None = None) -> dict[str, list[dict]]:
    from benchmarks.score_real import documents, usgov_half
    from kg.evaluate import knowledgenet, load

    out = {}
    real = EVAL / "real" / "real-dev.jsonl"
    if real.exists():
        docs = documents(real.parent / "SOURCES.md")
        tune = {i for d in docs[0::2] for i in d}
        rows = load(real)
        out["real tune"] = [r for r in rows if r["id"] in tune]
        out["real check"] = [r for r in rows if r["id"] not in tune]
    usgov = ROOT / "benchmarks" / "data" / "us-gov-gold.jsonl"
    if usgov.exists():
        rows = load(usgov)
        out["us-gov tune"] = [r for r in rows if usgov_half(r["id"]) == "tune"]
        out["us-gov check"] = [r for r in rows if usgov_half(r["id"]) == "check"]
    kn = EVAL / "knowledgenet" / "knowledgenet_trainfolds_facts.jsonl"
    if kn.exists():
        rows = knowledgenet(kn)
        out["kn tune"] = [r for r in rows if r["fold"] in (1, 2)]
        out["kn check"] = [r for r in rows if r["fold"] in (3, 4)]
    conll = EVAL / "conll04" / "conll04-dev.gold.jsonl"
    if conll.exists():
        out["conll04 dev"] = [dict(r, annotated={"worksFor", "leads", "founded", "basedIn", "locatedIn"})
                              for r in load(conll)]
    if conll_train is not None and conll_train.exists():  # converted by ../shared/eval/conll04_to_gold.py
        out["conll04 train"] = [dict(r, annotated={"worksFor", "leads", "founded", "basedIn", "locatedIn"})
                                for r in load(conll_train)]
    if (EVAL / "geo-dev.jsonl").exists():
        out["geo-dev"] = load(EVAL / "geo-dev.jsonl")
    return out


def read_passage(row: dict, nlp, gaz) -> tuple[list[tuple], list[tuple]]:
    """A passage as the learned component meets it: the rules' facts, written (subject, predicate, object,
    confidence), and every fitting mention pair (sentence, the rules' readings there, the two spans and args, the
    predicates that fit, whether a rule already linked the two). Shared with kfold_conll.py."""
    from kg.api import written_label
    from kg.extract import candidates, facts_of
    from kg.extract.index import DocIndex
    from kg.extract.learned import PREDICATES, pairs, ruled_in
    from kg.models import Article

    text = row["text"]
    doc = nlp(text)
    art = Article(row["id"], text, row["id"])
    base = [(written_label(t.subject, text[t.evidence.subj_start:t.evidence.subj_end]), t.predicate,
             written_label(t.object, text[t.evidence.obj_start:t.evidence.obj_end]), t.evidence.confidence)
            for t in facts_of(doc, art, gaz, learned=False)]
    idx = DocIndex.build(doc, gaz)
    by_sent = candidates(doc, idx, art)
    found = []
    for sent in idx.sents:
        linked = {frozenset((c.subj.entity.iri, c.obj.entity.iri)) for c in by_sent.get(sent.start, [])}
        ruled = ruled_in(by_sent.get(sent.start, []))
        for s_span, s, o_span, o, ok in pairs(sent, idx, PREDICATES):
            found.append((sent, idx, ruled, s_span, s, o_span, o, ok,
                          frozenset((s.entity.iri, o.entity.iri)) in linked))
    return base, found


def parse_all(data: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Per passage: the rules' predictions, and the pairs the component could add."""
    from kg.api import written_label
    from kg.extract.learned import _ancestors, features, path_between
    from kg.extract.syntax import modality
    from kg.nlp import load

    nlp, gaz = load()
    out = {}
    for name, rows in data.items():
        done = []
        for row in rows:
            text = row["text"]
            base, found = read_passage(row, nlp, gaz)
            extra = []
            for sent, idx, ruled, s_span, s, o_span, o, ok, linked in found:
                if linked:
                    continue
                ptoks, _ = path_between(s_span.root, o_span.root)
                if not modality(min(ptoks, key=lambda t: len(_ancestors(t))))[0]:
                    continue
                extra.append((written_label(s.entity, text[s.start:s.end]), ok,
                              written_label(o.entity, text[o.start:o.end]),
                              features(sent, s_span, o_span, s.entity.type, o.entity.type, idx, ruled,
                                       s.entity.iri, o.entity.iri)))
            done.append({"row": row, "base": base, "extra": extra})
        out[name] = done
    return out


def added(extra, models: dict, thresholds: dict[str, float]) -> list[tuple]:
    """The component's predictions: per pair the predicate furthest over its threshold.
    (Pairs are one per mention pair; one entity pair read twice gives the same labels.)"""
    from kg.extract.learned_train import prob

    out, seen = [], set()
    for s, ok, o, feats in extra:
        best = None
        for p in ok:
            if p not in thresholds or p not in models:
                continue
            m = prob(models[p]["bias"], models[p]["weights"], feats) - thresholds[p]
            if m >= 0 and (best is None or m > best[0]):
                best = (m, p)
        if best and (s, o) not in seen:
            seen.add((s, o))
            out.append((s, best[1], o, models[best[1]]["confidence"]))
    return out


def score(parsed: list[dict], extra_fn, by_pred: dict | None = None) -> tuple[int, int, int]:
    """tp, fp, fn of the rules' facts plus extra_fn's; by_pred (when given) gets, per predicate,
    the true and false facts only the extra ones made (counts, never the facts)."""
    from kg.evaluate import judge, norm

    tp = fp = fn = 0
    for item in parsed:
        row = item["row"]
        more = extra_fn(item["extra"])
        preds = item["base"] + more
        if "annotated" in row:
            preds = [x for x in preds if x[1] in row["annotated"]]
        v = judge([row], lambda _r, preds=preds: preds)
        hits = sum(x is True for _, x in v)
        tp += hits
        fp += sum(x is False for _, x in v)
        fn += len(row["triples"]) - hits
        if by_pred is not None and more:
            base = {(norm(a), b, norm(c)) for a, b, c, _ in item["base"]}
            for (a, b, c, _), x in v:
                if (a, b, c) not in base and x is not None:
                    by_pred.setdefault(b, [0, 0])[0 if x else 1] += 1
    return tp, fp, fn


def fmt(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"F1={f:.3f} P={p:.3f} R={r:.3f} tp={tp} fp={fp}"


def main() -> None:
    from kg.extract.learned import ARTEFACT

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--artefact", type=Path, default=ARTEFACT)
    ap.add_argument("--thresholds", default="", help="comma-separated thresholds to sweep, every predicate")
    ap.add_argument("--cache", type=Path, help="pickle of the parsed passages (made when absent)")
    ap.add_argument("--per-predicate", action="store_true", help="sweep each predicate alone")
    ap.add_argument("--conll-train", type=Path, help="CoNLL04 train as gold JSON lines (measured, never trained on)")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        parsed = pickle.loads(args.cache.read_bytes())
    else:
        parsed = parse_all(sets(args.conll_train))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(parsed))
    models = json.loads(args.artefact.read_text(encoding="utf-8"))["models"]
    own = {p: m["threshold"] for p, m in models.items() if m["enabled"]}
    configs = [("rules only", {}), ("+ learned " + ",".join(own) if own else "+ learned (none enabled)", own)]
    for t in [float(x) for x in args.thresholds.split(",") if x]:
        if args.per_predicate:
            configs += [(f"+ {p} >= {t}", {p: t}) for p in models]
        else:
            configs.append((f"+ all >= {t}", {p: t for p in models}))
    for name, ths in configs:
        print(name)
        for set_name, part in parsed.items():
            by_pred: dict = {}
            got = fmt(*score(part, lambda ex, ths=ths: added(ex, models, ths), by_pred))
            extra = " ".join(f"{p}+{t}/-{f}" for p, (t, f) in sorted(by_pred.items()))
            print(f"   {set_name:<13}{len(part):>5}  {got}" + (f"  added: {extra}" if extra else ""))


if __name__ == "__main__":
    main()
