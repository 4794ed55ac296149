"""A learned relation component beside the rules: a logistic regression per predicate over the
words and the dependency path between two entity mentions of one sentence, and the clause around
them (the verb governing the pair; whether an end sits in a prepositional phrase, a relative clause,
a quotation or an appositive of a third entity; negation and modals on the path; what the rules
read of either end with another entity).

It only ADDS facts. A pair of mentions some rule already read anything about (any predicate,
either direction, asserted or not) is left to the rules; so is a pair whose connecting clause is
negated, modal or speculative (`syntax.modality`), and one it abstains on (`abstains`: a governing
verb never seen with the predicate, an end hung on a third entity's name). What it adds carries the rule id
`learned:<predicate>` and, as confidence, the precision its threshold reached in
cross-validation on the training data, so the facts can be told apart and reviewed.

The weights live in `data/relations.json` (trained by `benchmarks/train_relations.py` on
KnowledgeNet folds 1-2, the tuning halves of the project's gold and near misses of our own; see
`data/README.md` for the licence of that file). Scoring is plain Python: no dependency beyond what the rules use.
A predicate is used only when the artefact lists it as enabled (its cross-validated precision
reached the target), and the component runs only when switched on: by the artefact's
`switched_on` (true as shipped: on no measured set did it lower F1 or precision, see
benchmarks/README.md), by KG_LEARNED (1 on, 0 off), or per call (`facts_of(..., learned=False)`,
`kg extract --no-learned`).
"""
from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .index import Arg, Candidate

if TYPE_CHECKING:
    from .index import DocIndex

ARTEFACT = Path(__file__).parent / "data" / "relations.json"
PREDICATES = ("leads", "worksFor", "founded", "basedIn", "owns")  # those the training data annotates
MAX_GAP = 30  # tokens between two mentions past which no pair is considered
MAX_PATH = 7  # dependency edges past which a path is only "long"


def mentions_in(sent, idx: DocIndex) -> list[tuple[object, Arg]]:
    """(span, Arg as named) of each mention of the sentence, in order."""
    out, seen = [], set()
    for i in range(sent.start, sent.end):
        got = idx.tok2m.get(i)
        if got is None or got[0].start in seen:
            continue
        seen.add(got[0].start)
        out.append((got[0], idx.mention(idx.tokens[i], actor=False)))
    return out


