"""humas.plans: the POST plan model, its JSON files and the audience helpers."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from humas import data, plans
from humas.plans import Objective, PostPlan, Segment

ROOT = Path(__file__).resolve().parents[2]

PLAN = {
    "agency": "Dinas Kesehatan Provinsi Nusa Bahari",
    "people": [
        {"name": "Lansia 55+", "filters": {"age_band": ["55+"]}, "size": 284},
        {
            "name": "Warga perdesaan peminat kesehatan",
            "filters": {"area_type": ["perdesaan"], "topics_of_interest": ["kesehatan"]},
            "size": 424,
        },
    ],
    "objectives": [
        {
            "kind": "supporting",
            "description": "Menjawab pertanyaan warga tentang gejala DBD",
            "metric": "persentase pertanyaan dijawab dalam 24 jam",
            "target": 90,
            "deadline": "2026-09-27",
        }
    ],
    "strategy": "Menjawab pertanyaan warga tentang DBD — cepat dan ramah.",
    "technology": ["whatsapp", "facebook"],
    "tone": "formal, sederhana, dan ramah",
    "responsibilities": {
        "administrator": "Kepala Dinas Kesehatan",
        "operator": "Pranata Humas Dinas Kesehatan",
    },
}


@pytest.fixture(scope="module")
def survey() -> pd.DataFrame:
    return data.load("audience_survey")


# --------------------------------------------------------------------------- model


def test_from_dict_reads_a_complete_plan():
    plan = PostPlan.from_dict(PLAN)
    assert plan.agency == "Dinas Kesehatan Provinsi Nusa Bahari"
    assert plan.people[1] == Segment(
        "Warga perdesaan peminat kesehatan",
        {"area_type": ["perdesaan"], "topics_of_interest": ["kesehatan"]},
        424,
    )
    assert plan.objectives[0].deadline == dt.date(2026, 9, 27)
    assert plan.objectives[0].target == 90
    assert plan.technology == ["whatsapp", "facebook"]
    assert plan.responsibilities["administrator"] == "Kepala Dinas Kesehatan"


def test_to_dict_round_trips():
    plan = PostPlan.from_dict(PLAN)
    again = plan.to_dict()
    assert again == PLAN
    assert PostPlan.from_dict(again) == plan


def test_template_is_an_empty_plan_with_the_contract_keys():
    t = plans.template()
    assert list(t) == [
        "agency",
        "people",
        "objectives",
        "strategy",
        "technology",
        "tone",
        "responsibilities",
    ]
    plan = PostPlan.from_dict(t)
    assert plan.people[0].is_blank() and plan.objectives[0].is_blank()
    assert plans.template() is not t  # a fresh dict every call
    json.dumps(t)  # JSON-ready


@pytest.mark.parametrize("value", [None, "rencana", 42, ["a"], ..., 3.5, {"people": 7}])
def test_from_dict_never_raises(value):
    plan = PostPlan.from_dict(value)
    assert isinstance(plan, PostPlan)
    assert plan.people == [] and plan.objectives == []


def test_from_dict_is_lenient_field_by_field():
    plan = PostPlan.from_dict(
        {
            "agency": 12,
            "people": {"name": "Lansia", "filters": {"age_band": "55+", 3: ["x"]}, "size": 284.0},
            "objectives": [
                {"kind": "Berbicara", "target": "1.000", "deadline": "akhir tahun"},
                {"target": True, "deadline": 20260927},
                "bukan tujuan",
            ],
            "strategy": ["bukan teks"],
            "technology": "WhatsApp, Facebook; TikTok",
            "tone": None,
            "responsibilities": ["Kepala Dinas"],
            "catatan": "kunci tambahan diabaikan",
        }
    )
    assert plan.agency == "" and plan.strategy == "" and plan.tone == ""
    assert plan.people == [Segment("Lansia", {"age_band": ["55+"]}, 284)]
    assert plan.objectives[0] == Objective("Berbicara", "", "", 1000, "akhir tahun")
    assert plan.objectives[1] == Objective()
    assert plan.objectives[2] == Objective()
    assert plan.technology == ["WhatsApp", "Facebook", "TikTok"]
    assert plan.responsibilities == {}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (90, 90),
        (2.5, 2.5),
        ("90", 90),
        ("90%", 90),
        ("2,5", 2.5),
        ("500.000", 500000),
        ("banyak", None),
        ("", None),
        (True, None),
        (float("nan"), None),
    ],
)
def test_objective_target_is_read_as_a_number(raw, expected):
    assert Objective.from_dict({"target": raw}).target == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (dt.date(2026, 9, 27), dt.date(2026, 9, 27)),
        (dt.datetime(2026, 9, 27, 10, 30), dt.date(2026, 9, 27)),
        (pd.Timestamp("2026-09-27"), dt.date(2026, 9, 27)),
        ("2026-09-27", dt.date(2026, 9, 27)),
        ("27/09/2026", "27/09/2026"),  # kept as typed; the checker reads it
        ("", None),
        (pd.NaT, None),
        (None, None),
    ],
)
def test_objective_deadline(raw, expected):
    assert Objective.from_dict({"deadline": raw}).deadline == expected


def test_from_dict_accepts_dataclass_entries_and_plans():
    plan = PostPlan(
        agency="Dinas Kesehatan",
        people=[Segment("Lansia", {"age_band": ["55+"]}, 284)],
        objectives=[Objective("talking", "", "jangkauan", 100, "2026-09-27")],
    )
    copy = PostPlan.from_dict(plan)
    assert copy.people == plan.people
    assert copy.objectives[0].deadline == dt.date(2026, 9, 27)
    broken = PostPlan(people="lansia", technology=None)  # type: ignore[arg-type]
    assert broken.to_dict()["people"] == [] and broken.to_dict()["technology"] == []


# --------------------------------------------------------------------------- files


def test_save_and_load_round_trip(tmp_path):
    plan = PostPlan.from_dict(PLAN)
    path = plan.save(tmp_path / "rencana.json")
    text = path.read_text(encoding="utf-8")
    assert "—" in text  # ensure_ascii=False keeps the dash as written
    assert text.startswith('{\n  "agency": ')  # indent 2
    assert plans.load(path) == plan
    assert PostPlan.load(path) == plan
    assert json.loads(text) == PLAN


def test_module_save_accepts_a_dict(tmp_path):
    path = plans.save(PLAN, str(tmp_path / "rencana.json"))
    assert plans.load(str(path)).to_dict() == PLAN


def test_load_reports_missing_and_broken_files_in_indonesian(tmp_path):
    with pytest.raises(FileNotFoundError, match="tidak ditemukan"):
        plans.load(tmp_path / "tidak-ada.json")
    broken = tmp_path / "rusak.json"
    broken.write_text("{agency: ", encoding="utf-8")
    with pytest.raises(plans.PlanFileError, match="bukan JSON yang valid"):
        plans.load(broken)
    odd = tmp_path / "daftar.json"
    odd.write_text("[1, 2]", encoding="utf-8")
    assert plans.load(odd) == PostPlan()


def test_load_tolerates_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.json"
    path.write_text(json.dumps({"agency": "Dinas Kesehatan"}), encoding="utf-8-sig")
    assert plans.load(path).agency == "Dinas Kesehatan"


# --------------------------------------------------------------------------- codes


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("WhatsApp", "whatsapp"),
        ("wa", "whatsapp"),
        ("Facebook", "facebook"),
        ("IG", "instagram"),
        ("Tik Tok", "tiktok"),
        ("Twitter", "x"),
        ("X (Twitter)", "x"),
        ("YouTube", "youtube"),
        ("situs web", None),
        (3, None),
    ],
)
def test_platform_code(name, code):
    assert plans.platform_code(name) == code


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("listening", "listening"),
        ("Mendengarkan", "listening"),
        ("berbicara", "talking"),
        ("menggerakkan", "energizing"),
        ("Energizing", "energizing"),
        ("mendukung", "supporting"),
        ("merangkul", "embracing"),
        ("viral", None),
        ("", None),
        (None, None),
    ],
)
def test_objective_kind(name, kind):
    assert plans.objective_kind(name) == kind


# --------------------------------------------------------------------------- audience


def test_segment_mask_counts_match_pandas(survey):
    mask = plans.segment_mask(survey, {"age_band": ["55+"]})
    assert mask.dtype == bool and mask.index.equals(survey.index)
    assert int(mask.sum()) == int((survey["age_band"] == "55+").sum()) == 284
    both = plans.segment_mask(survey, {"age_band": ["45-54", "55+"], "area_type": ["perdesaan"]})
    expected = survey["age_band"].isin(["45-54", "55+"]) & (survey["area_type"] == "perdesaan")
    assert both.equals(expected.rename("segmen"))


def test_segment_mask_is_case_insensitive(survey):
    a = plans.segment_mask(survey, {"area_type": ["Perdesaan"], "Region": "kabupaten pulau sagara"})
    b = plans.segment_mask(
        survey, {"area_type": ["perdesaan"], "region": ["Kabupaten Pulau Sagara"]}
    )
    assert a.equals(b) and int(a.sum()) > 0


def test_segment_mask_matches_one_topic_among_several(survey):
    mask = plans.segment_mask(survey, {"topics_of_interest": ["kesehatan"]})
    expected = survey["topics_of_interest"].str.split(";").map(lambda t: "kesehatan" in t)
    assert int(mask.sum()) == int(expected.sum()) == 875


def test_segment_mask_filters_numbers_and_booleans(survey):
    low = plans.segment_mask(survey, {"trust_gov_info": [1, 2]})
    assert int(low.sum()) == int(survey["trust_gov_info"].isin([1, 2]).sum())
    creators = plans.segment_mask(survey, {"creates": [True]})
    assert int(creators.sum()) == int(survey["creates"].sum())


def test_empty_filters_select_everyone(survey):
    assert bool(plans.segment_mask(survey, {}).all())


@pytest.mark.parametrize(
    "filters",
    [
        {"age_band": ["60-70"]},
        {"usia": ["55+"]},
        {"age_band": ["55+", "60-70"]},  # one unknown value is enough
        {"age_band": []},
        ["55+"],
        "55+",
        None,
    ],
)
def test_segment_mask_unknown_input_gives_all_false(survey, filters):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        mask = plans.segment_mask(survey, filters)
    assert len(mask) == len(survey) and not mask.any()


def test_filter_problems_explain_in_indonesian(survey):
    problems = plans.filter_problems(survey, {"age_band": ["60-70"], "usia": "55+"})
    assert [p.kind for p in problems] == ["value", "column"]
    assert problems[0].message == (
        "Nilai '60-70' tidak ada pada kolom 'age_band'; nilai yang ada: "
        "15-24, 25-34, 35-44, 45-54, 55+."
    )
    assert problems[1].message.startswith("Kolom 'usia' tidak ada dalam data survei")
    assert plans.filter_problems(survey, {"age_band": ["55+"]}) == []
    assert plans.filter_problems(survey, ["55+"])[0].kind == "type"


def test_reach_gives_weekly_shares(survey):
    shares = plans.reach(survey, {"age_band": ["55+"]}, ["TikTok", "whatsapp", "Facebook"])
    assert list(shares) == ["tiktok", "whatsapp", "facebook"]
    old = survey[survey["age_band"] == "55+"]
    for code, share in shares.items():
        weekly = old[f"freq_{code}"].isin(["mingguan", "harian"]).mean()
        assert share == pytest.approx(weekly)
        assert type(share) is float
    assert round(shares["tiktok"], 3) == 0.067
    assert round(shares["whatsapp"], 3) == 0.771


def test_reach_min_freq_and_defaults(survey):
    young = {"age_band": ["15-24"]}
    weekly = plans.reach(survey, young, None)
    daily = plans.reach(survey, young, None, min_freq="harian")
    rarely = plans.reach(survey, young, None, min_freq="jarang")
    assert list(weekly) == list(plans.PLATFORMS)
    assert all(daily[p] <= weekly[p] <= rarely[p] for p in plans.PLATFORMS)
    assert plans.reach(survey, young, "tiktok", min_freq="weekly") == {"tiktok": weekly["tiktok"]}
    with pytest.raises(ValueError, match="tidak dikenal"):
        plans.reach(survey, young, "tiktok", min_freq="sering")


def test_reach_of_an_unknown_segment_or_platform_is_zero(survey):
    assert plans.reach(survey, {"age_band": ["60-70"]}, ["whatsapp"]) == {"whatsapp": 0.0}
    assert plans.reach(survey, {"age_band": ["55+"]}, ["line"]) == {"line": 0.0}


def test_reach_any_is_at_least_the_best_single_platform(survey):
    old = {"age_band": ["55+"]}
    single = plans.reach(survey, old, ["whatsapp", "facebook"])
    both = plans.reach_any(survey, old, ["whatsapp", "facebook"])
    assert max(single.values()) <= both <= 1.0
    assert plans.reach_any(survey, {"age_band": ["60-70"]}, ["whatsapp"]) == 0.0


def test_segment_profile(survey):
    profile = plans.segment_profile(survey, {"age_band": ["55+"]})
    assert profile["size"] == 284
    assert profile["share"] == pytest.approx(284 / len(survey))
    assert profile["top_platforms"] == ["whatsapp", "facebook", "youtube"]
    assert list(profile["reach"]) == ["whatsapp", "facebook", "youtube", "instagram", "tiktok", "x"]
    assert list(profile["ladder"]) == list(plans.LADDER_RUNGS)
    assert sum(profile["ladder"].values()) == pytest.approx(1.0)
    assert profile["mean_trust"] == pytest.approx(
        survey.loc[survey["age_band"] == "55+", "trust_gov_info"].mean()
    )
    assert "kesehatan" in profile["top_topics"]
    empty = plans.segment_profile(survey, {"age_band": ["60-70"]})
    assert empty["size"] == 0 and empty["mean_trust"] is None and empty["top_platforms"] == []


def test_survey_must_be_a_dataframe():
    with pytest.raises(TypeError, match="pandas.DataFrame"):
        plans.segment_mask([1, 2], {"age_band": ["55+"]})


def test_humas_plans_does_not_import_graders():
    code = "import sys, humas.plans; print('graders' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
    assert out.stderr == ""


def test_load_reports_unreadable_files_in_indonesian(tmp_path):
    from humas.plans import PlanFileError, load

    with pytest.raises(PlanFileError, match="tidak dapat dibaca"):
        load(tmp_path)  # a folder, not a file
    huge = tmp_path / "rencana.json"
    huge.write_text('{"people": [{"size": ' + "9" * 5000 + "}]}", encoding="utf-8")
    with pytest.raises(PlanFileError, match="angka yang tidak wajar"):
        load(huge)
