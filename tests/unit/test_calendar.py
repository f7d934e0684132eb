"""humas.calendar: working days around Indonesian holidays and cuti bersama.

Every expected date below was worked out by hand from this calendar (holidays package 0.108,
the SKB 3 Menteri lists it carries), not by calling the code under test:

March/April 2026  Mon 16  Tue 17  Wed 18 cuti Nyepi  Thu 19 Nyepi  Fri 20 cuti Idul Fitri
                  Sat 21 Idul Fitri  Sun 22 Idul Fitri  Mon 23 cuti  Tue 24 cuti  Wed 25 ...
                  Fri 3 Apr Wafat Yesus Kristus
March/April 2025  Thu 27  Fri 28 cuti Nyepi  Sat 29 Nyepi  Sun 30  Mon 31 Idul Fitri
                  Tue 1 Apr Idul Fitri  Wed 2, Thu 3, Fri 4, Mon 7 cuti  Tue 8 ...
                  Fri 18 Apr Wafat Yesus Kristus
Year end          Wed 24 Dec 2025  Thu 25 Natal  Fri 26 cuti  Sat 27  Sun 28  Mon 29 ...
                  Thu 1 Jan 2026 Tahun Baru  Fri 2  Sat 3  Sun 4  Mon 5 ... Fri 16 Jan Isra Mikraj
"""

from __future__ import annotations

import datetime as dt
import random
import warnings

import pandas as pd
import pytest

from humas import calendar as cal

D = dt.date


@pytest.fixture(autouse=True)
def default_cuti_bersama():
    """Every test starts and ends with the package's own cuti bersama list."""
    cal.reset_cuti_bersama()
    yield
    cal.reset_cuti_bersama()


# --------------------------------------------------------------------------- Idul Fitri 2026


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 3, 16), True),
        (D(2026, 3, 17), True),
        (D(2026, 3, 18), False),  # cuti bersama Nyepi
        (D(2026, 3, 19), False),  # Nyepi
        (D(2026, 3, 20), False),  # cuti bersama Idul Fitri
        (D(2026, 3, 21), False),  # Idul Fitri, Saturday
        (D(2026, 3, 22), False),  # Idul Fitri, Sunday
        (D(2026, 3, 23), False),  # cuti bersama
        (D(2026, 3, 24), False),  # cuti bersama
        (D(2026, 3, 25), True),
        (D(2026, 4, 3), False),  # Wafat Yesus Kristus
    ],
)
def test_which_days_around_idul_fitri_2026_are_working_days(day: dt.date, working: bool) -> None:
    assert cal.is_working_day(day) is working


def test_without_cuti_bersama_only_holidays_and_weekends_are_off() -> None:
    off = [
        d
        for d in (D(2026, 3, i) for i in range(16, 26))
        if not cal.is_working_day(d, cuti_bersama=())
    ]
    assert off == [D(2026, 3, 19), D(2026, 3, 21), D(2026, 3, 22)]


def test_one_working_day_after_17_march_2026_is_25_march() -> None:
    assert cal.add_working_days(D(2026, 3, 17), 1) == D(2026, 3, 25)
    assert cal.add_working_days(D(2026, 3, 17), 1, cuti_bersama=()) == D(2026, 3, 18)


def test_working_days_across_idul_fitri_2026() -> None:
    assert cal.working_days_between(D(2026, 3, 17), D(2026, 3, 25)) == 1
    # 18, 20, 23, 24, 25 without cuti bersama
    assert cal.working_days_between(D(2026, 3, 17), D(2026, 3, 25), cuti_bersama=()) == 5
    # the weekend holidays are not counted twice: 20 and 23 only
    assert cal.working_days_between(D(2026, 3, 19), D(2026, 3, 23), cuti_bersama=()) == 2


# --------------------------------------------------------------------------- UU KIP Pasal 22


def test_kip_deadline_for_a_request_before_idul_fitri_2026() -> None:
    request = D(2026, 3, 17)
    # 25, 26, 27, 30, 31 Mar, 1, 2 Apr, (3 Apr holiday), 6, 7, 8 Apr
    deadline = cal.add_working_days(request, 10)
    assert deadline == D(2026, 4, 8)
    # extension: 9, 10, 13, 14, 15, 16, 17 Apr
    assert cal.add_working_days(deadline, 7) == D(2026, 4, 17)


def test_kip_deadline_without_cuti_bersama() -> None:
    request = D(2026, 3, 17)
    # 18, 20, 23, 24, 25, 26, 27, 30, 31 Mar, 1 Apr
    deadline = cal.add_working_days(request, 10, cuti_bersama=())
    assert deadline == D(2026, 4, 1)
    # 2, (3 holiday), 6, 7, 8, 9, 10, 13 Apr
    assert cal.add_working_days(deadline, 7, cuti_bersama=()) == D(2026, 4, 13)


