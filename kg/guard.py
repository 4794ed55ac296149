"""The query guard: limits every SPARQL query before and while it runs.

A query is text from whoever holds the keyboard or the socket. Before the engine sees it, a
scan of its tokens refuses what would crash or misuse the engine: nesting deeper than
MAX_DEPTH brackets or more than MAX_UNIONS UNIONs (Oxigraph's recursive parser overflows its
stack on a few thousand and the process dies with a segfault), and SERVICE, which makes the
engine fetch remote endpoints (a server-side request forgery hole behind `kg serve`) unless
the caller allows it. While it runs, a time limit and a memory limit are enforced from outside
the engine, which cannot be interrupted: the query runs in a worker process that is killed at
the limit (kg.querypool, for the library and the server), or, for the one-shot command line, in
a thread of a process that exits at the limit. Results above max_rows are refused, not cut.
"""
from __future__ import annotations

import os
import re
import sys
import threading
import time
from collections import namedtuple

from .errors import QueryError

MAX_DEPTH = 100
MAX_UNIONS = 1000
MAX_QUERY_CHARS = 2_000_000


class QueryRefused(QueryError):
    """The query's text is refused before it runs (too deep, too many UNIONs, SERVICE, an update)."""


class QueryTimeout(QueryError):
    """The query ran past its time limit and was stopped."""


class QueryTooLarge(QueryError):
    """The query's result or memory use went past its limit and it was stopped."""


# timeout: seconds of wall-clock time; max_rows: result rows (SELECT) or triples
# (CONSTRUCT/DESCRIBE); max_memory_mb: resident memory of the process running the query.
# A named tuple, not a dataclass: `kg query` loads this module at every start, and dataclasses
# imports inspect, ast and tokenize (~10 ms).
_LimitFields = namedtuple("_LimitFields", ("timeout", "max_rows", "max_memory_mb", "allow_service"),
                          defaults=(30.0, 1_000_000, 2048, False))


class Limits(_LimitFields):
    """What a query may use, immutable."""

    __slots__ = ()

    def but(self, **changes) -> "Limits":
        """These limits with some changed; None keeps the value."""
        return self._replace(**{k: v for k, v in changes.items() if v is not None})


# One regular expression walks the query in SPARQL's own tokens, so that brackets, keywords
# and '#' inside strings, IRIs and comments are not counted.
_TOKENS = re.compile(r'''
  (?P<comment>\#[^\n]*)
| (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
| (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
| (?P<name>[?$][\w]+|[\w.-]*:[\w.:%-]*)
| (?P<word>[A-Za-z_]\w*)
| (?P<open>[({\[])
| (?P<close>[)}\]])
| \s+ | .
''', re.VERBOSE | re.DOTALL)

UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
QUERY_WORDS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def check(sparql: str, limits: Limits = Limits()) -> None:
    """Refuse a query whose text would crash the engine, reach out to the network or write."""
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryRefused(f"the query is {len(sparql):,} characters long; the limit is {MAX_QUERY_CHARS:,}")
    depth = deepest = unions = 0
    first_word = None
    for m in _TOKENS.finditer(sparql):
        kind = m.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                raise QueryRefused(f"the query nests brackets more than {MAX_DEPTH} deep; simplify it")
        elif kind == "close":
            depth -= 1
        elif kind == "word":
            word = m.group().upper()
            if first_word is None and word not in ("PREFIX", "BASE"):
                first_word = word
            if word == "UNION":
                unions += 1
                if unions > MAX_UNIONS:
                    raise QueryRefused(f"the query has more than {MAX_UNIONS} UNIONs; use VALUES or split it")
            elif word == "SERVICE" and not limits.allow_service:
                raise QueryRefused("SERVICE (a federated query to another endpoint) is off; "
                                   "allow it with --allow-service")
    if first_word in UPDATE_WORDS:
        raise QueryRefused(f"{first_word} is a SPARQL update; the store is read-only here")


def resident_mb(pid: int | None = None) -> float:
    """Resident memory of a process in MB (Linux /proc; elsewhere the peak of this process)."""
    try:
        with open(f"/proc/{pid or 'self'}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        if pid:
            return 0.0
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (2**20 if sys.platform == "darwin" else 2**10)


def run_or_exit(work, limits: Limits, *, on_stop):
    """Run work() in a thread of this process; at the time or memory limit, or on Ctrl-C,
    call on_stop(message) and end the process at once (the engine cannot be interrupted, and
    a one-shot command has nothing else to lose: the store is open read-only). For the
    command line, which thus pays no process start per query."""
    box: dict = {}

    def target():
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the caller's thread, without the frames that
            # still hold the engine's result objects (which must be freed on this thread)
            box["error"] = type(exc)(str(exc)) if isinstance(exc, QueryError) else exc.with_traceback(None)

    thread = threading.Thread(target=target, daemon=True, name="kg-query")
    start = time.monotonic()
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.02)
            if time.monotonic() - start > limits.timeout:
                on_stop(str(QueryTimeout(timeout_message(limits))), 2)
            if resident_mb() > limits.max_memory_mb:
                on_stop(str(QueryTooLarge(memory_message(limits))), 2)
    except KeyboardInterrupt:
        on_stop("interrupted; the query was stopped", 130)
    if "error" in box:
        raise box["error"]
    return box["value"]


def timeout_message(limits: Limits) -> str:
    return f"the query was stopped after {limits.timeout:g} s (the time limit; raise it with --timeout)"


def memory_message(limits: Limits) -> str:
    return (f"the query was stopped at {limits.max_memory_mb} MB of memory (the limit; add LIMIT, "
            "or raise it with --max-memory)")


def rows_message(limits: Limits) -> str:
    return f"the result has more than {limits.max_rows:,} rows (the limit); add LIMIT, or raise it with --max-rows"


def exit_now(message: str, code: int) -> None:
    """on_stop for the command line: one line on stderr, then end the process without waiting
    for the engine's thread."""
    sys.stdout.flush()
    sys.stderr.write(f"kg: error: {message}\n" if code != 130 else f"kg: {message}\n")
    sys.stderr.flush()
    os._exit(code)
