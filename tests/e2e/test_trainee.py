"""The trainee's day in JupyterLab, from the released exercise to the grade it earns.

Exercise 02-post is answered twice with the same content: once with the POST form
(the plan is saved to ``rencana_post.json`` and loaded by the answer cell), once by
typing the plan into the answer cell's text template. Each notebook is run, checked
with nbgrader's Validate button and saved in the browser, then autograded as a
submission. Both must earn exactly the points that this answer is known to deserve
(``tests/pipeline/answers_02.py``, the partial-credit sample ``contoh-sebagian``), so
also the same grade as each other.

Screenshots of every step: ``test-artifacts/e2e/<test name>/``.
"""

from __future__ import annotations

import json
import shutil

import pytest
from pipeline import answers_02 as answers  # tests/ is on sys.path (rootdir-based import)

from . import jlab

pytestmark = [
    pytest.mark.e2e,
    # pytest-base-url (pulled in by pytest-playwright) still defines its fixture the old way
    pytest.mark.filterwarnings("ignore:Session-scoped fixtures:pytest.PytestRemovedIn10Warning"),
]

SAMPLE = answers.PARTIAL  # contoh-sebagian: partial credit in every part
EXPECTED = {**answers.PARTIAL_POINTS, "jawaban_2d": None}  # 2d awaits the instructor
FORM_LINE = 'rencana_2b = humas.plans.load("rencana_post.json")\n'
ANSWER_2D = (
    "Saya tidak menyetujui usul itu. Menurut survei, hanya sebagian kecil warga 55+ di "
    "Kabupaten Teluk Biru yang memakai TikTok paling sedikit mingguan, sedangkan Facebook "
    "dipakai sebagian besar dari mereka. Kampanye untuk warga 55+ sebaiknya memakai Facebook "
    "dan WhatsApp dengan bahasa yang formal, sederhana, dan ramah."
)


def answer_common_cells(page) -> None:
    """Parts A, C and D, typed into their answer cells."""
    jlab.set_cell_source(page, jlab.cell_index(page, "# Jawaban Bagian A"), SAMPLE["jawaban_2a"])
    jlab.set_cell_source(page, jlab.cell_index(page, "# Jawaban Bagian C"), SAMPLE["jawaban_2c"])
    index_2d = jlab.cell_index(page, jlab.TEXT_STUB, kind="markdown")
    jlab.set_cell_source(page, index_2d, ANSWER_2D)
    jlab.run_cell(page, index_2d)  # render the Markdown again


def run_all_and_check_feedback(page, lab, steps) -> None:
    """Run every cell; no error anywhere; the visible checks give instant feedback."""
    from playwright.sync_api import expect

    jlab.run_all(page)
    lab.wait_kernels_idle(timeout=120)
    check_2b = jlab.cell(page, jlab.cell_index(page, "# Pemeriksaan rencana Bagian B"))
    output = check_2b.locator(".jp-OutputArea-output").first
    # the plan checker names the flaw of this plan: TikTok barely reaches the 55+ segment
    expect(output).to_contain_text("TikTok menjangkau 7%", timeout=60_000)
    check_2b.scroll_into_view_if_needed()
    steps.shot("umpan-balik-rencana")
    assert jlab.error_outputs(page) == []


def validate_and_save(page, steps) -> None:
    """Validate, as the notebook asks before submitting, then save.

    Every answer is given, so nothing is reported as missing; the one check this
    partial answer does not meet (the plan's reach) is reported with its Indonesian
    reason. nbgrader's own words in the dialog are English (its lab extension has no
    translations): the notebook explains them.
    """
    message = jlab.validate(page)
    steps.shot("validate-sesudah-dijawab")
    jlab.close_dialog(page)
    assert "did not provide a response" not in message, message
    assert "belum diisi" not in message, message
    assert "belum terpenuhi seluruhnya" in message and "TikTok menjangkau 7%" in message
    jlab.save(page)
    steps.shot("tersimpan")


def test_plan_entered_in_the_form_earns_the_points_it_deserves(page, lab, steps):
    from playwright.sync_api import expect

    from humas import plans

    workspace = lab.root / "latihan"
    plan_file = workspace / "rencana_post.json"
    assert not plan_file.exists()
    jlab.open_notebook(page, lab, "latihan/02-post.ipynb")
    steps.shot("notebook-dibuka")

    # Validate before answering: every unanswered part is reported, in Indonesian
    # where the words are the course's (nbgrader's own are English).
    message = jlab.validate(page)
    steps.shot("validate-belum-dijawab")
    jlab.close_dialog(page)
    assert "You did not provide a response." in message  # part D, a text answer
    assert message.count("belum terpenuhi seluruhnya") == 3, message  # checks of A, B, C
    assert "belum diisi" in message

    # The setup cell, then the form cell, as a trainee who starts with the form.
    jlab.run_cell(page, 0)
    lab.wait_kernels_idle(timeout=60)
    widget_cell = jlab.cell_index(page, "PostPlanForm(")
    jlab.run_cell(page, widget_cell)
    form = jlab.widget_of(page, widget_cell, ".humas-plan-form")
    lab.wait_kernels_idle(timeout=60)
    form.scroll_into_view_if_needed()
    steps.shot("formulir-tampil")

    plan = jlab.plan_of(SAMPLE["jawaban_2b"])
    jlab.fill_plan_form(page, form, plan)
    # live feedback while typing: numbers read back, reach per segment, unsaved state
    expect(form).to_contain_text("Terbaca sebagai angka 448")
    preview = form.locator(".humas-plan-preview")
    expect(preview).to_contain_text("Pratinjau jangkauan mingguan")
    expect(preview).to_contain_text("TikTok 7%")
    status = form.locator(".humas-plan-status")
    expect(status).to_contain_text("belum disimpan")
    preview.scroll_into_view_if_needed()
    steps.shot("formulir-diisi-pratinjau")

    form.locator(".humas-plan-save").click()
    expect(status).to_contain_text("Rencana tersimpan", timeout=30_000)
    steps.shot("rencana-tersimpan")
    saved = json.loads(plan_file.read_text(encoding="utf-8"))
    assert saved == plans.PostPlan.from_dict(plan).to_dict()

    # The answer cell loads the saved plan (the line the notebook tells them to use).
    jlab.set_cell_source(page, jlab.cell_index(page, "# Jawaban Bagian B"), FORM_LINE)
    answer_common_cells(page)
    run_all_and_check_feedback(page, lab, steps)
    validate_and_save(page, steps)

    scores = jlab.autograde_folder(lab, workspace, "peserta-formulir")
    assert scores == EXPECTED


def test_plan_typed_into_the_template_gets_the_same_grade(page, lab, steps):
    # A second copy of the exercise, in its own folder: no form and no plan file.
    folder = lab.root / "latihan" / "ketik"
    folder.mkdir()
    shutil.copy(lab.course / "release" / "02-post" / "02-post.ipynb", folder)
    jlab.open_notebook(page, lab, "latihan/ketik/02-post.ipynb")
    steps.shot("notebook-dibuka")

    index_2b = jlab.cell_index(page, "# Jawaban Bagian B")
    jlab.set_cell_source(page, index_2b, SAMPLE["jawaban_2b"])
    assert "rencana_2b = {'agency'" in jlab.editor_text(page, index_2b)
    answer_common_cells(page)
    run_all_and_check_feedback(page, lab, steps)
    validate_and_save(page, steps)
    assert not (folder / "rencana_post.json").exists()

    scores = jlab.autograde_folder(lab, folder, "peserta-ketik")
    assert scores == EXPECTED
