"""Check a one-week content calendar: :func:`check_content_calendar`.

The trainee plans a week of posts as a pandas ``DataFrame``, one row per post, with
the columns (names in any letter case; English aliases in :data:`COLUMN_ALIASES`):

- ``tanggal``: a date (``date``, ``datetime``, ``Timestamp``) or text such as
  ``"2026-09-07"``, ``"07-09-2026"`` or ``"7 September 2026"``;
- ``jam``: the hour 0-23 as a number, or text ``"19:00"``/``"19.00"`` (the slot is
  the hour; minutes are allowed), or a ``datetime.time``;
- ``platform``: ``x``, ``instagram``, ``facebook``, ``tiktok``, ``youtube``
  (``Twitter``, ``IG``, ``FB``, ``YT`` are understood);
- ``format``: ``teks``, ``foto``, ``video``, ``carousel``, ``reels``; each platform
  only has its own formats (:data:`PLATFORM_FORMATS`, as in ``official_posts``);
- ``topik``: free text, not empty.

Rows are named as the trainee counts them: "baris ke-3" is the third row from the
top (``calendar.iloc[2]``), whatever the index says.

**Structure items (no key needed; the visible test cell runs these):**

==========  ======  ==============================================================
item        weight  passes when
==========  ======  ==============================================================
kolom       1       the five columns are present (the missing ones are named)
tanggal     1       every ``tanggal`` is a readable date
jam         1       every ``jam`` is a readable hour 0-23
platform    1       every ``platform`` is one of the five platforms
format      1       every ``format`` is available on its row's platform
topik       1       every ``topik`` is filled in
rentang     2       the week: the dates run over exactly 7 consecutive days from
                    ``start`` (if given; else from the earliest date) to
                    ``start + 6`` and no date lies outside them
harian      2       every day from the first to the last planned date (inside
                    the week) has ``min_posts_per_day``..``max_posts_per_day``
                    posts; a gap inside the week fails here, days missing at the
                    start or the end of the week fail ``rentang``
duplikat    1       no two rows share a slot (same date, hour and platform)
==========  ======  ==============================================================

An item that needs a missing column fails with code ``<item>.tidak_diperiksa``;
rows whose date or hour cannot be read are left out of the later items (they
already fail ``tanggal``/``jam``).

**Items that need the key (passed by the hidden test, never stored here):**

==============  ======  ==========================================================
item            weight  passes when
==============  ======  ==========================================================
jam_terbaik     3       (``best_hours``: a set of hours) at least 60 % of the posts
                        (with a readable hour) are scheduled in those hours;
                        partial credit ``share / 0.6``
format_terbaik  3       (``best_formats``: platform -> best formats) on every
                        platform of the calendar that the key covers, at least
                        60 % of its posts use one of its best formats; partial
                        credit is the mean of ``min(1, share_p / 0.6)`` weighted
                        by each platform's number of posts
ragam           1       (``best_formats``) the week mixes formats: not every post
                        has the same format
==============  ======  ==========================================================

Without any key the result is a format check ("Pemeriksaan format"). Messages
never name the best hours or formats; they report the trainee's own shares.

>>> import pandas as pd
>>> week = pd.DataFrame({
...     "Tanggal": pd.date_range("2026-09-07", periods=7).repeat(2),
...     "Jam": [7, 19] * 7,
...     "Platform": ["instagram", "facebook"] * 7,
...     "Format": ["reels", "video"] * 7,
...     "Topik": ["Gerakan 3M Plus"] * 14,
... })
>>> check_content_calendar(week, start="2026-09-07").passed
True
>>> hasil = check_content_calendar(week, best_hours={6, 7, 8})
>>> print(hasil.failed[0].message)
Baru 50% unggahan dijadwalkan pada jam dengan tingkat interaksi tertinggi menurut data; \
usahakan paling sedikit 60%. Lihat kembali median tingkat interaksi per jam pada data unggahan \
resmi.
>>> round(hasil.score, 3)  # (11 + 3 * 0.5 / 0.6) / 14: partial credit for the share
0.964
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import math
import numbers
import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from graders._text import display_value, is_missing, join_id, normalize, type_name
from graders.primitives import FORMAT_TITLE, FORMAT_VERDICT, TYPE_CODE, parse_date
from graders.result import Item, Result
from humas.calendar import format_date
from humas.plans import PLATFORM_NAMES, platform_code

__all__ = [
    "BEST_SHARE",
    "COLUMNS",
    "COLUMN_ALIASES",
    "FORMATS",
    "PLATFORM_FORMATS",
    "WEIGHTS",
    "check_content_calendar",
]

# Public knowledge (datasets/README.md, official_posts.csv): the formats each platform has.
PLATFORM_FORMATS: dict[str, tuple[str, ...]] = {
    "x": ("teks", "foto", "video"),
    "instagram": ("foto", "video", "carousel", "reels"),
    "facebook": ("teks", "foto", "video", "carousel", "reels"),
    "tiktok": ("video", "carousel"),
    "youtube": ("video", "reels"),
}
FORMATS = ("teks", "foto", "video", "carousel", "reels")
COLUMNS = ("tanggal", "jam", "platform", "format", "topik")
COLUMN_ALIASES = {
    "tanggal": ("tanggal", "tgl", "date", "hari tanggal"),
    "jam": ("jam", "pukul", "waktu", "hour", "time"),
    "platform": ("platform", "kanal", "media sosial", "medsos"),
    "format": ("format", "jenis konten", "format konten"),
    "topik": ("topik", "tema", "topic", "judul", "konten"),
}
_FORMAT_ALIASES = {
    "teks": "teks", "text": "teks", "tulisan": "teks", "status": "teks", "cuitan": "teks",
    "foto": "foto", "photo": "foto", "gambar": "foto", "image": "foto", "infografis": "foto",
    "video": "video",
    "carousel": "carousel", "karosel": "carousel", "korsel": "carousel",
    "reels": "reels", "reel": "reels", "shorts": "reels", "short": "reels",
}  # fmt: skip
WEIGHTS = {
    "kolom": 1.0,
    "tanggal": 1.0,
    "jam": 1.0,
    "platform": 1.0,
    "format": 1.0,
    "topik": 1.0,
    "rentang": 2.0,
    "harian": 2.0,
    "duplikat": 1.0,
    "jam_terbaik": 3.0,
    "format_terbaik": 3.0,
    "ragam": 1.0,
}
BEST_SHARE = 0.6
WEEK_DAYS = 7
_MAX_LISTED = 5
_HOUR_TEXT = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?(?:\s*wi[bt]a?)?$")
_DEPENDS = {
    "tanggal": ("tanggal",),
    "jam": ("jam",),
    "platform": ("platform",),
    "format": ("platform", "format"),
    "topik": ("topik",),
    "rentang": ("tanggal",),
    "harian": ("tanggal",),
    "duplikat": ("tanggal", "jam", "platform"),
    "jam_terbaik": ("jam",),
    "format_terbaik": ("platform", "format"),
    "ragam": ("format",),
}

_PART_NAMES = {
    "tanggal": "Tanggal",
    "jam": "Jam",
    "platform": "Platform",
    "format": "Kesesuaian format dengan platform",
    "topik": "Topik",
    "rentang": "Rentang sepekan",
    "harian": "Jumlah unggahan per hari",
    "duplikat": "Slot ganda",
    "jam_terbaik": "Pemilihan jam unggah",
    "format_terbaik": "Pemilihan format",
    "ragam": "Variasi format",
}

_Scored = list[tuple[Item, float]]  # an item and its credit in [0, 1]


# --------------------------------------------------------------------------- wording
def _join(parts: list[str], *, limit: int = _MAX_LISTED) -> str:
    return join_id(parts, limit=limit)


def _rows(numbers_: list[int]) -> str:
    """``baris ke-2``, ``baris ke-2 dan ke-5``, ``baris ke-2, ke-3, dan 4 lainnya``."""
    labels = [f"ke-{n}" for n in numbers_]
    return "baris " + _join(labels)


def _percent(share: float) -> str:
    return f"{int(share * 100 + 0.5)}%"


def _hour_text(hour: int) -> str:
    return f"pukul {hour:02d}.00"


def _platform_name(code: str) -> str:
    return PLATFORM_NAMES.get(code, code)


def _platform_list() -> str:
    return ", ".join(PLATFORM_FORMATS)


def _format_list(code: str) -> str:
    return ", ".join(PLATFORM_FORMATS[code])


# --------------------------------------------------------------------------- author input
def _author_date(value: object, what: str) -> _dt.date | None:
    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise ValueError(f"check_content_calendar: {what} is not a readable date: {value!r}")
    return day


def _author_hours(hours: object) -> frozenset[int] | None:
    if hours is None:
        return None
    if isinstance(hours, str | bytes) or not isinstance(hours, Iterable):
        raise TypeError("check_content_calendar: best_hours must be a collection of hours")
    result = set()
    for hour in hours:
        if isinstance(hour, bool) or not isinstance(hour, numbers.Integral) or not 0 <= hour < 24:
            raise ValueError(f"check_content_calendar: best_hours has a bad hour {hour!r}")
        result.add(int(hour))
    if not result:
        raise ValueError("check_content_calendar: best_hours must not be empty")
    return frozenset(result)


def _author_formats(best: object) -> dict[str, frozenset[str]] | None:
    if best is None:
        return None
    if not isinstance(best, Mapping) or not best:
        raise TypeError("check_content_calendar: best_formats must be a non-empty mapping")
    table: dict[str, frozenset[str]] = {}
    for name, formats in best.items():
        code = platform_code(name)
        if code not in PLATFORM_FORMATS:
            raise ValueError(f"check_content_calendar: best_formats has unknown platform {name!r}")
        listed = [formats] if isinstance(formats, str) else list(formats)
        chosen = {_format_code(f) for f in listed}
        if not chosen or not chosen <= set(PLATFORM_FORMATS[code]):
            raise ValueError(
                f"check_content_calendar: best_formats[{name!r}] must list formats of "
                f"{code}: {PLATFORM_FORMATS[code]}"
            )
        table[code] = frozenset(chosen)  # type: ignore[arg-type]
    return table


def _author_count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 0:
        raise ValueError(f"check_content_calendar: {what} must be a non-negative int")
    return int(value)


# --------------------------------------------------------------------------- reading cells
def _format_code(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return _FORMAT_ALIASES.get(normalize(value))


def _read_hour(value: object) -> int | None:
    if is_missing(value) or isinstance(value, bool) or type(value).__name__ == "bool":
        return None
    if isinstance(value, numbers.Integral):
        hour = int(value)
        return hour if 0 <= hour <= 23 else None
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isfinite(number) and number.is_integer() and 0 <= number <= 23:
            return int(number)
        return None
    if isinstance(value, _dt.datetime | _dt.time):
        return value.hour
    if type(value).__name__ == "Timedelta":
        seconds = value.total_seconds()  # type: ignore[attr-defined]
        return int(seconds // 3600) if 0 <= seconds < 24 * 3600 else None
    if isinstance(value, str):
        match = _HOUR_TEXT.match(value.strip().casefold())
        if not match:
            return None
        hour, minute = int(match[1]), int(match[2] or 0)
        return hour if 0 <= hour <= 23 and 0 <= minute <= 59 else None
    return None


def _column_map(frame: Any) -> dict[str, Any]:
    """Required column -> the trainee's column label (first match wins)."""
    found: dict[str, Any] = {}
    normalized = [(normalize(str(label)), label) for label in frame.columns]
    for column in COLUMNS:
        aliases = COLUMN_ALIASES[column]
        for alias in aliases:  # the Indonesian name first, then aliases in order
            match = next((label for key, label in normalized if key == alias), None)
            if match is not None:
                found[column] = match
                break
    return found


