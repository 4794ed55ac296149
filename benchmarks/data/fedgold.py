"""Shared builder of the project's federal gold sets (fed3-gold.jsonl, fed4-gold.jsonl): each make_*_gold.py holds
its passages and entities and calls `build`, which checks that every passage occurs, whitespace normalised and in
order, in the body of its source file (after the "-----" line), that every triple's ends are among the entities the
passage names, and writes the JSONL. One checker for every set, so that a new set cannot drift from the old ones."""
from __future__ import annotations

import json
import re
from pathlib import Path


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def source(sources: Path, doc: str) -> Path:
    [path] = sorted(sources.glob(doc + "_*.txt"))
    return path


def build(passages: list, entities: dict, sources: Path, out: Path) -> None:
    """passages: (id PREFIX-DD-PP, text, names of the entities it mentions, triples); entities: name -> (type, aliases)."""
    rows, cursor = [], {}
    for pid, text, names, triples in passages:
        doc = pid.split("-")[1]
        src = source(sources, doc)
        body = flat(src.read_text(encoding="utf-8").split("\n-----\n", 1)[1])
        at = body.find(flat(text), cursor.get(doc, 0))
        assert at >= 0, f"{pid}: not verbatim (or out of order) in {src.name}"
        cursor[doc] = at + len(flat(text))
        ends = {x["s"] for x in triples} | {x["o"] for x in triples}
        assert ends <= set(names), (pid, ends - set(names))
        ents = [{"name": n, "type": entities[n][0], "aliases": entities[n][1]} for n in names]
        rows.append({"id": pid, "source": src.name, "text": text, "entities": ents, "triples": triples})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    n = sum(len(r["triples"]) for r in rows)
    print(f"{out.name}: {len(rows)} passages, {n} triples")
