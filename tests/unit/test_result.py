"""Item and Result: scores, points as plain floats, combining, and rendering."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import types
from pathlib import Path

import numpy as np
import pytest

from graders import Item, Result, show

ROOT = Path(__file__).resolve().parents[2]


def ok(message: str = "Butir 1: jawaban sudah tepat.", weight: float = 1.0) -> Item:
    return Item("label.benar", True, message, weight)


def wrong(message: str = "Butir 2: jawaban belum tepat.", weight: float = 1.0) -> Item:
    return Item("label.salah", False, message, weight)


@pytest.fixture
def fake_shell(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Pretend an IPython shell is running; collect what gets displayed."""
    shown: list[object] = []
    ipython = types.ModuleType("IPython")
    display_module = types.ModuleType("IPython.display")
    ipython.get_ipython = lambda: object()  # type: ignore[attr-defined]
    display_module.display = shown.append  # type: ignore[attr-defined]
    ipython.display = display_module  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", ipython)
    monkeypatch.setitem(sys.modules, "IPython.display", display_module)
    return shown


# -- Item ---------------------------------------------------------------------
def test_item_is_frozen_with_default_weight_one():
    item = Item("angka.benar", True, "Angka sudah tepat.")
    assert item.weight == 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.passed = False  # type: ignore[misc]


def test_item_coerces_numpy_bool_and_int_weight_to_builtins():
    item = Item("x", np.bool_(True), "ok", np.int64(2))  # type: ignore[arg-type]
    assert type(item.passed) is bool and item.passed is True
    assert type(item.weight) is float and item.weight == 2.0


@pytest.mark.parametrize("weight", [-1, float("nan"), float("inf")])
def test_item_rejects_a_negative_or_non_finite_weight(weight):
    with pytest.raises(ValueError):
        Item("x", True, "ok", weight)


def test_item_rejects_an_empty_code():
    with pytest.raises(ValueError):
        Item("", True, "ok")


# -- score, passed, failed ------------------------------------------------------
def test_score_without_items_is_zero():
    assert Result([]).score == 0.0
    assert Result().passed is False


def test_score_is_the_share_of_passed_items():
    assert Result([ok(), ok(), ok(), wrong()]).score == 0.75


def test_score_weighs_items():
    assert Result([ok(weight=3), wrong(weight=1)]).score == 0.75
    assert Result([ok(weight=1), wrong(weight=3)]).score == 0.25


def test_score_with_only_zero_weights_is_zero():
    assert Result([ok(weight=0)]).score == 0.0


@pytest.mark.parametrize(
    ("given", "expected"),
    [(0.5, 0.5), (1.5, 1.0), (-0.2, 0.0), (float("nan"), 0.0), (np.float64(0.25), 0.25)],
)
def test_a_given_score_is_clamped_to_unit_interval(given, expected):
    result = Result([wrong()], score=given)
    assert result.score == expected
    assert type(result.score) is float


def test_passed_only_at_full_score_and_failed_lists_failed_items():
    assert Result([ok(), ok()]).passed is True
    mixed = Result([ok(), wrong("a"), wrong("b")])
    assert mixed.passed is False
    assert [item.message for item in mixed.failed] == ["a", "b"]
    assert bool(mixed) is False and bool(Result([ok()])) is True


def test_items_are_kept_in_order_as_a_tuple():
    items = [wrong("a"), ok("b")]
    assert Result(items).items == tuple(items)


def test_result_rejects_something_that_is_not_an_item():
    with pytest.raises(TypeError):
        Result(["benar"])  # type: ignore[list-item]


# -- points -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("items", "max_points", "expected"),
    [
        ([ok(), ok(), ok(), wrong()], 4, 3.0),
        ([ok(), wrong(), wrong()], 1, 0.33),
        ([ok(), ok(), wrong()], 1, 0.67),
        ([ok(), ok(), wrong()], 3, 2.0),
        ([ok()], 2, 2.0),
        ([wrong()], 2, 0.0),
        ([], 5, 0.0),
        ([ok()], 0, 0.0),
    ],
)
def test_points_scale_round_and_are_builtin_float(items, max_points, expected):
    points = Result(items).points(max_points)
    assert points == expected
    assert type(points) is float