class _Calendar:
    """The trainee's rows, read cell by cell (lists by position; messages count from 1)."""

    def __init__(self, frame: Any) -> None:
        self.size = len(frame)
        self.columns = _column_map(frame)
        used = set()
        values: dict[str, list[object]] = {}
        for column, label in self.columns.items():
            if label in used:  # the same trainee column cannot serve twice
                continue
            used.add(label)
            position = list(frame.columns).index(label)
            values[column] = list(frame.iloc[:, position].tolist())
        self.columns = {c: self.columns[c] for c in values}
        self.raw = values
        self.dates = [parse_date(v) for v in values.get("tanggal", [])]
        self.hours = [_read_hour(v) for v in values.get("jam", [])]
        self.platforms = [
            code if (code := platform_code(v)) in PLATFORM_FORMATS else None
            for v in values.get("platform", [])
        ]
        self.formats = [_format_code(v) for v in values.get("format", [])]

    def has(self, *columns: str) -> bool:
        return all(c in self.columns for c in columns)

    def valid_pairs(self) -> list[tuple[int, str, str]]:
        """(row index, platform, format) of rows whose pair is valid."""
        return [
            (i, p, f)
            for i, (p, f) in enumerate(zip(self.platforms, self.formats, strict=True))
            if p is not None and f is not None and f in PLATFORM_FORMATS[p]
        ]


