"""The merged graph recomputed in a process of its own (kg/merging.py, issue 13 flat memory):
the same store as in the build's process, the decisions' warnings and the errors reach the build
as they would in-process, and a process killed half-way leaves a store the next build completes.
The real path is taken from ALONE_FROM article graphs; these tests lower it to the small corpus."""
from __future__ import annotations

import importlib
import shutil
import stat
import sys

import pytest

import kg
from kg import review as rv
from kg.errors import StoreError
from kg.ids import ID_BASE

from .conftest import nquads

B = importlib.import_module("kg.build")  # kg.build is also the function


@pytest.fixture
def alone(monkeypatch):
    """Every whole recompute in its own process; a spy records that one ran."""
    import kg.merging as M

    ran = []
    real = M.recompute

    def spy(*a, **k):
        ran.append(k["compact"])
        return real(*a, **k)

    monkeypatch.setattr(B, "ALONE_FROM", 0)
    monkeypatch.setattr(B, "recompute", spy)
    return ran


def test_the_merged_graph_made_in_its_own_process_is_the_same(tmp_path, small_corpus, nlp, alone):
    kg.build(small_corpus, out=tmp_path / "alone", exports=())
    assert alone == [True]  # a first build: compacted beside it, in that process
    with pytest.MonkeyPatch.context() as m:
        m.setattr(B, "ALONE_FROM", 10**9)
        kg.build(small_corpus, out=tmp_path / "here", exports=())
    assert nquads(tmp_path / "alone") == nquads(tmp_path / "here")
    # and the store is the build's again: a rebuild after a change (incremental, in-process) works
    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    (corpus / "b.md").write_text("---\ntitle: Edited\n---\nIntel acquired Tower Semiconductor.\n")
    rep = kg.build(corpus, out=tmp_path / "alone", exports=())
    assert alone == [True] and rep.facts > 0  # a small change is not a whole recompute


def test_stale_decisions_are_reported_from_that_process(tmp_path, small_corpus, nlp, alone):
    decisions = tmp_path / "kg-review.jsonl"
    rv.save(decisions, [rv.make("accept", by="ana", fact={"s": ID_BASE + "entity/intel", "p": "acquires",
                                                            "o": ID_BASE + "entity/dell"})])
    rep = kg.build(small_corpus, out=tmp_path / "out", exports=(), decisions=decisions)
    assert alone and any("stale decision" in w and "no article reads this fact" in w for w in rep.warnings)


def test_an_error_there_is_the_builds_one_line_error(tmp_path, small_corpus, nlp, alone):
    out = tmp_path / "out"
    (out / ".review-state.json").mkdir(parents=True)  # where that process writes the review state
    with pytest.raises(StoreError, match=r"\.review-state\.json: cannot write"):
        kg.build(small_corpus, out=out, exports=())
    (out / ".review-state.json").rmdir()
    kg.build(small_corpus, out=out, exports=())  # the store was given back: the next build completes it
    fresh = tmp_path / "fresh"
    kg.build(small_corpus, out=fresh, exports=())
    assert nquads(out) == nquads(fresh)


def test_a_process_killed_half_way_leaves_a_store_the_next_build_completes(tmp_path, small_corpus, nlp, alone,
                                                                       monkeypatch):
    # an interpreter that runs the real process but dies (SIGKILL) after its first batch of facts
    fake = tmp_path / "python"
    fake.write_text(f"""#!/bin/sh
exec {sys.executable} -c '
import os, signal, kg.merged as M, kg.store
real = M.batched
def batched(quads, n):
    for part in real(quads, 3):
        yield part
        os.kill(os.getpid(), signal.SIGKILL)
M.batched = batched
from kg.merging import _main
_main()
'
""")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    out = tmp_path / "out"
    with monkeypatch.context() as m:
        m.setattr(sys, "executable", str(fake))
        with pytest.raises(StoreError, match="the process computing the merged graph stopped .*run the same command"):
            kg.build(small_corpus, out=out, exports=())
    rep = kg.build(small_corpus, out=out, exports=())
    fresh = tmp_path / "fresh"
    kg.build(small_corpus, out=fresh, exports=())
    assert nquads(out) == nquads(fresh) and rep.facts > 0
