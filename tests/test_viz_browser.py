"""The HTML view in a real headless Chromium (Debian's, driven by Playwright; nothing is
downloaded): what is drawn, the legend, search, filters, the date range, the evidence panel,
hostile names, and the "show more" control. Skips where no Chromium is installed, fails
instead under CI (KG_REQUIRE_BROWSER, set by .ci/run which installs chromium)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.viz import CLASS_COLOURS, render_html

from .vizgraph import EDGES, EX, HOSTILE_NAME, HOSTILE_SENTENCE, NODES, TITLE

pytestmark = pytest.mark.slow


def _chromium() -> str | None:
    return next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)


@pytest.fixture(scope="module")
def browser():
    exe = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if exe is None or sync_playwright is None:
        missing = "chromium" if exe is None else "the playwright package (test extra)"
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail(f"KG_REQUIRE_BROWSER is set (CI) but {missing} was not found; .ci/run installs chromium")
        pytest.skip(f"no {missing} on this machine; .ci/run installs Debian's chromium for CI")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class View:
    """One page: its dialogs, script errors and any request that left the file."""

    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1200, "height": 800}, device_scale_factor=1)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.remote: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", lambda route: (route.continue_() if route.request.url.startswith("file:")
                                               else (self.remote.append(route.request.url), route.abort())))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-kg-state=ready]", timeout=20_000)

    def js(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def drawn(self) -> tuple[set[str], set[str]]:
        """Labels of the nodes and predicates of the edges vis-network holds now."""
        return (set(self.js("kgView.nodes.get().map(n => n.label)")),
                set(self.js("kgView.edges.get().map(e => e.label)")))

    def dom_xy(self, node_id: str) -> dict:
        return self.js("""id => { const n = kgView.network, p = n.canvasToDOM(n.getPosition(id)),
                                       r = document.querySelector('#kg-network canvas').getBoundingClientRect();
                                 return {x: p.x, y: p.y, px: r.left + p.x, py: r.top + p.y, w: r.width, h: r.height}; }""",
                       node_id)

    def close(self) -> None:
        assert not self.errors, self.errors
        assert not self.remote, f"the page asked the network for {self.remote}"
        self.context.close()


@pytest.fixture
def view(browser, tmp_path):
    opened: list[View] = []

    def open_(path: Path) -> View:
        opened.append(View(browser, path))
        return opened[-1]

    yield open_
    for v in opened:
        v.close()


@pytest.fixture
def hand(view, tmp_path) -> View:
    return view(render_html(NODES, EDGES, tmp_path / "graph.html", title=TITLE))


# Pixels: which palette colours the canvas shows (exact matches; antialiased edges are blends).
CANVAS_COLOURS = """() => {
  const c = document.querySelector('#kg-network canvas'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const counts = {};
  for (let i = 0; i < d.length; i += 4) {
    const hex = '#' + [d[i], d[i + 1], d[i + 2]].map(v => v.toString(16).padStart(2, '0')).join('');
    counts[hex] = (counts[hex] || 0) + 1;
  }
  return counts;
}"""


def test_sample_view_draws_nodes_and_a_legend_of_exactly_their_colours(view, built, tmp_path):
    import kg

    out, _ = built
    v = view(kg.viz(store=out, output=tmp_path / "view.html"))
    labels, _ = v.drawn()
    assert "OpenAI" in labels and len(labels) >= 5
    legend = v.js("[...document.querySelectorAll('#kg-legend-list li[data-colour]')].map(li => li.dataset.colour)")
    node_colours = set(v.js("kgView.nodes.get().map(n => n.color.background)"))
    assert set(legend) == node_colours and len(legend) == len(set(legend))
    counts = v.js(CANVAS_COLOURS)
    on_canvas = {c for c in CLASS_COLOURS.values() if counts.get(c, 0) >= 20}
    assert on_canvas == set(legend), (on_canvas, legend)  # every colour drawn is listed, and only those
    # ...and each node is painted in its own class colour at its centre
    hits, drawn = 0, v.js("kgView.nodes.get().map(n => ({id: n.id, c: n.color.background}))")
    for n in drawn:
        xy = v.dom_xy(n["id"])
        px = v.js("""p => [...document.querySelector('#kg-network canvas').getContext('2d')
                         .getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data.slice(0, 3)]""", xy)
        hits += "#" + "".join(f"{b:02x}" for b in px) == n["c"]
    assert hits >= 0.7 * len(drawn), (hits, len(drawn))  # the rest are covered by another node or a label
    assert v.dialogs == []


def test_search_centres_an_entity_found_by_alias(hand):
    hand.page.fill("#kg-search", "huawei tech")
    hand.page.press("#kg-search", "Enter")
    xy = hand.dom_xy(EX + "huawei")
    assert abs(xy["x"] - xy["w"] / 2) < 3 and abs(xy["y"] - xy["h"] / 2) < 3
    assert hand.js("kgView.network.getSelectedNodes()") == [EX + "huawei"]
    assert hand.page.inner_text("#kg-panel-title") == "Huawei"
    panel = hand.page.inner_text("#kg-panel")
    assert "Huawei Technologies" in panel and "Wikidata" in panel and "timeline (2 dated readings)" in panel
    assert "partnersWith" in panel and "\u2190 sues" in panel  # facts grouped by predicate and direction
    hand.page.fill("#kg-search", "no such company")
    hand.page.press("#kg-search", "Enter")
    assert hand.page.inner_text("#kg-search-msg") == "no entity matches"


def test_predicate_filter_and_date_range_change_what_is_drawn(hand):
    nodes, edges = hand.drawn()
    assert edges == {"restricts", "exportsTo", "partnersWith", "sues"} and len(nodes) == 5
    hand.page.click("summary:has-text('predicates')")
    hand.page.uncheck("#kg-predicates input[value=restricts]")
    nodes, edges = hand.drawn()
    assert edges == {"exportsTo", "partnersWith", "sues"}
    assert "Bureau of Industry and Security" not in nodes  # its only fact is filtered out
    hand.page.check("#kg-predicates input[value=restricts]")
    assert hand.drawn()[1] == {"restricts", "exportsTo", "partnersWith", "sues"}

    dates = hand.js("kgView.dates")
    assert dates[0] == "2019-05-01" and dates[-1] == "2024-06-01"

    def set_range(lo: str, hi: str) -> None:
        hand.js("""([lo, hi]) => { for (const [id, v] of [['kg-from', lo], ['kg-to', hi]]) {
                     const r = document.getElementById(id); r.value = v; r.dispatchEvent(new Event('input')); } }""",
                [dates.index(lo), dates.index(hi)])

    set_range("2019-05-01", "2022-10-07")  # who had done what by the end of 2022
    nodes, edges = hand.drawn()
    assert edges == {"partnersWith", "restricts"} and "China" not in nodes and HOSTILE_NAME not in nodes
    assert hand.page.inner_text("#kg-date-label") == "2019-05-01 \u2013 2022-10-07"
    set_range("2023-01-02", "2024-01-05")
    assert hand.drawn()[1] == {"restricts", "exportsTo"}
    hand.page.click("#kg-play")  # the replay starts from the first date of the range
    assert hand.js("document.getElementById('kg-to').value") == str(dates.index("2023-01-02"))
    assert hand.drawn()[1] == {"restricts"}


def _click_edge(v: View, src: str, dst: str) -> str:
    if v.page.is_visible("#kg-panel"):  # the panel lies over the right of the canvas
        v.page.click("#kg-close")
    edge_id = v.js("([f, t]) => kgView.edges.get().find(e => e.from === f && e.to === t).id", [EX + src, EX + dst])
    a, b = v.dom_xy(EX + src), v.dom_xy(EX + dst)
    # a point on the edge that hits neither node (a node's hit area includes its label)
    for t in (0.35, 0.5, 0.65, 0.25, 0.75):
        mx, my = a["x"] + (b["x"] - a["x"]) * t, a["y"] + (b["y"] - a["y"]) * t
        p = {"x": mx, "y": my}
        if v.js("p => kgView.network.getNodeAt(p)", p) is None and v.js("p => kgView.network.getEdgeAt(p)", p) == edge_id:
            break
    else:
        pytest.fail(f"no clickable point on edge {src} -> {dst}")
    px, py = a["px"] - a["x"] + mx, a["py"] - a["y"] + my
    assert v.js("([x, y]) => document.elementFromPoint(x, y).tagName", [px, py]) == "CANVAS"
    v.page.mouse.click(px, py)
    return edge_id


def test_clicking_an_edge_shows_its_evidence(hand):
    _click_edge(hand, "bis", "nvidia")
    panel = hand.page.inner_text("#kg-panel")
    assert hand.page.is_visible("#kg-panel")
    assert "Bureau of Industry and Security \u2014 restricts \u2192 Nvidia" in panel
    assert "support: 3 articles, 2 sources" in panel
    assert "BIS restricts Nvidia exports, report 2." in panel and "2023-10-17" in panel and "Reuters" in panel
    assert "confidence 0.90" in panel
    links = hand.js("[...document.querySelectorAll('#kg-panel a')].map(a => [a.textContent, a.href])")
    assert ["Chip curbs 2", "https://example.org/a2"] in links
    _click_edge(hand, "nvidia", "china")
    assert "Nvidia sells H20 chips to China." in hand.page.inner_text("#kg-panel")
    hrefs = hand.js("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs  # javascript: is text, not a link


def test_hostile_name_renders_as_text_and_no_dialog_fires(hand):
    assert HOSTILE_NAME in hand.drawn()[0]
    xy = hand.dom_xy(EX + "evil")
    hand.page.mouse.click(xy["px"], xy["py"])
    assert hand.js("document.getElementById('kg-panel-title').textContent") == HOSTILE_NAME
    _click_edge(hand, "evil", "huawei")
    assert HOSTILE_SENTENCE in hand.page.inner_text("#kg-panel")
    assert "A & B <news>" in hand.page.inner_text("#kg-panel") and "<b>wire</b>" in hand.page.inner_text("#kg-panel")
    hand.page.fill("#kg-search", "<img src=x")
    hand.page.press("#kg-search", "Enter")
    assert hand.js("kgView.network.getSelectedNodes()") == [EX + "evil"]
    hand.page.wait_for_timeout(300)
    assert hand.js("document.querySelectorAll('img, b').length") == 0
    assert hand.js("document.scripts.length") == 3  # vis-network, the data, the view: nothing injected
    assert hand.js("document.title") == TITLE
    assert hand.dialogs == []


def test_big_graph_shows_top_ranked_then_more(view, tmp_path):
    n = 2500
    nodes = [{"id": f"{EX}n{i}", "label": f"N{i}", "type": "Company"} for i in range(n)]
    edges = [{"source": f"{EX}n{i}", "target": f"{EX}n{i // 8}", "predicate": "suppliesTo"} for i in range(1, n)]
    v = view(render_html(nodes, edges, tmp_path / "big.html"))
    initial = v.js("kgView.data.initial")
    assert 0 < initial < n and v.js("kgView.nodes.length") == initial
    assert v.page.inner_text("#kg-stats").startswith(f"{initial} of {n} entities")
    hidden = v.js("kgView.data.nodes.filter(x => x.o >= kgView.data.initial).map(x => x.label)")[-1]
    v.page.click("#kg-more")
    assert v.js("kgView.nodes.length") > initial
    v.page.fill("#kg-search", hidden)  # a name not drawn yet is revealed and centred
    v.page.press("#kg-search", "Enter")
    assert hidden in v.drawn()[0] and v.page.inner_text("#kg-panel-title") == hidden
