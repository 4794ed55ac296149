"""The pipeline glue: corpus -> spaCy -> facts -> store -> exports.

Incremental by content: an article whose text and extraction settings are unchanged is not
parsed again; a changed article's graph is replaced in one transaction; an article gone
from the corpus has its graph dropped. So a rebuild equals a from-scratch build.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, nullcontext
from functools import partial
from pathlib import Path

from .corpus import one_listing, read_corpus
from .errors import CorpusError, StoreError
from .export import EXPORTERS, export
from .gazetteer import DEFAULT_GAZETTEER, ONTOLOGY_DIR
from .gazetteer import load as load_gazetteer
from .kept import KEPT
from .merging import ALONE_FROM, alone, recompute
from .models import Article, BuildReport
from .review_apply import Review, for_build
from .rdfarticle import render_article
from .store import BULK_FROM, GraphStore, disk_full, full_error
from .writer import BatchWriter
from .ingest import digests
from . import parsing, preload, sources, unchanged, workers

DEFAULT_EXPORTS = ("ttl", "trig", "jsonld", "html")
# Articles per store write at most (1, 2, 4, ... at first), or what BATCH_SECONDS of parsing gave, but
# never fewer than BULK_FROM for a cut by time. Each bulk load has a fixed cost (new index files, their
# compaction): 500 articles stored by 64 took 2.8 CPU-s, by 256 1.5 (with --jobs 2 the build's process
# is a third process on two cores). Below BULK_FROM a batch is a transaction through the store's write
# buffers and log; on a loaded machine every batch was one (peak RSS x1.27 at 10,000 articles).
BATCH = 256
BATCH_SECONDS = 8.0
INCREMENTAL_MIN, INCREMENTAL_SHARE = 50, 0.2  # past that many changed articles, recomputing is cheaper
FLUSH_EVERY = 256  # articles between flushes: peak RSS 673 -> 443 MiB at 2,000 articles (issue 13)
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"


def settings_hash(model: str | None, gazetteers: tuple[str, ...]) -> str:
    """What, besides the text, decides an article's facts. A change re-extracts everything."""
    from .extractor import EXTRACTOR

    h = hashlib.sha256(f"{EXTRACTOR}|{model or 'default'}|{os.environ.get('KG_LEARNED', '')}".encode())  # default: the first model found
    for p in (DEFAULT_GAZETTEER, *map(Path, gazetteers)):
        if p.is_file():
            h.update(p.read_bytes())
    for p in extractor_files():  # a rule, a frames row, a word list or a pipeline change is a settings change
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def extractor_files() -> list[Path]:
    """The code and tables that decide an article's facts, besides the gazetteers."""
    here = Path(__file__).parent
    return sorted([*(here / "extract").rglob("*.py"), *(here / "extract").rglob("*.toml"),
                   *(here / "extract").rglob("*.json"),  # the learned component's weights
                   here / "nlp.py", here / "names.py", here / "nameslots.py", here / "nametitles.py", here / "namecuts.py",
                   here / "namenews.py",
                   here / "legalnames.py", here / "bionames.py",
                   here / "attrs.py",
                   here / "headlines.py"])


