"""`kg push`: send the graph to an external SPARQL store with the SPARQL 1.1 Graph Store HTTP
Protocol, one named graph per article plus the merged, entity and ontology graphs.

Each graph is sent with PUT (replace), which is idempotent; a small state file beside the store
remembers, per endpoint, a hash of each graph as last sent, so a push after an incremental
build sends only the graphs that changed and DELETEs those that are gone. Credentials come
from the environment only (KG_PUSH_USER and KG_PUSH_PASSWORD for HTTP Basic, or
KG_PUSH_TOKEN for a bearer token), never from the command line, where they would be seen in
the process list and the shell history.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import KGError
from .rdfarticle import K
from .store import GraphStore

MERGED_FROM = K("mergedFrom")

STATE_FILE = "push-state.json"


class PushError(KGError):
    """The endpoint refused a graph, could not be reached, or the URL carries credentials."""


@dataclass
class PushReport:
    endpoint: str
    sent: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def requests(self) -> int:
        return len(self.sent) + len(self.deleted)


def graph_payload(gs: GraphStore, graph: ox.NamedNode) -> bytes:
    """One named graph as sorted N-Triples: the same graph gives the same bytes (no blank nodes).
    The merged graph's kg:mergedFrom marker is the build's crash-recovery bookkeeping (a hash of
    all article graphs, new at every change); it stays local, or every push would resend the
    merged graph though no fact changed."""
    lines = sorted({str(ox.Triple(q.subject, q.predicate, q.object))
                    for q in gs.ox.quads_for_pattern(None, None, None, graph) if q.predicate != MERGED_FROM})
    return ("".join(line + " .\n" for line in lines)).encode("utf-8")


def _headers() -> dict[str, str]:
    token = os.environ.get("KG_PUSH_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user = os.environ.get("KG_PUSH_USER")
    if user:
        pair = f"{user}:{os.environ.get('KG_PUSH_PASSWORD', '')}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode()}
    return {}


def _send(method: str, url: str, body: bytes | None, headers: dict[str, str], timeout: float) -> int:
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        if method == "DELETE" and exc.code == 404:
            return 404  # already gone: the goal is reached
        detail = exc.read(300).decode("utf-8", "replace").strip().splitlines()
        raise PushError(f"{method} {url}: HTTP {exc.code} {exc.reason}" + (f": {detail[0]}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as exc:
        raise PushError(f"{url}: cannot reach the endpoint ({getattr(exc, 'reason', exc)})") from None


def push(*, store: str | Path = "kg-out", endpoint: str, force: bool = False, timeout: float = 120.0) -> PushReport:
    """Send changed graphs to a Graph Store Protocol endpoint (e.g. http://host:7878/store for
    Oxigraph, http://host:3030/DATASET/data for Fuseki); returns what was sent."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"{endpoint!r}: give the endpoint's http(s) URL")
    if parts.username or parts.password:
        raise PushError("credentials in the URL are refused; set KG_PUSH_USER and KG_PUSH_PASSWORD "
                        "(or KG_PUSH_TOKEN) in the environment")
    gs = GraphStore.open_any(store)
    if not gs.path.is_dir():
        raise PushError(f"{store}: push needs a build folder or store, not an export file")
    state_path = gs.path.parent / STATE_FILE
    try:
        state = json.loads(state_path.read_text(encoding="utf-8")) if state_path.is_file() else {}
    except (OSError, ValueError):
        state = {}  # a damaged state file only costs a full push
    last: dict[str, str] = {} if force else state.get(endpoint, {})
    headers = _headers()
    report = PushReport(endpoint)
    now: dict[str, str] = {}
    sep = "&" if parts.query else "?"
    try:
        for graph in sorted(gs.ox.named_graphs(), key=lambda g: g.value):
            body = graph_payload(gs, graph)
            digest = hashlib.sha256(body).hexdigest()
            if last.get(graph.value) == digest:
                now[graph.value] = digest
                report.unchanged += 1
                continue
            url = f"{endpoint}{sep}graph={urllib.parse.quote(graph.value, safe='')}"
            _send("PUT", url, body, {**headers, "Content-Type": "application/n-triples"}, timeout)
            now[graph.value] = digest
            report.sent.append(graph.value)
        for iri in sorted(set(last) - set(now)):
            _send("DELETE", f"{endpoint}{sep}graph={urllib.parse.quote(iri, safe='')}", None, headers, timeout)
            report.deleted.append(iri)
    finally:
        # what was sent is remembered even when a later graph failed, so a retry resumes
        done = {k: v for k, v in last.items() if k not in report.deleted}
        done.update(now)
        state[endpoint] = done
        tmp = state_path.with_name(STATE_FILE + ".tmp")
        tmp.write_text(json.dumps(state, indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(state_path)
    return report
