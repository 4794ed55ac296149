"""Training for the learned relation component (`learned.py`): examples in, artefact out.

An example is one ordered mention pair read for one predicate in a passage annotated for it:
    {"g": group (a source document), "pred": "leads", "y": 0 or 1,
     "cov": a rule already read this pair, "ok": its clause is asserted, "f": [feature strings]}

Per predicate: a logistic regression (L2, full-batch gradient descent with Adam: no randomness, so
the same examples give the same weights byte for byte), with hard negatives weighted HARD times
(sentences of our own written as near misses, pairs with a third entity between or on the path,
pairs one of whose ends a rule read with another entity); five-fold cross-validation by document,
drawn REPEATS times, to get out-of-fold probabilities for every example; and the lowest threshold
at which the pairs the component would add (not read by a rule, asserted) reach the target
precision as the LOWER end of its Wilson interval, with enough hits. The smoothed precision
((hits + 1) / (added + 2), so that seven of seven is not 1.0) becomes the confidence of the facts
it adds. A predicate whose folds never reach the target stays disabled. numpy is used here only
(training time), never when extracting.
"""
from __future__ import annotations

import json
import zlib
from collections import Counter

TARGET = 0.8  # the precision the added facts must reach in cross-validation ...
Z = 1.0  # ... as the lower end of its Wilson interval (4 of 4 is 0.8 at z=1, 9 of 10 only 0.74)
MIN_HITS = 4  # ... on at least this many true pairs (per repetition of the folds)
REPEATS = 3  # the folds are drawn this many times and the out-of-fold scores pooled
HARD = 3.0  # the weight of a hard negative (see hard())
MIN_COUNT = 2  # a feature seen fewer times in a predicate's examples is left out
L2 = 1.0
STEPS = 300
FOLDS = 5
KEEP = 4000  # the largest weights kept per predicate
FLOOR = 0.5  # no threshold below this probability


def fold_of(group: str, repeat: int = 0) -> int:
    return zlib.crc32((f"{repeat}:" if repeat else "").encode() + group.encode()) % FOLDS


def hard(e: dict) -> bool:
    """A negative like the component's known false facts: a sentence written as a near miss, a pair
    with a third entity on its path or between, or one of whose ends a rule read with another."""
    return not e["y"] and (e["g"].startswith("own-") or any(
        x.startswith(("third-on-path", "Sruled:", "Oruled:")) or x == "mention-between" for x in e["f"]))


def weight(e: dict) -> float:
    return HARD if hard(e) else 1.0


def wilson_low(hits: int, n: int, z: float = Z) -> float:
    """The lower end of the Wilson score interval of hits/n."""
    if not n:
        return 0.0
    p, zz = hits / n, z * z
    return (p + zz / (2 * n) - z * ((p * (1 - p) + zz / (4 * n)) / n) ** 0.5) / (1 + zz / n)


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
    sw = np.array([weight(e) for e in examples], dtype=np.float64)
    sw = sw * (len(sw) / sw.sum())  # weights that keep the mean 1: the L2 strength stays comparable
    n, v = len(rows), len(vocab)
    w, b = np.zeros(v), 0.0
    mw, vw, mb, vb = np.zeros(v), np.zeros(v), 0.0, 0.0
    lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = b + np.bincount(owner, weights=w[indices], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) * sw
        gw = np.bincount(indices, weights=err[owner], minlength=v) / n + l2 * w / n
        gb = float(err.mean())
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        w -= lr * (mw / (1 - b1 ** t)) / (np.sqrt(vw / (1 - b2 ** t)) + eps)
        b -= lr * (mb / (1 - b1 ** t)) / (np.sqrt(vb / (1 - b2 ** t)) + eps)
    return float(b), {x: float(w[i]) for i, x in enumerate(vocab)}


def prob(bias: float, weights: dict[str, float], feats: list[str], *, abstain: bool = True) -> float:
    from .learned import score

    return score(bias, weights, feats, abstain=abstain)


def out_of_fold(examples: list[dict], repeat: int = 0, **kw) -> list[float]:
    """Each example's probability from a model trained on the other folds (folds by document): the
    classifier's own score, before the abstentions of `learned.abstains`, which only ever take
    pairs away from what the threshold lets through."""
    probs = [0.0] * len(examples)
    for k in range(FOLDS):
        train = [e for e in examples if fold_of(e["g"], repeat) != k]
        if not train or not any(e["y"] for e in train):
            continue
        b, w = fit(train, **kw)
        for i, e in enumerate(examples):
            if fold_of(e["g"], repeat) == k:
                probs[i] = prob(b, w, e["f"], abstain=False)
    return probs


def threshold(examples: list[dict], probs: list[float], repeats: int = 1) -> dict:
    """The lowest threshold at which the pairs the component would add reach TARGET precision as
    the lower end of its Wilson interval, with MIN_HITS true pairs. examples and probs may hold
    `repeats` pooled cross-validations: counts are divided back to one."""
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
        hits, added = tp / repeats, n / repeats
        if wilson_low(round(hits), round(added)) >= TARGET - 1e-9 and hits >= MIN_HITS:
            best = {"threshold": round(p, 6), "precision": round(tp / n, 3), "hits": round(hits, 1),
                    "added": round(added, 1)}
    return best


def train(examples: list[dict], preds: tuple[str, ...], *, meta: dict | None = None) -> dict:
    """The artefact: per predicate its weights, threshold, confidence and whether it is enabled."""
    models = {}
    for pred in preds:
        ex = [e for e in examples if e["pred"] == pred]
        if not any(e["y"] for e in ex):
            continue
        probs = [p for r in range(REPEATS) for p in out_of_fold(ex, r)]
        cv = threshold(ex * REPEATS, probs, REPEATS)
        b, w = fit(ex)
        kept = sorted(w.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:KEEP]
        gov = [kv for kv in sorted(w.items()) if kv[0].startswith("GOV:") and kv not in kept]
        models[pred] = {"enabled": cv["threshold"] is not None,
                        "threshold": cv["threshold"] if cv["threshold"] is not None else 1.0,
                        # (hits + 1) / (added + 2): the cross-validated precision, kept off 1.0 when few
                        "confidence": round((cv["hits"] + 1) / (cv["added"] + 2), 3) if cv["added"] else 0.0,
                        "cv": {**cv, "examples": len(ex), "positives": sum(e["y"] for e in ex)},
                        "bias": round(b, 4),
                        # every governing verb stays, however small its weight: an unseen one abstains
                        "weights": {k: round(v, 4) for k, v in sorted(kept + gov)
                                    if abs(v) >= 0.005 or k.startswith("GOV:")}}
    return {**(meta or {}), "models": models}


def dump(artefact: dict) -> str:
    return json.dumps(artefact, sort_keys=True, indent=0, ensure_ascii=False) + "\n"
