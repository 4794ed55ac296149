"""What an article contributes to the store, as RDF: the vocabulary's terms (namespaces, the derived graphs'
names) and an article's graph, as Oxigraph triples (article_triples) or as N-Triples text a parsing process can
make (render_article). Plain functions over records: nothing here opens a store (kg/store.py does)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from .ids import ID_BASE, ONTOLOGY, article_iri, assertion_iri

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: `kg query` loads this module at every start
if TYPE_CHECKING:  # only named in annotations; kg.models loads dataclasses (~15 ms a start)
    from .models import Article, Triple

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
MERGED = N(ID_BASE + "graph/merged")  # one kg:Fact per distinct fact, with its support
ENTITIES = N(ID_BASE + "graph/entities")  # each entity's label, type, other names and Wikidata link
ONTOLOGY_GRAPH = N(ONTOLOGY.rstrip("#"))  # ontologies/kg.ttl, so queries can read labels and kg:coreTerm
REVIEW = N(ID_BASE + "graph/review")  # analysts' decisions (PROV-O activities), see kg/review.py


def article_triples(art: Article, triples: Iterable[Triple], built_with: str, *, extractor: str) -> Iterator[ox.Triple]:
    """Everything one article contributes, as RDF triples (no blank nodes: all IRIs derive from content).
    `extractor` names the rules that read the facts (kg:extractor on each evidence node); the
    caller passes it so that the store, and every command that only reads it, never loads them."""
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
    if art.language:
        yield ox.Triple(a, N(DCT + "language"), L(art.language))
    if art.is_summary:
        yield ox.Triple(a, K("isSummary"), L(True))
    if art.copy_of:  # a syndicated copy: its own graph stays as provenance, its story counts once
        yield ox.Triple(a, K("copyOf"), N(article_iri(art.copy_of)))
    if art.captured:
        yield ox.Triple(a, K("capturedOn"), date_literal(art.captured))
    for t in triples:
        s, p, o, ev = N(t.subject.iri), K(t.predicate), N(t.object.iri), t.evidence
        if ev.asserted:
            yield ox.Triple(s, p, o)
        x = N(assertion_iri(art.id, t.subject.iri, t.predicate, t.object.iri, ev.subj_start, ev.obj_start))
        yield ox.Triple(x, A, K("Assertion"))
        yield ox.Triple(x, A, N(RDF + "Statement"))
        yield ox.Triple(x, N(RDF + "subject"), s)
        yield ox.Triple(x, N(RDF + "predicate"), p)
        yield ox.Triple(x, N(RDF + "object"), o)
        yield ox.Triple(x, N(PROV + "wasDerivedFrom"), a)
        # how this article named and typed the two ends; the merged graph describes each entity once
        yield ox.Triple(x, K("subjectLabel"), L(t.subject.label))
        yield ox.Triple(x, K("objectLabel"), L(t.object.label))
        yield ox.Triple(x, K("subjectType"), K(t.subject.type))
        yield ox.Triple(x, K("objectType"), K(t.object.type))
        yield ox.Triple(x, K("sentence"), L(ev.sentence))
        for name, value in (("charStart", ev.sent_start), ("charEnd", ev.sent_end),
                            ("subjectStart", ev.subj_start), ("subjectEnd", ev.subj_end),
                            ("objectStart", ev.obj_start), ("objectEnd", ev.obj_end)):
            yield ox.Triple(x, K(name), L(int(value)))
        yield ox.Triple(x, K("rule"), L(ev.rule))
        yield ox.Triple(x, K("extractor"), L(extractor))
        yield ox.Triple(x, K("confidence"), L(Decimal(str(ev.confidence))))
        if not ev.asserted:
            yield ox.Triple(x, K("asserted"), L(False))
        if ev.fact_date:
            yield ox.Triple(x, K("factDate"), date_literal(ev.fact_date))
        if ev.attributed_to:
            yield ox.Triple(x, K("attributedTo"), L(ev.attributed_to))


Rendered = tuple[str, str]  # an article's graph IRI, and its triples but the kg:builtWith mark as N-Triples lines


def _text(value) -> str:
    return _lit(str(value))


def _url(value) -> str:
    return _lit(str(value), "anyURI")


def _true(_value) -> str:
    return _TRUE


def _article(value) -> str:
    return _iri(article_iri(value))


def render_article(art: Article, triples: Iterable[Triple], built_with: str, *, extractor: str) -> Rendered:
    """An article's graph as text, ready for the store (GraphStore.write_articles): plain data,
    so a parsing process can make it. Its kg:builtWith mark is left out: it is written last.

    The same lines as article_triples printed by Oxigraph (tests/test_render.py compares them),
    written as text directly: making an Oxigraph term for every IRI and literal and printing it
    again cost a parsing process 1.9 ms an article, a tenth of what it adds to spaCy (issue 13).
    Oxigraph still checks and prints every IRI that is not a digest (cached: the same entities
    recur), and every literal with a character it escapes."""
    a = _iri(article_iri(art.id))
    out = [f"{a} {_A} <{SCHEMA}NewsArticle> .\n{a} {_A} <{PROV}Entity> .\n{a} <{DCT}identifier> {_lit(art.id)} .\n"]
    fields = ((art.title, f"<{DCT}title>", _text), (art.date, f"<{DCT}date>", _date),
              (art.url, f"<{SCHEMA}url>", _url), (art.source, f"<{DCT}source>", _text),
              (art.language, f"<{DCT}language>", _text), (art.is_summary, f"{_K}isSummary>", _true),
              (art.copy_of, f"{_K}copyOf>", _article), (art.captured, f"{_K}capturedOn>", _date))
    out += [f"{a} {pred} {show(value)} .\n" for value, pred, show in fields if value]
    made_by = _lit(extractor)
    for t in triples:
        ev = t.evidence
        s, p, o = _iri(t.subject.iri), _iri(ONTOLOGY + t.predicate), _iri(t.object.iri)
        if ev.asserted:
            out.append(f"{s} {p} {o} .\n")
        # a digest under ID_BASE: always a valid IRI
        x = f"<{assertion_iri(art.id, t.subject.iri, t.predicate, t.object.iri, ev.subj_start, ev.obj_start)}>"
        out.append(
            f"{x} {_A} {_K}Assertion> .\n{x} {_A} <{RDF}Statement> .\n{x} <{RDF}subject> {s} .\n"
            f"{x} <{RDF}predicate> {p} .\n{x} <{RDF}object> {o} .\n{x} <{PROV}wasDerivedFrom> {a} .\n"
            f"{x} {_K}subjectLabel> {_lit(t.subject.label)} .\n{x} {_K}objectLabel> {_lit(t.object.label)} .\n"
            f"{x} {_K}subjectType> {_iri(ONTOLOGY + t.subject.type)} .\n"
            f"{x} {_K}objectType> {_iri(ONTOLOGY + t.object.type)} .\n"
            f"{x} {_K}sentence> {_lit(ev.sentence)} .\n"
            f"{x} {_K}charStart> {_int(ev.sent_start)} .\n{x} {_K}charEnd> {_int(ev.sent_end)} .\n"
            f"{x} {_K}subjectStart> {_int(ev.subj_start)} .\n{x} {_K}subjectEnd> {_int(ev.subj_end)} .\n"
            f"{x} {_K}objectStart> {_int(ev.obj_start)} .\n{x} {_K}objectEnd> {_int(ev.obj_end)} .\n"
            f"{x} {_K}rule> {_lit(ev.rule)} .\n{x} {_K}extractor> {made_by} .\n"
            f"{x} {_K}confidence> {_decimal(ev.confidence)} .\n")
        if not ev.asserted:
            out.append(f"{x} {_K}asserted> {_FALSE} .\n")
        if ev.fact_date:
            out.append(f"{x} {_K}factDate> {_date(ev.fact_date)} .\n")
        if ev.attributed_to:
            out.append(f"{x} {_K}attributedTo> {_lit(ev.attributed_to)} .\n")
    return article_iri(art.id), "".join(out)


_A = f"<{RDF}type>"
_K = f"<{ONTOLOGY}"  # an ontology term, to be closed with its local name and ">"
_TRUE = f'"true"^^<{XSD}boolean>'
_FALSE = f'"false"^^<{XSD}boolean>'
# what Oxigraph escapes in a literal (control characters, quote, backslash, DEL, U+FFFE/U+FFFF)
# or refuses (a lone surrogate): such a literal is left to Oxigraph, which prints or refuses it
_ESCAPED = re.compile('[\x00-\x1f"\\\\\x7f\ud800-\udfff\ufffe\uffff]')


@lru_cache(maxsize=1 << 16)
def _iri(iri: str) -> str:
    return str(N(iri))  # checked as Oxigraph checks it: a bad IRI fails here, as it did


def _lit(value: str, dtype: str | None = None) -> str:
    if _ESCAPED.search(value) is not None:
        return str(L(value, dtype))
    if dtype is None or dtype == "string":  # Oxigraph prints an xsd:string literal plain
        return f'"{value}"'
    return f'"{value}"^^<{XSD}{dtype}>'


def _int(value: int) -> str:
    return f'"{int(value)}"^^<{XSD}integer>'


@lru_cache(maxsize=1024)  # confidences are few: rules' defaults times a few factors
def _decimal(value: float) -> str:
    return _lit(str(Decimal(str(value)).quantize(Decimal("0.001"))), "decimal")


def _date(value: str) -> str:
    return _lit(value, {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value), "string"))
