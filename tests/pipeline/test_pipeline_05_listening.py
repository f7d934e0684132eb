"""nbgrader end to end on 05-listening: sentiment, daily trend, spikes, response, dashboard,
recommendation."""

from __future__ import annotations

import pytest

from graders.nbgrader_ext import samples

from . import answers_05 as answers
from .conftest import grade_course
from .standard import StandardChecks, WrongTypeChecks, auto_points, submit_standard

pytestmark = pytest.mark.slow

A = answers.ASSIGNMENT
AUTO = answers.MAX_POINTS


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    from .conftest import COURSE_SRC

    full = samples.solutions(COURSE_SRC / "source" / A / f"{A}.ipynb")

    def build(course):
        submit_standard(course, answers, full)

    return grade_course(tmp_path_factory.mktemp("p05"), A, build)


class TestStandard(StandardChecks, WrongTypeChecks):
    answers = answers


def auto(graded, student):
    return auto_points(graded, answers, student)


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
