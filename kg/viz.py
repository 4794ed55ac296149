"""Self-contained interactive HTML view of a kg graph.

The page is our own template: positions come from kg/layout.py (computed in Python, so the
browser only draws), vis-network draws them (its JS and CSS are read from the installed pyvis
package and inlined, so the file works offline), and kg/static/view.js adds search, filters,
the date replay, the legend and the evidence panel. Graph data travels as JSON in a
``<script type="application/json">`` element escaped so that no string can close it; the
script puts every string into the page as text.

vis-network was chosen over a WebGL renderer by measurement (benchmarks/bench_viz.py): with
positions precomputed it draws 20k nodes in about the time the target allows, and the big
view opens on the best-ranked few hundred entities anyway. sigma.js's only PyPI carrier,
ipysigma, writes pages that load require.js and its widget manager from CDNs.
"""

from __future__ import annotations

import html
import importlib.util
import json
from collections.abc import Iterable, Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from .viewmodel import CLASS_COLOURS, Model, Placements, VizError, find_entity, neighbourhood

__all__ = ["CLASS_COLOURS", "VizError", "render_html", "render_focus", "view_page"]

VIS_DIR = "templates/lib/vis-9.1.2"  # inside the pyvis package

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>{vis_css}</style>
<style>{css}</style>
<script>{vis_js}</script>
</head>
<body data-kg-state="loading">
<div id="kg-network"></div>
<div id="kg-controls">
<h1>{title}</h1>
<form id="kg-search-form" role="search"><input id="kg-search" list="kg-names" placeholder="find an entity or alias"
 aria-label="find an entity"> <button type="submit">Find</button><datalist id="kg-names"></datalist></form>
<div id="kg-search-msg"></div>
<div id="kg-stats"></div>
<button id="kg-more" type="button">show more</button>
<div id="kg-legend"><ul id="kg-legend-list"></ul></div>
<details open><summary>dates</summary><div id="kg-date-label"></div>
<input id="kg-from" type="range" aria-label="from date"><input id="kg-to" type="range" aria-label="to date">
<button id="kg-play" type="button">replay over time</button></details>
<details><summary>predicates</summary><div id="kg-predicates"></div></details>
<details><summary>classes</summary><div id="kg-classes"></div></details>
<details><summary>sources</summary><div id="kg-sources"></div></details>
</div>
<div id="kg-panel" hidden><button id="kg-close" type="button" aria-label="close">&#x2715;</button>
<h2 id="kg-panel-title"></h2><div id="kg-panel-body"></div></div>
<script type="application/json" id="kg-data">{data}</script>
<script>{js}</script>
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


def _assets() -> dict[str, str]:
    """vis-network from pyvis, and our own script and style; none may close its element early."""
    # Located without importing pyvis, whose import pulls in jinja2 and networkx (a second or more).
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise VizError("the pyvis package (which ships vis-network) is not installed; pip install pyvis")
    lib = Path(list(spec.submodule_search_locations)[0]) / VIS_DIR
    own = files("kg").joinpath("static")
    return {
        "vis_js": lib.joinpath("vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script"),
        "vis_css": lib.joinpath("vis-network.css").read_text(encoding="utf-8").replace("</style", "<\\/style"),
        "js": own.joinpath("view.js").read_text(encoding="utf-8").replace("</script", "<\\/script"),
        "css": own.joinpath("view.css").read_text(encoding="utf-8").replace("</style", "<\\/style"),
    }


def view_page(model: Model, *, title: str, show: int | None = None) -> str:
    """The page for a model, as a string."""
    return page_with(_json_for_script(model.as_json(title=title, show=show)), title=title)


def page_with(data: str, *, title: str) -> str:
    """The page around its data, already JSON made safe for a script element (kg/viewchunks.py)."""
    return _PAGE.format(title=html.escape(title), data=data, **_assets())


def write_page(page: str, path: str | Path) -> Path:
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def render_html(nodes: Iterable[Mapping], edges: Iterable[Mapping], path: str | Path,
                *, title: str = "kg graph", show: int | None = None, parts: Iterable | None = None,
                placements: Placements | None = None) -> Path:
    """Write a self-contained interactive HTML view and return its path.

    Nodes are ``{"id", "label", "type", "aliases", "wikidata"}`` mappings; edges are readings
    ``{"source", "target", "predicate", "sentence", "article", "article_id", "article_date",
    "date", "source_name", "url", "confidence"}`` (only the first four are required).
    Readings of the same (source, target, predicate) become one fact whose support is the
    number of distinct articles; readings with an unknown end are skipped. Graphs above
    ``viewmodel.LARGE_GRAPH`` nodes open on the top entities by PageRank and their
    neighbours (``show`` nodes, if given); the page's "show more" adds the rest. ``parts``:
    the readings already grouped by article (``viewmodel.reading_groups``), in place of ``edges``;
    ``placements``: where the last view's ranks and positions are kept (``viewparts.Placements``).
    """
    return write_page(view_page(Model(nodes, edges, parts=parts, placements=placements), title=title, show=show), path)


def render_focus(nodes: list[Mapping], edges: list[Mapping], path: str | Path, *, focus: str, hops: int = 2,
                 title: str | None = None) -> Path:
    """The view of one entity's neighbourhood: everything within HOPS facts of FOCUS."""
    centre = find_entity(nodes, focus)
    keep = neighbourhood([e for e in edges if str(e["source"]) != str(e["target"])], centre, hops)
    label = next(str(n.get("label") or centre) for n in nodes if str(n["id"]) == centre)
    sub_nodes = [n for n in nodes if str(n["id"]) in keep]
    sub_edges = [e for e in edges if str(e["source"]) in keep and str(e["target"]) in keep]
    return render_html(sub_nodes, sub_edges, path, title=title or f"kg: {label} and {hops} hops around",
                       show=len(sub_nodes))
