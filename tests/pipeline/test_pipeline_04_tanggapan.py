"""nbgrader end to end on 04-tanggapan: triage, service times, replies typed or composed."""

from __future__ import annotations

import pytest

from graders.nbgrader_ext import samples
from humas import posts

from . import answers_04 as answers
from .conftest import grade_course, submit
from .standard import StandardChecks, WrongTypeChecks, auto_points, submit_standard

pytestmark = pytest.mark.slow

A = answers.ASSIGNMENT
AUTO = answers.MAX_POINTS
COMPOSER_CELL = 'balasan_4c = humas.posts.load_replies("balasan.json")\n'


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    from .conftest import COURSE_SRC

    full = samples.solutions(COURSE_SRC / "source" / A / f"{A}.ipynb")

    def build(course):
        rel = submit_standard(course, answers, full)
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


class TestStandard(StandardChecks, WrongTypeChecks):
    answers = answers


def auto(graded, student):
    return auto_points(graded, answers, student)


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
