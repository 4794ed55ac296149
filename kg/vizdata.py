"""Store -> the nodes and edges the HTML view draws (plain dicts; no RDF past this point)."""
from __future__ import annotations

from .store import GraphStore

EDGES = """
SELECT ?s ?o ?p ?sentence ?title ?conf WHERE {
  ?x a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
     kg:sentence ?sentence ; kg:confidence ?conf ; prov:wasDerivedFrom ?a .
  FILTER NOT EXISTS { ?x kg:asserted false }
  OPTIONAL { ?a dcterms:title ?title }
}"""
NODES = """
SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {
  ?e rdfs:label ?l ; a ?t . FILTER(STRSTARTS(STR(?t), STR(kg:)))
} GROUP BY ?e"""


def view_data(store: GraphStore) -> tuple[list[dict], list[dict]]:
    nodes = [{"id": r["e"].value, "label": r["label"].value, "type": r["type"].value.rsplit("#", 1)[-1]}
             for r in store.query(NODES)]
    edges = [{"source": r["s"].value, "target": r["o"].value, "predicate": r["p"].value.rsplit("#", 1)[-1],
              "sentence": r["sentence"].value, "article": r["title"].value if r["title"] else "",
              "confidence": float(r["conf"].value)} for r in store.query(EDGES)]
    return nodes, edges
