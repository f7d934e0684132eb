"""Check a trainee's chart: :func:`check_figure`.

The check reads the figure's *artists* (titles, labels, bars, lines, texts), never
its pixels, so it works on any backend (Agg in tests and nbgrader) and with charts
made by plain matplotlib (``ax.bar``, ``ax.barh``, ``ax.plot``) or by pandas
(``series.plot.bar()``, ``df.plot()``).

Items and weights (a figure without ``expected`` and ``kind`` gets the format
items only and the heading "Pemeriksaan format"):

==========  ======  ==============================================================
item        weight  passes when
==========  ======  ==============================================================
judul       1       the axes title (centre, left or right) or the figure's
                    ``suptitle`` is not empty
label_x     1       the x axis label is not empty
label_y     1       the y axis label is not empty
satuan      1       the *value axis* label carries a unit (rule below); the value
                    axis is y, except for horizontal bar charts (x)
huruf       1       title, axis labels and tick labels are at least
                    ``min_fontsize`` points
lebar       1       the figure is at least 4 inches wide
sumber      1       (``require_source``) some text on the figure says ``Sumber``
                    followed by what the source is (rule below)
jenis       2       (``kind`` given) the chart type is the expected one
data        4       (``expected`` given) the plotted values match; the weight is
                    shared by the categories (see below)
==========  ======  ==============================================================

**Unit rule** (:data:`UNIT_PATTERN`): the value-axis label contains text in
parentheses or brackets (``"Jumlah kasus (kasus)"``, ``"Interaksi [%]"``), a ``%``
sign, a rate (``"per 1.000 penduduk"``) or one of :data:`UNIT_WORDS` as a whole word
(``"Tingkat interaksi dalam persen"``, ``"Jangkauan (ribu akun)"``).

**Source rule**: any visible text of the figure counts (``fig.text``/``figtext``,
``ax.text``, ``ax.annotate``, titles, axis labels): it must contain the word
``Sumber`` (any case) followed by at least one letter or digit, e.g.
``"Sumber: data unggahan akun resmi, Agustus-Oktober 2026"``.

**Which axes.** A figure with several axes is checked on the *first axes that holds
data* (in ``fig.axes`` order, i.e. the top-left panel); a weight-0 note says so. When
an Axes is passed, that Axes is checked (or, if it is empty, the first one with
data). Title, source note and width are read from the whole figure.

**Chart type** is read from the artists: bar containers (``ax.bar``, ``ax.barh``,
``.plot.bar()``, ``ax.hist``) give ``"bar"`` or ``"barh"`` by their orientation;
otherwise lines drawn in data coordinates (not ``axhline``) give ``"line"``;
anything else (scatter, pie, image) is ``"lainnya"``. ``kind`` may be one type or a
collection of accepted types.

**Data.** ``expected`` is either

- a mapping category -> value (``dict`` or pandas ``Series``): bar categories come
  from the category-axis tick labels at the bar (or, on a numeric axis, the bar's
  position; on a date axis, its date); line categories from the x values of the
  points (a tick label at that x on a text axis). Keys match across spellings:
  ``"Instagram"`` = ``"instagram"``, ``6`` = ``"6"`` = ``"06.00"``,
  ``date(2026, 8, 3)`` = ``"2026-08-03"``. The order of the bars does not matter.
  The data weight is shared equally by the expected categories plus any extra
  categories on the chart; each problem kind (wrong value, missing category, extra
  category) is its own failed item, and the right ones a passed item;
- or a sequence of values: bars are compared as sorted values (a sorted chart is
  good practice), line points in the plotted order; a different count fails the
  whole data weight.

Values match within ``rel_tol`` (relative). With several bar containers or lines
(grouped bars, several lines) the series that matches best is graded. Messages
name the category that is wrong, missing or extra, never the expected value.

>>> from matplotlib.figure import Figure
>>> fig = Figure(figsize=(8, 4.5))
>>> ax = fig.subplots()
>>> _ = ax.bar(["X", "Instagram", "TikTok"], [1.4, 6.5, 6.8])
>>> _ = ax.set(title="Median tingkat interaksi per platform", xlabel="Platform",
...            ylabel="Tingkat interaksi (%)")
>>> _ = fig.text(0.01, 0.01, "Sumber: official_posts, Agustus-Oktober 2026")
>>> check_figure(fig, expected={"x": 1.4, "instagram": 6.5, "tiktok": 6.8}, kind="bar").score
1.0
>>> print(check_figure(fig, expected={"x": 1.4, "instagram": 5.0, "tiktok": 6.8}).failed[0].message)
Nilai untuk kategori 'instagram' belum sesuai dengan data; periksa kembali perhitungannya.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import math
import numbers
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graders._text import display_value, is_missing, join_id, normalize, type_name
from graders.primitives import FORMAT_TITLE, FORMAT_VERDICT, TYPE_CODE, parse_date
from graders.result import Item, Result

__all__ = ["KINDS", "MIN_WIDTH_INCHES", "UNIT_PATTERN", "UNIT_WORDS", "WEIGHTS", "check_figure"]

WEIGHTS = {
    "judul": 1.0,
    "label_x": 1.0,
    "label_y": 1.0,
    "satuan": 1.0,
    "huruf": 1.0,
    "lebar": 1.0,
    "sumber": 1.0,
    "jenis": 2.0,
    "data": 4.0,
}
MIN_WIDTH_INCHES = 4.0
KINDS = ("bar", "barh", "line")
KIND_NAMES = {
    "bar": "diagram batang tegak (bar)",
    "barh": "diagram batang mendatar (barh)",
    "line": "diagram garis (line)",
    "lainnya": "jenis grafik lain (bukan batang atau garis)",
}
UNIT_WORDS = (
    "persen", "orang", "akun", "kasus", "unggahan", "konten", "kali", "detik", "menit",
    "jam", "hari", "pekan", "minggu", "bulan", "tahun", "rupiah", "rp", "ribu", "ribuan",
    "juta", "jutaan", "miliar", "km", "kg", "ton", "liter", "pengguna", "pengikut",
    "responden", "warga", "penduduk", "jiwa", "poin",
)  # fmt: skip
UNIT_PATTERN = re.compile(
    r"[(\[][^)\]]*\w[^)\]]*[)\]]"  # (kasus), [%], (ribu akun)
    r"|%"
    r"|\bper\s+\S+"  # per 1.000 penduduk
    r"|\b(?:" + "|".join(map(re.escape, UNIT_WORDS)) + r")\b",
    re.IGNORECASE,
)
_SOURCE_PATTERN = re.compile(r"\bsumber\b(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
_HOUR_LABEL = re.compile(r"^(\d{1,2})[:.]00$")
_MAX_LISTED = 5

_Form = tuple[str, object]


class _Unreadable(Exception):
    """Internal: the trainee's object is not a chart we can read."""

    def __init__(self, item: Item) -> None:
        super().__init__(item.message)
        self.item = item


