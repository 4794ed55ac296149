"""The query guard (issue 10, items 4, 5 and 14): hostile queries are stopped at their limits
or refused before the engine sees them, with one line and never a crash. The command line is
run as a real subprocess: a segfault or a hang would show there and not inside CliRunner."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

import kg
from kg.guard import Limits, QueryRefused, QueryTimeout, QueryTooLarge, check

from .conftest import as_from_a_terminal

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
DEEP_FILTER = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 6000 + "1" + ")" * 6000 + ") }"
MANY_UNIONS = "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 45000) + " }"


def kg_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    code = "from kg.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout)


def one_line(res: subprocess.CompletedProcess, needle: str) -> None:
    assert res.returncode == 2, (res.returncode, res.stderr)
    lines = [line for line in res.stderr.splitlines() if line]
    assert len(lines) == 1 and needle in lines[0], res.stderr


@pytest.mark.slow
def test_cli_stops_the_cartesian_count_at_the_time_limit(built):
    out, _ = built
    start = time.monotonic()
    res = kg_cli("query", CARTESIAN, "--store", str(out), "--timeout", "1.5")
    one_line(res, "stopped after 1.5 s")
    assert time.monotonic() - start < 15


@pytest.mark.slow
@pytest.mark.parametrize("text,needle", [(DEEP_FILTER, "more than 100 deep"), (MANY_UNIONS, "more than 1000 UNIONs")])
def test_cli_refuses_deep_and_wide_queries_without_crashing(built, tmp_path, text, needle):
    out, _ = built
    rq = tmp_path / "q.rq"
    rq.write_text(text)
    one_line(kg_cli("query", str(rq), "--store", str(out)), needle)


@pytest.mark.slow
def test_cli_refuses_service_unless_allowed(built):
    out, _ = built
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    one_line(kg_cli("query", q, "--store", str(out)), "--allow-service")
    # allowed, it is tried (port 9 answers nothing) and fails as a query, still in one line
    one_line(kg_cli("query", q, "--store", str(out), "--allow-service"), "query failed")


def test_library_stops_the_cartesian_count_and_goes_on(built):
    out, _ = built
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match="stopped after 1 s"):
        kg.query(CARTESIAN, store=out, timeout=1)
    assert time.monotonic() - start < 10
    # the killed worker is replaced: the next query is answered
    assert kg.query("ASK { ?s a kg:Fact }", store=out).boolean is True


def test_library_refuses_results_over_the_row_limit(built):
    out, _ = built
    with pytest.raises(QueryTooLarge, match="more than 5 rows"):
        kg.query("SELECT * WHERE { ?s ?p ?o }", store=out, max_rows=5)
    assert len(kg.query("SELECT * WHERE { ?s ?p ?o } LIMIT 5", store=out, max_rows=5)) == 5


def test_library_stops_a_query_at_the_memory_limit(built):
    out, _ = built
    with pytest.raises(QueryTooLarge, match="300 MB"):
        kg.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i", store=out,
                 max_memory_mb=300, timeout=60)


@pytest.mark.parametrize("text,needle", [
    (DEEP_FILTER, "more than 100 deep"),
    (MANY_UNIONS, "more than 1000 UNIONs"),
    ("SELECT * WHERE { service <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }", "read-only"),
])
def test_check_refuses_before_the_engine(text, needle):
    with pytest.raises(QueryRefused, match=needle):
        check(text)


@pytest.mark.parametrize("text", [
    'SELECT * WHERE { ?s ?p "SERVICE ((((" }',  # inside a string
    "SELECT * WHERE { ?s <http://x/SERVICE> ?o } # SERVICE in a comment",
    "SELECT ?service WHERE { ?service kg:service ?o }",  # a variable and a prefixed name
    "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 50) + " }",
])
def test_check_lets_ordinary_queries_through(text):
    check(text)


def test_service_is_allowed_when_asked():
    check("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", Limits(allow_service=True))


@pytest.mark.slow
def test_ctrl_c_stops_a_running_query(built):
    """Issue 10, item 4: the cartesian query ignored Ctrl-C. Now the command stops at once."""
    import signal

    out, _ = built
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "query", CARTESIAN,
                             "--store", str(out), "--timeout", "60"], stderr=subprocess.PIPE, text=True,
                            preexec_fn=as_from_a_terminal)
    wait_until_busy(proc.pid, cpu_seconds=2.5)  # past start-up (under 1 s of CPU), deep in the engine
    assert proc.poll() is None
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert proc.returncode == 130 and time.monotonic() - sent < 5
    assert err.strip() == "kg: interrupted; the query was stopped"


def wait_until_busy(pid: int, *, cpu_seconds: float, limit: float = 60) -> None:
    """Wait until a process has used this much CPU time (Linux /proc; elsewhere a fixed wait)."""
    import os

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            time.sleep(5)
            return
        if (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK") >= cpu_seconds:
            return
        time.sleep(0.1)