# --------------------------------------------------------------------------- structure
def _missing_columns_item(cal: _Calendar) -> Item:
    w = WEIGHTS["kolom"]
    missing = [c for c in COLUMNS if c not in cal.columns]
    if not missing:
        return Item(
            "kolom.lengkap", True, "Kolom tanggal, jam, platform, format, dan topik ada.", w
        )
    names = _join([f"'{c}'" for c in missing])
    return Item(
        "kolom.hilang",
        False,
        f"Kolom {names} belum ada. Kalender memerlukan kolom tanggal, jam, platform, format, "
        "dan topik (satu baris untuk satu unggahan).",
        w,
    )


def _skipped(name: str, cal: _Calendar) -> Item:
    missing = [c for c in _DEPENDS[name] if c not in cal.columns]
    return Item(
        f"{name}.tidak_diperiksa",
        False,
        f"{_PART_NAMES[name]} belum dapat diperiksa karena kolom "
        f"{_join([repr(c) for c in missing])} belum ada.",
        WEIGHTS[name],
    )


def _written(values: list[object], bad: list[int]) -> str:
    """What the trainee wrote in the first bad cells: ``'2026-09-31' dan 'besok'``."""
    shown = [display_value(values[i]) for i in bad[:3]]
    if len(bad) > 3:
        shown.append("...")
    return ", ".join(shown) if len(shown) > 2 else " dan ".join(shown)


