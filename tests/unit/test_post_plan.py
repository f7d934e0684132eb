"""graders.check_post_plan: a good DBD plan, blank plans and realistic flawed plans.

Weights (out of 20): struktur 2 (6 items of 1/3), segmen 3, tujuan 4, strategi 3,
jangkauan 4, kesesuaian 2, peran 2; a part's weight is shared by its items. For the
good plan below (2 segments, 4 objectives of 4 kinds) that is: segment exists / size
0.75 each, objective kind / metric / target / deadline 0.25 each, strategy per kind
0.75, reach per segment 2, tone 1, channel 1, administrator 1, operator 1.
"""

from __future__ import annotations

import copy
import warnings

import pandas as pd
import pytest

import graders
from graders import check_post_plan
from humas import data, plans
from humas.plans import PostPlan

GOOD_PLAN = {
    "agency": "Dinas Kesehatan Provinsi Nusa Bahari",
    "people": [
        {"name": "Lansia 55+", "filters": {"age_band": ["55+"]}, "size": 284},
        {"name": "Remaja dan dewasa muda 15-24", "filters": {"age_band": ["15-24"]}, "size": 608},
    ],
    "objectives": [
        {
            "kind": "listening",
            "description": "Memantau percakapan dan hoaks tentang DBD dan fogging",
            "metric": "persentase hoaks DBD yang diklarifikasi dalam 24 jam",
            "target": 90,
            "deadline": "2026-10-31",
        },
        {
            "kind": "talking",
            "description": "Menyosialisasikan gerakan 3M Plus selama kampanye",
            "metric": "jumlah akun unik yang dijangkau unggahan kampanye 3M Plus",
            "target": 500000,
            "deadline": "2026-09-27",
        },
        {
            "kind": "energizing",
            "description": "Mengajak kader jumantik membagikan konten kampanye",
            "metric": "jumlah kader jumantik yang membagikan konten kampanye",
            "target": 300,
            "deadline": "2026-09-27",
        },
        {
            "kind": "supporting",
            "description": "Menjawab pertanyaan warga tentang gejala DBD dan layanan puskesmas",
            "metric": "persentase pertanyaan warga yang dijawab dalam 24 jam",
            "target": 90,
            "deadline": "2026-09-27",
        },
    ],
    "strategy": (
        "Dinas Kesehatan ingin menjadi sumber informasi DBD yang dipercaya. Kami memantau "
        "percakapan dan hoaks tentang fogging setiap hari, mengedukasi warga tentang 3M Plus "
        "lewat kampanye 7-27 September, mengajak kader jumantik dan puskesmas membagikan "
        "konten ke grup WhatsApp warga, dan menjawab pertanyaan tentang gejala DBD dalam "
        "24 jam dengan merujuk ke layanan puskesmas terdekat."
    ),
    "technology": ["whatsapp", "facebook", "instagram", "tiktok"],
    "tone": "formal, sederhana, dan ramah",
    "responsibilities": {
        "administrator": "Kepala Dinas Kesehatan Provinsi Nusa Bahari",
        "operator": "Pranata Humas Subbagian Umum Dinas Kesehatan",
        "pemantauan": "Tim Surveilans dan Humas Dinas Kesehatan",
    },
}

STRATEGY_WITHOUT_SUPPORT = (
    "Dinas Kesehatan ingin menjadi sumber informasi DBD yang dipercaya. Kami memantau "
    "percakapan dan hoaks tentang fogging setiap hari, mengedukasi warga tentang 3M Plus "
    "lewat kampanye 7-27 September, serta mengajak kader jumantik membagikan konten ke grup "
    "WhatsApp warga."
)


@pytest.fixture(scope="module")
def survey() -> pd.DataFrame:
    return data.load("audience_survey")


def good() -> dict:
    return copy.deepcopy(GOOD_PLAN)


def failed(result, code):
    """The failed items with ``code`` (there must be at least one)."""
    items = [item for item in result.failed if item.code == code]
    assert items, f"no failed item {code!r}: {[i.code for i in result.failed]}"
    return items


# --------------------------------------------------------------------------- full marks


def test_good_plan_scores_full_marks(survey):
    result = check_post_plan(GOOD_PLAN, survey)
    assert result.score == 1.0 and result.passed
    assert result.failed == ()
    assert result.points(10) == 10.0
    assert graders.check_post_plan is check_post_plan


