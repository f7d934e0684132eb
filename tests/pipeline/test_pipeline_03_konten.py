"""nbgrader end to end on exercise 03-konten: typed posts, editor drafts, charts, calendars."""

from __future__ import annotations

import pytest

from graders.nbgrader_ext import samples
from humas import posts

from . import answers_03 as answers
from .conftest import grade_course, submit
from .standard import StandardChecks, WrongTypeChecks, auto_points, submit_standard

pytestmark = pytest.mark.slow

A = answers.ASSIGNMENT
AUTO = answers.MAX_POINTS
EDITOR_CELL = 'unggahan_3a = humas.posts.load_drafts("draf_unggahan.json")\n'


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    from .conftest import COURSE_SRC

    full = samples.solutions(COURSE_SRC / "source" / A / f"{A}.ipynb")

    def build(course):
        rel = submit_standard(course, answers, full)
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


class TestStandard(StandardChecks, WrongTypeChecks):
    answers = answers


def auto(graded, student):
    return auto_points(graded, answers, student)


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