def _date_item(cal: _Calendar) -> Item:
    w = WEIGHTS["tanggal"]
    bad = [i for i, d in enumerate(cal.dates) if d is None]
    if not bad:
        return Item("tanggal.sesuai", True, "Semua tanggal dapat dibaca.", w)
    return Item(
        "tanggal.tidak_terbaca",
        False,
        f"Tanggal pada {_rows([i + 1 for i in bad])} tidak dapat dibaca (tertulis "
        f"{_written(cal.raw['tanggal'], bad)}); gunakan format TTTT-BB-HH, misalnya "
        "2026-09-07.",
        w,
    )


def _hour_item(cal: _Calendar) -> Item:
    w = WEIGHTS["jam"]
    bad = [i for i, h in enumerate(cal.hours) if h is None]
    if not bad:
        return Item("jam.sesuai", True, "Semua jam dapat dibaca.", w)
    return Item(
        "jam.tidak_terbaca",
        False,
        f"Jam pada {_rows([i + 1 for i in bad])} tidak dapat dibaca (tertulis "
        f"{_written(cal.raw['jam'], bad)}); tulis jam 0-23 sebagai angka (misalnya 19) atau "
        "teks '19:00'.",
        w,
    )


def _platform_item(cal: _Calendar) -> Item:
    bad = [i for i, p in enumerate(cal.platforms) if p is None]
    if not bad:
        return Item("platform.sesuai", True, "Semua platform dikenal.", WEIGHTS["platform"])
    return Item(
        "platform.tidak_dikenal",
        False,
        f"Platform pada {_rows([i + 1 for i in bad])} (tertulis "
        f"{_written(cal.raw['platform'], bad)}) tidak termasuk platform kalender ini; gunakan "
        f"salah satu dari: {_platform_list()}.",
        WEIGHTS["platform"],
    )


