"""The pipeline glue: corpus -> spaCy -> facts -> store -> exports.

Incremental by content: an article whose text and extraction settings are unchanged is not
parsed again; a changed article's graph is replaced in one transaction; an article gone
from the corpus has its graph dropped. So a rebuild equals a from-scratch build.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from pathlib import Path

from .corpus import read_corpus
from .errors import CorpusError
from .export import EXPORTERS, export
from .extract import EXTRACTOR, extract
from .gazetteer import DEFAULT_GAZETTEER, ONTOLOGY_DIR
from .gazetteer import load as load_gazetteer
from .models import Article, BuildReport
from .store import GraphStore

DEFAULT_EXPORTS = ("ttl", "trig", "jsonld", "html")
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"


def settings_hash(model: str | None, gazetteers: tuple[str, ...]) -> str:
    """What, besides the text, decides an article's facts. A change re-extracts everything."""
    h = hashlib.sha256(f"{EXTRACTOR}|{model or 'default'}".encode())
    for p in (DEFAULT_GAZETTEER, *map(Path, gazetteers)):
        if p.exists():
            h.update(p.read_bytes())
    for p in sorted((Path(__file__).parent / "extract").glob("*.py")):
        h.update(p.read_bytes())  # a rule change is a settings change
    return h.hexdigest()[:16]


def build(paths: str | Path | list[str | Path], *, out: str | Path = "kg-out", model: str | None = None,
          gazetteers: tuple[str, ...] = (), exports: tuple[str, ...] = DEFAULT_EXPORTS,
          progress: bool = False, on_warning: Callable[[str], None] | None = None, jobs: int = 1,
          on_article: Callable[[Article, int], None] | None = None) -> BuildReport:
    """Build (or update) the knowledge graph for a corpus and write the exports to `out`."""
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
    store = GraphStore(out / "store")
    settings = settings_hash(model, gazetteers)
    built = store.built_articles()
    seen: set[str] = set()
    bar = _progress() if progress else nullcontext(None)

    def todo() -> Iterator[Article]:
        for art in read_corpus(list(map(Path, paths_list)), on_warning=warn):
            seen.add(art.id)
            report.articles_read += 1
            if built.get(art.id) == settings:
                report.articles_unchanged += 1
                continue
            yield art

    with bar as prog:
        task = prog.add_task("extracting", total=None) if prog else None
        pending = todo()
        first = next(pending, None)
        if first is not None:
            from .nlp import load_pipeline

            nlp = load_pipeline(model, tuple(gazetteers))
            gaz = load_gazetteer(tuple(gazetteers))
            for art, triples in extract(_chain(first, pending), nlp=nlp, gazetteer=gaz, n_process=max(1, jobs)):
                store.replace_article(art, triples, settings)
                if on_article:
                    on_article(art, len(triples))
                if prog:
                    prog.update(task, advance=1, description=f"extracting {_short(art.title)}")
    for aid in sorted(set(built) - seen):
        store.remove_article(aid)
        report.articles_removed += 1
    report.articles_skipped = sum(1 for w in report.warnings if "skipped" in w)
    if report.articles_read == 0:
        raise CorpusError(f"no articles found in {', '.join(map(str, paths_list))} "
                          "(looked for .txt .md .html .json .jsonl files)")
    changed = report.articles_read - report.articles_unchanged + report.articles_removed
    marker = merged_marker(store.built_articles())
    if changed or store.merged_marker() != marker:  # also completes a build that was interrupted
        store.refresh_merged(marker, qids=_qids(gazetteers))
        changed += 1
    changed += store.put_ontology(ONTOLOGY_FILE)
    store.flush()
    _count(store, report)
    stamp = out / ".exports"  # the marker the exports were last written for
    fresh = not changed and stamp.exists() and stamp.read_text() == marker
    for name in exports:
        path = out / EXPORTERS[name][0]
        report.outputs[name] = str(path if fresh and path.exists() else export(store, name, out_dir=out))
    stamp.write_text(marker)
    report.outputs["store"] = str(out / "store")
    report.seconds = round(time.perf_counter() - t0, 2)
    return report


def _qids(gazetteers: tuple[str, ...]) -> dict[str, str]:
    from .ids import entity_iri

    gaz = load_gazetteer(tuple(gazetteers))
    return {entity_iri(e.name): e.qid for e in gaz.entries.values() if e.qid}


def merged_marker(built: dict[str, str]) -> str:
    """Which article graphs (and settings) the merged facts summarise."""
    h = hashlib.sha256()
    for aid, settings in sorted(built.items()):
        h.update(f"{aid}:{settings}\n".encode())
    return h.hexdigest()[:16]


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def _count(store: GraphStore, report: BuildReport) -> None:
    # kg:coreTerm lives in the ontology, not the store: facts are kg: links between entities
    q = """SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o .
           FILTER(STRSTARTS(STR(?p), STR(kg:)) && isIRI(?o) && STRSTARTS(STR(?o), "https://w3id.org/kg/id/entity/")) }
           GROUP BY ?p ORDER BY DESC(?n)"""
    report.facts_by_predicate = {r["p"].value.rsplit("#", 1)[-1]: int(r["n"].value) for r in store.query(q)}
    report.facts = sum(report.facts_by_predicate.values())
    ents = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e rdfs:label ?l . FILTER(STRSTARTS(STR(?e), \"https://w3id.org/kg/id/entity/\")) }"
    report.entities = int(next(iter(store.query(ents)))["n"].value)


def _short(title: str | None, n: int = 40) -> str:
    t = title or ""
    return t if len(t) <= n else t[: n - 1] + "…"


def _progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), transient=True)
