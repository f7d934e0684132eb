"""Every lesson and every source exercise runs top to bottom, with nothing on stderr."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "course").glob("*.ipynb")) + sorted(
    (ROOT / "exercises" / "source").glob("*/*.ipynb")
)

pytestmark = pytest.mark.slow


def test_there_are_notebooks_to_run():
    names = {p.name for p in NOTEBOOKS}
    assert {"00-mulai.ipynb", "01-regulasi-dan-etika.ipynb", "01-regulasi.ipynb"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_notebook_runs_top_to_bottom_without_stderr(path):
    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    problems = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                problems.append(f"cell {index}: {output.ename}: {output.evalue}")
            if output.output_type == "stream" and output.name == "stderr":
                problems.append(f"cell {index}: stderr: {output.text[:300]}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "exercises" / "source").glob("*/*.ipynb")),
    ids=lambda p: p.parent.name,
)
def test_source_solution_earns_full_points_in_every_test_cell(path):
    """The source notebook is its own answer key: each test cell must end at its maximum."""
    nb = nbformat.read(str(path), as_version=4)
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or not meta.get("grade") or meta.get("solution"):
            continue
        results = [o for o in cell.outputs if o.output_type == "execute_result"]
        assert results, f"{meta['grade_id']}: the test cell must end with its score"
        shown = results[-1].data["text/plain"]
        assert float(shown) == float(meta["points"]), f"{meta['grade_id']}: {shown}"
