"""What changed between two builds (or exports): facts added and removed, with evidence.

The report analysts read when the corpus, the gazetteer or the model changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .ids import ID_BASE
from .store import GraphStore

FACTS = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ ?s ?p ?o .
  FILTER(STRSTARTS(STR(?p), STR(kg:)) && isIRI(?o) && STRSTARTS(STR(?s), "{ID_BASE}entity/")
         && STRSTARTS(STR(?o), "{ID_BASE}entity/")) }}"""
LABELS = "SELECT DISTINCT ?e ?l WHERE { ?e rdfs:label ?l }"
EVIDENCE = """SELECT DISTINCT ?s ?p ?o ?sentence ?title WHERE {
  ?x a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?sentence .
  FILTER NOT EXISTS { ?x kg:asserted false }
  OPTIONAL { ?x prov:wasDerivedFrom ?a . ?a dcterms:title ?title } }"""


@dataclass
class Change:
    sign: str  # "+" added, "-" removed
    subject: str
    predicate: str
    object: str
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (sentence, article title)

    def as_dict(self) -> dict:
        return {"change": "added" if self.sign == "+" else "removed", "subject": self.subject,
                "predicate": self.predicate, "object": self.object,
                "evidence": [{"sentence": s, "article": t} for s, t in self.evidence]}


def _side(path: str | Path) -> tuple[set[tuple[str, str, str]], dict[str, str], dict[tuple, list]]:
    gs = GraphStore.open_any(path)
    facts = {(r["s"].value, r["p"].value, r["o"].value) for r in gs.query(FACTS)}
    labels: dict[str, str] = {}
    for r in gs.query(LABELS):
        labels[r["e"].value] = min(labels.get(r["e"].value, r["l"].value), r["l"].value)
    ev: dict[tuple, list] = {}
    for r in gs.query(EVIDENCE):
        ev.setdefault((r["s"].value, r["p"].value, r["o"].value), []).append(
            (r["sentence"].value, r["title"].value if r["title"] else ""))
    return facts, labels, ev


def diff(old: str | Path, new: str | Path) -> list[Change]:
    """Facts in NEW but not OLD (+) and in OLD but not NEW (-), sorted, each with its evidence."""
    f_old, l_old, e_old = _side(old)
    f_new, l_new, e_new = _side(new)
    labels = {**l_old, **l_new}
    out = []
    for sign, facts, ev in (("+", f_new - f_old, e_new), ("-", f_old - f_new, e_old)):
        for s, p, o in facts:
            out.append(Change(sign, labels.get(s, s), p.rsplit("#", 1)[-1], labels.get(o, o),
                              sorted(set(ev.get((s, p, o), [])))))
    return sorted(out, key=lambda c: (c.sign != "+", c.subject, c.predicate, c.object))
