"""What every exercise's pipeline test checks, shared by the ``test_pipeline_0N`` modules.

A module builds its graded course with :func:`submit_standard` (plus its own special
submissions) and subclasses :class:`StandardChecks` (and :class:`WrongTypeChecks` when its
answers module has ``BROKEN_ANSWERS``), setting ``answers`` to its ``answers_0N`` module:

- the batch grades every submission;
- the source solution earns every automatic point, and manual cells wait for the instructor;
- a blank submission earns 0 everywhere;
- ``contoh-sebagian`` earns exactly ``PARTIAL_POINTS``;
- each wrong-type answer costs only its own question.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

from graders.nbgrader_ext import samples

from .conftest import release_nb, submit


def submit_standard(course: Path, answers: ModuleType, full: dict[str, str]) -> Path:
    """Release the assignment and submit the solution, a blank notebook, the partial sample
    and every sample set of ``BROKEN_ANSWERS``/``EQUIVALENT_ANSWERS`` (each one swapped into
    the solution); return the released notebook."""
    a = answers.ASSIGNMENT
    rel = release_nb(course, a)
    submit(course, a, "lengkap", samples.fill(rel, full))
    submit(course, a, "kosong", samples.fill(rel, {}))
    submit(course, a, "sebagian", samples.fill(rel, answers.PARTIAL))
    others = set(getattr(answers, "BROKEN_ANSWERS", {})) | set(
        getattr(answers, "EQUIVALENT_ANSWERS", ())
    )
    for student in sorted(others):
        submit(course, a, student, samples.fill(rel, dict(full, **answers.SAMPLES[student])))
    return rel


def auto_points(graded: Any, answers: ModuleType, student: str) -> dict[str, float]:
    """A student's points on the automatically graded cells."""
    return {k: v for k, v in graded.score(student).items() if k in answers.MAX_POINTS}


class StandardChecks:
    answers: ClassVar[ModuleType]

    def auto(self, graded: Any, student: str) -> dict[str, float]:
        return auto_points(graded, self.answers, student)

    def test_no_submission_stops_the_batch(self, graded):
        assert graded.status and all(v == "ok" for v in graded.status.values()), graded.status

    def test_source_solution_scores_full_marks(self, graded):
        got = self.auto(graded, "lengkap")
        assert got == self.answers.MAX_POINTS, got
        manual = {k: graded.score("lengkap")[k] for k in self.answers.MANUAL_POINTS}
        assert manual == dict.fromkeys(self.answers.MANUAL_POINTS), manual  # awaits instructor

    def test_blank_submission_scores_zero(self, graded):
        cells = list(self.answers.MAX_POINTS) + list(self.answers.MANUAL_POINTS)
        got = graded.score("kosong")
        assert got == dict.fromkeys(cells, 0.0), got

    def test_partly_right_submission_scores_exactly_its_partial_credit(self, graded):
        got = self.auto(graded, "sebagian")
        assert got == self.answers.PARTIAL_POINTS, got


class WrongTypeChecks:
    answers: ClassVar[ModuleType]

    def test_a_wrong_type_costs_only_its_own_question(self, graded):
        broken = self.answers.BROKEN_ANSWERS
        assert broken, "no wrong-type sample to test"
        got = {s: auto_points(graded, self.answers, s) for s in broken}
        want = {s: dict(self.answers.MAX_POINTS, **{q: 0.0}) for s, q in broken.items()}
        assert got == want, got
