"""The RDF store: an on-disk Oxigraph dataset, one named graph per article.

Everything that touches the store goes through this module. An article's graph holds its
metadata, its facts (plain `s p o`) and one evidence node (kg:Assertion, an rdf:Statement
with PROV-O links, and how the article named and typed both ends) per reading. Replacing an
article's graph is one SPARQL Update, hence one transaction: a crash leaves the old graph or
the new one, never half of either. New articles are bulk-loaded, their kg:builtWith marks last,
so a graph without its mark is parsed again. Two derived graphs describe each entity once
(ENTITIES) and summarise each distinct fact with its support (MERGED); the merged graph's marker
(kg:mergedFrom) is written after them, so a build stopped before it recomputes them whole.
Queries see the union of all graphs as the default graph.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError
from .ids import article_iri, fact_iri, wikidata_iri
from .rdfarticle import (ENTITIES, MERGED, ONTOLOGY_GRAPH, OWL, PREFIXES, RDFS, REVIEW, SKOS, A,
                         K, L, N, Rendered, article_triples, render_article)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: `kg query` loads this module at every start
if TYPE_CHECKING:  # only named in annotations; kg.models loads dataclasses (~15 ms a start)
    from .models import Article, Triple


BULK_FROM = 32  # articles in a batch from which bulk loading is cheaper than a transaction



def disk_full(exc: OSError) -> bool:
    """No space, a file over the size limit, a quota: RocksDB reports them as text, Python by errno."""
    import errno

    return exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or any(
        s in str(exc) for s in ("No space left", "File too large", "quota exceeded"))


def full_error(path: Path, exc: OSError) -> StoreError:
    text = str(exc)
    why = exc.strerror or next((s for s in ("No space left on device", "File too large", "Disk quota exceeded")
                                if s.lower() in text.lower()), text.splitlines()[0] if text else "no space")
    return StoreError(f"{path}: the disk is full ({why}); free some space and run the same command "
                      "again: what was stored before is kept")


def write_error(path: Path, exc: OSError) -> StoreError:
    if disk_full(exc):
        return full_error(path, exc)
    return StoreError(f"{path}: cannot write to the store ({str(exc).splitlines()[0] if str(exc) else exc!r})")


class GraphStore:
    """An Oxigraph store on disk. Open read-write for builds, read-only for queries."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            if read_only:
                if not self.path.exists():
                    out = self.path.parent if self.path.name == "store" else self.path
                    raise StoreError(f"{self.path}: no store here; run `kg build CORPUS -o {out}` first")
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path))
        except OSError as exc:
            if disk_full(exc):
                raise full_error(self.path, exc) from None
            msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            hint = "another kg process may be using it" if "lock" in msg.lower() else "is it a kg store?"
            raise StoreError(f"{self.path}: cannot open the store ({msg}); {hint}") from None
        self.touched: set[ox.NamedNode] = set()  # article graphs written or dropped by this process
        self.touched_keys: set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]] = set()  # what they read before

    @classmethod
    def open_any(cls, path: str | Path) -> "GraphStore":
        """A build folder, a store directory, or an export file (.trig .nq .ttl .jsonld), read-only."""
        p = Path(path)
        if p.is_dir() or not p.suffix:  # a build folder or a store (a missing one says how to make it)
            return cls(p / "store" if (p / "store").is_dir() or not p.exists() else p, read_only=True)
        fmt = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
               ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}.get(p.suffix.lower())
        if not p.exists() or fmt is None:
            raise StoreError(f"{p}: not a kg build folder, store or export (.trig .nq .ttl .nt .jsonld)")
        gs = cls.__new__(cls)
        gs.path, gs.ox, gs.touched, gs.touched_keys = p, ox.Store(), set(), set()
        try:
            gs.ox.bulk_load(path=str(p), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{p}: cannot parse ({str(exc).splitlines()[0]})") from None
        return gs

    # --------------------------------------------------------------- writing
    def replace_article(self, art: Article, triples: Iterable[Triple], built_with: str, *, extractor: str) -> None:
        """Drop the article's graph and write the new one, in a single transaction."""
        g = N(article_iri(art.id))
        self._touch(g)
        body = " .\n".join(str(t) for t in article_triples(art, triples, built_with, extractor=extractor))
        self._update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}")

    def write_articles(self, batch: Iterable[tuple[Article, list[Triple], str]], *, extractor: str,
                       rendered: list[Rendered] | None = None) -> None:
        """Store a batch of (article, facts, built_with); `rendered`: the same articles as
        render_article gave them (a parsing process renders its own). An article the store holds
        a graph for is replaced in a transaction of its own. New ones are bulk-loaded: index
        files written directly, less than half the CPU of a transaction, which mattered beside the
        parser (11 ms an article). Their kg:builtWith marks follow in one transaction, after the
        rest: a build stopped between the two leaves graphs without a mark, which the next build
        parses again and replaces like any changed article, so nothing half-written counts as built.
        Measured on 300 articles (CPU, with compaction): a transaction per batch 2.9-3.4 s whatever
        the batch; bulk loads 12.7 s by 1 article, 6.4 s by 5, 3.2 s by 20, 2.1 s by 64.
        The graphs go in as N-Quads text: Oxigraph parses and loads text without holding Python's
        lock, so a build's writer thread runs beside the parser (bulk_extend of Python quads holds it)."""
        batch = list(batch)
        if rendered is None:
            rendered = [render_article(art, triples, bw, extractor=extractor) for art, triples, bw in batch]
        fresh: list[str] = []
        marks: list[ox.Quad] = []
        for (art, _, built_with), (graph, body) in zip(batch, rendered):
            g = N(graph)
            if self.ox.contains_named_graph(g):
                self._touch(g)
                self._update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}"
                             f"{g} {K('builtWith')} {L(built_with)} .\n}} }}")
                continue
            self.touched.add(g)
            fresh.append(body.replace(" .\n", f" {g} .\n"))
            marks.append(ox.Quad(g, K("builtWith"), L(built_with), g))
        try:
            if fresh:  # bulk loading writes files of its own: for a few articles a transaction costs 2-4x less
                (self.ox.bulk_load if len(marks) >= BULK_FROM else self.ox.load)(
                    "".join(fresh).encode(), format=ox.RdfFormat.N_QUADS)
            if marks:
                self.ox.extend(marks)
        except OSError as exc:
            raise write_error(self.path, exc) from None

    def _update(self, sparql: str) -> None:
        """One SPARQL Update, one transaction; a full disk is a clear error, and the transaction
        that met it is not applied, so the store holds what it held before."""
        try:
            self.ox.update(sparql)
        except OSError as exc:
            raise write_error(self.path, exc) from None

    def put_ontology(self, path: Path) -> bool:
        """Keep the ontology in its own named graph, so queries can use its labels and kg:coreTerm.
        Returns whether it changed."""
        g = ONTOLOGY_GRAPH
        new = sorted(str(t.triple) for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        old = sorted(str(q.triple) for q in self.ox.quads_for_pattern(None, None, None, g))
        if new == old:
            return False
        body = " .\n".join(new)
        self._update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}")
        return True

    # --------------------------------------------------------------- merged facts
    def merged_marker(self) -> str | None:
        q = f"SELECT ?h WHERE {{ GRAPH {MERGED} {{ {MERGED} kg:mergedFrom ?h }} }}"
        return next((r["h"].value for r in self.ox.query(q, prefixes=PREFIXES)), None)

    def refresh_merged(self, marker: str, qids: dict[str, str] | None = None, *,
                       names: dict[str, tuple[str, str | None, frozenset[str]]] | None = None,
                       review: Iterable[ox.Triple] = ()) -> int:
        """Recompute the merged graph: each entity described once (label,
        type, other names, Wikidata link) and one kg:Fact per distinct asserted triple with its
        support across articles. Returns the number of facts. `names` are an analyst's names
        (and types) for entities, which win over the articles' own, and names that are not the
        entity's (those of another entity it was split from); `review` is the content of
        the REVIEW graph (the decisions), written with them. A fact with a reading
        an analyst accepted (kg:reviewed true) is reviewed, with confidence 1.

        Support counts independent stories: syndicated copies (kg:copyOf) of one story count once
        in kg:supportCount and kg:sourceCount (the story's source is its original's, or the first
        by name); kg:publicationCount counts every article, copies included."""
        from .kept import KEPT
        from .merged import ENTITY_COUNTS, Counted, slices
        from .shares import beside

        KEPT.clear()
        self._clear_derived()
        disk = beside(self.path)  # each graph's share, kept for the next small change (kg/shares.py)
        if disk is not None and not disk.start_over():
            disk = None
        try:
            # computed a slice of subjects at a time and bulk-loaded as they are made (kg/merged.py):
            # neither the readings nor the graph are ever all held at once
            facts = Counted(self.ox, tee=disk.add_rows if disk is not None else None)
            entities = (ox.Quad(*t, ENTITIES) for part in slices(self.ox, ENTITY_COUNTS)
                        for t in self._entity_descriptions(qids or {}, names or {}, only=part, tee=disk))
            self._write_derived(chain(facts, entities, (ox.Quad(*t, REVIEW) for t in set(review))), marker,
                                bulk=True)
            if disk is not None:
                disk.commit(marker)
        finally:
            if disk is not None:
                disk.rollback()
                disk.close()
        if KEPT.on:  # a resident process: the next small change is summed from these (kg/kept.py)
            KEPT.take(self.ox, str(self.path.resolve()), marker)
        return facts.facts

    def _clear_derived(self) -> None:
        """Empty the derived graphs before a full recompute: the merged graph's marker first (from
        then on a stopped build recomputes them whole), then their quads in transactions of
        bounded size, each flushed. A single DROP of a merged graph of 144k quads held +195 MiB
        (the transaction and the store's write buffers), in chunks +44 MiB and less time."""
        from .merged import WRITE_QUADS

        self._update(f"DELETE WHERE {{ GRAPH {MERGED} {{ {MERGED} {K('mergedFrom')} ?h }} }}")
        for g in (MERGED, ENTITIES, REVIEW):
            while next(iter(self.ox.quads_for_pattern(None, None, None, g)), None) is not None:
                self._update(f"DELETE {{ GRAPH {g} {{ ?s ?p ?o }} }} WHERE {{ {{ SELECT ?s ?p ?o WHERE "
                             f"{{ GRAPH {g} {{ ?s ?p ?o }} }} LIMIT {WRITE_QUADS} }} }}")
                self.flush()
            self._update(f"DROP SILENT GRAPH {g}")  # an empty graph's name too, as a fresh store has none

    def _derived_quads(self, groups: dict[tuple, dict], qids, names, review: Iterable[ox.Triple], *,
                       only: set[ox.NamedNode] | None = None, kept=None) -> Iterator[ox.Quad]:
        """The merged graph's facts, the entities' descriptions (of `only`, when given) and the
        review decisions, as quads of their graphs."""
        from .merged import fact_quads

        yield from fact_quads(groups)
        yield from (ox.Quad(*t, ENTITIES) for t in self._entity_descriptions(qids or {}, names or {}, only=only,
                                                                              kept=kept))
        yield from (ox.Quad(*t, REVIEW) for t in set(review))

    def _write_derived(self, quads: Iterable[ox.Quad], marker: str, *, bulk: bool = False) -> None:
        """The derived graphs' new quads, then the merged graph's marker, each in one transaction
        (quads handed over directly: parsing them as one SPARQL INSERT took as long as computing
        them). Until the marker is written the merged graph is not up to date for any build, so a
        build stopped in between is completed by the next one, which recomputes it whole."""
        from .merged import WRITE_QUADS, batched

        try:
            if bulk:  # in batches: Oxigraph's bulk loader holds a whole batch in memory before writing it
                for part in batched(quads, WRITE_QUADS):
                    self.ox.bulk_extend(part)
            else:
                self.ox.extend(quads)
            self.ox.extend([ox.Quad(MERGED, K("mergedFrom"), L(marker), MERGED)])
        except OSError as exc:
            raise write_error(self.path, exc) from None
        self.touched.clear()
        self.touched_keys.clear()

    def update_merged(self, marker: str, qids: dict[str, str] | None = None, *,
                      names: dict[str, tuple[str, str | None, frozenset[str]]] | None = None,
                      review: Iterable[ox.Triple] = ()) -> set[str]:
        """refresh_merged for the facts and entities that the article graphs written or dropped
        since the last refresh read before or read now; the rest of the merged graph stays as it
        is. The same graph as a full refresh, at a cost that follows the change, not the corpus.
        Returns the ids of the facts it added."""
        from .kept import KEPT

        keys = self.touched_keys | self.assertion_keys([g for g in self.touched if self.ox.contains_named_graph(g)])
        entities = {e for s, _, o in keys for e in (s, o)}
        facts = {N(fact_iri(s.value, p.value, o.value)) for s, p, o in keys}
        before = {r["f"].value for r in self._values_query(
            f"SELECT ?f WHERE {{ {{VALUES}} GRAPH {MERGED} {{ ?f a kg:Fact }} }}", "?f", facts)}
        from .shares import beside

        where = str(self.path.resolve())
        was = self.merged_marker()
        kept = KEPT.valid(where, was)  # a resident process's shares of this very state
        disk = beside(self.path)  # or those kept on disk beside the store (kg/shares.py)
        if disk is not None and (disk.marker() != was or not disk.replace(self.ox, self.touched)):
            disk.close()  # (the touched graphs' rows replaced: committed with the new marker below)
            disk = None
        try:
            if kept:  # the touched graphs' shares read again, the rest summed from memory (kg/kept.py)
                KEPT.replace(self.ox, self.touched)
            else:
                KEPT.clear()
            shares = KEPT if kept else disk
            groups = self._support(keys, kept=shares)
            quads = list(self._derived_quads(groups, qids, names, review, only=entities, kept=shares))
            parts = [f"DELETE WHERE {{ GRAPH {MERGED} {{ {MERGED} {K('mergedFrom')} ?h }} }}", f"DROP SILENT GRAPH {REVIEW}"]
            for graph, var, nodes in ((MERGED, "?f", facts), (ENTITIES, "?e", entities)):
                for chunk in _chunks(sorted(nodes, key=lambda n: n.value)):
                    values = " ".join(map(str, chunk))
                    parts.append(f"DELETE {{ GRAPH {graph} {{ {var} ?p ?o }} }} WHERE {{ VALUES {var} {{ {values} }} "
                                 f"GRAPH {graph} {{ {var} ?p ?o }} }}")
            self._update(" ;\n".join(parts))
            self._write_derived(quads, marker)
            if disk is not None:
                disk.commit(marker)
        except BaseException:
            KEPT.clear()  # the store may be in either state: it is read again next time
            raise
        finally:
            if disk is not None:
                disk.rollback()
                disk.close()
        if KEPT.on:  # taken once from the whole store after a cold update, then kept up to date
            if kept:
                KEPT.marker = marker
            else:
                KEPT.take(self.ox, where, marker)
        added = {fact_iri(*(t.value for t in k)) for k in groups} - before
        return {f.rsplit("/", 1)[-1] for f in added}

    def assertion_keys(self, graphs: list[ox.NamedNode]) -> set[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]]:
        """(subject, predicate, object) of every reading in these article graphs, asserted or not."""
        q = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?x a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }"
        out = set()
        for g in graphs:
            out |= {(r["s"], r["p"], r["o"]) for r in self.ox.query(q.replace("?g", str(g)), prefixes=PREFIXES)}
        return out

    def _values_query(self, q: str, var: str, nodes) -> Iterator:
        """Run a query with `{VALUES}` standing for a VALUES block over `nodes`, in chunks."""
        for chunk in _chunks(sorted(nodes, key=lambda n: str(n))):
            yield from self.ox.query(q.replace("{VALUES}", f"VALUES {var} {{ {' '.join(map(str, chunk))} }}"),
                                     prefixes=PREFIXES)

    def _support(self, keys: set, *, kept=None) -> dict[tuple, dict]:
        """The facts of `keys` (s, p, o) with the readings and the stories, sources, dates and
        publications that support them (kg/merged.py), for the facts a change touched; `kept`:
        from the shares a resident process keeps (kg/kept.py) or the build folder keeps on disk
        (kg/shares.py), not from the store."""
        from .merged import SUPPORT, group

        if kept:
            return group(kept.support_rows(sorted({(s.value, p.value, o.value) for s, p, o in keys})))

        # the facts asked for first, inside the graph pattern, each reading reached from its subject:
        # Oxigraph then looks up only those readings (a VALUES block outside GRAPH was joined after
        # scanning every reading of the store: 54 s against 0.2 s for 60 facts at 1M quads)
        rows = (r for chunk in _chunks(sorted(keys, key=lambda k: tuple(t.value for t in k)))
                for r in self.ox.query(SUPPORT.replace("{VALUES}", "VALUES (?s ?p ?o) { " + " ".join(
                    f"({s} {p} {o})" for s, p, o in chunk) + " }"), prefixes=PREFIXES))
        return group(rows)

    def _entity_descriptions(self, qids: dict[str, str],
                             names: dict[str, tuple[str, str | None, frozenset[str]]],
                             only: set[ox.NamedNode] | None = None, kept=None, tee=None) -> Iterator[ox.Triple]:
        """One label (the most used; ties by name, unless an analyst named it) and one type per
        entity, from the assertions; only those of `only` when given (`kept`: counted from the
        shares a resident process keeps, kg/kept.py, or the build folder keeps, kg/shares.py;
        `tee`: the counts by graph handed to kg/shares.py as they are read)."""
        # counted by the store: one row per (entity, label, type), not one per reading (a touched
        # entity such as a country is read by a good part of the corpus)
        q = """SELECT ?e ?label ?type (COUNT(*) AS ?n) WHERE { {VALUES} GRAPH ?a {
                 { ?x rdf:subject ?e ; kg:subjectLabel ?label ; kg:subjectType ?type }
                 UNION { ?x rdf:object ?e ; kg:objectLabel ?label ; kg:objectType ?type } } }
               GROUP BY ?e ?label ?type"""
        labels: dict[str, dict[str, int]] = {}
        types: dict[str, dict[str, int]] = {}
        if kept and only is not None:
            counts: Iterable[tuple[str, str, str, int]] = kept.label_counts(e.value for e in only)
        elif tee is not None and only is not None:  # counted by graph: the shares' rows, summed below
            by_graph = q.replace("?e ?label", "?a ?e ?label", 1).replace("GROUP BY ?e", "GROUP BY ?a ?e")
            rows = [(r["a"].value, r["e"].value, r["label"].value, r["type"].value, int(r["n"].value)) for r in
                    self._values_query(by_graph.replace("{VALUES} GRAPH ?a {", "GRAPH ?a { {VALUES}"), "?e", only)]
            tee.add_labels(rows)
            counts = ((e, label, kind, n) for _, e, label, kind, n in rows)
        else:
            rows = (self.ox.query(q.replace("{VALUES}", ""), prefixes=PREFIXES) if only is None  # (VALUES first, as above)
                    else self._values_query(q.replace("{VALUES} GRAPH ?a {", "GRAPH ?a { {VALUES}"), "?e", only))
            counts = ((r["e"].value, r["label"].value, r["type"].value, int(r["n"].value)) for r in rows)
        for e, label, kind, n in counts:
            labels.setdefault(e, {}).setdefault(label, 0)
            labels[e][label] += n
            types.setdefault(e, {}).setdefault(kind, 0)
            types[e][kind] += n
        for e in sorted(labels):
            ranked = sorted(labels[e], key=lambda lab: (-labels[e][lab], lab))
            name, kind, not_its = names.get(e, (None, None, frozenset()))
            if name:
                ranked = [name] + [lab for lab in ranked if lab != name and lab not in not_its]
            n = N(e)
            yield ox.Triple(n, N(RDFS + "label"), L(ranked[0]))
            for alt in ranked[1:]:
                yield ox.Triple(n, N(SKOS + "altLabel"), L(alt))
            yield ox.Triple(n, A, K(kind) if kind else N(min(types[e], key=lambda t: (-types[e][t], t))))
            if e in qids:
                yield ox.Triple(n, N(OWL + "sameAs"), N(wikidata_iri(qids[e])))

    def graph_triples(self, graph: ox.NamedNode) -> list[ox.Triple]:
        return [q.triple for q in self.ox.quads_for_pattern(None, None, None, graph)]

    def change_graph(self, graph: ox.NamedNode, remove: Iterable[ox.Triple], add: Iterable[ox.Triple]) -> None:
        """Remove and add triples in one named graph, in a single transaction (the review overlay
        of an article: a few triples of a large graph)."""
        parts = []
        for verb, triples in (("DELETE", remove), ("INSERT", add)):
            body = " .\n".join(sorted(map(str, triples)))
            if body:
                parts.append(f"{verb} DATA {{ GRAPH {graph} {{\n{body} .\n}} }}")
        if parts:
            self._update(" ;\n".join(parts))

    def article_graphs(self) -> list[ox.NamedNode]:
        prefix = article_iri("")
        return sorted((g for g in self.ox.named_graphs() if g.value.startswith(prefix)), key=lambda g: g.value)

    def remove_article(self, aid: str) -> None:
        g = N(article_iri(aid))
        self._touch(g)
        self._update(f"DROP SILENT GRAPH {g}")

    def _touch(self, g: ox.NamedNode) -> None:
        """Remember an article graph about to change, and the facts and entities it read before:
        the merged graph is then brought up to date for those alone (update_merged)."""
        self.touched.add(g)
        self.touched_keys |= self.assertion_keys([g])

    def built_articles(self, since: dict[str, str] | None = None) -> dict[str, str]:
        """article id -> the builtWith hash it was extracted with. `since`: what this gave earlier
        in this process; every article graph written or dropped after it is in `touched`, so only
        those are read again (the whole query was 0.04-0.08 CPU-s at 2,000 articles, and a build
        asked twice; issue 13). Many touched graphs: the whole query, as without `since`."""
        prefix = article_iri("")
        if since is not None and len(self.touched) <= max(50, len(since) // 8):
            now = dict(since)
            mark = K("builtWith")
            for g in sorted(self.touched, key=lambda g: g.value):
                if g.value.startswith(prefix):
                    marks = [q.object.value for q in self.ox.quads_for_pattern(g, mark, None, g)]
                    if marks:  # an article kept keeps its place in the dict
                        now[g.value[len(prefix):]] = marks[-1]
                    else:
                        now.pop(g.value[len(prefix):], None)
            return now
        q = "SELECT ?g ?h WHERE { GRAPH ?g { ?g kg:builtWith ?h } }"  # noqa: S608
        return {sol["g"].value[len(prefix):]: sol["h"].value
                for sol in self.ox.query(q, prefixes=PREFIXES)}

    def compact(self) -> None:
        """Flush, then merge the store's files and drop what older writes left behind (the
        write-ahead logs, superseded versions): the same data takes the same disk however it
        was written (--jobs, batches, many small rebuilds)."""
        self.flush()
        try:
            self.ox.optimize()
        except OSError as exc:
            raise write_error(self.path, exc) from None

    def flush(self) -> None:
        if "ox" not in self.__dict__:  # closed (a reopen that failed has said why)
            return
        try:
            self.ox.flush()
        except OSError as exc:
            raise write_error(self.path, exc) from None

    # --------------------------------------------------------------- reading
    def query(self, sparql: str, *, union: bool = True, graphs: list | None = None):
        """SPARQL over the union of all graphs, or over the merge of `graphs` when given."""
        if graphs is not None:
            return self.ox.query(sparql, prefixes=PREFIXES, default_graph=graphs)
        return self.ox.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=union)

    def __len__(self) -> int:
        return len(self.ox)

    def dump(self, path: str | Path, fmt: ox.RdfFormat, *, graph: ox.DefaultGraph | None = None) -> None:
        if graph is None:
            self.ox.dump(str(path), format=fmt, prefixes=PREFIXES)
        else:
            self.ox.dump(str(path), format=fmt, from_graph=graph, prefixes=PREFIXES)

    def close(self) -> None:
        self.__dict__.pop("ox", None)

    def release(self) -> None:
        """Close the store for a while, so that another process may open it (kg/merging.py);
        reopen() takes it back. Flushed first: the other process reads what was written."""
        self.flush()
        del self.ox

    def reopen(self) -> None:
        try:
            self.ox = ox.Store(str(self.path))
        except OSError as exc:
            raise write_error(self.path, exc) from None


def _chunks(items: list, n: int = 500) -> Iterator[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def disk_size(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def compact(path: str | Path) -> tuple[int, int]:
    """`kg compact`: an existing store (a build folder or the store itself) compacted in place.
    Returns its size on disk before and after, in bytes."""
    p = Path(path)
    p = p / "store" if (p / "store").is_dir() else p
    if not p.is_dir():
        raise StoreError(f"{p}: no store here; run `kg build CORPUS -o {p}` first")
    before = disk_size(p)
    gs = GraphStore(p)
    try:
        gs.compact()
    finally:
        gs.close()
    return before, disk_size(p)


def rdflib_dataset(gs: GraphStore):
    """The store as an rdflib Dataset, through oxrdflib's Oxigraph store plugin: rdflib's API
    (SPARQL, triple patterns, named graphs) answered by Oxigraph on the store itself, nothing
    copied into memory. As in `kg query`, the default graph is the union of all graphs and the
    project's prefixes are bound; a store opened read-only refuses writes."""
    import rdflib
    from oxrdflib import OxigraphStore

    ds = rdflib.Dataset(store=OxigraphStore(store=gs.ox), default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds
