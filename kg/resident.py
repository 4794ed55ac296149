"""A resident build: build once, keep the pipeline loaded, rebuild when the corpus changes.

An analyst who edits one article of a 2,000-article corpus and runs `kg build` again pays, every
time, for starting Python, importing spaCy and loading the pipeline with its gazetteer patterns:
about 3 CPU-s, more than the 2% of a first build a one-article change may cost (issue 13). A
watcher pays it once. Between rebuilds it only lists the corpus and compares each file's size
and modification time with the last listing; a change is waited on until the listing is stable
(an editor that saves in several writes, a copy of many files, is one rebuild). The rebuild is
`kg.build` itself, with everything it guarantees: the same store and exports as a fresh build,
an article's graph replaced in one transaction, what was stored before a failure kept.

Polling, not file-system events: a listing of a few thousand files costs milliseconds, works
alike on every platform and network file system, and needs no new dependency.
"""
from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import KGError

Listing = dict[str, tuple[int, int, int, int]]  # file -> (size, modification and change times in ns, inode)


@dataclass
class Rebuild:
    """One round of a watcher: what changed in the corpus and what the build made of it."""

    round: int  # 0: the first build
    added: int = 0  # files
    modified: int = 0
    removed: int = 0
    facts_added: int = 0
    facts_removed: int = 0
    facts: int = 0
    articles: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    error: str | None = None  # the build failed: what was built before stays

    @property
    def files(self) -> int:
        return self.added + self.modified + self.removed

    def line(self) -> str:
        what = "first build" if self.round == 0 else \
            f"rebuild {self.round}: {self.files} file{'s' * (self.files != 1)} changed " \
            f"({self.added} added, {self.modified} modified, {self.removed} removed)"
        if self.error:
            return f"kg watch: {what}: failed, what was built before is kept: {self.error}"
        return (f"kg watch: {what}: +{self.facts_added} -{self.facts_removed} facts "
                f"({self.facts} facts, {self.articles} articles) in {self.seconds:.2f} s")


def listing(paths: list[Path], out: Path, extra: tuple[Path, ...] = ()) -> Listing:
    """Every corpus file (as a build would read them) and the extra files (gazetteers, the
    decisions), with what tells an edit apart: size, modification time, change time (which no
    program can set back, unlike the modification time) and inode."""
    from .corpus import iter_files

    found: Listing = {}
    for p in [f for root in paths for f in iter_files(root, exclude=(out,))] + [e for e in extra if e.is_file()]:
        try:
            st = os.stat(p)
        except OSError:
            continue  # gone between the listing and the stat: the next listing says so
        found[str(p)] = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    return found


def _diff(old: Listing, new: Listing) -> tuple[int, int, int]:
    added = sum(1 for f in new if f not in old)
    removed = sum(1 for f in old if f not in new)
    modified = sum(1 for f, v in new.items() if f in old and old[f] != v)
    return added, modified, removed