def test_passing_reach_items_report_the_share(survey):
    result = check_post_plan(GOOD_PLAN, survey)
    reach = [item.message for item in result.items if item.code == "jangkauan.cukup"]
    assert reach[0] == (
        "Segmen 'Lansia 55+': WhatsApp menjangkau 77%, Facebook 72%, Instagram 11%, dan "
        "TikTok 7% responden setidaknya mingguan (batas minimal 50%)."
    )
    assert "TikTok 82%" in reach[1]


def test_postplan_form_json_and_dict_are_graded_alike(survey, tmp_path):
    expected = check_post_plan(GOOD_PLAN, survey)
    as_object = PostPlan.from_dict(GOOD_PLAN)
    assert check_post_plan(as_object, survey) == expected
    path = as_object.save(tmp_path / "rencana_post.json")
    assert check_post_plan(plans.load(path), survey) == expected
    flawed = good()
    flawed["tone"] = "gaul"
    saved = plans.save(flawed, tmp_path / "cacat.json")
    assert check_post_plan(plans.load(saved), survey) == check_post_plan(flawed, survey)


def test_indonesian_names_and_loose_forms_are_accepted(survey):
    plan = good()
    for objective, name in zip(
        plan["objectives"], ["mendengarkan", "Berbicara", "menggerakkan", "mendukung"], strict=True
    ):
        objective["kind"] = name
    plan["objectives"][0]["target"] = "90%"
    plan["objectives"][1]["deadline"] = "27/09/2026"
    plan["objectives"][2]["deadline"] = "27 September 2026"
    plan["technology"] = "WA, Facebook, IG, TikTok"
    plan["people"][0]["filters"] = {"Age_Band": "55+"}
    plan["people"][0]["size"] = 290  # within 5% of the survey count
    assert check_post_plan(plan, survey).score == 1.0


# --------------------------------------------------------------------------- blank and wrong type


def test_template_scores_zero_with_a_message_per_part(survey):
    result = check_post_plan(plans.template(), survey)
    assert result.score == 0.0
    codes = [item.code for item in result.items]
    assert codes == [
        "struktur.instansi_kosong",
        "struktur.segmen_kosong",
        "struktur.tujuan_kosong",
        "struktur.strategi_kosong",
        "struktur.teknologi_kosong",
        "struktur.peran_kosong",
        "segmen.tidak_ada",
        "tujuan.tidak_ada",
        "strategi.tidak_diperiksa",
        "jangkauan.tidak_diperiksa",
        "kesesuaian.nada_kosong",
        "kesesuaian.kanal_tidak_diperiksa",
        "peran.administrator_kosong",
        "peran.operator_kosong",
    ]
    assert all(item.message for item in result.items)
    assert check_post_plan({}, survey).score == 0.0
    assert check_post_plan(PostPlan(), survey).score == 0.0


@pytest.mark.parametrize(
    ("plan", "code", "words"),
    [
        (None, "rencana.kosong", "belum diisi"),
        (..., "rencana.kosong", "belum diisi"),
        (float("nan"), "rencana.kosong", "belum diisi"),
        ("rencana saya", "tipe.salah", "bukan str"),
        ("", "tipe.salah", "bukan str"),
        ([GOOD_PLAN], "tipe.salah", "bukan list"),
        (42, "tipe.salah", "bukan int"),
        (pd.Series({"agency": "Dinkes"}), "tipe.salah", "bukan pandas.Series"),
    ],
)
def test_none_and_wrong_types_score_zero(survey, plan, code, words):
    result = check_post_plan(plan, survey)
    assert result.score == 0.0
    assert [item.code for item in result.items] == [code]
    assert words in result.items[0].message


def test_odd_values_inside_a_plan_never_raise_warn_or_print(survey, capsys):
    odd = {
        "agency": 7,
        "people": [
            "lansia",
            None,
            {"name": ["x"], "filters": ["55+"], "size": "banyak"},
            {"filters": {"age_band": None, 5: "x"}},
            {"filters": {"trust_gov_info": [1.0, 2]}, "size": -3},
        ],
        "objectives": [
            None,
            3,
            {"kind": 5, "target": "banyak", "deadline": 20260927},  # all unreadable: blank
            {"kind": "talking", "target": [90], "deadline": "besok"},
        ],
        "strategy": {"teks": "tidak"},
        "technology": {"whatsapp": True},
        "tone": ["formal"],
        "responsibilities": ["Kepala Dinas"],
    }
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = check_post_plan(odd, survey)
        check_post_plan(PostPlan(people="x", objectives=None), survey)  # type: ignore[arg-type]
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    assert 0.0 <= result.score < 1.0
    assert failed(result, "tujuan.tenggat_format")[0].message.startswith(
        "Tujuan 1: tenggat 'besok' tidak terbaca sebagai tanggal"
    )
    failed(result, "tujuan.target_kosong")
    failed(result, "segmen.nilai_kosong")


