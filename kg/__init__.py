"""kg: tech-geopolitics news -> knowledge graph with provenance.

    import kg
    report = kg.build("corpora/", out="kg-out")
    rows = kg.query("SELECT ?s ?o WHERE { ?s kg:restricts ?o }", store="kg-out").records()
    facts = list(kg.extract(["corpora/"]))
    ds = kg.dataset("kg-out")  # an rdflib Dataset over the same store

spaCy, its model and the extraction rules load on the first extraction, rdflib on the first
`kg.dataset()`; importing kg loads only the light Oxigraph bindings.

`kg.build`, `kg.query`, `kg.extract` and `kg.viz` are these functions, although modules of the
same names implement them (kg/build.py, kg/query.py, kg/extract/, kg/viz.py). Import from the
modules by name (`from kg.query import to_json`); `import kg.query as q` gives the function.
"""
from __future__ import annotations

import sys
import types

from .query import load_saved as _load_saved
from .query import query

__version__ = "0.1.0"

__all__ = ["build", "query", "saved_query", "extract", "viz", "dataset", "__version__"]


def saved_query(name: str, *, store="kg-out", **params: str):
    """Run a saved query (kg/queries/NAME.rq) with {{param}} values."""
    return query(_load_saved(name, params), store=store)


# kg.build, kg.viz and kg.dataset load their modules (the corpus readers, the build's workers,
# the exporters) when first named: `kg query` and a notebook that only queries start without them
_LAZY = {"build": ("build", "build"), "viz": ("api", "viz"), "dataset": ("api", "dataset")}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module, attr = _LAZY[name]
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
    globals()[name] = value
    return value


def extract(paths, **kwargs):
    """Facts in files/folders as JSON-ready dicts (what `kg extract` prints)."""
    from .api import extract_records

    return extract_records(list(paths) if isinstance(paths, (list, tuple)) else [paths], **kwargs)


class _Package(types.ModuleType):
    """Loading a submodule sets it as an attribute of its package. For kg/extract/, which loads
    only when the first article is parsed, that would turn `kg.extract` from the function into
    the package halfway through a session; the public functions keep their names instead."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _FUNCTIONS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


_FUNCTIONS = frozenset(__all__) - {"__version__"}
sys.modules[__name__].__class__ = _Package
