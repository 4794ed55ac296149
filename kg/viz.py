"""Self-contained interactive HTML view of a kg graph (vis-network, shipped by pyvis).

The page is written from a small template of our own rather than pyvis's
``Network.write_html``: pyvis's template always links Bootstrap from a CDN and
interpolates data without the escaping we need. pyvis is used as the source of
the vis-network JS/CSS it bundles, which we inline so the file works offline.
"""

from __future__ import annotations

import html
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .vocab import SYMMETRIC

__all__ = ["CLASS_COLOURS", "render_html"]

# Fixed palette (Tableau 10 + grey); dict order is also the legend order.
CLASS_COLOURS: dict[str, str] = {
    "Company": "#4e79a7",
    "GovernmentBody": "#e15759",
    "Country": "#59a14f",
    "City": "#8cd17d",
    "Region": "#b6992d",
    "Person": "#f28e2b",
    "Organization": "#76b7b2",
    "Product": "#b07aa1",
    "Event": "#ff9da7",
    "Policy": "#9c755f",
    "Facility": "#d4a6c8",
    "Entity": "#bab0ac",
}
SYMMETRIC_PREDICATES = SYMMETRIC  # drawn without arrows
MAX_EVIDENCE = 3  # sentences shown per edge tooltip
LARGE_GRAPH = 1000  # above this, skip vis's O(n^2) Kamada-Kawai initial layout
STABILIZATION_ITERATIONS = 200
VIS_DIR = "templates/lib/vis-9.1.2"  # inside the pyvis package

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>{vis_css}</style>
<style>
html, body {{ margin: 0; height: 100%; font-family: sans-serif; }}
#kg-network {{ position: absolute; inset: 0; }}
#kg-legend {{ position: absolute; top: 8px; left: 8px; z-index: 10; background: #fffe;
  border: 1px solid #ccc; border-radius: 4px; padding: 6px 10px; font-size: 13px; }}
#kg-legend h1 {{ font-size: 15px; margin: 0 0 4px; }}
#kg-legend ul {{ list-style: none; margin: 0; padding: 0; }}
#kg-legend .swatch {{ display: inline-block; width: 12px; height: 12px;
  border-radius: 50%; margin-right: 6px; vertical-align: middle; }}
div.vis-tooltip {{ white-space: pre-wrap; max-width: 480px; }}
</style>
<script>{vis_js}</script>
</head>
<body data-kg-state="loading">
<div id="kg-network"></div>
<div id="kg-legend"><h1>{title}</h1>
<div id="kg-stats">{n_nodes} nodes, {n_edges} edges</div>
<ul>
{legend}
</ul></div>
<script type="application/json" id="kg-data">{data}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var network = new vis.Network(document.getElementById("kg-network"),
    {{nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}}, data.options);
  // Freeze the layout once stabilised so big graphs stop burning CPU.
  network.once("stabilizationIterationsDone", function () {{
    network.setOptions({{physics: {{enabled: false}}}});
    document.body.setAttribute("data-kg-state", "ready");
  }});
}})();
</script>
</body>
</html>
"""


def _json_for_script(value: Any) -> str:
    """JSON that is safe inside a <script> element: it can never close the element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                      ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, esc)
    return text


def _vis_assets() -> tuple[str, str]:
    """The vis-network JS and CSS bundled with pyvis (imported lazily: pyvis pulls in jinja2)."""
    from importlib.resources import files

    lib = files("pyvis").joinpath(VIS_DIR)
    js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    # Defensive: inlined code must not contain a closing tag for its own element.
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def _edge_title(predicate: str, evidence: list[tuple[float, str, str]]) -> str:
    # vis-network 9 shows string titles via innerText, so this stays plain text.
    lines = [f"{predicate} ({len(evidence)} evidence)"]
    for conf, sentence, article in evidence[:MAX_EVIDENCE]:
        lines.append(f"\u2022 \u201c{sentence}\u201d\n   \u2014 {article} (confidence {conf:.2f})")
    if len(evidence) > MAX_EVIDENCE:
        lines.append(f"and {len(evidence) - MAX_EVIDENCE} more")
    return "\n".join(lines)


