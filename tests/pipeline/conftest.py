"""A temporary nbgrader course per test session, graded once for all pipeline tests.

Fixture submissions are built from the generated release notebook, named after
what they do (``lengkap``, ``kosong``, ``sebagian``, ``loop-tak-berujung`` …),
so that they always match the current source.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest

from graders.nbgrader_ext import cli, samples

ROOT = Path(__file__).resolve().parents[2]
COURSE_SRC = ROOT / "exercises"


@dataclass
class GradedCourse:
    course: Path
    assignment: str
    status: dict[str, str]
    scores: dict[str, dict[str, float | None]] = field(default_factory=dict)

    def score(self, student: str) -> dict[str, float | None]:
        if student not in self.scores:
            self.scores[student] = cli.question_scores(self.course, self.assignment, student)
        return self.scores[student]


def make_course(tmp: Path, assignment: str) -> Path:
    course = tmp / "course"
    course.mkdir()
    shutil.copy(COURSE_SRC / "nbgrader_config.py", course)
    shutil.copytree(COURSE_SRC / "source" / assignment, course / "source" / assignment)
    cli.generate(course, assignment)
    return course


def submit(course: Path, assignment: str, student: str, nb, name: str | None = None) -> Path:
    dest = course / "submitted" / student / assignment
    dest.mkdir(parents=True, exist_ok=True)
    release = next((course / "release" / assignment).glob("*.ipynb"))
    path = dest / (name or release.name)
    if isinstance(nb, str):
        path.write_text(nb, encoding="utf-8")
    else:
        nbformat.write(nb, str(path))
    return path


def release_nb(course: Path, assignment: str) -> Path:
    return next((course / "release" / assignment).glob("*.ipynb"))


def source_nb(course: Path, assignment: str) -> Path:
    return next((course / "source" / assignment).glob("*.ipynb"))


def grade_course(tmp: Path, assignment: str, build: Callable[[Path], None]) -> GradedCourse:
    """Generate, let ``build`` write submissions, autograde, feedback, export."""
    old = os.environ.get("HUMAS_CELL_TIMEOUT")
    os.environ["HUMAS_CELL_TIMEOUT"] = "5"  # the infinite-loop fixture costs this much
    try:
        course = make_course(tmp, assignment)
        build(course)
        status = cli.autograde(course, assignment)
        fb = cli._nbgrader(course, "generate_feedback", assignment, "--force")
        assert fb.returncode == 0, fb.stdout + fb.stderr
    finally:
        if old is None:
            os.environ.pop("HUMAS_CELL_TIMEOUT", None)
        else:
            os.environ["HUMAS_CELL_TIMEOUT"] = old
    return GradedCourse(course, assignment, status)


def to_json(nb) -> str:
    return json.dumps(nb, ensure_ascii=False, indent=1)


@pytest.fixture(scope="session")
def solutions_01():
    return samples.solutions(next((COURSE_SRC / "source" / "01-regulasi").glob("*.ipynb")))