def build(paths: str | Path | list[str | Path], *, out: str | Path = "kg-out", model: str | None = None,
          gazetteers: tuple[str, ...] = (), exports: tuple[str, ...] = DEFAULT_EXPORTS,
          progress: bool = False, on_warning: Callable[[str], None] | None = None, jobs: int = 1,
          on_article: Callable[[Article, int], None] | None = None,
          columns: str | dict[str, str] | None = None, decisions: str | Path | None = None,
          executor: str = "local", scheduler: str | None = None) -> BuildReport:
    """Build (or update) the knowledge graph for a corpus and write the exports to `out`.
    `columns` maps article fields to CSV/TSV columns ("text=body,date=published,url=link");
    `decisions`: the analysts' review file (default: kg-review.jsonl beside the corpus);
    `executor="dask"`: parse on the Dask cluster at `scheduler` (None: a LocalCluster of `jobs` workers)."""
    t0 = time.perf_counter()
    out = Path(out)
    report = BuildReport(out_dir=str(out))

    def warn(msg: str) -> None:
        report.warnings.append(msg)
        if on_warning:
            on_warning(msg)

    paths_list = paths if isinstance(paths, list) else [paths]
    for p in paths_list:
        if not Path(p).exists():
            raise CorpusError(f"{p}: no such file or folder; pass the folder that holds your articles")
    if executor not in ("local", "dask") or (scheduler and executor != "dask"):
        raise ValueError(f"executor={executor!r}, scheduler={scheduler!r}: a scheduler needs executor='dask'")
    check_gazetteers(gazetteers)
    settings = settings_hash(model, gazetteers)
    review = for_build(paths_list, out=out, decisions=decisions)  # read (and checked) before any work
    store = GraphStore(out / "store")
    done = False
    try:
        # the corpus listed, and each file's real path found, once; an unchanged file's digest not taken again
        with one_listing(), digests.session(out), workers.collector_aside():
            _update(store, report, paths_list, out, settings, model, gazetteers, exports, progress, warn, jobs,
                    on_article, columns, review=review, executor=(executor, scheduler))
        done = True
    except OSError as exc:  # the small files beside the store: the same one-line error as the store's
        raise (full_error(out, exc) if disk_full(exc) else
               StoreError(f"{exc.filename or out}: cannot write ({exc.strerror or exc})")) from None
    finally:
        try:
            store.flush()
        except StoreError:
            if done:  # else the first error is the one to report: a full disk fails twice
                raise
        finally:
            store.close()  # release the lock now, even on an error: the caller may query next
    report.outputs["store"] = str(out / "store")
    report.seconds = round(time.perf_counter() - t0, 2)
    return report