# --------------------------------------------------------------------------- wording
def _join(parts: list[str]) -> str:
    return join_id(parts, limit=_MAX_LISTED)


def _points_text(size: float) -> str:
    text = f"{size:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


def _quote(text: str) -> str:
    return display_value(str(text))


# --------------------------------------------------------------------------- author input
def _author_kinds(kind: object) -> tuple[str, ...] | None:
    if kind is None:
        return None
    values = [kind] if isinstance(kind, str) else kind
    if not isinstance(values, Iterable):
        raise TypeError("check_figure: kind must be 'bar', 'barh', 'line' or a collection")
    kinds = tuple(str(k).strip().lower() for k in values)  # type: ignore[union-attr]
    if not kinds or any(k not in KINDS for k in kinds):
        raise ValueError(f"check_figure: kind must be among {KINDS}, got {kind!r}")
    return kinds


def _author_number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"check_figure: expected values must be numbers, got {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("check_figure: expected values must be finite")
    return number


def _author_expected(expected: object) -> dict[Any, float] | list[float] | None:
    if expected is None:
        return None
    if type(expected).__name__ == "Series" and hasattr(expected, "to_dict"):
        expected = expected.to_dict()  # type: ignore[union-attr]
    if isinstance(expected, Mapping):
        table = {key: _author_number(value) for key, value in expected.items()}
        if not table:
            raise ValueError("check_figure: expected must not be empty")
        return table
    if isinstance(expected, str | bytes) or not isinstance(expected, Iterable):
        raise TypeError("check_figure: expected must be a mapping or a sequence of numbers")
    values = [_author_number(v) for v in expected]
    if not values:
        raise ValueError("check_figure: expected must not be empty")
    return values


