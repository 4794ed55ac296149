"""`kg push` against a real SPARQL server (`oxigraph serve`, from the oxigraph package) on a
free loopback port, through a small proxy that counts the requests that reach it."""
from __future__ import annotations

import http.server
import json
import shutil
import subprocess
import sys
import threading
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import kg
from kg.push import PushError, push
from kg.query import load_saved, saved_queries
from kg.rdfarticle import PREFIXES

from .conftest import free_port, wait_until_serving, write_corpus

pytestmark = pytest.mark.slow
PARAMS = {"entity": "Huawei", "article": "chips", "date": "2024-01-01"}


@pytest.fixture
def oxigraph_server(tmp_path):
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        pytest.fail("the oxigraph server binary is missing (pip install oxigraph; it is in the test extra)")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(proc, base, seconds=30, name="oxigraph serve")
    yield base
    proc.terminate()
    proc.wait(10)


@pytest.fixture
def counting_proxy(oxigraph_server):
    """Forwards to the server and records (method, graph) of each request."""
    seen: list[tuple[str, str]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _forward(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) or None
            graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("graph", [""])[0]
            seen.append((self.command, graph))
            headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "authorization")}
            req = urllib.request.Request(oxigraph_server + self.path, data=body, method=self.command, headers=headers)
            try:
                with urllib.request.urlopen(req, timeout=30) as resp:
                    status, data = resp.status, resp.read()
            except urllib.error.HTTPError as exc:
                status, data = exc.code, exc.read()
            self.send_response(status)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_PUT = do_DELETE = do_POST = do_GET = _forward

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    httpd.shutdown()
    httpd.server_close()


def remote_rows(base: str, sparql: str) -> list[tuple]:
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    req = urllib.request.Request(base + "/query", data=urllib.parse.urlencode({"query": prologue + sparql}).encode(),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        res = json.loads(resp.read())
    names = res["head"]["vars"]
    return sorted(tuple(b.get(v, {}).get("value") for v in names) for b in res["results"]["bindings"])


def test_push_then_saved_queries_agree_and_a_second_push_sends_one_graph(tmp_path, counting_proxy, oxigraph_server, nlp):
    corpus = write_corpus(tmp_path / "c", {
        "a.md": "---\ntitle: Block\ndate: 2024-07-09\n---\nOpenAI began blocking API traffic from China on July 9, 2024.",
        "b.md": "---\ntitle: Deal\ndate: 2023-11-22\n---\nBroadcom acquired VMware. Nvidia partners with TSMC.",
        "c.md": "---\ntitle: List\ndate: 2019-05-16\n---\nThe Commerce Department added Huawei to the Entity List."})
    out = tmp_path / "out"
    kg.build(corpus, out=out, exports=())
    proxy, seen = counting_proxy
    first = push(store=out, endpoint=proxy + "/store")
    n_graphs = len(kg.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", store=out))
    assert len(first.sent) == n_graphs == len(seen) and all(m == "PUT" for m, _ in seen)
    for name in saved_queries():
        text = load_saved(name, PARAMS)
        local = sorted(tuple(r.values()) for r in kg.query(text, store=out).records())
        assert remote_rows(oxigraph_server, text) == local, name
    # nothing changed: nothing sent
    seen.clear()
    assert push(store=out, endpoint=proxy + "/store").requests == 0 and seen == []
    # one article's title changes (its text, hence its id and facts, stay): one graph goes
    (corpus / "a.md").write_text("---\ntitle: Block, updated\ndate: 2024-07-09\n---\n"
                                 "OpenAI began blocking API traffic from China on July 9, 2024.")
    kg.build(corpus, out=out, exports=())
    second = push(store=out, endpoint=proxy + "/store")
    assert len(seen) == 1 and seen[0][0] == "PUT" and second.sent == [seen[0][1]] and second.deleted == []
    assert remote_rows(oxigraph_server, "SELECT ?t WHERE { ?a a schema:NewsArticle ; dcterms:title ?t } ORDER BY ?t") == \
        [("Block, updated",), ("Deal",), ("List",)]
    # a deleted article: its graph is deleted remotely (the merged graphs change too)
    (corpus / "c.md").unlink()
    kg.build(corpus, out=out, exports=())
    seen.clear()
    third = push(store=out, endpoint=proxy + "/store")
    assert [m for m, _ in seen].count("DELETE") == 1 and len(third.deleted) == 1
    assert remote_rows(oxigraph_server, "SELECT ?t WHERE { ?a a schema:NewsArticle ; dcterms:title ?t } ORDER BY ?t") == \
        [("Block, updated",), ("Deal",)]


def test_push_refuses_credentials_in_the_url_and_names_an_unreachable_endpoint(built, tmp_path):
    out, _ = built
    with pytest.raises(PushError, match="KG_PUSH_USER"):
        push(store=out, endpoint="http://user:secret@127.0.0.1:9/store")
    with pytest.raises(PushError, match="cannot reach"):
        push(store=out, endpoint=f"http://127.0.0.1:{free_port()}/store", timeout=5)


def test_push_sends_credentials_from_the_environment(tmp_path, counting_proxy, monkeypatch, built):
    import base64

    from kg import push as push_module

    monkeypatch.setenv("KG_PUSH_USER", "analyst")
    monkeypatch.setenv("KG_PUSH_PASSWORD", "s3cret")
    assert push_module._headers() == {"Authorization": "Basic " + base64.b64encode(b"analyst:s3cret").decode()}
    monkeypatch.setenv("KG_PUSH_TOKEN", "tok")
    assert push_module._headers() == {"Authorization": "Bearer tok"}
