"""Tests for kg.viz.render_html: content, offline assets, escaping, and a headless-Chromium render."""

from __future__ import annotations

import json
import re
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from kg.viz import CLASS_COLOURS, render_html

EX = "http://example.org/kg/"
HOSTILE_NAME = "<script>alert(1)</script>"
# Payloads that would visibly change the DOM if the page ever executed them.
HOSTILE_LABEL = HOSTILE_NAME + "<img src=x onerror=\"document.title='PWNED'\">"
HOSTILE_SENTENCE = "Deal done </script><script>document.title='PWNED'</script> today."
TITLE = "kg test graph"

NODES = [
    {"id": EX + "nvidia", "label": "Nvidia", "type": "Company"},
    {"id": EX + "bis", "label": "Bureau of Industry and Security", "type": "GovernmentBody"},
    {"id": EX + "china", "label": "China", "type": "Country"},
    {"id": EX + "evil", "label": HOSTILE_LABEL, "type": "SomethingUnknown"},
]
EDGES = [
    *({"source": EX + "bis", "target": EX + "nvidia", "predicate": "restricts",
       "sentence": f"BIS restricts Nvidia exports, report {i}.", "article": "Chip curbs",
       "confidence": 0.5 + i / 10} for i in range(5)),
    {"source": EX + "nvidia", "target": EX + "china", "predicate": "exportsTo",
     "sentence": "Nvidia sells H20 chips to China.", "article": "H20 sales", "confidence": 0.8},
    {"source": EX + "evil", "target": EX + "nvidia", "predicate": "partnersWith",
     "sentence": HOSTILE_SENTENCE, "article": "A & B <news>", "confidence": 0.9},
    {"source": EX + "china", "target": EX + "nowhere", "predicate": "dangling",
     "sentence": "Skipped.", "article": "x", "confidence": 0.9},
]
DATA_RE = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


def _render(tmp_path: Path, nodes=NODES, edges=EDGES, name: str = "graph.html") -> str:
    out = render_html(nodes, edges, tmp_path / name, title=TITLE)
    assert out == tmp_path / name and out.is_file()
    return out.read_text(encoding="utf-8")


def _data(page: str) -> dict:
    match = DATA_RE.search(page)
    assert match, "embedded graph data not found"
    return json.loads(match.group(1))


def test_content_legend_and_edges(tmp_path: Path) -> None:
    page = _render(tmp_path)
    data = _data(page)
    assert {n["label"] for n in data["nodes"]} == {n["label"] for n in NODES}
    assert "Nvidia" in page and "Bureau of Industry and Security" in page

    legend = re.findall(r'<li data-class="(\w+)">', page)
    assert legend == ["Company", "GovernmentBody", "Country", "Entity"]  # palette order, present only
    assert CLASS_COLOURS["Company"] in page and CLASS_COLOURS["Person"] not in page

    edges = {e["label"]: e for e in data["edges"]}
    assert set(edges) == {"restricts", "exportsTo", "partnersWith"}  # dangling edge skipped
    restricts = edges["restricts"]  # five edges merged into one
    assert restricts["arrows"] == "to" and "arrows" not in edges["partnersWith"]
    assert restricts["title"].count("\u2022") == 3 and "and 2 more" in restricts["title"]
    assert "report 4" in restricts["title"] and "Chip curbs" in restricts["title"]  # best first
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes["Nvidia"] > sizes["China"]  # size grows with degree
    assert data["options"]["layout"]["improvedLayout"] is True


def test_large_graph_options_and_determinism(tmp_path: Path) -> None:
    nodes = [{"id": f"{EX}n{i}", "label": f"N{i}", "type": "Company"} for i in range(1200)]
    edges = [{"source": f"{EX}n{i}", "target": f"{EX}n{(i * 7) % 1200}", "predicate": "supplies",
              "sentence": "s", "article": "a", "confidence": 0.5} for i in range(1200)]
    options = _data(_render(tmp_path, nodes, edges))["options"]
    assert options["layout"]["improvedLayout"] is False
    assert options["physics"]["stabilization"]["iterations"] <= 200

    a = _render(tmp_path, name="a.html")
    b = _render(tmp_path, NODES[::-1], EDGES[::-1], name="b.html")
    assert a == b


