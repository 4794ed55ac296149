"""Query workers (the build's parsing workers are kg.workers): processes that hold a store
open read-only and answer queries, so that a query past its time or memory limit can really
be stopped (its process is killed) without touching the caller. The library keeps one small pool per store for the life of the Python
process; `kg serve` keeps a larger one. A worker reopens the store when its files change, so a
rebuild is seen by the next query."""
from __future__ import annotations

import atexit
import multiprocessing as mp
import os
import queue
import threading
import time
from collections import OrderedDict
from pathlib import Path

from .errors import KGError, QueryError
from .guard import Limits, QueryTimeout, QueryTooLarge, memory_message, resident_mb, timeout_message

_CTX = mp.get_context("spawn")  # no fork: callers (notebooks, the server) run threads


def _store_signature(source: str) -> tuple:
    """Names, sizes and times of the store's files: they change with every write."""
    p = Path(source)
    try:
        if p.is_dir():
            return tuple(sorted((f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in p.iterdir()))
        return (p.stat().st_size, p.stat().st_mtime_ns)
    except OSError:
        return ()


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill this worker when the process that started it dies, so a
    killed caller leaves no worker computing."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker_main(conn, source: str) -> None:
    _die_with_parent()
    from .query import execute
    from .store import GraphStore

    store, signature = None, None
    try:  # open the store before saying ready, so a query's time limit counts the query alone
        signature = _store_signature(source)
        store = GraphStore.open_any(source)
    except KGError:
        store = None  # said again, as the error of the first query
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            now = _store_signature(source)
            if store is None or now != signature:
                store, signature = None, now
                store = GraphStore.open_any(source)
            reply = ("ok", execute(store, job["sparql"], as_of=job.get("as_of"), max_rows=job["max_rows"],
                                   render=job.get("render")))
        except KGError as exc:
            reply = ("error", type(exc).__name__, str(exc))
        except Exception as exc:  # noqa: BLE001 - anything else from the engine is the query's failure
            reply = ("error", "QueryError", f"query failed: {(str(exc) or type(exc).__name__).splitlines()[0]}")
        conn.send(reply)


class Worker:
    def __init__(self, source: str) -> None:
        self.conn, child = _CTX.Pipe()
        self.proc = _CTX.Process(target=_worker_main, args=(child, source), daemon=True, name="kg-query-worker")
        self.proc.start()
        child.close()
        self.ready = False

    def wait_ready(self, seconds: float = 120.0) -> None:
        """A new worker imports kg and opens the store (about half a second) before its first job."""
        if self.ready:
            return
        deadline = time.monotonic() + seconds
        while not self._ready():
            if not self.proc.is_alive() or time.monotonic() > deadline:
                self.kill()
                raise QueryError(f"a query worker could not start (exit code {self.proc.exitcode})")
        try:
            self.conn.recv()
        except (EOFError, OSError):
            raise QueryError(f"a query worker could not start (exit code {self.proc.exitcode})") from None
        self.ready = True

    def run(self, job: dict, limits: Limits):
        """Send one job and wait for its answer; at a limit, kill the process and raise."""
        self.wait_ready()
        try:
            self.conn.send(job)
        except OSError:
            raise QueryError(f"the query worker had stopped (exit code {self.proc.exitcode}); try again") from None
        start = time.monotonic()
        while not self._ready():
            if not self.proc.is_alive():
                raise QueryError(f"the query stopped its worker (exit code {self.proc.exitcode}); simplify it")
            if time.monotonic() - start > limits.timeout:
                self.kill()
                raise QueryTimeout(timeout_message(limits))
            if resident_mb(self.proc.pid) > limits.max_memory_mb:
                self.kill()
                raise QueryTooLarge(memory_message(limits))
        try:
            reply = self.conn.recv()
        except (EOFError, OSError):
            raise QueryError(f"the query stopped its worker (exit code {self.proc.exitcode}); simplify it") from None
        if reply[0] == "ok":
            return reply[1]
        from . import errors, guard

        cls = getattr(guard, reply[1], None) or getattr(errors, reply[1], QueryError)
        raise cls(reply[2])

    def _ready(self) -> bool:
        try:
            return self.conn.poll(0.01)
        except (EOFError, OSError):
            return True  # recv() says what happened

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def close(self) -> None:
        self.conn.close()  # the worker sees end of file and returns
        self.proc.join(2)
        if self.proc.is_alive():
            self.kill()


class WorkerPool:
    """Up to `size` workers over one store; a query waits for a free one. A killed worker is
    replaced at once in the background so the next query does not wait for its start."""

    def __init__(self, source: str | Path, *, size: int = 1, prestart: bool = False) -> None:
        self.source, self.size = str(source), size
        self.idle: queue.LifoQueue[Worker] = queue.LifoQueue()
        self.count = 0
        self.lock = threading.Lock()
        self.closed = False
        if prestart:
            for _ in range(size):
                self._add()

    def _add(self) -> None:
        with self.lock:
            self.count += 1
        try:
            self.idle.put(Worker(self.source))
        except Exception:
            with self.lock:
                self.count -= 1
            raise

    def run(self, job: dict, limits: Limits):
        if self.closed:
            raise QueryError("the query workers were shut down")
        worker = None
        with self.lock:
            grow = self.idle.empty() and self.count < self.size
            if grow:
                self.count += 1
        if grow:
            try:
                worker = Worker(self.source)
            except Exception:
                with self.lock:
                    self.count -= 1
                raise
        else:
            worker = self.idle.get()
        try:
            result = worker.run(job, limits)
        except (QueryTimeout, QueryTooLarge, QueryError) as exc:
            if worker.proc.is_alive() and not worker.conn.closed:
                self._release(worker)  # an ordinary query error: the worker is fine
            else:
                self._replace(worker)
            raise exc from None
        except BaseException:
            worker.kill()
            self._replace(worker)
            raise
        self._release(worker)
        return result

    def _release(self, worker: Worker) -> None:
        if self.closed:
            worker.close()
        else:
            self.idle.put(worker)

    def _replace(self, dead: Worker) -> None:
        with self.lock:
            self.count -= 1
        if not self.closed:
            threading.Thread(target=self._add, daemon=True).start()

    def close(self) -> None:
        self.closed = True
        while True:
            try:
                self.idle.get_nowait().close()
            except queue.Empty:
                break


_POOLS: OrderedDict[str, WorkerPool] = OrderedDict()
_POOLS_LOCK = threading.Lock()
MAX_POOLS = 4  # stores queried recently keep their worker; an older one's worker is stopped


def store_source(source: str | Path) -> str:
    """What a worker opens: the store directory of a build folder, else the path as given."""
    p = Path(source)
    return os.path.abspath(p / "store" if (p / "store").is_dir() else p)


def pool_for(source: str | Path) -> WorkerPool:
    """The library's pool for one store: one worker, started on first use."""
    key = store_source(source)
    with _POOLS_LOCK:
        if key not in _POOLS:
            _POOLS[key] = WorkerPool(key, size=1)
            while len(_POOLS) > MAX_POOLS:
                _POOLS.popitem(last=False)[1].close()
        _POOLS.move_to_end(key)
        return _POOLS[key]


@atexit.register
def _close_all() -> None:
    for pool in list(_POOLS.values()):
        pool.close()
