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
        d = {"label": written_label(e, text[start:end]), "type": e.type, "iri": e.iri, "start": start, "end": end}
        if d["label"] != e.label:
            d["name"] = e.label  # the canonical name, as in the graph
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


def written_label(e, written: str) -> str:
    """The name a fact's record shows: the words of the sentence when they are one of the known
    entity's own names ("USDA", "Tokyo University", "Calif."), else its canonical name. The entity
    (IRI, Wikidata id, graph label) is the same either way; a metonym ("Beijing" acting as China)
    or a pronoun keeps the entity's name, being no name of it."""
    if not e.known or not written:
        return e.label
    from .extract.mentions import clean_name, key

    form = clean_name(written)
    if not form or _description(form):  # "Italy's antitrust authority": a description, not a name to show
        return e.label
    return form if key(form) != key(e.label) and key(form) in {key(a) for a in e.aliases} else e.label


# words a proper name may hold in lower case ("Bureau of Industry and Security", "Autorité de la concurrence")
_NAME_WORDS = frozenset("of and for the on in at to de la le du des della del di da do e y und van von der den het"
                        .split())


def _description(form: str) -> bool:
    """A known entity's alias that describes it rather than names it: a possessive ("South Korea's Fair Trade
    Commission") or common words ("Italian competition watchdog"); a record shows the canonical name then."""
    return "'s " in form or "\u2019s " in form or any(w.islower() and w not in _NAME_WORDS for w in form.split())


def extract_records(paths: list[str | Path], *, model: str | None = None, gazetteers: tuple[str, ...] = (),
                    include_unasserted: bool = False,
                    on_warning: Callable[[str], None] | None = None,
                    columns: str | dict[str, str] | None = None, learned: bool | None = None) -> Iterator[dict]:
    """Facts in the given files/folders, as JSON-ready dicts, streaming. Articles in a language
    other than English are reported through on_warning and not read by the English rules.
    learned: True/False switches the learned relation component on/off (None: its default)."""
    from .extract import extract
    from .ingest.language import english_only
    from .ingest.tables import check_columns
    from .nlp import load

    check_columns([Path(p) for p in paths], columns)  # before the model loads: a wrong mapping fails fast
    arts = english_only(read_corpus([Path(p) for p in paths], on_warning=on_warning, dedupe=False,
                                    columns=columns), on_warning)
    nlp, gaz = load(model, gazetteers)
    for art, triples in extract(arts, nlp=nlp, gazetteer=gaz, include_unasserted=include_unasserted, learned=learned):
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


def rule_table(corpus: list[str | Path] | None = None, *, model: str | None = None,
               gazetteers: tuple[str, ...] = (),
               on_warning: Callable[[str], None] | None = None) -> list[dict]:
    """Every registered extraction rule: id, phase, predicates, default confidence, example and,
    with a corpus, how many facts it gave there (what `kg rules` prints)."""
    from collections import Counter

    from .extract.registry import rules

    fired: Counter = Counter()
    if corpus:
        for rec in extract_records(list(corpus), model=model, gazetteers=gazetteers, on_warning=on_warning):
            fired[rec["rule"]] += 1
    return [{"id": s.id, "phase": s.phase, "predicates": list(s.preds), "confidence": s.conf, "example": s.example,
             **({"fired": fired.get(s.id, 0)} if corpus else {})} for s in rules()]


def dataset(store: str | Path = "kg-out"):
    """A built graph as an rdflib `Dataset` over the Oxigraph store, read-only and without copying
    it into memory: for code that already speaks rdflib. Read an article's graph with
    `ds.get_context(IRI)` (rdflib's `ds.graph(IRI)` creates one, a write). Open it while no build
    writes to the store: Oxigraph's read-only mode must not race a writer."""
    from .store import GraphStore, rdflib_dataset

    return rdflib_dataset(GraphStore.open_any(store))
