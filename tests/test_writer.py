"""Store writes beside the parser (kg/writer.py, issue 13): articles go to the store as N-Quads
text, from a writer thread (or rendered by the parsing processes with --jobs N). The store must
hold exactly the quads the article graphs are made of; an error in the writer is one clear error,
with what was written before it kept; an error in the parser still stores what was parsed."""
from __future__ import annotations

import shutil
from dataclasses import replace

import pyoxigraph as ox
import pytest

import kg
from kg.errors import StoreError
from kg.extract import extract
from kg.gazetteer import load as load_gazetteer
from kg.ids import article_iri
from kg.models import Article
from kg.rdfarticle import article_triples
from kg.store import BULK_FROM, GraphStore

from .conftest import nquads, write_corpus

ODD = 'He said "no" \\ then left\ton a new\nline; <b>bold</b> & café 中文 \U0001F600'
CORPUS = {f"a{i:02d}.txt": f"TITLE: Story {i}\nDATE: 2024-07-0{1 + i % 9}\n-----\n"
          f"Nvidia sells chips to Huawei. Intel acquired Altera in 2015. Item {i}.\n" for i in range(14)}


def test_text_writes_hold_exactly_the_article_quads(tmp_path, nlp):
    """Titles and sentences with quotes, backslashes, tabs, newlines, markup and non-ASCII; batches
    below and above the bulk-loading threshold; articles replaced in place: the store holds the
    quads of article_triples, nothing more or less (as a store holds them: 0.850 is 0.85)."""
    arts = [Article(id=f"odd{i:03d}", path=f"odd{i}.txt", title=f"{ODD} {i}", date="2024-07-09",
                    text=f"Nvidia sells chips to Huawei, {ODD!r} said the report {i}.")
            for i in range(BULK_FROM + 4)]
    parsed = [(a, t, f"test:{a.id}") for a, t in extract(arts, nlp=nlp, gazetteer=load_gazetteer())]
    assert sum(len(t) for _, t, _ in parsed) >= len(arts)  # every article has facts to store
    gs = GraphStore(tmp_path / "store")
    gs.write_articles(parsed[:3], extractor="test")  # a transaction
    gs.write_articles(parsed[3:], extractor="test")  # a bulk load
    renamed = [(replace(a, title="Renamed \\ \"again\""), t[:1], "test:2") for a, t, _ in parsed[:2]]
    gs.write_articles(renamed, extractor="test")  # replaced in place
    want = ox.Store()  # the article graphs as Python quads, the way they were written before
    for a, t, b in renamed + parsed[2:]:
        g = ox.NamedNode(article_iri(a.id))
        want.extend(ox.Quad(*q, g) for q in article_triples(a, t, b, extractor="test"))
    assert {str(q) for q in gs.ox} == {str(q) for q in want}
    titles = {q.object.value for q in gs.ox.quads_for_pattern(None, ox.NamedNode("http://purl.org/dc/terms/title"), None)}
    assert f"{ODD} 7" in titles and 'Renamed \\ "again"' in titles


@pytest.mark.parametrize("jobs", [1, 2])
def test_writer_thread_builds_equal_a_build_written_article_by_article(tmp_path, nlp, jobs, monkeypatch):
    """The canonical N-Quads of a build whose writes overlap parsing (in a thread, or rendered by
    two parsing processes) equal those of a build that writes each article as it is parsed."""
    corpus = write_corpus(tmp_path / "c", CORPUS)
    kg.build(corpus, out=tmp_path / "threaded", exports=(), jobs=jobs)
    with monkeypatch.context() as m:
        from kg import writer

        def inline(self, batch):  # the pre-thread behaviour: written, then reported, at once
            self.wait()
            for item in batch:
                self.batch = [item]
                self._write()
                self.thread = None
                if self.error:
                    raise self.error
                self.on_written([item])

        m.setattr(writer.BatchWriter, "put", inline)
        kg.build(corpus, out=tmp_path / "inline", exports=(), jobs=1)
    assert nquads(tmp_path / "threaded") == nquads(tmp_path / "inline")


def test_an_error_in_the_writer_is_raised_and_what_was_written_is_kept(tmp_path, nlp, monkeypatch):
    corpus = write_corpus(tmp_path / "c", CORPUS)
    out = tmp_path / "out"
    calls = []
    real = GraphStore.write_articles

    def failing(self, batch, **kw):
        calls.append(len(batch))
        if len(calls) == 3:  # the third batch (articles 4-7) meets a broken disk
            raise StoreError(f"{self.path}: cannot write to the store (I/O error)")
        return real(self, batch, **kw)

    reported: list[str] = []
    with monkeypatch.context() as m:
        m.setattr(GraphStore, "write_articles", failing)
        with pytest.raises(StoreError, match="cannot write to the store"):
            kg.build(corpus, out=out, exports=(), on_article=lambda a, n: reported.append(a.id))
    assert calls[:2] == [1, 2] and len(calls) == 3  # nothing written after the failure
    gs = GraphStore(out / "store", read_only=True)
    stored = set(gs.built_articles())
    gs.close()
    assert len(stored) == 3 and set(reported) == stored  # reported exactly what is in the store
    kg.build(corpus, out=out, exports=())  # the next build completes it
    kg.build(corpus, out=tmp_path / "fresh", exports=())
    assert nquads(out) == nquads(tmp_path / "fresh")


