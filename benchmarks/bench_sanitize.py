"""Cost of the pre-autograde sanitiser against reading every notebook once with nbformat."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import nbformat
from _common import best_of, report
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from graders.nbgrader_ext.sanitize import sanitize_submission

N = 300


def make_notebook(i: int) -> nbformat.NotebookNode:
    cells = []
    for q in range(8):
        meta = {
            "grade_id": f"jawaban_{q}",
            "solution": True,
            "grade": False,
            "locked": False,
            "schema_version": 3,
        }
        cells.append(new_markdown_cell(f"Soal {q} " + "teks " * 80))
        cells.append(
            new_code_cell(f"jawaban_{q} = {{1: 'berkala'}}\n" * 5, metadata={"nbgrader": meta})
        )
        test = {
            "grade_id": f"cek_{q}",
            "solution": False,
            "grade": True,
            "locked": True,
            "points": 2,
            "schema_version": 3,
        }
        cells.append(new_code_cell("hasil.grade(2)", metadata={"nbgrader": test}))
    if i % 10 == 0:  # one in ten duplicated a grade cell
        dup = nbformat.from_dict(dict(cells[1]))
        dup["id"] = "salinan"
        cells.append(dup)
    return new_notebook(cells=cells)


def build(root: Path) -> list[Path]:
    dirs = []
    for i in range(N):
        d = root / f"s{i}"
        d.mkdir(parents=True)
        nbformat.write(make_notebook(i), str(d / "tugas.ipynb"))
        dirs.append(d)
    return dirs


def main() -> None:
    expected = {"tugas": {f"jawaban_{q}" for q in range(8)} | {f"cek_{q}" for q in range(8)}}
    with tempfile.TemporaryDirectory() as tmp:
        master = Path(tmp) / "master"
        build(master)
        work = Path(tmp) / "work"

        def fresh() -> list[Path]:
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(master, work)
            return sorted(work.iterdir())

        def baseline() -> None:
            # The least any sanitiser must do: read every notebook once.
            for d in dirs:
                nbformat.read(str(d / "tugas.ipynb"), as_version=4)

        def measured() -> None:
            for d in dirs:
                sanitize_submission(d, expected, Path(tmp) / "backup" / d.name)

        dirs = fresh()
        base = best_of(baseline, 3)
        times = []
        for _ in range(3):
            dirs = fresh()
            times.append(best_of(measured, 1))
        report(f"sanitise {N} submissions", sorted(times)[1], base)


if __name__ == "__main__":
    main()
