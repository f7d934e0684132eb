"""nbgrader end to end on exercise 01-regulasi: generate -> autograde -> feedback -> export.

One batch holds every fixture submission, so these tests also prove that no bad
submission stops the others.
"""

from __future__ import annotations

import copy
import csv
import html
import json
import re
import shutil

import nbformat
import pytest
from nbgrader.api import Gradebook

from graders.nbgrader_ext import cli, samples

from . import answers_01 as answers
from .conftest import grade_course, release_nb, source_nb, submit, to_json

pytestmark = pytest.mark.slow

A = "01-regulasi"
AUTO = answers.MAX_POINTS  # test-cell grade_id -> points
MANUAL = answers.MANUAL_POINTS  # manually graded answer cell -> points


def gid(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def answer_ids(nb) -> list[str]:
    """Autograded answer cells (code solution cells), in notebook order."""
    return [
        gid(c)
        for c in nb.cells
        if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")
    ]


@pytest.fixture(scope="module")
def graded(tmp_path_factory, solutions_01):
    full = dict(solutions_01)

    def build(course):
        rel = release_nb(course, A)
        rel_nb = nbformat.read(str(rel), as_version=4)
        first = answer_ids(rel_nb)[0]
        second = answer_ids(rel_nb)[1]

        submit(course, A, "lengkap", samples.fill(rel, full))
        submit(course, A, "kosong", samples.fill(rel, {}))
        submit(course, A, "sebagian", samples.fill(rel, answers.PARTIAL))
        submit(course, A, "tipe-salah", samples.fill(rel, answers.WRONG_TYPE))

        loop = dict(full)
        loop[first] = "while True:\n    pass\n" + full[first]
        submit(course, A, "loop-tak-berujung", samples.fill(rel, loop))

        nb = samples.fill(rel, full)
        nb.cells = [c for c in nb.cells if gid(c) != TEST_OF[first]]
        submit(course, A, "sel-uji-dihapus", nb)

        # The trainee deleted an answer cell and the test cell after it.
        nb = samples.fill(rel, full)
        nb.cells = [c for c in nb.cells if gid(c) not in (second, TEST_OF[second])]
        submit(course, A, "sel-jawaban-dihapus", nb)

        # The trainee copied the second answer cell and its test cell to the end.
        nb = samples.fill(rel, full)
        extra = [copy.deepcopy(c) for c in nb.cells if gid(c) in (second, TEST_OF[second])]
        for n, cell in enumerate(extra):
            cell["id"] = f"salinan-{n}"  # JupyterLab gives a pasted cell a new id
        nb.cells.extend(extra)
        submit(course, A, "sel-ganda", nb)

        # The trainee split the second answer cell in two (JupyterLab keeps the metadata).
        nb = samples.fill(rel, full)
        idx = next(i for i, c in enumerate(nb.cells) if gid(c) == second)
        lines = nb.cells[idx].source.splitlines()
        half = copy.deepcopy(nb.cells[idx])
        half["id"] = "potongan"
        cut = max(1, len(lines) // 2)
        while cut < len(lines) and lines[cut][:1] in (" ", "\t", "}", "]", ")"):
            cut += 1  # split between statements, as a trainee would
        nb.cells[idx].source = "\n".join(lines[:cut])
        half.source = "\n".join(lines[cut:])
        nb.cells.insert(idx + 1, half)
        submit(course, A, "sel-terpecah", nb)

        warn = dict(full)
        warn[first] = (
            "import warnings\nwarnings.simplefilter('always')\n"
            "warnings.warn('contoh peringatan dari jawaban')\n" + full[first]
        )
        submit(course, A, "peringatan", samples.fill(rel, warn))

        hide = dict(answers.PARTIAL)
        hide[first] = 'get_ipython().ast_node_interactivity = "none"\n' + answers.PARTIAL[first]
        submit(course, A, "nilai-disembunyikan", samples.fill(rel, hide))

        text = to_json(samples.fill(rel, full))
        submit(course, A, "json-rusak", text[: len(text) // 2])
        submit(course, A, "json-koma-berlebih", text.rstrip().rstrip("}") + ",}")

        submit(course, A, "nama-diganti", samples.fill(rel, full), name=f"{A} (1).ipynb")

        # Hand-edited outside Jupyter: a stray value among the cells, a cell whose
        # metadata is a list and whose source is a number.
        data = json.loads(to_json(samples.fill(rel, full)))
        data["cells"].insert(1, "catatan")
        data["cells"].append({"cell_type": "markdown", "metadata": [], "source": 5})
        submit(course, A, "struktur-rusak", json.dumps(data))

    return grade_course(tmp_path_factory.mktemp("p01"), A, build)


def _test_of() -> dict[str, str]:
    """answer grade_id -> the test cell that follows it in the source notebook."""
    from .conftest import COURSE_SRC

    nb = nbformat.read(str(next((COURSE_SRC / "source" / A).glob("*.ipynb"))), as_version=4)
    out, pending = {}, None
    for c in nb.cells:
        meta = c.metadata.get("nbgrader", {})
        if c.cell_type == "code" and meta.get("solution"):
            pending = meta["grade_id"]
        elif pending and meta.get("grade") and not meta.get("solution"):
            out[pending] = meta["grade_id"]
            pending = None
    return out


TEST_OF = _test_of()


def auto(graded, student) -> dict[str, float | None]:
    scores = graded.score(student)
    return {k: v for k, v in scores.items() if k in AUTO}


def test_answer_key_and_points_agree_with_the_source_notebook():
    assert set(TEST_OF.values()) == set(AUTO), "answers_01.MAX_POINTS must list every test cell"
    assert sum(AUTO.values()) >= 20


def test_no_submission_stops_the_batch(graded):
    assert graded.status and all(v == "ok" for v in graded.status.values()), graded.status


def test_complete_submission_scores_full_marks(graded):
    assert auto(graded, "lengkap") == AUTO
    # The manual answer waits for the instructor ...
    assert all(graded.score("lengkap")[k] is None for k in MANUAL)
    # ... and once graded in formgrader the total is the maximum.
    with Gradebook(f"sqlite:///{graded.course / 'gradebook.db'}") as gb:
        for grade_id, points in MANUAL.items():
            grade = gb.find_grade(grade_id, A, A, "lengkap")
            grade.manual_score = points
        gb.db.commit()
        assert gb.find_submission(A, "lengkap").score == pytest.approx(
            sum(AUTO.values()) + sum(MANUAL.values())
        )


def test_blank_submission_scores_zero(graded):
    assert graded.score("kosong") == {k: 0.0 for k in list(AUTO) + list(MANUAL)}


def test_partly_right_submission_scores_exactly_its_partial_credit(graded):
    assert auto(graded, "sebagian") == answers.PARTIAL_POINTS


def test_answers_of_the_wrong_type_get_a_fair_grade(graded):
    assert auto(graded, "tipe-salah") == answers.WRONG_TYPE_POINTS


def test_infinite_loop_loses_only_its_own_question(graded):
    first = next(iter(TEST_OF))
    expected = dict(AUTO)
    expected[TEST_OF[first]] = 0.0
    assert auto(graded, "loop-tak-berujung") == expected


def test_deleted_test_cell_is_restored_and_graded(graded):
    assert auto(graded, "sel-uji-dihapus") == AUTO


def test_deleted_answer_cell_scores_zero_for_that_question_only(graded):
    second = list(TEST_OF)[1]
    expected = dict(AUTO)
    expected[TEST_OF[second]] = 0.0
    assert auto(graded, "sel-jawaban-dihapus") == expected


def test_duplicated_grade_cells_are_graded_fairly(graded):
    assert auto(graded, "sel-ganda") == AUTO


def test_split_answer_cell_is_merged_and_graded(graded):
    assert auto(graded, "sel-terpecah") == AUTO


def test_answer_that_prints_a_warning_keeps_its_points(graded):
    assert auto(graded, "peringatan") == AUTO


def test_test_cell_that_shows_no_score_counts_as_zero(graded):
    # Without the ScoreGuard, nbgrader would give every one of these full credit.
    assert auto(graded, "nilai-disembunyikan") == {k: 0.0 for k in AUTO}
    nb = nbformat.read(
        str(graded.course / "autograded" / "nilai-disembunyikan" / A / f"{A}.ipynb"), as_version=4
    )
    errors = [
        o.ename for c in nb.cells if gid(c) in AUTO for o in c.outputs if o.output_type == "error"
    ]
    assert errors and set(errors) == {"NilaiTidakTampil"}


def test_unreadable_notebook_scores_zero_and_the_original_is_kept(graded):
    assert auto(graded, "json-rusak") == {k: 0.0 for k in AUTO}
    backup = graded.course / "sanitasi" / A / "json-rusak" / f"{A}.ipynb"
    assert backup.exists() and backup.read_text(encoding="utf-8").startswith("{")
    report = (graded.course / "sanitasi" / A / "laporan.csv").read_text(encoding="utf-8-sig")
    assert "json-rusak" in report and "json_rusak" in report


def test_repairable_json_is_repaired_and_graded(graded):
    assert auto(graded, "json-koma-berlebih") == AUTO


def test_hand_edited_notebook_structure_is_mended_and_graded(graded):
    assert auto(graded, "struktur-rusak") == AUTO


def test_renamed_notebook_is_found_and_graded(graded):
    assert auto(graded, "nama-diganti") == AUTO
    assert (graded.course / "sanitasi" / A / "nama-diganti" / f"{A} (1).ipynb").exists()


def _release_sources(course) -> str:
    """Every cell source of the release notebook (parsed, so quotes are not JSON-escaped)."""
    nb = nbformat.read(str(release_nb(course, A)), as_version=4)
    return "\n".join(cell.source for cell in nb.cells)


def _hidden_lines() -> list[str]:
    from .conftest import COURSE_SRC

    nb = nbformat.read(str(next((COURSE_SRC / "source" / A).glob("*.ipynb"))), as_version=4)
    lines = []
    for c in nb.cells:
        inside = False
        for line in c.source.splitlines():
            if "BEGIN HIDDEN TESTS" in line:
                inside = True
            elif "END HIDDEN TESTS" in line:
                inside = False
            elif inside and len(line.strip()) > 6:
                lines.append(line.strip())
    return lines


def test_feedback_never_contains_hidden_test_source(graded):
    hidden = _hidden_lines()
    assert hidden, "the exercise must have hidden tests"
    release_text = _release_sources(graded.course)
    hidden = [h for h in hidden if h not in release_text]
    pages = list((graded.course / "feedback").glob(f"*/{A}/*.html"))
    assert len(pages) == len(graded.status)
    for page in pages:
        student = page.parent.parent.name
        text = page.read_text(encoding="utf-8")
        plain = html.unescape(re.sub(r"<[^>]+>", "", text))
        assert "HIDDEN TESTS" not in plain
        # A right answer legitimately repeats a line of the key in the trainee's own cell.
        own = "\n".join(
            cell.source
            for p in (graded.course / "autograded" / student / A).glob("*.ipynb")
            for cell in nbformat.read(str(p), as_version=4).cells
            if cell.metadata.get("nbgrader", {}).get("solution")
        )
        for line in hidden:
            if line not in own:
                assert line not in plain, f"{student}: {line}"


def test_release_notebook_contains_no_solution_and_no_hidden_test(graded):
    release_text = _release_sources(graded.course)
    assert "BEGIN SOLUTION" not in release_text and "HIDDEN TESTS" not in release_text
    assert "TULIS JAWABAN ANDA DI SINI" in release_text  # the Indonesian stub of our config
    source = nbformat.read(str(source_nb(graded.course, A)), as_version=4)
    # Lines that the source shows outside solutions and hidden tests (templates in the
    # question text, visible checks) are not part of the key.
    public = set()
    for cell in source.cells:
        inside = False
        for line in cell.source.splitlines():
            if re.search(r"(BEGIN|END) (SOLUTION|HIDDEN TESTS)", line):
                inside = "BEGIN" in line
            elif not inside:
                public.add(line.strip())
    secret = [
        ln.strip()
        for answer in samples.solutions(source_nb(graded.course, A)).values()
        for ln in answer.splitlines()
    ] + _hidden_lines()
    leaked = [
        ln
        for ln in secret
        if len(ln) > 6 and ln not in public and not ln.startswith("#") and ln in release_text
    ]
    assert not leaked, leaked


def test_export_csv_survives_a_comma_in_a_name_and_has_a_column_per_question(graded):
    with Gradebook(f"sqlite:///{graded.course / 'gradebook.db'}") as gb:
        gb.update_or_create_student("lengkap", first_name="Ahmad", last_name="Budi, S.Kom.")
    out = graded.course / "nilai.csv"
    proc = cli._nbgrader(graded.course, "export", "--to", str(out))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_student = {r["student_id"]: r for r in rows}
    assert by_student["lengkap"]["last_name"] == "Budi, S.Kom."
    for grade_id, points in AUTO.items():
        assert float(by_student["lengkap"][f"{A}:{grade_id}"]) == points
        assert float(by_student["sebagian"][f"{A}:{grade_id}"]) == answers.PARTIAL_POINTS[grade_id]
    assert set(by_student) == set(graded.status)


def test_source_notebook_metadata_is_valid_for_nbgrader():
    from nbgrader.nbgraderformat import ValidationError
    from nbgrader.nbgraderformat.v3 import MetadataValidatorV3

    from .conftest import COURSE_SRC

    for path in (COURSE_SRC / "source").glob("*/*.ipynb"):
        nb = nbformat.read(str(path), as_version=4)
        try:
            MetadataValidatorV3().validate_nb(nb)
        except ValidationError as exc:  # pragma: no cover - the message is the point
            pytest.fail(f"{path.name}: {exc}")
        ids = [gid(c) for c in nb.cells if gid(c)]
        assert len(ids) == len(set(ids)), f"{path.name}: duplicated grade_id"


def test_validate_speaks_indonesian_and_passes_a_complete_notebook(graded, tmp_path):
    blank = tmp_path / "kosong" / f"{A}.ipynb"
    blank.parent.mkdir()
    shutil.copy(release_nb(graded.course, A), blank)
    proc = cli._nbgrader(graded.course, "validate", str(blank))
    assert "VALIDASI GAGAL" in proc.stdout, proc.stdout + proc.stderr
    done = tmp_path / "lengkap" / f"{A}.ipynb"
    done.parent.mkdir()
    shutil.copy(graded.course / "submitted" / "lengkap" / A / f"{A}.ipynb", done)
    proc = cli._nbgrader(graded.course, "validate", str(done))
    # nbgrader hard-codes its success line in English (validator.py, not configurable).
    assert "Success! Your notebook passes all the tests." in proc.stdout, proc.stdout + proc.stderr
