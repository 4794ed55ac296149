"""SPARQL over the store: the project's prefixes predeclared, saved queries by name,
results as a table, CSV or the standard SPARQL 1.1 JSON results format.

`kg query` imports this module at every start, before its query runs: what only some
commands need (json, csv, the date parser) is imported where it is used, and Result is a
plain class (dataclasses imports inspect, ast and tokenize: ~10 ms a start)."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .rdfarticle import ENTITIES, ONTOLOGY_GRAPH, PREFIXES
from .store import GraphStore
from .termsafe import safe, safe_json

QUERY_DIR = Path(__file__).resolve().parent / "queries"


class Result:
    """A query's answer: kind "select" (vars and rows of terms, None where unbound), "ask"
    (boolean) or "graph" (triples, from CONSTRUCT/DESCRIBE)."""

    __slots__ = ("kind", "vars", "rows", "boolean", "triples")

    def __init__(self, kind: str, vars: list[str] | None = None,
                 rows: list[list[ox.NamedNode | ox.Literal | ox.BlankNode | None]] | None = None,
                 boolean: bool | None = None, triples: list[ox.Triple] | None = None) -> None:
        self.kind, self.boolean = kind, boolean
        self.vars = [] if vars is None else vars
        self.rows = [] if rows is None else rows
        self.triples = [] if triples is None else triples

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Result):
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    def __repr__(self) -> str:
        return (f"Result(kind={self.kind!r}, vars={self.vars!r}, rows={self.rows!r}, boolean={self.boolean!r}, "
                f"triples={self.triples!r})")

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
    if "{{" not in text:  # nothing to fill (and no json to import)
        return text
    import json

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
    from .dates import iso_date

    day = iso_date(value)
    if not day or len(day) != 10 or day != value.strip()[:10]:
        raise QueryError(f"{what}: expected a date as YYYY-MM-DD")
    return day


def query(sparql: str, *, store: str | Path | GraphStore = "kg-out", as_of: str | None = None,
          timeout: float | None = None, max_rows: int | None = None, max_memory_mb: int | None = None,
          allow_service: bool = False) -> Result:
    """Run a SPARQL query on a built graph. The default graph is the union of all graphs; with
    as_of=YYYY-MM-DD, only articles published by that date (and the merged entity graph).

    The query guard applies (kg.guard): its text is checked first, then it runs in a worker
    process that is stopped after `timeout` seconds or at `max_memory_mb`; more than
    `max_rows` rows is an error. A GraphStore already open in memory is queried here, with
    the text and row checks only."""
    from .guard import Limits, check

    limits = Limits().but(timeout=timeout, max_rows=max_rows, max_memory_mb=max_memory_mb,
                          allow_service=allow_service)
    check(sparql, limits)
    if isinstance(store, GraphStore) and not store.path.is_dir():
        return execute(store, sparql, as_of=as_of, max_rows=limits.max_rows)
    from .querypool import pool_for, store_source

    source = store.path if isinstance(store, GraphStore) else Path(store)
    if not Path(store_source(source)).exists() or not (Path(source).is_dir() or Path(source).suffix):
        GraphStore.open_any(source)  # says what is missing, or opens an export file: fine either way
    job = {"sparql": sparql, "as_of": as_of, "max_rows": limits.max_rows}
    return pool_for(source).run(job, limits)


def execute(gs: GraphStore, sparql: str, *, as_of: str | None = None, max_rows: int = 1_000_000,
            render: str | None = None):
    """Run a query in this process and collect at most max_rows rows: what a worker does.
    With render (a media type), the result serialised: (bytes, media type)."""
    from .guard import QueryTooLarge, Limits, rows_message

    graphs = _as_of_graphs(gs, as_of) if as_of else None
    try:
        res = gs.query(sparql, graphs=graphs)
        if isinstance(res, ox.QueryBoolean):
            out = Result("ask", boolean=bool(res))
        elif isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            out = Result("select", names)
            for sol in res:
                if len(out.rows) == max_rows:
                    raise QueryTooLarge(rows_message(Limits(max_rows=max_rows)))
                out.rows.append([sol[v] for v in names])
        else:
            out = Result("graph")
            for t in res:
                if len(out.triples) == max_rows:
                    raise QueryTooLarge(rows_message(Limits(max_rows=max_rows)))
                out.triples.append(t)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {str(exc).splitlines()[0]}") from None
    except (OSError, RuntimeError, ValueError) as exc:  # e.g. a SERVICE call: no network here
        raise QueryError(f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    return out if render is None else serialize(out, render)


# media types a SPARQL endpoint answers with, for each kind of result
RESULT_TYPES = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                "text/csv": ox.QueryResultsFormat.CSV,
                "text/tab-separated-values": ox.QueryResultsFormat.TSV}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/ld+json": ox.RdfFormat.JSON_LD}


def serialize(res: Result, wanted: str | list[str]) -> tuple[bytes, str]:
    """A result in a standard format: SELECT/ASK in a results format, CONSTRUCT/DESCRIBE as RDF.
    The first wanted media type that fits the kind of result, else the first of its kind."""
    wanted = [wanted] if isinstance(wanted, str) else wanted
    fits = GRAPH_TYPES if res.kind == "graph" else RESULT_TYPES
    media_type = next((w for w in wanted if w in fits), next(iter(fits)))
    if res.kind == "graph":
        fmt = GRAPH_TYPES[media_type]
        prefixes = PREFIXES if fmt is not ox.RdfFormat.N_TRIPLES else None
        return ox.serialize(res.triples, format=fmt, prefixes=prefixes) or b"", media_type
    data = to_json(res).encode("utf-8")
    if media_type != "application/sparql-results+json":
        parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        data = (parsed.serialize(format=RESULT_TYPES[media_type]) if isinstance(parsed, ox.QuerySolutions)
                else _boolean(bool(parsed), RESULT_TYPES[media_type]))
    return data, media_type


def query_here(sparql: str, *, store: str | Path, as_of: str | None = None, limits=None) -> Result:
    """The command line's way: the same guard, but the query runs in a thread of this process,
    which prints one line and exits at a limit (no worker to start for a cheap query)."""
    from .guard import Limits, check, exit_now, run_or_exit

    limits = limits or Limits()
    check(sparql, limits)
    gs = GraphStore.open_any(store)
    return run_or_exit(lambda: execute(gs, sparql, as_of=as_of, max_rows=limits.max_rows), limits, on_stop=exit_now)


def _boolean(value: bool, fmt) -> bytes:
    if fmt is ox.QueryResultsFormat.CSV:
        return f"boolean\r\n{str(value).lower()}\r\n".encode()
    if fmt is ox.QueryResultsFormat.XML:
        return ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{str(value).lower()}</boolean></sparql>").encode()
    return f"?boolean\n{str(value).lower()}\n".encode()


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
    import json

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
    import csv
    import io

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
