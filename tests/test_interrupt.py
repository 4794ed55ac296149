"""Builds stopped from outside (issue 10), for real: `kg build --jobs 2` runs in its own process
group, receives SIGINT (to the parent alone, or to the whole group as a terminal's Ctrl-C does)
or SIGKILL at several moments, and then: it exits promptly with one line and no traceback (or,
killed, its parsing workers exit by themselves), and the next build completes the store to
exactly a clean build's N-Quads."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import kg

from .conftest import as_from_a_terminal, nquads, write_corpus

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process state from /proc")]

KG = [sys.executable, "-c", "from kg.cli import main; main()"]
EXIT_WITHIN = 30.0  # seconds; a loaded 2-core CI machine is slow, a hang is forever
SENTENCES = ["Nvidia sells chips to Huawei.", "Intel acquired Altera in 2015.", "OpenAI blocked API access from China.",
             "Broadcom acquired VMware.", "The Commerce Department added Huawei to the Entity List.",
             "Samsung Electronics is building a chip plant in Taylor, Texas.",
             "Amazon agreed to invest up to $4 billion in Anthropic."]


# Enough work that a fast machine is still parsing when a moment is seen and signalled (the
# moments are counted in stored articles, so a slow machine only makes the test slower).
@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("many"), reports(48, seed=10))


def reports(n: int, *, seed: int) -> dict[str, str]:
    """n short articles of SENTENCES, each different ("This is report i"), the same for a seed."""
    rnd = random.Random(seed)
    return {f"a{i:03d}.txt": f"TITLE: Item {i}\n-----\n" + " ".join(rnd.choice(SENTENCES) for _ in range(6))
            + f" This is report {i}.\n" for i in range(n)}


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory, nlp) -> list[str]:
    out = tmp_path_factory.mktemp("clean")
    kg.build(corpus, out=out, exports=())
    return nquads(out)


# ------------------------------------------------------------------ processes, from /proc
def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2:].split()  # fields after the command name: state, ppid, pgrp, ...


def children(pid: int) -> list[int]:
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            st = _stat(int(d))
            if st and st[1] == str(pid) and st[0] != "Z":
                out.append(int(d))
    return out


def alive(pid: int) -> bool:
    st = _stat(pid)
    return st is not None and st[0] != "Z"


def group_members(pgid: int) -> list[int]:
    return [int(d) for d in os.listdir("/proc") if d.isdigit() and (st := _stat(int(d))) and st[2] == str(pgid)
            and st[0] != "Z"]


class Build:
    """`kg build CORPUS -o OUT --jobs 2 -v` in its own session; counts the articles it stores."""

    def __init__(self, corpus: Path, out: Path) -> None:
        self.proc = subprocess.Popen([*KG, "build", str(corpus), "-o", str(out), "--jobs", "2", "-v", "--no-html"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     start_new_session=True, env={**os.environ, "KG_STRICT": "1"},
                                     preexec_fn=as_from_a_terminal)
        self.stored = 0
        self.err: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.err.append(line)
            if line.startswith("kg: stored "):
                self.stored += 1

    def wait_for(self, moment: str, timeout: float = 240.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            assert self.proc.poll() is None, f"the build ended before {moment}: {''.join(self.err)}"
            if moment == "workers up" and len(children(self.proc.pid)) >= 2:
                return
            if moment == "first article stored" and self.stored >= 1:
                return
            if moment == "mid-way" and self.stored >= 12:
                return
            time.sleep(0.02)
        pytest.fail(f"no {moment} within {timeout} s")

    def finish(self, timeout: float) -> tuple[int | None, float]:
        t0 = time.monotonic()
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            return None, timeout
        self.reader.join(5)
        return self.proc.returncode, time.monotonic() - t0


def wait_gone(pids: list[int], timeout: float) -> list[int]:
    end = time.monotonic() + timeout
    while time.monotonic() < end and any(alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if alive(p)]


# ------------------------------------------------------------------ Ctrl-C
@pytest.mark.parametrize("moment,target", [("workers up", "group"), ("first article stored", "parent"),
                                           ("mid-way", "group"), ("mid-way", "parent")])
def test_ctrl_c_stops_a_parallel_build_promptly_and_the_next_build_completes_it(
        corpus, clean, tmp_path, moment, target):
    out = tmp_path / "out"
    b = Build(corpus, out)
    b.wait_for(moment)
    workers = children(b.proc.pid)
    if target == "group":
        os.killpg(b.proc.pid, signal.SIGINT)  # what a terminal does on Ctrl-C
    else:
        os.kill(b.proc.pid, signal.SIGINT)
    code, took = b.finish(EXIT_WITHIN)
    err = "".join(b.err)
    print(f"ctrl-c at {moment!r} to the {target}: exit {code} after {took:.1f} s; "
          f"{b.stored} article(s) stored; workers {workers}")
    assert code == 130, f"exit {code} (None: still running after {EXIT_WITHIN} s)\n{err}"
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    lines = [line for line in err.splitlines() if not line.startswith("kg: stored ")]
    assert len(lines) == 1 and lines[0].startswith("kg: interrupted;"), err
    assert wait_gone(workers, 5.0) == [] and wait_gone(group_members(b.proc.pid), 5.0) == []
    kg.build(corpus, out=out, exports=())
    assert nquads(out) == clean


# ------------------------------------------------------------------ SIGKILL: no orphans
@pytest.mark.parametrize("moment", ["workers up", "mid-way"])
def test_workers_of_a_killed_build_exit_by_themselves_and_the_next_build_completes_it(
        corpus, clean, tmp_path, moment):
    out = tmp_path / "out"
    b = Build(corpus, out)
    b.wait_for(moment)
    workers = children(b.proc.pid)
    assert len(workers) == 2
    os.kill(b.proc.pid, signal.SIGKILL)  # the parent alone: nobody tells the workers
    b.finish(EXIT_WITHIN)
    t0 = time.monotonic()
    left = wait_gone(workers, 10.0)
    print(f"SIGKILL at {moment!r}: {len(workers) - len(left)} of {len(workers)} workers gone "
          f"{time.monotonic() - t0:.2f} s later; {b.stored} article(s) stored")
    for p in left:
        os.kill(p, signal.SIGKILL)
    assert left == [], f"workers {left} outlived their parent"
    kg.build(corpus, out=out, exports=())
    assert nquads(out) == clean