def _update(store: GraphStore, report: BuildReport, paths_list: list, out: Path, settings: str, model: str | None,
            gazetteers: tuple[str, ...], exports: tuple[str, ...], progress: bool, warn: Callable[[str], None],
            jobs: int, on_article: Callable[[Article, int], None] | None, columns=None, *,
            review: Review | None = None, executor: tuple[str, str | None] = ("local", None)) -> None:
    """Bring the store in line with the corpus, then refresh the merged graphs and the exports."""
    fp = unchanged.fingerprint(paths_list, out, settings=settings, columns=columns,
                               review=(review or Review()).digest, ontology=ONTOLOGY_FILE)
    if fp is not None and _still(store, out, fp, exports, report, (review or Review()).digest):
        return
    # spaCy imported and the model's package read in a second process while this one reads the
    # corpus: the few articles of a small change are then parsed there (kg/preload.py)
    early = preload.Early(model, gazetteers) if preload.wanted(jobs, executor[0] == "local") else None
    try:
        unchanged.forget(out)  # this build may stop half-way: until it ends, the store is not that of the record
        built = store.built_articles()
        origins = sources.load(out)  # file -> article ids, as the last build found them
    except BaseException:
        if early is not None:
            early.stop()
        raise
    seen: set[str] = set()
    bar = _progress() if progress else nullcontext(None)
    files: dict[str, list[str]] = {}  # the same, as this build finds them
    unreadable: set[str] = set()

    def on_file(path: Path, ids: list[str], complete: bool) -> None:
        files[sources.key(path)] = ids
        if not complete:
            unreadable.add(sources.key(path))

    def todo() -> Iterator[Article]:
        from .ingest.language import is_english, not_read_warning

        for art in read_corpus(list(map(Path, paths_list)), on_warning=warn, exclude=(out,), on_file=on_file,
                               columns=columns, cache=out, wanted=partial(_wanted, built, settings)):
            seen.add(art.id)
            report.articles_read += 1
            if built.get(art.id) == built_with(settings, art):
                report.articles_unchanged += 1
                continue
            if not is_english(art.language):  # stored with its language, no facts: the rules read English
                warn(not_read_warning(art))
                store.replace_article(art, [], built_with(settings, art), extractor="")  # no evidence to name
                continue
            yield art

    with bar as prog, closing_early(early):
        task = prog.add_task("extracting", total=None) if prog else None
        pending = todo()
        first, pending, nlp, gaz = _loaded(pending, model, gazetteers, executor[0] == "local", early)
        if first is None:
            workers.set_aside()  # the collector runs again (nothing to parse: nothing more is loaded)
        else:
            from .extractor import EXTRACTOR

            if early is not None and nlp is early:  # loaded and parsed beside, as kg.parsing.extract would here
                parsed = early.extract(_chain(first, pending))
            elif executor[0] == "dask":  # the cluster loads the pipeline itself (kg/cluster.py)
                from .cluster import parse as on_cluster

                parsed = on_cluster(_chain(first, pending), scheduler=executor[1], workers=jobs, model=model,
                                    gazetteers=tuple(gazetteers), warn=warn)
            elif jobs > 1:
                from .nlp import finish

                finish(nlp)  # the workers run the whole pipeline
                parsed = workers.parse(_chain(first, pending), jobs=jobs, nlp=nlp, gazetteer=gaz, model=model,
                                       gazetteers=tuple(gazetteers), render=partial(_render, settings, EXTRACTOR))
            else:  # the parsing in a second process where a core is free, the rules here (kg/parsing.py)
                parsed = parsing.extract(_chain(first, pending), nlp=nlp, gazetteer=gaz)
            workers.set_aside()  # what loading made, out of the garbage collector's way from here
            batch: list[tuple] = []  # (article, facts, built_with, its graph as text or None)
            limit = [1]  # the first batches are small, so the first articles show (and are kept) at once

            def written(done: list[tuple]) -> None:
                """Articles whose graphs are in the store: reported, in corpus order."""
                for art, triples, _, _ in done:
                    if on_article:  # with --jobs N, the workers send the number of facts alone
                        on_article(art, triples if isinstance(triples, int) else len(triples))
                if prog and done:
                    prog.update(task, advance=len(done), description=f"extracting {_short(done[-1][0].title)}")

            writer = BatchWriter(store, extractor=EXTRACTOR, on_written=written, flush_every=FLUSH_EVERY)

            def write() -> None:
                """The parsed articles to the writer thread, which stores them while the next are
                parsed; the batch before them is then stored and reported."""
                if batch:
                    writer.put(batch)
                    limit[0] = min(BATCH, limit[0] * 2)
                    batch.clear()

            with closing(parsed), writer, workers.frozen():  # on Ctrl-C or an error, the workers stop here
                last = time.monotonic()
                try:
                    for art, triples, *text in parsed:  # the parsing processes send their graphs as text
                        batch.append((art, triples, built_with(settings, art), text[0] if text else None))
                        writer.poll()  # what is stored is reported as soon as it is
                        if len(batch) >= limit[0] or len(batch) >= BULK_FROM \
                                and time.monotonic() - last > BATCH_SECONDS:
                            write()
                            last = time.monotonic()
                    write()
                    writer.wait()
                except BaseException as exc:  # what was parsed before a stop or a failure is kept
                    if not isinstance(exc, StoreError):
                        write()
                        writer.wait()
                    raise
    report.articles_skipped = sum(1 for w in report.warnings if ": skipped: " in w)
    if report.articles_read == 0:  # before dropping anything: a mistyped folder must not empty the store
        raise CorpusError(f"no articles found in {', '.join(map(str, paths_list))} "
                          "(looked for .txt .md .html .json .jsonl .rss .atom .xml .warc .warc.gz .csv .tsv files); "
                          "the store was left as it was")
    gone = set(built) - seen
    # a file that is there but cannot be read (permissions, garbage) is not a deleted file: its
    # articles keep their last good graph; without a record of origins, every unseen one stays
    kept = gone if unreadable and origins is None else \
        {aid for f in unreadable for aid in (origins or {}).get(f, ())} & gone
    for f in unreadable:
        files[f] = sorted(set(files[f]) | ({a for a in (origins or {}).get(f, ()) if a in built}
                                           if origins is not None else kept))
    for aid in sorted(gone - kept):
        store.remove_article(aid)
        report.articles_removed += 1
    report.articles_kept = len(kept)
    sources.save(out, files)
    changed = report.articles_read - report.articles_unchanged + report.articles_removed
    review = review or Review()
    now = store.built_articles(since=built)
    marker = merged_marker(now, review.digest)
    whole = False  # the store rewritten in large part: worth compacting
    if changed or store.merged_marker() != marker:  # also completes a build that was interrupted
        # the analysts' decisions are laid over the article graphs, then the merged graph is brought
        # up to date: for what the changed articles read alone, when it summarised the store as
        # this build found it and the change is a small part of the corpus; else recomputed whole
        incremental = (store.merged_marker() == merged_marker(built, review.digest)
                       and len(store.touched) <= max(INCREMENTAL_MIN, INCREMENTAL_SHARE * len(now)))
        # a first build: the article graphs are compacted while the merged graph is computed (Oxigraph
        # compacts without Python's lock, on the core the parser has left); the merged graph adds
        # new data only, nothing for a compaction to drop. Otherwise it replaces what is there:
        # compacted after, as before
        first = store.merged_marker() is None and not incremental
        if not incremental and len(now) >= ALONE_FROM and not KEPT.on and alone():  # its own process: kg/merging.py
            recompute(store, review, marker, qids=_qids(gazetteers), out=out, warn=warn, compact=first)
            whole = not first
        else:
            beside = _compacting(store) if first else None
            try:
                review.apply(store, marker, qids=_qids(gazetteers), out=out, warn=warn, incremental=incremental)
            except BaseException:
                if beside is not None:
                    beside(quiet=True)  # never leave it running: the store is closed next
                raise
            if beside is not None:
                beside()
            whole = not incremental and beside is None
        changed += 1
    changed += store.put_ontology(ONTOLOGY_FILE)
    if whole:  # else --jobs 2 left three times the disk of --jobs 1 for the same data; a small
        store.compact()  # change is not worth rewriting the store's files (the next big one will)
    else:
        store.flush()
    _count(store, report)
    write_exports(store, out, exports, marker=marker, built=now, review=review.digest, report=report)
    if fp is not None and not report.warnings:
        unchanged.save(out, fingerprint=fp, marker=marker, articles=report.articles_read)


