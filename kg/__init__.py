"""kg: tech-geopolitics news -> knowledge graph with provenance.

    import kg
    report = kg.build("corpora/", out="kg-out")
    rows = kg.query("SELECT ?s ?o WHERE { ?s kg:restricts ?o }", store="kg-out").records()
    facts = list(kg.extract(["corpora/"]))

spaCy and its model load on first use, not at import (importing kg loads only the light
Oxigraph bindings).
"""
from __future__ import annotations

__version__ = "0.1.0"

# Binding the functions after their modules load keeps `kg.build` etc. the functions even
# though submodules of the same names exist (an import only sets the attribute once).
from . import viz as _viz_module  # noqa: E402,F401  (load the submodule before binding the function)
from .api import extract_records as _extract_records  # noqa: E402
from .api import viz  # noqa: E402
from .build import build  # noqa: E402
from .query import load_saved as _load_saved  # noqa: E402
from .query import query  # noqa: E402

__all__ = ["build", "query", "extract", "viz", "saved_query", "__version__"]


def saved_query(name: str, *, store="kg-out", **params: str):
    """Run a saved query (kg/queries/NAME.rq) with {{param}} values."""
    return query(_load_saved(name, params), store=store)


def extract(paths, **kwargs):
    """Facts in files/folders as JSON-ready dicts (what `kg extract` prints)."""
    return _extract_records(list(paths) if isinstance(paths, (list, tuple)) else [paths], **kwargs)
