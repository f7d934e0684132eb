"""What a trainee does in JupyterLab, as Playwright steps (used by the browser tests).

Selectors rely on JupyterLab's stable classes and ``data-command`` attributes, not on
UI text, which is Indonesian or English depending on the language pack. Playwright is
only imported by the tests' fixtures; this module needs none of it at import time.
"""

from __future__ import annotations

import ast
import shutil
import time
from pathlib import Path
from typing import Any

# cells of the notebook in the current tab only (a restored workspace may hold others)
CELLS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell"
STUB_TEXT = "Jawaban belum diisi"  # nbgrader's code stub (exercises/nbgrader_config.py)
TEXT_STUB = "TULIS JAWABAN ANDA DI SINI."  # nbgrader's text stub


def open_notebook(page, lab, path: str) -> None:
    """Open ``path`` (relative to the server root) and wait for its kernel."""
    # "reset": a fresh layout with only this notebook, whatever an earlier test left open
    page.goto(lab.url(f"/lab/tree/{path}") + "&reset")
    page.locator(CELLS).first.wait_for(timeout=60_000)
    lab.wait_kernels_idle(timeout=90)


def menu_command(page, menu: str, command: str) -> None:
    """Open a main-menu menu (its label) and click a command by its id."""
    page.locator(".lm-MenuBar-item", has_text=menu).first.click()
    page.locator(f'.lm-Menu-item[data-command="{command}"]').first.click()


def run_all(page) -> None:
    """Run → Run All Cells (the menu bar stays English; the command id is stable)."""
    menu_command(page, "Run", "runmenu:run-all")


def cell(page, index: int):
    return page.locator(CELLS).nth(index)


def cell_index(page, marker: str, *, kind: str = "code", timeout: float = 60) -> int:
    """Index of the first ``kind`` cell (code or markdown) whose text holds ``marker``.

    Waits up to ``timeout`` seconds: on a busy machine JupyterLab renders the cells of a
    long notebook some time after the first one appears.
    """
    deadline = time.monotonic() + timeout
    while True:
        found = _find_cell(page, marker, kind)
        if found is not None:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"no {kind} cell contains {marker!r}")
        page.wait_for_timeout(500)


def _find_cell(page, marker: str, kind: str) -> int | None:
    cells = page.locator(CELLS)
    for i in range(cells.count()):
        item = cells.nth(i)
        classes = item.get_attribute("class") or ""
        if f"jp-{kind.capitalize()}Cell" not in classes:
            continue
        # textContent, not innerText: cells scrolled out of view are not rendered
        # (content-visibility), and their innerText is empty
        text = (
            item.locator(".jp-InputArea-editor").text_content()
            if kind == "code"
            else item.text_content()
        )
        if marker in (text or ""):
            return i
    return None


def run_cell(page, index: int) -> None:
    """Select cell ``index`` and run it with Ctrl+Enter (no new cell is added).

    Waits until the cell's prompt changes (``[*]`` while queued or running, then its
    execution count): on a busy machine a click can land while the notebook is still
    laying out, and the key then goes nowhere. The keys are pressed again only if the
    prompt never changed, so a cell is not queued twice.
    """
    target = cell(page, index)
    if "jp-CodeCell" not in (target.get_attribute("class") or ""):
        # a Markdown cell is rendered, with no prompt to watch
        target.scroll_into_view_if_needed()
        target.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Control+Enter")
        return
    prompt = target.locator(".jp-InputPrompt")
    before = prompt.text_content()
    for _attempt in range(3):
        target.scroll_into_view_if_needed()
        target.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Control+Enter")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if prompt.text_content() != before:
                return
            page.wait_for_timeout(200)
    raise AssertionError(f"cell {index} did not start running (prompt still {before!r})")


