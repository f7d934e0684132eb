"""The instructor's day: formgrader in JupyterLab, a manual grade, the gradebook, the export.

A submission of 02-post (the sample ``contoh-lengkap``: every automatic point, and a
written answer to part D) is autograded with ``humas-lab autograde``'s code. The
instructor then opens formgrader from JupyterLab's Nbgrader menu, finds the
assignments listed, opens the submission, scores part D (3 of 4) and writes a comment.
The score and the comment must reach the gradebook, the CSV export (one column per
question) and the trainee's feedback.
"""

from __future__ import annotations

import csv
import time

import pytest

from . import jlab

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.filterwarnings("ignore:Session-scoped fixtures:pytest.PytestRemovedIn10Warning"),
]

ASSIGNMENT = "02-post"
STUDENT = "contoh-lengkap"
COMMENT = "Argumen sudah didukung angka survei; sebutkan juga gaya bahasa untuk warga 55+."


@pytest.fixture(scope="module")
def autograded(lab):
    """The sample submission, autograded; returns its notebook submission id."""
    from nbgrader.api import Gradebook

    from graders.nbgrader_ext.cli import autograde
    from graders.nbgrader_ext.samples import write_sample_submissions

    assert STUDENT in write_sample_submissions(lab.course, ASSIGNMENT)
    assert autograde(lab.course, ASSIGNMENT, [STUDENT]) == {STUDENT: "ok"}
    with Gradebook(f"sqlite:///{lab.course / 'gradebook.db'}") as gb:
        submission = gb.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, STUDENT)
        assert submission.needs_manual_grade
        return submission.id


def manual_grade(lab) -> tuple[float | None, str | None]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{lab.course / 'gradebook.db'}") as gb:
        grade = gb.find_grade("jawaban_2d", ASSIGNMENT, ASSIGNMENT, STUDENT)
        comment = gb.find_comment("jawaban_2d", ASSIGNMENT, ASSIGNMENT, STUDENT)
        return grade.manual_score, comment.manual_comment


def test_formgrader_lists_assignments_and_a_manual_grade_reaches_gradebook_and_export(
    page, lab, steps, autograded
):
    from playwright.sync_api import expect

    from graders.nbgrader_ext.cli import _nbgrader, question_scores

    # 1. JupyterLab → Nbgrader → Formgrader: a tab listing the course's assignments.
    page.goto(lab.url("/lab") + "&reset")
    page.locator(".jp-LabShell").wait_for(timeout=60_000)
    jlab.menu_command(page, "Nbgrader", "nbgrader:open-formgrader")
    frame = page.frame_locator("iframe[src*='formgrader']")
    table = frame.locator("#main_table, table").first
    for name in ("01-regulasi", ASSIGNMENT):
        expect(table).to_contain_text(name, timeout=60_000)
    # `make lab` created the exchange: release and collect are available
    expect(frame.locator("body")).not_to_contain_text("does not exist")
    steps.shot("formgrader-daftar-latihan")

    # 2. Manual grading: the notebook's submissions, then this submission.
    page.goto(lab.url(f"/formgrader/gradebook/{ASSIGNMENT}/{ASSIGNMENT}"))
    link = page.locator(f"a[href*='/formgrader/submissions/{autograded}']").first
    expect(link).to_be_visible(timeout=60_000)
    steps.shot("formgrader-daftar-kiriman")
    link.click()
    score = page.locator("input.score#jawaban_2d")
    expect(score).to_be_visible(timeout=60_000)
    # the automatic grades are shown as given by autograde
    expect(page.locator("input.score#cek_2b")).to_have_attribute("placeholder", "10")

    # 3. Score and comment part D; formgrader saves each field when it loses focus.
    score.fill("3")
    score.press("Tab")
    comment = page.locator("textarea#jawaban_2d-comment")
    comment.fill(COMMENT)
    comment.press("Tab")
    expect(page.locator("input.score#jawaban_2d")).to_have_value("3")
    score.scroll_into_view_if_needed()
    steps.shot("nilai-manual-dan-komentar")

    # 4. The gradebook holds both (the page saves asynchronously: wait for it).
    deadline = time.monotonic() + 30
    while manual_grade(lab) != (3.0, COMMENT) and time.monotonic() < deadline:
        time.sleep(0.3)
    assert manual_grade(lab) == (3.0, COMMENT)
    scores = question_scores(lab.course, ASSIGNMENT, STUDENT)
    assert scores == {"cek_2a": 6.0, "cek_2b": 10.0, "cek_2c": 4.0, "jawaban_2d": 3.0}

    # formgrader's own view of the student shows the new total (23 of 24)
    page.goto(lab.url(f"/formgrader/manage_students/{STUDENT}"))
    expect(page.locator("body")).to_contain_text("23 / 24", timeout=30_000)
    steps.shot("rekap-peserta")

    # 5. The CSV export (one column per question) and the trainee's feedback.
    export = lab.course / "nilai.csv"
    proc = _nbgrader(lab.course, "export", "--to", str(export))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with export.open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["student_id"] == STUDENT]
    row = next(r for r in rows if r["assignment"] == ASSIGNMENT)
    assert row[f"{ASSIGNMENT}:jawaban_2d"] == "3"
    assert (row["score"], row["max_score"]) == ("23", "24")
    assert row["needs_manual_grade"] in {"False", "0", "false"}

    proc = _nbgrader(lab.course, "generate_feedback", ASSIGNMENT, "--student", STUDENT, "--force")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    feedback = lab.course / "feedback" / STUDENT / ASSIGNMENT / f"{ASSIGNMENT}.html"
    html = feedback.read_text(encoding="utf-8")
    assert "sebutkan juga gaya bahasa untuk warga 55+" in html