def watch(paths: list[str | Path], *, out: str | Path = "kg-out", model: str | None = None,
          gazetteers: tuple[str, ...] = (), exports: tuple[str, ...] | None = None, columns: str | None = None,
          decisions: str | Path | None = None, jobs: int = 1, interval: float = 1.0, settle: float = 0.5,
          rounds: int | None = None, duration: float | None = None, retry: float = 30.0,
          on_rebuild: Callable[[Rebuild], None] | None = None,
          on_warning: Callable[[str], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> list[Rebuild]:
    """Build the corpus, then rebuild it each time its files change, until `rounds` rebuilds
    (after the first build) have run or `duration` seconds have passed (None: until Ctrl-C).
    Polls every `interval` seconds; a change is rebuilt once the listing has stayed the same for
    `settle` seconds. A rebuild that fails (a full disk, a store it cannot write) is reported in
    its Rebuild (and `on_rebuild`) and the watcher goes on: the store keeps what was built, and
    the next change, or a poll `retry` seconds after the failure, builds again. The first
    build's errors are raised: then the command itself is wrong. Returns every round."""
    from . import exportcache, kept
    from .build import DEFAULT_EXPORTS, build, check_gazetteers
    from .ingest import digests
    from .nlp import load

    roots = [Path(p) for p in paths]
    out = Path(out)
    exports = DEFAULT_EXPORTS if exports is None else exports
    check_gazetteers(tuple(gazetteers))
    extra = tuple(map(Path, gazetteers)) + ((Path(decisions),) if decisions else ()) + \
        tuple(r / "kg-review.jsonl" for r in roots if r.is_dir())  # the decisions' default place
    deadline = None if duration is None else time.monotonic() + duration
    load(model, tuple(gazetteers))  # once: every rebuild of this process uses it (kg.nlp.load_for)
    done: list[Rebuild] = []
    facts = [0]
    said: list[set[str]] = [set(), set()]  # the warnings of the last round and of this one

    def heard(msg: str) -> None:  # a bad file's warning once, not again at every rebuild while it stays
        said[1].add(msg)
        if on_warning and msg not in said[0]:
            on_warning(msg)

    def run(n: int, change: tuple[int, int, int]) -> bool:
        r = Rebuild(round=n, added=change[0], modified=change[1], removed=change[2])
        t0, c0 = time.perf_counter(), time.process_time()
        state = _stamp(out)
        try:
            rep = build(roots, out=out, model=model, gazetteers=tuple(gazetteers), exports=exports,
                        on_warning=heard, columns=columns, decisions=decisions, jobs=jobs)
        except KGError as exc:
            if n == 0:  # the first build: the command itself failed (no corpus, a bad option)
                raise
            r.error = str(exc)
        else:
            if n == 0:
                from .exportcache import CACHE_DIR, hold_packs, hold_parts

                _take_shares(out)
                hold_packs(out / CACHE_DIR)
                hold_parts(out / CACHE_DIR)  # the view's grouped readings now, not at the first change
            r.facts, r.articles = rep.facts, rep.articles_read
            # the merged graph recomputed: the facts it added (recorded for the review queue)
            r.facts_added = (_facts_added(out) if _stamp(out) != state else 0) if n else rep.facts
            r.facts_removed = max(0, r.facts_added - (rep.facts - facts[0])) if n else 0
            facts[0] = rep.facts
        said[:] = [said[1], set()]
        r.seconds = time.perf_counter() - t0
        r.cpu_seconds = time.process_time() - c0
        done.append(r)
        if on_rebuild:
            on_rebuild(r)
        return r.error is None

    def stop() -> bool:
        return (rounds is not None and len(done) > rounds) or (deadline is not None and time.monotonic() >= deadline)

    digests.keep(True)  # an unchanged file's digest is not read again (kg/ingest/digests.py)
    kept.keep(True)  # nor every reading of a fact or entity a change touches (kg/kept.py)
    exportcache.keep(True)  # nor the export pieces' packs it wrote (kg/exportcache.py)
    threshold = gc.get_threshold()
    try:
        _loop(run, stop, roots, out, extra, interval, settle, retry, deadline, sleep)
    finally:
        digests.keep(False)
        kept.keep(False)
        exportcache.keep(False)
        gc.unfreeze()
        gc.set_threshold(*threshold)
    return done


def _take_shares(out: Path) -> None:
    """After the first build: each article graph's share of the merged graph, kept for the
    rebuilds (kg/kept.py). A first build that recomputed the merged graph took them already;
    one that found the store current (a no-op) did not read it."""
    from .kept import KEPT
    from .store import GraphStore

    gs = GraphStore(out / "store")
    try:
        marker = gs.merged_marker()
        if not KEPT.valid(str(gs.path.resolve()), marker):
            KEPT.take(gs.ox, str(gs.path.resolve()), marker)
    finally:
        gs.close()


def _quiet_collector() -> None:
    """After the first build: what is loaded by then (the pipeline, its vocabulary, the patterns:
    millions of objects that live as long as the watcher) is set aside from the garbage
    collector, and the collector runs less often. A rebuild allocates many short-lived objects
    (query solutions, pieces); with the default settings the collector walked the loaded
    pipeline again and again: 0.2-0.5 CPU-s of a 2-4 CPU-s one-article rebuild at 1,000
    articles, 0.02-0.1 s with these. Objects still die by their reference counts as before;
    only cycles among the set-aside objects are never collected, and they are made once."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def _loop(run, stop, roots, out, extra, interval, settle, retry, deadline, sleep) -> None:
    """Build, then poll and rebuild until `stop()`."""
    n = 0
    last = listing(roots, out, extra)
    ok = run(n, (len(last), 0, 0))
    _quiet_collector()
    failed = time.monotonic()
    while not stop():
        sleep(_wait(interval, deadline))
        if stop():
            break
        now = listing(roots, out, extra)
        if now == last and (ok or time.monotonic() < failed + retry):
            continue
        while True:  # wait for the writes to end: one rebuild for a save in several steps
            sleep(min(settle, _wait(settle, deadline)))
            later = listing(roots, out, extra)
            if later == now or (deadline is not None and time.monotonic() >= deadline):
                break
            now = later
        n += 1
        ok = run(n, _diff(last, now))
        last = now
        failed = time.monotonic()


def _wait(seconds: float, deadline: float | None) -> float:
    return seconds if deadline is None else max(0.0, min(seconds, deadline - time.monotonic()))


def _stamp(out: Path) -> int | None:
    from .review_apply import STATE

    try:
        return (out / STATE).stat().st_mtime_ns
    except OSError:
        return None


def _facts_added(out: Path) -> int:
    """The facts the last build added (it records their ids for the review queue, kg/review_apply.py)."""
    from .review_apply import STATE

    try:
        return len(json.loads((out / STATE).read_text(encoding="utf-8"))["new"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0
