"""`kg validate`: the built graph checked against ontologies/shapes.ttl with pySHACL (RDFS
inference over ontologies/kg.ttl, so a node typed kg:Country is also checked as a kg:Actor).

A SHACL report names a focus node; an analyst needs the article and sentence that produced it.
Each violation is traced back: an evidence node to its own sentence and article, an entity or
a merged fact to the first reading that mentions it, an article to itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .gazetteer import ONTOLOGY_DIR
from .rdfarticle import PREFIXES
from .store import GraphStore

SH = "http://www.w3.org/ns/shacl#"

# the reading behind a node: itself if an assertion, else the first assertion about it
TRACE = """SELECT ?sentence ?art ?title WHERE {{
  {{ BIND(<{n}> AS ?x) ?x a kg:Assertion }}
  UNION {{ ?x a kg:Assertion ; rdf:subject <{n}> }} UNION {{ ?x a kg:Assertion ; rdf:object <{n}> }}
  UNION {{ <{n}> a kg:Fact ; prov:wasDerivedFrom ?x }}
  ?x kg:sentence ?sentence ; prov:wasDerivedFrom ?art .
  OPTIONAL {{ ?art dcterms:title ?title }}
}} ORDER BY ?art ?sentence LIMIT 1"""
ARTICLE = """SELECT ?title WHERE {{ <{n}> a schema:NewsArticle . OPTIONAL {{ <{n}> dcterms:title ?title }} }}"""


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    value: str
    article: str  # the article's IRI, or "" when none could be traced
    title: str
    sentence: str

    def __str__(self) -> str:
        where = f"article {self.title or self.article}" if self.article else "no article"
        said = f': "{self.sentence}"' if self.sentence else ""
        what = f" ({self.path.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}" + (f" = {self.value}" if self.value else "") + ")"
        return f"{where}{said}: {self.message}{what if self.path else ''} [{self.focus}]"


def validate(*, store: str | Path | GraphStore = "kg-out", shapes: str | Path | None = None) -> list[Violation]:
    """Every SHACL violation in the store, traced to its article and sentence; [] when it conforms."""
    import pyshacl
    import rdflib

    gs = store if isinstance(store, GraphStore) else GraphStore.open_any(store)
    triples = gs.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    data = rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", format="nt")
    shapes = str(shapes or ONTOLOGY_DIR / "shapes.ttl")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=str(ONTOLOGY_DIR / "kg.ttl"),
                                           inference="rdfs")
    if conforms:
        return []
    sh = rdflib.Namespace(SH)
    found = set()
    for result in report.subjects(rdflib.RDF.type, sh.ValidationResult):
        get = lambda p: report.value(result, p)  # noqa: E731
        focus = get(sh.focusNode)
        message = get(sh.resultMessage) or get(sh.sourceConstraintComponent)
        found.add((str(focus), str(get(sh.resultPath) or ""), str(message or "does not conform"),
                   str(get(sh.value) or "")))
    return [Violation(f, p, m, v, *_trace(gs, f)) for f, p, m, v in sorted(found)]


def _trace(gs: GraphStore, node: str) -> tuple[str, str, str]:
    if any(c in node for c in '<>"{} '):
        return "", "", ""
    for r in gs.query(TRACE.format(n=node)):
        return r["art"].value, r["title"].value if r["title"] else "", r["sentence"].value
    for r in gs.ox.query(ARTICLE.format(n=node), prefixes=PREFIXES, use_default_graph_as_union=True):
        return node, r["title"].value if r["title"] else "", ""
    return "", "", ""
