"""The HTML view without a browser: merged facts, ranks, layout, offline assets, escaping,
the ego view and the entity page. Browser tests are in test_viz_browser.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.entitypage import render_entity
from kg.layout import layout
from kg.viewmodel import MAX_SHOWN, Model, VizError, find_entity
from kg.viz import CLASS_COLOURS, render_focus, render_html

from .vizgraph import EDGES, EX, HOSTILE_NAME, HOSTILE_SENTENCE, NODES, TITLE

DATA_RE = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


def _render(tmp_path: Path, nodes=NODES, edges=EDGES, name: str = "graph.html") -> str:
    out = render_html(nodes, edges, tmp_path / name, title=TITLE)
    assert out == tmp_path / name and out.is_file()
    return out.read_text(encoding="utf-8")


def _data(page: str) -> dict:
    match = DATA_RE.search(page)
    assert match, "embedded graph data not found"
    return json.loads(match.group(1))


def test_facts_merged_with_support_and_evidence(tmp_path: Path) -> None:
    data = _data(_render(tmp_path))
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert set(labels.values()) == {n["label"] for n in NODES}
    edges = {(labels[e["f"]], data["predicates"][e["p"]], labels[e["t"]]): e for e in data["edges"]}
    assert ("China", "dangling", "nowhere") not in edges and "dangling" not in data["predicates"]
    restricts = edges[("Bureau of Industry and Security", "restricts", "Nvidia")]
    assert restricts["n"] == 3 and restricts["ns"] == 2  # three articles from two sources
    assert restricts["a"] is True and edges[("Nvidia", "partnersWith", "Huawei")]["a"] is False
    assert restricts["w"] > edges[("Nvidia", "exportsTo", "China")]["w"]  # width grows with support
    best = restricts["facts"][0]  # most confident reading first, with its article's record
    assert best[1] == "BIS restricts Nvidia exports, report 2." and best[3] == "2023-10-17"
    assert data["articles"][best[0]] == ["Chip curbs 2", "2023-10-18", "Reuters", "https://example.org/a2"]
    nodes = {n["label"]: n for n in data["nodes"]}
    assert nodes["Huawei"]["al"] == ["Huawei Technologies"]
    assert nodes["Huawei"]["wd"] == "http://www.wikidata.org/entity/Q160120"
    assert nodes["Nvidia"]["s"] > nodes["China"]["s"]  # size grows with degree
    assert nodes["Nvidia"]["r"] == 0  # the hub ranks first by PageRank
    assert data["classes"][nodes[HOSTILE_NAME]["c"]][0] == "Entity"  # unknown class -> Entity, grey
    assert data["initial"] == len(NODES)  # a small graph is drawn whole


def test_layout_is_deterministic_and_packs_components() -> None:
    ids = [f"hub{i}" for i in range(40)] + [f"p{i}" for i in range(60)]
    pairs = [("hub0", f"hub{i}") for i in range(1, 40)] + [(f"p{i}", f"p{i + 1}") for i in range(0, 60, 2)]
    a, b = layout(ids, pairs), layout(list(reversed(ids)), list(reversed(pairs)))
    assert a == b and set(a) == set(ids)
    hub_x = [a[f"hub{i}"][0] for i in range(40)]
    hub_y = [a[f"hub{i}"][1] for i in range(40)]
    box = (min(hub_x), min(hub_y), max(hub_x), max(hub_y))
    for i in range(60):  # no isolated pair sits inside (or rings) the star's box
        x, y = a[f"p{i}"]
        assert not (box[0] <= x <= box[2] and box[1] <= y <= box[3]), (i, a[f"p{i}"], box)
    pair_y = [a[f"p{i}"][1] for i in range(60)]
    assert min(pair_y) >= box[1]  # the biggest component comes first (top left), pairs after it


def test_big_graph_opens_on_top_ranked_nodes(tmp_path: Path) -> None:
    n = 3000
    nodes = [{"id": f"{EX}n{i}", "label": f"N{i}", "type": "Company"} for i in range(n)]
    edges = [{"source": f"{EX}n{i}", "target": f"{EX}n{i // 10}", "predicate": "suppliesTo"}
             for i in range(1, n)]
    model = Model(nodes, edges)
    first = {nd["id"] for nd in model.nodes if nd["o"] < model.initial}
    assert 0 < model.initial <= MAX_SHOWN < n
    top = next(nd["id"] for nd in model.nodes if nd["r"] == 0)
    neighbours = {e["source"] for e in edges if e["target"] == top} | {e["target"] for e in edges if e["source"] == top}
    assert top in first and neighbours <= first  # the best-ranked entity comes with its neighbours
    leaves = [nd for nd in model.nodes if nd["id"] not in first]
    assert leaves and all(nd["r"] > 0 for nd in leaves)
    assert _data(_render(tmp_path, nodes, edges))["initial"] == model.initial


def test_kept_ranks_and_positions_are_reused_only_for_the_same_graph(tmp_path: Path, monkeypatch) -> None:
    """A build keeps the view's ranks and positions (viewparts.Placements): a model of the same
    graph (nodes, facts and their support) takes them as they were, without ranking or laying
    out again, and equals a model computed afresh; a fact's support changed is a new graph."""
    from kg.viewparts import Placements

    kept = Placements(tmp_path)
    first = Model(NODES, EDGES, placements=kept)
    assert first.as_json(title=TITLE) == Model(NODES, EDGES).as_json(title=TITLE)
    with monkeypatch.context() as m:  # the same graph, another reading's sentence: nothing ranked again
        m.setattr(Model, "_rank", lambda self: pytest.fail("ranked again"))
        m.setattr("kg.layout.layout", lambda *a, **k: pytest.fail("laid out again"))
        edges = [dict(e, sentence=e["sentence"] + " (updated)") if i == 0 else e for i, e in enumerate(EDGES)]
        again = Model(NODES, edges, placements=kept)
    assert again.as_json(title=TITLE) == Model(NODES, edges).as_json(title=TITLE)
    ties = next(e for e in EDGES if e["predicate"] == "partnersWith")
    more = EDGES + [dict(ties, article="Old ties, again", article_id="again")]  # one more article: support 2
    calls = []
    real = Model._rank
    monkeypatch.setattr(Model, "_rank", lambda self: calls.append(1) or real(self))
    assert Model(NODES, more, placements=kept).as_json(title=TITLE) == Model(NODES, more).as_json(title=TITLE)
    assert len(calls) == 2


