"""The trainee's day in JupyterLab: open a released exercise, run it, fill the form, save.

Screenshots of every step: test-artifacts/e2e/<test name>/.
"""

from __future__ import annotations

import json

import pytest

pytestmark = [
    pytest.mark.e2e,
    # pytest-base-url (pulled in by pytest-playwright) still defines its fixture the old way
    pytest.mark.filterwarnings("ignore:Session-scoped fixtures:pytest.PytestRemovedIn10Warning"),
]

AGENCY = "Dinas Kesehatan Provinsi Nusa Bahari"


def open_notebook(page, lab, path: str) -> None:
    page.goto(lab.url(f"/lab/tree/{path}"))
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
    # a kernel was started for the notebook and is ready
    lab.wait_kernels_idle(timeout=60)


def run_all(page) -> None:
    """Menu Run → Run All Cells (the menu bar stays English; commands are stable)."""
    page.locator(".lm-MenuBar-item", has_text="Run").first.click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()


def run_cell(page, index: int) -> None:
    """Select cell ``index`` and run it with Ctrl+Enter (no new cell is added)."""
    cell = page.locator(".jp-Notebook .jp-Cell").nth(index)
    cell.scroll_into_view_if_needed()
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Control+Enter")


def form_cell_index(page) -> int:
    sources = page.locator(".jp-Notebook .jp-Cell .jp-InputArea-editor").all_inner_texts()
    for i, text in enumerate(sources):
        if "PostPlanForm(" in text:
            return i
    raise AssertionError("no cell shows humas.forms.PostPlanForm")


def test_trainee_fills_post_plan_form_and_the_plan_file_is_saved(page, lab, steps):
    from playwright.sync_api import expect

    plan_file = lab.root / "latihan" / "rencana_post.json"
    assert not plan_file.exists()

    open_notebook(page, lab, "latihan/02-post.ipynb")
    steps.shot("notebook-dibuka")

    # Run All stops at the first unanswered cell (nbgrader's stub raises); the form
    # cell is then run on its own, as a trainee who starts with the form would.
    run_all(page)
    # Wait until Run All has stopped there, or the form cell's run would be aborted too.
    stub_error = page.locator(".jp-OutputArea-output", has_text="NotImplementedError").first
    expect(stub_error).to_contain_text("Jawaban belum diisi", timeout=60_000)
    lab.wait_kernels_idle(timeout=60)
    page.locator(".jp-Notebook .jp-Cell", has=stub_error).scroll_into_view_if_needed()
    steps.shot("run-all-berhenti-di-jawaban-kosong")
    index = form_cell_index(page)
    run_cell(page, index)
    form = page.locator(".humas-plan-form")
    expect(form).to_be_visible(timeout=60_000)
    lab.wait_kernels_idle(timeout=60)
    form.scroll_into_view_if_needed()
    steps.shot("formulir-tampil")

    agency = form.locator(".humas-plan-agency input")
    agency.fill(AGENCY)
    agency.press("Tab")
    steps.shot("instansi-diisi")
    facebook = form.locator(".humas-plan-platform-facebook input[type=checkbox]")
    facebook.check()
    expect(facebook).to_be_checked()
    # live feedback: the form reports unsaved input
    status = form.locator(".humas-plan-status")
    expect(status).to_contain_text("belum disimpan", timeout=15_000)
    facebook.scroll_into_view_if_needed()
    steps.shot("formulir-diisi")

    save = form.locator(".humas-plan-save")
    expect(save).to_contain_text("Simpan rencana")
    save.scroll_into_view_if_needed()
    save.click()
    expect(status).to_contain_text("Rencana tersimpan", timeout=30_000)
    steps.shot("rencana-tersimpan")

    assert plan_file.exists(), "the form did not write rencana_post.json next to the notebook"
    saved = json.loads(plan_file.read_text(encoding="utf-8"))
    assert saved["agency"] == AGENCY
    from humas import plans

    assert [plans.platform_code(name) for name in saved["technology"]] == ["facebook"]