def test_kip_deadline_with_a_custom_cuti_bersama_list() -> None:
    custom = ["2026-03-20", D(2026, 3, 23)]
    # 18, (19 Nyepi, 20 custom, 21-22, 23 custom), 24, 25, 26, 27, 30, 31 Mar, 1, 2, (3), 6 Apr
    assert cal.add_working_days(D(2026, 3, 17), 10, cuti_bersama=custom) == D(2026, 4, 6)
    assert cal.is_working_day(D(2026, 3, 18), cuti_bersama=custom)
    assert cal.is_working_day(D(2026, 3, 24), cuti_bersama=custom)
    assert not cal.is_working_day(D(2026, 3, 23), cuti_bersama=custom)


def test_set_cuti_bersama_changes_the_module_default() -> None:
    cal.set_cuti_bersama(["2026-03-20", "2026-03-23"])
    assert cal.add_working_days(D(2026, 3, 17), 10) == D(2026, 4, 6)
    cal.set_cuti_bersama([])
    assert cal.add_working_days(D(2026, 3, 17), 10) == D(2026, 4, 1)
    cal.reset_cuti_bersama()
    assert cal.add_working_days(D(2026, 3, 17), 10) == D(2026, 4, 8)


def test_kip_deadline_for_a_request_before_idul_fitri_2025() -> None:
    request = D(2025, 3, 27)
    assert cal.add_working_days(request, 1) == D(2025, 4, 8)
    # 8, 9, 10, 11, 14, 15, 16, 17, (18 Wafat Yesus Kristus), 21, 22 Apr
    assert cal.add_working_days(request, 10) == D(2025, 4, 22)
    # without cuti bersama: 28 Mar, 2, 3, 4, 7, 8, 9, 10, 11, 14 Apr
    assert cal.add_working_days(request, 10, cuti_bersama=()) == D(2025, 4, 14)
    assert cal.working_days_between(D(2025, 3, 26), D(2025, 4, 8)) == 2


@pytest.mark.parametrize(
    "day",
    [
        D(2025, 3, 28),
        D(2025, 3, 31),
        D(2025, 4, 1),
        D(2025, 4, 2),
        D(2025, 4, 3),
        D(2025, 4, 4),
        D(2025, 4, 7),
    ],
)
def test_idul_fitri_2025_days_off(day: dt.date) -> None:
    assert not cal.is_working_day(day)


# --------------------------------------------------------------------------- year end


def test_working_days_across_the_year_end() -> None:
    a, b = D(2025, 12, 24), D(2026, 1, 5)
    assert cal.working_days_between(a, b) == 5  # 29, 30, 31 Dec, 2, 5 Jan
    assert cal.working_days_between(a, b, cuti_bersama=()) == 6  # and 26 Dec
    assert cal.add_working_days(a, 3) == D(2025, 12, 31)
    assert cal.add_working_days(a, 4) == D(2026, 1, 2)
    assert cal.add_working_days(a, 5) == D(2026, 1, 5)


def test_kip_deadline_across_the_year_end() -> None:
    # 29, 30, 31 Dec, 2, 5, 6, 7, 8, 9, 12 Jan
    deadline = cal.add_working_days(D(2025, 12, 24), 10)
    assert deadline == D(2026, 1, 12)
    # 13, 14, 15, (16 Isra Mikraj), 19, 20, 21, 22 Jan
    assert cal.add_working_days(deadline, 7) == D(2026, 1, 22)


def test_holidays_between_lists_holidays_and_cuti_bersama_in_indonesian() -> None:
    assert cal.holidays_between(D(2025, 12, 24), D(2026, 1, 5)) == [
        (D(2025, 12, 25), "Hari Raya Natal"),
        (D(2025, 12, 26), "Cuti Bersama Hari Raya Natal"),
        (D(2026, 1, 1), "Tahun Baru Masehi"),
    ]
    assert cal.holidays_between("2025-12-24", "2026-01-05", cuti_bersama=()) == [
        (D(2025, 12, 25), "Hari Raya Natal"),
        (D(2026, 1, 1), "Tahun Baru Masehi"),
    ]
    assert cal.holidays_between("2026-03-20", "2026-03-20", cuti_bersama=["2026-03-20"]) == [
        (D(2026, 3, 20), "Cuti bersama")
    ]


def test_holidays_between_rejects_a_reversed_range() -> None:
    with pytest.raises(ValueError, match="lebih awal daripada tanggal awal"):
        cal.holidays_between("2026-01-05", "2025-12-24")


# --------------------------------------------------------------------------- n = 0, negative n


def test_zero_days_returns_the_start_even_on_a_holiday() -> None:
    assert cal.add_working_days(D(2026, 3, 21), 0) == D(2026, 3, 21)
    assert cal.working_days_between(D(2026, 3, 21), D(2026, 3, 21)) == 0


