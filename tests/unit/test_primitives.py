"""The checks: what passes, what fails, what earns partial credit, and odd input."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

from graders import (
    Result,
    check_choice,
    check_date,
    check_dates,
    check_format_choice,
    check_format_choices,
    check_format_date,
    check_format_dates,
    check_format_labels,
    check_format_multiple_choice,
    check_format_number,
    check_labels,
    check_multiple_choice,
    check_number,
    parse_date,
)

SENTIMENT = ["positif", "negatif", "netral"]


def codes(result: Result) -> list[str]:
    return [item.code for item in result.items]


def messages(result: Result) -> str:
    return "\n".join(item.message for item in result.items)


# -- check_choice ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("b", "b"),
        (" B ", "b"),
        ("SERTA MERTA", "serta-merta"),
        ("serta_merta", "serta-merta"),
        ("serta   merta", "serta-merta"),
        ("Sérta-Mérta", "serta-merta"),
        ("Informasi berkala.", "informasi berkala"),
        (np.str_("b"), "b"),
        ("c", ("b", "c")),
        (3, 3),
        (np.int64(3), 3),
        (3.0, 3),
        ("3", 3),
    ],
)
def test_choice_passes(answer, expected):
    result = check_choice(answer, expected)
    assert result.passed, str(result)
    assert codes(result) == ["pilihan.benar"]
    assert result.points(2) == 2.0


def test_choice_accepts_aliases():
    aliases = {"segera": "serta-merta", "berkala": "informasi berkala"}
    assert check_choice("Segera", "serta-merta", aliases=aliases).passed
    assert check_choice("berkala", "Informasi Berkala", aliases=aliases).passed
    assert not check_choice("segera", "informasi berkala", aliases=aliases).passed


@pytest.mark.parametrize(
    ("answer", "code", "message"),
    [
        ("c", "pilihan.salah", "Jawaban belum tepat."),
        (None, "pilihan.kosong", "Belum dijawab."),
        ("", "pilihan.kosong", "Belum dijawab."),
        ("   ", "pilihan.kosong", "Belum dijawab."),
        (..., "pilihan.kosong", "Belum dijawab."),
        (2, "tipe.salah", "Jawaban harus berupa teks (str), bukan int."),
        (True, "tipe.salah", "Jawaban harus berupa teks (str), bukan bool."),
        (["b"], "tipe.salah", "Jawaban harus berupa teks (str), bukan list."),
        ({"b": 1}, "tipe.salah", "Jawaban harus berupa teks (str), bukan dict."),
        (pd.Series(["b"]), "tipe.salah", "Jawaban harus berupa teks (str), bukan pandas.Series."),
        (np.int64(1), "tipe.salah", "Jawaban harus berupa teks (str), bukan numpy.int64."),
    ],
)
def test_choice_fails_with_a_specific_message(answer, code, message):
    result = check_choice(answer, "b")
    assert result.score == 0.0
    assert codes(result) == [code]
    assert result.items[0].message == message


def test_choice_reports_an_answer_outside_the_options():
    result = check_choice("e", "b", options=["a", "b", "c", "d"])
    assert codes(result) == ["pilihan.tidak_dikenal"]
    assert result.items[0].message == (
        "Jawaban 'e' tidak termasuk pilihan yang tersedia: a, b, c, d."
    )


def test_choice_with_option_numbers_rejects_text_that_is_not_a_number():
    result = check_choice("dua", 2, options=[1, 2, 3])
    assert codes(result) == ["tipe.salah"]
    assert "nomor pilihan (int)" in result.items[0].message


def test_choice_name_prefixes_messages_and_code_prefixes_codes():
    result = check_choice("x", "b", name="Soal 2", code="soal2")
    assert codes(result) == ["soal2.salah"]
    assert result.items[0].message == "Soal 2: jawaban belum tepat."


def test_choice_author_mistakes_raise():
    with pytest.raises(ValueError):
        check_choice("a", "z", options=["a", "b"])
    with pytest.raises(ValueError):
        check_choice("a", None)
    with pytest.raises(TypeError):
        check_choice("a", "b", options="ab")


# -- check_multiple_choice -------------------------------------------------------------
@pytest.mark.parametrize(
    ("answer", "expected", "score"),
    [
        (["a", "c"], ["a", "c"], 1.0),
        (["C", " a "], {"a", "c"}, 1.0),
        (("a", "c"), ("a", "c"), 1.0),
        ({"a", "c"}, ["a", "c"], 1.0),
        (frozenset({"a", "c"}), ["a", "c"], 1.0),
        (["a"], ["a", "c"], 0.5),
        ("a", ["a", "c"], 0.5),
        ("a, c", ["a", "c"], 1.0),
        ("a; c", ["a", "c"], 1.0),
        (["a", "a"], ["a", "c"], 0.5),
        (["a", "b"], ["a", "c"], 0.0),
        (["a", "b", "c"], ["a", "c", "d"], 1 / 3),
        (["a", "c", "b"], ["a", "c", "d", "e"], 0.25),
        (["a", "b", "c", "d"], ["a", "c"], 0.0),
        (["b", "d"], ["a", "c"], 0.0),
        (pd.Series(["a", "c"]), ["a", "c"], 1.0),
        (np.array(["a", "c"]), ["a", "c"], 1.0),
        ([1, 3], [1, 3], 1.0),
        ("1, 3", [1, 3], 1.0),
        ([np.int64(1)], [1, 3], 0.5),
        (1, [1, 3], 0.5),
        ("serta merta", ["serta-merta", "berkala"], 0.5),
    ],
)
def test_multiple_choice_scores(answer, expected, score):
    result = check_multiple_choice(answer, expected)
    assert result.score == pytest.approx(score, abs=1e-12)
    assert type(result.score) is float


@pytest.mark.parametrize(
    ("answer", "points"),
    [(["a", "c", "d"], 3.0), (["a", "c"], 2.0), (["a", "b", "c"], 1.0), (["a", "b"], 0.0)],
)
def test_multiple_choice_points_of_three(answer, points):
    result = check_multiple_choice(answer, ["a", "c", "d"])
    assert result.points(3) == points
    assert type(result.points(3)) is float


def test_multiple_choice_partial_points_round_to_two_decimals():
    assert check_multiple_choice(["a"], ["a", "c", "d"]).points(2) == 0.67


def test_multiple_choice_summary_codes():
    assert codes(check_multiple_choice(["a", "c"], ["a", "c"])) == ["pilihan_ganda.benar"]
    assert codes(check_multiple_choice(["a"], ["a", "c"])) == ["pilihan_ganda.sebagian"]
    assert codes(check_multiple_choice(["b"], ["a", "c"])) == ["pilihan_ganda.salah"]


@pytest.mark.parametrize("answer", [None, [], "", ["", None], (), pd.Series([], dtype=object)])
def test_multiple_choice_empty_answer(answer):
    result = check_multiple_choice(answer, ["a", "c"])
    assert result.score == 0.0
    assert codes(result) == ["pilihan_ganda.kosong"]


@pytest.mark.parametrize("answer", [{"a": True}, 3, 2.5, b"a"])
def test_multiple_choice_wrong_container_type(answer):
    result = check_multiple_choice(answer, ["a", "c"])
    assert result.score == 0.0
    assert codes(result) == ["tipe.salah"]
    assert result.items[0].message.startswith(
        "Jawaban harus berupa daftar (list, set, atau tuple) atau teks (str), bukan "
    )


def test_multiple_choice_counts_unreadable_picks_as_wrong_and_names_them():
    result = check_multiple_choice(["a", "c", 7, "zz"], ["a", "c"], options=list("abcd"))
    assert result.score == 0.0  # 2 right, 2 wrong
    assert codes(result) == ["tipe.salah", "pilihan_ganda.tidak_dikenal", "pilihan_ganda.salah"]
    assert result.items[0].message == "Setiap pilihan harus berupa teks (str); 7 berupa int."
    assert "'zz'" in result.items[1].message


def test_multiple_choice_accepts_aliases():
    result = check_multiple_choice(
        ["pos", "neg"], ["positif", "negatif"], aliases={"pos": "positif", "neg": "negatif"}
    )
    assert result.passed


def test_multiple_choice_does_not_say_which_picks_are_missing():
    result = check_multiple_choice(["alpha"], ["alpha", "rahasia"])
    assert "rahasia" not in messages(result)


# -- check_number -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("answer", "expected", "tolerances"),
    [
        (5, 5, {}),
        (5.0, 5, {}),
        (np.int64(5), 5, {}),
        (np.float64(5.0), 5, {}),
        (np.array(5.0), 5, {}),
        (0.1 + 0.2, 0.3, {}),
        (Decimal("2.5"), 2.5, {}),
        (Fraction(1, 2), 0.5, {}),
        (101, 100, {"abs_tol": 1}),
        (99, 100, {"abs_tol": 1}),
        (104, 100, {"rel_tol": 0.05}),
        (-3, -3, {}),
    ],
)
def test_number_passes(answer, expected, tolerances):
    result = check_number(answer, expected, **tolerances)
    assert result.passed, str(result)
    assert codes(result) == ["angka.benar"]


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        (6, "angka.salah"),
        (5.01, "angka.salah"),
        (-5, "angka.salah"),
        (None, "angka.kosong"),
        (float("nan"), "angka.tidak_valid"),
        (np.float64("nan"), "angka.tidak_valid"),
        (float("inf"), "angka.tidak_valid"),
        (Decimal("NaN"), "angka.tidak_valid"),
        (10**400, "angka.tidak_valid"),
        ("5", "tipe.salah"),
        (True, "tipe.salah"),
        (np.bool_(True), "tipe.salah"),
        ([5], "tipe.salah"),
        (pd.Series([5]), "tipe.salah"),
        (np.array([5.0]), "tipe.salah"),
        (5 + 0j, "tipe.salah"),
    ],
)
def test_number_fails(answer, code):
    result = check_number(answer, 5)
    assert result.score == 0.0
    assert codes(result) == [code]


def test_number_outside_tolerance_fails():
    assert not check_number(102, 100, abs_tol=1).passed
    assert not check_number(106, 100, rel_tol=0.05).passed


def test_number_type_message_explains_quotes():
    message = check_number("12,5", 12.5).items[0].message
    assert message.startswith("Jawaban harus berupa angka (int atau float), bukan str.")
    assert "tanpa tanda petik" in message


def test_number_author_mistakes_raise():
    with pytest.raises(TypeError):
        check_number(5, "5")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        check_number(1, True)
    with pytest.raises(ValueError):
        check_number(5, float("nan"))
    with pytest.raises(ValueError):
        check_number(5, 5, abs_tol=-1)


# -- dates ------------------------------------------------------------------------------
MARCH_25 = dt.date(2026, 3, 25)


@pytest.mark.parametrize(
    "answer",
    [
        MARCH_25,
        dt.datetime(2026, 3, 25, 14, 30),
        pd.Timestamp("2026-03-25"),
        pd.Timestamp("2026-03-25 08:00", tz="Asia/Jakarta"),
        np.datetime64("2026-03-25"),
        np.datetime64("2026-03-25T10:00"),
        "2026-03-25",
        " 2026-03-25 ",
        "2026-03-25T10:00:00",
        "2026/03/25",
        "25-03-2026",
        "25/03/2026",
        "25.03.2026",
        "25/3/2026",
        "25 Maret 2026",
        "25 maret 2026",
        "25 Mar 2026",
        "Rabu, 25 Maret 2026",
        "rabu 25 maret 2026",
    ],
)
def test_date_passes(answer):
    result = check_date(answer, "2026-03-25")
    assert result.passed, str(result)
    assert codes(result) == ["tanggal.benar"]


@pytest.mark.parametrize("expected", [MARCH_25, "25-03-2026", pd.Timestamp("2026-03-25")])
def test_date_expected_in_any_accepted_form(expected):
    assert check_date("2026-03-25", expected).passed


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ("2026-03-26", "tanggal.salah"),
        (dt.date(2026, 3, 24), "tanggal.salah"),
        ("03/25/2026", "tanggal.format"),
        ("31-02-2026", "tanggal.format"),
        ("2026-13-01", "tanggal.format"),
        ("besok", "tanggal.format"),
        ("25 Maretan 2026", "tanggal.format"),
        (None, "tanggal.kosong"),
        ("", "tanggal.kosong"),
        (pd.NaT, "tanggal.kosong"),
        (np.datetime64("NaT"), "tanggal.kosong"),
        (20260325, "tipe.salah"),
        ([MARCH_25], "tipe.salah"),
        (pd.Series([MARCH_25]), "tipe.salah"),
    ],
)
def test_date_fails(answer, code):
    result = check_date(answer, MARCH_25)
    assert result.score == 0.0
    assert codes(result) == [code]


def test_wrong_date_repeats_the_trainees_date_but_not_the_key():
    message = check_date("2026-03-26", MARCH_25).items[0].message
    assert message == "Tanggal belum tepat (jawaban Anda terbaca sebagai Kamis, 26 Maret 2026)."
    assert "25" not in message


def test_date_type_message():
    message = check_date(20260325, MARCH_25).items[0].message
    assert message.startswith("Jawaban harus berupa tanggal (date) atau teks tanggal")
    assert message.endswith("bukan int.")


def test_date_author_mistake_raises():
    with pytest.raises(ValueError):
        check_date("2026-03-25", "kemarin")


def test_parse_date_returns_none_for_unreadable_values():
    assert parse_date("2026-02-30") is None
    assert parse_date(5) is None
    assert parse_date(None) is None
    assert parse_date("1 Agustus 2026") == dt.date(2026, 8, 1)


def test_check_dates_gives_per_key_partial_credit():
    result = check_dates(
        {"a": "2026-03-25", "B": "01/04/2026", "c": "nanti"},
        {"a": "2026-03-25", "b": "2026-04-01", "c": "2026-04-02", "d": "2026-04-03"},
    )
    assert codes(result) == ["tanggal.benar", "tanggal.benar", "tanggal.format", "tanggal.kosong"]
    assert result.score == 0.5
    assert result.points(4) == 2.0


def test_check_dates_wrong_container():
    result = check_dates(["2026-03-25"], {"a": "2026-03-25"})
    assert codes(result) == ["tipe.salah"]


# -- check_labels ------------------------------------------------------------------------
KEY = {1: "positif", 2: "negatif", 3: "netral", 4: "negatif"}


@pytest.mark.parametrize(
    ("answers", "score"),
    [
        ({1: "positif", 2: "negatif", 3: "netral", 4: "negatif"}, 1.0),
        ({1: " Positif", 2: "NEGATIF", 3: "Netral.", 4: "négatif"}, 1.0),
        ({"1": "positif", "2": "negatif", "3": "netral", "4": "negatif"}, 1.0),
        (pd.Series({1: "positif", 2: "negatif", 3: "netral", 4: "negatif"}), 1.0),
        ({1: "positif", 2: "negatif", 3: "netral", 4: "positif"}, 0.75),
        ({1: "positif", 2: "negatif"}, 0.5),
        ({1: "positif", 2: "marah", 3: 3, 4: None}, 0.25),
        ({1: "negatif", 2: "positif", 3: "positif", 4: "netral"}, 0.0),
        ({1: "positif", 2: "negatif", 3: "netral", 4: "negatif", 5: "positif"}, 1.0),
        ({}, 0.0),
    ],
)
def test_labels_score_per_item(answers, score):
    result = check_labels(answers, KEY, allowed=SENTIMENT)
    assert result.score == score
    assert result.points(4) == score * 4
    assert type(result.points(4)) is float


def test_labels_codes_and_messages_name_the_item():
    result = check_labels({1: "positif", 2: "netral", 3: "marah", 4: 7}, KEY, allowed=SENTIMENT)
    assert codes(result) == ["label.benar", "label.salah", "label.tidak_dikenal", "tipe.salah"]
    assert [item.message for item in result.items] == [
        "Butir 1: jawaban sudah tepat.",
        "Butir 2: jawaban belum tepat.",
        "Butir 3: jawaban 'marah' tidak termasuk pilihan yang tersedia: positif, negatif, netral.",
        "Butir 4: jawaban harus berupa teks (str), bukan int.",
    ]


def test_labels_missing_item_is_reported_as_empty():
    result = check_labels({1: "positif"}, {1: "positif", 2: "netral"})
    assert codes(result) == ["label.benar", "label.kosong"]
    assert result.items[1].message == "Butir 2: belum dijawab."


@pytest.mark.parametrize(
    ("answers", "given"),
    [
        (["positif"], "list"),
        ("positif", "str"),
        (3, "int"),
        (pd.DataFrame({"a": [1]}), "pandas.DataFrame"),
    ],
)
def test_labels_need_a_mapping(answers, given):
    result = check_labels(answers, KEY)
    assert result.score == 0.0
    assert codes(result) == ["tipe.salah"]
    assert result.items[0].message == f"Jawaban harus berupa kamus (dict), bukan {given}."


def test_labels_none_means_not_answered():
    result = check_labels(None, KEY)
    assert codes(result) == ["label.kosong"]


def test_labels_aliases_and_alternatives():
    expected = {"a": "serta-merta", "b": {"berkala", "setiap saat"}}
    aliases = {"segera": "serta merta"}
    result = check_labels({"a": "segera", "b": "Setiap_Saat"}, expected, aliases=aliases)
    assert result.passed


def test_labels_item_name_and_code():
    result = check_labels({"u1": "x"}, {"u1": "y"}, item_name="Unggahan", code="sentimen")
    assert codes(result) == ["sentimen.salah"]
    assert result.items[0].message == "Unggahan u1: jawaban belum tepat."


def test_labels_author_mistakes_raise():
    with pytest.raises(ValueError):
        check_labels({1: "a"}, {1: "marah"}, allowed=SENTIMENT)
    with pytest.raises(ValueError):
        check_labels({1: "a"}, {})


# -- messages never reveal the key ------------------------------------------------------------
@pytest.mark.parametrize(
    ("check", "secret"),
    [
        (lambda: check_choice("salah", "rahasia"), "rahasia"),
        (lambda: check_choice(3, "rahasia"), "rahasia"),
        (lambda: check_multiple_choice(["x", "y"], ["rahasia", "x"]), "rahasia"),
        (lambda: check_number(4710, 4711), "4711"),
        (lambda: check_number("4710", 4711), "4711"),
        (lambda: check_date("2026-01-02", "2026-07-19"), "19"),
        (lambda: check_date("2026-01-02", "2026-07-19"), "Juli"),
        (lambda: check_labels({1: "x", 2: None}, {1: "rahasia", 2: "rahasia"}), "rahasia"),
        (lambda: check_dates({"a": "2026-01-02"}, {"a": "2026-07-19"}), "Juli"),
    ],
)
def test_messages_do_not_reveal_the_expected_answer(check: Callable[[], Result], secret):
    result = check()
    assert not result.passed
    for text in (messages(result), str(result), result._repr_html_(), result._repr_markdown_()):
        assert secret not in text


# -- format checks ------------------------------------------------------------------------------
def test_format_labels_reports_each_problem_and_unknown_keys():
    answers = {1: "Positif", 2: 5, "3 ": "", 4: "marah", "05": "netral"}
    result = check_format_labels(answers, [1, 2, 3, 4, 5], SENTIMENT)
    assert codes(result) == [
        "label.format_ok",
        "tipe.salah",
        "label.kosong",
        "label.tidak_dikenal",
        "label.kosong",
        "kunci.tidak_dikenal",
    ]
    assert result.items[1].message == "Butir 2: jawaban harus berupa teks (str), bukan int."
    assert result.items[5].message == (
        "Kunci '05' tidak termasuk daftar butir soal; periksa penulisannya."
    )
    assert result.score == pytest.approx(1 / 6)
    assert result.summary().startswith("Pemeriksaan format: 1 dari 6 butir sudah sesuai")


def test_format_labels_pass_when_everything_is_filled_in():
    answers = {"u1": "positif", "u2": "Negatif", "u3": "netral"}
    result = check_format_labels(answers, ("u1", "u2", "u3"), SENTIMENT)
    assert result.passed
    assert result.points(1) == 1.0


def test_format_labels_accepts_keys_from_a_mapping_and_allowed_none():
    result = check_format_labels({"a": "apa saja"}, {"a": None, "b": None}, None)
    assert codes(result) == ["label.format_ok", "label.kosong"]


def test_format_labels_aliases():
    result = check_format_labels({1: "pos"}, [1], SENTIMENT, aliases={"pos": "positif"})
    assert result.passed


@pytest.mark.parametrize(("answers", "code"), [(None, "label.kosong"), (["a"], "tipe.salah")])
def test_format_labels_wrong_container(answers, code):
    result = check_format_labels(answers, [1, 2], SENTIMENT)
    assert codes(result) == [code]
    assert result.score == 0.0


def test_format_choices_with_text_and_numbers():
    assert check_format_choices({"a": "Ya", "b": "tidak"}, ["a", "b"], ["ya", "tidak"]).passed
    numbered = check_format_choices({"a": 2, "b": "5", "c": "x"}, ["a", "b", "c"], [1, 2, 3, 4])
    assert codes(numbered) == ["pilihan.format_ok", "pilihan.tidak_dikenal", "tipe.salah"]


def test_format_dates_read_back_the_date():
    result = check_format_dates(
        {"a": "04/03/2026", "b": "2026-02-30", "c": 5, "d": pd.Timestamp("2026-04-01")},
        ["a", "b", "c", "d", "e"],
    )
    assert codes(result) == [
        "tanggal.format_ok",
        "tanggal.format",
        "tipe.salah",
        "tanggal.format_ok",
        "tanggal.kosong",
    ]
    assert result.items[0].message == "Butir a: terbaca sebagai Rabu, 4 Maret 2026."
    assert result.score == 0.4


def test_single_format_checks():
    assert check_format_choice("B", ["a", "b"]).passed
    assert codes(check_format_choice("z", ["a", "b"])) == ["pilihan.tidak_dikenal"]
    assert codes(check_format_choice(None, ["a", "b"])) == ["pilihan.kosong"]
    assert check_format_multiple_choice(["a", "b"], ["a", "b", "c"]).passed
    assert codes(check_format_multiple_choice([], ["a"])) == ["pilihan_ganda.kosong"]
    assert codes(check_format_multiple_choice(["a", "q"], ["a"])) == ["pilihan_ganda.tidak_dikenal"]
    assert check_format_number(np.float64(3.5)).passed
    assert codes(check_format_number("3,5")) == ["tipe.salah"]
    assert codes(check_format_number(None)) == ["angka.kosong"]
    assert check_format_date(pd.Timestamp("2026-03-25")).passed
    assert codes(check_format_date("kemarin")) == ["tanggal.format"]


def test_format_checks_author_mistakes_raise():
    with pytest.raises(TypeError):
        check_format_labels({}, "abc", SENTIMENT)
    with pytest.raises(ValueError):
        check_format_dates({}, [])


# -- never stderr, never warnings, always plain floats -------------------------------------------
NASTY_INPUTS = [
    None,
    ...,
    "",
    "  ",
    3,
    -1,
    2.5,
    float("nan"),
    float("inf"),
    True,
    np.int64(3),
    np.float64("nan"),
    np.bool_(False),
    np.array([1, 2]),
    np.array(["a", "b"]),
    np.array(3.0),
    np.datetime64("NaT"),
    pd.NA,
    pd.NaT,
    pd.Series(["a", None]),
    pd.Series([], dtype=float),
    pd.DataFrame({"a": [1, 2]}),
    pd.Timestamp("2026-03-25"),
    [None, 1, "a"],
    {"a": [1]},
    {1: pd.Series([1])},
    {1: np.array([1, 2])},
    (1, 2),
    {1, 2},
    b"bytes",
    object(),
    Decimal("sNaN"),
    10**400,
    "x" * 10_000,
]

CHECKS: list[tuple[str, Callable[[object], Result]]] = [
    ("choice", lambda a: check_choice(a, "b", options=["a", "b"])),
    ("choice_number", lambda a: check_choice(a, 2, options=[1, 2, 3])),
    ("multiple", lambda a: check_multiple_choice(a, ["a", "b"], options=["a", "b", "c"])),
    ("multiple_number", lambda a: check_multiple_choice(a, [1, 2])),
    ("number", lambda a: check_number(a, 3, abs_tol=0.5)),
    ("date", lambda a: check_date(a, "2026-03-25")),
    ("dates", lambda a: check_dates(a, {1: "2026-03-25"})),
    ("labels", lambda a: check_labels(a, {1: "a", "a": "b"}, allowed=["a", "b"])),
    ("labels_in_dict", lambda a: check_labels({1: a}, {1: "a"}, allowed=["a", "b"])),
    ("format_labels", lambda a: check_format_labels(a, [1, "a"], ["a", "b"])),
    ("format_labels_in_dict", lambda a: check_format_labels({1: a}, [1], ["a", "b"])),
    ("format_dates", lambda a: check_format_dates(a, [1])),
    ("format_dates_in_dict", lambda a: check_format_dates({1: a}, [1])),
    ("format_choices", lambda a: check_format_choices({1: a}, [1], [1, 2])),
    ("format_choice", lambda a: check_format_choice(a, ["a", "b"])),
    ("format_multiple", lambda a: check_format_multiple_choice(a, ["a", "b"])),
    ("format_number", check_format_number),
    ("format_date", check_format_date),
]


@pytest.mark.parametrize(("name", "check"), CHECKS, ids=[name for name, _ in CHECKS])
def test_checks_survive_any_input_silently(name, check, capsys):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for answer in NASTY_INPUTS:
            result = check(answer)
            assert isinstance(result, Result), (name, answer)
            assert 0.0 <= result.score <= 1.0
            points = result.points(3)
            assert type(points) is float, (name, answer)
            assert 0.0 <= points <= 3.0
            str(result)
            result._repr_html_()
            result._repr_markdown_()
    assert [str(w.message) for w in caught] == []
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(("name", "check"), CHECKS, ids=[name for name, _ in CHECKS])
def test_wrong_answers_produce_indonesian_feedback(name, check):
    for answer in (None, 3.5, ["zzz"]):
        result = check(answer)
        if not result.passed:
            assert result.failed, (name, answer)
            for item in result.failed:
                assert item.message and item.message[0].isupper() and item.message.endswith(".")