def _compacting(store: GraphStore) -> Callable[..., None]:
    """store.compact() in a thread; the function returned waits for it and raises its error
    (unless quiet: another error is on its way)."""
    import threading

    failed: list[BaseException] = []

    def run() -> None:
        try:
            store.compact()
        except BaseException as exc:  # noqa: BLE001 - raised in the build's thread
            failed.append(exc)

    t = threading.Thread(target=run, name="kg-compact", daemon=True)
    t.start()

    def join(quiet: bool = False) -> None:
        t.join()
        if failed and not quiet:
            raise failed[0]

    return join


def _still(store: GraphStore, out: Path, fp: str, exports: tuple[str, ...], report: BuildReport,
           review: str) -> bool:
    """The no-op path: the corpus is byte for byte what the last clean build read and the store
    is as it left it; then only the exports are checked (kg/unchanged.py)."""
    rec = unchanged.load(out)
    if rec is None or rec["fingerprint"] != fp:
        return False
    now = store.built_articles()
    marker = merged_marker(now, review)
    if not (store.merged_marker() == marker == rec.get("marker")):
        return False
    report.articles_read = report.articles_unchanged = rec["articles"]
    _count(store, report)
    write_exports(store, out, exports, marker=marker, built=now, review=review, report=report)
    return True


def built_with(settings: str, art: Article) -> str:
    """The cache key of an article's graph: extraction settings plus its metadata, so a changed
    title or date is stored again even when the text is the same."""
    meta = hashlib.sha256(repr(art.metadata()).encode()).hexdigest()[:8]
    return f"{settings}:{meta}"


FEW = INCREMENTAL_MIN  # articles to parse, at most, for a pipeline that knows only their gazetteer names


def _loaded(pending: Iterator[Article], model: str | None, gazetteers: tuple[str, ...], local: bool,
            early: preload.Early | None = None):
    """The first article to parse, all of them, and the pipeline and gazetteer to parse them
    with (None when the cluster loads its own). When there are only a few (a rebuild after a
    small change), they are read before the pipeline is loaded, and its entity ruler gets only
    the gazetteer names found in them (kg.nlp.load_for): the same tags, a second less loading.
    Those few go to `early` when there is one (it is then the pipeline returned); else it is
    stopped, its core free for what follows here."""
    from itertools import chain, islice

    if not local:  # the cluster loads the pipeline itself: nothing to read ahead for
        return next(pending, None), pending, None, None
    head = list(islice(pending, FEW + 1))
    if early is not None and (not head or len(head) > FEW):
        early.stop()  # nothing to parse, or more than a few-texts pipeline is for
    if not head:
        return None, pending, None, None
    rest = chain(head[1:], pending)
    if early is not None and len(head) <= FEW:
        return head[0], rest, early, None
    from .nlp import load, load_for

    # the gazetteer's patterns are left to kg/parsing.py, which adds them while its process parses
    nlp, gaz = (load_for([a.text for a in head], model, gazetteers) if len(head) <= FEW
                else load(model, gazetteers, defer=True))
    return head[0], rest, nlp, gaz


@contextmanager
def closing_early(early: preload.Early | None) -> Iterator[None]:
    """The loading process stopped when the parsing ends, on an error or a Ctrl-C too."""
    try:
        yield
    finally:
        if early is not None:
            early.stop()