# --------------------------------------------------------------------------- keys
def _datetime_forms(value: _dt.datetime) -> set[_Form]:
    if value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    if value.time() == _dt.time(0):
        return {("d", value.date().isoformat())}
    return {("t", value.isoformat(timespec="minutes"))}


def _text_forms(text: str) -> set[_Form]:
    forms: set[_Form] = set()
    key = normalize(text)
    if not key:
        return forms
    forms.add(("s", key))
    plain = text.strip().replace("\u2212", "-")
    if match := _HOUR_LABEL.match(plain):
        forms.add(("n", float(match[1])))
    else:
        try:
            number = float(plain)
        except ValueError:
            number = math.nan
        if math.isfinite(number):
            forms.add(("n", number))
    day = parse_date(text)
    if day is not None:
        stamp = re.search(r"\d{1,2}:\d{2}", text)
        if stamp and not re.search(r"\b00:00(?::00)?\b", text):
            forms.add(("t", f"{day.isoformat()}T{stamp[0].zfill(5)}"))
        else:
            forms.add(("d", day.isoformat()))
    return forms


def _value_forms(value: object) -> set[_Form]:
    """Comparison forms of an expected key or a plotted x value."""
    if is_missing(value):
        return set()
    if isinstance(value, str):
        return _text_forms(value)
    if isinstance(value, _dt.datetime):
        return _datetime_forms(value)
    if isinstance(value, _dt.date):
        return {("d", value.isoformat())}
    if type(value).__name__ == "datetime64":
        try:
            import pandas as pd

            return _datetime_forms(pd.Timestamp(value).to_pydatetime())
        except Exception:
            return set()
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        number = float(value)
        return {("n", number)} if math.isfinite(number) else set()
    return _text_forms(str(value))


def _same_key(a: set[_Form], b: set[_Form]) -> bool:
    for kind, value in a:
        for other_kind, other in b:
            if kind != other_kind:
                continue
            if kind == "n":
                if math.isclose(value, other, rel_tol=1e-9, abs_tol=1e-9):  # type: ignore[arg-type]
                    return True
            elif value == other:
                return True
    return False


# --------------------------------------------------------------------------- reading axes
@dataclass
class _Point:
    forms: set[_Form]
    label: str
    value: float


@dataclass
class _Series:
    kind: str
    points: list[_Point]


def _axis_converter(axis: Any) -> object:
    getter = getattr(axis, "get_converter", None)
    if callable(getter):
        return getter()
    return getattr(axis, "converter", None)


def _date_reader(ax: Any, axis: Any) -> Any:
    """A function number -> datetime for a date axis, or None."""
    name = type(_axis_converter(axis)).__name__
    freq = getattr(ax, "freq", None) if axis is ax.xaxis else None
    if freq is not None and "Period" in name:
        import pandas as pd

        return lambda x: pd.Period(ordinal=round(x), freq=freq).start_time.to_pydatetime()
    if "Date" in name or "Period" in name:
        from matplotlib import dates as mdates

        return lambda x: mdates.num2date(x).replace(tzinfo=None)
    return None


def _tick_table(axis: Any) -> list[tuple[float, str]]:
    """Labelled ticks (position, text) of a category axis; empty on a plain number axis."""
    from matplotlib import ticker

    formatter = axis.get_major_formatter()
    if isinstance(formatter, ticker.ScalarFormatter | ticker.LogFormatter):
        return []
    locs = [float(x) for x in axis.get_majorticklocs()]
    labels = formatter.format_ticks(locs)
    return [(loc, str(text).strip()) for loc, text in zip(locs, labels, strict=False) if text]


def _position_key(
    position: float,
    table: list[tuple[float, str]],
    dates: Any,
    reach: float,
) -> tuple[set[_Form], str]:
    if dates is not None:
        try:
            forms = _datetime_forms(dates(position))
        except Exception:
            forms = set()
        if forms:
            return forms, str(next(iter(forms))[1])
    if table:
        loc, text = min(table, key=lambda pair: abs(pair[0] - position))
        if abs(loc - position) <= reach:
            return _text_forms(text), text
    number = float(position)
    shown = str(int(number)) if number.is_integer() else f"{number:g}"
    return {("n", number)}, shown


