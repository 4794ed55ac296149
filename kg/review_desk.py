"""The analyst's desk: turn "accept 3f2a…", "merge Commerce into U.S. Department of Commerce"
into decisions (kg/review.py), after checking what they name against a built graph.

Facts are named by the id the queue shows (the hash at the end of a kg:Fact IRI, or of one
reading's kg:Assertion IRI, which narrows the decision to that article; a unique prefix is
enough), entities by name, other name or IRI, articles by id or words of the title.
"""
from __future__ import annotations

import json
from pathlib import Path

from . import review as rv
from .corpus import read_corpus
from .errors import ReviewError
from .ids import ID_BASE, entity_iri
from .review_apply import Review
from .rdfarticle import ENTITIES, MERGED
from .store import GraphStore
from .vocab import CLASSES, PREDICATES


class Desk:
    """A built graph (read-only) and the review file its build used."""

    def __init__(self, store: str | Path = "kg-out", *, decisions: str | Path | None = None,
                 corpus: list[str | Path] | None = None) -> None:
        self.out = Path(store)
        rec = self.out / ".review.json"
        where = json.loads(rec.read_text(encoding="utf-8")) if rec.is_file() else {}
        path = decisions or where.get("decisions")
        if not path:
            raise ReviewError(f"{self.out}: no build here that says where its review file is; "
                              f"run `kg build CORPUS -o {self.out}` first or pass --decisions FILE")
        self.path = Path(path)
        self.corpus = [Path(p) for p in (corpus or where.get("corpus") or [])]
        self.gs = GraphStore.open_any(self.out)
        self.review = Review(rv.load(self.path), path=self.path)

    def close(self) -> None:
        self.gs.close()

    # ------------------------------------------------------------ looking things up
    def entities(self) -> dict[str, dict]:
        q = f"""SELECT ?e ?l ?t ?alt WHERE {{ GRAPH {ENTITIES} {{ ?e rdfs:label ?l ; a ?t
                OPTIONAL {{ ?e skos:altLabel ?alt }} }} }}"""
        out: dict[str, dict] = {}
        for r in self.gs.query(q):
            e = out.setdefault(r["e"].value, {"iri": r["e"].value, "label": r["l"].value,
                                              "type": r["t"].value.rsplit("#", 1)[-1], "alts": set()})
            if r["alt"] is not None:
                e["alts"].add(r["alt"].value)
        return out

    def entity(self, name: str, *, kind: str | None = None, new_ok: bool = False) -> dict:
        """An entity of the graph by IRI, name or other name; with new_ok, a new one (needs a type)."""
        ents = self.entities()
        if name in ents:
            return ents[name]
        key = name.casefold().strip()
        hits = [e for e in ents.values() if e["label"].casefold() == key]
        hits = hits or [e for e in ents.values() if key in {a.casefold() for a in e["alts"]}]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise ReviewError(f"{name!r} names {len(hits)} entities ({', '.join(e['iri'] for e in hits)}); give the IRI")
        if not new_ok:
            raise ReviewError(f"no entity named {name!r} in {self.out}; `kg query --saved most-connected` lists some")
        from .gazetteer import load as load_gazetteer

        known = load_gazetteer().lookup(name)  # a name the gazetteer knows: its canonical entity
        if known is not None:
            return {"iri": entity_iri(known.name), "label": known.name, "type": kind or known.type, "alts": set()}
        if kind not in CLASSES:
            raise ReviewError(f"{name!r} is not in the graph yet: give its type ({', '.join(CLASSES)})")
        return {"iri": entity_iri(name), "label": name, "type": kind, "alts": set()}

    def fact(self, ident: str) -> tuple[dict, str | None]:
        """(fact, article id or None) for a fact id or a reading (assertion) id, or a unique prefix."""
        ident = ident.strip().rsplit("/", 1)[-1]
        if len(ident) < 4:
            raise ReviewError(f"{ident!r}: give at least 4 characters of the fact id the queue shows")
        q = f"""SELECT DISTINCT ?n ?s ?p ?o ?a WHERE {{
                {{ GRAPH {MERGED} {{ ?n a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }} }}
                UNION {{ GRAPH ?a {{ ?n a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
                         FILTER(?a != {MERGED}) }}
                FILTER(STRSTARTS(STR(?n), CONCAT("{ID_BASE}fact/", {json.dumps(ident)}))
                       || STRSTARTS(STR(?n), CONCAT("{ID_BASE}assertion/", {json.dumps(ident)}))) }}"""
        rows = list(self.gs.query(q))
        if len({r["n"].value for r in rows}) != 1:
            raise ReviewError(f"{ident}: {'no' if not rows else 'more than one'} fact or reading has that id; "
                              "`kg review` lists the ids")
        r, ents = rows[0], self.entities()
        s, o = r["s"].value, r["o"].value
        fact = {"s": s, "p": r["p"].value.rsplit("#", 1)[-1], "o": o,
                "s_label": ents.get(s, {}).get("label", s.rsplit("/", 1)[-1]),
                "o_label": ents.get(o, {}).get("label", o.rsplit("/", 1)[-1])}
        aid = r["a"].value.rsplit("/", 1)[-1] if r["a"] is not None else None
        return fact, aid

    def article(self, ident: str) -> tuple[str, str]:
        """(article id, title) by id, id prefix or words of the title."""
        q = "SELECT ?id ?t WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?id OPTIONAL { ?a dcterms:title ?t } }"
        rows = [(r["id"].value, r["t"].value if r["t"] else "") for r in self.gs.query(q)]
        hits = [r for r in rows if r[0].startswith(ident)] or \
               [r for r in rows if ident.casefold() in r[1].casefold()]
        if len(set(hits)) != 1:
            raise ReviewError(f"{ident!r}: {'no' if not hits else 'more than one'} article has that id or title")
        return hits[0]

    def article_text(self, aid: str) -> str:
        if not self.corpus:
            raise ReviewError("the corpus is unknown: pass --corpus FOLDER")
        for art in read_corpus(self.corpus):
            if art.id == aid:
                return art.text
        raise ReviewError(f"article {aid} is not in {', '.join(map(str, self.corpus))} any more; rebuild first")

    # ------------------------------------------------------------ decisions
    def _save(self, d: dict) -> dict:
        return rv.record(self.path, d)

    def judge(self, action: str, ident: str, *, reason: str | None = None, article: str | None = None,
              by: str | None = None) -> dict:
        """accept or reject a fact (everywhere, or in one article)."""
        if action == "reject" and not reason:
            raise ReviewError("a rejection needs a --reason (it is kept with the decision)")
        fact, aid = self.fact(ident)
        if article:
            aid = self.article(article)[0]
        return self._save(rv.make(action, by=by, reason=reason, fact=fact, article=aid))

    def correct(self, ident: str, *, predicate: str | None = None, subject: str | None = None,
                object: str | None = None, subject_type: str | None = None, object_type: str | None = None,
                reason: str | None = None, article: str | None = None, by: str | None = None) -> dict:
        fact, aid = self.fact(ident)
        if article:
            aid = self.article(article)[0]
        to: dict = {}
        if predicate:
            if predicate not in PREDICATES:
                raise ReviewError(f"unknown predicate {predicate!r}; core predicates: {', '.join(PREDICATES)}")
            to["p"] = predicate
        for end, name, kind in (("s", subject, subject_type), ("o", object, object_type)):
            if name:
                e = self.entity(name, kind=kind, new_ok=True)
                to.update({end: e["iri"], f"{end}_label": e["label"], f"{end}_type": kind or e["type"]})
        if not to:
            raise ReviewError("say what is right: --predicate, --subject or --object")
        return self._save(rv.make("correct", by=by, reason=reason, fact=fact, to=to, article=aid))

    def merge(self, alias: str, into: str, *, reason: str | None = None, by: str | None = None) -> dict:
        a, b = self.entity(alias), self.entity(into)
        if self.review.canonical(b["iri"]) == a["iri"] or a["iri"] == b["iri"]:
            raise ReviewError(f"{b['label']} is already {a['label']} or merged into it; undo that merge first")
        return self._save(rv.make("merge", by=by, reason=reason, entity={"iri": a["iri"], "label": a["label"]},
                                  into={"iri": b["iri"], "label": b["label"], "type": b["type"]}))

    def split(self, entity: str, *, as_name: str, kind: str | None = None, mention: str | None = None,
              article: str | None = None, reason: str | None = None, by: str | None = None) -> dict:
        e = self.entity(entity)
        target = self.entity(as_name, kind=kind or e["type"], new_ok=True)
        aid = self.article(article)[0] if article else None
        return self._save(rv.make("split", by=by, reason=reason, entity={"iri": e["iri"], "label": e["label"]},
                                  into={"iri": target["iri"], "label": target["label"], "type": kind or target["type"]},
                                  mention=mention, article=aid))

    def add(self, subject: str, predicate: str, object: str, *, article: str, sentence: str,
            subject_type: str | None = None, object_type: str | None = None, date: str | None = None,
            reason: str | None = None, by: str | None = None) -> dict:
        """A fact the extractor missed, cited by its article and the sentence that states it."""
        if predicate not in PREDICATES:
            raise ReviewError(f"unknown predicate {predicate!r}; core predicates: {', '.join(PREDICATES)}")
        aid, title = self.article(article)
        text = self.article_text(aid)
        start = text.find(sentence.strip())
        if start < 0:
            raise ReviewError(f"the sentence is not in article {aid} ({title}); quote it exactly")
        s = self.entity(subject, kind=subject_type, new_ok=True)
        o = self.entity(object, kind=object_type, new_ok=True)
        fact = {"s": s["iri"], "p": predicate, "o": o["iri"], "s_label": s["label"], "o_label": o["label"],
                "s_type": s["type"], "o_type": o["type"]}
        sentence = sentence.strip()
        return self._save(rv.make("add", by=by, reason=reason, fact=fact, article=aid, sentence=sentence,
                                  start=start, end=start + len(sentence), date=date))

    def undo(self, decision_id: str) -> dict:
        return rv.undo(self.path, decision_id)
