"""Checks shared by the project's own gold sets (us-gov-gold.jsonl, fed3-gold.jsonl, fed4-gold.jsonl): a malformed row would
silently score as a miss or a false fact in benchmarks/score_real.py and teach the wrong rule."""
from __future__ import annotations

import json
import re
from pathlib import Path

from kg.vocab import CLASSES, PREDICATES


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def assert_well_formed(passages: list[dict], prefix: str) -> None:
    """Unique ids PREFIX-DD-PP whose DD opens the source's name; entities declared once, of a core class; every
    triple between declared entities, with core predicates, never from an entity to itself."""
    ids = [r["id"] for r in passages]
    assert len(ids) == len(set(ids)), "duplicate passage ids"
    for r in passages:
        m = re.fullmatch(prefix + r"-(\d\d)-(\d\d)", r["id"])
        assert m, r["id"]
        assert r["source"].startswith(m.group(1) + "_"), (r["id"], r["source"])
        names = [e["name"] for e in r["entities"]]
        assert len(names) == len(set(names)), (r["id"], "entity declared twice")
        for e in r["entities"]:
            assert e["type"] in CLASSES, (r["id"], e)
            assert isinstance(e.get("aliases", []), list), (r["id"], e)
        for t in r["triples"]:
            assert t["s"] in names and t["o"] in names, (r["id"], t, "end not declared")
            assert t["p"] and set(t["p"]) <= set(PREDICATES), (r["id"], t, "not a core predicate")
            assert t["s"] != t["o"], (r["id"], t)
