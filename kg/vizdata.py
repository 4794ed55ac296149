"""Store -> the nodes and edges the HTML view draws (plain dicts; no RDF past this point).

One edge record per reading (assertion): the view merges readings of the same fact and counts
its support (distinct articles) and sources itself, so the panel can show every sentence.
"""
from __future__ import annotations

from .store import GraphStore

EDGES = """
SELECT ?s ?o ?p ?sentence ?title ?conf ?fdate ?adate ?src ?url ?a WHERE {
  ?x a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
     kg:sentence ?sentence ; kg:confidence ?conf ; prov:wasDerivedFrom ?a .
  FILTER NOT EXISTS { ?x kg:asserted false }
  OPTIONAL { ?x kg:factDate ?fdate }
  OPTIONAL { ?a dcterms:title ?title }
  OPTIONAL { ?a dcterms:date ?adate }
  OPTIONAL { ?a dcterms:source ?src }
  OPTIONAL { ?a schema:url ?url }
}"""
NODES = """
SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?wd) AS ?wikidata)
       (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR="\\u001f") AS ?aliases) WHERE {
  ?e rdfs:label ?l ; a ?t . FILTER(STRSTARTS(STR(?t), STR(kg:)))
  OPTIONAL { ?e skos:altLabel ?alt }
  OPTIONAL { ?e owl:sameAs ?wd . FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/")) }
} GROUP BY ?e"""


def _v(row, key: str) -> str:
    term = row[key]
    return term.value if term is not None else ""


def view_data(store: GraphStore) -> tuple[list[dict], list[dict]]:
    return entity_nodes(store), edges(store)


def entity_nodes(store: GraphStore) -> list[dict]:
    out = []
    for r in store.query(NODES):
        aliases = sorted({a for a in _v(r, "aliases").split("\u001f") if a and a != _v(r, "label")})
        out.append({"id": r["e"].value, "label": r["label"].value, "type": r["type"].value.rsplit("#", 1)[-1],
                    "aliases": aliases, "wikidata": _v(r, "wikidata")})
    return out


def edges(store: GraphStore, *, graphs: list | None = None) -> list[dict]:
    """One record per reading, in the whole store or in the article graphs `graphs` (the
    incremental exports read one article at a time: kg/exportcache.py)."""
    rows = store.query(EDGES) if graphs is None else store.query(EDGES, graphs=graphs)
    return [{"source": r["s"].value, "target": r["o"].value, "predicate": r["p"].value.rsplit("#", 1)[-1],
             "sentence": r["sentence"].value, "article": _v(r, "title"), "article_id": r["a"].value,
             "confidence": float(r["conf"].value), "date": _v(r, "fdate") or _v(r, "adate"),
             "article_date": _v(r, "adate"), "source_name": _v(r, "src"), "url": _v(r, "url")}
            for r in rows]