def _ancestors(tok) -> list:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def _dist(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-7" if n <= 7 \
        else "8-12" if n <= 12 else "13+"


def _word(tok, mentioned: dict[int, str]) -> str:
    """A path or context word: another mention by its type, a number as NUM, else the lemma."""
    if tok.i in mentioned:
        return "<" + mentioned[tok.i] + ">"
    if tok.like_num:
        return "NUM"
    return tok.lemma_.lower()


def path_between(a, b) -> tuple[list, list]:
    """The dependency path from token a to token b: (tokens, edge labels with ^ up and v down)."""
    up, down = _ancestors(a), _ancestors(b)
    down_ids = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in down_ids:
            j = down_ids[t.i]
            toks = up[: k + 1] + list(reversed(down[:j]))
            edges = ["^" + x.dep_ for x in up[:k]] + ["v" + x.dep_ for x in reversed(down[:j])]
            return toks, edges
    return [a, b], ["?"]  # two trees (a sentence split wrongly)


def features(sent, s_span, o_span, s_type: str, o_type: str, idx: DocIndex,
             ruled: dict[str, set[str]] | None = None, s_iri: str = "", o_iri: str = "") -> list[str]:
    """The features of the ordered pair (subject mention, object mention): plain strings.
    ruled: what the rules read in this sentence, by entity (ruled_in): a person a rule already placed
    at one employer is seldom at the next company the sentence names."""
    toks = idx.tokens
    mentioned = {i: m.entity.type for i in range(sent.start, sent.end)
                 if (m := idx.mention(toks[i], actor=False)) is not None
                 and not (s_span.start <= i < s_span.end or o_span.start <= i < o_span.end)}
    first, second = (s_span, o_span) if s_span.start < o_span.start else (o_span, s_span)
    between = toks[first.end: second.start]
    gap = len(between)
    f = ["bias", f"T:{s_type}>{o_type}", "ord:" + ("so" if first is s_span else "os"), "gap:" + _dist(gap)]
    words = [_word(t, mentioned) for t in between if not t.is_punct or t.text in (",", "(", ")", "'s")]
    if gap <= 12:
        f += ["BW:" + w for w in sorted(set(words))]
        f.append("BS:" + " ".join(words[:6]))
    else:
        f += ["BWedge:" + w for w in sorted(set(words[:4] + words[-4:]))]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        f.append("verb-between")
    if any(t.i in mentioned for t in between):
        f.append("mention-between")
    if first.start > sent.start:
        f.append("B1:" + _word(toks[first.start - 1], mentioned))
    if second.end < sent.end:
        f.append("A1:" + _word(toks[second.end], mentioned))
    sr, orr = s_span.root, o_span.root
    f += [f"SD:{sr.dep_}", f"OD:{orr.dep_}", f"SH:{sr.head.lemma_.lower()}", f"OH:{orr.head.lemma_.lower()}"]
    ptoks, edges = path_between(sr, orr)
    inner = ptoks[1:-1]
    if len(edges) <= MAX_PATH:
        lem = [_word(t, mentioned) for t in inner]
        f.append("PD:" + " ".join(edges))
        f.append("P:" + " ".join(e + (" " + w if w else "") for e, w in zip(edges, lem + [""])))
        f.append(f"TPD:{s_type}>{o_type}|" + " ".join(edges))
        f += ["PL:" + w for w in lem]
    else:
        f.append("PD:long")
    lca = min(ptoks, key=lambda t: len(_ancestors(t)))  # the head the path turns at
    f += [f"LCA:{lca.lemma_.lower()}", f"LCApos:{lca.pos_}"]
    f += clause_features(sent, s_span, o_span, ptoks, lca, mentioned, idx, ruled, s_iri, o_iri)
    for role, iri, other in (("S", s_iri, o_iri), ("O", o_iri, s_iri)):
        f += sorted({f"{role}ruled:{p}" for p, x in (ruled or {}).get(iri, ()) if x != other})
    return f


def ruled_in(cands) -> dict[str, set[tuple[str, str]]]:
    """Entity iri -> (predicate, the other end) of each rule candidate of a sentence it is in."""
    out: dict[str, set[tuple[str, str]]] = {}
    for c in cands:
        out.setdefault(c.subj.entity.iri, set()).add((c.pred, c.obj.entity.iri))
        out.setdefault(c.obj.entity.iri, set()).add((c.pred, c.subj.entity.iri))
    return out


QUOTES = {'"', "\u201c", "\u201d", "''", "``"}
MODAL_WORDS = {"may", "might", "could", "would", "should", "must", "can"}


def _governor(lca):
    """The verb that governs the path: its turning point when a verb, else the first verb above it."""
    tok = lca
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _side(role: str, span, lca, mentioned: dict[int, str], toks) -> list[str]:
    """Where one mention sits below the path's turning point: inside prepositional phrases (which
    preposition, hung on a noun or a verb), a relative or adjectival clause, an appositive of
    another entity, a clause of its own."""
    f, pps, tok = [], 0, span.root
    if tok.head.i in mentioned and tok.head.i != tok.i:
        f.append(f"{role}on:third")  # "Chattanooga, Tenn.": hung on another entity's name
    while tok.i != lca.i and tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "pobj":
            pps += 1
            f.append(f"{role}pp:{head.lower_}")
            if head.head.i != head.i:
                f.append(f"{role}pp-on:{head.head.pos_}")
        elif tok.dep_ in ("relcl", "acl"):
            f.append(f"{role}in:{tok.dep_}")
        elif tok.dep_ == "appos":
            f.append(f"{role}appos" + (":third" if head.i in mentioned else ""))
        elif tok.dep_ in ("ccomp", "advcl", "xcomp", "conj", "parataxis"):
            f.append(f"{role}in:{tok.dep_}")
        tok = head
    f.append(f"{role}pps:{min(pps, 3)}")
    # in quotation marks: an odd number of quote marks before it in the sentence
    before = sum(1 for t in toks[span.sent.start: span.start] if t.text in QUOTES)
    if before % 2:
        f.append(f"{role}quoted")
    return f


def clause_features(sent, s_span, o_span, ptoks, lca, mentioned: dict[int, str], idx: DocIndex,
                    ruled: dict | None = None, s_iri: str = "", o_iri: str = "") -> list[str]:
    """The clause around the pair: the verb governing the path, where each mention sits (PP,
    relative clause, appositive of a third entity, quotation), negation and modality on the path,
    a third entity on the path, and whether a rule gave either end a fact elsewhere in the sentence."""
    toks = idx.tokens
    gov = _governor(lca)
    f = ["GOV:" + (gov.lemma_.lower() if gov is not None else "-")]
    if gov is not None and gov.i != lca.i:
        f.append("GOV-above")
    f += _side("S", s_span, lca, mentioned, toks) + _side("O", o_span, lca, mentioned, toks)
    for role, span, other in (("S", s_span, o_iri), ("O", o_span, s_iri)):
        # hung on a third name ("Chattanooga, Tenn."): marked when the rules read the pair's other
        # end with that name, which the state then follows ("based in Dallas, Texas")
        head = span.root.head
        if f"{role}on:third" in f and (m := idx.mention(head, actor=False)) is not None \
                and m.entity.iri in {x for _p, x in (ruled or {}).get(other, ())}:
            f[f.index(f"{role}on:third")] = f"{role}on:third-ruled"
    for t in ptoks[1:-1]:
        if t.i in mentioned:
            f.append("third-on-path:" + mentioned[t.i])
    for t in ptoks:
        for c in t.children:
            if c.dep_ == "neg":
                f.append("neg-on-path")
            elif c.dep_ == "aux" and c.lower_ in MODAL_WORDS:
                f.append("modal-on-path")
    first, second = sorted((s_span, o_span), key=lambda x: x.start)
    if any(toks[i].text in QUOTES for i in range(first.end, second.start)):
        f.append("quote-between")
    return sorted(set(f), key=f.index)


class Model:
    """Per-predicate weights, threshold and the confidence that threshold measured."""

    def __init__(self, data: dict):
        self.data = data
        self.models = data.get("models", {})

    @property
    def active(self) -> list[str]:
        return [p for p in PREDICATES if self.models.get(p, {}).get("enabled")]

    def prob(self, pred: str, feats: list[str]) -> float:
        m = self.models[pred]
        return score(m["bias"], m["weights"], feats)


def abstains(weights: dict[str, float], feats: list[str]) -> bool:
    """Pairs the component leaves alone whatever it scores: those whose governing verb the training
    data never showed with the predicate's pairs ("shot by X at Y" is not "designed by X at Y"), and
    those with an end hung on a third entity's name (the "Tenn." of "Chattanooga, Tenn.") unless the
    rules read the other end with that entity: the state follows the city it names."""
    if not any(x in weights for x in feats if x.startswith("GOV:")):
        return True
    return "Oon:third" in feats or "Son:third" in feats


def score(bias: float, weights: dict[str, float], feats: list[str], *, abstain: bool = True) -> float:
    """The probability of the logistic regression (each feature counted once), 0 where it abstains."""
    if abstain and abstains(weights, feats):
        return 0.0
    z = bias + sum(weights.get(x, 0.0) for x in set(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Model:
    p = Path(path) if path else ARTEFACT
    if not p.exists():
        return Model({})
    return Model(json.loads(p.read_text(encoding="utf-8")))


def switched_on() -> bool:
    """Whether the component runs when a caller does not say: KG_LEARNED, else the artefact."""
    env = os.environ.get("KG_LEARNED", "")
    if env in ("0", "1"):
        return env == "1"
    return bool(load().data.get("switched_on"))


def pairs(sent, idx: DocIndex, preds) -> list[tuple]:
    """Ordered mention pairs whose types fit at least one of preds: (s_span, s_arg, o_span, o_arg, fitting preds)."""
    from . import fits

    ms = mentions_in(sent, idx)
    out = []
    for s_span, s in ms:
        for o_span, o in ms:
            if s_span.start == o_span.start or s.entity.iri == o.entity.iri:
                continue
            if max(s_span.start, o_span.start) - min(s_span.end, o_span.end) > MAX_GAP:
                continue
            ok = [p for p in preds if fits(p, s.entity, o.entity)]
            if ok:
                out.append((s_span, s, o_span, o, ok))
    return out


def _abstains_all(model: Model, preds: list[str], lca) -> bool:
    """Whether every predicate abstains (abstains()) for want of its governing verb, so that no
    candidate can come of the pair, read from the path's turning point alone: the full features of
    a pair cost ten times more, and on news three pairs in five stop here (issue 13). A predicate
    whose threshold a score of 0 would pass is never skipped this way."""
    gov = _governor(lca)
    feat = "GOV:" + (gov.lemma_.lower() if gov is not None else "-")
    return all(feat not in model.models[p]["weights"] and model.models[p]["threshold"] > 0 for p in preds)


def add_learned(by_sent: dict[int, list[Candidate]], idx: DocIndex, model: Model | None = None) -> None:
    """Add the classifier's candidates for pairs no rule read, in place."""
    from .syntax import modality

    model = model or load()
    active = model.active
    if not active:
        return
    for sent in idx.sents:
        got = by_sent.get(sent.start, [])
        linked = {frozenset((c.subj.entity.iri, c.obj.entity.iri)) for c in got}
        ruled = ruled_in(got)
        new = []
        for s_span, s, o_span, o, ok in pairs(sent, idx, active):
            if frozenset((s.entity.iri, o.entity.iri)) in linked:
                continue
            ptoks, _ = path_between(s_span.root, o_span.root)
            lca = min(ptoks, key=lambda t: len(_ancestors(t)))
            if _abstains_all(model, ok, lca):
                continue  # what features() would find first: every predicate abstains (most pairs)
            feats = features(sent, s_span, o_span, s.entity.type, o.entity.type, idx, ruled,
                             s.entity.iri, o.entity.iri)
            best = None
            for pred in ok:
                m = model.models[pred]
                margin = model.prob(pred, feats) - m["threshold"]
                if margin >= 0 and (best is None or margin > best[0]):
                    best = (margin, pred)
            if best is None:
                continue
            if not modality(lca)[0]:
                continue
            pred = best[1]
            trig = tuple(t.idx for t in ptoks[1:-1])
            new.append(Candidate(s, pred, o, f"learned:{pred}", model.models[pred]["confidence"], True, trig))
            linked.add(frozenset((s.entity.iri, o.entity.iri)))
        if new:
            by_sent.setdefault(sent.start, []).extend(new)
