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

import copy
import csv
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import nbformat
from nbformat.corpus.words import generate_corpus_id
from nbformat.v4 import new_markdown_cell

from .repair import (
    Finding,
    cell_grade_id,
    grade_ids,
    parse_notebook_text,
    repair_duplicate_grade_cells,
)

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
    """Give copied or hand-made cells fresh ids (nbformat warns on stderr otherwise)."""
    seen: set[str] = set()
    for cell in nb.cells:
        cid = cell.get("id")
        if not isinstance(cid, str) or cid in seen:
            cell["id"] = cid = generate_corpus_id()
        seen.add(cid)


def restore_missing_cells(
    nb: nbformat.NotebookNode, release: nbformat.NotebookNode
) -> list[Finding]:
    """Put back, from the release version, every nbgrader cell the trainee deleted.

    nbgrader's own ``add_missing_cells`` restores grade cells only, and crashes
    (KeyError) when the cell before a missing one is a deleted answer cell. Here
    each missing cell is inserted after the nearest earlier cell that is present.
    """
    findings: list[Finding] = []
    present = set(grade_ids(nb))
    anchor = -1  # index in nb.cells after which the next restored cell goes
    for cell in release.cells:
        gid = cell_grade_id(cell)
        if gid is None:
            continue
        if gid in present:
            ids = [cell_grade_id(c) for c in nb.cells]
            anchor = max(anchor, len(ids) - 1 - ids[::-1].index(gid))
            continue
        restored = nbformat.from_dict(copy.deepcopy(dict(cell)))
        restored["id"] = generate_corpus_id()
        nb.cells.insert(anchor + 1, restored)
        anchor += 1
        present.add(gid)
        findings.append(
            Finding(
                "sel_dipulihkan",
                f"Sel '{gid}' terhapus dari notebook; sel aslinya dipulihkan "
                "(jawaban yang terhapus dinilai 0).",
            )
        )
    return findings


def _placeholder(reason: str, release: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The release notebook (every answer blank) headed by a note saying why."""
    nb = copy.deepcopy(release)
    nb.cells.insert(
        0,
        new_markdown_cell(
            "**Catatan penilai otomatis:** notebook yang Anda kumpulkan tidak dapat dibaca "
            f"({reason}). Nilainya dihitung 0. Berkas asli Anda disimpan oleh pengajar; "
            "silakan hubungi pengajar untuk mengumpulkan ulang."
        ),
    )
    return nb


def sanitize_submission(
    submission_dir: Path, expected: dict[str, nbformat.NotebookNode], backup_dir: Path
) -> list[tuple[str, Finding]]:
    """Repair one trainee's submitted assignment folder in place.

    ``expected`` maps each notebook name of the assignment (without ``.ipynb``) to
    its release version. Returns ``(notebook_name, finding)`` pairs.
    """
    results: list[tuple[str, Finding]] = []
    present = {p.stem: p for p in sorted(submission_dir.glob("*.ipynb"))}
    extras = {stem: p for stem, p in present.items() if stem not in expected}

    for name, release in expected.items():
        ids = set(grade_ids(release))
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
            nbformat.write(_placeholder(reason.rstrip("."), release), str(target))
            results.extend((name, f) for f in findings)
            continue
        findings += repair_duplicate_grade_cells(nb)
        findings += restore_missing_cells(nb, release)
        if findings:
            _unique_cell_ids(nb)
            _backup(target, backup_dir)
            nbformat.write(nb, str(target))
            results.extend((name, f) for f in findings)
    return results


def expected_notebooks(course_dir: Path, assignment: str) -> dict[str, nbformat.NotebookNode]:
    """Release version of each notebook of an assignment (generate it first)."""
    release = course_dir / "release" / assignment
    out: dict[str, nbformat.NotebookNode] = {}
    for path in sorted((course_dir / "source" / assignment).glob("*.ipynb")):
        released = release / path.name
        if not released.exists():
            raise FileNotFoundError(
                f"Versi peserta '{released}' belum ada; jalankan generate_assignment dahulu."
            )
        out[path.stem] = nbformat.read(str(released), as_version=4)
    return out


REPORT_COLUMNS = ["waktu", "student_id", "assignment", "notebook", "kode", "pesan", "diperbaiki"]


def sanitize_assignment(
    course_dir: Path, assignment: str, students: list[str] | None = None
) -> list[ReportRow]:
    """Sanitise every submission of ``assignment`` and append to the report CSV.

    A failure while sanitising one trainee is reported for that trainee and the
    others go on; the report keeps the rows of earlier runs (one row per finding,
    with the time of the run).
    """
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
        try:
            found = sanitize_submission(sub, expected, backup)
        except Exception as exc:  # noqa: BLE001 - one trainee must never stop the batch
            found = [
                (
                    "*",
                    Finding(
                        "sanitasi_gagal",
                        f"Kiriman tidak dapat diperiksa otomatis ({type(exc).__name__}: {exc}); "
                        "berkas dibiarkan apa adanya.",
                        repaired=False,
                    ),
                )
            ]
        for notebook, finding in found:
            rows.append(
                ReportRow(
                    student, assignment, notebook, finding.code, finding.message, finding.repaired
                )
            )
    report = course_dir / BACKUP_DIRNAME / assignment / "laporan.csv"
    report.parent.mkdir(parents=True, exist_ok=True)
    new_file = not report.exists()
    now = datetime.now().isoformat(timespec="seconds")
    with open(report, "a", encoding="utf-8-sig" if new_file else "utf-8", newline="") as fh:
        writer = csv.writer(fh)
        if new_file:
            writer.writerow(REPORT_COLUMNS)
        for r in rows:
            writer.writerow(
                [
                    now,
                    r.student,
                    r.assignment,
                    r.notebook,
                    r.code,
                    r.message,
                    "ya" if r.repaired else "tidak",
                ]
            )
    return rows
