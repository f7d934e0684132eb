"""nbgrader end to end on exercise 02-post: typed plans, a form-saved plan, flawed plans."""

from __future__ import annotations

import pytest

from graders.nbgrader_ext import samples
from humas.plans import PostPlan

from . import answers_02 as answers
from .conftest import grade_course, submit
from .standard import StandardChecks, auto_points, submit_standard

pytestmark = pytest.mark.slow

A = answers.ASSIGNMENT
AUTO = answers.MAX_POINTS
FORM_CELL = 'rencana_2b = humas.plans.load("rencana_post.json")\n'


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    from .conftest import COURSE_SRC

    full = samples.solutions(COURSE_SRC / "source" / A / f"{A}.ipynb")

    def build(course):
        rel = submit_standard(course, answers, full)
        for student, answer in answers.SAMPLES.items():
            if student.startswith("rencana-"):
                submit(course, A, student, samples.fill(rel, dict(full, **answer)))
        # The plan entered in the form: the answer cell loads the saved file.
        path = submit(course, A, "formulir", samples.fill(rel, dict(full, jawaban_2b=FORM_CELL)))
        namespace: dict = {}
        exec(full["jawaban_2b"], namespace)
        PostPlan.from_dict(namespace["rencana_2b"]).save(path.parent / "rencana_post.json")
        # The form cell is there but nothing was saved.
        submit(course, A, "formulir-kosong", samples.fill(rel, dict(full, jawaban_2b=FORM_CELL)))

    return grade_course(tmp_path_factory.mktemp("p02"), A, build)


class TestStandard(StandardChecks):
    answers = answers


def auto(graded, student):
    return auto_points(graded, answers, student)


def feedback_text(graded, student) -> str:
    from graders.nbgrader_ext.feedback import feedback_items

    nb = graded.course / "autograded" / student / A / f"{A}.ipynb"
    return "\n".join(feedback_items(nb).get("cek_2b", []))


@pytest.mark.parametrize("student", sorted(answers.FLAWED_PLANS))
def test_flawed_plan_gets_its_partial_credit_and_the_flaw_is_named(graded, student):
    points, words = answers.FLAWED_PLANS[student]
    assert auto(graded, student) == dict(AUTO, cek_2b=points)
    failed = [ln for ln in feedback_text(graded, student).splitlines() if "perlu diperbaiki" in ln]
    assert any(words in ln for ln in failed), failed


def test_tiktok_for_the_over_55s_is_rejected_with_the_figures(graded):
    text = feedback_text(graded, "rencana-tiktok-untuk-lansia")
    line = next(ln for ln in text.splitlines() if "Warga 55+" in ln and "TikTok" in ln)
    assert "%" in line and ("Facebook" in line or "WhatsApp" in line), line


def test_plan_entered_in_the_form_is_graded_like_the_typed_plan(graded):
    assert auto(graded, "formulir") == auto(graded, "lengkap") == AUTO


def test_form_never_saved_scores_zero_for_the_plan_only(graded):
    assert auto(graded, "formulir-kosong") == dict(AUTO, cek_2b=0.0)


def test_source_folder_holds_no_saved_plan():
    from .conftest import COURSE_SRC

    assert not list((COURSE_SRC / "source").rglob("rencana_*.json"))
