"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a built store, with the query
page, the HTML view and one page per entity. An ASGI app (Starlette) served by uvicorn.

Every query goes through the guard (kg.guard) and runs in a pool of worker processes that
hold the store open read-only (kg.querypool): a query past its time or memory limit is stopped
by killing its worker, while the other workers go on answering. Status codes:
400 a query that does not parse or is refused (too deep, too many UNIONs, SERVICE),
403 an update, 406 no acceptable result format, 413 a request body over MAX_BODY,
503 a query stopped at the time limit or at the result or memory limit (one line of text).
"""
from __future__ import annotations

import contextlib
import json
from pathlib import Path
from urllib.parse import parse_qs

from .errors import KGError, QueryError
from .guard import Limits, QueryRefused, QueryTimeout, QueryTooLarge, check
from .ids import ID_BASE
from .query import GRAPH_TYPES, RESULT_TYPES, describe_saved, load_saved, saved_queries

MAX_BODY = 1_000_000  # bytes of a POSTed query
SERVE_LIMITS = Limits(timeout=5.0, max_rows=10_000, max_memory_mb=1024)
FORMAT_PARAM = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                "ttl": "text/turtle", "nt": "application/n-triples", "n-triples": "application/n-triples",
                "json-ld": "application/ld+json", "jsonld": "application/ld+json"}
ALIASES = {"application/json": "application/sparql-results+json", "application/xml": "application/sparql-results+xml",
           "text/xml": "application/sparql-results+xml", "application/turtle": "text/turtle",
           "application/x-turtle": "text/turtle", "text/plain": "application/n-triples"}
OFFERED = [*RESULT_TYPES, *GRAPH_TYPES]


def negotiate(accept: str, offered: list[str]) -> list[str]:
    """The offered media types the Accept header allows, best first (q-values, then order offered)."""
    ranked: dict[str, float] = {}
    for part in (accept or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        media = ALIASES.get(fields[0].lower(), fields[0].lower())
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        for o in offered:
            if media in (o, "*/*") or (media.endswith("/*") and o.startswith(media[:-1])):
                # an exact match outranks a wildcard of the same q
                score = q + (0.001 if media == o else 0.0)
                ranked[o] = max(ranked.get(o, 0.0), score)
    return sorted((o for o in offered if ranked.get(o, 0) > 0.001), key=lambda o: (-ranked[o], offered.index(o)))


def create_app(store: str | Path = "kg-out", *, limits: Limits = SERVE_LIMITS, workers: int = 4):
    from starlette.applications import Starlette
    from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Route

    from .querypool import WorkerPool, store_source

    source = store_source(store)
    if not Path(source).exists():
        from .store import GraphStore

        GraphStore.open_any(store)  # raises with the hint to build first
    pool = WorkerPool(source, size=workers, prestart=True)

    async def run(sparql: str, render: list[str]):
        from anyio import to_thread

        check(sparql, limits)
        return await to_thread.run_sync(pool.run, {"sparql": sparql, "max_rows": limits.max_rows,
                                                   "render": render}, limits)

    def error(status: int, message: str) -> Response:
        return PlainTextResponse(message + "\n", status_code=status)

    async def sparql(request):
        params = dict(request.query_params)
        if request.method == "POST":
            size = int(request.headers.get("content-length") or 0)
            body, seen = b"", 0
            if size <= 8 * MAX_BODY:  # read a body a little over the limit to the end, so the
                async for chunk in request.stream():  # client reads the 413 and not a reset
                    seen += len(chunk)
                    if seen <= MAX_BODY:
                        body += chunk
                    elif seen > 8 * MAX_BODY:
                        break
            if max(size, seen) > MAX_BODY:
                return error(413, f"the request body is over {MAX_BODY:,} bytes (the limit)")
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                return error(403, "this endpoint is read-only: SPARQL updates are refused")
            if ctype == "application/sparql-query":
                params["query"] = body.decode("utf-8", "replace")
            elif ctype == "application/x-www-form-urlencoded":
                params.update({k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()})
            else:
                return error(415, "POST a query as application/sparql-query or an HTML form (query=...)")
        if "update" in params:
            return error(403, "this endpoint is read-only: SPARQL updates are refused")
        text = params.get("query")
        if not text:
            return error(400, "give a SPARQL query in the query parameter")
        wanted = [FORMAT_PARAM[f] for f in (params.get("format"), params.get("output")) if f in FORMAT_PARAM]
        accept = negotiate(request.headers.get("accept", "*/*"), OFFERED)
        render = wanted + accept
        if not render:
            return error(406, "no acceptable format; results come as " + ", ".join(OFFERED))
        try:
            data, media = await run(text, render)
        except QueryRefused as exc:
            return error(403 if "read-only" in str(exc) else 400, str(exc))
        except (QueryTimeout, QueryTooLarge) as exc:
            return error(503, str(exc))
        except KGError as exc:
            return error(400, str(exc))
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        return Response(data, media_type=media + charset)

    async def home(request):
        return HTMLResponse(query_page())

    async def graph_html(request):
        from anyio import to_thread

        built = Path(source).parent / "graph.html"
        if not built.is_file():
            built = await to_thread.run_sync(_render_view, source)
        return FileResponse(built, media_type="text/html")

    async def entity(request):
        path = request.path_params["path"]
        iri = ID_BASE + path
        if "<" in iri or ">" in iri or '"' in iri or " " in iri:
            return error(400, "not an IRI of this graph")
        kind = negotiate(request.headers.get("accept", "text/html"), ["text/html", *GRAPH_TYPES])
        try:
            if kind and kind[0] != "text/html":
                data, media = await run(DESCRIBE.format(iri=iri), [kind[0]])
                if not data.strip() or data.strip() == b"[]":
                    return error(404, f"nothing is known about <{iri}>")
                return Response(data, media_type=media)
            res = await run(FACTS.format(iri=iri), ["application/sparql-results+json"])
        except (QueryTimeout, QueryTooLarge) as exc:
            return error(503, str(exc))
        rows = json.loads(res[0])["results"]["bindings"]
        if not rows:
            return error(404, f"nothing is known about <{iri}>")
        return HTMLResponse(entity_page(iri, rows))

    routes = [Route("/", home), Route("/sparql", sparql, methods=["GET", "POST"]),
              Route("/graph.html", graph_html), Route("/id/{path:path}", entity)]
    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        pool.close()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.pool = pool
    return app


def serve(*, store: str | Path = "kg-out", host: str = "127.0.0.1", port: int = 7878,
          limits: Limits = SERVE_LIMITS, workers: int = 4, on_ready=None) -> None:
    """Serve until interrupted."""
    import uvicorn

    app = create_app(store, limits=limits, workers=workers)
    if on_ready:
        on_ready(f"http://{host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="warning")


_VIEWS: dict[str, Path] = {}


def _render_view(source: str) -> Path:
    """The HTML view of a store that has no graph.html beside it, written once to a temporary file."""
    if source not in _VIEWS:
        import tempfile

        from .export import export
        from .store import GraphStore

        target = Path(tempfile.mkdtemp(prefix="kg-serve-")) / "graph.html"
        _VIEWS[source] = export(GraphStore.open_any(source), "html", target)
    return _VIEWS[source]


# everything said about one IRI, both ways, for RDF clients
DESCRIBE = """CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }} WHERE {{
  {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> FILTER NOT EXISTS {{ ?s a kg:Assertion }} }} }}"""
# the facts an entity takes part in, with the sentence and article behind each: its readings
# looked up as subject, then as object (a filter on either end would read every reading)
FACTS = """SELECT DISTINCT ?label ?type ?s ?sl ?p ?o ?ol ?sentence ?art ?title WHERE {{
  OPTIONAL {{ <{iri}> rdfs:label ?label }} OPTIONAL {{ <{iri}> a ?type FILTER(STRSTARTS(STR(?type), STR(kg:))) }}
  OPTIONAL {{
    {{ ?x rdf:subject <{iri}> ; a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
          kg:sentence ?sentence ; prov:wasDerivedFrom ?art }}
    UNION
    {{ ?x rdf:object <{iri}> ; a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
          kg:sentence ?sentence ; prov:wasDerivedFrom ?art }}
    OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }} OPTIONAL {{ ?art dcterms:title ?title }} }}
  FILTER(BOUND(?label) || BOUND(?x))
}} ORDER BY ?p ?sl ?ol ?s ?o ?sentence ?art ?title LIMIT 500"""


def _esc(text: str) -> str:
    import html

    return html.escape(text or "", quote=True)


def _local(iri: str) -> str:
    return "/id/" + iri[len(ID_BASE):] if iri.startswith(ID_BASE) else iri


def entity_page(iri: str, rows: list[dict]) -> str:
    val = lambda r, k: r.get(k, {}).get("value", "")  # noqa: E731
    label = val(rows[0], "label") or iri.rsplit("/", 1)[-1]
    kind = val(rows[0], "type").rsplit("#", 1)[-1]
    items = []
    for r in rows:
        if not val(r, "p"):
            continue
        s, o = val(r, "s"), val(r, "o")
        items.append(f"<tr><td><a href='{_esc(_local(s))}'>{_esc(val(r, 'sl') or s)}</a></td>"
                     f"<td>{_esc(val(r, 'p').rsplit('#', 1)[-1])}</td>"
                     f"<td><a href='{_esc(_local(o))}'>{_esc(val(r, 'ol') or o)}</a></td>"
                     f"<td>{_esc(val(r, 'sentence'))}</td><td>{_esc(val(r, 'title') or val(r, 'art'))}</td></tr>")
    return PAGE.format(title=_esc(label), body=(
        f"<h1>{_esc(label)}</h1><p>{_esc(kind)} · <code>{_esc(iri)}</code> · "
        "RDF clients get Turtle (Accept: text/turtle)</p>"
        "<table><tr><th>subject</th><th>predicate</th><th>object</th><th>evidence</th><th>article</th></tr>"
        + "".join(items) + "</table><p><a href='/'>query page</a> · <a href='/graph.html'>graph view</a></p>"))


def query_page() -> str:
    examples = {name: {"title": describe_saved(path), "text": _example(name)} for name, path in saved_queries().items()}
    data = json.dumps(examples).replace("</", "<\\/")
    return PAGE.format(title="kg SPARQL", body=QUERY_BODY.replace("__EXAMPLES__", data))


def _example(name: str) -> str:
    try:
        return load_saved(name, {})
    except QueryError:  # needs a parameter: show an example value
        return load_saved(name, {"entity": "Huawei", "article": "chips", "date": "2024-01-01"})


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title><style>
body{{font-family:system-ui,sans-serif;margin:1.5em;max-width:70em}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}} textarea{{width:100%;height:14em}}
</style></head><body>{body}</body></html>"""

