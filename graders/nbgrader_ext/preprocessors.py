"""nbgrader preprocessors used by ``exercises/nbgrader_config.py``."""

from __future__ import annotations

import math

from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbformat.v4 import new_output
from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Bool

from .repair import repair_duplicate_grade_cells

NO_SCORE_ENAME = "NilaiTidakTampil"
NO_SCORE_MESSAGE = (
    "Sel uji ini tidak menampilkan nilai, sehingga dihitung 0. Pastikan sel jawaban tidak "
    "mengubah cara Jupyter menampilkan hasil (misalnya ast_node_interactivity), lalu "
    "jalankan ulang notebook dari awal."
)
BAD_SCORE_ENAME = "NilaiTidakSah"


class RepairDuplicateGradeCells(NbGraderPreprocessor):
    """Replacement for nbgrader's DeduplicateIds that never aborts the batch.

    See :func:`graders.nbgrader_ext.repair.repair_duplicate_grade_cells`.
    """

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict):
        for finding in repair_duplicate_grade_cells(nb):
            self.log.warning("%s", finding.message)
        return nb, resources


def _plain_float(text: object) -> float | None:
    if isinstance(text, list):
        text = "".join(text)
    if not isinstance(text, str):
        return None
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class ScoreGuard(NbGraderPreprocessor):
    """Make a partial-credit test cell that shows no score count as zero.

    nbgrader (``nbgrader.utils.determine_grade``) gives full credit to a test cell
    whose outputs contain neither an error nor a value, and also to one whose value
    is not a plain number (``True``, ``np.float64(2.0)``, a negative number). A single
    line in an answer cell (``get_ipython().ast_node_interactivity = "none"``) can
    hide every test cell's value, turning partial scores into full marks. Every
    test cell in this course ends with ``hasil.grade(N)``, so this preprocessor runs
    after Execute and turns a missing or invalid score into an error output, which
    nbgrader grades as zero and the feedback explains.

    It also moves stderr text (typically a Python warning triggered by a trainee's
    answer) of test cells to stdout, so that a harmless warning never zeroes an
    otherwise correct answer; real exceptions are ``error`` outputs and still count.
    """

    enabled = Bool(True, help="Require every autograded test cell to show its score.").tag(
        config=True
    )

    def preprocess_cell(self, cell: NotebookNode, resources: ResourcesDict, index: int):
        if not self.enabled or cell.cell_type != "code":
            return cell, resources
        if not (utils.is_grade(cell) and not utils.is_solution(cell)):
            return cell, resources
        outputs = []
        for out in cell.outputs:
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                out = new_output("stream", name="stdout", text=out.get("text", ""))
            outputs.append(out)
        cell.outputs = outputs

        if any(out.get("output_type") == "error" for out in outputs):
            return cell, resources
        points = float(cell.metadata.nbgrader.get("points", 0) or 0)
        results = [out for out in outputs if out.get("output_type") == "execute_result"]
        if not results:
            cell.outputs.append(
                new_output("error", ename=NO_SCORE_ENAME, evalue=NO_SCORE_MESSAGE, traceback=[])
            )
            self.log.warning(
                "Test cell %s shows no score: graded 0", cell.metadata.nbgrader.get("grade_id")
            )
            return cell, resources
        value = _plain_float(results[0].get("data", {}).get("text/plain"))
        if value is None or value < 0 or value > points + 1e-9:
            shown = results[0].get("data", {}).get("text/plain")
            # determine_grade reads the first execute_result before any later error,
            # so the invalid value must go.
            cell.outputs = [out for out in outputs if out.get("output_type") != "execute_result"]
            cell.outputs.append(
                new_output(
                    "error",
                    ename=BAD_SCORE_ENAME,
                    evalue=(
                        f"Sel uji menampilkan {shown!r}, bukan nilai antara 0 dan {points:g}; "
                        "dihitung 0."
                    ),
                    traceback=[],
                )
            )
        return cell, resources


class ShortenTestTracebacks(NbGraderPreprocessor):
    """Replace the tracebacks of test cells by one Indonesian line, in feedback.

    ``ClearHiddenTests`` removes hidden tests from a cell's source, but a traceback
    raised inside a hidden test quotes the lines around the failure, answer key
    included. In feedback every error of an autograded test cell is therefore cut
    down to one Indonesian line (see :func:`explain_error`).
    """

    def preprocess_cell(self, cell: NotebookNode, resources: ResourcesDict, index: int):
        if cell.cell_type != "code" or not (utils.is_grade(cell) and not utils.is_solution(cell)):
            return cell, resources
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                line = explain_error(output.get("ename", ""), output.get("evalue", ""))
                output["traceback"] = [line]
                output["evalue"] = line
        return cell, resources


def explain_error(ename: str, evalue: str) -> str:
    """One Indonesian line for an error a test cell raised (no traceback, no source)."""
    if ename == "NameError" and "'" in evalue:
        name = evalue.split("'")[1]
        return (
            f"Variabel '{name}' belum ada. Pastikan sel jawaban di atasnya sudah diisi dan "
            "dijalankan (NameError)."
        )
    if ename in {NO_SCORE_ENAME, BAD_SCORE_ENAME}:
        return evalue
    if ename == "NotImplementedError":
        return "Jawaban belum diisi (NotImplementedError)."
    if ename in {"CellTimeoutError", "TimeoutError", "KeyboardInterrupt"}:
        return "Pemeriksaan dihentikan karena terlalu lama (batas waktu per sel terlampaui)."
    # The message of any other exception may quote the answer key (a check raises
    # when a hidden test's own constants were overwritten by an answer cell), so
    # only the exception's name is shown.
    return f"Terjadi galat saat pemeriksaan ({ename}). Jalankan ulang notebook dari awal."