def test_unknown_keys_are_named_when_a_plan_key_is_missing(survey):
    plan = good()
    plan["strategi"] = plan.pop("strategy")
    result = check_post_plan(plan, survey)
    item = failed(result, "rencana.kunci_tidak_dikenal")[0]
    assert item.weight == 0 and "'strategi'" in item.message
    plan = good()
    plan["catatan"] = "catatan tambahan"
    assert check_post_plan(plan, survey).score == 1.0  # extra note beside a complete plan


# --------------------------------------------------------------------------- flawed plans


def test_tiktok_for_over_55s_fails_with_the_figures(survey):
    plan = good()
    plan["technology"] = ["tiktok"]
    result = check_post_plan(plan, survey)
    # reach: Lansia 55+ fails (2 of 20 -> 0.9); a plan that misses its own audience is
    # capped at REACH_CAP = 0.7
    assert result.score == pytest.approx(0.7)
    [item] = result.failed
    assert item.code == "jangkauan.kurang"
    assert item.message == (
        "Segmen 'Lansia 55+': TikTok menjangkau 7% responden setidaknya mingguan, di bawah "
        "batas 50%; platform dengan jangkauan tertinggi untuk segmen ini adalah WhatsApp "
        "(77%) dan Facebook (72%). Rencana yang tidak menjangkau khalayaknya sendiri "
        "mendapat nilai paling tinggi 70%."
    )


def test_several_weak_platforms_are_all_reported(survey):
    plan = good()
    plan["technology"] = ["tiktok", "Instagram", "Line"]
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx(0.7)  # 0.9 by the weights, capped
    [item] = failed(result, "jangkauan.kurang")
    assert "Instagram menjangkau 11% dan TikTok 7% responden" in item.message
    assert "WhatsApp (77%) dan Facebook (72%)" in item.message
    technology = next(i for i in result.items if i.code == "struktur.teknologi")
    assert "'Line' tidak dikenal" in technology.message


def test_min_reach_is_a_parameter(survey):
    result = check_post_plan(GOOD_PLAN, survey, min_reach=0.8)
    # Lansia 55+: best chosen platform WhatsApp 77% < 80% -> 2 of 20 lost, then capped
    assert result.score == pytest.approx(0.7)
    assert "di bawah batas 80%" in failed(result, "jangkauan.kurang")[0].message


def test_objective_without_number_or_deadline_is_not_smart(survey):
    plan = good()
    plan["objectives"][1] = {
        "kind": "talking",
        "description": "Meningkatkan kesadaran masyarakat tentang DBD",
    }
    result = check_post_plan(plan, survey)
    # metric, target and deadline of objective 2 fail: 3 x 0.25 = 0.75 of 20
    assert result.score == pytest.approx(0.9625)
    for code in ("tujuan.metrik_kosong", "tujuan.target_kosong", "tujuan.tenggat_kosong"):
        [item] = failed(result, code)
        assert item.message.startswith("Tujuan 2:")
        assert "belum SMART" in item.message
    assert len(result.failed) == 3


@pytest.mark.parametrize(
    ("changes", "code", "words", "score"),
    [
        ({"deadline": "akhir tahun"}, "tujuan.tenggat_format", "'akhir tahun'", 0.9875),
        ({"deadline": "2025-06-30"}, "tujuan.tenggat_lewat", "sudah lewat", 0.9875),
        ({"deadline": "2029-01-01"}, "tujuan.tenggat_terlalu_jauh", "31 Desember 2027", 0.9875),
        ({"target": 0}, "tujuan.target_tidak_positif", "lebih besar dari nol", 0.9875),
        ({"metric": "  "}, "tujuan.metrik_kosong", "metrik", 0.9875),
    ],
)
def test_each_smart_part_is_checked(survey, changes, code, words, score):
    plan = good()
    plan["objectives"][0].update(changes)
    result = check_post_plan(plan, survey)
    # one quarter of objective 1's weight (1 of 20): 0.25 / 20 lost
    assert result.score == pytest.approx(score)
    [item] = result.failed
    assert item.code == code and words in item.message


