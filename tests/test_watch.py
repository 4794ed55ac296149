"""The resident build (kg/resident.py, `kg watch`, issue 13): it builds once, keeps the pipeline
loaded and rebuilds as the corpus changes. Every rebuild must leave the store and the exports a
fresh `kg build` of the same corpus would write; a rebuild that fails keeps what was built; the
watcher stops by itself (after --rounds rebuilds or --for seconds) and on Ctrl-C."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg
from kg.resident import watch

from .conftest import nquads, write_corpus
from .test_disk_full import FileSizeLimit

KG = [sys.executable, "-c", "from kg.cli import main; main()"]
FILES = {
    "a.txt": "TITLE: Chips\nDATE: 2024-01-02\n-----\nNvidia supplies chips to Huawei.",
    "b.txt": "TITLE: Deal\nDATE: 2023-11-21\n-----\nBroadcom acquired VMware in November 2023.",
    "c.md": "---\ntitle: Award\ndate: 2024-04-08\n---\nThe U.S. Commerce Department awarded TSMC $6.6 billion.",
}
EXPORTS = ("ttl", "trig", "jsonld", "nq")


def same_as_fresh(corpus: Path, out: Path, tmp: Path) -> None:
    """The watcher's store and exports against a fresh build of the corpus as it is now."""
    fresh = tmp / f"fresh-{time.monotonic_ns()}"
    kg.build(corpus, out=fresh, exports=EXPORTS)
    assert nquads(out) == nquads(fresh)
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.nq"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_each_rebuild_equals_a_fresh_build(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", FILES)
    out = tmp_path / "out"
    edits = [
        lambda: (corpus / "a.txt").write_text(FILES["a.txt"].replace("Huawei", "Lenovo")),  # one modified
        lambda: (corpus / "d.txt").write_text("TITLE: New\n-----\nIntel acquired Altera in 2015."),  # one added
        lambda: (corpus / "b.txt").unlink(),  # one removed
        lambda: (corpus / "e.jsonl").write_text('{"title": "Six", "text": "OpenAI blocked API access."}\n{bad\n'),
    ]
    warned: list[str] = []
    checked: list[int] = []

    def after(r) -> None:
        assert r.error is None, r.error
        if r.round:
            same_as_fresh(corpus, out, tmp_path)
            checked.append(r.round)
        if r.round < len(edits):
            edits[r.round]()

    rounds = watch([corpus], out=out, exports=EXPORTS, interval=0.05, settle=0.05, rounds=len(edits),
                   duration=120, on_rebuild=after, on_warning=warned.append)
    assert checked == [1, 2, 3, 4]
    assert [(r.added, r.modified, r.removed) for r in rounds[1:]] == [(0, 1, 0), (1, 0, 0), (0, 0, 1), (1, 0, 0)]
    for before, r in zip(rounds, rounds[1:]):  # what the line says adds up
        assert r.facts - before.facts == r.facts_added - r.facts_removed
    assert rounds[1].facts_added >= 1 and rounds[1].facts_removed >= 1  # Huawei's fact gone, Lenovo's new
    assert rounds[3].facts_removed >= 1 and rounds[3].facts_added == 0  # Broadcom's article removed
    assert "rebuild 1: 1 file changed (0 added, 1 modified, 0 removed)" in rounds[1].line()
    # the bad line of the new file is named, once
    assert len([w for w in warned if "e.jsonl:2" in w]) == 1, warned