def _format_item(cal: _Calendar) -> Item:
    w = WEIGHTS["format"]
    problems: list[str] = []
    for i, (code, fmt) in enumerate(zip(cal.platforms, cal.formats, strict=True)):
        row = f"baris ke-{i + 1}"
        raw = cal.raw["format"][i]
        if fmt is None:
            problems.append(
                f"{row}: format {display_value(raw)} tidak dikenal (pilihan: {', '.join(FORMATS)})"
            )
        elif code is not None and fmt not in PLATFORM_FORMATS[code]:
            problems.append(
                f"{row}: format '{fmt}' tidak tersedia di {_platform_name(code)} "
                f"(pilihan: {_format_list(code)})"
            )
    if not problems:
        return Item("format.sesuai", True, "Semua format tersedia di platformnya.", w)
    listed = "; ".join(problems[:_MAX_LISTED])
    more = len(problems) - _MAX_LISTED
    tail = f"; dan {more} baris lainnya" if more > 0 else ""
    return Item("format.tidak_sesuai", False, f"Format belum sesuai: {listed}{tail}.", w)


def _topic_item(cal: _Calendar) -> Item:
    bad = [i + 1 for i, v in enumerate(cal.raw["topik"]) if is_missing(v) or not normalize(str(v))]
    if not bad:
        return Item("topik.sesuai", True, "Semua topik sudah diisi.", WEIGHTS["topik"])
    return Item(
        "topik.kosong",
        False,
        f"Topik pada {_rows(bad)} belum diisi; tulis pokok bahasan setiap unggahan.",
        WEIGHTS["topik"],
    )


def _short_range(first: _dt.date, last: _dt.date) -> str:
    return f"{format_date(first)} sampai {format_date(last)}"


def _range_item(cal: _Calendar, start: _dt.date | None) -> tuple[Item, _dt.date | None]:
    w = WEIGHTS["rentang"]
    dates = [d for d in cal.dates if d is not None]
    if not dates:
        return (
            Item(
                "rentang.tidak_diperiksa",
                False,
                "Rentang sepekan belum dapat diperiksa karena belum ada tanggal yang terbaca.",
                w,
            ),
            None,
        )
    first_day = start if start is not None else min(dates)
    last_day = first_day + _dt.timedelta(days=WEEK_DAYS - 1)
    week = _short_range(first_day, last_day)
    problems = []
    outside = [
        i + 1 for i, d in enumerate(cal.dates) if d is not None and not first_day <= d <= last_day
    ]
    if outside:
        problems.append(f"{_rows(outside)} bertanggal di luar pekan {week}")
    inside = sorted({d for d in dates if first_day <= d <= last_day})
    if not inside:
        problems.append("belum ada unggahan di dalam pekan itu")
    else:
        if inside[0] > first_day:
            problems.append(
                f"kalender harus dimulai pada {format_date(first_day)}, tetapi unggahan pertama "
                f"baru pada {format_date(inside[0])}"
            )
        if inside[-1] < last_day:
            covered = (inside[-1] - inside[0]).days + 1
            problems.append(
                f"kalender baru mencakup {covered} hari sampai {format_date(inside[-1])}; "
                f"rencanakan tujuh hari berturut-turut sampai {format_date(last_day)}"
            )
    if not problems:
        return Item("rentang.sesuai", True, f"Kalender mencakup satu pekan: {week}.", w), first_day
    code = "rentang.di_luar" if outside else "rentang.kurang"
    text = "; ".join(problems)
    return Item(code, False, f"Rentang kalender belum tepat: {text}.", w), first_day


