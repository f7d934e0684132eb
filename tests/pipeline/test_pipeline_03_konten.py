"""nbgrader end to end on exercise 03-konten: typed posts, editor drafts, charts, calendars."""

from __future__ import annotations

import pytest

from graders.nbgrader_ext import samples
from humas import posts

from . import answers_03 as answers
from .conftest import grade_course, release_nb, submit

pytestmark = pytest.mark.slow

A = answers.ASSIGNMENT
AUTO = answers.MAX_POINTS
EDITOR_CELL = 'unggahan_3a = humas.posts.load_drafts("draf_unggahan.json")\n'


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
        # The posts written in the editor: the answer cell loads the saved drafts.
        path = submit(course, A, "editor", samples.fill(rel, dict(full, jawaban_3a=EDITOR_CELL)))
        namespace: dict = {}
        exec(full["jawaban_3a"], namespace)
        posts.save_drafts(namespace["unggahan_3a"], path.parent / "draf_unggahan.json")
        # The editor line is there but the drafts were never saved.
        submit(
            course,
            A,
            "editor-tidak-disimpan",
            samples.fill(rel, dict(full, jawaban_3a=EDITOR_CELL)),
        )

    return grade_course(tmp_path_factory.mktemp("p03"), A, build)


def auto(graded, student):
    return {k: v for k, v in graded.score(student).items() if k in AUTO}


def test_no_submission_stops_the_batch(graded):
    assert graded.status and all(v == "ok" for v in graded.status.values()), graded.status


def test_source_solution_scores_full_marks(graded):
    assert auto(graded, "lengkap") == AUTO
    assert graded.score("lengkap")["jawaban_3e"] is None  # waits for the instructor


def test_blank_submission_scores_zero(graded):
    assert graded.score("kosong") == {k: 0.0 for k in list(AUTO) + list(answers.MANUAL_POINTS)}


def test_partly_right_submission_scores_exactly_its_partial_credit(graded):
    assert auto(graded, "sebagian") == answers.PARTIAL_POINTS


@pytest.mark.parametrize("student", sorted(answers.BROKEN_ANSWERS))
def test_a_wrong_type_costs_only_its_own_question(graded, student):
    assert auto(graded, student) == dict(AUTO, **{answers.BROKEN_ANSWERS[student]: 0.0})


def test_posts_written_in_the_editor_are_graded_like_typed_posts(graded):
    assert auto(graded, "editor") == auto(graded, "lengkap") == AUTO


def test_editor_never_saved_scores_zero_for_the_posts_only(graded):
    assert auto(graded, "editor-tidak-disimpan") == dict(AUTO, cek_3a=0.0)


def test_feedback_explains_the_missing_source_note(graded):
    from graders.nbgrader_ext.feedback import feedback_items

    nb = graded.course / "autograded" / "sebagian" / A / f"{A}.ipynb"
    lines = feedback_items(nb).get("cek_3c", [])
    assert any("Sumber" in line for line in lines), lines


def test_source_folder_holds_no_saved_drafts():
    from .conftest import COURSE_SRC

    assert not list((COURSE_SRC / "source").rglob("draf_*.json"))
