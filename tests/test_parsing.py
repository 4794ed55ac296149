"""`kg build --jobs 1` with the parsing in a second process (kg/parsing.py): the Docs that come
back read as the Docs parsed here, token by token; a build equals a build in one process; an
error in the parser is raised in the build; the parser never outlives the build, whether it
ends, fails, is stopped with Ctrl-C or is killed."""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import kg
import kg.parsing as P
from kg.models import Article

from .conftest import as_from_a_terminal, nquads, write_corpus
from .test_interrupt import EXIT_WITHIN, children, group_members, reports, wait_gone

pytestmark = pytest.mark.skipif(not P.usable(), reason="needs fork and a second core")

TEXTS = ["SAN FRANCISCO, March 4 (Reuters) - Nvidia sells chips to Huawei.\nIntel acquired Altera in 2015.",
         "The Commerce Department added Huawei to the Entity List. Lisa Su, chief executive of AMD, met officials.",
         "Samsung Electronics is building a chip plant in Taylor, Texas.\n\nOpenAI blocked API access from China.",
         "Amazon agreed to invest up to $4 billion in Anthropic, according to Reuters."]


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=TEXTS[i % len(TEXTS)] + f" This is report {i}.", path=f"a{i}.txt")
            for i in range(n)]


def _parsers() -> list:
    return [p for p in mp.active_children() if p.name == "kg-parse"]


def _small_batches(monkeypatch) -> None:
    """Several batches, messages and texts in flight even for a short list."""
    monkeypatch.setattr(P, "BATCH", 3)
    monkeypatch.setattr(P, "AHEAD", 7)
    monkeypatch.setattr(P, "SEND", 2)


def _tokens(doc) -> list[tuple]:
    return [(t.i, t.text, t.whitespace_, t.idx, t.lemma_, t.norm_, t.tag_, t.pos_, str(t.morph), t.head.i, t.dep_,
             t.is_sent_start, t.ent_iob_, t.ent_type_, t.ent_id_, t.ent_kb_id_, t.is_stop, t.like_num, t.shape_)
            for t in doc]


def _view(doc) -> tuple:
    return (_tokens(doc), [(e.start, e.end, e.label_, e.id_) for e in doc.ents], [(s.start, s.end) for s in doc.sents])


def test_docs_from_the_parser_process_read_as_the_docs_parsed_here(nlp, monkeypatch):
    _small_batches(monkeypatch)
    arts = _articles(11)  # not a multiple of the batch: the last one is short
    here = [_view(d) for d in nlp.pipe([a.text for a in arts], batch_size=P.BATCH)]
    got = list(P.parse(arts, nlp=nlp))
    assert [a for a, _ in got] == arts
    assert [_view(d) for _, d in got] == here
    assert _parsers() == []


def test_a_build_with_the_parser_process_equals_a_build_in_one_process(tmp_path, nlp, monkeypatch):
    corpus = write_corpus(tmp_path / "c", {f"a{i:02d}.txt": f"TITLE: Item {i}\n-----\n{TEXTS[i % 4]} Report {i}.\n"
                                           for i in range(13)})
    monkeypatch.setattr(P, "usable", lambda: False)
    kg.build(corpus, out=tmp_path / "one", exports=())
    monkeypatch.undo()
    _small_batches(monkeypatch)
    monkeypatch.setattr(P, "MIN_ARTICLES", 2)
    runs = []
    real = P._Parser.run

    def run(self, articles):
        runs.append(self.proc.pid)
        yield from real(self, articles)

    monkeypatch.setattr(P._Parser, "run", run)
    kg.build(corpus, out=tmp_path / "two", exports=())
    assert len(runs) == 1 and runs[0] != os.getpid()
    assert nquads(tmp_path / "two") == nquads(tmp_path / "one")


