"""The `kg` script's entry point. `kg query` runs again and again from scripts, and importing
typer, rich and every command of kg/cli.py costs more than a typical query, so its plain forms
are answered here with only the query and store modules loaded. Anything else, and any option
this reader does not take (--help, a value out of bounds, an unknown option, a second
argument), goes to the typer application, which answers exactly as before."""
from __future__ import annotations

import sys
from pathlib import Path

from .errors import KGError


def main() -> None:
    if _query_fast(sys.argv[1:]):
        return
    from .cli import main as full

    full()


class _NotPlain(Exception):
    pass


def _query_fast(argv: list[str]) -> bool:
    """Answer `kg query` when its options are plain ones, with the typer command's names,
    defaults and bounds (kg/cli.py's query_cli); False: typer should read them."""
    if not argv or argv[0] != "query" or any(a in ("--help", "-h") for a in argv[1:]):
        return False
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message: str):  # noqa: ANN201 - never prints: typer says what is wrong
            raise _NotPlain(message)

    p = Parser(add_help=False, allow_abbrev=False, exit_on_error=False)
    p.add_argument("sparql", nargs="?")
    p.add_argument("--store", type=Path, default=Path("kg-out"))
    p.add_argument("--saved", "-s")
    p.add_argument("--param", "-p", action="append")
    p.add_argument("--format", "-f", dest="fmt", default="table")
    p.add_argument("--list", dest="list_", action="store_true")
    p.add_argument("--as-of", dest="as_of")
    p.add_argument("--timeout", type=float, default=30.0)
    p.add_argument("--max-rows", dest="max_rows", type=int, default=1_000_000)
    p.add_argument("--max-memory", dest="max_memory", type=int, default=2048)
    p.add_argument("--allow-service", dest="allow_service", action="store_true")
    try:
        opts, rest = p.parse_known_args(argv[1:])
    except (_NotPlain, argparse.ArgumentError, ValueError):
        return False
    if rest or not (opts.timeout >= 0.1 and opts.max_rows >= 1 and opts.max_memory >= 64):
        return False
    try:
        run_query(**vars(opts))
    except KGError as exc:
        from .termsafe import safe_line

        sys.stderr.write(f"kg: error: {safe_line(exc)}\n")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # a reader that stopped early (| head): no traceback, as with typer
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    return True


def _kv(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise KGError(f"--param {text!r}: expected NAME=VALUE")
    k, v = text.split("=", 1)
    return k.strip(), v


def run_query(*, sparql: str | None = None, store: Path = Path("kg-out"), saved: str | None = None,
              param: list[str] | None = None, fmt: str = "table", list_: bool = False, as_of: str | None = None,
              timeout: float = 30.0, max_rows: int = 1_000_000, max_memory: int = 2048,
              allow_service: bool = False) -> None:
    """`kg query`'s work, whichever reader took its options: print the result; a KGError says
    what is wrong (the caller prints it as one line)."""
    from .query import describe_saved, fill, load_saved, query_here, saved_queries, to_csv, to_json, to_turtle

    if list_:
        for name, path in saved_queries().items():
            print(f"{name:<22} {describe_saved(path)}")
        return
    params = dict(_kv(p) for p in (param or []))
    if saved:
        text = load_saved(saved, params)
    elif sparql and sparql.endswith(".rq") and Path(sparql).is_file():
        try:
            text = fill(Path(sparql).read_text(encoding="utf-8"), params)
        except (OSError, UnicodeDecodeError) as exc:
            raise KGError(f"{sparql}: cannot read the query ({exc}); save it as UTF-8") from None
    elif sparql:
        text = sparql
    else:
        raise KGError("give a SPARQL query, a .rq file, or --saved NAME (see --list)")
    from .guard import Limits

    limits = Limits(timeout=timeout, max_rows=max_rows, max_memory_mb=max_memory, allow_service=allow_service)
    res = query_here(text, store=store, as_of=as_of, limits=limits)
    if fmt == "json":
        print(to_json(res))
    elif fmt == "csv":
        sys.stdout.write(to_csv(res))
    elif fmt == "turtle":
        sys.stdout.write(to_turtle(res))
    elif fmt == "table":
        from .cli import _result_table  # rich, for a person at a terminal

        _result_table(res)
    else:
        raise KGError(f"unknown --format {fmt!r}; use table, csv, json or turtle")
