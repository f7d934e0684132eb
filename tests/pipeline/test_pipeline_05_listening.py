"""nbgrader end to end on 05-listening: sentiment, daily trend, spikes, response, dashboard,
recommendation."""

from __future__ import annotations

import pytest

from graders.nbgrader_ext import samples

from . import answers_05 as answers
from .conftest import grade_course, release_nb, submit

pytestmark = pytest.mark.slow

A = answers.ASSIGNMENT
AUTO = answers.MAX_POINTS


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    from .conftest import COURSE_SRC

    full = samples.solutions(COURSE_SRC / "source" / A / f"{A}.ipynb")

    def build(course):
        rel = release_nb(course, A)
        submit(course, A, "lengkap", samples.fill(rel, full))
        submit(course, A, "kosong", samples.fill(rel, {}))
        submit(course, A, "sebagian", samples.fill(rel, answers.PARTIAL))
        for student in sorted(set(answers.BROKEN_ANSWERS) | answers.EQUIVALENT_ANSWERS):
            submit(course, A, student, samples.fill(rel, dict(full, **answers.SAMPLES[student])))

    return grade_course(tmp_path_factory.mktemp("p05"), A, build)


def auto(graded, student):
    return {k: v for k, v in graded.score(student).items() if k in AUTO}


def test_no_submission_stops_the_batch(graded):
    assert graded.status and all(v == "ok" for v in graded.status.values()), graded.status


def test_source_solution_scores_full_marks(graded):
    assert auto(graded, "lengkap") == AUTO
    assert graded.score("lengkap")["jawaban_5g"] is None  # waits for the instructor


def test_blank_submission_scores_zero(graded):
    assert graded.score("kosong") == {k: 0.0 for k in list(AUTO) + list(answers.MANUAL_POINTS)}


def test_partly_right_submission_scores_exactly_its_partial_credit(graded):
    assert auto(graded, "sebagian") == answers.PARTIAL_POINTS


@pytest.mark.parametrize("student", sorted(answers.BROKEN_ANSWERS))
def test_a_wrong_type_costs_only_its_own_question(graded, student):
    assert auto(graded, student) == dict(AUTO, **{answers.BROKEN_ANSWERS[student]: 0.0})


@pytest.mark.parametrize("student", sorted(answers.EQUIVALENT_ANSWERS))
def test_keys_as_columns_and_rounded_values_earn_full_marks(graded, student):
    assert auto(graded, student) == AUTO


def test_feedback_names_the_wrong_rows_but_not_the_key(graded):
    from graders.nbgrader_ext.feedback import feedback_items

    nb = graded.course / "autograded" / "sebagian" / A / f"{A}.ipynb"
    items = feedback_items(nb)
    lines = items.get("cek_5d", [])
    assert any("melanggar" in line and "bpbd" in line for line in lines), lines
    html = (graded.course / "feedback" / "sebagian" / A / f"{A}.html").read_text(encoding="utf-8")
    assert "HIDDEN TESTS" not in html and "fakta_5f" not in html and "kunci_5b" not in html
