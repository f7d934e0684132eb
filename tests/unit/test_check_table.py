"""graders.check_table: a computed table against the grader's, leniently keyed, never crashing."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from graders import check_table

DAYS = pd.date_range("2026-08-03", periods=4, freq="D", tz="Asia/Jakarta")
KEY = pd.DataFrame(
    {"volume": [10, 12, 30, 11], "net_sentiment": [0.5, -0.25, -0.6, 0.0]}, index=DAYS
)
COLUMNS = ["volume", "net_sentiment"]
TOL = {"net_sentiment": 0.001}


def graded(answer, **kwargs):
    return check_table(answer, DAYS, COLUMNS, key=KEY, tolerance=TOL, **kwargs)


def test_the_key_itself_scores_full_marks_and_so_does_a_rounded_copy() -> None:
    assert graded(KEY).score == 1.0
    rounded = KEY.assign(net_sentiment=KEY["net_sentiment"].round(3))
    assert graded(rounded).score == 1.0


@pytest.mark.parametrize(
    "labels",
    [
        [d.date() for d in DAYS],
        [d.date().isoformat() for d in DAYS],
        [d.strftime("%d/%m/%Y") for d in DAYS],
        list(DAYS.tz_localize(None)),
    ],
)
def test_dates_are_matched_in_every_form_trainees_write(labels) -> None:
    assert graded(KEY.set_axis(labels)).score == 1.0
    as_column = KEY.reset_index(drop=True).assign(tanggal=labels)
    assert graded(as_column, index_column="tanggal").score == 1.0


def test_each_column_weighs_the_same_split_over_the_rows() -> None:
    one_wrong = KEY.copy()
    one_wrong.iloc[2, 0] = 31  # volume of 5 Aug
    result = graded(one_wrong)
    assert result.score == pytest.approx(0.5 + 0.5 * 3 / 4)
    message = " ".join(i.message for i in result.items if not i.passed)
    assert "2026-08-05" in message and "30" not in message  # the row, never the value


def test_missing_rows_and_columns_cost_their_share() -> None:
    assert graded(KEY.iloc[:2]).score == pytest.approx(0.5)
    assert graded(KEY[["volume"]]).score == pytest.approx(0.5)
    codes = {i.code for i in graded(KEY[["volume"]]).items}
    assert "tabel.kolom_hilang" in codes


def test_text_labels_ignore_case_and_spaces() -> None:
    key = pd.DataFrame({"rate": [50.0, 75.5]}, index=["bpbd", "dinkes"])
    given = pd.DataFrame({"instansi": [" BPBD", "Dinkes "], "rate": [50.02, 75.0]})
    result = check_table(
        given,
        ["bpbd", "dinkes"],
        ["rate"],
        key=key,
        tolerance={"rate": 0.06},
        index_column="instansi",
    )
    assert result.score == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        (None, "tabel.kosong"),
        ("volume 10", "tipe.salah"),
        ([1, 2, 3], "tipe.salah"),
        (KEY.to_dict(), "tipe.salah"),
    ],
)
def test_no_table_scores_zero_with_a_clear_message(answer, code) -> None:
    result = graded(answer)
    assert result.score == 0.0
    assert [i.code for i in result.items] == [code]


def test_odd_tables_are_graded_not_crashed() -> None:
    text_values = KEY.astype(str).assign(volume=["sepuluh", "12", "30", None])
    assert graded(text_values).score == pytest.approx(0.5 + 0.5 * 2 / 4)
    duplicated = pd.concat([KEY, KEY.iloc[:1]])
    assert graded(duplicated).score == 1.0
    nested = KEY.astype(object)
    nested.iloc[0, 0] = [10]
    assert graded(nested).score == pytest.approx(0.5 + 0.5 * 3 / 4)
    empty = pd.DataFrame()
    assert graded(empty).score == 0.0
    multi = pd.DataFrame(
        np.ones((2, 2)), columns=pd.MultiIndex.from_tuples([("a", "b"), ("c", "d")])
    )
    assert 0.0 <= graded(multi).score <= 1.0


def test_the_format_check_needs_no_key() -> None:
    assert check_table(KEY, DAYS, COLUMNS).score == 1.0
    partial = check_table(KEY.assign(volume="banyak"), DAYS, COLUMNS)
    assert 0.0 < partial.score < 1.0
    assert "tabel.bukan_angka" in {i.code for i in partial.items}
    assert check_table(KEY.iloc[:0], DAYS, COLUMNS).score < 1.0


def test_a_key_without_a_wanted_row_is_the_authors_error() -> None:
    with pytest.raises(ValueError, match="key"):
        check_table(KEY, [dt.date(2026, 9, 1)], COLUMNS, key=KEY)
