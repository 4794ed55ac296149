"""One entity's page (`kg viz --entity Huawei`): its facts grouped by predicate with every
reading's evidence, a timeline of the dated readings, its other names and its Wikidata link.
A static page without script: every string is HTML-escaped, only http(s) addresses link.
"""
from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from .viewmodel import CLASS_COLOURS, Model, find_entity, safe_url

__all__ = ["render_entity"]

E = html.escape

_STYLE = """body { font: 14px/1.4 system-ui, sans-serif; margin: 24px auto; max-width: 960px; color: #222; padding: 0 12px; }
h1 { margin-bottom: 2px; } h2 { margin-top: 28px; border-bottom: 1px solid #ddd; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%; margin-right: 6px; }
.meta { color: #555; font-size: 12px; } q { font-style: italic; }
table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 3px 8px; vertical-align: top; }
tr:nth-child(even) { background: #f6f6f6; } .iri { color: #777; font-size: 12px; overflow-wrap: anywhere; }
svg text { font-size: 11px; fill: #555; }"""


def _link(url: str, text: str) -> str:
    u = safe_url(url)
    return f'<a href="{E(u)}" rel="noopener noreferrer">{E(text)}</a>' if u else E(text)


def _reading(model: Model, fact: list) -> str:
    title, adate, source, url = model.articles[fact[0]]
    bits = [_link(url, title or "(untitled article)")]
    bits += [E(x) for x in (fact[3] or adate, source) if x]
    bits.append(f"confidence {fact[2]:.2f}")
    return f'<li><q>{E(fact[1])}</q><div class="meta">{" · ".join(bits)}</div></li>'


def _day(d: str) -> date | None:
    try:
        return date.fromisoformat(d if len(d) == 10 else d + "-01" if len(d) == 7 else d + "-01-01")
    except ValueError:
        return None


def _timeline(items: list[tuple[date, str]]) -> str:
    """A strip with a tick per dated reading, years labelled; the list below it says what each is."""
    if not items:
        return "<p>No dated facts.</p>"
    lo, hi = items[0][0], items[-1][0]
    span = max((hi - lo).days, 1)
    width, pad = 900, 20
    x = lambda d: pad + (width - 2 * pad) * (d - lo).days / span  # noqa: E731
    ticks = "".join(f'<circle cx="{x(d):.1f}" cy="20" r="4" fill="#4e79a7"><title>{E(what)}</title></circle>'
                    for d, what in items)
    years = "".join(f'<text x="{x(date(y, 1, 1)):.1f}" y="44">{y}</text>'
                    for y in range(lo.year + (lo > date(lo.year, 1, 1)), hi.year + 1))
    return (f'<svg width="{width}" height="52" role="img" aria-label="timeline">'
            f'<line x1="{pad}" y1="20" x2="{width - pad}" y2="20" stroke="#999"/>{ticks}{years}</svg>')


def render_entity(nodes: list[Mapping], edges: list[Mapping], path: str | Path, *, entity: str) -> Path:
    """Write the page of the entity named ENTITY (label or alias) and return its path."""
    eid = find_entity(nodes, entity)
    model = Model(nodes, edges, layout=False)
    node = next(n for n in model.nodes if n["id"] == eid)
    label, cls = node["label"], list(CLASS_COLOURS)[node["c"]]
    names = {n["id"]: n["label"] for n in model.nodes}

    groups: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    dated: list[tuple[date, str]] = []
    for e in model.edges:
        if eid not in (e["f"], e["t"]):
            continue
        pred = model.predicates[e["p"]]
        other = names[e["t"]] if e["f"] == eid else names[e["f"]]
        key = pred if e["f"] == eid else f"{pred} (by others)"
        groups[key].append((other, e))
        for f in e["facts"]:
            d = _day(f[3])
            if d:
                dated.append((d, f"{names[e['f']]} {pred} {names[e['t']]}: {f[1]}"))
    dated.sort()

    parts = [f"<h1>{E(label)}</h1>",
             f'<p><span class="swatch" style="background:{CLASS_COLOURS[cls]}"></span>{E(cls)}'
             f' · <span class="iri">{E(eid)}</span></p>']
    if node["al"]:
        parts.append(f"<p>Also called: {E('; '.join(node['al']))}</p>")
    if node["wd"]:
        parts.append(f"<p>{_link(node['wd'], 'Wikidata: ' + node['wd'].rsplit('/', 1)[-1])}</p>")
    parts.append(f"<h2>Timeline</h2>{_timeline(dated)}<ol>")
    counts: dict[tuple[date, str], int] = {}
    for item in dated:  # the same sentence on the same date in several articles is one line
        counts[item] = counts.get(item, 0) + 1
    parts += [f"<li>{d.isoformat()}: {E(what)}{f' (×{k})' if k > 1 else ''}</li>" for (d, what), k in counts.items()]
    parts.append("</ol><h2>Facts</h2>")
    if not groups:
        parts.append("<p>No facts about this entity.</p>")
    for key in sorted(groups):
        parts.append(f"<h3>{E(key)}</h3><table><tr><th>with</th><th>articles</th><th>sources</th>"
                     "<th>evidence</th></tr>")
        for other, e in sorted(groups[key], key=lambda t: (-t[1]["n"], t[0])):
            readings = "".join(_reading(model, f) for f in e["facts"])
            parts.append(f"<tr><td>{E(other)}</td><td>{e['n']}</td><td>{e['ns']}</td><td><ol>{readings}</ol></td></tr>")
        parts.append("</table>")
    page = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{E(label)} · kg</title>'
            f"<style>{_STYLE}</style></head><body>{''.join(parts)}</body></html>\n")
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
