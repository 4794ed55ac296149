"""A cold build's few articles parsed by the process that imported spaCy while the corpus was read
(kg/preload.py): the facts are this process's, a real `kg build` after a change equals a fresh
build (store and exports, byte for byte) without importing spaCy itself, an error there is the
error here, and the process never outlives the build (ended, failed, Ctrl-C, killed)."""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.parsing as P
import kg.preload as E
from kg.models import Article

from .conftest import as_from_a_terminal, nquads, write_corpus
from .test_interrupt import children, wait_gone

pytestmark = pytest.mark.skipif(not P.usable(), reason="needs fork and a second core")

TEXTS = ["SAN FRANCISCO, March 4 (Reuters) - Nvidia sells chips to Huawei.\nIntel acquired Altera in 2015.",
         "The Commerce Department added Huawei to the Entity List. Lisa Su, chief executive of AMD, met officials.",
         "Samsung Electronics is building a chip plant in Taylor, Texas.\n\nOpenAI blocked API access from China.",
         "Kestrel Dynamics, a drone maker based in Oslo, was founded by Ann Wu in 2019."]
EXPORTS = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html")
# a cold `kg build` in a process of its own; prints whether it used the loading process, and
# whether this process imported spaCy
COLD = r"""
import sys
import kg, kg.build, kg.preload as E
used = []
real = E.Early.extract
def extract(self, articles):
    used.append(self.proc.pid)
    yield from real(self, articles)
E.Early.extract = extract
if sys.argv[3] == "off":
    E.wanted = lambda *a: False
sys.modules["kg.build"].build(sys.argv[1], out=sys.argv[2])
print(len(used), "spacy" in sys.modules)
"""


def _loaders() -> list:
    return [p for p in mp.active_children() if p.name == "kg-load"]


def _cold(corpus: Path, out: Path, mode: str = "on") -> tuple[int, bool]:
    res = subprocess.run([sys.executable, "-c", COLD, str(corpus), str(out), mode], capture_output=True, text=True,
                         timeout=600)
    assert res.returncode == 0, res.stderr
    used, spacy = res.stdout.split()
    return int(used), spacy == "True"


def _files(n: int, extra: str = "") -> dict[str, str]:
    return {f"a{i}.txt": f"TITLE: Item {i}\n-----\n{TEXTS[i % len(TEXTS)]} Report {i}.{extra if i == 1 else ''}\n"
            for i in range(n)}


def test_the_loading_process_gives_the_facts_this_process_gives(nlp, gaz):
    from kg.nlp import load_for

    arts = [Article(id=f"a{i}", text=t, path=f"a{i}.txt") for i, t in enumerate(TEXTS)]
    here_nlp, here_gaz = load_for([a.text for a in arts])
    here = list(P.extract(arts, nlp=here_nlp, gazetteer=here_gaz))
    early = E.Early(None, ())
    got = list(early.extract(arts))
    assert [a for a, _ in got] == arts
    assert got == here and sum(len(f) for _, f in got) > 3
    assert _loaders() == [] and not early.proc.is_alive()


def test_a_cold_rebuild_after_a_change_parses_beside_and_equals_a_fresh_build(tmp_path):
    corpus = write_corpus(tmp_path / "c", _files(6))
    out = tmp_path / "out"
    assert _cold(corpus, out) == (1, False)  # a first build of a few articles: beside too
    (corpus / "a1.txt").write_text(_files(6, " Ann Wu joined Orvane Labs in Lyon.")["a1.txt"], encoding="utf-8")
    assert _cold(corpus, out) == (1, False)  # the changed article parsed beside; spaCy never imported here
    fresh = tmp_path / "fresh"
    assert _cold(corpus, fresh, "off") == (0, True)  # the same build, the parsing in this process
    assert nquads(out) == nquads(fresh)
    for name in EXPORTS:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    assert "Orvane" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_kg_preload_0_turns_it_off(monkeypatch):
    monkeypatch.delitem(sys.modules, "spacy", raising=False)  # as in a fresh process
    monkeypatch.setenv("KG_PRELOAD", "0")
    assert not E.wanted(1, True)
    monkeypatch.setenv("KG_PRELOAD", "1")
    assert E.wanted(1, True) and not E.wanted(2, True) and not E.wanted(1, False)


def test_a_rebuild_with_nothing_to_parse_stops_the_loading_process(tmp_path):
    corpus = write_corpus(tmp_path / "c", _files(5))
    out = tmp_path / "out"
    _cold(corpus, out)
    (corpus / "a3.txt").unlink()  # an article gone: the fingerprint changed, nothing to parse
    assert _cold(corpus, out) == (0, False)
    fresh = tmp_path / "fresh"
    _cold(corpus, fresh, "off")
    assert nquads(out) == nquads(fresh)
    for name in EXPORTS:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_an_error_in_the_loading_process_is_the_error_of_a_build_without_it(tmp_path):
    corpus = write_corpus(tmp_path / "c", _files(2))
    runs = []
    for mode in ("on", "off"):
        code = f"import kg.preload as E\nif {mode == 'off'}: E.wanted = lambda *a: False\n" \
               "from kg.cli import main\nmain()"
        runs.append(subprocess.run([sys.executable, "-c", code, "build", str(corpus), "-o", str(tmp_path / mode),
                                    "--model", "kg_no_such_pipeline"], capture_output=True, text=True, timeout=300))
    on, off = runs
    assert on.returncode == off.returncode != 0
    assert on.stderr.replace(str(tmp_path / "on"), "OUT") == off.stderr.replace(str(tmp_path / "off"), "OUT")
    assert "kg_no_such_pipeline" in on.stderr and "Traceback" not in on.stderr


def test_the_loading_process_dies_with_a_killed_parent(tmp_path):
    code = ("import os, sys, time\nimport kg.preload as E\ne = E.Early(None, ())\nprint(e.proc.pid, flush=True)\n"
            "time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    kid = int(proc.stdout.readline())
    assert kid in children(proc.pid)
    proc.kill()
    proc.wait(30)
    assert wait_gone([kid], 10.0) == []


def test_ctrl_c_while_the_loading_process_loads_stops_both(tmp_path):
    corpus = write_corpus(tmp_path / "c", _files(4))
    # a build whose corpus reading is slow, so that Ctrl-C comes while the loading process is there
    code = ("import time, kg.build, sys\nB = sys.modules['kg.build']\nreal = B.read_corpus\n"
            "def slow(*a, **k):\n    for x in real(*a, **k):\n        time.sleep(3)\n        yield x\n"
            "B.read_corpus = slow\nfrom kg.cli import main\nmain()")
    proc = subprocess.Popen([sys.executable, "-c", code, "build", str(corpus), "-o", str(tmp_path / "out")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=as_from_a_terminal)
    end = time.monotonic() + 120
    while not (kids := children(proc.pid)):
        assert proc.poll() is None and time.monotonic() < end, proc.stderr.read()
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)  # the whole group, as a terminal does
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert wait_gone(kids, 10.0) == []
