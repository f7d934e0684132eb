"""Module 3's post editor in the browser: live count and feedback, saved drafts, graded.

The trainee opens 03-konten, types the three posts of part A in the editor (the
source solution's texts), sees the character count and the checker's feedback change
while typing, saves, loads the drafts in the answer cell and saves the notebook.
Autograde then gives part A its full 9 points (the other parts, unanswered, 0).
"""

from __future__ import annotations

import json

import pytest

from . import jlab

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.filterwarnings("ignore:Session-scoped fixtures:pytest.PytestRemovedIn10Warning"),
]

LOAD_LINE = 'unggahan_3a = humas.posts.load_drafts("draf_unggahan.json")\n'


def solution_posts(lab) -> dict:
    from graders.nbgrader_ext import samples

    source = samples.solutions(lab.course / "source" / "03-konten" / "03-konten.ipynb")
    namespace: dict = {}
    exec(source["jawaban_3a"], namespace)
    return namespace["unggahan_3a"]


def test_posts_typed_in_the_editor_get_live_feedback_and_are_graded(page, lab, steps):
    from playwright.sync_api import expect

    from humas import posts

    wanted = posts.normalize_drafts(solution_posts(lab))
    workspace = lab.root / "latihan"
    jlab.open_notebook(page, lab, "latihan/03-konten.ipynb")
    jlab.run_cell(page, 0)
    lab.wait_kernels_idle(timeout=60)
    jlab.run_cell(page, jlab.cell_index(page, "KONTEKS_3A = {"))
    widget_cell = jlab.cell_index(page, "PostEditor(")
    jlab.run_cell(page, widget_cell)
    editor = jlab.widget_of(page, widget_cell, ".humas-post-editor")
    lab.wait_kernels_idle(timeout=60)

    # Typing key by key: the counter and the checker follow.
    x_text = editor.locator(".humas-post-x-text textarea")
    x_text.click()
    page.keyboard.type("Ayo cek jentik!!")
    counter = editor.locator(".humas-post-x-counter")
    expect(counter).to_contain_text("16 / 280 karakter", timeout=15_000)
    feedback = editor.locator(".humas-post-x-feedback")
    expect(feedback).to_contain_text("Tanda baca berulang", timeout=15_000)  # "!!"
    steps.shot("umpan-balik-saat-mengetik")

    x_text.fill(wanted["x"]["text"])
    expect(counter).to_contain_text(f"{posts.post_length(wanted['x']['text'], 'x')} / 280")
    expect(feedback).to_contain_text("(100%)", timeout=15_000)
    editor.locator(".humas-post-instagram-text textarea").fill(wanted["instagram"]["text"])
    editor.locator(".humas-post-instagram-alt textarea").fill(wanted["instagram"]["alt_text"])
    editor.locator(".humas-post-facebook-text textarea").fill(wanted["facebook"]["text"])
    expect(editor.locator(".humas-post-instagram-feedback")).to_contain_text("(100%)")
    expect(editor.locator(".humas-post-facebook-feedback")).to_contain_text("(100%)")
    status = editor.locator(".humas-post-status")
    expect(status).to_contain_text("belum disimpan")
    editor.locator(".humas-post-save").click()
    expect(status).to_contain_text("Draf tersimpan", timeout=30_000)
    steps.shot("draf-tersimpan")
    saved = json.loads((workspace / "draf_unggahan.json").read_text(encoding="utf-8"))
    assert saved == wanted

    answer = jlab.cell_index(page, "# Jawaban Bagian A")
    jlab.set_cell_source(page, answer, LOAD_LINE)
    jlab.run_cell(page, answer)
    jlab.run_cell(page, jlab.cell_index(page, "# Pemeriksaan Bagian A"))
    lab.wait_kernels_idle(timeout=60)
    jlab.save(page)
    steps.shot("notebook-tersimpan")

    scores = jlab.autograde_folder(lab, workspace, "peserta-editor", assignment="03-konten")
    assert {k: scores[k] for k in ("cek_3a", "cek_3b", "cek_3c", "cek_3d")} == {
        "cek_3a": 9.0,
        "cek_3b": 0.0,
        "cek_3c": 0.0,
        "cek_3d": 0.0,
    }
