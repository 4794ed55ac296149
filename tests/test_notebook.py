"""The quickstart notebook runs top to bottom (stored without outputs)."""
from __future__ import annotations

import nbformat
import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"


@pytest.mark.parametrize("name", ["quickstart.ipynb", "explore.ipynb"])
def test_notebook_is_stored_without_outputs(name):
    nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None


@pytest.mark.slow
def test_quickstart_notebook_executes():
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(str(o.get("text", "")) + str(o.get("data", {})) for o in outputs)
    assert "articles," in text and "graph.html" in text and "<table>" in text


EXPLORE = ROOT / "notebooks" / "explore.ipynb"


@pytest.mark.slow
def test_explore_notebook_executes(sample_built, monkeypatch):
    """Runs on the sample corpus build the other tests share (the kernel inherits the variable)."""
    from nbclient import NotebookClient

    monkeypatch.setenv("KG_EXPLORE_STORE", str(sample_built))
    nb = nbformat.read(EXPLORE, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(str(o.get("text", "")) + str(o.get("data", {})) for o in outputs)
    assert "communities; the largest:" in text and "OpenAI" in text and "restricts" in text
    assert "view.html" in text and "<iframe" in text.lower() and "<table" in text
