"""Grade export with one column per graded question.

nbgrader's built-in CSV export writes totals only and formats rows with
``str.format``, so a trainee called ``Budi, S.Kom.`` shifts every column of their
row. This plugin uses :mod:`csv` (RFC 4180 quoting) and adds a column for every
grade cell, named ``<notebook>:<grade_id>``. The file is UTF-8 with a byte-order
mark so that spreadsheet programs used by instructors open names with diacritics
correctly.
"""

from __future__ import annotations

import csv

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.plugins import ExportPlugin

BASE_COLUMNS = [
    "assignment",
    "duedate",
    "timestamp",
    "student_id",
    "last_name",
    "first_name",
    "email",
    "raw_score",
    "late_submission_penalty",
    "score",
    "max_score",
    "needs_manual_grade",
]


def _fmt(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class QuestionCsvExportPlugin(ExportPlugin):
    """CSV export: totals plus one column per graded question."""

    def export(self, gradebook: Gradebook) -> None:
        dest = self.to or "grades.csv"
        wanted_students = {str(s) for s in self.student}
        wanted_assignments = {str(a) for a in self.assignment}

        assignments = [
            a
            for a in gradebook.assignments
            if not wanted_assignments or a.name in wanted_assignments
        ]
        question_columns: list[str] = []
        for assignment in assignments:
            for notebook in assignment.notebooks:
                for cell in notebook.grade_cells:
                    question_columns.append(f"{notebook.name}:{cell.name}")

        self.log.info("Exporting grades to %s", dest)
        with open(dest, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=BASE_COLUMNS + question_columns)
            writer.writeheader()
            for assignment in assignments:
                for student in gradebook.students:
                    if wanted_students and student.id not in wanted_students:
                        continue
                    row = {
                        "assignment": assignment.name,
                        "duedate": _fmt(assignment.duedate),
                        "student_id": student.id,
                        "last_name": _fmt(student.last_name),
                        "first_name": _fmt(student.first_name),
                        "email": _fmt(student.email),
                        "max_score": _fmt(float(assignment.max_score)),
                    }
                    try:
                        submission = gradebook.find_submission(assignment.name, student.id)
                    except MissingEntry:
                        row.update(
                            timestamp="",
                            raw_score="0",
                            late_submission_penalty="0",
                            score="0",
                            needs_manual_grade="",
                        )
                    else:
                        penalty = submission.late_submission_penalty or 0.0
                        row.update(
                            timestamp=_fmt(submission.timestamp),
                            raw_score=_fmt(float(submission.score)),
                            late_submission_penalty=_fmt(float(penalty)),
                            score=_fmt(max(0.0, float(submission.score) - penalty)),
                            needs_manual_grade=_fmt(bool(submission.needs_manual_grade)),
                        )
                        for notebook in submission.notebooks:
                            for grade in notebook.grades:
                                row[f"{notebook.name}:{grade.name}"] = _fmt(
                                    None
                                    if grade.auto_score is None and grade.manual_score is None
                                    else float(grade.score)
                                )
                    writer.writerow(row)