def _build(nodes: Iterable[Mapping], edges: Iterable[Mapping]) -> tuple[list[dict], list[dict]]:
    by_id: dict[str, Mapping] = {str(n["id"]): n for n in nodes}  # last duplicate wins

    # Merge edges sharing (source, target, predicate); keep distinct evidence only.
    groups: dict[tuple[str, str, str], set[tuple[float, str, str]]] = defaultdict(set)
    for e in edges:
        src, dst = str(e["source"]), str(e["target"])
        if src not in by_id or dst not in by_id:
            continue
        groups[(src, dst, str(e.get("predicate", "")))].add(
            (float(e.get("confidence", 0.0)), str(e.get("sentence", "")), str(e.get("article", ""))))

    degree: dict[str, int] = defaultdict(int)
    parallel: dict[frozenset[str], int] = defaultdict(int)  # edges seen per unordered pair
    vis_edges: list[dict] = []
    for i, ((src, dst, pred), ev) in enumerate(sorted(groups.items())):
        evidence = sorted(ev, key=lambda t: (-t[0], t[1], t[2]))  # most confident first
        degree[src] += 1
        degree[dst] += 1
        edge: dict[str, Any] = {
            "id": f"e{i}", "from": src, "to": dst, "label": pred,
            "title": _edge_title(pred, evidence),
            "width": 1 + min(math.log2(len(evidence)), 4),
        }
        if pred not in SYMMETRIC_PREDICATES:
            edge["arrows"] = "to"
        # Fan out parallel edges of one pair so their labels don't overlap; curve
        # sides are relative to direction, hence the flip for reversed edges.
        k = parallel[frozenset((src, dst))]
        parallel[frozenset((src, dst))] += 1
        if k:
            clockwise = (k % 2 == 1) == (src <= dst)
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW",
                              "roundness": 0.2 * ((k + 1) // 2)}
        vis_edges.append(edge)

    vis_nodes: list[dict] = []
    for nid in sorted(by_id):
        n = by_id[nid]
        cls = str(n.get("type", "Entity"))
        cls = cls if cls in CLASS_COLOURS else "Entity"
        label = str(n.get("label") or nid.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1])
        vis_nodes.append({
            "id": nid, "label": label, "group": cls, "color": CLASS_COLOURS[cls],
            "title": f"{label}\n{cls}\n{nid}",
            "size": round(8 + 5 * math.sqrt(degree[nid]), 2),
        })
    return vis_nodes, vis_edges


def _options(n_nodes: int) -> dict[str, Any]:
    large = n_nodes > LARGE_GRAPH
    return {
        "layout": {"randomSeed": 7, "improvedLayout": not large},  # same layout every load
        "physics": {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {"enabled": True, "iterations": STABILIZATION_ITERATIONS,
                              "updateInterval": 25},
        },
        "nodes": {"shape": "dot", "font": {"size": 14}, "borderWidth": 1},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle"},
                  "color": {"color": "#999", "highlight": "#333"}},
        "interaction": {"hover": True, "tooltipDelay": 150,
                        "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }


def render_html(nodes: Iterable[Mapping], edges: Iterable[Mapping], path: str | Path,
                *, title: str = "kg graph") -> Path:
    """Write a self-contained interactive HTML view and return its path.

    Nodes are ``{"id", "label", "type"}`` mappings; edges are ``{"source", "target",
    "predicate", "sentence", "article", "confidence"}`` mappings. Edges with the same
    (source, target, predicate) are merged; edges with an unknown end are skipped.
    """
    vis_nodes, vis_edges = _build(nodes, edges)
    present = {n["group"] for n in vis_nodes}
    counts = {c: sum(n["group"] == c for n in vis_nodes) for c in present}
    legend = "\n".join(
        f'<li data-class="{c}"><span class="swatch" style="background:{colour}"></span>'
        f"{c} ({counts[c]})</li>"
        for c, colour in CLASS_COLOURS.items() if c in present)
    vis_js, vis_css = _vis_assets()
    page = _PAGE.format(
        title=html.escape(title), vis_css=vis_css, vis_js=vis_js, legend=legend,
        n_nodes=len(vis_nodes), n_edges=len(vis_edges),
        data=_json_for_script({"nodes": vis_nodes, "edges": vis_edges,
                               "options": _options(len(vis_nodes))}))
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
