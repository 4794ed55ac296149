"""Training for the learned relation component (`learned.py`): examples in, artefact out.

An example is one ordered mention pair read for one predicate in a passage annotated for it:
    {"g": group (a source document), "pred": "leads", "y": 0 or 1,
     "cov": a rule already read this pair, "ok": its clause is asserted, "f": [feature strings]}

Per predicate: a logistic regression (L2, full-batch gradient descent with Adam: no randomness, so
the same examples give the same weights byte for byte), five-fold cross-validation by document to
get an out-of-fold probability for every example, and the lowest threshold at which the pairs the
component would add (not read by a rule, asserted) reach the target precision with enough hits.
That precision (smoothed, (hits + 1) / (added + 2), so that seven of seven is not 1.0) becomes
the confidence of the facts it adds. A predicate whose folds never reach
it stays disabled. numpy is used here only (training time), never when extracting.
"""
from __future__ import annotations

import json
import zlib
from collections import Counter

TARGET = 0.9  # the precision the added facts must reach in cross-validation
MIN_HITS = 5  # ... on at least this many true pairs
MIN_COUNT = 2  # a feature seen fewer times in a predicate's examples is left out
L2 = 1.0
STEPS = 300
FOLDS = 5
KEEP = 4000  # the largest weights kept per predicate
FLOOR = 0.5  # no threshold below this probability


def fold_of(group: str) -> int:
    return zlib.crc32(group.encode()) % FOLDS


def fit(examples: list[dict], *, l2: float = L2, steps: int = STEPS) -> tuple[float, dict[str, float]]:
    """(bias, weights by feature) of a logistic regression on the examples."""
    import numpy as np

    counts = Counter(x for e in examples for x in set(e["f"]))
    vocab = sorted(x for x, n in counts.items() if n >= MIN_COUNT and x != "bias")
    col = {x: i for i, x in enumerate(vocab)}
    rows = [sorted({col[x] for x in e["f"] if x in col}) for e in examples]
    lengths = np.array([len(r) for r in rows], dtype=np.int64)
    indices = np.array([i for r in rows for i in r], dtype=np.int64)
    owner = np.repeat(np.arange(len(rows)), lengths)
    y = np.array([e["y"] for e in examples], dtype=np.float64)
    n, v = len(rows), len(vocab)
    w, b = np.zeros(v), 0.0
    mw, vw, mb, vb = np.zeros(v), np.zeros(v), 0.0, 0.0
    lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = b + np.bincount(owner, weights=w[indices], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        gw = np.bincount(indices, weights=err[owner], minlength=v) / n + l2 * w / n
        gb = float(err.mean())
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        w -= lr * (mw / (1 - b1 ** t)) / (np.sqrt(vw / (1 - b2 ** t)) + eps)
        b -= lr * (mb / (1 - b1 ** t)) / (np.sqrt(vb / (1 - b2 ** t)) + eps)
    return float(b), {x: float(w[i]) for i, x in enumerate(vocab)}


def prob(bias: float, weights: dict[str, float], feats: list[str]) -> float:
    import math

    z = bias + sum(weights.get(x, 0.0) for x in set(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def out_of_fold(examples: list[dict], **kw) -> list[float]:
    """Each example's probability from a model trained on the other folds (folds by document)."""
    probs = [0.0] * len(examples)
    for k in range(FOLDS):
        train = [e for e in examples if fold_of(e["g"]) != k]
        if not train or not any(e["y"] for e in train):
            continue
        b, w = fit(train, **kw)
        for i, e in enumerate(examples):
            if fold_of(e["g"]) == k:
                probs[i] = prob(b, w, e["f"])
    return probs


def threshold(examples: list[dict], probs: list[float]) -> dict:
    """The lowest threshold at which the pairs the component would add reach TARGET precision."""
    scored = sorted(((p, e["y"]) for p, e in zip(probs, examples) if not e["cov"] and e["ok"]), reverse=True)
    best = {"threshold": None, "precision": None, "hits": 0, "added": 0}
    tp = n = 0
    for i, (p, y) in enumerate(scored):
        tp += y
        n += 1
        if p < FLOOR:
            break
        if i + 1 < len(scored) and scored[i + 1][0] == p:
            continue  # a threshold takes every pair of that probability
        if tp / n >= TARGET and tp >= MIN_HITS:
            best = {"threshold": round(p, 6), "precision": round(tp / n, 3), "hits": tp, "added": n}
    return best


def train(examples: list[dict], preds: tuple[str, ...], *, meta: dict | None = None) -> dict:
    """The artefact: per predicate its weights, threshold, confidence and whether it is enabled."""
    models = {}
    for pred in preds:
        ex = [e for e in examples if e["pred"] == pred]
        if not any(e["y"] for e in ex):
            continue
        cv = threshold(ex, out_of_fold(ex))
        b, w = fit(ex)
        kept = sorted(w.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:KEEP]
        models[pred] = {"enabled": cv["threshold"] is not None,
                        "threshold": cv["threshold"] if cv["threshold"] is not None else 1.0,
                        # (hits + 1) / (added + 2): the cross-validated precision, kept off 1.0 when few
                        "confidence": round((cv["hits"] + 1) / (cv["added"] + 2), 3) if cv["added"] else 0.0,
                        "cv": {**cv, "examples": len(ex), "positives": sum(e["y"] for e in ex)},
                        "bias": round(b, 4),
                        "weights": {k: round(v, 4) for k, v in sorted(kept) if abs(v) >= 0.005}}
    return {**(meta or {}), "models": models}


def dump(artefact: dict) -> str:
    return json.dumps(artefact, sort_keys=True, indent=0, ensure_ascii=False) + "\n"
