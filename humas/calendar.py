"""Indonesian working days for public-information deadlines.

UU No. 14 Tahun 2008 (KIP) Pasal 22 ayat (7)-(8) gives a public body 10 working days to
answer a request, extendable once by at most 7 working days. A working day here is Monday
to Friday, not a national holiday (``holidays.Indonesia``) and not *cuti bersama*.

*Cuti bersama* is set every year by an SKB 3 Menteri, so it is configurable: by default it
is the ``government`` category of the ``holidays`` package; ``cuti_bersama=()`` disables it,
any iterable of dates replaces it, and :func:`set_cuti_bersama` changes the module default.

Dates may be given as ``datetime.date``, ``datetime.datetime``, ``pandas.Timestamp`` or an
ISO string such as ``"2026-03-20"``; results are always ``datetime.date``.

>>> add_working_days("2026-03-17", 1)  # 18-24 March 2026: Nyepi, Idul Fitri, cuti bersama
datetime.date(2026, 3, 25)
>>> add_working_days("2026-03-17", 1, cuti_bersama=())
datetime.date(2026, 3, 18)
"""

from __future__ import annotations

import datetime as _dt
import functools
import warnings
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

__all__ = [
    "parse_iso_date",
    "format_date",
    "add_working_days",
    "holidays_between",
    "is_working_day",
    "reset_cuti_bersama",
    "set_cuti_bersama",
    "working_days_between",
]

DateLike = Any  # date, datetime, pandas.Timestamp, numpy.datetime64 or ISO string

_ONE_DAY = _dt.timedelta(days=1)
_CUTI_BERSAMA = "Cuti bersama"

# Module default for cuti bersama: None means "the holidays package's government category".
_default_cuti: frozenset[_dt.date] | None = None


# --------------------------------------------------------------------------- input checks


def parse_iso_date(text: str) -> _dt.date | None:
    """An ISO date (``2026-03-20``, time allowed) read from text, or None.

    >>> parse_iso_date(" 2026-03-20T08:00:00+07:00 ")
    datetime.date(2026, 3, 20)
    >>> parse_iso_date("20/03/2026") is None
    True
    """
    text = text.strip()
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return _dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _to_date(value: DateLike, argument: str) -> _dt.date:
    """Convert a date-like value to ``datetime.date`` with Indonesian error messages."""
    if isinstance(value, _dt.datetime):  # includes pandas.Timestamp (and NaT)
        if type(value).__name__ == "NaTType":  # pandas.NaT, without importing pandas
            raise ValueError(f"Argumen '{argument}' kosong (NaT), bukan tanggal.")
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if type(value).__name__ == "datetime64":  # numpy.datetime64, without importing numpy
        value = str(value)
        if value == "NaT":
            raise ValueError(f"Argumen '{argument}' kosong (NaT), bukan tanggal.")
    if isinstance(value, str):
        parsed = parse_iso_date(value)
        if parsed is None:
            raise ValueError(
                f"Argumen '{argument}': {value!r} tidak dikenali sebagai tanggal. "
                "Gunakan format TTTT-BB-HH, misalnya '2026-03-20'."
            )
        return parsed
    raise TypeError(
        f"Argumen '{argument}' harus berupa tanggal (date, datetime, pandas.Timestamp, atau "
        f"teks seperti '2026-03-20'), bukan {type(value).__name__}."
    )