def _daily_item(cal: _Calendar, first_day: _dt.date | None, low: int, high: int) -> Item:
    w = WEIGHTS["harian"]
    if first_day is None:
        return Item(
            "harian.tidak_diperiksa",
            False,
            "Jumlah unggahan per hari belum dapat diperiksa karena belum ada tanggal yang terbaca.",
            w,
        )
    last_day = first_day + _dt.timedelta(days=WEEK_DAYS - 1)
    counts = Counter(d for d in cal.dates if d is not None and first_day <= d <= last_day)
    limit = f"{low} sampai {high}" if low != high else str(low)
    if not counts:
        return Item("harian.tidak_sesuai", False, "Belum ada unggahan di dalam pekan ini.", w)
    days = [
        min(counts) + _dt.timedelta(days=k) for k in range((max(counts) - min(counts)).days + 1)
    ]
    problems = []
    for day in days:
        count = counts.get(day, 0)
        if count == 0 and low > 0:
            problems.append(f"{format_date(day)} belum ada unggahan")
        elif count < low:
            problems.append(f"{format_date(day)} baru {count} unggahan")
        elif count > high:
            problems.append(f"{format_date(day)} ada {count} unggahan")
    if not problems:
        return Item(
            "harian.sesuai", True, f"Setiap hari ada {limit} unggahan, sesuai ketentuan.", w
        )
    return Item(
        "harian.tidak_sesuai",
        False,
        f"Setiap hari perlu {limit} unggahan: {_join(problems, limit=4)}.",
        w,
    )


def _duplicate_item(cal: _Calendar) -> Item:
    w = WEIGHTS["duplikat"]
    slots: dict[tuple[_dt.date, int, str], list[int]] = defaultdict(list)
    for i, key in enumerate(zip(cal.dates, cal.hours, cal.platforms, strict=True)):
        if None not in key:
            slots[key].append(i + 1)  # type: ignore[index]
    repeated = [(key, rows) for key, rows in slots.items() if len(rows) > 1]
    if not repeated:
        return Item("duplikat.tidak_ada", True, "Tidak ada dua unggahan pada slot yang sama.", w)
    parts = [
        f"{_rows(rows)} ({format_date(day)} {_hour_text(hour)} di {_platform_name(code)})"
        for (day, hour, code), rows in sorted(repeated, key=lambda kv: kv[1][0])
    ]
    return Item(
        "duplikat.ada",
        False,
        f"Ada slot ganda (tanggal, jam, dan platform sama): {_join(parts, limit=3)}; "
        "pindahkan salah satunya ke jam lain.",
        w,
    )


# --------------------------------------------------------------------------- keyed items
def _best_hours_item(cal: _Calendar, best: frozenset[int]) -> tuple[Item, float]:
    w = WEIGHTS["jam_terbaik"]
    hours = [h for h in cal.hours if h is not None]
    if not hours:
        item = Item(
            "jam_terbaik.tidak_diperiksa",
            False,
            "Pemilihan jam belum dapat diperiksa karena belum ada jam yang terbaca.",
            w,
        )
        return item, 0.0
    share = sum(h in best for h in hours) / len(hours)
    limit = _percent(BEST_SHARE)
    if share >= BEST_SHARE:
        text = (
            f"{_percent(share)} unggahan dijadwalkan pada jam dengan tingkat interaksi "
            f"tertinggi menurut data (paling sedikit {limit})."
        )
        return Item("jam_terbaik.sesuai", True, text, w), 1.0
    text = (
        f"Baru {_percent(share)} unggahan dijadwalkan pada jam dengan tingkat interaksi "
        f"tertinggi menurut data; usahakan paling sedikit {limit}. Lihat kembali median "
        "tingkat interaksi per jam pada data unggahan resmi."
    )
    return Item("jam_terbaik.kurang", False, text, w), share / BEST_SHARE


