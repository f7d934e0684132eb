"""Unit tests of the nbgrader plugins: notebook repair, the score guard, the sanitiser."""

from __future__ import annotations

import json

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from graders.nbgrader_ext.preprocessors import ScoreGuard, ShortenTestTracebacks
from graders.nbgrader_ext.repair import grade_ids, parse_notebook_text, repair_duplicate_grade_cells
from graders.nbgrader_ext.sanitize import restore_missing_cells, sanitize_submission


def meta(grade_id, *, solution=False, grade=False, locked=False, points=None):
    m = {
        "grade_id": grade_id,
        "solution": solution,
        "grade": grade,
        "locked": locked,
        "schema_version": 3,
    }
    if points is not None:
        m["points"] = points
    return {"nbgrader": m}


def answer(gid, src):
    return new_code_cell(src, metadata=meta(gid, solution=True))


def check_cell(gid, points=2):
    return new_code_cell(
        "hasil.grade(2)", metadata=meta(gid, grade=True, locked=True, points=points)
    )


def notebook(*cells):
    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return nb


# --- repair_duplicate_grade_cells -------------------------------------------------


def test_adjacent_split_answer_cells_are_merged_without_losing_text():
    nb = notebook(answer("a", "x = 1"), answer("a", "y = 2"), check_cell("t"))
    findings = repair_duplicate_grade_cells(nb)
    assert [f.code for f in findings] == ["sel_terpecah_digabung"]
    assert grade_ids(nb) == ["a", "t"]
    assert "x = 1" in nb.cells[0].source and "y = 2" in nb.cells[0].source


def test_distant_copies_become_plain_cells_and_the_last_stays_graded():
    nb = notebook(answer("a", "x = 1"), check_cell("t"), answer("a", "x = 2"), check_cell("t"))
    findings = repair_duplicate_grade_cells(nb)
    assert sorted(f.code for f in findings) == ["sel_ganda", "sel_ganda"]
    assert grade_ids(nb) == ["a", "t"]
    assert len(nb.cells) == 4  # nothing the trainee wrote is dropped
    assert "nbgrader" not in nb.cells[0].metadata and "nbgrader" not in nb.cells[1].metadata
    assert nb.cells[2].metadata["nbgrader"]["grade_id"] == "a"


def test_a_notebook_without_duplicates_is_left_alone():
    nb = notebook(answer("a", "x = 1"), check_cell("t"))
    before = json.dumps(nb, sort_keys=True)
    assert repair_duplicate_grade_cells(nb) == []
    assert json.dumps(nb, sort_keys=True) == before


# --- parse_notebook_text ------------------------------------------------------------

GOOD_TEXT = nbformat.writes(
    notebook(
        new_code_cell("import graders", metadata=meta("setup", locked=True)),
        answer("a", "x = 1"),
        check_cell("t"),
    )
)


def good_text():
    return GOOD_TEXT


def test_valid_json_parses_without_findings():
    nb, findings = parse_notebook_text(good_text())
    assert nb is not None and findings == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda t: "\ufeff" + t,
        lambda t: t.rstrip().rstrip("}") + ",}",
    ],
    ids=["bom", "trailing-comma"],
)
def test_common_hand_edit_damage_is_repaired(damage):
    nb, findings = parse_notebook_text(damage(good_text()))
    assert nb is not None and grade_ids(nb) == ["setup", "a", "t"]
    assert all(isinstance(c.source, str) for c in nb.cells)
    assert findings and all(f.repaired for f in findings)


@pytest.mark.parametrize(
    "text, code",
    [("", "json_rusak"), ('{"cells": [', "json_rusak"), ("[1, 2]", "bukan_notebook")],
)
def test_unrepairable_text_is_reported_in_indonesian(text, code):
    nb, findings = parse_notebook_text(text)
    assert nb is None
    assert [f.code for f in findings] == [code]
    assert not findings[0].repaired and "notebook" in findings[0].message.lower()


# --- ScoreGuard ---------------------------------------------------------------------


def graded_cell(*outputs, points=4):
    cell = check_cell("t", points=points)
    cell.outputs = list(outputs)
    return cell


def result(text):
    return new_output("execute_result", data={"text/plain": text}, execution_count=1)


def run_guard(cell):
    from nbgrader.utils import determine_grade

    cell, _ = ScoreGuard().preprocess_cell(cell, {}, 0)
    return determine_grade(cell)[0]


