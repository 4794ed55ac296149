"""Analysts' review decisions as plain data: a JSON Lines file in the user's project.

No extractor is right every time. An analyst accepts a fact, rejects it with a reason, corrects
it, merges two names of one actor (one becomes an alias of the other), splits a name that stood
for two actors, or adds a fact the extractor missed, citing the article and sentence. Each
decision is one line of `kg-review.jsonl` (by default beside the corpus folder), with who made it,
when and why. The lines keep the order the decisions were made in and their keys are sorted, so
the file diffs cleanly in git and `save(load(f))` rewrites it byte for byte. `kg build` lays the
decisions over the extracted graph at every build (kg/review_apply.py); nothing here touches the
store.

A fact is named by its subject and object IRIs and its predicate, as the merged graph names it
when the decision is made (`fact`: {"s", "p", "o"} plus the labels, for the human reader).
"""
from __future__ import annotations

import getpass
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from .errors import ReviewError
from .ids import digest
from .vocab import CLASSES, PREDICATES

DEFAULT_NAME = "kg-review.jsonl"
ACTIONS = ("accept", "reject", "correct", "merge", "split", "add")
# what each kind of decision must carry besides id, action, by and at
REQUIRED = {"accept": ("fact",), "reject": ("fact",), "correct": ("fact", "to"),
            "merge": ("entity", "into"), "split": ("entity", "into"), "add": ("article", "sentence", "fact")}


def default_path(paths: list[str | Path]) -> Path:
    """`kg-review.jsonl` beside the (first) corpus folder or file: in the user's project, outside
    the folder the corpus reader walks."""
    first = Path(paths[0]).resolve()
    return first.parent / DEFAULT_NAME


def dumps(decision: dict) -> str:
    return json.dumps(decision, ensure_ascii=False, sort_keys=True)


def load(path: str | Path) -> list[dict]:
    """The decisions in a review file, in file order; a missing file holds none."""
    p = Path(path)
    if not p.exists():
        return []
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewError(f"{p}: cannot read the review file ({exc})") from None
    out, ids = [], set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReviewError(f"{p}:{n}: not a JSON object ({exc.msg}); fix or delete the line") from None
        problem = check(d)
        if problem:
            raise ReviewError(f"{p}:{n}: {problem}")
        if d["id"] in ids:
            raise ReviewError(f"{p}:{n}: decision {d['id']} appears twice; delete one of the lines")
        ids.add(d["id"])
        out.append(d)
    return out


def save(path: str | Path, decisions: list[dict]) -> Path:
    """Write the decisions, one a line, atomically (a crash leaves the old file or the new one)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text("".join(dumps(d) + "\n" for d in decisions), encoding="utf-8")
    tmp.replace(p)
    return p


def check(d: object) -> str | None:
    """What is wrong with a decision, or None."""
    if not isinstance(d, dict):
        return "a decision is a JSON object"
    if d.get("action") not in ACTIONS:
        return f"unknown action {d.get('action')!r}; actions: {', '.join(ACTIONS)}"
    missing = [k for k in ("id", "by", "at", *REQUIRED[d["action"]]) if not d.get(k)]
    if missing:
        return f"{d['action']} decision without {', '.join(missing)}"
    for key in ("fact", "to"):
        f = d.get(key)
        if f is None:
            continue
        if not isinstance(f, dict):
            return f"{key!r} must be an object"
        if key == "fact" and not all(f.get(k) for k in ("s", "p", "o")):
            return "'fact' needs s, p and o"
        if f.get("p") and f["p"] not in PREDICATES:
            return f"unknown predicate {f['p']!r}; core predicates: {', '.join(PREDICATES)}"
        for t in ("s_type", "o_type"):
            if f.get(t) and f[t] not in CLASSES:
                return f"unknown entity class {f[t]!r}; classes: {', '.join(CLASSES)}"
    for key in ("entity", "into"):
        e = d.get(key)
        if e is not None and not (isinstance(e, dict) and e.get("iri") and e.get("label")):
            return f"{key!r} needs an iri and a label"
    if d["action"] == "split" and not (d.get("mention") or d.get("article")):
        return "a split names the --mention or the --article where the name means another entity"
    return None


def reviewer() -> str:
    """Who decides: $KG_REVIEWER, else the login name."""
    try:
        return os.environ.get("KG_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def make(action: str, *, by: str | None = None, at: str | None = None, reason: str | None = None,
         **fields: object) -> dict:
    """A new decision with its content-derived id (the same decision made twice is one line)."""
    d = {"action": action, "by": by or reviewer(), "at": at or now(),
         **{k: v for k, v in fields.items() if v not in (None, "", {})}}
    if reason:
        d["reason"] = reason
    d["id"] = "d-" + digest(dumps(d), size=12)
    problem = check(d)
    if problem:
        raise ReviewError(problem)
    return d


def record(path: str | Path, decision: dict) -> dict:
    """Append a decision to the review file (the file is rewritten whole, in the same order)."""
    decisions = load(path)
    if all(d["id"] != decision["id"] for d in decisions):
        save(path, [*decisions, decision])
    return decision


def undo(path: str | Path, decision_id: str) -> dict:
    """Withdraw a decision (by id or a unique prefix of it); the next build forgets it."""
    decisions = load(path)
    hits = [d for d in decisions if d["id"].startswith(decision_id)]
    if len(hits) != 1:
        raise ReviewError(f"{decision_id}: {'no' if not hits else 'more than one'} decision in {path} "
                          "has that id; `kg review decisions` lists them")
    save(path, [d for d in decisions if d is not hits[0]])
    return hits[0]