def _bar_series(ax: Any) -> list[_Series]:
    from matplotlib.container import BarContainer

    containers = [c for c in ax.containers if isinstance(c, BarContainer) and len(c.patches)]
    series = []
    for container in containers:
        horizontal = getattr(container, "orientation", None) == "horizontal"
        axis = ax.yaxis if horizontal else ax.xaxis
        table = _tick_table(axis)
        dates = _date_reader(ax, axis)
        values = getattr(container, "datavalues", None)
        points = []
        for index, patch in enumerate(container.patches):
            if horizontal:
                start, size, value = patch.get_y(), patch.get_height(), patch.get_width()
            else:
                start, size, value = patch.get_x(), patch.get_width(), patch.get_height()
            if values is not None and len(values) == len(container.patches):
                value = values[index]
            try:
                value = float(value)
            except (TypeError, ValueError):
                continue
            if not math.isfinite(value):
                continue
            centre = float(start) + float(size) / 2
            # grouped bars sit beside their tick: look as far as the group reaches
            reach = abs(float(size)) * len(containers) / 2 + 1e-9
            forms, label = _position_key(centre, table, dates, reach)
            points.append(_Point(forms, label, value))
        series.append(_Series("barh" if horizontal else "bar", points))
    return series


def _is_data_line(ax: Any, line: Any) -> bool:
    try:
        return (
            line.get_visible()
            # data coordinates on both axes: not axhline/axvline (axes fraction on one)
            and tuple(line.get_transform().contains_branch_seperately(ax.transData)) == (True, True)
            and len(line.get_xdata(orig=False)) > 0
        )
    except Exception:
        return False


def _line_series(ax: Any) -> list[_Series]:
    table = _tick_table(ax.xaxis)
    dates = _date_reader(ax, ax.xaxis)
    series = []
    for line in ax.lines:
        if not _is_data_line(ax, line):
            continue
        raw_x = list(line.get_xdata(orig=True))
        num_x = list(line.get_xdata(orig=False))
        ys = list(line.get_ydata(orig=False))
        points = []
        for raw, num, y in zip(raw_x, num_x, ys, strict=False):
            try:
                value = float(y)
            except (TypeError, ValueError):
                continue
            if not math.isfinite(value):
                continue
            if isinstance(raw, numbers.Real) and not isinstance(raw, bool):
                forms, label = _position_key(float(num), table, dates, 1e-6)
            else:
                forms = _value_forms(raw)
                label = str(raw)
            points.append(_Point(forms, label, value))
        if points:
            series.append(_Series("line", points))
    return series


def _has_data(ax: Any) -> bool:
    if any(len(c) for c in ax.containers):
        return True
    if any(_is_data_line(ax, line) for line in ax.lines):
        return True
    return bool(ax.collections or ax.patches or ax.images)


def _chart(ax: Any) -> tuple[str, list[_Series]]:
    bars = _bar_series(ax)
    if bars:
        return bars[0].kind, bars
    lines = _line_series(ax)
    if lines:
        return "line", lines
    return "lainnya", []


# --------------------------------------------------------------------------- the figure
def _resolve(obj: object) -> tuple[Any, Any]:
    """(figure, preferred axes or None) for what the trainee gave, or raise _Unreadable."""
    from matplotlib.axes import Axes
    from matplotlib.figure import FigureBase

    if is_missing(obj):
        raise _Unreadable(
            Item(
                "gambar.kosong",
                False,
                "Gambar belum dibuat. Buat grafiknya dengan matplotlib, misalnya "
                "fig, ax = plt.subplots(), lalu simpan objek fig (atau ax) ke variabel jawaban.",
            )
        )
    candidates = [obj]
    if isinstance(obj, list | tuple) or type(obj).__name__ == "ndarray":
        try:
            candidates = list(getattr(obj, "flat", obj))  # (fig, ax) or an array of Axes
        except Exception:
            candidates = [obj]
    for candidate in candidates:
        if isinstance(candidate, Axes):
            return _root(candidate), candidate
        if isinstance(candidate, FigureBase):
            return _root(candidate), None
    raise _Unreadable(
        Item(
            TYPE_CODE,
            False,
            "Gambar harus berupa objek Figure atau Axes dari matplotlib (misalnya fig dari "
            f"fig, ax = plt.subplots(), atau hasil df.plot()), bukan {type_name(obj)}.",
        )
    )