def test_objective_outside_the_five(survey):
    plan = good()
    plan["objectives"][2]["kind"] = "viral"
    result = check_post_plan(plan, survey)
    # kind of objective 3 fails (0.25 of 20); the strategy is checked for the 3 known kinds
    assert result.score == pytest.approx(0.9875)
    [item] = result.failed
    assert item.code == "tujuan.jenis_tidak_dikenal"
    assert "'viral' tidak termasuk lima tujuan" in item.message
    assert "energizing (menggerakkan)" in item.message


def test_strategy_that_ignores_an_objective(survey):
    plan = good()
    plan["strategy"] = STRATEGY_WITHOUT_SUPPORT
    result = check_post_plan(plan, survey)
    # strategy: 4 kinds of 0.75; supporting fails -> 0.75 of 20
    assert result.score == pytest.approx(0.9625)
    [item] = result.failed
    assert item.code == "strategi.tujuan_tidak_dilayani"
    assert "supporting (mendukung)" in item.message


def test_strategy_too_short(survey):
    plan = good()
    plan["strategy"] = "Pantau, edukasi, ajak kader, jawab pertanyaan."
    result = check_post_plan(plan, survey)
    # structure: strategy part fails (1/3 of 20); the keywords are all there
    assert result.score == pytest.approx((20 - 1 / 3) / 20)
    [item] = result.failed
    assert item.code == "struktur.strategi_pendek" and "6 kata" in item.message


def test_plan_without_administrator(survey):
    plan = good()
    del plan["responsibilities"]["administrator"]
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx(0.95)  # administrator: 1 of 20
    [item] = result.failed
    assert item.code == "peran.administrator_kosong"
    assert "kepala instansi" in item.message


def test_administrator_who_is_not_the_head(survey):
    plan = good()
    plan["responsibilities"]["administrator"] = "Staf Humas Dinas Kesehatan"
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx(0.95)
    [item] = result.failed
    assert item.code == "peran.administrator_bukan_kepala"
    assert "'Staf Humas Dinas Kesehatan'" in item.message


def test_plan_without_an_operator(survey):
    plan = good()
    plan["responsibilities"] = {"administrator": "Kepala Dinas Kesehatan"}
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx(0.95)
    [item] = result.failed
    assert item.code == "peran.operator_kosong"


def test_segment_that_does_not_exist(survey):
    plan = good()
    plan["people"][0] = {"name": "Lansia 60-70", "filters": {"age_band": ["60-70"]}, "size": 150}
    result = check_post_plan(plan, survey)
    # exists 0.75 + size 0.75 + reach 2 = 3.5 of 20
    assert result.score == pytest.approx(0.825)
    [item] = failed(result, "segmen.nilai_tidak_dikenal")
    assert "Segmen 'Lansia 60-70' tidak ditemukan" in item.message
    assert "Nilai '60-70' tidak ada pada kolom 'age_band'" in item.message
    failed(result, "segmen.ukuran_tidak_diperiksa")
    failed(result, "jangkauan.tidak_diperiksa")
    assert len(result.failed) == 3


def test_segment_on_an_unknown_column(survey):
    plan = good()
    plan["people"][0]["filters"] = {"usia": ["55+"]}
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx(0.825)
    assert "Kolom 'usia' tidak ada" in failed(result, "segmen.kolom_tidak_dikenal")[0].message


def test_segment_whose_criteria_exclude_each_other(survey):
    plan = good()
    plan["people"][0]["filters"] = {
        "age_band": ["55+"],
        "creates": [True],
        "ladder_rung": ["Inactives"],
    }
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx(0.825)
    failed(result, "segmen.tidak_ada_responden")


def test_segment_without_criteria(survey):
    plan = good()
    plan["people"][0]["filters"] = {}
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx(0.825)
    failed(result, "segmen.tanpa_kriteria")


@pytest.mark.parametrize(("size", "passes"), [(284, True), (279, True), (298, True), (299, False)])
def test_stated_size_tolerance(survey, size, passes):
    plan = good()
    plan["people"][0]["size"] = size  # true count 284: tolerance max(5, 5% = 14.2)
    assert check_post_plan(plan, survey).passed is passes


