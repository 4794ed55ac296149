"""The MinHash signatures that find syndicated copies are computed without datasketch (importing
it imports scipy, most of a second of a one-article rebuild, issue 13). They must be the very
values datasketch's MinHash gives, so every copy decision stays what it was."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from kg.ingest.syndication import NUM_PERM, CopyFinder, shingles, signature

from .test_ingest import STORY

TEXTS = ["", "one two", "Nvidia supplies chips to Huawei.", "\n\n".join(STORY),
         "Ünïcödé wörds, 中文 字符 and emoji 🚀 " * 30, " ".join(f"w{i}" for i in range(5000))]


def datasketch_signature(text: str) -> np.ndarray:
    datasketch = pytest.importorskip("datasketch")
    m = datasketch.MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch(sorted(shingles(text)))
    return m.hashvalues.astype("uint32")


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_the_signature_is_datasketchs(text):
    ours = signature(text)
    assert ours.dtype == np.uint32 and ours.shape == (NUM_PERM,)
    assert np.array_equal(ours, datasketch_signature(text))


def test_copy_decisions_are_unchanged():
    """Copies, near copies and different stories: the same originals with either signature."""
    import random

    rng = random.Random(7)
    words = " ".join(STORY).split()
    texts = []
    for i in range(60):
        w = list(words)
        for _ in range(rng.choice([0, 2, 10, 60, 400])):  # from a copy to a different story
            w[rng.randrange(len(w))] = f"x{rng.randrange(10**6)}"
        texts.append(" ".join(w))
    ours, theirs = CopyFinder(), CopyFinder()
    a = [ours.original_of(_art(i, t), signature(t)) for i, t in enumerate(texts)]
    b = [theirs.original_of(_art(i, t), datasketch_signature(t)) for i, t in enumerate(texts)]
    assert a == b and len(set(a)) > 1 and sum(x is not None for x in a) > 5


def test_the_bands_are_the_signatures_slices():
    """The index is keyed by each band's bytes, cut from the signature's bytes: the same bytes as
    the numpy slice of the band's rows."""
    finder = CopyFinder()
    sig = signature("\n\n".join(STORY))
    assert finder.original_of(_art(0, ""), sig) is None
    for i in range(finder.bands):
        band = sig[i * finder.rows:(i + 1) * finder.rows].tobytes()
        assert finder.index[i][hash(band)] == 0
    assert bytes(finder.sigs) == sig.tobytes()


def _art(i: int, text: str):
    from kg.models import Article

    return Article(id=f"a{i:03d}", path=f"{i}.txt", text=text)


def test_reading_a_corpus_does_not_import_scipy(tmp_path):
    (tmp_path / "a.txt").write_text("TITLE: A\n-----\n" + "\n\n".join(STORY))
    (tmp_path / "b.txt").write_text("TITLE: B\n-----\nBy A. Reporter\n\n" + "\n\n".join(STORY))
    code = ("import sys; from pathlib import Path; from kg.corpus import read_corpus; "
            f"arts = list(read_corpus([Path({str(tmp_path)!r})])); "
            "assert any(a.copy_of for a in arts), arts; print('scipy' in sys.modules, 'datasketch' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["False", "False"]