QUERY_BODY = """<h1>kg SPARQL endpoint</h1>
<p>POST or GET <code>/sparql?query=…</code> (SPARQL 1.1 Protocol, read-only). Prefixes kg:, kgid:, rdf:, rdfs:,
prov:, dcterms:, schema: are predeclared. <a href="/graph.html">graph view</a></p>
<p><label>Example: <select id="ex"><option value="">(saved queries)</option></select></label></p>
<textarea id="q">SELECT ?s ?o WHERE { ?s kg:restricts ?o } LIMIT 20</textarea>
<p><button id="run">Run</button> <span id="status"></span></p><table id="out"></table>
<script>
const EX = __EXAMPLES__;
const sel = document.getElementById("ex"), q = document.getElementById("q");
for (const [name, e] of Object.entries(EX)) {
  const o = document.createElement("option"); o.value = name; o.textContent = name + ": " + e.title; sel.append(o);
}
sel.onchange = () => { if (EX[sel.value]) q.value = EX[sel.value].text; };
function cell(tag, text, href) {
  const c = document.createElement(tag);
  if (href) { const a = document.createElement("a"); a.href = href; a.textContent = text; c.append(a); }
  else c.textContent = text;
  return c;
}
document.getElementById("run").onclick = async () => {
  const status = document.getElementById("status"), out = document.getElementById("out");
  status.textContent = "running…"; out.replaceChildren();
  const r = await fetch("/sparql", {method: "POST", body: new URLSearchParams({query: q.value}),
    headers: {"Accept": "application/sparql-results+json"}});
  const text = await r.text();
  if (!r.ok) { status.textContent = r.status + ": " + text; return; }
  const res = JSON.parse(text);
  if ("boolean" in res) { status.textContent = String(res.boolean); return; }
  const head = document.createElement("tr");
  res.head.vars.forEach(v => head.append(cell("th", v))); out.append(head);
  for (const b of res.results.bindings) {
    const tr = document.createElement("tr");
    res.head.vars.forEach(v => {
      const t = b[v]; const local = t && t.type === "uri" && t.value.startsWith("__BASE__");
      tr.append(cell("td", t ? t.value : "", local ? "/id/" + t.value.slice("__BASE__".length) : null));
    });
    out.append(tr);
  }
  status.textContent = res.results.bindings.length + " row(s)";
};
</script>""".replace("__BASE__", ID_BASE)
