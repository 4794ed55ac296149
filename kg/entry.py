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


# kg query's options, as kg/cli.py's query_cli names them: option -> (keyword, type); None = a flag
_OPTIONS = {"--store": ("store", Path), "--saved": ("saved", str), "-s": ("saved", str),
            "--param": ("param", str), "-p": ("param", str), "--format": ("fmt", str), "-f": ("fmt", str),
            "--list": ("list_", None), "--as-of": ("as_of", str), "--timeout": ("timeout", float),
            "--max-rows": ("max_rows", int), "--max-memory": ("max_memory", int),
            "--allow-service": ("allow_service", None)}


def _plain_options(args: list[str]) -> dict | None:
    """kg query's options when they are plain ones: each known option once with its value
    (--param again and again), at most one argument that does not start with '-'. None for
    anything else, which typer then reads (and explains). A reader of its own, not argparse:
    argparse and gettext cost ~3 ms at every start, more than some queries."""
    opts: dict = {"param": []}
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if not a.startswith("-") or a == "-":
            if a == "-" or "sparql" in opts:
                return None
            opts["sparql"] = a
            continue
        name, value = a, None
        if a.startswith("--") and "=" in a:
            name, value = a.split("=", 1)
        elif not a.startswith("--") and len(a) > 2:  # -fcsv: a short option with its value attached
            name, value = a[:2], a[2:]
        if name not in _OPTIONS:
            return None
        key, kind = _OPTIONS[name]
        if kind is None:  # a flag takes no value
            if value is not None:
                return None
            opts[key] = True
            continue
        if value is None:
            if i == len(args) or args[i].startswith("-"):
                return None
            value, i = args[i], i + 1
        try:
            value = kind(value)
        except ValueError:
            return None
        if key == "param":
            opts["param"].append(value)
        else:
            opts[key] = value
    return opts


def _query_fast(argv: list[str]) -> bool:
    """Answer `kg query` when its options are plain ones, with the typer command's names,
    defaults and bounds (kg/cli.py's query_cli); False: typer should read them."""
    if not argv or argv[0] != "query":
        return False
    opts = _plain_options(argv[1:])
    if opts is None:
        return False
    if not (opts.get("timeout", 30.0) >= 0.1 and opts.get("max_rows", 1) >= 1 and opts.get("max_memory", 64) >= 64):
        return False
    try:
        run_query(**opts)
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