@pytest.mark.parametrize("max_points", [np.int64(2), np.float64(2.0), 2, 2.0])
def test_points_are_builtin_float_for_numpy_max_points(max_points):
    points = Result([ok(), wrong()]).points(max_points)
    assert type(points) is float
    assert points == 1.0


def test_points_are_never_negative_zero_or_above_max():
    assert str(Result([wrong()]).points(3)) == "0.0"
    assert Result([ok()], score=1.0).points(0.1) == 0.1


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf")])
def test_points_reject_an_invalid_maximum(bad):
    with pytest.raises(ValueError):
        Result([ok()]).points(bad)


def test_points_reject_bool_maximum():
    with pytest.raises(TypeError):
        Result([ok()]).points(True)


# -- grade and show -------------------------------------------------------------------
def test_grade_without_shell_returns_points_and_prints_nothing(capsys):
    points = Result([ok(), wrong()]).grade(4)
    assert points == 2.0 and type(points) is float
    assert capsys.readouterr() == ("", "")


def test_grade_with_real_ipython_imported_but_no_shell_shows_nothing(capsys):
    pytest.importorskip("IPython")
    assert Result([ok()]).grade(1) == 1.0
    assert capsys.readouterr() == ("", "")


def test_grade_displays_the_result_in_a_shell(fake_shell):
    result = Result([ok(), wrong()])
    assert result.grade(2) == 1.0
    assert fake_shell == [result]


def test_grade_still_returns_points_when_display_fails(monkeypatch, fake_shell):
    def broken(obj: object) -> None:
        raise RuntimeError("no frontend")

    monkeypatch.setattr(sys.modules["IPython.display"], "display", broken)
    assert Result([ok()]).grade(3) == 3.0


def test_show_returns_none_and_displays_in_a_shell(fake_shell):
    result = Result([ok()])
    assert show(result) is None
    assert fake_shell == [result]


def test_show_prints_plain_text_outside_a_shell(capsys):
    assert show(Result([wrong("Butir 2: belum dijawab.")])) is None
    out, err = capsys.readouterr()
    assert "Butir 2: belum dijawab." in out and "✘" in out
    assert err == ""


# -- combine ------------------------------------------------------------------------
def test_combine_averages_scores_and_concatenates_items():
    a = Result([ok("a1"), ok("a2")])
    b = Result([ok("b1"), wrong("b2"), wrong("b3"), wrong("b4")])
    combined = Result.combine(a, b)
    assert combined.score == 0.625
    assert [item.message for item in combined.items] == ["a1", "a2", "b1", "b2", "b3", "b4"]


def test_combine_uses_weights():
    a, b = Result([ok()]), Result([wrong()])
    assert Result.combine(a, b, weights=[3, 1]).score == 0.75
    assert Result.combine(a, b, weights=(0, 1)).score == 0.0


def test_combine_keeps_partial_scores_of_its_parts():
    partial = Result([wrong()], score=0.5)
    assert Result.combine(partial, Result([ok()])).score == 0.75


def test_combine_accepts_one_list_of_results():
    assert Result.combine([Result([ok()]), Result([wrong()])]).score == 0.5


def test_combine_of_nothing_or_zero_weights_scores_zero():
    assert Result.combine().score == 0.0
    assert Result.combine(Result([ok()]), weights=[0]).score == 0.0


def test_combine_rejects_wrong_weights_and_non_results():
    with pytest.raises(ValueError):
        Result.combine(Result([ok()]), weights=[1, 2])
    with pytest.raises(ValueError):
        Result.combine(Result([ok()]), weights=[-1])
    with pytest.raises(TypeError):
        Result.combine(Result([ok()]), 0.5)  # type: ignore[arg-type]


def test_combine_keeps_a_shared_title_and_falls_back_to_default():
    fmt = Result([ok()], title="Pemeriksaan format", verdict="sudah sesuai")
    assert Result.combine(fmt, fmt).title == "Pemeriksaan format"
    assert Result.combine(fmt, Result([ok()])).title == "Hasil pemeriksaan"


# -- rendering -------------------------------------------------------------------------
FOUR = [ok("Butir 1: a."), ok("Butir 2: b."), ok("Butir 3: c."), wrong("Butir 4: d.")]


def test_summary_counts_items_and_shows_percentage():
    assert Result(FOUR).summary() == "Hasil pemeriksaan: 3 dari 4 butir benar (75%)"


