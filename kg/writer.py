"""Store writes beside the parser: `kg build` hands each batch of parsed articles to a writer
thread and goes on parsing the next ones.

Oxigraph loads N-Quads text without holding Python's lock, so the loading (about two thirds
of a batch's store CPU) runs on the second core while spaCy and the rules hold the first; the
rendering of the text holds the lock, like any Python code (with --jobs N the parsing
processes render their own). One batch is in flight at a time, so at most two batches are
held, and the articles are written in corpus order.

What a caller sees does not change: an article is reported (`on_written`) only once its
graph is in the store, from the caller's thread; an error in the writer (a full disk) is
raised in the caller's thread at its next `put` or `wait`, after which nothing more is
written; and `close` (or leaving the `with` block) waits for the write in flight, so what
was parsed before a stop or a failure is kept and nothing is written after the build returns.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from .rdfarticle import Rendered
from .store import GraphStore

Item = tuple  # (article, facts, built_with, rendered or None)
START_GRACE = 2.0  # seconds a thread created just as Ctrl-C came takes to show it began, at most


class BatchWriter:
    def __init__(self, store: GraphStore, *, extractor: str, on_written: Callable[[list[Item]], None],
                 flush_every: int) -> None:
        self.store, self.extractor, self.on_written, self.flush_every = store, extractor, on_written, flush_every
        self.thread: threading.Thread | None = None
        self.began = threading.Event()  # set by the writer thread first thing
        self.batch: list[Item] = []
        self.error: BaseException | None = None
        self.since_flush = 0

    def put(self, batch: list[Item]) -> None:
        """Write `batch` in the background, once the batch before it is written (and reported)."""
        self.wait()
        if not batch:
            return
        self.batch = list(batch)
        self.began = threading.Event()
        self.thread = threading.Thread(target=self._write, name="kg-store-writer", daemon=True)
        try:
            self.thread.start()
        except BaseException:  # a Ctrl-C inside start(): the thread may or may not exist
            if not self.began.wait(START_GRACE):
                self.thread = None  # it never began: nothing to join (joining it would raise)
            raise

    def wait(self) -> None:
        """Wait for the batch in flight; report it, or raise the error that stopped it."""
        if self.thread is None:
            return
        self.thread.join()
        self.thread = None
        batch, self.batch = self.batch, []
        if self.error is not None:
            err, self.error = self.error, None
            raise err
        self.on_written(batch)

    def poll(self) -> None:
        """Report the batch in flight if it is written (or raise its error); never waits."""
        if self.thread is not None and not self.thread.is_alive():
            self.wait()

    def _write(self) -> None:
        self.began.set()
        try:
            rendered: list[Rendered] | None = None
            if all(item[3] is not None for item in self.batch):
                rendered = [item[3] for item in self.batch]
            self.store.write_articles([item[:3] for item in self.batch], extractor=self.extractor, rendered=rendered)
            self.since_flush += len(self.batch)
            if self.since_flush >= self.flush_every:  # else the store's write-ahead log grows with the corpus
                self.store.flush()
                self.since_flush = 0
        except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread by wait()
            self.error = exc

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        """Never leave a write running: the store is closed next. A failed write's error is
        raised by wait() when the caller asks; here, after another error, it is dropped."""
        if self.thread is not None:
            self.thread.join()
            self.thread = None