@pytest.mark.parametrize(
    "outputs, expected",
    [
        ([result("2.5")], 2.5),
        ([result("4.0")], 4.0),
        ([result("0.0")], 0.0),
        ([], 0.0),  # nbgrader alone: 4.0
        ([new_output("display_data", data={"text/plain": "Hasil"})], 0.0),  # nbgrader alone: 4.0
        ([result("True")], 0.0),  # nbgrader alone: 4.0
        ([result("np.float64(2.0)")], 0.0),  # nbgrader alone: 4.0
        ([result("-1.0")], 0.0),  # nbgrader alone: 4.0
        (
            [
                result("'4'"),
            ],
            0.0,
        ),
        ([new_output("error", ename="NameError", evalue="x", traceback=[])], 0.0),
        ([new_output("stream", name="stderr", text="UserWarning: x\n"), result("3.0")], 3.0),
    ],
    ids=[
        "partial",
        "full",
        "zero",
        "no-output",
        "display-only",
        "bool",
        "numpy-repr",
        "negative",
        "string",
        "error",
        "warning-then-score",
    ],
)
def test_score_guard_grades(outputs, expected):
    assert run_guard(graded_cell(*outputs)) == expected


def test_score_guard_leaves_answer_and_markdown_cells_alone():
    cell = answer("a", "x = 1")
    cell.outputs = [new_output("stream", name="stderr", text="boo")]
    out, _ = ScoreGuard().preprocess_cell(cell, {}, 0)
    assert out.outputs[0]["name"] == "stderr"
    md = new_markdown_cell("teks", metadata=meta("m", solution=True, grade=True, points=2))
    assert ScoreGuard().preprocess_cell(md, {}, 0)[0] is md


# --- sanitize_submission --------------------------------------------------------------


RELEASE = notebook(
    new_code_cell("import graders", metadata=meta("setup", locked=True)),
    answer("a", "# TULIS JAWABAN ANDA DI SINI"),
    check_cell("t"),
)


@pytest.fixture
def expected():
    return {"01-regulasi": RELEASE}


def test_renamed_notebook_is_put_back_and_the_original_kept(tmp_path, expected):
    sub, backup = tmp_path / "sub", tmp_path / "backup"
    sub.mkdir()
    (sub / "01-regulasi (1).ipynb").write_text(good_text(), encoding="utf-8")
    findings = sanitize_submission(sub, expected, backup)
    assert [f.code for _, f in findings] == ["nama_diganti"]
    assert (sub / "01-regulasi.ipynb").exists() and not (sub / "01-regulasi (1).ipynb").exists()
    assert (backup / "01-regulasi (1).ipynb").read_text(encoding="utf-8") == good_text()


def test_unreadable_notebook_becomes_a_placeholder_and_the_original_is_kept(tmp_path, expected):
    sub, backup = tmp_path / "sub", tmp_path / "backup"
    sub.mkdir()
    broken = good_text()[:40]
    (sub / "01-regulasi.ipynb").write_text(broken, encoding="utf-8")
    findings = sanitize_submission(sub, expected, backup)
    assert [f.code for _, f in findings] == ["json_rusak"]
    placeholder = nbformat.read(str(sub / "01-regulasi.ipynb"), as_version=4)
    assert "tidak dapat dibaca" in placeholder.cells[0].source
    assert grade_ids(placeholder) == grade_ids(RELEASE)  # every answer blank, every test there
    assert (backup / "01-regulasi.ipynb").read_text(encoding="utf-8") == broken


def test_missing_notebook_is_reported_not_invented(tmp_path, expected):
    sub = tmp_path / "sub"
    sub.mkdir()
    findings = sanitize_submission(sub, expected, tmp_path / "backup")
    assert [(f.code, f.repaired) for _, f in findings] == [("notebook_tidak_ada", False)]
    assert not list(sub.iterdir())


def test_clean_submission_is_untouched(tmp_path, expected):
    sub, backup = tmp_path / "sub", tmp_path / "backup"
    sub.mkdir()
    (sub / "01-regulasi.ipynb").write_text(good_text(), encoding="utf-8")
    assert sanitize_submission(sub, expected, backup) == []
    assert not backup.exists()
    assert (sub / "01-regulasi.ipynb").read_text(encoding="utf-8") == good_text()


def test_deleted_answer_and_test_cells_are_restored_in_place():
    nb = notebook(new_code_cell("import graders", metadata=meta("setup", locked=True)))
    nb.cells.append(new_markdown_cell("catatan peserta"))
    findings = restore_missing_cells(nb, RELEASE)
    assert [f.code for f in findings] == ["sel_dipulihkan", "sel_dipulihkan"]
    assert grade_ids(nb) == ["setup", "a", "t"]
    assert nb.cells[-1].source == "catatan peserta"  # restored right after 'setup'