def _root(artist: Any) -> Any:
    """The top-level Figure of an Axes, a SubFigure or a Figure."""
    return artist.get_figure(root=True)


def _visible_text(text: Any) -> str:
    if text is None:
        return ""
    try:
        if not text.get_visible():
            return ""
        return str(text.get_text()).strip()
    except Exception:
        return ""


def _suptitle(fig: Any) -> Any:
    return getattr(fig, "_suptitle", None)


def _titles(ax: Any) -> list[Any]:
    return [t for t in (ax.title, ax._left_title, ax._right_title) if _visible_text(t)]


def _all_texts(fig: Any) -> Iterator[Any]:
    yield from fig.texts
    for name in ("_suptitle", "_supxlabel", "_supylabel"):
        text = getattr(fig, name, None)
        if text is not None:
            yield text
    for ax in fig.axes:
        yield from ax.texts
        yield from (ax.title, ax._left_title, ax._right_title)
        yield ax.xaxis.label
        yield ax.yaxis.label


# --------------------------------------------------------------------------- items
def _title_item(fig: Any, ax: Any) -> tuple[Item, list[Any]]:
    w = WEIGHTS["judul"]
    used = _titles(ax)
    if _visible_text(_suptitle(fig)):
        used.append(_suptitle(fig))
    if used:
        return Item("judul.ada", True, f"Judul grafik: {_quote(_visible_text(used[0]))}.", w), used
    return (
        Item(
            "judul.kosong",
            False,
            "Grafik belum berjudul; tambahkan judul yang menyebutkan isi grafik, misalnya "
            "ax.set_title('Median tingkat interaksi per platform').",
            w,
        ),
        used,
    )


def _label_items(ax: Any, value_axis: str) -> list[Item]:
    items = []
    for name in ("x", "y"):
        label = _visible_text(getattr(ax, f"{name}axis").label)
        role = "sumbu nilai" if name == value_axis else "sumbu kategori"
        code = f"label_{name}"
        if label:
            items.append(
                Item(
                    f"{code}.ada",
                    True,
                    f"Label sumbu {name} ({role}): {_quote(label)}.",
                    WEIGHTS[code],
                )
            )
        else:
            items.append(
                Item(
                    f"{code}.kosong",
                    False,
                    f"Label sumbu {name} ({role}) belum ada; tambahkan dengan "
                    f"ax.set_{name}label('...').",
                    WEIGHTS[code],
                )
            )
    label = _visible_text(getattr(ax, f"{value_axis}axis").label)
    w = WEIGHTS["satuan"]
    if not label:
        items.append(
            Item(
                "satuan.kosong",
                False,
                f"Satuan nilai belum tertulis karena label sumbu {value_axis} (sumbu nilai) "
                f"belum ada; tulis label beserta satuannya, misalnya 'Tingkat interaksi (%)'.",
                w,
            )
        )
    elif UNIT_PATTERN.search(label):
        items.append(
            Item("satuan.ada", True, f"Label sumbu nilai {_quote(label)} sudah memuat satuan.", w)
        )
    else:
        items.append(
            Item(
                "satuan.kosong",
                False,
                f"Label sumbu {value_axis} (sumbu nilai) {_quote(label)} belum menyebutkan "
                "satuan; tambahkan satuannya dalam tanda kurung, misalnya "
                "'Tingkat interaksi (%)' atau 'Jumlah unggahan (unggahan)'.",
                w,
            )
        )
    return items


