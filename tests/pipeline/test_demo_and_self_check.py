"""The instructor's `make demo` and the self-study `make periksa`, end to end."""

from __future__ import annotations

import csv
import shutil

import nbformat
import pytest

from graders.nbgrader_ext import cli, samples

from . import answers_01 as answers
from .conftest import COURSE_SRC

pytestmark = pytest.mark.slow

A = "01-regulasi"


@pytest.fixture(scope="module")
def demo_course(tmp_path_factory):
    course = tmp_path_factory.mktemp("demo") / "exercises"
    course.mkdir()
    shutil.copy(COURSE_SRC / "nbgrader_config.py", course)
    shutil.copytree(COURSE_SRC / "source", course / "source")
    shutil.copytree(COURSE_SRC / "contoh", course / "contoh")
    return course


def test_demo_grades_the_samples_writes_feedback_and_exports(demo_course, capsys):
    assert cli.main(["--course", str(demo_course), "demo"]) == 0
    out = capsys.readouterr().out
    full = sum(answers.MAX_POINTS.values())
    partial = sum(answers.PARTIAL_POINTS.values())
    max_score = full + sum(answers.MANUAL_POINTS.values())
    # The grade table of 01-regulasi: the lines after its "menilai" heading.
    section = out.split(f"== {A}: menilai", 1)[1].split("== ", 1)[0]
    lines = {
        ln.split()[0]: ln.split()[1:] for ln in section.splitlines() if ln.startswith("contoh-")
    }
    assert set(lines) == {"contoh-lengkap", "contoh-kosong", "contoh-sebagian", "contoh-tipe-salah"}
    assert lines["contoh-lengkap"] == [f"{full:g}", "/", f"{max_score:g}"]
    assert lines["contoh-kosong"] == ["0", "/", f"{max_score:g}"]
    assert lines["contoh-sebagian"] == [f"{partial:g}", "/", f"{max_score:g}"]
    for student in ("contoh-lengkap", "contoh-kosong", "contoh-sebagian", "contoh-tipe-salah"):
        assert (demo_course / "feedback" / student / A / f"{A}.html").exists()
    with open(demo_course / "grades.csv", encoding="utf-8-sig", newline="") as fh:
        rows = {(r["assignment"], r["student_id"]): r for r in csv.DictReader(fh)}
    sebagian = rows[(A, "contoh-sebagian")]
    assert float(sebagian[f"{A}:cek_1a"]) == answers.PARTIAL_POINTS["cek_1a"]
    # Every assignment of the course is part of the demo.
    sources = {p.name for p in (COURSE_SRC / "source").iterdir() if p.is_dir()}
    assert {"01-regulasi", "02-post", "03-konten"} <= sources
    assert {a for a, _ in rows} == sources


def test_self_check_prints_points_and_feedback_without_the_key(demo_course, tmp_path, capsys):
    release = demo_course / "release" / A / f"{A}.ipynb"
    if not release.exists():
        cli.generate(demo_course, A)
    mine = tmp_path / f"{A}.ipynb"
    written = dict(answers.PARTIAL, jawaban_1e="Saya akan menolak membagikan NIK di DM.")
    nbformat.write(samples.fill(release, written), str(mine))
    before = mine.read_bytes()
    assert cli.main(["--course", str(demo_course), "periksa", str(mine)]) == 0
    out = capsys.readouterr().out
    for grade_id, points in answers.PARTIAL_POINTS.items():
        assert f"{grade_id}: {points:g}" in out
    assert "jawaban_1e: dinilai pengajar" in out
    assert f"Jumlah nilai otomatis: {sum(answers.PARTIAL_POINTS.values()):g}" in out
    assert "HIDDEN" not in out and "kunci_" not in out
    assert mine.read_bytes() == before  # the learner's notebook is left as it was


def test_self_check_of_an_unknown_notebook_says_so(demo_course, tmp_path, capsys):
    other = tmp_path / "catatan-saya.ipynb"
    other.write_text("{}", encoding="utf-8")
    assert cli.main(["--course", str(demo_course), "periksa", str(other)]) == 2
    assert "bukan notebook latihan" in capsys.readouterr().out
