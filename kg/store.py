"""The RDF store: an on-disk Oxigraph dataset, one named graph per article.

Everything that touches the store goes through this module. An article's graph holds its
metadata, its facts (plain `s p o`), the entities' labels and types, and one evidence node
(kg:Assertion, an rdf:Statement with PROV-O links) per reading. Replacing an article's
graph is one SPARQL Update, hence one transaction: a crash leaves the old graph or the new
one, never half of either. Queries see the union of all graphs as the default graph.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError
from .extract import EXTRACTOR
from .ids import ONTOLOGY, article_iri, assertion_iri, wikidata_iri
from .models import Article, Entity, Triple

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"

PREFIXES = {"kg": ONTOLOGY, "kgid": "https://w3id.org/kg/id/", "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
            "owl": OWL, "prov": PROV, "dcterms": DCT, "schema": SCHEMA, "skos": SKOS,
            "wd": "http://www.wikidata.org/entity/"}


def N(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def L(value: object, dtype: str | None = None) -> ox.Literal:
    if dtype:
        return ox.Literal(str(value), datatype=N(XSD + dtype))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=N(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=N(XSD + "integer"))
    if isinstance(value, (float, Decimal)):
        return ox.Literal(str(Decimal(str(value)).quantize(Decimal("0.001"))), datatype=N(XSD + "decimal"))
    return ox.Literal(str(value))


def date_literal(value: str) -> ox.Literal:
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value), "string")
    return L(value, kind)


def K(local: str) -> ox.NamedNode:
    return N(ONTOLOGY + local)


A = N(RDF + "type")


def article_triples(art: Article, triples: Iterable[Triple], built_with: str) -> Iterator[ox.Triple]:
    """Everything one article contributes, as RDF triples (no blank nodes: all IRIs derive from content)."""
    a = N(article_iri(art.id))
    yield ox.Triple(a, A, N(SCHEMA + "NewsArticle"))
    yield ox.Triple(a, A, N(PROV + "Entity"))
    yield ox.Triple(a, N(DCT + "identifier"), L(art.id))
    yield ox.Triple(a, K("builtWith"), L(built_with))
    if art.title:
        yield ox.Triple(a, N(DCT + "title"), L(art.title))
    if art.date:
        yield ox.Triple(a, N(DCT + "date"), date_literal(art.date))
    if art.url:
        yield ox.Triple(a, N(SCHEMA + "url"), L(art.url, "anyURI"))
    if art.source:
        yield ox.Triple(a, N(DCT + "source"), L(art.source))
    entities: dict[str, Entity] = {}
    for t in triples:
        s, p, o, ev = N(t.subject.iri), K(t.predicate), N(t.object.iri), t.evidence
        entities[t.subject.iri] = t.subject
        entities[t.object.iri] = t.object
        if ev.asserted:
            yield ox.Triple(s, p, o)
        x = N(assertion_iri(art.id, t.subject.iri, t.predicate, t.object.iri, ev.subj_start, ev.obj_start))
        yield ox.Triple(x, A, K("Assertion"))
        yield ox.Triple(x, A, N(RDF + "Statement"))
        yield ox.Triple(x, N(RDF + "subject"), s)
        yield ox.Triple(x, N(RDF + "predicate"), p)
        yield ox.Triple(x, N(RDF + "object"), o)
        yield ox.Triple(x, N(PROV + "wasDerivedFrom"), a)
        yield ox.Triple(x, K("sentence"), L(ev.sentence))
        for name, value in (("charStart", ev.sent_start), ("charEnd", ev.sent_end),
                            ("subjectStart", ev.subj_start), ("subjectEnd", ev.subj_end),
                            ("objectStart", ev.obj_start), ("objectEnd", ev.obj_end)):
            yield ox.Triple(x, K(name), L(int(value)))
        yield ox.Triple(x, K("rule"), L(ev.rule))
        yield ox.Triple(x, K("extractor"), L(EXTRACTOR))
        yield ox.Triple(x, K("confidence"), L(Decimal(str(ev.confidence))))
        if not ev.asserted:
            yield ox.Triple(x, K("asserted"), L(False))
        if ev.fact_date:
            yield ox.Triple(x, K("factDate"), date_literal(ev.fact_date))
        if ev.attributed_to:
            yield ox.Triple(x, K("attributedTo"), L(ev.attributed_to))
    for e in entities.values():
        n = N(e.iri)
        yield ox.Triple(n, A, K(e.type))
        yield ox.Triple(n, N(RDFS + "label"), L(e.label))
        if e.qid:
            yield ox.Triple(n, N(OWL + "sameAs"), N(wikidata_iri(e.qid)))


class GraphStore:
    """An Oxigraph store on disk. Open read-write for builds, read-only for queries."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here; run `kg build CORPUS -o {self.path.parent}` first")
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path))
        except OSError as exc:
            msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            hint = "another kg process may be using it" if "lock" in msg.lower() else "is it a kg store?"
            raise StoreError(f"{self.path}: cannot open the store ({msg}); {hint}") from None

    # --------------------------------------------------------------- writing
    def replace_article(self, art: Article, triples: Iterable[Triple], built_with: str) -> None:
        """Drop the article's graph and write the new one, in a single transaction."""
        g = N(article_iri(art.id))
        body = " .\n".join(str(t) for t in article_triples(art, triples, built_with))
        self.ox.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}")

    def put_ontology(self, path: Path) -> None:
        """Keep the ontology in its own named graph, so queries can use its labels and kg:coreTerm."""
        g = N(ONTOLOGY.rstrip("#"))
        triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        body = " .\n".join(str(t.triple) for t in triples)
        self.ox.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}")

    def remove_article(self, aid: str) -> None:
        self.ox.update(f"DROP SILENT GRAPH {N(article_iri(aid))}")

    def built_articles(self) -> dict[str, str]:
        """article id -> the builtWith hash it was extracted with."""
        q = "SELECT ?g ?h WHERE { GRAPH ?g { ?g kg:builtWith ?h } }"  # noqa: S608
        prefix = article_iri("")
        return {sol["g"].value[len(prefix):]: sol["h"].value
                for sol in self.ox.query(q, prefixes=PREFIXES)}

    def flush(self) -> None:
        self.ox.flush()

    # --------------------------------------------------------------- reading
    def query(self, sparql: str, *, union: bool = True):
        return self.ox.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=union)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.ox)

    def __len__(self) -> int:
        return len(self.ox)

    def dump(self, path: str | Path, fmt: ox.RdfFormat, *, graph: ox.DefaultGraph | None = None) -> None:
        if graph is None:
            self.ox.dump(str(path), format=fmt, prefixes=PREFIXES)
        else:
            self.ox.dump(str(path), format=fmt, from_graph=graph, prefixes=PREFIXES)

    def close(self) -> None:
        del self.ox