def test_wrong_stated_size_does_not_reveal_the_count(survey):
    plan = good()
    plan["people"][0]["size"] = 400
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx(0.9625)  # size of segment 1: 0.75 of 20
    [item] = result.failed
    assert item.code == "segmen.ukuran_salah"
    assert item.message == "Segmen 'Lansia 55+': ukuran segmen tidak sesuai data survei."
    assert all("284" not in i.message for i in result.items)


def test_missing_size(survey):
    plan = good()
    plan["people"][1]["size"] = None
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx(0.9625)
    failed(result, "segmen.ukuran_kosong")


def test_gaul_tone_for_lansia(survey):
    plan = good()
    plan["tone"] = "gaul dan santai"
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx(0.95)  # tone: 1 of 20
    [item] = result.failed
    assert item.code == "kesesuaian.nada_tidak_sesuai"
    assert "segmen 'Lansia 55+' (100% responden berusia 45 tahun ke atas)" in item.message
    assert "Remaja" not in item.message


def test_gaul_tone_is_fine_for_young_people_only(survey):
    plan = good()
    plan["people"] = plan["people"][1:]
    plan["tone"] = "gaul, santai, kekinian"
    assert check_post_plan(plan, survey).score == 1.0


def test_tone_for_a_low_trust_segment(survey):
    plan = good()
    plan["people"] = [
        {"name": "Warga muda Pulau Sagara", "filters": {"region": ["Kabupaten Pulau Sagara"]}}
    ]
    plan["tone"] = "santai dan penuh semangat"  # no plain register named
    result = check_post_plan(plan, survey)
    item = failed(result, "kesesuaian.nada_tidak_sesuai")[0]
    assert "rata-rata kepercayaan pada informasi pemerintah 2,4 dari 5" in item.message


def test_x_only_for_a_rural_segment(survey):
    plan = good()
    plan["people"] = [
        {
            "name": "Warga Pulau Sagara",
            "filters": {"region": ["Kabupaten Pulau Sagara"]},
            "size": 219,
        }
    ]
    plan["technology"] = ["X"]
    result = check_post_plan(plan, survey)
    # one segment: reach 4 + channel 1 = 5 of 20 -> 0.75, capped at 0.7
    assert result.score == pytest.approx(0.7)
    reach = failed(result, "jangkauan.kurang")[0]
    assert "X menjangkau 8% responden" in reach.message
    assert "WhatsApp (89%) dan YouTube (66%)" in reach.message
    channel = failed(result, "kesesuaian.kanal_tidak_sesuai")[0]
    assert "hanya 8% responden segmen ini memakai X" in channel.message
    assert "85% tinggal di perdesaan" in channel.message
    assert len(result.failed) == 2


def test_blank_entries_from_the_template_are_ignored(survey):
    plan = good()
    plan["people"].append({"name": "", "filters": {}, "size": None})
    plan["objectives"].append(plans.template()["objectives"][0])
    assert check_post_plan(plan, survey).score == 1.0


def test_several_flaws_add_up(survey):
    plan = good()
    plan["tone"] = "gaul"  # tone: 1
    del plan["responsibilities"]["administrator"]  # administrator: 1
    plan["people"][0]["size"] = 400  # size: 0.75
    result = check_post_plan(plan, survey)
    assert result.score == pytest.approx((20 - 2.75) / 20)


def test_the_reach_cap_never_raises_a_lower_score(survey):
    plan = good()
    plan["technology"] = ["tiktok"]  # reach Lansia: 2
    plan["tone"] = "gaul"  # tone: 1
    del plan["responsibilities"]["administrator"]  # administrator: 1
    plan["people"][0]["size"] = 400  # size: 0.75
    plan["strategy"] = ""  # structure 2/6, all four strategy items 3
    result = check_post_plan(plan, survey)
    lost = 2 + 1 + 1 + 0.75 + 2 / 6 + 3
    assert result.score == pytest.approx((20 - lost) / 20)
    assert result.score < 0.7


@pytest.mark.parametrize(
    "plan",
    [
        {"objectives": [{"kind": "talking", "target": 10**400}]},
        {"people": [{"name": "x", "filters": {"age_band": ["55+"]}, "size": 10**400}]},
        {"people": [{"name": "x", "filters": {"age_band": [10**400]}}]},
        {"technology": [10**400]},
    ],
    ids=["huge-target", "huge-size", "huge-filter-value", "huge-platform"],
)
def test_integers_too_large_for_a_float_never_crash_the_checker(plan):
    import humas.data

    result = check_post_plan(plan, humas.data.load("audience_survey"))
    assert 0.0 <= result.score < 1.0
