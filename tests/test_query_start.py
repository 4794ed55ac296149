"""`kg query` reads its plain options without typer's per-option validators (which build pydantic
models at every start, more CPU than a typical query), and answers exactly as the typer command
does: the same output and exit code for the same arguments, and typer's own message for
anything it does not read (--help, a value out of bounds, an unknown option). Run as a real
process through kg.cli.main, the entry point of the `kg` script."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app

MAIN = "from kg.cli import main; main()"
PROBE = """
import sys
from kg.cli import main
try:
    main()
finally:
    print("PYDANTIC " + str(any(m == "pydantic" or m.startswith("pydantic.") for m in sys.modules)), file=sys.stderr)
"""


def kg_main(*args: str, code: str = MAIN) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)


def forms(out: str, tmp) -> list[list[str]]:
    rq = tmp / "q.rq"
    rq.write_text("SELECT ?s ?o WHERE { ?s kg:restricts ?o } ORDER BY ?s ?o", encoding="utf-8")
    return [
        ["query", "--saved", "who-restricts-whom", "--store", out, "-f", "json"],
        ["query", "-s", "entity", "-p", "entity=OpenAI", f"--store={out}", "--format", "csv"],
        ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", out, "-fcsv", "--max-rows", "5"],
        ["query", str(rq), "--store", out, "-f", "csv", "--timeout", "20", "--max-memory", "1024"],
        ["query", "--store", out, "--saved", "best-supported", "--as-of", "2024-12-31", "-f", "json"],
        ["query", "--list"],
        ["query", "--saved", "nope", "--store", out],  # a KGError: one line, exit 2
        ["query", "--saved", "restrictions-as-of", "--param", "date=yesterday", "--store", out],
        ["query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "--store", out, "--allow-service",
         "-f", "csv"],
    ]


def test_query_answers_as_the_typer_command_does(built, tmp_path):
    out, _ = built
    runner = CliRunner()
    for args in forms(str(out), tmp_path):
        fast = kg_main(*args)
        slow = runner.invoke(app, args)
        assert fast.returncode == slow.exit_code, (args, fast.stderr, slow.output)
        if fast.returncode == 0:
            assert fast.stdout == slow.stdout, args
            assert fast.stdout.strip(), args  # each form printed something
        else:
            assert fast.stderr.startswith("kg: error: ") and fast.stderr.strip() in slow.output, args
    rows = json.loads(kg_main(*forms(str(out), tmp_path)[0]).stdout)["results"]["bindings"]
    assert any(r["subject"]["value"] == "OpenAI" for r in rows)


@pytest.mark.parametrize("args, needle", [
    (["query", "--timeout", "0", "--saved", "best-supported"], "--timeout"),  # out of bounds
    (["query", "--max-rows", "x", "--saved", "best-supported"], "--max-rows"),  # not a number
    (["query", "--bogus"], "No such option"),
    (["query", "SELECT * {}", "extra"], "unexpected extra argument"),
])
def test_what_the_fast_reader_does_not_take_goes_to_typer(built, args, needle):
    out, _ = built
    res = kg_main(*args, "--store", str(out))
    assert res.returncode == 2 and needle in res.stderr, res.stderr
    assert "Traceback" not in res.stderr


def test_help_is_typers(built):
    res = kg_main("query", "--help")
    assert res.returncode == 0 and "--saved" in res.stdout and "--as-of" in res.stdout


def test_a_query_from_the_command_line_does_not_load_typers_validators(built):
    out, _ = built
    res = kg_main("query", "--saved", "who-restricts-whom", "--store", str(out), "-f", "csv", code=PROBE)
    assert res.returncode == 0 and "OpenAI" in res.stdout, res.stderr
    assert "PYDANTIC False" in res.stderr
    slow = kg_main("query", "--timeout", "0", "--store", str(out), code=PROBE)  # typer's path does load them
    assert "PYDANTIC True" in slow.stderr


ENTRY = "from kg.entry import main; main()"
ENTRY_PROBE = """
import sys
from kg.entry import main
try:
    main()
finally:
    print("LOADED " + str(sorted(m for m in ("typer", "rich", "click", "pydantic", "kg.cli") if m in sys.modules)),
          file=sys.stderr)
"""


def test_the_kg_script_starts_in_kg_entry():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["kg"] == "kg.entry:main"


def test_the_kg_script_answers_a_plain_query_without_typer_or_rich(built, tmp_path):
    """kg/entry.py answers the plain forms itself, exactly as kg.cli.main does, and loads neither
    typer nor rich (nor kg/cli.py) to do it; anything else still reaches typer."""
    out, _ = built
    for args in forms(str(out), tmp_path):
        via_entry, via_cli = kg_main(*args, code=ENTRY), kg_main(*args)
        assert (via_entry.returncode, via_entry.stdout, via_entry.stderr) == \
            (via_cli.returncode, via_cli.stdout, via_cli.stderr), args
    res = kg_main("query", "--saved", "who-restricts-whom", "--store", str(out), "-f", "csv", code=ENTRY_PROBE)
    assert res.returncode == 0 and "OpenAI" in res.stdout, res.stderr
    assert "LOADED []" in res.stderr
    helped = kg_main("query", "--help", code=ENTRY)
    assert helped.returncode == 0 and "--as-of" in helped.stdout
    wrong = kg_main("query", "--timeout", "0", "--store", str(out), code=ENTRY)
    assert wrong.returncode == 2 and "--timeout" in wrong.stderr and "Traceback" not in wrong.stderr


def test_the_plain_reader_takes_only_plain_options():
    """kg/entry.py's own reader (argparse cost more at every start than some queries): each
    known option with its value, attached or not, --param again and again; anything else (a
    value that looks like an option, a flag given a value, a second argument, an unknown or
    abbreviated option, a number that is not one) is left to typer."""
    from pathlib import Path

    from kg.entry import _plain_options

    assert _plain_options(["--saved", "entity", "-p", "entity=A", "--param=x=1", "-fcsv", "--store=out",
                           "--timeout", "2.5", "--max-rows", "10", "--max-memory=512", "--list", "--allow-service",
                           "--as-of", "2024-01-01"]) == {
        "saved": "entity", "param": ["entity=A", "x=1"], "fmt": "csv", "store": Path("out"), "timeout": 2.5,
        "max_rows": 10, "max_memory": 512, "list_": True, "allow_service": True, "as_of": "2024-01-01"}
    assert _plain_options(["SELECT * {}", "-s", "x"]) == {"sparql": "SELECT * {}", "saved": "x", "param": []}
    for args in (["--saved"], ["--saved", "-x"], ["--list=yes"], ["a", "b"], ["--sto", "out"], ["-h"],
                 ["--help"], ["--max-rows", "many"], ["--timeout", "soon"], ["-"], ["-x"]):
        assert _plain_options(args) is None, args


LEAN_PROBE = """
import sys
from kg.entry import main
try:
    main()
finally:
    heavy = ("dataclasses", "typing", "argparse", "hashlib", "json", "datetime", "inspect")
    print("LOADED " + str(sorted(m for m in heavy if m in sys.modules)), file=sys.stderr)
"""


def test_a_csv_query_loads_none_of_the_modules_it_does_not_need(built):
    """What `kg query` imports before its query runs costs every start (a few ms each, against
    ~15 ms for a small query): none of these is needed to answer a query as CSV."""
    out, _ = built
    res = kg_main("query", "--saved", "who-restricts-whom", "--store", str(out), "-f", "csv", code=LEAN_PROBE)
    assert res.returncode == 0 and "OpenAI" in res.stdout, res.stderr
    assert "LOADED []" in res.stderr, res.stderr