def _best_formats_item(cal: _Calendar, best: dict[str, frozenset[str]]) -> tuple[Item, float]:
    w = WEIGHTS["format_terbaik"]
    per_platform: dict[str, list[bool]] = defaultdict(list)
    for _, code, fmt in cal.valid_pairs():
        if code in best:
            per_platform[code].append(fmt in best[code])
    if not per_platform:
        item = Item(
            "format_terbaik.tidak_diperiksa",
            False,
            "Pemilihan format belum dapat diperiksa karena belum ada unggahan dengan "
            "pasangan platform dan format yang sesuai.",
            w,
        )
        return item, 0.0
    limit = _percent(BEST_SHARE)
    total = sum(len(v) for v in per_platform.values())
    credit = 0.0
    low = []
    for code in PLATFORM_FORMATS:
        if code not in per_platform:
            continue
        flags = per_platform[code]
        share = sum(flags) / len(flags)
        credit += len(flags) * min(1.0, share / BEST_SHARE)
        if share < BEST_SHARE:
            low.append(f"{_platform_name(code)} baru {_percent(share)}")
    credit /= total
    if not low:
        text = (
            "Di setiap platform, sebagian besar unggahan memakai format dengan tingkat "
            f"interaksi tertinggi di platform itu (paling sedikit {limit})."
        )
        return Item("format_terbaik.sesuai", True, text, w), 1.0
    text = (
        f"Unggahan yang memakai format dengan tingkat interaksi tertinggi di platformnya: "
        f"{_join(low)}; usahakan paling sedikit {limit} di setiap platform. Bandingkan "
        "median tingkat interaksi per format di dalam setiap platform."
    )
    return Item("format_terbaik.kurang", False, text, w), credit


def _mix_item(cal: _Calendar) -> Item:
    w = WEIGHTS["ragam"]
    used = sorted({f for f in cal.formats if f is not None})
    if len(used) >= 2:
        return Item("ragam.sesuai", True, f"Format unggahan bervariasi ({', '.join(used)}).", w)
    if not used:
        return Item(
            "ragam.tidak_diperiksa",
            False,
            "Variasi format belum dapat diperiksa karena belum ada format yang dikenal.",
            w,
        )
    return Item(
        "ragam.kurang",
        False,
        f"Semua unggahan dalam sepekan memakai format yang sama ('{used[0]}'); variasikan "
        "formatnya agar konten tidak monoton.",
        w,
    )


# --------------------------------------------------------------------------- entry point
@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _is_frame(value: object) -> bool:
    cls = type(value)
    return any(
        c.__name__ == "DataFrame" and (c.__module__ or "").startswith("pandas") for c in cls.__mro__
    )


def _score(scored: _Scored) -> float:
    total = math.fsum(item.weight for item, _ in scored)
    if total <= 0:
        return 0.0
    return math.fsum(item.weight * credit for item, credit in scored) / total


