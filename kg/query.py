"""SPARQL over the store: the project's prefixes predeclared, saved queries by name,
results as a table, CSV or the standard SPARQL 1.1 JSON results format."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .dates import iso_date
from .errors import QueryError
from .store import ENTITIES, ONTOLOGY_GRAPH, PREFIXES, GraphStore
from .termsafe import safe, safe_json

QUERY_DIR = Path(__file__).resolve().parent / "queries"


@dataclass
class Result:
    kind: str  # "select", "ask" or "graph"
    vars: list[str] = field(default_factory=list)
    rows: list[list[ox.NamedNode | ox.Literal | ox.BlankNode | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def records(self) -> list[dict[str, str | None]]:
        """Rows as plain dicts of strings: what notebooks and pandas want."""
        return [{v: (t.value if t is not None else None) for v, t in zip(self.vars, row)} for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)


def saved_queries() -> dict[str, Path]:
    return {p.stem: p for p in sorted(QUERY_DIR.glob("*.rq"))}


def describe_saved(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# title:"):
            return line.split(":", 1)[1].strip()
    return ""


def load_saved(name: str, params: dict[str, str] | None = None) -> str:
    known = saved_queries()
    if name not in known:
        raise QueryError(f"no saved query named {name!r}; saved queries: {', '.join(known)}")
    return fill(known[name].read_text(encoding="utf-8"), params or {})


# {{name}}, {{name:type}}, {{name|default}}: a parameter name only, so SPARQL's own nested groups
# ({{ ?f a kg:Fact }}, {{ ?s ?p ?o } UNION {...}}) are never taken for parameters.
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][\w-]*)\s*(?::\s*(date|string)\s*)?(?:\|([^{}]*?))?\s*\}\}")


def fill(text: str, params: dict[str, str]) -> str:
    """Replace {{name}} placeholders by escaped string literals, or {{name|default}}. A typed one,
    {{name:date}}, takes only a calendar date (YYYY-MM-DD): "yesterday" compared as a string
    would match every row."""
    def sub(m: re.Match) -> str:
        name, kind, default = m.group(1), m.group(2), m.group(3)
        value = params.get(name, default.strip() if default else None)
        if value is None:
            raise QueryError(f"this query needs --param {name}=VALUE")
        if kind == "date":
            value = check_date(value, f"--param {name}={value!r}")
        return json.dumps(value, ensure_ascii=False)  # a valid SPARQL string literal

    return PLACEHOLDER.sub(sub, text)


def check_date(value: str, what: str) -> str:

    day = iso_date(value)
    if not day or len(day) != 10 or day != value.strip()[:10]:
        raise QueryError(f"{what}: expected a date as YYYY-MM-DD")
    return day


def query(sparql: str, *, store: str | Path | GraphStore = "kg-out", as_of: str | None = None) -> Result:
    """Run a SPARQL query on a built graph. The default graph is the union of all graphs; with
    as_of=YYYY-MM-DD, only articles published by that date (and the merged entity graph)."""
    gs = store if isinstance(store, GraphStore) else GraphStore.open_any(store)
    graphs = _as_of_graphs(gs, as_of) if as_of else None
    try:
        res = gs.query(sparql, graphs=graphs)
        if isinstance(res, ox.QueryBoolean):
            return Result("ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            return Result("select", names, [[sol[v] for v in names] for sol in res])
        return Result("graph", triples=list(res))
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {str(exc).splitlines()[0]}") from None
    except (OSError, RuntimeError, ValueError) as exc:  # e.g. a SERVICE call: no network here
        raise QueryError(f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None


def _as_of_graphs(gs: GraphStore, as_of: str) -> list:
    day = check_date(as_of, f"--as-of {as_of!r}")
    q = f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a schema:NewsArticle ; dcterms:date ?d }}
           FILTER(SUBSTR(STR(?d), 1, 10) <= "{day}") }}"""  # day is digits and dashes only
    rows = gs.ox.query(q, prefixes=PREFIXES)
    # an article dated only by year or month counts from the start of that period; the merged
    # kg:Fact nodes summarise every article, so only entity descriptions come along
    return sorted((r["g"] for r in rows), key=lambda g: g.value) + [ENTITIES, ONTOLOGY_GRAPH]


# ------------------------------------------------------------------ rendering

def to_json(res: Result) -> str:
    """SPARQL 1.1 Query Results JSON Format."""
    if res.kind == "ask":
        return json.dumps({"head": {}, "boolean": res.boolean})
    if res.kind == "graph":
        raise QueryError("CONSTRUCT/DESCRIBE results are RDF: use --format turtle")
    bindings = []
    for row in res.rows:
        b = {}
        for v, t in zip(res.vars, row):
            if t is not None:
                b[v] = _term_json(t)
        bindings.append(b)
    return safe_json(json.dumps({"head": {"vars": res.vars}, "results": {"bindings": bindings}},
                                ensure_ascii=False, indent=1))


def _term_json(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = t.datatype.value
    return out


def to_csv(res: Result) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if res.kind == "ask":
        w.writerow(["boolean"]); w.writerow([str(res.boolean).lower()])
    elif res.kind == "graph":
        raise QueryError("CONSTRUCT/DESCRIBE results are RDF: use --format turtle")
    else:
        w.writerow(res.vars)
        for row in res.rows:
            w.writerow([safe(t.value) if t is not None else "" for t in row])  # shown, not obeyed, on a terminal
    return buf.getvalue()


def to_turtle(res: Result) -> str:
    if res.kind != "graph":
        raise QueryError("--format turtle is for CONSTRUCT/DESCRIBE queries")
    return ox.serialize(res.triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode()


def shorten(t) -> str:
    """kg:restricts instead of the full IRI in tables."""
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if t.value.startswith(ns) and re.fullmatch(r"[\w.-]*", t.value[len(ns):]):
                return f"{prefix}:{t.value[len(ns):]}"
        return t.value
    return t.value
