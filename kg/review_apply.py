"""Laying the analysts' decisions (kg/review.py) over the graph, at every build.

An article's graph stays what the extractor read, plus an overlay that this module can strip
and lay again, so the result depends only on (articles, decisions), whether the build is full,
incremental or parallel:

* merge/split: the reading's entity IRI is replaced (the extractor's is kept as
  kg:extractedSubject / kg:extractedObject); the article's own name for it stays, as an alias;
* reject: the reading is kept with its evidence, marked `kg:asserted false`,
  `kg:reviewStatus "rejected"` and `prov:wasInvalidatedBy` the decision, so it leaves the facts;
* accept: `kg:reviewed true`, `kg:reviewStatus "accepted"`; its kg:Fact gets confidence 1;
* correct: the reading is rejected and a new one (`kg:reviewStatus "added"`, rule review:correct)
  states the corrected fact on the same sentence; add: a new reading on the cited sentence.

The decisions themselves (who, when, why) are PROV-O activities in the graph kgid:graph/review.
A decision that matches nothing any more (its article is gone, the extractor no longer reads the
fact) is reported as stale, never dropped.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from . import review as rv
from .ids import ID_BASE, article_iri, digest, slug
from .rdfarticle import MERGED, PROV, RDF, RDFS, REVIEW, A, K, L, N, date_literal
from .store import GraphStore
from .vocab import PREDICATES, SYMMETRIC

ENTITY = ID_BASE + "entity/"
STATE = ".review-state.json"  # in the build folder: stale decisions, facts new in the last build
S, P, O = N(RDF + "subject"), N(RDF + "predicate"), N(RDF + "object")
STATUS, REVIEWED, ASSERTED = K("reviewStatus"), K("reviewed"), K("asserted")
INVALIDATED, INFLUENCED = N(PROV + "wasInvalidatedBy"), N(PROV + "wasInfluencedBy")
RAW = {S: K("extractedSubject"), O: K("extractedObject")}
OVERLAY = {STATUS, REVIEWED, INVALIDATED, INFLUENCED, *RAW.values()}
FACT_PREDICATES = {K(p) for p in PREDICATES}
LAID = f"SELECT ?h WHERE {{ GRAPH {REVIEW} {{ {REVIEW} kg:reviewedWith ?h }} }}"  # the decisions last laid


def decision_node(d: dict) -> ox.NamedNode:
    return N(f"{ID_BASE}decision/{d['id']}")


def agent_node(name: str) -> ox.NamedNode:
    return N(f"{ID_BASE}agent/{slug(name)}")


def for_build(paths: list, *, out: Path, decisions: str | Path | None = None) -> Review:
    """The decisions a build applies; remembers in the build folder where they and the corpus
    are, so `kg review --store OUT` finds both."""
    path = Path(decisions) if decisions else rv.default_path(paths)
    review = Review(rv.load(path), path=path)
    where = json.dumps({"decisions": str(path.resolve()), "corpus": [str(Path(p).resolve()) for p in paths]},
                       indent=1) + "\n"
    out.mkdir(parents=True, exist_ok=True)
    rec = out / ".review.json"
    if not rec.exists() or rec.read_text(encoding="utf-8") != where:
        rec.write_text(where, encoding="utf-8")
    return review


class Review:
    """A set of decisions, ready to be laid over a store."""

    def __init__(self, decisions: list[dict] | None = None, *, path: Path | None = None) -> None:
        self.decisions = decisions or []
        self.path = path
        self.digest = digest(*map(rv.dumps, self.decisions)) if self.decisions else ""
        self.merges = {d["entity"]["iri"]: d for d in self.decisions if d["action"] == "merge"}
        self.splits = [d for d in self.decisions if d["action"] == "split"]
        self.verdicts = [d for d in self.decisions if d["action"] in ("accept", "reject", "correct")]
        self.adds = [d for d in self.decisions if d["action"] == "add"]
        self.by_fact = self._index()

    # ------------------------------------------------------------ entity mapping
    def canonical(self, iri: str) -> str:
        seen = {iri}
        while iri in self.merges:
            iri = self.merges[iri]["into"]["iri"]
            if iri in seen:  # a cycle of merges: stop where it closes
                break
            seen.add(iri)
        return iri

    def _entity(self, iri: str, aid: str, mention: str, why: list[dict]) -> str:
        """The entity a reading's end names after the splits (which win over merges: a split may
        undo a merge where the article meant another actor) and the merges."""
        for d in self.splits:
            if d["entity"]["iri"] in (iri, self.canonical(iri)) and d.get("article", aid) == aid and \
                    d.get("mention", mention).casefold() == mention.casefold():
                why.append(d)
                return self.canonical(d["into"]["iri"])
        if iri in self.merges:
            why.append(self.merges[iri])
        return self.canonical(iri)

    def _index(self) -> dict[tuple[str, str, str], list[dict]]:
        """Accept/reject/correct decisions by the fact they name, as merged now (either way round
        for a symmetric predicate), in the order they were made: the last one wins."""
        out: dict[tuple[str, str, str], list[dict]] = {}
        for d in self.verdicts:
            f = d["fact"]
            s, o = self.canonical(f["s"]), self.canonical(f["o"])
            keys = {(s, f["p"], o), (o, f["p"], s)} if f["p"] in SYMMETRIC else {(s, f["p"], o)}
            for key in keys:
                out.setdefault(key, []).append(d)
        return out

    # ------------------------------------------------------------ one article
    def overlay(self, aid: str, triples: list[ox.Triple]) -> list[ox.Triple]:
        """The article's graph with this review laid over it (any earlier overlay stripped first)."""
        keep, readings = _strip(triples)
        out = list(keep)
        facts: set[tuple] = set()
        keys: dict[tuple, ox.NamedNode] = {}
        for x in sorted(readings, key=lambda n: n.value):
            props = readings[x]
            one = _getter(props)
            sent, cs = one(K("sentence")).value, int(one(K("charStart")).value)
            why: list[dict] = []
            ends = {}
            for end, start, stop in ((S, "subjectStart", "subjectEnd"), (O, "objectStart", "objectEnd")):
                raw = one(end).value
                mention = sent[int(one(K(start)).value) - cs:int(one(K(stop)).value) - cs]
                ends[end] = self._entity(raw, aid, mention, why)
                if ends[end] != raw:
                    props[RAW[end]] = [N(raw)]
                    props[end] = [N(ends[end])]
            key = (ends[S], one(P).value.rsplit("#", 1)[-1], ends[O])
            verdict = None
            if ASSERTED not in props:
                for d in self.by_fact.get(key, ()):
                    if d.get("article", aid) == aid:
                        verdict = d
            if verdict and verdict["action"] == "accept":
                props[STATUS], props[REVIEWED] = [L("accepted")], [L(True)]
                why.append(verdict)
            elif verdict:  # reject, or correct: the reading leaves the facts, its evidence stays
                props[STATUS], props[ASSERTED], props[INVALIDATED] = [L("rejected")], [L(False)], [decision_node(verdict)]
                if verdict["action"] == "correct":
                    new = _corrected(self, aid, props, key, verdict)
                    out += new
                    facts.add(_key_of(new))
            if why:
                props[INFLUENCED] = sorted({decision_node(d) for d in why}, key=lambda n: n.value)
            out += [ox.Triple(x, p, o) for p, objs in props.items() for o in objs]
            if ASSERTED not in props:
                facts.add((N(key[0]), K(key[1]), N(key[2])))
                keys.setdefault(key, x)
        for d in self.adds:
            if d["article"] != aid:
                continue
            f = d["fact"]
            key = (self.canonical(f["s"]), f["p"], self.canonical(f["o"]))
            if key in keys:  # the extractor reads it now: the addition confirms that reading
                out += [ox.Triple(keys[key], STATUS, L("accepted")), ox.Triple(keys[key], REVIEWED, L(True)),
                        ox.Triple(keys[key], INFLUENCED, decision_node(d))]
                continue
            new = _reading(self, aid, d, key, f, rule="review:add", sentence=d["sentence"],
                           start=d.get("start", 0), end=d.get("end", len(d["sentence"])), date=d.get("date"))
            out += new
            facts.add(_key_of(new))
        return _dedupe(out + [ox.Triple(*f) for f in facts])

    # ------------------------------------------------------------ the whole store
    def apply(self, store: GraphStore, marker: str, *, qids: dict[str, str], out: Path,
              warn: Callable[[str], None] | None = None, incremental: bool = False) -> list[dict]:
        """Lay the decisions over every article they touch (and strip them from articles they no
        longer touch), then recompute the merged graph with the decisions in it. Returns the
        stale decisions, also reported through `warn` and kept in OUT/.review-state.json.
        incremental: the merged graph summarised the store as it was before this build's writes,
        with these very decisions; then only the articles written since are overlaid, and only
        what they read, before or now, is recomputed (GraphStore.update_merged)."""
        laid = next((r["h"].value for r in store.query(LAID)), "")
        incremental = incremental and laid == (self.digest if self.decisions else "")
        if incremental:
            before: set[str] = set()
            overlaid: set[ox.NamedNode] = set()
            candidates = sorted((g for g in store.touched if store.ox.contains_named_graph(g)), key=lambda g: g.value)
        else:
            before = _fact_ids(store)
            overlaid, candidates = self._candidates(store)
        if laid and laid != self.digest:  # forget it first: a build stopped half-way lays them all again
            store.change_graph(REVIEW, [ox.Triple(REVIEW, K("reviewedWith"), L(laid))], [])
        for g in candidates:
            if g in overlaid and laid == self.digest:
                continue  # laid with these very decisions by an earlier build; the article is unchanged
            old = store.graph_triples(g)
            new = self.overlay(g.value.rsplit("/", 1)[-1], old)
            old_set, new_set = set(old), set(new)
            if old_set != new_set:
                store.change_graph(g, old_set - new_set, new_set - old_set)
        stale = self.stale(store)
        if incremental:
            added = store.update_merged(marker, qids=qids, names=self.names(), review=self.provenance(stale))
        else:
            store.refresh_merged(marker, qids=qids, names=self.names(), review=self.provenance(stale))
            added = _fact_ids(store) - before
        state = {"new": sorted(added), "stale": stale}
        (out / STATE).write_text(json.dumps(state, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        for s in stale:
            if warn:
                warn(f"{self.path or 'review'}: stale decision {s['id']} ({s['action']} {s['what']}): {s['why']}")
        return stale

    def _candidates(self, store: GraphStore) -> tuple[set[ox.NamedNode], list[ox.NamedNode]]:
        """Article graphs that carry an overlay, or have a reading a decision may touch: one that
        names a merged or split entity, or states a fact a decision names (a superset, found with
        one query instead of reading every graph)."""
        q = """SELECT DISTINCT ?g WHERE { GRAPH ?g { ?x kg:reviewStatus|kg:extractedSubject|kg:extractedObject ?v } }"""
        overlaid = {r["g"] for r in store.query(q)}
        graphs = set(overlaid)
        remapped = set(self.merges) | {d["entity"]["iri"] for d in self.splits}
        if remapped or self.by_fact:
            q = """SELECT DISTINCT ?g ?s ?p ?o WHERE { GRAPH ?g {
                     ?x a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }"""
            for r in store.query(q):
                s, o = r["s"].value, r["o"].value
                if r["g"] in graphs:
                    continue
                cs, co = self.canonical(s), self.canonical(o)
                if {s, o, cs, co} & remapped or (cs, r["p"].value.rsplit("#", 1)[-1], co) in self.by_fact:
                    graphs.add(r["g"])
        existing = set(store.article_graphs())
        graphs |= {N(article_iri(d["article"])) for d in self.adds} & existing
        return overlaid, sorted(graphs & existing, key=lambda g: g.value)

    def stale(self, store: GraphStore) -> list[dict]:
        """The decisions no reading points to: each one that matched left a mark on a reading
        (prov:wasInfluencedBy, prov:wasInvalidatedBy or prov:wasGeneratedBy)."""
        present = {g.value.rsplit("/", 1)[-1] for g in store.article_graphs()}
        q = f"""SELECT DISTINCT ?d WHERE {{ GRAPH ?g {{ ?x prov:wasInfluencedBy|prov:wasInvalidatedBy|prov:wasGeneratedBy ?d }}
                FILTER(STRSTARTS(STR(?d), "{ID_BASE}decision/")) }}"""
        used = {r["d"].value.rsplit("/", 1)[-1] for r in store.query(q)}
        out = []
        for d in self.decisions:
            if d["id"] in used:
                continue
            if d.get("article") and d["article"] not in present:
                why = f"article {d['article']} is no longer in the corpus (deleted, or its text changed)"
            elif d["action"] in ("merge", "split"):
                why = f"no article names {d['entity']['label']} that way any more"
            else:
                why = "no article reads this fact any more"
            out.append({"id": d["id"], "action": d["action"], "what": describe(d), "why": why})
        return out

    def names(self) -> dict[str, tuple[str, str | None, frozenset[str]]]:
        """An analyst's name and type for the entities a merge or split targets; a split's target
        is not called by the name of the entity it was split from."""
        out: dict[str, tuple[str, str | None, frozenset[str]]] = {}
        for d in self.decisions:
            if d["action"] in ("merge", "split"):
                into = d["into"]
                _, _, not_its = out.get(into["iri"], ("", None, frozenset()))
                if d["action"] == "split":
                    not_its |= {d["entity"]["label"]}
                out[into["iri"]] = (into["label"], into.get("type"), not_its)
        return out

    def provenance(self, stale: list[dict]) -> list[ox.Triple]:
        """Each decision as a PROV-O activity: who (prov:wasAssociatedWith), when
        (prov:endedAtTime), why (kg:reason), and what it named."""
        why_stale = {s["id"]: s["why"] for s in stale}
        out = [ox.Triple(REVIEW, K("reviewedWith"), L(self.digest))] if self.decisions else []
        for d in self.decisions:
            n, agent = decision_node(d), agent_node(d["by"])
            out += [ox.Triple(n, A, K("Decision")), ox.Triple(n, A, N(PROV + "Activity")),
                    ox.Triple(n, K("action"), L(d["action"])), ox.Triple(n, N(PROV + "wasAssociatedWith"), agent),
                    ox.Triple(n, N(PROV + "endedAtTime"), L(d["at"], "dateTime")),
                    ox.Triple(n, N(RDFS + "comment"), L(describe(d))),
                    ox.Triple(agent, A, N(PROV + "Agent")), ox.Triple(agent, N(RDFS + "label"), L(d["by"]))]
            if d.get("reason"):
                out.append(ox.Triple(n, K("reason"), L(d["reason"])))
            if d.get("article"):
                out.append(ox.Triple(n, N(PROV + "used"), N(article_iri(d["article"]))))
            if d["action"] in ("merge", "split"):
                out += [ox.Triple(n, K("entity"), N(d["entity"]["iri"])), ox.Triple(n, K("into"), N(d["into"]["iri"]))]
            if d["id"] in why_stale:
                out.append(ox.Triple(n, K("stale"), L(why_stale[d["id"]])))
        return out


def describe(d: dict) -> str:
    """One line for a human: what the decision says."""
    if d["action"] in ("merge", "split"):
        where = "".join(f" {k} {d[k]!r}" for k in ("mention", "article") if d.get(k))
        return f"{d['entity']['label']} -> {d['into']['label']}{where}"
    f = d["fact"]
    text = f"{f.get('s_label', f['s'])} {f['p']} {f.get('o_label', f['o'])}"
    if d["action"] == "correct":
        t = d["to"]
        text += f" -> {t.get('s_label', f.get('s_label', ''))} {t.get('p', f['p'])} {t.get('o_label', f.get('o_label', ''))}"
    return text + (f" in {d['article']}" if d.get("article") else "")


# ------------------------------------------------------------ helpers on triples

def _strip(triples: list[ox.Triple]) -> tuple[list[ox.Triple], dict[ox.NamedNode, dict]]:
    """An article graph as the extractor wrote it: metadata triples, and each reading's
    properties. Plain facts are dropped (they are recomputed from the readings)."""
    by_subject: dict = {}
    for t in triples:
        by_subject.setdefault(t.subject, []).append(t)
    keep, readings = [], {}
    for s, ts in by_subject.items():
        if s.value.startswith(ENTITY):
            keep += [t for t in ts if t.predicate not in FACT_PREDICATES]
            continue
        props: dict = {}
        for t in ts:
            props.setdefault(t.predicate, []).append(t.object)
        if K("Assertion") not in props.get(A, []):
            keep += ts
            continue
        status = props.get(STATUS, [None])[0]
        if status is not None and status.value == "added":
            continue
        for end, raw in RAW.items():
            if raw in props:
                props[end] = props[raw]
        if status is not None and status.value == "rejected":
            props.pop(ASSERTED, None)  # the 'not asserted' was the review's, not the extractor's
        for p in OVERLAY:
            props.pop(p, None)
        readings[s] = props
    return keep, readings


def _reading(review: Review, aid: str, d: dict, key: tuple, f: dict, *, rule: str, sentence: str,
             start: int, end: int, date: str | None = None, base: dict | None = None) -> list[ox.Triple]:
    """A reading an analyst stated: a kg:Assertion like the extractor's, generated by the decision."""
    s, p, o = key
    lower = sentence.casefold()
    s_at = lower.find(f.get("s_label", "").casefold())
    o_at = lower.find(f.get("o_label", "").casefold())
    ss = start + max(s_at, 0)
    os_ = start + max(o_at, 0)
    x = N(f"{ID_BASE}assertion/{digest(aid, s, p, o, ss, os_, d['id'])}")  # never an extractor reading's IRI
    n = decision_node(d)
    props = [(A, K("Assertion")), (A, N(RDF + "Statement")), (S, N(s)), (P, K(p)), (O, N(o)),
             (N(PROV + "wasDerivedFrom"), N(article_iri(aid))), (K("sentence"), L(sentence)),
             (K("subjectLabel"), L(f.get("s_label") or s.rsplit("/", 1)[-1])),
             (K("objectLabel"), L(f.get("o_label") or o.rsplit("/", 1)[-1])),
             (K("subjectType"), K(f.get("s_type") or "Organization")),
             (K("objectType"), K(f.get("o_type") or "Organization")),
             (K("charStart"), L(start)), (K("charEnd"), L(end)),
             (K("subjectStart"), L(ss)), (K("subjectEnd"), L(ss + (len(f.get("s_label", "")) if s_at >= 0 else 0))),
             (K("objectStart"), L(os_)), (K("objectEnd"), L(os_ + (len(f.get("o_label", "")) if o_at >= 0 else 0))),
             (K("rule"), L(rule)), (K("extractor"), L("kg-review")), (K("confidence"), L(1.0)),
             (STATUS, L("added")), (REVIEWED, L(True)), (N(PROV + "wasGeneratedBy"), n),
             (N(PROV + "wasAttributedTo"), agent_node(d["by"]))]
    if date:
        props.append((K("factDate"), date_literal(date)))
    for name in ("factDate", "attributedTo"):
        if base and base.get(K(name)) and not (name == "factDate" and date):
            props.append((K(name), base[K(name)][0]))
    return [ox.Triple(x, pp, oo) for pp, oo in props]


def _corrected(review: Review, aid: str, props: dict, key: tuple, d: dict) -> list[ox.Triple]:
    """The corrected fact, stated on the sentence of the reading it replaces."""
    one = _getter(props)
    to = d["to"]
    labels = {"s_label": one(K("subjectLabel")).value, "o_label": one(K("objectLabel")).value,
              "s_type": one(K("subjectType")).value.rsplit("#", 1)[-1],
              "o_type": one(K("objectType")).value.rsplit("#", 1)[-1]}
    for end in ("s", "o"):
        if to.get(end):
            labels[f"{end}_label"] = to.get(f"{end}_label") or to[end].rsplit("/", 1)[-1]
            labels[f"{end}_type"] = to.get(f"{end}_type") or labels[f"{end}_type"]
    new = (review.canonical(to.get("s", key[0])), to.get("p", key[1]), review.canonical(to.get("o", key[2])))
    start, end = int(one(K("charStart")).value), int(one(K("charEnd")).value)
    return _reading(review, aid, d, new, labels, rule="review:correct", sentence=one(K("sentence")).value,
                    start=start, end=end, base=props)


def _getter(props: dict) -> Callable[[ox.NamedNode], ox.NamedNode | ox.Literal | None]:
    return lambda p: props[p][0] if props.get(p) else None


def _key_of(reading: list[ox.Triple]) -> tuple:
    get = {t.predicate: t.object for t in reading}
    return (get[S], get[P], get[O])


def _dedupe(triples: list[ox.Triple]) -> list[ox.Triple]:
    return list(dict.fromkeys(triples))


def _fact_ids(store: GraphStore) -> set[str]:
    q = f"SELECT ?f WHERE {{ GRAPH {MERGED} {{ ?f a kg:Fact }} }}"
    return {r["f"].value.rsplit("/", 1)[-1] for r in store.query(q)}
