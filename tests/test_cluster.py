"""`kg build --executor dask`: parsing on a real Dask cluster (a LocalCluster of two worker
processes on loopback, started here) gives the same store as a local build; a failing article
is a warning and the build goes on; an unreachable scheduler or a missing package is one line."""
from __future__ import annotations

import importlib
import shutil
import sys

import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app

from .conftest import ROOT, free_port, nquads, write_corpus

distributed = pytest.importorskip("distributed")  # the `test` extra installs it; `kg[cluster]` for users

# the scheduler's status page (loopback only, like its port) moves off 8787 when another test holds it
pytestmark = pytest.mark.filterwarnings("ignore:Port .* is already in use:UserWarning")
runner = CliRunner()
# a few of the sample corpus's files: several file kinds, a JSON file of several articles
SAMPLE = ["deals/deals-2023.json", "deals/nvidia-arm-deal-abandoned-2022.txt", "ai-access"]


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, one thread each, on 127.0.0.1, no dashboard; closed after the module."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as lc, distributed.Client(lc, set_as_default=False) as client:
        yield lc.scheduler_address, client


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    for rel in SAMPLE:
        src = ROOT / "corpora" / rel
        (shutil.copytree if src.is_dir() else shutil.copy)(src, folder / src.name)
    return folder


def _loads(client) -> dict[str, int]:
    return client.run(lambda: __import__("kg.cluster").cluster.LOADS)


def test_dask_build_equals_local_build(cluster, sample, tmp_path, monkeypatch, nlp):
    address, client = cluster
    monkeypatch.setattr("kg.cluster.BATCH", 2)  # many small tasks over both workers, finishing in any order
    res = runner.invoke(app, ["build", str(sample), "-o", str(tmp_path / "dask"), "--executor", "dask",
                              "--scheduler", address, "--no-html", "-q"])
    assert res.exit_code == 0, res.output
    local = kg.build(sample, out=tmp_path / "local", exports=())
    assert local.articles_read >= 8 and local.facts > 0
    assert nquads(tmp_path / "dask") == nquads(tmp_path / "local")
    # every worker took part, and loaded the pipeline once, not once per task
    assert sorted(_loads(client).values()) == [1, 1]
    again = runner.invoke(app, ["build", str(sample), "-o", str(tmp_path / "dask"), "--executor", "dask",
                                "--scheduler", address, "--no-html", "-q"])
    assert again.exit_code == 0 and sorted(_loads(client).values()) == [1, 1]  # nothing changed: nothing sent


def test_a_failing_article_is_a_warning_and_is_tried_again(cluster, tmp_path):
    address, client = cluster
    corpus = write_corpus(tmp_path / "c", {
        "good.txt": "Nvidia said on Monday that it would open a research centre in Taipei.\n",
        "bad.txt": "Zorblax Corp sued Quintar Inc in Delaware over a chip patent.\n",
        "other.txt": "The Commerce Department added Huawei to the Entity List in May 2019.\n",
    })

    def break_one():  # on each worker: extraction raises on one article, as a rule's bug would
        ex = importlib.import_module("kg.extract")  # the module (kg.extract is also a function)

        ex._real_facts_of = ex.facts_of

        def facts_of(doc, art, *a, **k):
            if "Zorblax" in art.text:
                raise ValueError("a rule broke")
            return ex._real_facts_of(doc, art, *a, **k)

        ex.facts_of = facts_of

    def mend():
        ex = importlib.import_module("kg.extract")  # the module (kg.extract is also a function)

        ex.facts_of = ex._real_facts_of

    warnings: list[str] = []
    client.run(break_one)
    try:
        report = kg.build(corpus, out=tmp_path / "out", exports=(), executor="dask", scheduler=address,
                          on_warning=warnings.append)
    finally:
        client.run(mend)
    failed = [w for w in warnings if "bad.txt" in w]
    assert len(failed) == 1 and "skipped" in failed[0] and "a rule broke" in failed[0], warnings
    assert report.articles_read == 3 and report.articles_skipped == 1
    before = nquads(tmp_path / "out")
    assert any("Commerce Department" in q for q in before) and not any("Zorblax" in q for q in before)
    again = kg.build(corpus, out=tmp_path / "out", exports=(), executor="dask", scheduler=address)
    assert again.articles_unchanged == 2 and not again.warnings  # only the failed article was sent again
    assert any("Zorblax" in q for q in nquads(tmp_path / "out"))