@pytest.mark.parametrize(("score", "shown"), [(0.996, "99%"), (0.004, "1%"), (1.0, "100%")])
def test_summary_never_rounds_a_partial_score_to_full_or_zero(score, shown):
    assert Result([wrong()], score=score).summary().endswith(f"({shown})")


def test_str_lists_every_item_with_mark_and_word():
    text = str(Result(FOUR))
    assert text.splitlines() == [
        "Hasil pemeriksaan: 3 dari 4 butir benar (75%)",
        "  ✔ benar: Butir 1: a.",
        "  ✔ benar: Butir 2: b.",
        "  ✔ benar: Butir 3: c.",
        "  ✘ perlu diperbaiki: Butir 4: d.",
    ]
    assert repr(Result(FOUR)) == text


def test_html_has_heading_marks_words_and_messages():
    page = Result(FOUR)._repr_html_()
    assert "Hasil pemeriksaan: 3 dari 4 butir benar (75%)" in page
    assert page.count("✔") == 3 and page.count("✘") == 1
    assert page.count(">benar</strong>") == 3
    assert page.count(">perlu diperbaiki</strong>") == 1
    assert 'aria-hidden="true"' in page  # the marks are decoration; the words carry the meaning
    for item in FOUR:
        assert item.message in page
    assert 'data-code="label.salah"' in page


def test_html_escapes_messages():
    nasty = wrong("Butir 1: jawaban '<script>alert(\"x\")</script>' & lainnya.")
    page = Result([nasty])._repr_html_()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page and "&amp; lainnya" in page


def test_markdown_lists_messages_and_escapes_html_and_markup():
    text = Result([ok("Butir 1: a."), wrong("Butir *2*: <b>x</b>_y")])._repr_markdown_()
    assert text.startswith("**Hasil pemeriksaan: 1 dari 2 butir benar (50%)**")
    assert "- ✔ **benar**: Butir 1: a." in text
    assert "- ✘ **perlu diperbaiki**: Butir \\*2\\*: &lt;b&gt;x&lt;/b&gt;\\_y" in text
    assert "<b>" not in text


def test_rendering_an_empty_result_says_nothing_was_checked():
    assert "belum ada butir yang diperiksa" in str(Result())
    assert "belum ada butir yang diperiksa" in Result()._repr_html_()
    assert "<ul" not in Result()._repr_html_()


def test_custom_title_and_verdict_change_only_the_heading():
    result = Result([ok(), wrong()], title="Pemeriksaan format", verdict="sudah sesuai")
    assert result.summary() == "Pemeriksaan format: 1 dari 2 butir sudah sesuai (50%)"
    assert result.score == 0.5


# -- equality -------------------------------------------------------------------------
def test_results_with_same_items_and_score_are_equal():
    assert Result([ok()]) == Result([ok()])
    assert Result([ok()]) != Result([wrong()])
    assert len({Result([ok()]), Result([ok()])}) == 1


# -- package boundaries ------------------------------------------------------------------
def test_importing_graders_does_not_import_nbgrader():
    code = (
        "import sys, graders; "
        "bad = [m for m in sys.modules if m.startswith(('nbgrader', 'graders.nbgrader_ext'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stderr == ""


def test_show_under_nbgrader_validate_reports_an_unmet_check_on_stderr(capsys, monkeypatch):
    """nbgrader's Validate lists a grade cell only if it errs or writes to stderr."""
    partial = Result([Item("a", True, "Format benar."), Item("b", False, "Tenggat belum diisi.")])
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    show(partial)
    err = capsys.readouterr().err
    assert "belum terpenuhi seluruhnya (1 dari 2 butir benar)" in err
    assert "Tenggat belum diisi." in err and "Format benar." not in err
    show(Result([Item("a", True, "Format benar.")]))  # a met check stays quiet
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("mode", [None, "autograde"])
def test_show_never_writes_stderr_outside_validate(capsys, monkeypatch, mode):
    # in autograde, any stderr would zero the cell: never write there
    if mode is None:
        monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    else:
        monkeypatch.setenv("NBGRADER_EXECUTION", mode)
    show(Result([Item("b", False, "Tenggat belum diisi.")]))
    assert capsys.readouterr().err == ""