def _font_item(ax: Any, titles: list[Any], min_fontsize: float) -> Item:
    w = WEIGHTS["huruf"]
    small: list[tuple[str, float]] = []

    def note(name: str, texts: Iterable[Any]) -> None:
        sizes = [float(t.get_fontsize()) for t in texts if _visible_text(t)]
        if sizes and min(sizes) < min_fontsize:
            small.append((name, min(sizes)))

    note("judul", titles)
    note("label sumbu x", [ax.xaxis.label])
    note("label sumbu y", [ax.yaxis.label])
    note("label tik sumbu x", ax.xaxis.get_ticklabels())
    note("label tik sumbu y", ax.yaxis.get_ticklabels())
    limit = _points_text(min_fontsize)
    if not small:
        return Item(
            "huruf.cukup", True, f"Ukuran huruf judul, label, dan tik paling kecil {limit} pt.", w
        )
    listed = _join([f"{name} ({_points_text(size)} pt)" for name, size in small])
    return Item(
        "huruf.kecil",
        False,
        f"Ukuran huruf {listed} terlalu kecil untuk dibaca; gunakan paling kecil {limit} pt, "
        "misalnya ax.tick_params(labelsize=11).",
        w,
    )


def _width_item(fig: Any) -> Item:
    w = WEIGHTS["lebar"]
    width = float(fig.get_figwidth())
    shown = _points_text(width)
    limit = _points_text(MIN_WIDTH_INCHES)
    if width >= MIN_WIDTH_INCHES:
        return Item("lebar.cukup", True, f"Lebar gambar {shown} inci.", w)
    return Item(
        "lebar.sempit",
        False,
        f"Lebar gambar baru {shown} inci, terlalu sempit; gunakan paling kecil {limit} inci, "
        "misalnya plt.subplots(figsize=(9, 5)).",
        w,
    )


def _source_item(fig: Any) -> Item:
    w = WEIGHTS["sumber"]
    bare = False
    for artist in _all_texts(fig):
        text = _visible_text(artist)
        match = _SOURCE_PATTERN.search(text)
        if not match:
            continue
        if re.search(r"\w", match["rest"]):
            return Item("sumber.ada", True, f"Catatan sumber data: {_quote(text)}.", w)
        bare = True
    if bare:
        return Item(
            "sumber.tidak_lengkap",
            False,
            "Catatan sumber belum menyebutkan asal datanya; tulis lengkap, misalnya "
            "'Sumber: data unggahan akun resmi, Agustus-Oktober 2026'.",
            w,
        )
    return Item(
        "sumber.kosong",
        False,
        "Belum ada catatan sumber data pada gambar; tambahkan, misalnya "
        "fig.text(0.01, 0.01, 'Sumber: data unggahan akun resmi, Agustus-Oktober 2026').",
        w,
    )


def _kind_item(found: str, kinds: tuple[str, ...]) -> Item:
    w = WEIGHTS["jenis"]
    if found in kinds:
        return Item("jenis.sesuai", True, f"Jenis grafik sudah sesuai: {KIND_NAMES[found]}.", w)
    wanted = " atau ".join(KIND_NAMES[k] for k in kinds)
    return Item(
        "jenis.salah",
        False,
        f"Grafik yang diminta adalah {wanted}, tetapi yang dibuat {KIND_NAMES[found]}.",
        w,
    )


# --------------------------------------------------------------------------- data
@dataclass
class _Comparison:
    right: list[str]
    wrong: list[str]
    missing: list[str]
    extra: list[str]
    scaled: bool  # every wrong value is off by a factor 100
    count_problem: str | None = None

    @property
    def total(self) -> int:
        return len(self.right) + len(self.wrong) + len(self.missing) + len(self.extra)


def _close(a: float, b: float, rel_tol: float) -> bool:
    return math.isclose(a, b, rel_tol=max(rel_tol, 1e-9), abs_tol=1e-12)


def _off_by_100(pairs: list[tuple[float, float]], rel_tol: float) -> bool:
    """Whether every wrong value is the expected one times or divided by 100."""
    return bool(pairs) and all(
        want != 0 and (_close(got, want * 100, rel_tol) or _close(got * 100, want, rel_tol))
        for got, want in pairs
    )


def _compare_mapping(series: _Series, expected: dict[Any, float], rel_tol: float) -> _Comparison:
    unused = list(range(len(series.points)))
    right, wrong, missing, pairs = [], [], [], []
    for key, want in expected.items():
        forms = _value_forms(key)
        found = next((i for i in unused if _same_key(forms, series.points[i].forms)), None)
        if found is None:
            missing.append(_quote(str(key)))
            continue
        unused.remove(found)
        got = series.points[found].value
        if _close(got, want, rel_tol):
            right.append(_quote(str(key)))
        else:
            wrong.append(_quote(str(key)))
            pairs.append((got, want))
    extra = [_quote(series.points[i].label) for i in unused]
    return _Comparison(right, wrong, missing, extra, _off_by_100(pairs, rel_tol))