def test_unreachable_scheduler_is_one_line_and_keeps_the_store(tmp_path, small_corpus, nlp):
    out = tmp_path / "out"
    kg.build(small_corpus, out=out, exports=())
    before = nquads(out)
    corpus = write_corpus(tmp_path / "c", {"new.txt": "Intel said it would build a factory in Ohio.\n"})
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    res = runner.invoke(app, ["build", str(small_corpus), str(corpus), "-o", str(out), "--executor", "dask",
                              "--scheduler", address, "-q"])
    assert res.exit_code == 2
    errors = [line for line in res.output.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 1 and errors[0].startswith("kg: error: cannot reach the Dask scheduler at " + address)
    assert "Traceback" not in res.output
    assert nquads(out) == before
    bad = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "o2"), "--executor", "dask",
                              "--scheduler", "http://127.0.0.1:1"])
    assert bad.exit_code == 2 and "not a Dask scheduler address" in bad.output


def test_scheduler_without_dask_executor_is_an_error(tmp_path, small_corpus):
    res = runner.invoke(app, ["build", str(small_corpus), "-o", str(tmp_path / "o"), "--scheduler", "tcp://h:1"])
    assert res.exit_code == 2 and "--scheduler needs --executor dask" in res.output


def test_missing_distributed_says_what_to_install(tmp_path, small_corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the package were not installed
    res = runner.invoke(app, ["build", str(small_corpus), "-o", str(tmp_path / "o"), "--executor", "dask", "-q"])
    assert res.exit_code == 2
    assert res.output.strip() == "kg: error: --executor dask needs the Dask distributed package: " \
                                 "pip install 'kg[cluster]'"


def test_the_scheduler_needs_only_dask(tmp_path):
    """A Dask scheduler unpickles every task; kg's must unpickle where kg and spaCy are not installed."""
    import subprocess

    from distributed.protocol.pickle import dumps

    from kg.cluster import _TASK

    (tmp_path / "task.pkl").write_bytes(dumps(_TASK))
    code = ("import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] in ('kg', 'spacy'):\n"
            "            raise ImportError('not installed: ' + name)\n"
            "sys.meta_path.insert(0, Block())\n"
            "from distributed.protocol.pickle import loads\n"
            f"task = loads(open({str(tmp_path / 'task.pkl')!r}, 'rb').read())\n"
            "print(callable(task), 'kg' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "False"]


def test_a_scheduler_without_workers_is_an_error_not_a_hang(tmp_path, small_corpus, monkeypatch):
    monkeypatch.setattr("kg.cluster.POLL", 0.2)
    monkeypatch.setattr("kg.cluster.NO_WORKERS", 1.0)
    with distributed.LocalCluster(n_workers=0, processes=True, host="127.0.0.1", dashboard_address=None) as empty:
        with pytest.raises(kg.cluster.ClusterError, match="no workers for 1 s; start some with `dask worker tcp://"):
            kg.build(small_corpus, out=tmp_path / "o", exports=(), executor="dask", scheduler=empty.scheduler_address)


def test_a_worker_with_other_rules_refuses():
    from kg.cluster import ClusterError, Settings, run_batch

    art = kg.models.Article(id="a1", text="Intel said it would build a factory in Ohio.", path="x.txt")
    with pytest.raises(ClusterError, match="this worker's kg differs from the client's"):
        run_batch([art], Settings(None, (), fingerprint="another-version"))


def test_without_a_scheduler_kg_starts_and_stops_a_local_cluster(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "The Commerce Department added Huawei to the Entity List in May 2019.\n"})
    res = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dask"), "--executor", "dask", "--jobs", "1",
                              "--no-html", "-q"])
    assert res.exit_code == 0 and res.output == "", res.output  # nothing from Dask's own logs
    kg.build(corpus, out=tmp_path / "local", exports=())
    assert nquads(tmp_path / "dask") == nquads(tmp_path / "local")
    assert any("Huawei" in q for q in nquads(tmp_path / "dask"))