def widget_of(page, index: int, css: str, timeout: float = 60):
    """The widget ``css`` that running cell ``index`` displays, once it is visible.

    When it does not appear, the error says what the cell showed instead (its prompt
    and output text: a traceback, "Loading widget...", an error message), so that a
    failure in CI can be understood from the log alone.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    found = page.locator(css)
    try:
        found.first.wait_for(state="visible", timeout=timeout * 1000)
    except PlaywrightTimeout:
        target = cell(page, index)
        prompt = target.locator(".jp-InputPrompt").text_content()
        shown = target.locator(".jp-OutputArea").first.text_content()
        raise AssertionError(
            f"{css} not shown after running cell {index}; prompt {prompt!r}, output {shown!r}"
        ) from None
    return found


def set_cell_source(page, index: int, text: str) -> None:
    """Replace a cell's text as a trainee does: click into it, select all, type.

    The text is inserted in one go (as a paste would), so the editor's auto-indent and
    bracket closing do not alter it. A rendered Markdown cell is opened by double-click.
    """
    target = cell(page, index)
    target.scroll_into_view_if_needed()
    editor = target.locator(".jp-InputArea-editor")
    if not editor.is_visible():
        target.dblclick()
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(text)
    page.keyboard.press("Escape")  # back to command mode


def editor_text(page, index: int) -> str:
    return cell(page, index).locator(".jp-InputArea-editor .cm-content").text_content() or ""


def save(page) -> None:
    """Ctrl+S, then wait until the tab no longer shows unsaved changes."""
    from playwright.sync_api import expect

    page.keyboard.press("Escape")
    page.keyboard.press("Control+s")
    expect(page.locator(".lm-TabBar-tab.jp-mod-current.jp-mod-dirty")).to_have_count(
        0, timeout=30_000
    )


def validate(page) -> str:
    """Press nbgrader's Validate button; return the result dialog's text and close it."""
    page.locator(
        ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-NotebookPanel-toolbar .validate-button"
    ).click()
    message = page.locator(".jp-Dialog #validation-message")
    message.wait_for(timeout=180_000)
    text = message.inner_text()
    return text


def close_dialog(page) -> None:
    from playwright.sync_api import expect

    page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").first.click()
    expect(page.locator(".jp-Dialog")).to_have_count(0, timeout=10_000)


def error_outputs(page) -> list[str]:
    """Text of every error output (tracebacks) shown in the notebook."""
    return page.locator(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], '
        ".jp-OutputArea-output.jp-RenderedText[data-mime-type='application/vnd.jupyter.error']"
    ).all_inner_texts()


# ----------------------------------------------------------------------------- answers
def plan_of(typed_answer: str) -> dict[str, Any]:
    """The dict of a typed ``rencana_2b = {...}`` answer cell."""
    return ast.literal_eval(typed_answer.split("=", 1)[1].strip())


def fill_plan_form(page, form, plan: dict[str, Any]) -> None:
    """Enter ``plan`` in the POST form the way a trainee does: type, pick, tick.

    Supports what the form shows: up to three segments (age band, area type and
    region filters) and three objectives.
    """
    from humas import forms, plans

    form.locator(".humas-plan-agency input").fill(plan["agency"])
    for i, segment in enumerate(plan["people"], start=1):
        form.locator(f".humas-plan-segment{i}-name input").fill(segment["name"])
        for column, css in (
            ("age_band", "age-band"),
            ("area_type", "area-type"),
            ("region", "region"),
        ):
            values = segment["filters"].get(column)
            if values:
                labels = [forms.option_label(column, v) for v in values]
                form.locator(f".humas-plan-segment{i}-{css} select").select_option(value=labels)
        form.locator(f".humas-plan-segment{i}-size input").fill(str(segment["size"]))
    for i, objective in enumerate(plan["objectives"], start=1):
        label = forms.objective_option_label(plans.objective_kind(objective["kind"]))
        form.locator(f".humas-plan-objective{i}-kind select").select_option(value=label)
        form.locator(f".humas-plan-objective{i}-description textarea").fill(
            objective["description"]
        )
        form.locator(f".humas-plan-objective{i}-metric input").fill(objective["metric"])
        form.locator(f".humas-plan-objective{i}-target input").fill(str(objective["target"]))
        form.locator(f".humas-plan-objective{i}-deadline input").fill(objective["deadline"])
    form.locator(".humas-plan-strategy textarea").fill(plan["strategy"])
    for name in plan["technology"]:
        code = plans.platform_code(name)
        form.locator(f".humas-plan-platform-{code} input[type=checkbox]").check()
    form.locator(".humas-plan-tone input").fill(plan["tone"])
    roles = plan["responsibilities"]
    form.locator(".humas-plan-administrator input").fill(roles["administrator"])
    form.locator(".humas-plan-operator input").fill(roles["operator"])
    # leave the last field so that its value reaches the kernel
    form.locator(".humas-plan-operator input").press("Tab")


# ----------------------------------------------------------------------------- grading
def autograde_folder(lab, folder: Path, student: str, assignment: str = "02-post") -> dict:
    """Submit what the trainee saved in ``folder`` (the notebook and any plan file) as
    ``student`` and autograde it with ``humas-lab autograde``'s code; return the points
    per grade cell (None: awaits manual grading)."""
    from graders.nbgrader_ext.cli import autograde, question_scores

    target = lab.course / "submitted" / student / assignment
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for pattern in (f"{assignment}.ipynb", "*.json"):  # plan, drafts, replies
        for path in folder.glob(pattern):
            shutil.copy(path, target / path.name)
    status = autograde(lab.course, assignment, [student])
    assert status == {student: "ok"}, status
    return question_scores(lab.course, assignment, student)
