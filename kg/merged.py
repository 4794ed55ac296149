"""The merged graph's facts, computed a slice of subjects at a time (part of the store, kg/store.py).

A kg:Fact summarises every reading of one (subject, predicate, object) across the corpus: the
stories that support it, their sources, the dates they give, the readings themselves. Gathering
every reading of the store into Python before writing the first fact made the end of a build
grow with the corpus (issue 13: 466 -> 616 MiB from 1,000 to 10,000 articles). The readings of a
fact all share its subject, so the store is read one slice of subjects at a time: the store
counts the readings of each subject (GROUP BY), the subjects are packed, in IRI order, into
slices of about SLICE_READINGS readings, and each slice's facts are computed, handed to the
writer and dropped before the next slice is read. A subject with more readings than that is a
slice of its own: what is held is then one subject's readings, never the corpus's.

The facts are the same as those of one pass over the whole store, and come in the same order
(by subject, predicate, object), since the slices follow the subjects' order.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

import pyoxigraph as ox

SLICE_READINGS = 5000  # readings read and grouped at once (a few MiB of Python objects)
SLICE_ENTITIES = 500  # and at most this many entities named in one query's VALUES block
WRITE_QUADS = 20000  # quads per bulk write: Oxigraph's loader holds a whole batch (+85 MiB for 144k quads)

# each reading of the slice reached from its subject (the VALUES block first, inside GRAPH:
# Oxigraph then looks up those readings alone instead of joining after a scan of every reading)
SUPPORT = """SELECT ?x ?s ?p ?o ?conf ?a ?date ?src ?orig ?rev WHERE { GRAPH ?a { {VALUES}
             ?x rdf:subject ?s . ?x rdf:object ?o . ?x rdf:predicate ?p . ?x a kg:Assertion ; kg:confidence ?conf .
             FILTER NOT EXISTS { ?x kg:asserted false }
             OPTIONAL { ?x kg:reviewed ?rev }
             OPTIONAL { ?a dcterms:date ?date } OPTIONAL { ?a dcterms:source ?src }
             OPTIONAL { ?a kg:copyOf ?orig } } }"""

# readings by subject, and by entity at either end, counted by the store (only counts come back)
SUBJECT_COUNTS = """SELECT ?e (COUNT(?x) AS ?n) WHERE { GRAPH ?a { ?x a kg:Assertion ; rdf:subject ?e } } GROUP BY ?e"""
ENTITY_COUNTS = """SELECT ?e (COUNT(?x) AS ?n) WHERE { GRAPH ?a {
                     { ?x rdf:subject ?e ; kg:subjectLabel ?l } UNION { ?x rdf:object ?e ; kg:objectLabel ?l } } }
                   GROUP BY ?e"""  # the readings that name and type an entity (GraphStore._entity_descriptions)


def slices(store: ox.Store, counts_query: str, *, size: int | None = None) -> Iterator[list[ox.NamedNode]]:
    """The entities the query counts, in IRI order, packed into lists of about `size` readings."""
    from .rdfarticle import PREFIXES

    size = size or SLICE_READINGS
    counts = sorted(((r["e"], int(r["n"].value)) for r in store.query(counts_query, prefixes=PREFIXES)),
                    key=lambda en: en[0].value)
    part: list[ox.NamedNode] = []
    held = 0
    for e, n in counts:
        if part and (held + n > size or len(part) >= SLICE_ENTITIES):
            yield part
            part, held = [], 0
        part.append(e)
        held += n
    if part:
        yield part


def support_rows(store: ox.Store, subjects: list[ox.NamedNode]) -> Iterator:
    """The asserted readings of these subjects, with their articles' dates, sources and originals."""
    from .rdfarticle import PREFIXES

    values = "VALUES ?s { " + " ".join(map(str, subjects)) + " }"
    return iter(store.query(SUPPORT.replace("{VALUES}", values), prefixes=PREFIXES))


def group(rows: Iterable) -> dict[tuple, dict]:
    """Readings grouped by fact: the readings, the stories (an original and its syndicated copies
    are one story) with their best confidence and source, the dates and the publications."""
    groups: dict[tuple, dict] = {}
    once: dict[str, str] = {}  # each article's IRI and source name once: they recur in every fact it supports
    for r in rows:
        g = groups.setdefault((r["s"], r["p"], r["o"]),
                              {"x": set(), "art": {}, "src": {}, "dates": set(), "pubs": set()})
        g["x"].add(r["x"].value)
        if r["rev"] is not None and r["rev"].value == "true":
            g["reviewed"] = True
        a = once.setdefault(r["a"].value, r["a"].value)
        story = once.setdefault(r["orig"].value, r["orig"].value) if r["orig"] else a
        g["pubs"].add(a)
        g["art"][story] = max(g["art"].get(story, 0.0), float(r["conf"].value))
        src = (0 if not r["orig"] else 1, once.setdefault(r["src"].value, r["src"].value) if r["src"] else a)
        g["src"][story] = min(g["src"].get(story, src), src)
        if r["date"]:
            g["dates"].add(r["date"])
    return groups


def fact_quads(groups: dict[tuple, dict]) -> Iterator[ox.Quad]:
    """The kg:Fact node of each group of readings, in the merged graph."""
    from .ids import fact_iri
    from .rdfarticle import MERGED, PROV, RDF, A, K, L, N

    for (s, p, o), g in sorted(groups.items(), key=lambda kv: tuple(t.value for t in kv[0])):
        f = N(fact_iri(s.value, p.value, o.value))
        miss = 1.0
        for c in g["art"].values():
            miss *= 1.0 - c
        conf = 1.0 if g.get("reviewed") else round(1.0 - miss, 3)
        triples = [(A, K("Fact")), (A, N(RDF + "Statement")), (N(RDF + "subject"), s),
                   (N(RDF + "predicate"), p), (N(RDF + "object"), o),
                   (K("supportCount"), L(len(g["art"]))),
                   (K("sourceCount"), L(len({src for _, src in g["src"].values()}))),
                   (K("aggregateConfidence"), L(Decimal(str(conf))))]
        if len(g["pubs"]) > len(g["art"]):  # only where copies were folded: other facts read as before
            triples.append((K("publicationCount"), L(len(g["pubs"]))))
        if g.get("reviewed"):
            triples.append((K("reviewed"), L(True)))
        if g["dates"]:
            dates = sorted(g["dates"], key=lambda d: d.value)
            triples += [(K("firstSeen"), dates[0]), (K("lastSeen"), dates[-1])]
        triples += [(N(PROV + "wasDerivedFrom"), N(x)) for x in sorted(g["x"])]
        for pp, oo in triples:
            yield ox.Quad(f, pp, oo, MERGED)


class Counted:
    """The facts of every slice, one slice held at a time; `facts` counts those made so far."""

    def __init__(self, store: ox.Store, *, size: int | None = None, tee=None) -> None:
        self.store, self.size, self.facts, self.tee = store, size, 0, tee

    def __iter__(self) -> Iterator[ox.Quad]:
        for subjects in slices(self.store, SUBJECT_COUNTS, size=self.size):
            rows = list(support_rows(self.store, subjects)) if self.tee else support_rows(self.store, subjects)
            if self.tee:  # the rows kept on disk for the next small change (kg/shares.py)
                self.tee(rows)
            groups = group(rows)
            self.facts += len(groups)
            yield from fact_quads(groups)


def batched(quads: Iterable[ox.Quad], n: int) -> Iterator[list[ox.Quad]]:
    part: list[ox.Quad] = []
    for q in quads:
        part.append(q)
        if len(part) >= n:
            yield part
            part = []
    if part:
        yield part
