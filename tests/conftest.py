"""Fixtures, defined once: paths, the spaCy pipeline (loaded once per session), a small
corpus of every file kind, and one real build of it shared by the read-only tests."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# A bug in an extraction rule fails the tests; in a user's build it skips the sentence with a warning.
os.environ.setdefault("KG_STRICT", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"{SHARED} is absent (it sits beside the repository in CI)")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def gaz():
    from kg.gazetteer import load

    return load()


SMALL = {
    "a.txt": "TITLE: OpenAI blocks API access in China\nDATE: 2024-07-09\nSOURCE: test desk\n-----\n"
             "OpenAI began blocking API traffic from China on July 9, 2024. "
             "Microsoft said customers in China can still use the Azure OpenAI Service through 21Vianet.\n",
    "b.md": "---\ntitle: \"Chips award\"\ndate: 2024-04-08\nsource: test desk\n---\n# Chips award\n\n"
            "The U.S. Commerce Department awarded TSMC $6.6 billion to build chip plants in Phoenix, Arizona.\n",
    "c.html": "<html><head><title>Deal cleared</title><meta name='date' content='2023-11-21'></head><body>"
              "<nav><a href='/'>Home</a> Menu Subscribe</nav><script>var x = 'Nvidia acquired Intel';</script>"
              "<article><h1>Deal cleared</h1><p>China's market regulator approved Broadcom's acquisition of "
              "VMware on November 21, 2023. Broadcom acquired VMware for $69 billion.</p></article>"
              "<footer>Copyright</footer></body></html>",
    "d.json": json.dumps([{"title": "Samsung in Texas", "date": "2024-12-20", "source": "test desk",
                           "text": "Samsung Electronics is building a chip plant in Taylor, Texas."},
                          {"title": "Anthropic funding", "published": "2023-09-25",
                           "content": "Amazon agreed to invest up to $4 billion in Anthropic."}]),
    "e.jsonl": json.dumps({"title": "Gallium", "published": "2023-07-03",
                           "body": "Zhou Hongyi, founder and chairman of 360 Security Technology, spoke in Beijing."})
               + "\n{broken json\n",
}


def free_port() -> int:
    """A free TCP port on loopback, for a server a test starts."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_serving(proc, base: str, *, seconds: float, name: str) -> None:
    """Wait until the server at base answers (any HTTP status counts); fail the test, with the server's
    stderr, if it exits or does not answer in time."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=2).read()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"{name} did not start: {proc.communicate()[1]!r}")
            time.sleep(0.1)


def nquads(out: Path) -> list[str]:
    """A built store's quads, sorted: two builds are the same graph when these are equal."""
    import pyoxigraph as ox

    from kg.store import GraphStore

    gs = GraphStore(out / "store", read_only=True)
    try:
        return sorted(gs.ox.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines())
    finally:
        gs.close()


def write_corpus(folder: Path, files: dict[str, str | bytes] = SMALL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def built(tmp_path_factory, small_corpus, nlp):
    """One real build of the small corpus: (out dir, report). Tests must not modify it."""
    import kg

    out = tmp_path_factory.mktemp("out")
    report = kg.build(small_corpus, out=out, exports=("ttl", "trig", "jsonld", "nq"))
    return out, report


@pytest.fixture(scope="session")
def sample_built(tmp_path_factory, nlp):
    """One real build of the sample corpus (corpora/), shared by the analytics and validation
    tests. Tests must not modify it."""
    import kg

    out = tmp_path_factory.mktemp("sample-out")
    kg.build(ROOT / "corpora", out=out, exports=())
    return out


def as_from_a_terminal() -> None:
    """preexec_fn for a command a test stops with Ctrl-C: SIGINT back to its default, as in a
    terminal. A shell that starts a job in the background without job control (nohup cmd &,
    some CI runners) makes the job ignore SIGINT, and every process it starts inherits that."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