def _wanted(built: dict[str, str], settings: str, art: Article) -> bool:
    """Whether an article must be parsed (or stored) again: an unchanged one is read from the
    cache of what reading gave (kg/ingest/readcache.py), without its text."""
    return built.get(art.id) != built_with(settings, art)


def _render(settings: str, extractor: str, art: Article, triples: list) -> tuple[str, str]:
    """An article's graph as text, made in the parsing process that read it (kg/workers.py)."""
    return render_article(art, triples, built_with(settings, art), extractor=extractor)


def check_gazetteers(gazetteers: tuple[str, ...]) -> None:
    for g in gazetteers:
        if not Path(g).is_file():
            raise CorpusError(f"{g}: gazetteer file not found (expected a JSON-lines file, see ontologies/README.md)")
    if gazetteers:  # the user's entries are validated before any work starts; the shipped one is
        load_gazetteer(tuple(map(str, gazetteers)))  # tested, and loaded only when a build needs it (0.5 s)


def _qids(gazetteers: tuple[str, ...]) -> dict[str, str]:
    from .ids import entity_iri

    gaz = load_gazetteer(tuple(gazetteers))
    return {entity_iri(e.name): e.qid for e in gaz.entries.values() if e.qid}


def merged_marker(built: dict[str, str], review: str = "") -> str:
    """Which article graphs (and settings, and review decisions) the merged facts summarise."""
    h = hashlib.sha256()
    for aid, settings in sorted(built.items()):
        h.update(f"{aid}:{settings}\n".encode())
    if review:
        h.update(f"review:{review}\n".encode())
    return h.hexdigest()[:16]


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def _count(store: GraphStore, report: BuildReport) -> None:
    """Distinct facts (kg:Fact nodes of the merged graph) by predicate, and described entities."""
    q = """SELECT ?p (COUNT(?f) AS ?n) WHERE { GRAPH kgid:graph\\/merged { ?f a kg:Fact ; rdf:predicate ?p } }
           GROUP BY ?p ORDER BY DESC(?n) ?p"""
    report.facts_by_predicate = {r["p"].value.rsplit("#", 1)[-1]: int(r["n"].value) for r in store.query(q)}
    report.facts = sum(report.facts_by_predicate.values())
    ents = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH kgid:graph\\/entities { ?e rdfs:label ?l } }"
    report.entities = int(next(iter(store.query(ents)))["n"].value)


def _short(title: str | None, n: int = 40) -> str:
    t = title or ""
    return t if len(t) <= n else t[: n - 1] + "…"


def _progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), transient=True)


EXPORT_STAMP = ".exports"  # the store state and export set the exports were last written for


def write_exports(store: GraphStore, out: Path, exports: tuple[str, ...], *, marker: str, built: dict[str, str],
                  review: str, report: BuildReport) -> None:
    """The exports, unless they were written for this very store state (a no-op rebuild reads
    one small file). The stamp names the state: the merged graph's marker (articles, their
    settings, the decisions) and the ontology; it is removed before any export is rewritten and
    written after the last, so exports stopped half-way are never taken as current. What is
    rewritten is assembled from per-graph pieces, cached by content (kg/exportcache.py): only
    the graphs that changed are serialised again."""
    from .exportcache import CACHE_DIR, PIECE_OF, Pieces

    stamp = out / EXPORT_STAMP
    ontology = hashlib.sha256(ONTOLOGY_FILE.read_bytes()).hexdigest()[:16]
    wanted = f"{marker} {ontology} {' '.join(sorted(exports))}"
    paths = {name: out / EXPORTERS[name][0] for name in exports}
    try:
        fresh = stamp.read_text() == wanted and all(p.exists() for p in paths.values())
    except FileNotFoundError:
        fresh = False
    if fresh:
        report.outputs.update({name: str(p) for name, p in paths.items()})
        return
    stamp.unlink(missing_ok=True)
    pieces = Pieces(store, cache=out / CACHE_DIR, built=built, review=review,
                    formats=[PIECE_OF[x] for x in exports if x in PIECE_OF])
    for name in exports:
        report.outputs[name] = str(export(store, name, out_dir=out, pieces=pieces))
    pieces.save()
    tmp = stamp.with_name(stamp.name + ".tmp")
    tmp.write_text(wanted)
    tmp.replace(stamp)
