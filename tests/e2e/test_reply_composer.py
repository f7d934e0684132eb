"""Module 4's reply composer in the browser: live feedback, saved replies, graded.

The trainee opens 04-tanggapan, writes the six replies of part C in the composer (the
source solution's texts), sees the count and the checker's feedback while typing,
saves, loads the replies in the answer cell and saves the notebook. Autograde then
gives part C its full 8 points (parts A and B, unanswered, 0).
"""

from __future__ import annotations

import json

import pytest

from . import jlab

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.filterwarnings("ignore:Session-scoped fixtures:pytest.PytestRemovedIn10Warning"),
]

LOAD_LINE = 'balasan_4c = humas.posts.load_replies("balasan.json")\n'


def solution_replies(lab) -> dict:
    from graders.nbgrader_ext import samples

    source = samples.solutions(lab.course / "source" / "04-tanggapan" / "04-tanggapan.ipynb")
    namespace: dict = {}
    exec(source["jawaban_4c"], namespace)
    return namespace["balasan_4c"]


def test_replies_written_in_the_composer_get_live_feedback_and_are_graded(page, lab, steps):
    from playwright.sync_api import expect

    wanted = solution_replies(lab)
    workspace = lab.root / "latihan"
    jlab.open_notebook(page, lab, "latihan/04-tanggapan.ipynb")
    jlab.run_cell(page, 0)
    lab.wait_kernels_idle(timeout=60)
    jlab.run_cell(page, jlab.cell_index(page, "KOMENTAR_4C = ["))
    widget_cell = jlab.cell_index(page, "ReplyComposer(")
    jlab.run_cell(page, widget_cell)
    composer = jlab.widget_of(page, widget_cell, ".humas-reply-composer")
    lab.wait_kernels_idle(timeout=60)
    expect(composer).to_contain_text("beasiswa Nusa Bahari Cerdas")  # the comment is shown

    # A curt reply first: the checker says what is missing while the trainee types.
    k2 = composer.locator(".humas-reply-K2-text textarea")
    k2.click()
    page.keyboard.type("Sabar ya")
    feedback = composer.locator(".humas-reply-K2-feedback")
    expect(feedback).to_contain_text("perlu diperbaiki", timeout=15_000)
    expect(composer.locator(".humas-reply-K2-counter")).to_contain_text("8 / 63.206 karakter")
    steps.shot("umpan-balik-saat-mengetik")

    for cid, text in wanted.items():
        composer.locator(f".humas-reply-{cid}-text textarea").fill(text)
    for cid in wanted:
        expect(composer.locator(f".humas-reply-{cid}-feedback")).to_contain_text(
            "(100%)", timeout=15_000
        )
    composer.locator(".humas-reply-save").click()
    expect(composer.locator(".humas-reply-status")).to_contain_text(
        "Balasan tersimpan", timeout=30_000
    )
    steps.shot("balasan-tersimpan")
    assert json.loads((workspace / "balasan.json").read_text(encoding="utf-8")) == wanted

    answer = jlab.cell_index(page, "# Jawaban Bagian C")
    jlab.set_cell_source(page, answer, LOAD_LINE)
    jlab.run_cell(page, answer)
    lab.wait_kernels_idle(timeout=60)
    jlab.save(page)
    steps.shot("notebook-tersimpan")

    scores = jlab.autograde_folder(lab, workspace, "peserta-penyusun", assignment="04-tanggapan")
    assert {k: scores[k] for k in ("cek_4a", "cek_4b", "cek_4c")} == {
        "cek_4a": 0.0,
        "cek_4b": 0.0,
        "cek_4c": 8.0,
    }
