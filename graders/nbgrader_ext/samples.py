"""Build submissions from the released notebook, for ``make demo`` and the tests.

A submission is the release notebook with some answer cells filled in, exactly
what a trainee hands in. Filled from the source notebook's own solutions (a
complete submission), left as released (a blank one), or from a mapping
``grade_id -> cell source`` (partial, adversarial and sample answers).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

import nbformat

_MARKER = re.compile(r"^\s*(#+\s*)?(BEGIN|END) SOLUTION\s*$")


def _gid(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def solutions(source_nb: Path) -> dict[str, str]:
    """``grade_id -> answer`` from the source notebook's solution cells (markers removed)."""
    nb = nbformat.read(str(source_nb), as_version=4)
    out = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution"):
            lines = [ln for ln in cell.source.splitlines() if not _MARKER.match(ln)]
            out[meta["grade_id"]] = "\n".join(lines).strip() + "\n"
    return out


def fill(release_nb: Path, answers: Mapping[str, str]) -> nbformat.NotebookNode:
    """The release notebook with the answer cells in ``answers`` replaced."""
    nb = nbformat.read(str(release_nb), as_version=4)
    for cell in nb.cells:
        gid = _gid(cell)
        if gid in answers:
            cell.source = answers[gid]
    return nb


def sample_answer_sets(course: Path, assignment: str) -> dict[str, dict[str, str]]:
    """Named answer sets for the demo: ``lengkap``, ``kosong`` and those in ``contoh/``.

    ``exercises/contoh/<assignment>.json`` maps a sample trainee id to its answers
    (``grade_id -> cell source``).
    """
    source_dir = course / "source" / assignment
    sets: dict[str, dict[str, str]] = {}
    for nb_path in sorted(source_dir.glob("*.ipynb")):
        sets.setdefault("contoh-lengkap", {}).update(solutions(nb_path))
    sets["contoh-kosong"] = {}
    sets.update(contoh_sets(course, assignment))
    return sets


def contoh_sets(course: Path, assignment: str) -> dict[str, dict[str, str]]:
    """The answer sets of ``<course>/contoh/<assignment>.json`` (keys starting with ``$``,
    such as ``$comment``, are notes); empty when there is no such file."""
    extra = Path(course) / "contoh" / f"{assignment}.json"
    if not extra.exists():
        return {}
    data = json.loads(extra.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("$")}


def write_sample_submissions(course: Path, assignment: str) -> list[str]:
    """Write the demo's sample submissions into ``submitted/``; returns the ids."""
    course = Path(course)
    written = []
    for student, answers in sample_answer_sets(course, assignment).items():
        dest = course / "submitted" / student / assignment
        dest.mkdir(parents=True, exist_ok=True)
        for release_nb in sorted((course / "release" / assignment).glob("*.ipynb")):
            nbformat.write(fill(release_nb, answers), str(dest / release_nb.name))
        written.append(student)
    return written
