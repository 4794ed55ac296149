"""Provenance, time and incremental builds: merged facts with support, as-of queries,
attribution, a build killed mid-way (a real subprocess), incremental = from scratch, and
byte-identical canonical N-Quads across --jobs and file order."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.export import export
from kg.store import GraphStore

from .conftest import write_corpus

ARTICLES = {
    "a.txt": "TITLE: One\nDATE: 2023-05-21\nSOURCE: Wire A\n-----\n"
             "The Cyberspace Administration of China restricted Micron Technology in May 2023.",
    "b.txt": "TITLE: Two\nDATE: 2023-06-01\nSOURCE: Wire B\n-----\n"
             "China's Cyberspace Administration restricted Micron Technology, according to Reuters.",
    "c.txt": "TITLE: Three\nDATE: 2024-07-09\nSOURCE: Wire A\n-----\nOpenAI blocked API access from China on July 9, 2024.",
}


def canonical(out: Path) -> bytes:
    return export(GraphStore(out / "store", read_only=True), "nq", out / "canonical.nq").read_bytes()


def test_merged_fact_carries_support(tmp_path, nlp):
    out = tmp_path / "out"
    kg.build(write_corpus(tmp_path / "c", ARTICLES), out=out, exports=())
    rows = kg.query("""SELECT ?n ?src ?first ?last ?conf (COUNT(?x) AS ?evidence) WHERE {
        ?f a kg:Fact ; rdf:subject/rdfs:label "Cyberspace Administration of China" ; rdf:predicate kg:restricts ;
           rdf:object/rdfs:label "Micron Technology" ; kg:supportCount ?n ; kg:sourceCount ?src ;
           kg:firstSeen ?first ; kg:lastSeen ?last ; kg:aggregateConfidence ?conf ; prov:wasDerivedFrom ?x .
        } GROUP BY ?n ?src ?first ?last ?conf""", store=out).records()
    assert len(rows) == 1
    r = rows[0]
    assert (r["n"], r["src"], r["first"], r["last"], r["evidence"]) == ("2", "2", "2023-05-21", "2023-06-01", "2")
    assert 0.9 < float(r["conf"]) <= 1.0
    single = kg.saved_query("single-source", store=out).records()
    assert any(x["subject"] == "OpenAI" for x in single)
    assert not any(x["subject"] == "Cyberspace Administration of China" for x in single)
    best = kg.saved_query("best-supported", store=out).records()
    assert best[0]["subject"] == "Cyberspace Administration of China"


def test_attribution_and_fact_date_are_kept(tmp_path, nlp):
    out = tmp_path / "out"
    kg.build(write_corpus(tmp_path / "c", ARTICLES), out=out, exports=())
    rows = kg.query("""SELECT ?who ?date WHERE { ?x kg:sentence ?s . OPTIONAL { ?x kg:attributedTo ?who }
                       OPTIONAL { ?x kg:factDate ?date } }""", store=out).records()
    assert {"who": "Reuters", "date": None} in rows
    assert {"who": None, "date": "2024-07-09"} in rows


def test_as_of_restricts_to_articles_published_by_then(tmp_path, nlp):
    out = tmp_path / "out"
    kg.build(write_corpus(tmp_path / "c", ARTICLES), out=out, exports=())
    q = "SELECT DISTINCT ?s WHERE { ?e kg:restricts ?o . ?e rdfs:label ?s }"
    assert {r["s"] for r in kg.query(q, store=out).records()} == {"Cyberspace Administration of China", "OpenAI"}
    assert {r["s"] for r in kg.query(q, store=out, as_of="2024-01-01").records()} == {"Cyberspace Administration of China"}
    assert kg.query(q, store=out, as_of="2020-01-01").records() == []


def test_incremental_add_edit_delete_equals_from_scratch(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "inc"
    kg.build(corpus, out=out, exports=())
    write_corpus(corpus, {"d.md": "---\ntitle: Four\ndate: 2023-11-21\n---\nBroadcom acquired VMware."})
    (corpus / "a.txt").write_text(ARTICLES["a.txt"].replace("restricted", "sanctioned"))
    (corpus / "c.txt").unlink()
    rep = kg.build(corpus, out=out, exports=())
    assert (rep.articles_read, rep.articles_unchanged, rep.articles_removed) == (3, 1, 2)
    scratch = tmp_path / "scratch"
    kg.build(corpus, out=scratch, exports=())
    assert canonical(out) == canonical(scratch)


def test_noop_rebuild_does_no_nlp_and_keeps_exports(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", ARTICLES)
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=("ttl", "trig"))
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("graph.*")}
    rep = kg.build(corpus, out=out, exports=("ttl", "trig"))
    assert rep.articles_unchanged == 3 and rep.articles_read == 3
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("graph.*")} == before


def _kg(*args: str, **kw) -> subprocess.Popen:
    exe = Path(sys.executable).parent / "kg"
    return subprocess.Popen([str(exe), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _many(folder: Path, n: int = 40) -> Path:
    rng = random.Random(3)
    names = ["Nvidia", "Huawei", "TSMC", "SMIC", "Intel", "Micron Technology", "Samsung Electronics", "ASML"]
    files = {}
    for i in range(n):
        a, b = rng.sample(names, 2)
        files[f"n{i:03d}.txt"] = f"TITLE: Story {i}\nDATE: 2024-01-{1 + i % 28:02d}\n-----\n{a} supplies chips to {b}. Story {i}."
    return write_corpus(folder, files)


@pytest.mark.slow
def test_build_killed_midway_then_rerun_equals_clean_build(tmp_path, nlp):
    corpus = _many(tmp_path / "c")
    out = tmp_path / "killed"
    proc = _kg("build", str(corpus), "-o", str(out), "-v", "--no-html")
    stored = 0
    for line in proc.stderr:
        stored += line.startswith("kg: stored")
        if stored == 5:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, "the build finished before it could be killed"
    rerun = _kg("build", str(corpus), "-o", str(out), "-q", "--no-html")
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
    clean = tmp_path / "clean"
    kg.build(corpus, out=clean, exports=())
    assert canonical(out) == canonical(clean)


@pytest.mark.slow
def test_same_nquads_for_any_jobs_and_file_order(tmp_path, nlp):
    corpus = _many(tmp_path / "c", 24)
    shuffled = tmp_path / "s"
    files = sorted(corpus.iterdir())
    order = list(range(len(files)))
    random.Random(5).shuffle(order)
    for k, src in zip(order, files):  # same texts, other names and folders, so another walk order
        dest = shuffled / f"d{k % 3}" / f"x{k:03d}{src.suffix}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, dest)
    one, two, three = tmp_path / "j1", tmp_path / "j2", tmp_path / "shuf"
    for folder, out, jobs in ((corpus, one, "1"), (corpus, two, "2"), (shuffled, three, "2")):
        proc = _kg("build", str(folder), "-o", str(out), "-q", "--no-html", "--jobs", jobs, env={**os.environ})
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
    assert canonical(one) == canonical(two) == canonical(three)