def test_an_error_in_the_parser_stores_what_was_parsed_before_it(tmp_path, nlp, monkeypatch):
    corpus = write_corpus(tmp_path / "c", CORPUS)
    out = tmp_path / "out"
    import importlib

    ex = importlib.import_module("kg.extract")  # the package (kg.extract is also its function)
    real = ex.facts_of

    def breaks(doc, art, *a, **kw):
        if art.title == "Story 9":
            raise RuntimeError("a rule failed")
        return real(doc, art, *a, **kw)

    with monkeypatch.context() as m:
        m.setattr(ex, "facts_of", breaks)
        with pytest.raises(RuntimeError, match="a rule failed"):
            kg.build(corpus, out=out, exports=())
    gs = GraphStore(out / "store", read_only=True)
    titles = {r["t"].value for r in gs.query("SELECT ?t WHERE { ?a kg:builtWith ?h ; dcterms:title ?t }")}
    gs.close()
    assert titles == {f"Story {i}" for i in range(9)}  # a00..a08 come before a09 in corpus order
    shutil.rmtree(tmp_path / "c")


def test_ctrl_c_while_the_writer_thread_starts_keeps_the_batch(tmp_path, nlp, monkeypatch):
    """A Ctrl-C that lands inside Thread.start (a parallel build once exited 1 with a traceback
    instead of 130: the block's exit joined a thread that never started). Here the thread does
    start: the interrupt comes out of put(), and leaving the block waits for the write."""
    import os
    import signal
    import threading
    import time

    from kg.writer import BatchWriter

    arts = [Article(id=f"int{i}", path=f"int{i}.txt", text="Nvidia sells chips to Huawei.") for i in range(3)]
    items = [(a, t, "test:1", None) for a, t in extract(arts, nlp=nlp, gazetteer=load_gazetteer())]
    gs = GraphStore(tmp_path / "store")
    written: list = []
    real_start = threading.Thread.start

    def start(self):
        real_start(self)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C inside start(), once the thread exists
        time.sleep(1)

    monkeypatch.setattr(threading.Thread, "start", start)
    with pytest.raises(KeyboardInterrupt):
        with BatchWriter(gs, extractor="test", on_written=written.extend, flush_every=100) as w:
            w.put(items)
    monkeypatch.undo()
    assert w.error is None and w.thread is None
    graphs = {q.graph_name.value for q in gs.ox}
    assert {article_iri(a.id) for a in arts} <= graphs


def test_ctrl_c_before_the_writer_thread_exists_leaves_nothing_to_join(tmp_path, monkeypatch):
    """The other side of that race: Ctrl-C inside start() before the thread was created. Leaving
    the block must not join a thread that never began (RuntimeError, exit 1), only re-raise."""
    import threading

    from kg.writer import BatchWriter

    monkeypatch.setattr("kg.writer.START_GRACE", 0.2)

    def start(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(threading.Thread, "start", start)
    with pytest.raises(KeyboardInterrupt):
        with BatchWriter(GraphStore(tmp_path / "store"), extractor="test", on_written=list, flush_every=100) as w:
            w.put([("not written",)])
    monkeypatch.undo()
    assert w.thread is None


def test_built_articles_since_an_earlier_reading_equals_the_whole_query(tmp_path):
    """A build reads the articles' builtWith marks when it starts and again after writing; the
    second reading re-reads only the graphs it touched (issue 13). It must equal the whole query
    after replaced, new (one by one and bulk-loaded), unmarked and dropped articles."""
    gs = GraphStore(tmp_path / "store")
    arts = [Article(id=f"x{i:03d}", text=f"Text {i}.", path=f"f{i}.txt", title=f"T {i}") for i in range(60)]
    gs.write_articles([(a, [], "s:1") for a in arts[:40]], extractor="t")
    gs.touched.clear()
    before = gs.built_articles()
    assert before == {a.id: "s:1" for a in arts[:40]}
    gs.replace_article(arts[3], [], "s:2", extractor="t")  # changed
    gs.remove_article(arts[5].id)  # gone
    gs.write_articles([(arts[40], [], "s:1")], extractor="t")  # new, one
    gs.write_articles([(a, [], "s:3") for a in arts[41:41 + BULK_FROM]], extractor="t")  # new, bulk
    gs._update(f"DROP SILENT GRAPH <{article_iri(arts[7].id)}> ;\n"  # a graph left without its mark
               f"INSERT DATA {{ GRAPH <{article_iri(arts[7].id)}> {{ <urn:x> <urn:y> <urn:z> }} }}")
    gs.touched.add(ox.NamedNode(article_iri(arts[7].id)))
    whole = gs.built_articles()
    assert gs.built_articles(since=before) == whole
    assert whole[arts[3].id] == "s:2" and arts[5].id not in whole and arts[7].id not in whole
    since = gs.built_articles(since=before)
    assert [k for k in since if k in before] == [k for k in before if k in since]  # kept ones keep their order
    gs.touched.update(ox.NamedNode(article_iri(f"y{i}")) for i in range(60))  # many touched: the whole query
    assert gs.built_articles(since={}) == whole