def _to_int(value: Any, argument: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if type(value).__module__ == "numpy" and type(value).__name__.startswith(("int", "uint")):
            return int(value)
        raise TypeError(
            f"Argumen '{argument}' harus berupa bilangan bulat (int), bukan {type(value).__name__}."
        )
    return value


def _to_date_set(dates: Any, argument: str) -> frozenset[_dt.date]:
    if dates is None:
        raise TypeError(f"Argumen '{argument}' harus berupa daftar tanggal, bukan None.")
    if isinstance(dates, (str, _dt.date)) or type(dates).__name__ == "datetime64":
        return frozenset({_to_date(dates, argument)})
    if not isinstance(dates, Iterable):
        raise TypeError(
            f"Argumen '{argument}' harus berupa daftar tanggal, misalnya ['2026-03-20'], "
            f"bukan {type(dates).__name__}."
        )
    return frozenset(_to_date(d, argument) for d in dates)


def _resolve(cuti_bersama: Any) -> frozenset[_dt.date] | None:
    """The cuti bersama to use: a set of dates, or None for the package's default."""
    if cuti_bersama is None:
        return _default_cuti
    return _to_date_set(cuti_bersama, "cuti_bersama")


# --------------------------------------------------------------------------- holiday data


def _indonesia(year: int, categories: tuple[str, ...]) -> Mapping[_dt.date, str]:
    import holidays

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = holidays.Indonesia(years=year, language="id", categories=categories)
    return MappingProxyType(dict(table))


@functools.lru_cache(maxsize=512)
def _national(year: int) -> Mapping[_dt.date, str]:
    """National holidays of one year with Indonesian names."""
    return _indonesia(year, ("public",))


@functools.lru_cache(maxsize=512)
def _government_cuti(year: int) -> Mapping[_dt.date, str]:
    """Cuti bersama (SKB 3 Menteri) of one year, as known to the holidays package."""
    return _indonesia(year, ("government",))


def _cuti_in(lo: _dt.date, hi: _dt.date, cuti: frozenset[_dt.date] | None) -> dict[_dt.date, str]:
    if cuti is None:
        found: dict[_dt.date, str] = {}
        for year in range(lo.year, hi.year + 1):
            found.update((d, n) for d, n in _government_cuti(year).items() if lo <= d <= hi)
        return found
    return {d: _CUTI_BERSAMA for d in cuti if lo <= d <= hi}


def _is_working(d: _dt.date, cuti: frozenset[_dt.date] | None) -> bool:
    if d.weekday() >= 5 or d in _national(d.year):
        return False
    if cuti is None:
        return d not in _government_cuti(d.year)
    return d not in cuti


def _count_working(lo: _dt.date, hi: _dt.date, cuti: frozenset[_dt.date] | None) -> int:
    """Working days d with lo <= d <= hi (0 if hi < lo)."""
    if hi < lo:
        return 0
    days = (hi - lo).days + 1
    weeks, rest = divmod(days, 7)
    first = lo.weekday()
    weekdays = 5 * weeks + sum(1 for i in range(rest) if (first + i) % 7 < 5)
    off = set(_cuti_in(lo, hi, cuti))
    for year in range(lo.year, hi.year + 1):
        off.update(d for d in _national(year) if lo <= d <= hi)
    return weekdays - sum(1 for d in off if d.weekday() < 5)


# --------------------------------------------------------------------------- public API


def is_working_day(d: DateLike, *, cuti_bersama: Any = None) -> bool:
    """Whether ``d`` is a working day (Mon-Fri, no national holiday, no cuti bersama).

    >>> is_working_day("2026-03-20")  # cuti bersama Idul Fitri
    False
    >>> is_working_day("2026-03-20", cuti_bersama=())
    True
    """
    return _is_working(_to_date(d, "d"), _resolve(cuti_bersama))


def add_working_days(start: DateLike, n: int, *, cuti_bersama: Any = None) -> _dt.date:
    """The date ``n`` working days after ``start`` (``start`` itself is not counted).

    ``n = 0`` returns ``start`` unchanged (even on a holiday). A negative ``n`` counts
    backwards: the ``|n|``-th working day before ``start``. For every ``n``,
    ``working_days_between(start, add_working_days(start, n)) == n``.

    >>> add_working_days("2025-12-24", 3)  # 25 Natal, 26 cuti bersama, 27-28 weekend
    datetime.date(2025, 12, 31)
    >>> add_working_days("2026-01-05", -2)  # 1 Jan Tahun Baru, 3-4 Jan weekend
    datetime.date(2025, 12, 31)
    """
    day = _to_date(start, "start")
    steps = _to_int(n, "n")
    cuti = _resolve(cuti_bersama)
    step = _ONE_DAY if steps > 0 else -_ONE_DAY
    remaining = abs(steps)
    try:
        while remaining:
            day += step
            if _is_working(day, cuti):
                remaining -= 1
    except OverflowError:
        raise ValueError(
            "Hasil perhitungan melewati rentang tanggal yang didukung (tahun 1 sampai 9999)."
        ) from None
    return day


def working_days_between(a: DateLike, b: DateLike, *, cuti_bersama: Any = None) -> int:
    """Number of working days d with ``a < d <= b``; negative when ``b < a``.

    When ``b < a`` the result is minus the number of working days d with ``b <= d < a``
    (counting backwards from ``a``), so that it is the inverse of :func:`add_working_days`.

    >>> working_days_between("2026-03-17", "2026-03-25")
    1
    >>> working_days_between("2026-03-25", "2026-03-17")
    -1
    """
    start = _to_date(a, "a")
    end = _to_date(b, "b")
    cuti = _resolve(cuti_bersama)
    if start <= end:
        return _count_working(start + _ONE_DAY, end, cuti) if start < end else 0
    return -_count_working(end, start - _ONE_DAY, cuti)


def holidays_between(
    a: DateLike, b: DateLike, *, cuti_bersama: Any = None
) -> list[tuple[_dt.date, str]]:
    """National holidays and cuti bersama from ``a`` to ``b`` (both included), by date.

    Names are Indonesian. Pass ``cuti_bersama=()`` to list national holidays only.

    >>> for day, name in holidays_between("2025-12-24", "2026-01-02"):
    ...     print(day, name)
    2025-12-25 Hari Raya Natal
    2025-12-26 Cuti Bersama Hari Raya Natal
    2026-01-01 Tahun Baru Masehi
    """
    lo = _to_date(a, "a")
    hi = _to_date(b, "b")
    if hi < lo:
        raise ValueError(
            f"Tanggal akhir ({hi.isoformat()}) lebih awal daripada tanggal awal ({lo.isoformat()})."
        )
    found = _cuti_in(lo, hi, _resolve(cuti_bersama))
    for year in range(lo.year, hi.year + 1):
        found.update((d, name) for d, name in _national(year).items() if lo <= d <= hi)
    return sorted(found.items())


def set_cuti_bersama(dates: Iterable[DateLike]) -> None:
    """Replace the module's default cuti bersama by ``dates`` (an iterable of dates).

    >>> set_cuti_bersama(["2026-03-20"])
    >>> is_working_day("2026-03-23")
    True
    >>> reset_cuti_bersama()
    >>> is_working_day("2026-03-23")
    False
    """
    global _default_cuti
    _default_cuti = _to_date_set(dates, "dates")


def reset_cuti_bersama() -> None:
    """Go back to the default cuti bersama (the ``holidays`` package's list)."""
    global _default_cuti
    _default_cuti = None


_MONTH_NAMES = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
_DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def format_date(day: DateLike) -> str:
    """Indonesian long form of a date: ``Rabu, 25 Maret 2026``.

    >>> format_date(_dt.date(2026, 3, 25))
    'Rabu, 25 Maret 2026'
    >>> format_date("2026-12-25")
    'Jumat, 25 Desember 2026'
    """
    d = _to_date(day, "day")
    return f"{_DAY_NAMES[d.weekday()]}, {d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"