def test_a_short_corpus_is_parsed_in_this_process(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr(P, "_Parser", None)  # would fail if used
    corpus = write_corpus(tmp_path / "c", {"a.txt": TEXTS[0], "b.txt": TEXTS[1]})
    assert kg.build(corpus, out=tmp_path / "out", exports=()).facts > 0


def test_an_error_in_the_parser_process_is_raised_here_and_the_process_ends(nlp, monkeypatch):
    _small_batches(monkeypatch)
    monkeypatch.setattr(nlp, "max_length", 60)  # spaCy refuses longer texts (E088)
    arts = [Article(id="short", text="Intel acquired Altera.", path="short.txt"), *_articles(5)]
    with pytest.raises(ValueError, match="E088"):
        list(P.parse(arts, nlp=nlp))
    assert _parsers() == []


def test_the_parser_process_ends_when_the_build_stops_reading(nlp, monkeypatch):
    _small_batches(monkeypatch)
    docs = P.parse(_articles(40), nlp=nlp)
    next(docs)
    proc = _parsers()
    assert len(proc) == 1
    docs.close()
    assert not proc[0].is_alive() and _parsers() == []


# ------------------------------------------------------------------ a real build, stopped from outside
KG = [sys.executable, "-c", "from kg.cli import main; main()"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Enough articles for a build to parse beside (P.MIN_ARTICLES and more)."""
    return write_corpus(tmp_path_factory.mktemp("beside"), reports(3 * P.MIN_ARTICLES, seed=11))


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory, nlp) -> list[str]:
    out = tmp_path_factory.mktemp("clean")
    kg.build(corpus, out=out, exports=())
    return nquads(out)


class Build:
    """`kg build CORPUS -o OUT -v` (one parsing process) in its own session."""

    def __init__(self, corpus: Path, out: Path) -> None:
        self.proc = subprocess.Popen([*KG, "build", str(corpus), "-o", str(out), "-v", "--no-html"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     start_new_session=True, env={**os.environ, "KG_STRICT": "1"},
                                     preexec_fn=as_from_a_terminal)
        self.stored = 0
        self.err: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.err.append(line)
            self.stored += line.startswith("kg: stored ")

    def parser_up(self, timeout: float = 240.0) -> list[int]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            assert self.proc.poll() is None, "".join(self.err)
            if self.stored >= 1 and (kids := children(self.proc.pid)):
                return kids
            time.sleep(0.02)
        pytest.fail(f"no article stored beside a parsing process within {timeout} s")


@pytest.mark.slow
@pytest.mark.parametrize("how", ["ctrl-c", "sigkill"])
def test_a_build_stopped_from_outside_leaves_no_parser_and_the_next_build_completes_it(corpus, clean, tmp_path, how):
    out = tmp_path / "out"
    b = Build(corpus, out)
    kids = b.parser_up()
    assert len(kids) == 1
    if how == "ctrl-c":
        os.killpg(b.proc.pid, signal.SIGINT)  # the whole group, as a terminal does
        b.proc.wait(EXIT_WITHIN)
        err = "".join(b.err)
        assert b.proc.returncode == 130, err
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        lines = [line for line in err.splitlines() if not line.startswith("kg: stored ")]
        assert len(lines) == 1 and lines[0].startswith("kg: interrupted;"), err
    else:
        os.kill(b.proc.pid, signal.SIGKILL)  # nobody tells the parser
        b.proc.wait(EXIT_WITHIN)
    assert wait_gone(kids, 10.0) == [] and wait_gone(group_members(b.proc.pid), 5.0) == []
    kg.build(corpus, out=out, exports=())
    assert nquads(out) == clean


def test_a_pipeline_whose_gazetteer_patterns_come_after_the_fork_gives_the_same_facts(nlp, monkeypatch):
    """kg.build loads the pipeline with defer=True: the entity ruler gets the gazetteer's patterns
    here while the parser process parses (it does not run the ruler)."""
    from kg.extract import extract
    from kg.gazetteer import load as load_gazetteer
    from kg.nlp import _pending, _pipeline

    _small_batches(monkeypatch)
    monkeypatch.setattr(P, "MIN_ARTICLES", 2)
    gaz = load_gazetteer(())
    late = _pipeline(None, gaz, defer=True)
    assert id(late) in _pending and not len(late.get_pipe("kg_gazetteer"))
    arts = _articles(9)
    got = [(a, facts) for a, facts in P.extract(arts, nlp=late, gazetteer=gaz)]
    assert id(late) not in _pending and len(late.get_pipe("kg_gazetteer")) == len(nlp.get_pipe("kg_gazetteer"))
    assert got == list(extract(arts, nlp=nlp, gazetteer=gaz)) and sum(len(f) for _, f in got) > 0
