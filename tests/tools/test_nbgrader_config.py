"""The course's nbgrader_config.py loads and sets what the grading relies on.

nbgrader ignores a config file that raises on import (it only logs), so a typo
there would silently bring back English stubs and drop the score guard.
"""

from __future__ import annotations

from pathlib import Path

from traitlets.config.loader import PyFileConfigLoader

from graders.nbgrader_ext.export import QuestionCsvExportPlugin
from graders.nbgrader_ext.preprocessors import RepairDuplicateGradeCells, ScoreGuard

ROOT = Path(__file__).resolve().parents[2]


def load():
    return PyFileConfigLoader("nbgrader_config.py", path=str(ROOT / "exercises")).load_config()


def test_config_sets_indonesian_stubs_and_messages():
    c = load()
    assert "TULIS JAWABAN ANDA DI SINI" in c.ClearSolutions.code_stub["python"]
    assert "TULIS JAWABAN ANDA DI SINI" in c.ClearSolutions.text_stub
    for key in ("type_changed_warning", "changed_warning", "failed_warning", "passed_warning"):
        assert "SEL" in c.Validator[key], key
    assert "dipulihkan" in c.OverwriteCells.missing_cell_notification


def test_config_guards_the_batch_and_the_scores():
    c = load()
    assert c.OverwriteCells.add_missing_cells is True
    assert c.Execute.timeout > 0 and c.Execute.interrupt_on_timeout is True
    assert RepairDuplicateGradeCells in c.Autograde.sanitize_preprocessors
    assert "DeduplicateIds" not in {p.__name__ for p in c.Autograde.sanitize_preprocessors}
    pipeline = [p.__name__ for p in c.Autograde.autograde_preprocessors]
    assert (
        pipeline.index("Execute") < pipeline.index("ScoreGuard") < pipeline.index("SaveAutoGrades")
    )
    assert ScoreGuard in c.Autograde.autograde_preprocessors
    feedback = {p.__name__ for p in c.GenerateFeedback.preprocessors}
    assert {"ClearHiddenTests", "ShortenTestTracebacks"} <= feedback
    assert c.ExportApp.plugin_class is QuestionCsvExportPlugin


def test_exchange_root_is_inside_the_project_and_ignored_by_git(monkeypatch):
    monkeypatch.delenv("HUMAS_EXCHANGE_ROOT", raising=False)
    c = load()
    assert Path(c.Exchange.root) == ROOT / "exercises" / "exchange"
    assert "exercises/exchange/" in (ROOT / ".gitignore").read_text(encoding="utf-8")