def test_no_remote_urls(tmp_path: Path) -> None:
    page = _render(tmp_path)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"https?://cdn", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert "@import" not in page
    # Outside the inlined library, the only URLs are the graph's own IRIs (data, never fetched).
    outside_lib = re.sub(r"<script>.*?</script>|<style>.*?</style>", "", page, flags=re.S)
    for url in re.findall(r"https?://[^\s\"'<>\\]+", outside_lib):
        assert url.startswith(EX), url


def test_escaping(tmp_path: Path) -> None:
    page = _render(tmp_path)
    for raw in (HOSTILE_NAME, "</script><script>document", "<img src=x", "A & B <news>"):
        assert raw not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    # All graph data lives in <body>: exactly our two <script> elements, nothing injected.
    body = page.split("</head>", 1)[1]
    assert len(re.findall(r"<script\b", body, re.I)) == 2
    assert len(re.findall(r"</script", body, re.I)) == 2
    data = _data(page)  # ...and the text survives intact
    assert HOSTILE_LABEL in {n["label"] for n in data["nodes"]}
    assert any(HOSTILE_SENTENCE in e["title"] for e in data["edges"])


# --- headless browser -------------------------------------------------------------------------

def _png_pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Tiny PNG decoder (8-bit RGB/RGBA, non-interlaced): width, height, rows of raw pixels."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(png):
        (length,), ctype = struct.unpack(">I", png[pos:pos + 4]), png[pos + 4:pos + 8]
        body = png[pos + 8:pos + 8 + length]
        pos += 12 + length
        if ctype == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif ctype == b"IDAT":
            idat += body
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride) if kind else ():
            a = row[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            if kind == 1:
                row[i] = (row[i] + a) & 255
            elif kind == 2:
                row[i] = (row[i] + b) & 255
            elif kind == 3:
                row[i] = (row[i] + (a + b) // 2) & 255
            else:  # Paeth
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(row))
        prev = row
    if bpp == 4:  # drop alpha
        rows = [bytes(b for i, b in enumerate(r) if i % 4 != 3) for r in rows]
    return width, height, rows


def _chromium(html: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    browser = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if browser is None:
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail("KG_REQUIRE_BROWSER is set (CI) but no chromium was found; .ci/run installs it")
        pytest.skip("no headless Chromium on this machine; .ci/run installs Debian's chromium for CI")
    profile = tmp_path / f"profile{len(list(tmp_path.glob('profile*')))}"
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", "--window-size=1200,800", "--virtual-time-budget=5000",
           *extra, html.resolve().as_uri()]
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=True)
    except subprocess.TimeoutExpired:
        # A JS dialog (e.g. the payload's alert(1) running) blocks headless Chromium forever.
        pytest.fail("Chromium did not finish within 60 s: did injected script open an alert()?")


def test_headless_chromium_renders(tmp_path: Path) -> None:
    html = tmp_path / "graph.html"
    render_html(NODES, EDGES, html, title=TITLE)

    shot = tmp_path / "shot.png"
    _chromium(html, tmp_path, f"--screenshot={shot}")
    assert shot.is_file()
    width, height, rows = _png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 800) or width * height > 100_000
    colours = {row[i:i + 3] for row in rows for i in range(0, len(row), 3)}
    assert len(colours) > 50, "screenshot looks blank"
    for cls in ("Company", "GovernmentBody", "Country", "Entity"):  # nodes (and legend) drawn
        assert bytes.fromhex(CLASS_COLOURS[cls][1:]) in colours, cls

    dom = _chromium(html, tmp_path, "--dump-dom").stdout
    assert "<canvas" in dom  # vis-network built its canvas
    assert 'data-kg-state="ready"' in dom  # our script ran to the end of stabilisation
    assert re.search(r"<title>(.*?)</title>", dom).group(1) == TITLE  # no payload changed it
    assert 'id="kg-legend"' in dom and 'data-class="Company"' in dom
    assert HOSTILE_LABEL in {n["label"] for n in _data(dom)["nodes"]}  # label kept as text