def test_render_is_deterministic(tmp_path: Path) -> None:
    a = _render(tmp_path, name="a.html")
    b = _render(tmp_path, NODES[::-1], EDGES[::-1], name="b.html")
    assert a == b


def test_no_remote_urls(tmp_path: Path) -> None:
    page = _render(tmp_path)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"https?://cdn", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert "@import" not in page
    # Outside the inlined libraries, the only URLs are the graph's data, never fetched.
    outside_lib = re.sub(r"<script>.*?</script>|<style>.*?</style>", "", page, flags=re.S)
    for url in re.findall(r"https?://[^\s\"'<>\\]+", outside_lib):
        assert url.startswith((EX, "https://example.org/", "http://www.wikidata.org/")), url


def test_escaping(tmp_path: Path) -> None:
    page = _render(tmp_path)
    for raw in (HOSTILE_NAME, "</script><script>document", "<img src=x", "A & B <news>"):
        assert raw not in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    body = page.split("</head>", 1)[1]  # exactly our two <script> elements in <body>
    assert len(re.findall(r"<script\b", body, re.I)) == 2
    assert len(re.findall(r"</script", body, re.I)) == 2
    data = _data(page)  # ...and the text survives intact
    assert HOSTILE_NAME in {n["label"] for n in data["nodes"]}
    assert any(HOSTILE_SENTENCE == f[1] for e in data["edges"] for f in e["facts"])
    hostile_title = render_html(NODES, EDGES, tmp_path / "t.html", title="</title><b>x").read_text()
    assert "<title>&lt;/title&gt;&lt;b&gt;x</title>" in hostile_title


def test_find_entity_by_label_or_alias() -> None:
    assert find_entity(NODES, "huawei technologies") == EX + "huawei"
    assert find_entity(NODES, " NVIDIA ") == EX + "nvidia"
    with pytest.raises(VizError, match="did you mean 'Nvidia'"):
        find_entity(NODES, "Nvidai")


def test_focus_keeps_the_neighbourhood(tmp_path: Path) -> None:
    page = render_focus(NODES, EDGES, tmp_path / "f.html", focus="Huawei", hops=1).read_text()
    labels = {n["label"] for n in _data(page)["nodes"]}
    assert labels == {"Huawei", "Nvidia", HOSTILE_NAME}
    two = {n["label"] for n in _data(render_focus(NODES, EDGES, tmp_path / "g.html", focus="Huawei",
                                                  hops=2).read_text())["nodes"]}
    assert two == labels | {"Bureau of Industry and Security", "China"}
    with pytest.raises(VizError):
        render_focus(NODES, EDGES, tmp_path / "h.html", focus="Nobody")


def test_entity_page(tmp_path: Path) -> None:
    page = render_entity(NODES, EDGES, tmp_path / "e.html", entity="Nvidia").read_text()
    assert "<h1>Nvidia</h1>" in page and CLASS_COLOURS["Company"] in page
    assert "<h3>restricts (by others)</h3>" in page and "<h3>partnersWith</h3>" in page
    assert "<h3>exportsTo</h3>" in page
    dates = re.findall(r"<li>(\d{4}-\d\d-\d\d): ", page)
    assert dates == sorted(dates) and "2023-10-17" in dates  # timeline, oldest first
    assert 'href="https://example.org/a2"' in page  # article titles link to their source
    assert "H20 sales" in page and "H20 sales</a>" not in page  # a javascript: URL is never a link
    assert not re.search(r"""href=["']?\s*javascript:""", page, re.I)
    huawei = render_entity(NODES, EDGES, tmp_path / "h.html", entity="Huawei Technologies").read_text()
    assert HOSTILE_NAME not in huawei and "&lt;img src=x onerror=alert(1)&gt;" in huawei
    assert "<script" not in huawei.lower() and "A &amp; B &lt;news&gt;" in huawei
    assert "Also called: Huawei Technologies" in huawei
    assert 'href="http://www.wikidata.org/entity/Q160120"' in huawei


def test_cli_focus_and_entity(tmp_path: Path, built) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    out, _ = built
    runner = CliRunner()
    res = runner.invoke(app, ["viz", "--store", str(out), "--entity", "openai", "-o", str(tmp_path / "e.html")])
    assert res.exit_code == 0, res.output
    assert "<h1>OpenAI</h1>" in (tmp_path / "e.html").read_text()
    res = runner.invoke(app, ["viz", "--store", str(out), "--focus", "OpenAI", "--hops", "1",
                              "-o", str(tmp_path / "f.html")])
    assert res.exit_code == 0, res.output
    labels = {n["label"] for n in _data((tmp_path / "f.html").read_text())["nodes"]}
    assert "OpenAI" in labels and "China" in labels
    res = runner.invoke(app, ["viz", "--store", str(out), "--focus", "Nobody Inc"])
    assert res.exit_code == 2 and res.output.strip().count("\n") == 0 and "no entity named" in res.output
