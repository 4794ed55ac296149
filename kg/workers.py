"""Parsing with several processes (`kg build --jobs N`), made to stop cleanly.

spaCy's own `n_process` pool, tried first, hung the parent after Ctrl-C, printed a traceback
per worker, and left its workers running (about 180 MB each) after the parent was killed.
This pool is small and owns its processes:

- Ctrl-C is the parent's alone. Workers ignore SIGINT (it is blocked while they start, so a
  Ctrl-C sent to the whole process group cannot catch one half-started); the parent stops
  them with SIGTERM, then SIGKILL, within a few seconds, and no worker prints a traceback.
- A worker never outlives its parent: on Linux the kernel kills it when the parent dies
  (prctl PR_SET_PDEATHSIG); everywhere, the worker exits when its pipe from the parent closes,
  and a watchdog thread exits when the parent's pid is no longer its parent.
- One chunk of articles in flight per worker over its own pipe: nothing piles up in memory,
  and there is no queue feeder thread to block the parent's exit.
- Results come back in corpus order, so the store and the log see what `--jobs 1` gives.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing as mp
import os
import pickle
import signal
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait

from .errors import KGError
from .models import Article, Triple

CHUNK = 4  # articles in a worker's first request: small enough to spread a short corpus
CHUNK_MAX = 32  # then growing with what was sent (an eighth of it) up to this, the batch raw nlp.pipe is measured with
LAST = 2  # articles in a chunk at least, at the end of the corpus
STOP_WAIT = 3.0  # seconds a worker gets to go after SIGTERM before SIGKILL
PR_SET_PDEATHSIG = 1


class WorkerError(KGError):
    """A parsing process died (out of memory, killed from outside)."""


def parse(articles: Iterable[Article], *, jobs: int, nlp, gazetteer, model: str | None = None,
          gazetteers: tuple[str, ...] = (), render: Callable[[Article, list[Triple]], object] | None = None
          ) -> Iterator[tuple]:
    """(article, facts) for every article, in input order, parsed by `jobs` worker processes;
    (article, number of facts, render(article, facts)) when `render` is given (a picklable
    function: the worker turns the facts into what the store loads, off the parent's core, and
    the facts themselves are not sent: unpickling them cost the parent 0.3 ms an article)."""
    pool = _Pool(jobs, nlp, gazetteer, model, gazetteers, render)
    try:
        yield from pool.run(iter(articles))
    finally:
        pool.stop()


class _Pool:
    def __init__(self, jobs: int, nlp, gazetteer, model: str | None, gazetteers: tuple[str, ...], render=None) -> None:
        # fork shares the loaded pipeline with the workers (seconds saved per worker); elsewhere
        # each worker loads it again
        fork = sys.platform == "linux" and "fork" in mp.get_all_start_methods()
        ctx = mp.get_context("fork" if fork else "spawn")
        self.procs: list = []
        self.conns: list[Connection] = []
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if hasattr(signal, "pthread_sigmask") else None
        try:
            for _ in range(jobs):
                mine, theirs = ctx.Pipe()
                p = ctx.Process(target=_work, daemon=True, name="kg-parse",
                                args=(theirs, [*self.conns, mine] if fork else [], os.getpid(),
                                      (nlp, gazetteer) if fork else None, model, gazetteers, render))
                p.start()
                theirs.close()
                self.procs.append(p)
                self.conns.append(mine)
        except BaseException:
            self.stop()
            raise
        finally:
            if old is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, old)  # a Ctrl-C held back arrives now

    def run(self, articles: Iterator[Article]) -> Iterator[tuple[Article, list[Triple]]]:
        inflight: dict[Connection, tuple[int, list[Article]]] = {}
        done: dict[int, list[tuple[Article, list[Triple]]]] = {}
        seq = nxt = 0
        sent = 0
        exhausted = False
        ahead: deque[Article] = deque()  # read before they are sent, to see the end of the corpus coming
        more = True
        while True:
            for conn in self.conns:  # keep every idle worker busy
                if conn not in inflight and not exhausted:
                    size = min(CHUNK_MAX, max(CHUNK, sent // 8))  # a short corpus stays spread over the workers
                    while more and len(ahead) < size * len(self.conns):
                        a = next(articles, None)
                        more = a is not None
                        if more:
                            ahead.append(a)
                    if not more:  # the last articles in small chunks: the workers end together, not one
                        size = min(size, max(LAST, -(-len(ahead) // (2 * len(self.conns)))))  # a chunk apart
                    chunk = [ahead.popleft() for _ in range(min(size, len(ahead)))]
                    sent += len(chunk)
                    if not chunk:
                        exhausted = True
                        break
                    conn.send(chunk)
                    inflight[conn] = (seq, chunk)
                    seq += 1
            if not inflight:
                break
            for conn in wait(list(inflight)):
                n, chunk = inflight.pop(conn)
                try:
                    got, err = conn.recv()
                except (EOFError, OSError):
                    proc = self.procs[self.conns.index(conn)]
                    proc.join(1)
                    raise WorkerError(f"a parsing process died (exit code {proc.exitcode}) while reading "
                                      f"{chunk[0].path}; try fewer --jobs, or --jobs 1") from None
                if err is not None:
                    raise err
                done[n] = [(a, *r) for a, r in zip(chunk, got)]
            while nxt in done:
                yield from done.pop(nxt)
                nxt += 1

    def stop(self) -> None:
        """End every worker, whatever state it is in; bounded in time, quiet, and deaf to a second Ctrl-C."""
        with deaf_to_ctrl_c():
            for c in self.conns:
                c.close()  # a waiting worker sees its pipe close and leaves
            end_processes(self.procs)
            self.procs, self.conns = [], []


@contextmanager
def frozen() -> Iterator[None]:
    """The objects loading made (the pipeline's, the gazetteer's: hundreds of thousands, all alive
    to the end) kept out of the garbage collector's full passes while articles are parsed: each
    pass walked them all, in the build's process and in every forked parser (there also
    dirtying the pages it shares with the parent). Given back to the collector afterwards, so a
    long-lived process (kg watch, tests) frees what the build left. A caller that froze first
    (kg watch, for all its rebuilds) keeps its freeze: it gives it back itself."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


