"""Parsing and extraction on a Dask cluster (`kg build --executor dask [--scheduler tcp://HOST:PORT]`).

The same contract as `workers.parse`: articles in, (article, facts) out, plain records only.
What stays on this machine: reading the corpus, deciding what changed (the settings hash), the
store and the exports. What goes to the cluster: batches of changed articles, and once, the
extraction settings (model name, the content of the user's gazetteer files: workers need not
share a filesystem with this machine). Each worker process loads the pipeline once per settings.

Results stream back as batches finish, in whatever order the cluster finishes them; each article
is its own named graph, so the store ends up the same as after a local build (tested).
A few batches per worker thread are in flight at any time, never the whole corpus.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
import socket
import tempfile
import threading
import warnings
from contextlib import suppress
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .errors import KGError
from .models import Article, Triple

BATCH = 16  # articles per task: a second or two of parsing (scheduling costs ms), and a short corpus still spreads
PER_THREAD = 2  # batches in flight per worker thread: one parsing, one waiting, none piling up
CONNECT_TIMEOUT = 10.0  # seconds
POLL = 5.0  # seconds between checks that the cluster still has workers
NO_WORKERS = 60.0  # seconds without any worker before the build gives up
INSTALL = "pip install 'kg[cluster]'"


class ClusterError(KGError):
    """The Dask cluster cannot be reached, was lost, or its workers cannot run this kg."""


@dataclass(frozen=True)
class Settings:
    """What a worker needs to extract exactly as this machine would."""

    model: str | None
    gazetteers: tuple[tuple[str, bytes], ...]  # (file name, content) of the user's files, in order
    fingerprint: str  # extractor, rules and built-in gazetteer on this machine (build.settings_hash)
    key: str = field(init=False)

    def __post_init__(self) -> None:
        h = hashlib.sha256(f"{self.model}|{self.fingerprint}".encode())
        for name, data in self.gazetteers:
            h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
        object.__setattr__(self, "key", h.hexdigest()[:16])


def parse(articles: Iterable[Article], *, scheduler: str | None = None, workers: int = 2,
          model: str | None = None, gazetteers: tuple[str, ...] = (), batch: int | None = None,
          warn: Callable[[str], None] | None = None) -> Iterator[tuple[Article, list[Triple]]]:
    """(article, facts) for every article that the cluster could read, as batches complete.
    scheduler: the address of a running Dask scheduler; None starts a LocalCluster of `workers`
    processes on this machine for the length of the build. An article whose extraction fails on a
    worker is reported through `warn` (naming its file) and left out; the build goes on."""
    from .build import settings_hash

    warn = warn or (lambda msg: None)
    distributed = _distributed()
    settings = Settings(model, tuple((Path(g).name, Path(g).read_bytes()) for g in gazetteers),
                        settings_hash(model, ()))
    client, cluster = _connect(distributed, scheduler, workers)
    try:
        yield from _stream(distributed, client, iter(articles), settings, batch or BATCH, warn)
    finally:
        _close(client, cluster)


def _distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterError(f"--executor dask needs the Dask distributed package: {INSTALL}") from None
    return distributed


def _connect(distributed, scheduler: str | None, workers: int):
    """A client of the given scheduler (checked with a plain TCP connection first, so a wrong
    address fails in seconds with one line), or of a new LocalCluster."""
    if scheduler is None:
        # a cluster of our own, for this build only: its start and stop chatter is not the user's
        with warnings.catch_warnings():  # its status page moves off a busy port 8787: nothing to tell
            warnings.filterwarnings("ignore", message="Port .* is already in use")
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
        try:
            return distributed.Client(cluster, set_as_default=False), cluster
        except BaseException:
            cluster.close()
            raise
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, loc = parse_address(scheduler, strict=False)
        if scheme not in ("tcp", "tls"):
            raise ValueError(f"unsupported scheme {scheme!r}")
        host, port = parse_host_port(loc)
        if not port:
            raise ValueError("no port")
    except (ValueError, TypeError) as exc:
        raise ClusterError(f"{scheduler}: not a Dask scheduler address ({exc}); "
                           "expected tcp://HOST:PORT, as `dask scheduler` prints it") from None
    try:
        socket.create_connection((host, port), timeout=CONNECT_TIMEOUT).close()
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except OSError as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({exc.strerror or exc}); "
                           "start it with `dask scheduler` or check the address; the store keeps what it held") from None
    return client, None


def _close(client, cluster) -> None:
    for thing in (client, cluster):
        if thing is not None:
            with suppress(Exception):  # a cluster that is already gone needs no closing
                thing.close()


def _stream(distributed, client, articles: Iterator[Article], settings: Settings, batch: int,
            warn: Callable[[str], None]) -> Iterator[tuple[Article, list[Triple]]]:
    no_workers = ClusterError(f"the Dask scheduler has had no workers for {NO_WORKERS:g} s; "
                              f"start some with `dask worker {client.scheduler.address}`")
    try:
        try:
            client.wait_for_workers(1, timeout=NO_WORKERS)
        except TimeoutError:
            raise no_workers from None
        spec = client.scatter(settings, broadcast=True)  # sent once per worker, not once per task
        pending: dict = {}  # future -> its articles, in submission order
        window = PER_THREAD * max(_threads(client), 1)
        exhausted = False
        idle = 0.0
        while True:
            while not exhausted and len(pending) < window:
                chunk = list(islice(articles, batch))
                if not chunk:
                    exhausted = True
                    break
                pending[client.submit(_TASK, pickle.dumps(chunk), spec, pure=False)] = chunk
            if not pending:
                return
            with client.as_current():
                try:
                    done = distributed.wait(list(pending), timeout=POLL, return_when="FIRST_COMPLETED").done
                except TimeoutError:
                    done = set()
            if not done:  # workers may have joined or left meanwhile
                threads = _threads(client)
                idle = idle + POLL if threads == 0 else 0.0
                if idle >= NO_WORKERS:
                    raise no_workers
                window = PER_THREAD * max(threads, 1)
                continue
            for fut in [f for f in pending if f in done]:
                chunk = pending.pop(fut)
                results, logged = _result(distributed, fut, chunk)
                fut.release()
                for msg in logged:
                    warn(msg)
                for art, (facts, err) in zip(chunk, results):
                    if err is not None:
                        warn(f"{art.path}: skipped: extraction failed on a Dask worker ({err}); "
                             "it is tried again on the next build")
                    else:
                        yield art, facts
    except OSError as exc:  # the scheduler went away mid-build (CommClosedError is an OSError)
        raise ClusterError(f"lost the Dask scheduler ({exc}); the articles stored so far are kept; "
                           "run the same command again to complete the build") from None


def _threads(client) -> int:
    return sum(client.nthreads().values())


def _result(distributed, fut, chunk: list[Article]):
    try:
        return fut.result()
    except KGError as exc:  # the worker's own one-line error: no model there, other rules there
        raise ClusterError(f"on a Dask worker: {exc}") from None
    except distributed.KilledWorker:
        raise ClusterError(f"Dask workers died repeatedly while reading {chunk[0].path} and the next "
                           f"{len(chunk) - 1} articles (out of memory?); the articles stored so far are kept") from None
    except ModuleNotFoundError as exc:
        raise ClusterError(f"a Dask worker cannot import {exc.name}: {INSTALL} and the spaCy model "
                           "on every worker") from None
    except OSError as exc:
        if fut.status != "error":  # the connection, not the task
            raise
        raise ClusterError(f"a Dask worker failed on {chunk[0].path} ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # noqa: BLE001 - whatever a worker raised, the user gets one line
        raise ClusterError(f"a Dask worker failed on {chunk[0].path} ({type(exc).__name__}: {exc})") from None


# --- on the worker ---------------------------------------------------------------------------

def _task():
    """The task as the scheduler sees it. A Dask scheduler unpickles every task it is given: a
    function defined here is pickled by value with no reference to kg, over the articles as bytes,
    so the scheduler needs only Dask; the workers import kg when they run it."""
    def kg_extract(blob: bytes, settings):
        import pickle

        from kg.cluster import run_batch

        return run_batch(pickle.loads(blob), settings)  # noqa: S301 - our own client's articles
    return kg_extract


_TASK = _task()


_LOADED: dict[str, tuple] = {}  # settings key -> (nlp, gazetteer), one pipeline per worker process
LOADS = 0  # pipelines this process has loaded (the tests check: one per worker, not one per task)
_LOAD = threading.Lock()
_USE = threading.Lock()  # a spaCy pipeline is not for concurrent use: a worker's threads take turns


def run_batch(chunk: list[Article], settings: Settings) -> tuple[list[tuple[list[Triple] | None, str | None]], list[str]]:
    """Runs on a worker: each article's facts or its error, and the warnings the rules logged."""
    from .extract import extract

    nlp, gaz = _loaded(settings)
    logged: list[str] = []
    handler = _Collect(logged)
    log = logging.getLogger("kg.extract")
    with _USE:
        log.addHandler(handler)
        try:
            try:
                return [(facts, None) for _, facts in extract(chunk, nlp=nlp, gazetteer=gaz)], logged
            except Exception:  # noqa: BLE001 - find the article at fault, keep the others
                logged.clear()
                return [_one(art, nlp, gaz) for art in chunk], logged
        finally:
            log.removeHandler(handler)


