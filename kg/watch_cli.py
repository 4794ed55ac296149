"""`kg watch`: the resident build's command (kg/resident.py), a thin wrapper like `kg build`."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import Columns, Corpus, Decisions, Gaz, Jobs, Model, NoHtml, Out, _line, fail, warn
from .errors import KGError


def watch_cli(
    corpus: Corpus,
    out: Out = Path("kg-out"),
    model: Model = None,
    gazetteer: Gaz = None,
    no_html: NoHtml = False,
    columns: Columns = None,
    decisions: Decisions = None,
    jobs: Jobs = 1,
    interval: Annotated[float, typer.Option("--interval", min=0.05, help="Seconds between two looks at the corpus.")] = 1.0,
    settle: Annotated[float, typer.Option("--settle", min=0.0, help="Seconds the corpus must stay unchanged before a rebuild (one rebuild for a save in several writes).")] = 0.5,
    rounds: Annotated[Optional[int], typer.Option("--rounds", min=0, help="Stop after this many rebuilds (default: run until Ctrl-C).")] = None,
    duration: Annotated[Optional[float], typer.Option("--for", min=0.0, help="Stop after this many seconds (default: run until Ctrl-C).")] = None,
) -> None:
    """Build once, then keep the pipeline loaded and rebuild whenever the corpus changes: one line
    per rebuild (files changed, facts added and removed, seconds). Same store and exports as `kg build`."""
    from .build import DEFAULT_EXPORTS
    from .resident import watch

    exports = tuple(e for e in DEFAULT_EXPORTS if not (no_html and e == "html"))

    def said(r) -> None:
        typer.echo(_line(r.line()), err=r.error is not None)
        sys.stdout.flush()

    try:
        watch(list(corpus), out=out, model=model, gazetteers=tuple(map(str, gazetteer or ())), exports=exports,
              columns=columns, decisions=decisions, jobs=jobs, interval=interval, settle=settle, rounds=rounds,
              duration=duration, on_rebuild=said, on_warning=warn)
    except KGError as exc:
        fail(exc)
    except KeyboardInterrupt:
        typer.echo(f"kg watch: stopped; the store in {_line(out / 'store')} holds what was built "
                   "(a rebuild stopped half-way is completed by the next build)", err=True)
        raise typer.Exit(130)