def test_rebuilds_run_with_the_loaded_pipeline_set_aside_from_the_collector_and_it_is_restored(tmp_path, nlp):
    """After the first build the watcher freezes what is loaded and collects less often (the
    collector walked the pipeline at every rebuild); once it stops, the caller's settings are back."""
    import gc

    corpus = write_corpus(tmp_path / "c", FILES)
    before = gc.get_threshold()
    seen: list[tuple[int, int]] = []

    def after(r) -> None:
        assert r.error is None, r.error
        seen.append((r.round, gc.get_freeze_count()))
        if r.round == 0:
            (corpus / "a.txt").write_text(FILES["a.txt"].replace("Huawei", "Lenovo"))
        else:
            assert gc.get_threshold()[0] > before[0]

    watch([corpus], out=tmp_path / "out", exports=("nq",), interval=0.05, settle=0.05, rounds=1, duration=120,
          on_rebuild=after)
    assert [r for r, _ in seen] == [0, 1]
    assert seen[1][1] > 0  # the rebuild ran with the loaded objects frozen
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_failed_rebuild_keeps_what_was_built_and_the_next_one_completes(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", FILES)
    out = tmp_path / "out"
    disk = FileSizeLimit(tmp_path / "d")
    states: dict[int, list[str]] = {}
    full = disk.full()

    def after(r) -> None:
        if r.round == 0:
            states[0] = nquads(out)
            write_corpus(corpus, {f"n{i:02d}.txt": f"TITLE: N{i}\n-----\nIntel acquired Altera. Note {i}."
                                  for i in range(12)})
            full.__enter__()  # the next rebuild writes into a full disk
        elif r.round == 1:
            full.__exit__(None, None, None)  # room again: the watcher tries again by itself
            states[1] = nquads(out)

    rounds = watch([corpus], out=out, exports=EXPORTS, interval=0.05, settle=0.05, rounds=2, duration=120,
                   retry=0.0, on_rebuild=after)
    assert rounds[1].error and "disk is full" in rounds[1].error and str(out) in rounds[1].error
    assert "failed, what was built before is kept" in rounds[1].line()
    articles = {q for q in states[0] if q.rstrip(" .").endswith(">") and "/article/" in q.rsplit("<", 1)[-1]}
    assert articles and articles <= set(states[1])  # the first build's article graphs survive the failure
    titles = {r["t"] for r in kg.query("SELECT ?t WHERE { ?a dcterms:title ?t }", store=out).records()}
    assert {"Chips", "Deal", "Award"} <= titles
    assert rounds[2].error is None and rounds[2].added == 0  # nothing changed since: a retry, completed
    same_as_fresh(corpus, out, tmp_path)


def test_a_corpus_emptied_is_refused_and_the_store_kept(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", FILES)
    out = tmp_path / "out"
    kept: list[list[str]] = []

    def after(r) -> None:
        if r.round == 0:
            kept.append(nquads(out))
            for f in FILES:
                (corpus / f).unlink()
        elif r.round == 1:
            kept.append(nquads(out))
            write_corpus(corpus, {"a.txt": FILES["a.txt"]})

    rounds = watch([corpus], out=out, exports=EXPORTS, interval=0.05, settle=0.05, rounds=2, duration=120,
                   on_rebuild=after)
    assert "no articles found" in rounds[1].error and kept[0] == kept[1]
    assert rounds[2].error is None and rounds[2].removed == 0 and rounds[2].added == 1
    same_as_fresh(corpus, out, tmp_path)


def test_the_duration_bounds_a_quiet_watch(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", FILES)
    t0 = time.monotonic()
    rounds = watch([corpus], out=tmp_path / "out", exports=(), interval=0.05, duration=1.0)
    assert len(rounds) == 1 and rounds[0].round == 0 and rounds[0].facts >= 2
    assert time.monotonic() - t0 < 30


def _line(proc, timeout: float) -> str:
    """The next line the watcher prints, or a failed test when it says nothing in time."""
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    if not sel.select(timeout):
        proc.kill()
        pytest.fail(f"kg watch printed nothing in {timeout} s: {proc.communicate()[1]}")
    return proc.stdout.readline()


def _watcher(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([*KG, "watch", str(corpus), "-o", str(out), "--interval", "0.1", "--settle", "0.1",
                             "--no-html", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def test_the_command_prints_a_line_per_rebuild_and_stops_after_its_rounds(tmp_path):
    corpus = write_corpus(tmp_path / "c", FILES)
    out = tmp_path / "out"
    proc = _watcher(corpus, out, "--rounds", "1", "--for", "120")
    try:
        first = _line(proc, 120)
        assert first.startswith("kg watch: first build: +") and "3 articles" in first, first
        (corpus / "a.txt").write_text(FILES["a.txt"].replace("Huawei", "Lenovo"))
        second = _line(proc, 60)
        assert second.startswith("kg watch: rebuild 1: 1 file changed (0 added, 1 modified, 0 removed): +"), second
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    fresh = tmp_path / "fresh"
    kg.build(corpus, out=fresh, exports=("ttl", "trig", "jsonld"))
    assert nquads(out) == nquads(fresh)
    assert (out / "graph.trig").read_bytes() == (fresh / "graph.trig").read_bytes()


def test_ctrl_c_stops_the_watcher_cleanly(tmp_path):
    corpus = write_corpus(tmp_path / "c", FILES)
    out = tmp_path / "out"
    proc = _watcher(corpus, out, "--for", "120")
    try:
        assert _line(proc, 120).startswith("kg watch: first build")
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal does on Ctrl-C
        rc = proc.wait(timeout=30)
        err = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert rc == 130 and "kg watch: stopped" in err and "Traceback" not in err, err
    assert len(nquads(out)) > 0


def test_a_missing_corpus_is_one_line(tmp_path):
    res = subprocess.run([*KG, "watch", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out"), "--for", "5"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and "no such file or folder" in res.stderr, res.stderr


def test_a_resident_digest_sees_an_edit_that_keeps_size_and_time(tmp_path):
    """The watcher keeps file digests between rebuilds (kg/ingest/digests.py): an edit of the same
    size with the modification time put back must still give the new bytes' digest."""
    import hashlib

    from kg.ingest import digests

    f = tmp_path / "a.txt"
    f.write_bytes(b"Nvidia supplies chips to Huawei.")
    digests.keep(True)
    try:
        assert digests.sha256(f) == (32, hashlib.sha256(f.read_bytes()).digest())
        st = os.stat(f)
        f.write_bytes(b"Nvidia supplies chips to Lenovo.")
        os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert os.stat(f).st_size == st.st_size and os.stat(f).st_mtime_ns == st.st_mtime_ns
        assert digests.sha256(f) == (32, hashlib.sha256(b"Nvidia supplies chips to Lenovo.").digest())
        assert digests.sha256(f, max_bytes=10) is None
    finally:
        digests.keep(False)
    assert digests._kept is None  # a build on its own keeps nothing


SHARED = {  # one fact read in three articles, with other dates, sources and spellings
    "s1.txt": "TITLE: One\nDATE: 2024-01-02\nSOURCE: Reuters\n-----\nNvidia supplies chips to Huawei.",
    "s2.txt": "TITLE: Two\nDATE: 2024-02-03\nSOURCE: Nikkei\n-----\nNvidia Corp. supplies chips to Huawei. "
              "Broadcom acquired VMware in November 2023.",
    "s3.txt": "TITLE: Three\nDATE: 2023-05-06\nSOURCE: Reuters\n-----\nNvidia supplies chips to Huawei Technologies.",
}


def test_the_kept_shares_of_shared_facts_give_a_fresh_builds_graph_and_view(tmp_path, nlp):
    """The watcher sums a touched fact's support and an entity's label counts from the shares it
    keeps of each article (kg/kept.py) and regroups only the changed article's readings for the
    view: after each change (a reading of a shared fact dropped, an article removed, one added)
    the store, the exports and the view equal a fresh build's, and the shares were used."""
    from kg import kept
    from kg.store import GraphStore

    corpus = write_corpus(tmp_path / "c", SHARED)
    out = tmp_path / "out"
    edits = [
        lambda: (corpus / "s2.txt").write_text(SHARED["s2.txt"].replace("Nvidia Corp. supplies chips to Huawei. ", "")),
        lambda: (corpus / "s1.txt").unlink(),
        lambda: (corpus / "s4.txt").write_text("TITLE: Four\nDATE: 2022-01-01\n-----\nNvidia supplies chips to Huawei."),
    ]
    used: list[bool] = []

    def after(r) -> None:
        assert r.error is None, r.error
        gs = GraphStore(out / "store", read_only=True)
        try:
            used.append(kept.KEPT.valid(str((out / "store").resolve()), gs.merged_marker()))
        finally:
            gs.close()
        if r.round:
            fresh = tmp_path / f"fresh-{r.round}"
            kg.build(corpus, out=fresh, exports=EXPORTS + ("html",))
            assert nquads(out) == nquads(fresh)
            for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.nq", "graph.html"):
                assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
        if r.round < len(edits):
            edits[r.round]()

    watch([corpus], out=out, exports=EXPORTS + ("html",), interval=0.05, settle=0.05, rounds=len(edits),
          duration=120, on_rebuild=after)
    assert used == [True] * (len(edits) + 1)
    assert not kept.KEPT.on and kept.KEPT.marker is None  # forgotten when the watcher stops
    counts = kg.query("SELECT ?n WHERE { ?f a kg:Fact ; rdf:object ?o ; kg:supportCount ?n } ", store=out).records()
    assert counts  # the shared fact is there, counted from the articles that still read it
