"""A disk that fills up while the store is written (issue 10). Where the tests may mount one (as
root, with CAP_SYS_ADMIN), the build folder lies on a real 8 MB tmpfs, filled up to a little
headroom before the second build. Everywhere, the same story also runs on a size-limited file
system simulation: RLIMIT_FSIZE caps the size of any one file this process writes, so RocksDB's
log hits "File too large" (EFBIG) as it would hit "No space left on device". In both: one line,
no traceback, the store not called "not a kg store", nothing already built lost, and once there
is room again the next build completes the store to a clean build's N-Quads."""
from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app

from .conftest import write_corpus, nquads

runner = CliRunner()
FIRST = {f"a{i}.txt": f"TITLE: First {i}\n-----\nBroadcom acquired VMware. This is note {i}." for i in range(3)}
SECOND = {f"b{i:02d}.txt": f"TITLE: Second {i}\n-----\nNvidia sells chips to Huawei. "
          f"Intel acquired Altera in 2015. Item {i}." for i in range(12)}


def titles(out: Path) -> set[str]:
    return {r["t"] for r in kg.query("SELECT ?t WHERE { ?a dcterms:title ?t }", store=out).records()}


def one_line(res, needle: str) -> None:
    lines = [line for line in res.output.strip().splitlines() if line]
    assert res.exit_code == 2, res.output
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in res.output, res.output
    assert "is it a kg store" not in res.output


class Tmpfs:
    """A real, small file system; the filler leaves `room` bytes free."""

    def __init__(self, where: Path) -> None:
        self.where = where
        where.mkdir()
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)], capture_output=True, check=False)
        if r.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({r.stderr.decode().strip() or r.returncode}); "
                        "the RLIMIT_FSIZE simulation covers this case")

    @contextlib.contextmanager
    def full(self, room: int = 400_000):
        st = os.statvfs(self.where)
        filler = self.where / "filler"
        with filler.open("wb") as f:
            f.write(b"\0" * max(0, st.f_bavail * st.f_frsize - room))
        try:
            yield
        finally:
            filler.unlink()

    def close(self) -> None:
        subprocess.run(["umount", "-l", str(self.where)], check=False)


class FileSizeLimit:
    """The simulation: no file this process writes may grow past the limit."""

    def __init__(self, where: Path) -> None:
        self.where = where
        where.mkdir()

    @contextlib.contextmanager
    def full(self, room: int = 100_000):
        old = resource.getrlimit(resource.RLIMIT_FSIZE)
        old_sig = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a core dump
        resource.setrlimit(resource.RLIMIT_FSIZE, (room, old[1]))  # the store's new log fills up first
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, old)
            signal.signal(signal.SIGXFSZ, old_sig)

    def close(self) -> None:
        pass


@pytest.fixture(params=["tmpfs", "file-size-limit"])
def disk(request, tmp_path):
    d = (Tmpfs if request.param == "tmpfs" else FileSizeLimit)(tmp_path / "disk")
    yield d
    d.close()


def test_a_full_disk_is_one_line_and_loses_nothing(disk, tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", FIRST)
    out = disk.where / "out"
    assert runner.invoke(app, ["build", str(corpus), "-o", str(out), "-q"]).exit_code == 0
    before = titles(out)
    write_corpus(corpus, SECOND)
    with disk.full():
        res = runner.invoke(app, ["build", str(corpus), "-o", str(out), "-q"])
        one_line(res, "the disk is full")
        stored = titles(out) - before
        print(f"{type(disk).__name__}: {len(stored)} of {len(SECOND)} new articles stored before the disk was full")
        again = runner.invoke(app, ["build", str(corpus), "-o", str(out), "-q"])
        if again.exit_code != 0:  # still full: the same clear line, not "is it a kg store?"
            one_line(again, "the disk is full")
        assert before <= titles(out)  # the articles built before are all still there
    print(f"{type(disk).__name__}: first error: {res.output.strip()}")
    done = runner.invoke(app, ["build", str(corpus), "-o", str(out), "-q"])
    assert done.exit_code == 0, done.output
    clean = tmp_path / "clean"
    kg.build(corpus, out=clean, exports=())
    assert nquads(out) == nquads(clean)