def _compare_sequence(series: _Series, expected: list[float], rel_tol: float) -> _Comparison:
    got = [p.value for p in series.points]
    noun = "titik" if series.kind == "line" else "batang"
    if len(got) != len(expected):
        return _Comparison(
            [], [], [], [], False,
            f"Grafik memuat {len(got)} {noun}, padahal data yang diminta berisi "
            f"{len(expected)} nilai; periksa kembali data yang digambar.",
        )  # fmt: skip
    if series.kind != "line":
        got, expected = sorted(got), sorted(expected)
    right, wrong, pairs = [], [], []
    for index, (value, want) in enumerate(zip(got, expected, strict=True), start=1):
        (right if _close(value, want, rel_tol) else wrong).append(f"ke-{index}")
        if not _close(value, want, rel_tol):
            pairs.append((value, want))
    return _Comparison(right, wrong, [], [], _off_by_100(pairs, rel_tol))


def _data_items(
    series_list: list[_Series], expected: dict[Any, float] | list[float], rel_tol: float
) -> list[Item]:
    total = WEIGHTS["data"]
    if not series_list:
        return [
            Item(
                "data.tidak_terbaca",
                False,
                "Nilai grafik ini tidak dapat dibaca untuk diperiksa; gambarlah datanya sebagai "
                "diagram batang atau garis.",
                total,
            )
        ]
    compare = _compare_mapping if isinstance(expected, dict) else _compare_sequence
    results = [compare(s, expected, rel_tol) for s in series_list]  # type: ignore[arg-type]

    def rank(c: _Comparison) -> tuple[float, int]:
        share = len(c.right) / c.total if c.total else 0.0
        return (share, -c.total)

    best_index = max(range(len(results)), key=lambda i: rank(results[i]))
    best, kind = results[best_index], series_list[best_index].kind
    if best.count_problem:
        return [Item("data.jumlah", False, best.count_problem, total)]
    mapping = isinstance(expected, dict)
    if not best.wrong and not best.missing and not best.extra:
        what = f"{len(best.right)} kategori" if mapping else f"{len(best.right)} nilai"
        return [
            Item(
                "data.sesuai", True, f"Nilai pada grafik sudah sesuai dengan data ({what}).", total
            )
        ]
    share = total / best.total
    items = []
    if best.right:
        what = "kategori" if mapping else "nilai"
        items.append(
            Item(
                "data.sesuai",
                True,
                f"Nilai {len(best.right)} dari {best.total} {what} sudah sesuai dengan data.",
                share * len(best.right),
            )
        )
    if best.wrong:
        hint = (
            " Nilainya tampak berbeda 100 kali lipat: periksa apakah angkanya perlu (atau tidak "
            "perlu) dikalikan 100 untuk persen."
            if best.scaled
            else ""
        )
        if mapping:
            subject = f"Nilai untuk kategori {_join(best.wrong)}"
        elif kind == "line":
            subject = f"Titik {_join(best.wrong)} pada garis"
        else:
            subject = f"{len(best.wrong)} dari {best.total} nilai batang"
        items.append(
            Item(
                "data.salah",
                False,
                f"{subject} belum sesuai dengan data; periksa kembali perhitungannya.{hint}",
                share * len(best.wrong),
            )
        )
    if best.missing:
        items.append(
            Item(
                "data.kategori_hilang",
                False,
                f"Kategori {_join(best.missing)} belum ada di grafik (atau labelnya tidak "
                "terbaca); pastikan setiap kategori tergambar dengan labelnya.",
                share * len(best.missing),
            )
        )
    if best.extra:
        items.append(
            Item(
                "data.kategori_lebih",
                False,
                f"Kategori {_join(best.extra)} tidak diminta dalam soal; hapus dari grafik.",
                share * len(best.extra),
            )
        )
    return items


