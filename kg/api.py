"""The library face of kg: plain functions that the CLI, notebooks and tests call."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from .corpus import read_corpus
from .models import Triple


def triple_record(t: Triple, source: str, text: str = "") -> dict:
    """One fact as the JSON object `kg extract` prints (the contract of eval/score.py)."""
    ev = t.evidence

    def ent(e, start, end):
        d = {"label": e.label, "type": e.type, "iri": e.iri, "start": start, "end": end}
        if e.qid:
            d["wikidata"] = e.qid
        return d

    return {"source": source, "subject": ent(t.subject, ev.subj_start, ev.subj_end),
            "predicate": t.predicate, "object": ent(t.object, ev.obj_start, ev.obj_end),
            "confidence": ev.confidence, "asserted": ev.asserted, "sentence": ev.sentence,
            "char_start": ev.sent_start, "char_end": ev.sent_end, "date": ev.fact_date,
            "attributed_to": ev.attributed_to, "rule": ev.rule, "article_id": ev.article_id,
            "explain": {"rule": ev.rule, "trigger": ev.trigger, "subject_text": text[ev.subj_start:ev.subj_end],
                        "object_text": text[ev.obj_start:ev.obj_end]}}


def extract_records(paths: list[str | Path], *, model: str | None = None, gazetteers: tuple[str, ...] = (),
                    include_unasserted: bool = False,
                    on_warning: Callable[[str], None] | None = None) -> Iterator[dict]:
    """Facts in the given files/folders, as JSON-ready dicts, streaming."""
    from .extract import extract
    from .gazetteer import load as load_gazetteer
    from .nlp import load_pipeline

    arts = read_corpus([Path(p) for p in paths], on_warning=on_warning, dedupe=False)
    nlp = load_pipeline(model, gazetteers)
    for art, triples in extract(arts, nlp=nlp, gazetteer=load_gazetteer(gazetteers),
                                include_unasserted=include_unasserted):
        for t in triples:
            yield triple_record(t, art.path, art.text)


def viz(*, store: str | Path = "kg-out", output: str | Path | None = None, focus: str | None = None,
        hops: int = 2, entity: str | None = None) -> Path:
    """Write the HTML view of a built graph; returns the file written.

    ``focus="Microsoft"`` draws only what lies within ``hops`` facts of that entity;
    ``entity="Huawei"`` writes that entity's page instead (facts by predicate, timeline,
    other names, Wikidata link). Names match labels and aliases, in any case.
    """
    import re

    from .export import export
    from .store import GraphStore

    gs = GraphStore.open_any(store)
    if not (focus or entity):
        target = Path(output) if output else gs.path.parent / "graph.html"
        return export(gs, "html", target)
    from .vizdata import view_data

    nodes, edges = view_data(gs)
    name = entity or focus or ""
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "entity"
    if entity:
        from .entitypage import render_entity

        return render_entity(nodes, edges, Path(output) if output else gs.path.parent / f"entity-{slug}.html",
                             entity=entity)
    from .viz import render_focus

    return render_focus(nodes, edges, Path(output) if output else gs.path.parent / f"graph-{slug}.html",
                        focus=name, hops=hops)
