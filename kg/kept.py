"""The readings a resident process (`kg watch`, kg/resident.py) keeps between rebuilds, so that
bringing the merged graph up to date after a one-article change reads one article, not the store.

A kg:Fact summarises every reading of its (subject, predicate, object) in the corpus, and an
entity's label and type are the most used among every reading that names it. After a change,
the facts and entities the changed articles read are recomputed (GraphStore.update_merged);
read from the store, that is every reading of each of them: a fact such as "the United States
restricts China" or an entity such as China is read by a good part of the corpus, so the cost
of a one-article change grew with the corpus (issue 13: 0.3-0.5 CPU-s of a 2.1-2.5 CPU-s
rebuild at 1,000 articles). Here each article graph's share (its support rows, as the store's
SUPPORT query gives them, and its label and type counts per entity) is held by graph; a change
replaces the shares of the graphs it wrote or dropped, read from those graphs alone, and the
facts and entities are summed from the shares in memory.

The shares describe the store in one state only: that of the merged graph's marker
(kg:mergedFrom, a hash of every article graph's id and settings and the review decisions). They
are used only when the store's marker, before the change, is the one they were taken at, in the
same store; any other state (a build from another process, a failed rebuild, a full recompute)
drops them, and the store is read as in a cold build; they are taken again from the whole store
after that update. A build run on its own (`kg build`) keeps nothing.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

# one article's share: its asserted readings with the article's date, source and original (the
# SUPPORT query of kg/merged.py with its graph named), and its label and type counts
ARTICLE_SUPPORT = """SELECT ?x ?s ?p ?o ?conf ?date ?src ?orig ?rev WHERE { GRAPH {G} {
             ?x rdf:subject ?s . ?x rdf:object ?o . ?x rdf:predicate ?p . ?x a kg:Assertion ; kg:confidence ?conf .
             FILTER NOT EXISTS { ?x kg:asserted false }
             OPTIONAL { ?x kg:reviewed ?rev }
             OPTIONAL { {G} dcterms:date ?date } OPTIONAL { {G} dcterms:source ?src }
             OPTIONAL { {G} kg:copyOf ?orig } } }"""
LABELS = """SELECT ?a ?e ?label ?type (COUNT(*) AS ?n) WHERE { GRAPH ?a {
                 { ?x rdf:subject ?e ; kg:subjectLabel ?label ; kg:subjectType ?type }
                 UNION { ?x rdf:object ?e ; kg:objectLabel ?label ; kg:objectType ?type } } }
               GROUP BY ?a ?e ?label ?type"""
ROW = ("x", "s", "p", "o", "conf", "date", "src", "orig", "rev")

Key = tuple[str, str, str]  # a fact's subject, predicate and object IRIs


class Kept:
    """Each article graph's share of the facts and entity descriptions, and which graphs read
    each fact and name each entity."""

    def __init__(self) -> None:
        self.on = False
        self.clear()

    def clear(self) -> None:
        self.where: str | None = None  # the store's folder
        self.marker: str | None = None  # the merged graph's marker the shares describe
        self.rows: dict[str, dict[Key, list[dict]]] = {}  # graph IRI -> fact -> its support rows
        self.labels: dict[str, dict[str, list[tuple[str, str, int]]]] = {}  # graph -> entity -> (label, type, n)
        self.by_fact: dict[Key, set[str]] = {}
        self.by_entity: dict[str, set[str]] = {}

    def valid(self, where: str, marker: str | None) -> bool:
        return self.on and marker is not None and self.where == where and self.marker == marker

    # ------------------------------------------------------------------ taking the shares
    def take(self, store: ox.Store, where: str, marker: str | None) -> None:
        """Every graph's share, from the whole store (two queries), for the state `marker`."""
        from .merged import SUPPORT
        from .rdfarticle import PREFIXES

        self.clear()
        for r in store.query(SUPPORT.replace("{VALUES}", ""), prefixes=PREFIXES):
            self._add_row(r["a"].value, _row(r, r["a"]))
        for r in store.query(LABELS, prefixes=PREFIXES):
            self._add_label(r["a"].value, r["e"].value, r["label"].value, r["type"].value, int(r["n"].value))
        self.where, self.marker = where, marker

    def replace(self, store: ox.Store, graphs: Iterable[ox.NamedNode]) -> None:
        """The shares of these graphs, read again (a dropped graph has none)."""
        from .rdfarticle import PREFIXES

        for g in graphs:
            self._forget(g.value)
            if not store.contains_named_graph(g):
                continue
            for r in store.query(ARTICLE_SUPPORT.replace("{G}", str(g)), prefixes=PREFIXES):
                self._add_row(g.value, _row(r, g))
            q = LABELS.replace("?a ?e", "?e").replace("GRAPH ?a", f"GRAPH {g}").replace("GROUP BY ?a ", "GROUP BY ")
            for r in store.query(q, prefixes=PREFIXES):
                self._add_label(g.value, r["e"].value, r["label"].value, r["type"].value, int(r["n"].value))

    def _add_row(self, graph: str, row: dict) -> None:
        key = (row["s"].value, row["p"].value, row["o"].value)
        self.rows.setdefault(graph, {}).setdefault(key, []).append(row)
        self.by_fact.setdefault(key, set()).add(graph)

    def _add_label(self, graph: str, e: str, label: str, kind: str, n: int) -> None:
        self.labels.setdefault(graph, {}).setdefault(e, []).append((label, kind, n))
        self.by_entity.setdefault(e, set()).add(graph)

    def _forget(self, graph: str) -> None:
        for key in self.rows.pop(graph, {}):
            self._unindex(self.by_fact, key, graph)
        for e in self.labels.pop(graph, {}):
            self._unindex(self.by_entity, e, graph)

    @staticmethod
    def _unindex(index: dict, key, graph: str) -> None:
        holders = index.get(key)
        if holders is not None:
            holders.discard(graph)
            if not holders:
                del index[key]

    # ------------------------------------------------------------------ the sums
    def support_rows(self, keys: Iterable[Key]) -> Iterator[dict]:
        """Every support row of these facts, as the SUPPORT query would give them."""
        for key in keys:
            for g in self.by_fact.get(key, ()):
                yield from self.rows[g][key]

    def label_counts(self, entities: Iterable[str]) -> Iterator[tuple[str, str, str, int]]:
        """(entity, label, type, readings) over every graph, as the store's GROUP BY counts them
        (one row per graph here: the caller sums)."""
        for e in entities:
            for g in self.by_entity.get(e, ()):
                for label, kind, n in self.labels[g][e]:
                    yield e, label, kind, n


def _row(r, a: ox.NamedNode) -> dict:
    row = {k: r[k] for k in ROW}
    row["a"] = a
    return row


KEPT = Kept()


def keep(on: bool = True) -> None:
    """Keep the shares between the builds of this process (True), or stop and forget them."""
    KEPT.clear()
    KEPT.on = on