def test_restoring_keeps_a_present_answer_and_adds_only_the_deleted_test():
    nb = notebook(
        new_code_cell("import graders", metadata=meta("setup", locked=True)),
        answer("a", "x = 1"),
    )
    assert [f.code for f in restore_missing_cells(nb, RELEASE)] == ["sel_dipulihkan"]
    assert grade_ids(nb) == ["setup", "a", "t"] and nb.cells[1].source == "x = 1"


def test_feedback_tracebacks_never_quote_the_test_source():
    cell = check_cell("t")
    cell.outputs = [
        new_output(
            "error",
            ename="NameError",
            evalue="name 'jawaban_1b' is not defined",
            traceback=["### BEGIN HIDDEN TESTS", "kunci = {1: 'berkala'}", "NameError"],
        )
    ]
    out, _ = ShortenTestTracebacks().preprocess_cell(cell, {}, 0)
    (line,) = out.outputs[0]["traceback"]
    assert "jawaban_1b" in line and "belum ada" in line
    assert "kunci" not in line and "HIDDEN" not in line


# --- hand-edited structure ------------------------------------------------------------


def damaged(edit) -> str:
    data = json.loads(GOOD_TEXT)
    edit(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["cells"][0].__setitem__("metadata", []),
        lambda d: d["cells"][1].__setitem__("source", 5),
        lambda d: d["cells"][0].pop("cell_type"),
        lambda d: d["cells"].insert(1, "bukan sel"),
        lambda d: d["cells"][2]["metadata"]["nbgrader"].__setitem__("grade_id", 7),
    ],
    ids=["metadata-list", "source-number", "no-cell-type", "not-a-cell", "int-grade-id"],
)
def test_hand_edited_cells_are_mended_and_reported(edit):
    nb, findings = parse_notebook_text(damaged(edit))
    assert nb is not None
    assert "struktur_diperbaiki" in [f.code for f in findings]
    nbformat.validate(nb)  # nbgrader can read it now
    assert all(isinstance(c.source, str) for c in nb.cells)


def test_a_version_3_notebook_is_converted_not_discarded():
    v3 = {
        "nbformat": 3,
        "nbformat_minor": 0,
        "metadata": {},
        "worksheets": [
            {"cells": [{"cell_type": "code", "input": "x = 1", "outputs": [], "metadata": {}}]}
        ],
    }
    nb, findings = parse_notebook_text(json.dumps(v3))
    assert nb is not None and nb.nbformat == 4 and nb.cells[0].source == "x = 1"
    assert [f.code for f in findings] == ["format_lama"]


def test_one_failing_trainee_is_reported_and_the_others_are_sanitised(tmp_path, monkeypatch):
    from graders.nbgrader_ext import sanitize

    course = tmp_path / "course"
    (course / "source" / "01-regulasi").mkdir(parents=True)
    (course / "release" / "01-regulasi").mkdir(parents=True)
    nbformat.write(RELEASE, str(course / "source" / "01-regulasi" / "01-regulasi.ipynb"))
    nbformat.write(RELEASE, str(course / "release" / "01-regulasi" / "01-regulasi.ipynb"))
    for student in ("ani", "budi", "citra"):
        sub = course / "submitted" / student / "01-regulasi"
        sub.mkdir(parents=True)
        (sub / "01-regulasi (1).ipynb").write_text(GOOD_TEXT, encoding="utf-8")

    real = sanitize.sanitize_submission

    def flaky(sub, expected, backup):
        if sub.parent.name == "budi":
            raise OSError("disk penuh")
        return real(sub, expected, backup)

    monkeypatch.setattr(sanitize, "sanitize_submission", flaky)
    rows = sanitize.sanitize_assignment(course, "01-regulasi")
    assert {(r.student, r.code) for r in rows} == {
        ("ani", "nama_diganti"),
        ("budi", "sanitasi_gagal"),
        ("citra", "nama_diganti"),
    }
    for student in ("ani", "citra"):
        assert (course / "submitted" / student / "01-regulasi" / "01-regulasi.ipynb").exists()
    # A second run appends to the report instead of erasing the first run's rows.
    sanitize.sanitize_assignment(course, "01-regulasi")
    report = (course / "sanitasi" / "01-regulasi" / "laporan.csv").read_text(encoding="utf-8-sig")
    assert report.count("sanitasi_gagal") == 2 and report.count("nama_diganti") == 2


def test_feedback_errors_never_repeat_an_exception_message_that_may_hold_the_key():
    cell = check_cell("t")
    cell.outputs = [
        new_output(
            "error",
            ename="ValueError",
            evalue="check_labels: expected answer not among the options: ['i']",
            traceback=["..."],
        )
    ]
    out, _ = ShortenTestTracebacks().preprocess_cell(cell, {}, 0)
    (line,) = out.outputs[0]["traceback"]
    assert "ValueError" in line and "'i'" not in line and "options" not in line