def test_negative_days_count_backwards() -> None:
    assert cal.add_working_days(D(2026, 3, 25), -1) == D(2026, 3, 17)
    assert cal.add_working_days(D(2026, 1, 4), -1) == D(2026, 1, 2)  # Sunday -> Friday
    # 2 Jan, 31 Dec, 30 Dec (1 Jan and the weekend are skipped)
    assert cal.add_working_days(D(2026, 1, 5), -2) == D(2025, 12, 31)
    assert cal.add_working_days(D(2026, 1, 5), -3) == D(2025, 12, 30)
    assert cal.working_days_between(D(2026, 3, 25), D(2026, 3, 17)) == -1
    assert cal.working_days_between(D(2026, 1, 4), D(2026, 1, 2)) == -1


# --------------------------------------------------------------------------- round trip


@pytest.mark.parametrize("cuti", [None, (), ["2026-03-18", "2025-12-31", "2027-01-04"]])
def test_round_trip_over_many_dates(cuti: object) -> None:
    rng = random.Random(20260320)
    start = D(2024, 12, 1)
    for _ in range(400):
        a = start + dt.timedelta(days=rng.randrange(800))
        n = rng.randrange(-30, 31)
        b = cal.add_working_days(a, n, cuti_bersama=cuti)
        assert cal.working_days_between(a, b, cuti_bersama=cuti) == n, (a, n, b)
        if n > 0:
            assert cal.is_working_day(b, cuti_bersama=cuti)


def test_round_trip_property() -> None:
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies

    @hypothesis.settings(max_examples=300, deadline=None, derandomize=True, database=None)
    @hypothesis.given(
        a=st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31)),
        n=st.integers(min_value=-60, max_value=60),
        cuti=st.one_of(st.none(), st.just(()), st.lists(st.dates(D(2020, 1, 1), D(2031, 6, 30)))),
    )
    def round_trip(a: dt.date, n: int, cuti: object) -> None:
        b = cal.add_working_days(a, n, cuti_bersama=cuti)
        assert cal.working_days_between(a, b, cuti_bersama=cuti) == n

    round_trip()


def test_counting_agrees_with_checking_day_by_day() -> None:
    a = D(2025, 11, 1)
    for days in range(0, 200, 7):
        b = a + dt.timedelta(days=days)
        expected = sum(cal.is_working_day(a + dt.timedelta(days=i)) for i in range(1, days + 1))
        assert cal.working_days_between(a, b) == expected


# --------------------------------------------------------------------------- inputs


@pytest.mark.parametrize(
    "start",
    [
        D(2026, 3, 17),
        dt.datetime(2026, 3, 17, 15, 30),
        pd.Timestamp("2026-03-17 09:00", tz="Asia/Jakarta"),
        "2026-03-17",
        " 2026-03-17T10:00:00+07:00 ",
    ],
)
def test_accepts_dates_datetimes_timestamps_and_iso_strings(start: object) -> None:
    result = cal.add_working_days(start, 1)
    assert result == D(2026, 3, 25)
    assert type(result) is dt.date


@pytest.mark.parametrize("bad", [20260317, None, 3.5, ["2026-03-17"]])
def test_a_value_that_is_not_a_date_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="harus berupa tanggal"):
        cal.add_working_days(bad, 1)


@pytest.mark.parametrize("bad", ["17-03-2026", "2026-02-30", "besok", pd.NaT])
def test_a_text_that_is_not_an_iso_date_is_a_value_error(bad: object) -> None:
    with pytest.raises(ValueError, match="(tidak dikenali sebagai tanggal|NaT)"):
        cal.is_working_day(bad)


@pytest.mark.parametrize("bad", [1.0, "10", True, None])
def test_n_must_be_an_integer(bad: object) -> None:
    with pytest.raises(TypeError, match="Argumen 'n' harus berupa bilangan bulat"):
        cal.add_working_days("2026-03-17", bad)  # type: ignore[arg-type]


def test_cuti_bersama_must_be_dates() -> None:
    with pytest.raises(TypeError, match="daftar tanggal"):
        cal.is_working_day("2026-03-17", cuti_bersama=5)
    with pytest.raises(ValueError, match="tidak dikenali"):
        cal.is_working_day("2026-03-17", cuti_bersama=["besok"])
    # a single date is read as a list of one
    assert not cal.is_working_day("2026-03-17", cuti_bersama="2026-03-17")


def test_calendar_is_silent(capsys: pytest.CaptureFixture[str]) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cal.add_working_days("2099-12-20", 20)
        cal.holidays_between("1990-01-01", "1990-12-31")
    assert caught == []
    assert capsys.readouterr() == ("", "")