def check_content_calendar(
    calendar: object,
    *,
    start: object = None,
    best_hours: Iterable[int] | None = None,
    best_formats: Mapping[str, Iterable[str]] | None = None,
    min_posts_per_day: int = 1,
    max_posts_per_day: int = 4,
) -> Result:
    """Check a one-week content calendar (a DataFrame); see the module docstring.

    ``start`` (a date or ISO text) fixes the week's first day. ``best_hours`` and
    ``best_formats`` are the hidden test's key; without them only structure is
    checked. ``None``, an empty table or another type gives one failed item and
    score 0; wrong author arguments raise.

    >>> check_content_calendar(None).items[0].code
    'kalender.kosong'
    >>> print(check_content_calendar([{"tanggal": "2026-09-07"}]).items[0].message)
    Kalender konten harus berupa tabel pandas DataFrame, bukan list; buat dengan \
pd.DataFrame(...).
    """
    first_day = _author_date(start, "start")
    hours = _author_hours(best_hours)
    formats = _author_formats(best_formats)
    low = _author_count(min_posts_per_day, "min_posts_per_day")
    high = _author_count(max_posts_per_day, "max_posts_per_day")
    if low > high:
        raise ValueError("check_content_calendar: min_posts_per_day > max_posts_per_day")
    graded = hours is not None or formats is not None
    heading = {} if graded else {"title": FORMAT_TITLE, "verdict": FORMAT_VERDICT}
    with _quiet():
        try:
            scored = _check(calendar, first_day, hours, formats, low, high)
        except Exception:
            item = Item(
                "kalender.tidak_terbaca",
                False,
                "Kalender konten tidak dapat diperiksa; pastikan berupa tabel pandas "
                "DataFrame dengan kolom tanggal, jam, platform, format, dan topik.",
            )
            return Result([item], score=0.0, **heading)
    return Result([item for item, _ in scored], score=_score(scored), **heading)


def _check(
    calendar: object,
    start: _dt.date | None,
    best_hours: frozenset[int] | None,
    best_formats: dict[str, frozenset[str]] | None,
    low: int,
    high: int,
) -> _Scored:
    if is_missing(calendar):
        return [(Item("kalender.kosong", False, "Kalender konten belum diisi."), 0.0)]
    if not _is_frame(calendar):
        text = (
            "Kalender konten harus berupa tabel pandas DataFrame, bukan "
            f"{type_name(calendar)}; buat dengan pd.DataFrame(...)."
        )
        return [(Item(TYPE_CODE, False, text), 0.0)]
    if len(calendar) == 0:  # type: ignore[arg-type]
        text = "Kalender konten masih kosong; isi satu baris untuk setiap unggahan."
        return [(Item("kalender.kosong", False, text), 0.0)]
    cal = _Calendar(calendar)
    builders = {
        "tanggal": lambda: _date_item(cal),
        "jam": lambda: _hour_item(cal),
        "platform": lambda: _platform_item(cal),
        "format": lambda: _format_item(cal),
        "topik": lambda: _topic_item(cal),
    }
    items: list[Item] = [_missing_columns_item(cal)]
    for name, build in builders.items():
        items.append(build() if cal.has(*_DEPENDS[name]) else _skipped(name, cal))
    if cal.has("tanggal"):
        range_item, week_start = _range_item(cal, start)
        items.append(range_item)
        items.append(_daily_item(cal, week_start, low, high))
    else:
        items.extend([_skipped("rentang", cal), _skipped("harian", cal)])
    items.append(
        _duplicate_item(cal) if cal.has(*_DEPENDS["duplikat"]) else _skipped("duplikat", cal)
    )
    scored: _Scored = [(item, 1.0 if item.passed else 0.0) for item in items]
    if best_hours is not None:
        if cal.has("jam"):
            scored.append(_best_hours_item(cal, best_hours))
        else:
            scored.append((_skipped("jam_terbaik", cal), 0.0))
    if best_formats is not None:
        if cal.has("platform", "format"):
            scored.append(_best_formats_item(cal, best_formats))
        else:
            scored.append((_skipped("format_terbaik", cal), 0.0))
        mix = _mix_item(cal) if cal.has("format") else _skipped("ragam", cal)
        scored.append((mix, 0.0))
    # a passed item earns full credit; a failed one its partial credit (0 unless a share)
    return [(item, 1.0 if item.passed else credit) for item, credit in scored]
