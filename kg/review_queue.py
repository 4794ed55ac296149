"""What an analyst should look at first, and what the reviews measure.

The queue lists the merged facts worth a look, each with why and with its evidence sentences:
low confidence, a single source, new in the last build (the facts the build added, kept in
OUT/.review-state.json), and conflicting readings (the same two actors cooperating and
fighting in the same month: A partnersWith B and A sanctions B). Facts already reviewed are
left out. `export_gold` writes the reviewed articles as a gold file for ../shared/eval/score.py.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from .errors import ReviewError
from .review_apply import STATE
from .review_desk import Desk
from .rdfarticle import MERGED

KINDS = ("low-confidence", "single-source", "new", "conflict")
COOPERATE = {"partnersWith", "suppliesTo", "investsIn", "acquires", "owns"}
OPPOSE = {"restricts", "sanctions", "accuses", "sues"}

FACTS = f"""SELECT ?f ?s ?p ?o ?sl ?ol ?conf ?n ?src ?rev WHERE {{
  GRAPH {MERGED} {{ ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      kg:aggregateConfidence ?conf ; kg:supportCount ?n ; kg:sourceCount ?src .
      OPTIONAL {{ ?f kg:reviewed ?rev }} }}
  OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }} }}"""
EVIDENCE = f"""SELECT ?f ?x ?sentence ?title ?source ?date WHERE {{
  GRAPH {MERGED} {{ ?f prov:wasDerivedFrom ?x }}
  ?x kg:sentence ?sentence ; prov:wasDerivedFrom ?a .
  OPTIONAL {{ ?a dcterms:title ?title }} OPTIONAL {{ ?a dcterms:source ?source }}
  OPTIONAL {{ ?a dcterms:date ?pub }} OPTIONAL {{ ?x kg:factDate ?said }}
  BIND(COALESCE(?said, ?pub) AS ?date) }}"""


def queue(desk: Desk, *, below: float = 0.8, kinds: tuple[str, ...] = KINDS, predicate: str | None = None,
          entity: str | None = None, source: str | None = None, reviewed: bool = False) -> list[dict]:
    """The facts worth a look, most reasons first, then least confident."""
    for k in kinds:
        if k not in KINDS:
            raise ReviewError(f"unknown kind {k!r}; kinds: {', '.join(KINDS)}")
    state = desk.out / STATE
    new = set(json.loads(state.read_text(encoding="utf-8")).get("new", [])) if state.is_file() else set()
    facts: dict[str, dict] = {}
    for r in desk.gs.query(FACTS):
        fid = r["f"].value.rsplit("/", 1)[-1]
        facts[fid] = {"id": fid, "subject": _val(r["sl"], r["s"]), "predicate": r["p"].value.rsplit("#", 1)[-1],
                      "object": _val(r["ol"], r["o"]), "confidence": float(r["conf"].value),
                      "articles": int(r["n"].value), "sources": int(r["src"].value),
                      "reviewed": r["rev"] is not None, "why": [], "evidence": [], "_ends": (r["s"].value, r["o"].value)}
    for r in desk.gs.query(EVIDENCE):
        f = facts.get(r["f"].value.rsplit("/", 1)[-1])
        if f is not None:
            f["evidence"].append({"sentence": r["sentence"].value, "article": _val(r["title"]),
                                  "source": _val(r["source"]), "date": _val(r["date"]),
                                  "reading": r["x"].value.rsplit("/", 1)[-1]})
    for f in facts.values():
        f["evidence"].sort(key=lambda e: (e["date"], e["article"], e["sentence"]))
        if f["confidence"] < below:
            f["why"].append("low-confidence")
        if f["sources"] == 1:
            f["why"].append("single-source")
        if f["id"] in new:
            f["why"].append("new")
    _conflicts(facts)
    want = entity.casefold() if entity else None
    out = []
    for f in facts.values():
        f["why"] = [w for w in f["why"] if w in kinds]
        if not f["why"] or (f["reviewed"] and not reviewed):
            continue
        if predicate and f["predicate"] != predicate:
            continue
        if want and want not in f["subject"].casefold() and want not in f["object"].casefold():
            continue
        if source and not any(source.casefold() in (e["source"] + " " + e["article"]).casefold()
                              for e in f["evidence"]):
            continue
        out.append({k: v for k, v in f.items() if not k.startswith("_")})
    return sorted(out, key=lambda f: (-len(f["why"]), f["confidence"], f["subject"], f["predicate"], f["object"]))


def _conflicts(facts: dict[str, dict]) -> None:
    """Cooperating and opposing facts between the same two actors, in a month both were read."""
    by_pair: dict[frozenset, list[dict]] = {}
    for f in facts.values():
        by_pair.setdefault(frozenset(f["_ends"]), []).append(f)
    for group in by_pair.values():
        for a in group:
            for b in group:
                if a["predicate"] in COOPERATE and b["predicate"] in OPPOSE:
                    months = {e["date"][:7] for e in a["evidence"] if e["date"]}
                    if months & {e["date"][:7] for e in b["evidence"] if e["date"]}:
                        for f, other in ((a, b), (b, a)):
                            if "conflict" not in f["why"]:
                                f["why"].append("conflict")
                            f.setdefault("conflicts_with", []).append(other["id"])


def _val(*terms) -> str:
    return next((t.value for t in terms if t is not None), "")


def export_gold(desk: Desk, path: str | Path, *, unreviewed: bool = False,
                warn: Callable[[str], None] | None = None) -> dict:
    """The reviewed articles as a gold file for score.py: one passage per article (its text), the
    facts an analyst accepted, corrected or added (with `unreviewed`, also the readings nobody
    rejected), and each entity with the names the articles gave it as aliases."""
    q = """SELECT ?a ?s ?p ?o ?sl ?ol ?st ?asserted ?s0 ?s1 ?o0 ?o1 WHERE { GRAPH ?a {
             ?x a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                kg:subjectLabel ?sl ; kg:objectLabel ?ol .
             OPTIONAL { ?x kg:subjectStart ?s0 ; kg:subjectEnd ?s1 ; kg:objectStart ?o0 ; kg:objectEnd ?o1 }
             OPTIONAL { ?x kg:reviewStatus ?st } OPTIONAL { ?x kg:asserted ?asserted } } }"""
    arts: dict[str, dict] = {}
    for r in desk.gs.query(q):
        aid = r["a"].value.rsplit("/", 1)[-1]
        art = arts.setdefault(aid, {"reviewed": False, "triples": set(), "names": {}, "spans": set()})
        status = r["st"].value if r["st"] is not None else None
        art["reviewed"] |= status is not None
        for end, label in ((r["s"].value, r["sl"].value), (r["o"].value, r["ol"].value)):
            art["names"].setdefault(end, set()).add(label)
        if r["s0"] is not None:  # the words the article wrote ("Dell" for Dell Technologies), as kg extract shows them
            art["spans"] |= {(r["s"].value, int(r["s0"].value), int(r["s1"].value)),
                             (r["o"].value, int(r["o0"].value), int(r["o1"].value))}
        if status in ("accepted", "added") or (unreviewed and status is None and r["asserted"] is None):
            art["triples"].add((r["s"].value, r["p"].value.rsplit("#", 1)[-1], r["o"].value))
    ents = desk.entities()
    texts = {}
    wanted = {aid for aid, a in arts.items() if a["reviewed"]}
    if wanted:
        from .corpus import read_corpus

        for art in read_corpus(desk.corpus) if desk.corpus else ():
            if art.id in wanted:
                texts[art.id] = art.text
    rows = []
    for aid in sorted(wanted):
        if aid not in texts:
            if warn:
                warn(f"article {aid}: not found in the corpus, left out of the gold file")
            continue
        a = arts[aid]
        for e, start, end in a["spans"]:
            if texts[aid][start:end].strip():
                a["names"].setdefault(e, set()).add(texts[aid][start:end].strip())
        used = sorted({e for s, _, o in a["triples"] for e in (s, o)})
        entities = []
        for e in used:
            info = ents.get(e, {"label": e.rsplit("/", 1)[-1], "type": "Organization", "alts": set()})
            aliases = sorted((info["alts"] | a["names"].get(e, set())) - {info["label"]})
            entities.append({"name": info["label"], "type": info["type"], "aliases": aliases})
        name = {e: ents.get(e, {}).get("label", e.rsplit("/", 1)[-1]) for e in used}
        triples = [{"s": name[s], "p": [p], "o": name[o]} for s, p, o in sorted(a["triples"])]
        rows.append({"id": aid, "text": texts[aid], "entities": entities, "triples": triples})
    p = Path(path)
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return {"passages": len(rows), "triples": sum(len(r["triples"]) for r in rows), "path": str(p)}