# --------------------------------------------------------------------------- entry point
@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No warnings and no matplotlib log lines (stderr would zero the nbgrader cell)."""
    logger = logging.getLogger("matplotlib")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def check_figure(
    fig: object,
    *,
    expected: Mapping[Any, float] | Iterable[float] | None = None,
    kind: str | Iterable[str] | None = None,
    min_fontsize: float = 9.0,
    require_source: bool = True,
    rel_tol: float = 0.01,
) -> Result:
    """Check a matplotlib chart's labelling, readability, type and data; see the module docstring.

    ``fig`` is a ``Figure`` or an ``Axes`` (also ``(fig, ax)`` or an array of Axes);
    ``None`` or any other object gives one failed item and score 0, as does a figure
    with nothing plotted. ``expected`` (mapping category -> value, or a sequence of
    values) and ``kind`` (``"bar"``, ``"barh"``, ``"line"`` or a collection of them)
    come from the hidden test; without them only the format is checked. Wrong
    ``expected``/``kind`` arguments are the author's error and raise.

    >>> check_figure(None).items[0].code
    'gambar.kosong'
    >>> check_figure("grafik.png").items[0].code
    'tipe.salah'
    >>> from matplotlib.figure import Figure
    >>> fig = Figure(figsize=(3, 2))
    >>> ax = fig.subplots()
    >>> _ = ax.plot([6, 7, 8], [5.3, 5.7, 5.8])
    >>> for item in check_figure(fig, kind="bar").failed:
    ...     print(item.code)
    judul.kosong
    label_x.kosong
    label_y.kosong
    satuan.kosong
    lebar.sempit
    sumber.kosong
    jenis.salah
    """
    kinds = _author_kinds(kind)
    wanted = _author_expected(expected)
    limit = float(min_fontsize)
    tolerance = float(rel_tol)
    if not math.isfinite(limit) or limit < 0 or not math.isfinite(tolerance) or tolerance < 0:
        raise ValueError("check_figure: min_fontsize and rel_tol must be non-negative numbers")
    graded = kinds is not None or wanted is not None
    heading = {} if graded else {"title": FORMAT_TITLE, "verdict": FORMAT_VERDICT}
    with _quiet():
        try:
            return Result(
                _check(fig, kinds, wanted, limit, bool(require_source), tolerance), **heading
            )
        except _Unreadable as problem:
            return Result([problem.item], score=0.0, **heading)
        except Exception:
            item = Item(
                "gambar.tidak_terbaca",
                False,
                "Gambar tidak dapat diperiksa. Buat ulang grafiknya dengan matplotlib atau "
                "pandas (misalnya fig, ax = plt.subplots()), lalu jalankan sel ini lagi.",
            )
            return Result([item], score=0.0, **heading)


def _check(
    obj: object,
    kinds: tuple[str, ...] | None,
    expected: dict[Any, float] | list[float] | None,
    min_fontsize: float,
    require_source: bool,
    rel_tol: float,
) -> list[Item]:
    fig, preferred = _resolve(obj)
    with_data = [ax for ax in fig.axes if _has_data(ax)]
    if not with_data:
        raise _Unreadable(
            Item(
                "grafik.kosong",
                False,
                "Gambar belum berisi grafik: belum ada batang atau garis data. Gambarlah "
                "datanya, misalnya dengan ax.bar(...), ax.plot(...), atau df.plot(ax=ax).",
            )
        )
    ax = preferred if preferred is not None and preferred in with_data else with_data[0]
    found, series = _chart(ax)
    value_axis = "x" if found == "barh" else "y"
    items: list[Item] = []
    if len(with_data) > 1:
        position = with_data.index(ax) + 1
        items.append(
            Item(
                "gambar.banyak_sumbu",
                True,
                f"Gambar memuat {len(with_data)} sumbu (Axes) berisi data; yang diperiksa "
                f"adalah sumbu ke-{position} yang berisi data.",
                0.0,
            )
        )
    title, titles = _title_item(fig, ax)
    items.append(title)
    items.extend(_label_items(ax, value_axis))
    items.append(_font_item(ax, titles, min_fontsize))
    items.append(_width_item(fig))
    if require_source:
        items.append(_source_item(fig))
    if kinds is not None:
        items.append(_kind_item(found, kinds))
    if expected is not None:
        items.extend(_data_items(series, expected, rel_tol))
    return items
