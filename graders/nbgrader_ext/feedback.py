"""Read the feedback a graded notebook shows, per grade cell, as plain text."""

from __future__ import annotations

from pathlib import Path

import nbformat

from .preprocessors import explain_error


def _text(data) -> str:
    return "".join(data) if isinstance(data, list) else str(data)


def feedback_items(notebook: Path) -> dict[str, list[str]]:
    """``grade_id -> lines`` of what each test cell showed (outputs only, never source).

    A test cell first shows the visible format check, then the graded result; only
    the last displayed result is kept, with any message and error.
    """
    nb = nbformat.read(str(notebook), as_version=4)
    out: dict[str, list[str]] = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or not meta.get("grade") or meta.get("solution"):
            continue
        lines: list[str] = []
        shown: list[str] = []
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "display_data":
                shown = _text(output.get("data", {}).get("text/plain", "")).splitlines()
            elif kind == "stream":
                lines += _text(output.get("text", "")).splitlines()
            elif kind == "error":
                lines.append(explain_error(output.get("ename", ""), output.get("evalue", "")))
        out[meta["grade_id"]] = [ln for ln in shown + lines if ln.strip()]
    return out