def _one(art: Article, nlp, gaz) -> tuple[list[Triple] | None, str | None]:
    from .extract import extract

    try:
        return next(extract([art], nlp=nlp, gazetteer=gaz))[1], None
    except Exception as exc:  # noqa: BLE001 - reported to the client, which warns and goes on
        return None, f"{type(exc).__name__}: {exc}"


def _loaded(settings: Settings):
    with _LOAD:
        got = _LOADED.get(settings.key)
        if got is not None:
            return got
        from .build import settings_hash
        from .nlp import load

        if settings_hash(settings.model, ()) != settings.fingerprint:
            raise ClusterError("this worker's kg differs from the client's (extraction rules or built-in "
                               "gazetteer); install the same kg version on the client and every worker")
        # the user's gazetteer files, written here under names derived from their content, so the
        # pipeline is built by the same code as a local build's
        folder = Path(tempfile.gettempdir()) / f"kg-gazetteer-{settings.key}"
        folder.mkdir(exist_ok=True)
        paths = []
        for i, (name, data) in enumerate(settings.gazetteers):
            path = folder / f"{i}-{name}"
            path.write_bytes(data)
            paths.append(str(path))
        got = load(settings.model, tuple(paths))
        global LOADS
        LOADS += 1
        _LOADED.clear()  # a new settings replaces the old pipeline rather than joining it
        _LOADED[settings.key] = got
        return got


class _Collect(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())