_aside: tuple[int, ...] | None = None  # inside collector_aside(): the collector's thresholds to give back


@contextmanager
def collector_aside() -> Iterator[None]:
    """A build's garbage collection: none while the pipeline and the gazetteer load (they make
    hundreds of thousands of objects and no garbage, yet set off three full passes, 0.3-0.5 CPU-s
    before the parsing can start), then, from set_aside(), what loading made kept out of every
    pass to the end of the build: a full pass in the merged graph's phase walked it all again
    (0.36 CPU-s of the serial tail at 500 articles). Given back to the collector when the build
    ends; a caller that manages the collector itself (kg watch, which froze first) is left alone.
    The collector is stopped by a zero threshold, not gc.disable(): srsly's msgpack, which loads
    the model, calls gc.enable() after each read."""
    global _aside
    if _aside is not None or gc.get_freeze_count() or not gc.isenabled() or not gc.get_threshold()[0]:
        yield
        return
    _aside = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        threshold, _aside = _aside, None
        gc.unfreeze()
        gc.set_threshold(*threshold)


def set_aside() -> None:
    """Loading is done: what it made (since the last call) is frozen and the collector runs
    again, for what follows."""
    if _aside is not None:
        gc.freeze()
        gc.set_threshold(*_aside)


@contextmanager
def deaf_to_ctrl_c() -> Iterator[None]:
    """While processes are being stopped, a second Ctrl-C must not leave them half stopped."""
    try:
        old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing to shield
        old = None
    try:
        yield
    finally:
        if old is not None:
            signal.signal(signal.SIGINT, old)


def end_processes(procs: list) -> None:
    """Terminate, then kill what is still there after STOP_WAIT: bounded in time whatever they do."""
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(STOP_WAIT)
        if p.is_alive():
            p.kill()
            p.join(STOP_WAIT)


def _work(conn: Connection, inherited: list[Connection], parent: int, loaded, model, gazetteers, render) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with(parent)
    for c in inherited:  # the parent's ends of the pipes: only the parent may hold them open
        c.close()
    if loaded is None:
        from .gazetteer import load as load_gazetteer
        from .nlp import load_pipeline

        loaded = (load_pipeline(model, tuple(gazetteers)), load_gazetteer(tuple(gazetteers)))
    nlp, gaz = loaded
    from .extract import extract

    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):  # the parent is gone or done
            return
        try:
            got = [(facts,) if render is None else (len(facts), render(art, facts))
                   for art, facts in extract(chunk, nlp=nlp, gazetteer=gaz)]
            reply: tuple = (got, None)
        except Exception as exc:  # noqa: BLE001 - sent to the parent, which raises it
            reply = (None, _portable(exc))
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


def _portable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return RuntimeError("".join(traceback.format_exception(exc)).strip())


def _die_with(parent: int) -> None:
    if sys.platform == "linux":
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="kg-parent-watch").start()
