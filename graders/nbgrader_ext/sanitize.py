"""Pre-autograde sanitiser: repair or report each trainee's submission.

One bad submission must never stop a batch of 30-500 trainees, and nothing a
trainee handed in may be lost. For every ``submitted/<student>/<assignment>/``
folder this module:

* finds a notebook the trainee renamed (``01-regulasi (1).ipynb``) and puts it
  back under the expected name;
* repairs notebook JSON damaged by hand-editing, or, if it cannot be read,
  replaces it by a placeholder notebook that grades as 0 and explains why;
* merges answer cells that were split and demotes duplicated grade cells (which
  otherwise abort nbgrader's whole batch);

and keeps every original file it changes under ``<course>/sanitasi/``. The report
(one row per finding) is returned and written as ``sanitasi/<assignment>/laporan.csv``.
"""

from __future__ import annotations

import csv
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat.v4 import new_markdown_cell, new_notebook

from .repair import Finding, grade_ids, parse_notebook_text, repair_duplicate_grade_cells

BACKUP_DIRNAME = "sanitasi"


@dataclass(frozen=True)
class ReportRow:
    """A finding about one trainee's notebook."""

    student: str
    assignment: str
    notebook: str
    code: str
    message: str
    repaired: bool


def _read_lenient(path: Path) -> tuple[nbformat.NotebookNode | None, list[Finding]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
        findings: list[Finding] = []
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        findings = [Finding("encoding", "Karakter yang bukan UTF-8 diganti dengan tanda '�'.")]
    nb, more = parse_notebook_text(text)
    return nb, findings + more


def _backup(path: Path, backup_dir: Path) -> None:
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / path.name
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"{path.stem}.{n}{path.suffix}"
    shutil.copy2(path, target)


def _unique_cell_ids(nb: nbformat.NotebookNode) -> None:
    """Give copied cells fresh ids (nbformat would otherwise warn on stderr when writing)."""
    from nbformat.corpus.words import generate_corpus_id

    seen: set[str] = set()
    for cell in nb.cells:
        cid = cell.get("id")
        if cid is None:
            continue
        if cid in seen:
            cell["id"] = cid = generate_corpus_id()
        seen.add(cid)


def _placeholder(reason: str) -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells.append(
        new_markdown_cell(
            "**Catatan penilai otomatis:** notebook yang Anda kumpulkan tidak dapat dibaca "
            f"({reason}). Nilainya dihitung 0. Berkas asli Anda disimpan oleh pengajar; "
            "silakan hubungi pengajar untuk mengumpulkan ulang."
        )
    )
    return nb


def sanitize_submission(
    submission_dir: Path, expected: dict[str, set[str]], backup_dir: Path
) -> list[tuple[str, Finding]]:
    """Repair one trainee's submitted assignment folder in place.

    ``expected`` maps each notebook name of the assignment (without ``.ipynb``) to
    its grade ids. Returns ``(notebook_name, finding)`` pairs.
    """
    results: list[tuple[str, Finding]] = []
    present = {p.stem: p for p in sorted(submission_dir.glob("*.ipynb"))}
    extras = {stem: p for stem, p in present.items() if stem not in expected}

    for name, ids in expected.items():
        target = submission_dir / f"{name}.ipynb"
        if not target.exists():
            best, best_overlap = None, 0
            for stem, path in extras.items():
                nb, _ = _read_lenient(path)
                overlap = len(set(grade_ids(nb)) & ids) if nb is not None else 0
                if overlap > best_overlap:
                    best, best_overlap = stem, overlap
            if best is None and len(extras) == 1 and not expected.keys() & present.keys():
                best = next(iter(extras))
            if best is not None:
                source = extras.pop(best)
                _backup(source, backup_dir)
                source.rename(target)
                results.append(
                    (
                        name,
                        Finding(
                            "nama_diganti",
                            f"Notebook dikumpulkan dengan nama '{source.name}'; dinilai sebagai "
                            f"'{name}.ipynb'.",
                        ),
                    )
                )
            else:
                results.append(
                    (
                        name,
                        Finding(
                            "notebook_tidak_ada",
                            f"Notebook '{name}.ipynb' tidak ditemukan dalam kiriman; dinilai 0.",
                            repaired=False,
                        ),
                    )
                )
                continue

        nb, findings = _read_lenient(target)
        if nb is None:
            _backup(target, backup_dir)
            reason = findings[0].message if findings else "format tidak dikenal"
            nbformat.write(_placeholder(reason.rstrip(".")), str(target))
            results.extend((name, f) for f in findings)
            continue
        findings += repair_duplicate_grade_cells(nb)
        if findings:
            _unique_cell_ids(nb)
            _backup(target, backup_dir)
            nbformat.write(nb, str(target))
            results.extend((name, f) for f in findings)
    return results


def expected_notebooks(course_dir: Path, assignment: str) -> dict[str, set[str]]:
    """Notebook names of an assignment and their grade ids, read from ``source/``."""
    source = course_dir / "source" / assignment
    out: dict[str, set[str]] = {}
    for path in sorted(source.glob("*.ipynb")):
        nb = nbformat.read(str(path), as_version=4)
        out[path.stem] = set(grade_ids(nb))
    return out


def sanitize_assignment(
    course_dir: Path, assignment: str, students: list[str] | None = None
) -> list[ReportRow]:
    """Sanitise every submission of ``assignment`` and write the report CSV."""
    course_dir = Path(course_dir)
    expected = expected_notebooks(course_dir, assignment)
    rows: list[ReportRow] = []
    submitted = course_dir / "submitted"
    for student_dir in sorted(p for p in submitted.glob("*") if p.is_dir()):
        student = student_dir.name
        if students and student not in students:
            continue
        sub = student_dir / assignment
        if not sub.is_dir():
            continue
        backup = course_dir / BACKUP_DIRNAME / assignment / student
        for notebook, finding in sanitize_submission(sub, expected, backup):
            rows.append(
                ReportRow(
                    student, assignment, notebook, finding.code, finding.message, finding.repaired
                )
            )
    report = course_dir / BACKUP_DIRNAME / assignment / "laporan.csv"
    report.parent.mkdir(parents=True, exist_ok=True)
    with open(report, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["student_id", "assignment", "notebook", "kode", "pesan", "diperbaiki"])
        for r in rows:
            writer.writerow(
                [
                    r.student,
                    r.assignment,
                    r.notebook,
                    r.code,
                    r.message,
                    "ya" if r.repaired else "tidak",
                ]
            )
    return rows
