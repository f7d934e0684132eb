"""nbgrader end to end on 04-tanggapan: triage, service times, replies typed or composed."""

from __future__ import annotations

import pytest

from graders.nbgrader_ext import samples
from humas import posts

from . import answers_04 as answers
from .conftest import grade_course, release_nb, submit

pytestmark = pytest.mark.slow

A = answers.ASSIGNMENT
AUTO = answers.MAX_POINTS
COMPOSER_CELL = 'balasan_4c = humas.posts.load_replies("balasan.json")\n'


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    from .conftest import COURSE_SRC

    full = samples.solutions(COURSE_SRC / "source" / A / f"{A}.ipynb")

    def build(course):
        rel = release_nb(course, A)
        submit(course, A, "lengkap", samples.fill(rel, full))
        submit(course, A, "kosong", samples.fill(rel, {}))
        submit(course, A, "sebagian", samples.fill(rel, answers.PARTIAL))
        for student in answers.BROKEN_ANSWERS:
            submit(course, A, student, samples.fill(rel, dict(full, **answers.SAMPLES[student])))
        # The replies written in the composer: the answer cell loads the saved file.
        path = submit(
            course, A, "penyusun", samples.fill(rel, dict(full, jawaban_4c=COMPOSER_CELL))
        )
        namespace: dict = {}
        exec(full["jawaban_4c"], namespace)
        posts.save_replies(namespace["balasan_4c"], path.parent / "balasan.json")
        # The composer line is there but the replies were never saved.
        broken = samples.fill(rel, dict(full, jawaban_4c=COMPOSER_CELL))
        submit(course, A, "penyusun-tidak-disimpan", broken)

    return grade_course(tmp_path_factory.mktemp("p04"), A, build)


def auto(graded, student):
    return {k: v for k, v in graded.score(student).items() if k in AUTO}


def test_no_submission_stops_the_batch(graded):
    assert graded.status and all(v == "ok" for v in graded.status.values()), graded.status


def test_source_solution_scores_full_marks(graded):
    assert auto(graded, "lengkap") == AUTO
    assert graded.score("lengkap")["jawaban_4d"] is None  # waits for the instructor


def test_blank_submission_scores_zero(graded):
    assert graded.score("kosong") == {k: 0.0 for k in list(AUTO) + list(answers.MANUAL_POINTS)}


def test_partly_right_submission_scores_exactly_its_partial_credit(graded):
    assert auto(graded, "sebagian") == answers.PARTIAL_POINTS


@pytest.mark.parametrize("student", sorted(answers.BROKEN_ANSWERS))
def test_a_wrong_type_costs_only_its_own_question(graded, student):
    assert auto(graded, student) == dict(AUTO, **{answers.BROKEN_ANSWERS[student]: 0.0})


def test_replies_written_in_the_composer_are_graded_like_typed_replies(graded):
    assert auto(graded, "penyusun") == auto(graded, "lengkap") == AUTO


def test_composer_never_saved_scores_zero_for_the_replies_only(graded):
    assert auto(graded, "penyusun-tidak-disimpan") == dict(AUTO, cek_4c=0.0)


def test_feedback_names_the_wrong_deadlines(graded):
    from graders.nbgrader_ext.feedback import feedback_items

    nb = graded.course / "autograded" / "sebagian" / A / f"{A}.ipynb"
    lines = feedback_items(nb).get("cek_4b", [])
    assert sum("L1" in line or "L2" in line or "L3" in line for line in lines) >= 3, lines


def test_source_folder_holds_no_saved_replies():
    from .conftest import COURSE_SRC

    assert not list((COURSE_SRC / "source").rglob("balasan*.json"))
