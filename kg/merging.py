"""A whole recompute of the merged graph, in a short-lived process of its own (issue 13, flat memory).

When a build recomputes the merged graph whole (a first build, or one that changed much of the
corpus), its process still holds the loaded pipeline, the gazetteer and what the parse loop
left in the store's caches; Oxigraph's reads of every reading and its bulk loads of the new
facts came on top, and the end of the build was its peak, growing with the corpus (367 MiB at
1,000 articles, 478 MiB at 10,000). Here the decisions are laid and the merged graph recomputed
in a fresh process (a new interpreter, `python -m kg.merging`: it shares no pages with the build's and
loads neither spaCy nor the pipeline; not multiprocessing's spawn, which would run the caller's
script again in it), which opens the store, does that work (with the compaction beside it
on a first build, as before), closes the store and exits, handing all of its memory back. The
build's process closes its handle first (only one process may open a RocksDB store) and opens
the store again afterwards.

Nothing about crash safety changes: the merged graph's marker is removed before the graph is
emptied and written after it (GraphStore.refresh_merged), so a process stopped or killed half
way leaves a store that the next build completes. Errors come back to the build as they were
raised (a full disk is the same one-line StoreError); the warnings (stale decisions) too.
"""
from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
from pathlib import Path

from .errors import StoreError
from .review_apply import Review
from .store import GraphStore

ALONE_FROM = 400  # article graphs from which the recompute runs in its own process (~0.5 s to start one)


def alone() -> bool:
    """Whether a process of its own can be started: an interpreter to run (not so when embedded)."""
    return bool(sys.executable) and os.path.exists(sys.executable)


def recompute(store: GraphStore, review: Review, marker: str, *, qids: dict[str, str], out: Path,
              warn, compact: bool) -> None:
    """Review.apply(..., incremental=False) on `store` in a process of its own, the compaction
    beside it when `compact`; `store` is closed meanwhile and open again when this returns,
    whatever happened."""
    from .workers import deaf_to_ctrl_c, end_processes

    job = pickle.dumps((str(store.path), review.decisions, review.path, marker, qids, str(out), compact, os.getpid()))
    env = dict(os.environ)  # this very kg, wherever it was imported from
    here = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
    store.release()
    gc.collect()  # a query result left unreferenced in a cycle would keep the store open
    proc = None
    try:
        proc = subprocess.Popen([sys.executable, "-m", "kg.merging"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                env=env)
        reply, _ = proc.communicate(job)
        try:
            kind, payload, warnings = pickle.loads(reply)
        except Exception:  # noqa: BLE001 - it died without a word (killed, out of memory)
            raise StoreError(f"{store.path}: the process computing the merged graph stopped (exit code "
                             f"{proc.returncode}); run the same command again: the next build completes it") from None
    except BaseException:
        if proc is not None and proc.poll() is None:
            with deaf_to_ctrl_c():
                end_processes([_Popen(proc)])
        raise
    finally:
        store.reopen()
    for w in warnings:
        if warn:
            warn(w)
    if kind == "error":
        raise payload


class _Popen:
    """A subprocess as workers.end_processes stops one."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.proc = proc

    def is_alive(self) -> bool:
        return self.proc.poll() is None

    def terminate(self) -> None:
        self.proc.terminate()

    def kill(self) -> None:
        self.proc.kill()

    def join(self, seconds: float) -> None:
        try:
            self.proc.wait(seconds)
        except subprocess.TimeoutExpired:
            pass


def _main() -> None:
    """The process: the job on stdin, the reply on stdout (anything else printed goes to stderr)."""
    from .workers import _die_with, _portable

    reply_to = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    path, decisions, review_path, marker, qids, out, compact, parent = pickle.loads(sys.stdin.buffer.read())
    _die_with(parent)  # the build gone, nothing is left computing (the next build starts over)
    warnings: list[str] = []
    try:
        from .build import _compacting

        store = GraphStore(path)
        try:
            beside = _compacting(store) if compact else None
            try:
                Review(decisions, path=review_path).apply(store, marker, qids=qids, out=Path(out),
                                                          warn=warnings.append, incremental=False)
            except BaseException:
                if beside is not None:
                    beside(quiet=True)
                raise
            if beside is not None:
                beside()
            store.flush()
        finally:
            store.close()
        reply = ("ok", None, warnings)
    except BaseException as exc:  # noqa: BLE001 - raised again in the build's process
        reply = ("error", _portable(exc), warnings)
    reply_to.write(pickle.dumps(reply))
    reply_to.close()


if __name__ == "__main__":
    _main()
