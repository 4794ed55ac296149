"""`kg review`: the queue, and the decisions an analyst records (thin wrappers over kg/review_desk.py
and kg/review_queue.py). Decisions go to the review file; the next `kg build` applies them."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import _cell, _console, _json_line, _line, fail, warn
from .errors import KGError

review_app = typer.Typer(help="Review facts: the queue, and accept / reject / correct / merge / split / add.",
                         no_args_is_help=False, invoke_without_command=True)

StoreOpt = Annotated[Path, typer.Option("--store", help="The build folder (kg-out).")]
DecisionsOpt = Annotated[Optional[Path], typer.Option("--decisions", help="The review file (default: the one the build used).")]
Reason = Annotated[Optional[str], typer.Option("--reason", "-r", help="Why (kept with the decision).")]
By = Annotated[Optional[str], typer.Option("--by", help="Who decides (default: $KG_REVIEWER, else the login name).")]
ArticleOpt = Annotated[Optional[str], typer.Option("--article", help="Only in this article (id or title words).")]


def _desk(store: Path, decisions: Optional[Path], corpus: Optional[list[Path]] = None):
    from .review_desk import Desk

    return Desk(store, decisions=decisions, corpus=corpus)


def _recorded(d: dict, desk) -> None:
    from .review_apply import describe

    typer.echo(f"recorded {d['id']} {d['action']}: {_line(describe(d))}")
    try:
        where = desk.path.resolve().relative_to(Path.cwd())
    except ValueError:
        where = desk.path
    typer.echo(f"in {where}; run `kg build` again to apply it")


@review_app.callback()
def review_cli(
    ctx: typer.Context,
    store: StoreOpt = Path("kg-out"),
    decisions: DecisionsOpt = None,
    kind: Annotated[Optional[list[str]], typer.Option("--kind", "-k", help="low-confidence, single-source, new or conflict; repeatable (default: all).")] = None,
    predicate: Annotated[Optional[str], typer.Option("--predicate", "-p", help="Only facts with this predicate.")] = None,
    entity: Annotated[Optional[str], typer.Option("--entity", "-e", help="Only facts naming this entity (words of its name).")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Only facts read in this source (words of its name or title).")] = None,
    below: Annotated[float, typer.Option("--below", help="Low confidence means below this.")] = 0.8,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Show this many (0: all).")] = 25,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
    all_: Annotated[bool, typer.Option("--all", help="Also facts already reviewed.")] = False,
) -> None:
    """List the facts worth a look first, with their evidence; stale decisions are reported."""
    if ctx.invoked_subcommand is not None:
        return
    from .review_apply import STATE
    from .review_queue import KINDS, queue

    try:
        if fmt not in ("table", "jsonl"):
            raise KGError(f"unknown --format {fmt!r}; use table or jsonl")
        desk = _desk(store, decisions)
        items = queue(desk, below=below, kinds=tuple(kind or KINDS), predicate=predicate, entity=entity,
                      source=source, reviewed=all_)
        state = store / STATE
        stale = json.loads(state.read_text(encoding="utf-8")).get("stale", []) if state.is_file() else []
    except KGError as exc:
        fail(exc)
    for s in stale:
        warn(f"stale decision {s['id']} ({s['action']} {s['what']}): {s['why']}")
    shown = items[:limit] if limit else items
    if fmt == "jsonl":
        for it in shown:
            sys.stdout.write(_json_line(it) + "\n")
        return
    con = _console()
    for it in shown:  # plain lines, not a table: the sentences are the point and need the width
        con.print(f"[bold]{it['id']}[/bold]  {_cell(it['subject'])} {it['predicate']} {_cell(it['object'])}"
                  f"  (confidence {it['confidence']:.2f}; {', '.join(it['why'] + ['reviewed'] * it['reviewed'])})")
        for e in it["evidence"][:3]:
            where = ", ".join(x for x in (e["article"], e["source"], e["date"]) if x)
            con.print(f"    {_cell(e['sentence'])}  [dim]({_cell(where)})[/dim]")
    con.print(f"{len(shown)} of {len(items)} fact(s) to review")


@review_app.command("accept")
def accept_cli(fact: Annotated[str, typer.Argument(help="Fact id (or reading id) from the queue.")],
               store: StoreOpt = Path("kg-out"), decisions: DecisionsOpt = None, reason: Reason = None,
               article: ArticleOpt = None, by: By = None) -> None:
    """Accept a fact: it becomes kg:reviewed true with confidence 1."""
    _judge("accept", fact, store, decisions, reason, article, by)


@review_app.command("reject")
def reject_cli(fact: Annotated[str, typer.Argument(help="Fact id (or reading id) from the queue.")],
               reason: Annotated[str, typer.Option("--reason", "-r", help="Why it is wrong.")],
               store: StoreOpt = Path("kg-out"), decisions: DecisionsOpt = None,
               article: ArticleOpt = None, by: By = None) -> None:
    """Reject a fact: it leaves the facts at every build; its evidence stays, marked rejected."""
    _judge("reject", fact, store, decisions, reason, article, by)


def _judge(action, fact, store, decisions, reason, article, by) -> None:
    try:
        desk = _desk(store, decisions)
        _recorded(desk.judge(action, fact, reason=reason, article=article, by=by), desk)
    except KGError as exc:
        fail(exc)


@review_app.command("correct")
def correct_cli(fact: Annotated[str, typer.Argument(help="Fact id (or reading id) from the queue.")],
                predicate: Annotated[Optional[str], typer.Option("--predicate", help="The right predicate.")] = None,
                subject: Annotated[Optional[str], typer.Option("--subject", help="The right subject (a name).")] = None,
                object_: Annotated[Optional[str], typer.Option("--object", help="The right object (a name).")] = None,
                subject_type: Annotated[Optional[str], typer.Option("--subject-type", help="Its class, if it is new.")] = None,
                object_type: Annotated[Optional[str], typer.Option("--object-type", help="Its class, if it is new.")] = None,
                store: StoreOpt = Path("kg-out"), decisions: DecisionsOpt = None, reason: Reason = None,
                article: ArticleOpt = None, by: By = None) -> None:
    """Correct a fact: the wrong reading is rejected, the right one stated on the same sentence."""
    try:
        desk = _desk(store, decisions)
        _recorded(desk.correct(fact, predicate=predicate, subject=subject, object=object_, subject_type=subject_type,
                               object_type=object_type, reason=reason, article=article, by=by), desk)
    except KGError as exc:
        fail(exc)


@review_app.command("merge")
def merge_cli(alias: Annotated[str, typer.Argument(help="The name that is another name of INTO.")],
              into: Annotated[str, typer.Argument(help="The entity it names.")],
              store: StoreOpt = Path("kg-out"), decisions: DecisionsOpt = None, reason: Reason = None,
              by: By = None) -> None:
    """Merge ALIAS into INTO in every article: ALIAS becomes another name (skos:altLabel) of INTO."""
    try:
        desk = _desk(store, decisions)
        _recorded(desk.merge(alias, into, reason=reason, by=by), desk)
    except KGError as exc:
        fail(exc)


@review_app.command("split")
def split_cli(entity: Annotated[str, typer.Argument(help="The entity that wrongly holds two actors.")],
              as_name: Annotated[str, typer.Option("--as", help="The other actor's name.")],
              kind: Annotated[Optional[str], typer.Option("--type", help="Its class (default: the entity's).")] = None,
              mention: Annotated[Optional[str], typer.Option("--mention", help="Where the article wrote this (e.g. DOC).")] = None,
              store: StoreOpt = Path("kg-out"), decisions: DecisionsOpt = None, reason: Reason = None,
              article: ArticleOpt = None, by: By = None) -> None:
    """Split a wrongly merged name: where --mention or --article says, ENTITY is another actor."""
    try:
        desk = _desk(store, decisions)
        _recorded(desk.split(entity, as_name=as_name, kind=kind, mention=mention, article=article,
                             reason=reason, by=by), desk)
    except KGError as exc:
        fail(exc)


@review_app.command("add")
def add_cli(subject: Annotated[str, typer.Argument(help="Subject (a name).")],
            predicate: Annotated[str, typer.Argument(help="A core predicate, e.g. restricts.")],
            object_: Annotated[str, typer.Argument(metavar="OBJECT", help="Object (a name).")],
            article: Annotated[str, typer.Option("--article", help="The article (id or title words).")],
            sentence: Annotated[str, typer.Option("--sentence", help="The sentence that states it, quoted exactly.")],
            subject_type: Annotated[Optional[str], typer.Option("--subject-type", help="Its class, if it is new.")] = None,
            object_type: Annotated[Optional[str], typer.Option("--object-type", help="Its class, if it is new.")] = None,
            date: Annotated[Optional[str], typer.Option("--date", help="The date the sentence gives (YYYY-MM-DD).")] = None,
            corpus: Annotated[Optional[list[Path]], typer.Option("--corpus", help="The corpus (default: the build's).")] = None,
            store: StoreOpt = Path("kg-out"), decisions: DecisionsOpt = None, reason: Reason = None,
            by: By = None) -> None:
    """Add a fact the extractor missed, cited by its article and sentence."""
    try:
        desk = _desk(store, decisions, corpus)
        _recorded(desk.add(subject, predicate, object_, article=article, sentence=sentence, subject_type=subject_type,
                           object_type=object_type, date=date, reason=reason, by=by), desk)
    except KGError as exc:
        fail(exc)


@review_app.command("undo")
def undo_cli(decision: Annotated[str, typer.Argument(help="The decision id (d-…), or a unique prefix.")],
             store: StoreOpt = Path("kg-out"), decisions: DecisionsOpt = None) -> None:
    """Withdraw a decision; the next build forgets it."""
    try:
        desk = _desk(store, decisions)
        d = desk.undo(decision)
    except KGError as exc:
        fail(exc)
    typer.echo(f"withdrew {d['id']} ({d['action']}); run `kg build` again to apply")


@review_app.command("decisions")
def decisions_cli(store: StoreOpt = Path("kg-out"), decisions: DecisionsOpt = None) -> None:
    """List the recorded decisions: id, who, when, what, why."""
    from .review_apply import describe

    try:
        desk = _desk(store, decisions)
    except KGError as exc:
        fail(exc)
    for d in desk.review.decisions:
        typer.echo(_line(f"{d['id']}  {d['at']}  {d['by']:<10} {d['action']:<7} {describe(d)}"
                         + (f"  ({d['reason']})" if d.get("reason") else "")))


@review_app.command("export-gold")
def export_gold_cli(output: Annotated[Path, typer.Option("--output", "-o", help="The gold file to write (JSON lines).")],
                    store: StoreOpt = Path("kg-out"), decisions: DecisionsOpt = None,
                    corpus: Annotated[Optional[list[Path]], typer.Option("--corpus", help="The corpus (default: the build's).")] = None,
                    unreviewed: Annotated[bool, typer.Option("--with-unreviewed", help="Count readings nobody rejected as right too.")] = False) -> None:
    """Write the reviewed articles as a gold file for ../shared/eval/score.py."""
    from .review_queue import export_gold

    try:
        res = export_gold(_desk(store, decisions, corpus), output, unreviewed=unreviewed, warn=warn)
    except KGError as exc:
        fail(exc)
    typer.echo(f"{res['passages']} passage(s), {res['triples']} gold fact(s) in {res['path']}")
