"""A cold rebuild's few articles parsed by a process that started importing spaCy at once.

A rebuild after a small change spends about 1.4 CPU-s importing spaCy and loading its pipeline,
and 0.6-0.8 reading the corpus (the read cache, the fingerprint of what changed) before it knows
which articles to parse. In one process these run one after the other, and a thread would not
overlap them (both hold Python's lock). Here, once the build knows it is not a no-op, a process
is forked that imports spaCy, the model's package and kg's pipeline modules, and loads the
gazetteer, while this one reads the corpus (issue 13: the wall clock of a one-article rebuild).
It is then sent the articles to parse, loads the pipeline for them (kg.nlp.load_for, the very
call this process would have made) and runs kg.parsing.extract on them, as this process would
have, sending back each article's facts in order. So the facts are the same, made by the same
code from the same texts; only the process differs.

It is used only where it can overlap something: a build with `--jobs 1` on the local machine,
a second core, fork, and spaCy not imported yet in this process (a resident `kg watch` or a
program that has loaded the pipeline parses in-process, as before). When the corpus turns out
to need no parsing, or more articles than a few-texts pipeline is for, the process is stopped
and this one goes on as before. It stops like the parsing processes (kg/workers.py): deaf to
Ctrl-C, stopped by the parent, gone with it, no traceback of its own.
"""
from __future__ import annotations

import importlib
import multiprocessing as mp
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection

from .models import Article, Triple
from .workers import WorkerError, _die_with, _portable, deaf_to_ctrl_c, end_processes

_END = None


def wanted(jobs: int, local: bool) -> bool:
    """Whether a build should start the loading process: one parsing process asked for, parsed
    here, spaCy not in this process yet, and a core and fork to overlap with. KG_PRELOAD=0 turns
    it off (the same output either way): on a machine whose other core is busy, the overlap costs
    CPU time (two processes at once) and saves no wall time."""
    from .parsing import usable

    return (jobs == 1 and local and "spacy" not in sys.modules and os.environ.get("KG_PRELOAD", "1") != "0"
            and usable())


class Early:
    """The forked process: started at once, told what to parse (extract) or to go (stop)."""

    def __init__(self, model: str | None, gazetteers: tuple[str, ...]) -> None:
        _both(gazetteers)
        ctx = mp.get_context("fork")
        self.conn, theirs = ctx.Pipe()
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # a Ctrl-C now reaches the parent alone
        try:
            self.proc = ctx.Process(target=_serve, daemon=True, name="kg-load",
                                    args=(theirs, self.conn, os.getpid(), model, tuple(gazetteers)))
            self.proc.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
        theirs.close()

    def extract(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Triple]]]:
        """(article, facts) in order, as kg.parsing.extract gives them here."""
        arts = list(articles)
        try:
            self.conn.send(arts)
            for art in arts:
                kind, got = self._recv(art)
                if kind == "error":
                    raise got
                yield art, got
        finally:
            self.stop()

    def _recv(self, art: Article) -> tuple:
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            self.proc.join(1)
            raise WorkerError(f"the parsing process died (exit code {self.proc.exitcode}) while reading "
                              f"{art.path}; try again, or with less memory in use") from None

    def stop(self) -> None:
        """End the process, whatever it is doing; bounded in time and deaf to a second Ctrl-C."""
        with deaf_to_ctrl_c():
            self.conn.close()
            end_processes([self.proc])


def _both(gazetteers: tuple[str, ...]) -> None:
    """What both processes use, done here once before the fork rather than in each after it:
    numpy and importlib.metadata (the read cache here, kg/ingest/readcache.py; spaCy and its
    registries there) and the gazetteer (the entity ruler there, the merged graph's entity ids
    here). This process would do it a moment later anyway."""
    import email.parser  # noqa: F401 - what importlib.metadata reads a package's metadata with
    import importlib.metadata  # noqa: F401

    import numpy.random  # noqa: F401

    from .gazetteer import load as load_gazetteer
    from .ingest import readcache  # noqa: F401 - numpy

    load_gazetteer(gazetteers)


def _warm(model: str | None, gazetteers: tuple[str, ...]) -> None:
    """What loading the pipeline imports and reads before it needs the texts: spaCy (its command
    line left out, kg/nlp.py), the model's package, kg's pipeline modules, the gazetteer and its
    patterns. Nothing here is kept but modules and the gazetteer's own cache."""
    from .gazetteer import load as load_gazetteer
    from .nlp import DEFAULT_MODELS, _import_spacy

    _import_spacy()
    import spacy  # noqa: F401
    import spacy.pipeline.factories  # noqa: F401
    import spacy.tokenizer  # noqa: F401
    import srsly  # noqa: F401

    for name in (model,) if model else DEFAULT_MODELS:
        try:
            importlib.import_module(name)
            break
        except ImportError:
            continue
    from . import attrs, extract, headlines  # noqa: F401 - extract: the rules, their frames and word tables

    load_gazetteer(gazetteers).patterns()


def _serve(conn: Connection, parents: Connection, parent: int, model: str | None,
           gazetteers: tuple[str, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with(parent)
    parents.close()  # the parent's end: only the parent may hold it open
    try:
        _warm(model, gazetteers)
    except Exception:  # noqa: BLE001 - the load below meets the same trouble and reports it
        pass
    try:
        arts = conn.recv()
    except (EOFError, OSError):  # nothing to parse: the parent went on without this process
        return
    try:
        from . import workers
        from .nlp import load_for
        from .parsing import extract

        nlp, gaz = load_for([a.text for a in arts], model, gazetteers)  # as build._loaded does
        workers.set_aside()
        for _, facts in extract(arts, nlp=nlp, gazetteer=gaz):
            conn.send(("facts", facts))
    except Exception as exc:  # noqa: BLE001 - sent to the parent, which raises it (if it still reads)
        try:
            conn.send(("error", _portable(exc)))
        except (OSError, ValueError):
            return
