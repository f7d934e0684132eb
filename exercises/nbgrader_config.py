"""nbgrader configuration of the Lab Humas Digital course.

Every setting here is explained in ../docs/ARCHITECTURE.md ("nbgrader") and
../shared/NOTES.md. Trainee-facing strings are Indonesian.
"""

import os
from pathlib import Path

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import (
    AssignLatePenalties,
    CheckCellMetadata,
    ClearHiddenTests,
    ClearOutput,
    Execute,
    GetGrades,
    IgnorePattern,
    LimitOutput,
    OverwriteCells,
    OverwriteKernelspec,
    SaveAutoGrades,
)

from graders.nbgrader_ext.export import QuestionCsvExportPlugin
from graders.nbgrader_ext.preprocessors import (
    RepairDuplicateGradeCells,
    ScoreGuard,
    ShortenTestTracebacks,
)

c = get_config()  # noqa: F821 - injected by nbgrader/traitlets

ROOT = Path(__file__).resolve().parent

c.CourseDirectory.course_id = "lab-humas-digital"
c.CourseDirectory.root = str(ROOT)
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".*"]

# Local exchange inside the project (git-ignored). A JupyterHub deployment sets
# HUMAS_EXCHANGE_ROOT to its shared exchange instead.
c.Exchange.root = os.environ.get("HUMAS_EXCHANGE_ROOT", str(ROOT / "exchange"))
c.Exchange.path_includes_course = True

# --- Student version -----------------------------------------------------
c.ClearSolutions.code_stub = {
    "python": (
        '# TULIS JAWABAN ANDA DI SINI, lalu hapus baris "raise" di bawah ini.\n'
        'raise NotImplementedError("Jawaban belum diisi.")'
    )
}
c.ClearSolutions.text_stub = "TULIS JAWABAN ANDA DI SINI."

# --- Validate button -----------------------------------------------------
c.Validator.type_changed_warning = (
    "JENIS {num_changed} SEL TELAH BERUBAH!\n"
    "Meskipun pemeriksaan lolos sekarang, sel tersebut mungkin tidak lolos saat dinilai.\n"
)
c.Validator.changed_warning = (
    "ISI {num_changed} SEL PEMERIKSAAN TELAH BERUBAH!\n"
    "Meskipun pemeriksaan lolos sekarang, sel tersebut mungkin tidak lolos saat dinilai.\n"
)
c.Validator.failed_warning = (
    "VALIDASI GAGAL PADA {num_failed} SEL! Jika dikumpulkan seperti ini, "
    "Anda TIDAK akan mendapat nilai penuh.\n"
)
c.Validator.passed_warning = "NOTEBOOK LOLOS PADA {num_passed} SEL!\n"

# --- Autograde -----------------------------------------------------------
# Per-cell time limit: an infinite loop is interrupted and only that question
# loses its points.
c.Execute.timeout = int(os.environ.get("HUMAS_CELL_TIMEOUT", "30"))
c.Execute.interrupt_on_timeout = True
c.OverwriteCells.add_missing_cells = True
c.OverwriteCells.missing_cell_notification = (
    "Sel ini ({cell_id}) tidak ada dalam kiriman dan dipulihkan oleh penilai otomatis.\n\n"
)
c.Autograde.sanitize_preprocessors = [
    ClearOutput,
    RepairDuplicateGradeCells,  # instead of DeduplicateIds, which aborts the whole batch
    OverwriteKernelspec,
    OverwriteCells,
    CheckCellMetadata,
]
c.Autograde.autograde_preprocessors = [
    Execute,
    IgnorePattern,
    ScoreGuard,  # a test cell that shows no valid score counts as zero
    ClearMetadataPreprocessor,
    LimitOutput,
    SaveAutoGrades,
    AssignLatePenalties,
    CheckCellMetadata,
]

# --- Feedback: hidden tests never reach trainees --------------------------
# A traceback raised inside a hidden test quotes its source: cut tracebacks too.
c.GenerateFeedback.preprocessors = [
    GetGrades,
    CSSHTMLHeaderPreprocessor,
    ClearHiddenTests,
    ShortenTestTracebacks,
]

# --- Export: properly quoted CSV with one column per question --------------
c.ExportApp.plugin_class = QuestionCsvExportPlugin
