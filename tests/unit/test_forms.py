"""humas.forms: the POST plan form, filled headless as a trainee would (no browser)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("ipywidgets")
import ipywidgets as widgets  # noqa: E402

from humas import plans  # noqa: E402
from humas.forms import PostPlanForm  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

TYPED = {
    "agency": "Dinas Kesehatan Kabupaten Teluk Biru",
    "people": [
        {
            "name": "Warga lansia di perdesaan",
            "filters": {"age_band": ["55+"], "area_type": ["perdesaan"]},
            "size": 150,
        },
        {
            "name": "Orang tua muda di Teluk Biru",
            "filters": {"age_band": ["25-34", "35-44"], "region": ["Kabupaten Teluk Biru"]},
            "size": 1200,
        },
    ],
    "objectives": [
        {
            "kind": "talking",
            "description": "Warga mengetahui langkah 3M Plus untuk mencegah DBD.",
            "metric": "jangkauan unggahan",
            "target": 100000,
            "deadline": "2026-09-27",
        },
        {
            "kind": "supporting",
            "description": "Pertanyaan warga tentang DBD dijawab cepat.",
            "metric": "persentase pertanyaan dijawab dalam 1 hari kerja",
            "target": 92.5,
            "deadline": "2026-12-31",
        },
    ],
    "strategy": "Dinas menjadi rujukan tepercaya tentang DBD: pesan singkat setiap minggu.",
    "technology": ["whatsapp", "facebook"],
    "tone": "formal dan ramah",
    "responsibilities": {
        "administrator": "Kepala Dinas Kesehatan",
        "operator": "Pranata Humas Dinas Kesehatan",
    },
}


def fill_like_a_trainee(form: PostPlanForm) -> None:
    """Enter TYPED in the widgets, field by field."""
    form.agency.value = "Dinas Kesehatan Kabupaten Teluk Biru"
    seg = form.segments[0]
    seg.name.value = "Warga lansia di perdesaan"
    seg.age_band.value = ("55+",)
    seg.area_type.value = ("perdesaan",)
    seg.size.value = "150"
    seg = form.segments[1]
    seg.name.value = "Orang tua muda di Teluk Biru"
    seg.age_band.value = ("25-34", "35-44")
    seg.region.value = ("Kabupaten Teluk Biru",)
    seg.size.value = "1.200"  # Indonesian thousands separator
    obj = form.objectives[0]
    obj.kind.value = "talking"
    obj.description.value = "Warga mengetahui langkah 3M Plus untuk mencegah DBD."
    obj.metric.value = "jangkauan unggahan"
    obj.target.value = "100.000"
    obj.deadline.value = dt.date(2026, 9, 27)
    obj = form.objectives[1]
    obj.kind.value = "supporting"
    obj.description.value = "Pertanyaan warga tentang DBD dijawab cepat."
    obj.metric.value = "persentase pertanyaan dijawab dalam 1 hari kerja"
    obj.target.value = "92,5"  # decimal comma
    obj.deadline.value = dt.date(2026, 12, 31)
    form.strategy.value = (
        "Dinas menjadi rujukan tepercaya tentang DBD: pesan singkat setiap minggu."
    )
    form.platforms["whatsapp"].value = True
    form.platforms["facebook"].value = True
    form.tone.value = "formal dan ramah"
    form.administrator.value = "Kepala Dinas Kesehatan"
    form.operator.value = "Pranata Humas Dinas Kesehatan"


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "rencana_post.json"


@pytest.fixture
def saved_form(plan_path: Path) -> PostPlanForm:
    form = PostPlanForm(plan_path)
    fill_like_a_trainee(form)
    form.save_button.click()
    return form


def walk(widget: object):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


INPUT_TYPES = (
    widgets.Text,
    widgets.Textarea,
    widgets.Combobox,
    widgets.Dropdown,
    widgets.SelectMultiple,
    widgets.Select,
    widgets.Checkbox,
    widgets.DatePicker,
    widgets.IntText,
    widgets.FloatText,
    widgets.BoundedFloatText,
    widgets.BoundedIntText,
    widgets.ToggleButtons,
    widgets.RadioButtons,
)


# --------------------------------------------------------------------------- saving


def test_saved_plan_equals_the_typed_plan(saved_form: PostPlanForm, plan_path: Path) -> None:
    expected = plans.PostPlan.from_dict(TYPED)
    loaded = plans.load(plan_path)
    assert loaded == expected
    assert loaded.to_dict() == expected.to_dict() == saved_form.to_dict()
    assert loaded.people[1].size == 1200
    assert loaded.objectives[0].target == 100000
    assert loaded.objectives[1].target == 92.5
    assert "rencana_post.json" in saved_form.status.value
    assert "tersimpan" in saved_form.status.value


def test_the_file_is_utf8_json_in_template_form(saved_form: PostPlanForm, plan_path: Path):
    data = json.loads(plan_path.read_text(encoding="utf-8"))
    assert list(data) == list(plans.template())


def test_checker_grades_the_form_plan_like_the_typed_plan(saved_form, plan_path: Path) -> None:
    if not (ROOT / "graders" / "post_plan.py").exists():
        pytest.skip("graders/post_plan.py belum ada")
    import graders
    import humas.data

    audience = humas.data.load("audience_survey")
    from_form = graders.check_post_plan(plans.load(plan_path), audience)
    typed = graders.check_post_plan(TYPED, audience)
    assert from_form.score == typed.score
    assert [(i.code, i.passed) for i in from_form.items] == [
        (i.code, i.passed) for i in typed.items
    ]


def test_checker_grades_a_flawed_form_plan_like_the_typed_one(plan_path: Path) -> None:
    if not (ROOT / "graders" / "post_plan.py").exists():
        pytest.skip("graders/post_plan.py belum ada")
    import graders
    import humas.data

    typed = {
        "agency": "Dinas Kesehatan",
        "people": [{"name": "Lansia", "filters": {"age_band": ["55+"]}, "size": 300}],
        "objectives": [{"kind": "energizing", "metric": "jumlah video", "target": None}],
        "strategy": "",
        "technology": ["tiktok"],
        "tone": "santai dan akrab",
        "responsibilities": {"administrator": "", "operator": "Staf magang"},
    }
    form = PostPlanForm(plan_path)
    form.agency.value = "Dinas Kesehatan"
    form.segments[0].name.value = "Lansia"
    form.segments[0].age_band.value = ("55+",)
    form.segments[0].size.value = "300"
    form.objectives[0].kind.value = "energizing"
    form.objectives[0].metric.value = "jumlah video"
    form.platforms["tiktok"].value = True
    form.tone.value = "santai dan akrab"
    form.operator.value = "Staf magang"
    form.save_button.click()
    audience = humas.data.load("audience_survey")
    from_form = graders.check_post_plan(plans.load(plan_path), audience)
    from_dict = graders.check_post_plan(typed, audience)
    assert 0 < from_form.score < 1
    assert from_form.score == from_dict.score
    assert [str(i) for i in from_form.items] == [str(i) for i in from_dict.items]


def test_unsaved_changes_are_announced_and_not_written(saved_form, plan_path: Path) -> None:
    before = plan_path.read_bytes()
    saved_form.agency.value = "Dinas Kominfo"
    assert "belum disimpan" in saved_form.status.value
    assert plan_path.read_bytes() == before
    saved_form.save_button.click()
    assert plans.load(plan_path).agency == "Dinas Kominfo"


def test_float_targets_survive_a_round_trip(plan_path: Path) -> None:
    form = PostPlanForm(plan_path)
    form.objectives[0].kind.value = "listening"
    form.objectives[0].target.value = "1,234"
    form.save_button.click()
    assert plans.load(plan_path).objectives[0].target == 1.234
    again = PostPlanForm(plan_path)
    assert again.objectives[0].target.value == "1,234"
    assert again.to_dict() == form.to_dict()


# --------------------------------------------------------------------------- re-running the cell


def test_a_new_form_prefills_from_the_file_and_does_not_change_it(saved_form, plan_path: Path):
    before = plan_path.read_bytes()
    mtime = plan_path.stat().st_mtime_ns
    again = PostPlanForm(plan_path)
    assert plan_path.read_bytes() == before
    assert plan_path.stat().st_mtime_ns == mtime
    assert again.to_dict() == saved_form.to_dict()
    assert again.agency.value == "Dinas Kesehatan Kabupaten Teluk Biru"
    assert again.segments[1].age_band.value == ("25-34", "35-44")
    assert again.segments[1].size.value == "1200"
    assert again.objectives[0].deadline.value == dt.date(2026, 9, 27)
    assert again.objectives[1].target.value == "92,5"
    assert again.platforms["whatsapp"].value and not again.platforms["tiktok"].value
    assert "tersimpan" in again.status.value
    again.save_button.click()  # saving what is shown writes the same file
    assert plan_path.read_bytes() == before


def test_building_a_form_without_a_file_writes_nothing(plan_path: Path) -> None:
    PostPlanForm(plan_path)
    assert not plan_path.exists()


def test_prefill_keeps_what_the_form_cannot_show(plan_path: Path) -> None:
    written = {
        "agency": "Diskominfo",
        "people": [
            {"name": f"Segmen {i}", "filters": {"gender": ["perempuan"]}, "size": i}
            for i in range(1, 5)
        ],
        "objectives": [{"kind": "talking", "metric": "jangkauan", "deadline": "akhir tahun"}],
        "technology": ["WhatsApp", "situs web"],
        "responsibilities": {"administrator": "Kepala Dinas", "verifikator": "Sekretaris"},
    }
    plans.save(written, plan_path)
    form = PostPlanForm(plan_path)
    expected = plans.PostPlan.from_dict(written).to_dict()
    expected["technology"] = ["whatsapp", "situs web"]
    expected["responsibilities"] = {
        "administrator": "Kepala Dinas",
        "operator": "",
        "verifikator": "Sekretaris",
    }
    assert form.to_dict() == expected
    assert "akhir tahun" in form.objectives[0].note.value
    assert form.other_channels.value == "situs web"
    assert "gender" in form.segments[0].note.value
    assert "1 segmen" in form.people_note.value


def test_prefill_reads_indonesian_objective_names_and_other_spellings(plan_path: Path) -> None:
    plans.save(
        {
            "people": [{"name": "Warga", "filters": {"Area_Type": ["Perdesaan"]}}],
            "objectives": [{"kind": "Berbicara"}, {"kind": "viral"}],
            "technology": "WA, Twitter",
        },
        plan_path,
    )
    form = PostPlanForm(plan_path)
    assert form.segments[0].area_type.value == ("perdesaan",)
    assert form.objectives[0].kind.value == "talking"
    assert form.objectives[1].kind.value == "viral"  # kept, so the checker can say why
    assert form.platforms["whatsapp"].value and form.platforms["x"].value


def test_a_file_that_is_not_json_is_reported_and_left_alone(plan_path: Path) -> None:
    plan_path.write_text("{ bukan json", encoding="utf-8")
    form = PostPlanForm(plan_path)
    assert plan_path.read_text(encoding="utf-8") == "{ bukan json"
    assert "tidak dapat dibaca" in form.status.value
    assert form.to_dict()["agency"] == ""


# --------------------------------------------------------------------------- partial and empty


def test_empty_form_saves_a_valid_partial_plan(plan_path: Path) -> None:
    form = PostPlanForm(plan_path)
    assert form.save() == plan_path
    data = json.loads(plan_path.read_text(encoding="utf-8"))
    assert data["people"] == [] and data["objectives"] == []
    assert data["responsibilities"] == {"administrator": "", "operator": ""}
    assert plans.load(plan_path) == plans.PostPlan.from_dict(data)


def test_half_filled_objective_keeps_blanks_blank(plan_path: Path) -> None:
    form = PostPlanForm(plan_path)
    form.objectives[0].kind.value = "energizing"
    form.objectives[0].target.value = "tujuh puluh"
    assert "Belum terbaca" in form.objectives[0].target_hint.value
    form.segments[2].size.value = "284"
    form.save_button.click()
    plan = plans.load(plan_path)
    assert plan.objectives == [plans.Objective(kind="energizing")]
    assert plan.people == [plans.Segment(size=284)]


def test_a_file_that_cannot_be_written_never_raises(tmp_path: Path) -> None:
    form = PostPlanForm(tmp_path / "tidak-ada" / "rencana.json")
    form.agency.value = "Dinas Kesehatan"
    form.save_button.click()
    assert form.save() is None
    assert "belum tersimpan" in form.status.value


# --------------------------------------------------------------------------- accessibility


def test_every_input_has_a_visible_label(plan_path: Path) -> None:
    form = PostPlanForm(plan_path)
    shown = [w for w in walk(form.widget) if isinstance(w, INPUT_TYPES)]
    assert len(shown) >= 30
    assert {id(w) for w in shown} == {id(w) for w in form.inputs()}
    for widget in shown:
        assert isinstance(widget.description, str) and widget.description.strip(), widget
        if not isinstance(widget, widgets.Checkbox):  # checkbox labels sit beside the box
            assert widget.style.description_width == "initial", widget.description
    descriptions = [w.description for w in shown]
    assert len(set(descriptions)) == len(descriptions), "labels must tell the fields apart"
    buttons = [w for w in walk(form.widget) if isinstance(w, widgets.Button)]
    assert [b.description for b in buttons] == ["Simpan rencana"]


def test_inputs_carry_stable_css_classes_for_browser_tests(plan_path: Path) -> None:
    form = PostPlanForm(plan_path)
    assert "humas-plan-agency" in form.agency._dom_classes
    assert "humas-plan-save" in form.save_button._dom_classes
    assert "humas-plan-objective2-deadline" in form.objectives[1].deadline._dom_classes


# --------------------------------------------------------------------------- live preview


def test_preview_shows_weekly_reach_of_the_chosen_platforms(plan_path: Path) -> None:
    import humas.data

    survey = humas.data.load("audience_survey")
    form = PostPlanForm(plan_path, survey=survey)
    assert form.preview.value == ""
    form.segments[0].name.value = "Lansia"
    form.segments[0].age_band.value = ("55+",)
    assert "centang platform" in form.preview.value
    form.platforms["whatsapp"].value = True
    form.platforms["tiktok"].value = True
    shares = plans.reach(survey, {"age_band": ["55+"]}, ["whatsapp", "tiktok"])
    assert f"WhatsApp {shares['whatsapp'] * 100:.0f}%" in form.preview.value
    assert f"TikTok {shares['tiktok'] * 100:.0f}%" in form.preview.value
    assert "Lansia" in form.preview.value
    assert not plan_path.exists()


def test_no_preview_without_survey(plan_path: Path) -> None:
    form = PostPlanForm(plan_path)
    form.segments[0].age_band.value = ("55+",)
    form.platforms["whatsapp"].value = True
    assert form.preview.value == ""


# --------------------------------------------------------------------------- imports


def test_importing_humas_does_not_import_ipywidgets() -> None:
    code = (
        "import sys, humas, humas.forms, humas.plans; "
        "assert 'ipywidgets' not in sys.modules, 'ipywidgets imported'"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_the_form_displays_as_its_widget(plan_path: Path) -> None:
    form = PostPlanForm(plan_path)
    bundle = form._repr_mimebundle_()
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == form.widget.model_id
    assert "rencana_post.json" in bundle["text/plain"]
