"""graders.figure_check: a good chart, each flaw on its own, pandas charts, odd input.

Weights: judul 1, label_x 1, label_y 1, satuan 1, huruf 1, lebar 1, sumber 1 (7 format
points); jenis 2 with ``kind``; data 4 with ``expected`` (13 in all). The expected values
are computed here from ``official_posts``, as a hidden test would: graders hold no key.
"""

from __future__ import annotations

import datetime as dt
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from graders.figure_check import UNIT_PATTERN, WEIGHTS, check_figure  # noqa: E402
from humas import data  # noqa: E402

FORMAT_TOTAL = 7.0
TOTAL = 13.0
SOURCE = "Sumber: official_posts, 3 Agustus-31 Oktober 2026"


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def rate_by_platform() -> pd.Series:
    """Median engagement rate (%) per platform: what a hidden test would pass as key."""
    posts = data.load("official_posts")
    rate = posts["engagements"] / posts["reach"] * 100
    by_platform = rate.groupby(posts["platform"], observed=True).median()
    by_platform.index = by_platform.index.astype(str)
    return by_platform.round(2)


EXPECTED = {"x": 1.4, "instagram": 6.5, "facebook": 3.6, "tiktok": 6.3, "youtube": 4.2}


def bar_chart(
    values: dict | None = None,
    *,
    title: str | None = "Median tingkat interaksi per platform",
    xlabel: str | None = "Platform",
    ylabel: str | None = "Tingkat interaksi (%)",
    source: str | None = SOURCE,
    size: tuple[float, float] = (9, 5),
    tick_size: float | None = None,
    title_size: float | None = None,
) -> Figure:
    values = EXPECTED if values is None else values
    fig, ax = plt.subplots(figsize=size)
    ax.bar(list(values), list(values.values()))
    if title is not None:
        ax.set_title(title, fontsize=title_size)
    if xlabel is not None:
        ax.set_xlabel(xlabel)
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    if source is not None:
        fig.text(0.01, 0.01, source, fontsize=8)  # a small source note is fine
    if tick_size is not None:
        ax.tick_params(labelsize=tick_size)
    return fig


def pandas_line_chart():
    """The same data drawn by pandas as a line (an Axes, as pandas returns it)."""
    ax = pd.Series(EXPECTED).plot(
        figsize=(9, 5), title="Tingkat interaksi", xlabel="Platform", ylabel="Interaksi (%)"
    )
    ax.figure.text(0, 0, SOURCE)
    return ax


def failed_codes(result) -> set[str]:
    return {item.code for item in result.failed}


def test_good_chart_passes():
    result = check_figure(bar_chart(), expected=EXPECTED, kind="bar")
    assert result.score == 1.0, str(result)
    assert [item.code for item in result.items] == [
        "judul.ada",
        "label_x.ada",
        "label_y.ada",
        "satuan.ada",
        "huruf.cukup",
        "lebar.cukup",
        "sumber.ada",
        "jenis.sesuai",
        "data.sesuai",
    ]
    assert sum(item.weight for item in result.items) == TOTAL
    assert result.points(5) == 5.0 and type(result.points(5)) is float


def test_format_only_without_key():
    result = check_figure(bar_chart())
    assert result.score == 1.0
    assert result.summary() == "Pemeriksaan format: 7 dari 7 butir sudah sesuai (100%)"
    assert sum(item.weight for item in result.items) == FORMAT_TOTAL


def test_weights_are_documented():
    assert sum(WEIGHTS.values()) == TOTAL


def wrong_value() -> dict:
    return {**EXPECTED, "instagram": 9.9}


FLAWS = {
    # name: (figure builder, check arguments, failed codes, lost weight)
    "no title": (lambda: bar_chart(title=None), {}, {"judul.kosong"}, 1),
    "no x label": (lambda: bar_chart(xlabel=None), {}, {"label_x.kosong"}, 1),
    "no y label (the value axis)": (
        lambda: bar_chart(ylabel=None), {}, {"label_y.kosong", "satuan.kosong"}, 2
    ),
    "no unit": (lambda: bar_chart(ylabel="Tingkat interaksi"), {}, {"satuan.kosong"}, 1),
    "no source": (lambda: bar_chart(source=None), {}, {"sumber.kosong"}, 1),
    "bare source": (lambda: bar_chart(source="Sumber:"), {}, {"sumber.tidak_lengkap"}, 1),
    "tiny tick labels": (lambda: bar_chart(tick_size=6), {}, {"huruf.kecil"}, 1),
    "tiny title": (lambda: bar_chart(title_size=7), {}, {"huruf.kecil"}, 1),
    "narrow figure": (lambda: bar_chart(size=(3, 3)), {}, {"lebar.sempit"}, 1),
    "wrong value": (lambda: bar_chart(wrong_value()), {}, {"data.salah"}, 4 / 5),
    "missing category": (
        lambda: bar_chart({k: v for k, v in EXPECTED.items() if k != "tiktok"}),
        {},
        {"data.kategori_hilang"},
        4 / 5,
    ),
    "extra category": (
        lambda: bar_chart({**EXPECTED, "whatsapp": 5.0}), {}, {"data.kategori_lebih"}, 4 / 6
    ),
    "line instead of bar": (pandas_line_chart, {}, {"jenis.salah"}, 2),
}  # fmt: skip


@pytest.mark.parametrize("name", list(FLAWS))
def test_each_flaw_fails_its_own_item_with_partial_credit(name):
    build, kwargs, codes, lost = FLAWS[name]
    result = check_figure(build(), expected=EXPECTED, kind="bar", **kwargs)
    assert failed_codes(result) == codes, str(result)
    assert result.score == pytest.approx((TOTAL - lost) / TOTAL)


def test_data_messages_name_the_category_but_not_the_value():
    wrong = check_figure(bar_chart(wrong_value()), expected=EXPECTED)
    assert [i.message for i in wrong.failed] == [
        "Nilai untuk kategori 'instagram' belum sesuai dengan data; periksa kembali perhitungannya."
    ]
    assert "6.5" not in str(wrong) and "6,5" not in str(wrong)
    assert "Nilai 4 dari 5 kategori sudah sesuai dengan data." in str(wrong)
    missing = check_figure(bar_chart({"x": 1.4, "instagram": 6.5}), expected=EXPECTED)
    assert [i.message for i in missing.failed] == [
        "Kategori 'facebook', 'tiktok', dan 'youtube' belum ada di grafik (atau labelnya tidak "
        "terbaca); pastikan setiap kategori tergambar dengan labelnya."
    ]
    extra = check_figure(bar_chart({**EXPECTED, "WhatsApp": 5.0}), expected=EXPECTED)
    assert extra.failed[0].message == (
        "Kategori 'WhatsApp' tidak diminta dalam soal; hapus dari grafik."
    )


def test_values_off_by_a_factor_100_get_a_hint():
    shares = {k: v / 100 for k, v in EXPECTED.items()}
    result = check_figure(bar_chart(shares), expected=EXPECTED)
    assert failed_codes(result) == {"data.salah"}
    assert "berbeda 100 kali lipat" in result.failed[0].message


def test_rel_tol():
    close = {k: v * 1.005 for k, v in EXPECTED.items()}
    assert check_figure(bar_chart(close), expected=EXPECTED).score == 1.0
    assert check_figure(bar_chart(close), expected=EXPECTED, rel_tol=0.001).score < 1.0


def test_messages_for_format_flaws():
    result = check_figure(bar_chart(title=None, ylabel="Interaksi", tick_size=6, size=(3, 3)))
    messages = {item.code: item.message for item in result.failed}
    assert messages["judul.kosong"].startswith("Grafik belum berjudul;")
    assert messages["satuan.kosong"] == (
        "Label sumbu y (sumbu nilai) 'Interaksi' belum menyebutkan satuan; tambahkan "
        "satuannya dalam tanda kurung, misalnya 'Tingkat interaksi (%)' atau 'Jumlah unggahan "
        "(unggahan)'."
    )
    assert messages["huruf.kecil"] == (
        "Ukuran huruf label tik sumbu x (6 pt) dan label tik sumbu y (6 pt) terlalu kecil "
        "untuk dibaca; gunakan paling kecil 9 pt, misalnya ax.tick_params(labelsize=11)."
    )
    assert messages["lebar.sempit"].startswith("Lebar gambar baru 3 inci, terlalu sempit;")
    assert check_figure(bar_chart(), min_fontsize=12).failed[0].code == "huruf.kecil"


@pytest.mark.parametrize(
    ("label", "has_unit"),
    [
        ("Jumlah kasus (kasus)", True),
        ("Tingkat interaksi [%]", True),
        ("Tingkat interaksi, %", True),
        ("Kasus per 1.000 penduduk", True),
        ("Tingkat interaksi dalam persen", True),
        ("Jangkauan (ribu akun)", True),
        ("Jumlah unggahan", True),
        ("Tingkat interaksi", False),
        ("Nilai", False),
        ("Jumlah ()", False),
    ],
)
def test_unit_rule(label, has_unit):
    assert bool(UNIT_PATTERN.search(label)) is has_unit


def test_horizontal_bars_have_the_value_axis_on_x():
    fig, ax = plt.subplots(figsize=(9, 5))
    ax.barh(list(EXPECTED), list(EXPECTED.values()))
    ax.set(title="Interaksi per platform", xlabel="Tingkat interaksi (%)", ylabel="Platform")
    fig.text(0, 0, SOURCE)
    assert check_figure(fig, expected=EXPECTED, kind="barh").score == 1.0
    ax.set(xlabel="Tingkat interaksi", ylabel="Platform (%)")  # the unit on the wrong axis
    result = check_figure(fig, expected=EXPECTED, kind="barh")
    assert failed_codes(result) == {"satuan.kosong"}
    assert "sumbu x (sumbu nilai)" in result.failed[0].message
    assert failed_codes(check_figure(fig, kind="bar")) == {"satuan.kosong", "jenis.salah"}
    assert check_figure(ax, kind=("bar", "barh")).failed[0].code == "satuan.kosong"


# --------------------------------------------------------------------------- pandas
def test_pandas_bar_chart_from_the_data(rate_by_platform):
    """A trainee's answer drawn with pandas; the key computed independently."""
    posts = data.load("official_posts")
    answer = (
        (posts["engagements"] / posts["reach"] * 100)
        .groupby(posts["platform"], observed=True)
        .median()
    )
    ax = answer.sort_values().plot.barh(figsize=(9, 5), title="Median tingkat interaksi")
    ax.set_xlabel("Tingkat interaksi (%)")
    ax.figure.text(0.01, 0.01, SOURCE)
    assert ax.get_ylabel() == "platform"  # pandas names the category axis
    result = check_figure(ax, expected=rate_by_platform.to_dict(), kind="barh")
    assert result.score == 1.0, str(result)
    assert check_figure(ax, expected=rate_by_platform, kind="barh").score == 1.0  # a Series key


def test_pandas_line_chart_by_hour():
    posts = data.load("official_posts")
    rate = posts["engagements"] / posts["reach"] * 100
    by_hour = rate.groupby(posts["posted_at"].dt.hour).median().rename_axis("jam")
    ax = by_hour.plot(figsize=(9, 5), marker="o", title="Tingkat interaksi per jam")
    ax.set_ylabel("Median tingkat interaksi (%)")
    ax.figure.text(0.01, 0.01, SOURCE)
    key = {int(h): float(v) for h, v in by_hour.items()}
    assert check_figure(ax, expected=key, kind="line").score == 1.0
    wrong = {**key, 13: key[13] * 2}
    result = check_figure(ax, expected=wrong, kind="line")
    assert failed_codes(result) == {"data.salah"}
    assert "kategori '13'" in result.failed[0].message


def test_pandas_grouped_bars_match_one_series():
    frame = pd.DataFrame({"2025": {k: v / 2 for k, v in EXPECTED.items()}, "2026": EXPECTED})
    ax = frame.plot.bar(
        figsize=(9, 5), title="Interaksi", xlabel="Platform", ylabel="Tingkat interaksi (%)"
    )
    ax.figure.text(0, 0, SOURCE)
    assert check_figure(ax, expected=EXPECTED).score == 1.0


def test_dates_as_categories():
    series = pd.Series([3.0, 5.0, 4.0], index=pd.date_range("2026-10-12", periods=3))
    key = {"2026-10-12": 3.0, dt.date(2026, 10, 13): 5.0, pd.Timestamp("2026-10-14"): 4.0}

    def matplotlib_bars():
        fig, ax = plt.subplots()
        ax.bar(series.index, series.values)
        return ax

    for build in (series.plot, series.plot.bar, matplotlib_bars):
        plt.figure()  # pandas draws on the current axes: give each chart its own
        result = check_figure(build(), expected=key, require_source=False)
        data_codes = {i.code for i in result.items if i.code.startswith("data.")}
        assert data_codes == {"data.sesuai"}, str(result)
        assert result.items[-1].passed


def test_hour_keys_match_numbers_and_text():
    fig = bar_chart({6: 5.3, 7: 5.7, 19: 6.1})
    assert check_figure(fig, expected={"06.00": 5.3, "7": 5.7, 19: 6.1}).score == 1.0


def test_sequences_of_values():
    fig = bar_chart()
    values = list(EXPECTED.values())
    assert check_figure(fig, expected=sorted(values)).score == 1.0  # bars: any order
    short = check_figure(fig, expected=values[:4])
    assert failed_codes(short) == {"data.jumlah"}
    assert short.failed[0].message == (
        "Grafik memuat 5 batang, padahal data yang diminta berisi 4 nilai; periksa kembali "
        "data yang digambar."
    )
    fig2, ax = plt.subplots(figsize=(9, 5))
    ax.plot([1, 2, 3], [1.0, 2.0, 3.0])
    assert check_figure(fig2, expected=[1.0, 2.0, 3.0]).failed[-1].code != "data.salah"
    line = check_figure(fig2, expected=[3.0, 2.0, 1.0])  # lines: in plotted order
    assert line.failed[-1].message.startswith("Titik ke-1 dan ke-3 pada garis belum sesuai")


# --------------------------------------------------------------------------- odd input
def test_none_and_wrong_types():
    none = check_figure(None, expected=EXPECTED)
    assert [i.code for i in none.items] == ["gambar.kosong"]
    assert none.items[0].message.startswith("Gambar belum dibuat.")
    assert none.score == 0.0
    text = check_figure("grafik.png")
    assert [i.code for i in text.items] == ["tipe.salah"]
    assert text.items[0].message.endswith("bukan str.")
    assert check_figure(42).score == 0.0
    assert check_figure([1, 2]).items[0].code == "tipe.salah"


def test_empty_figures():
    assert check_figure(Figure()).items[0].code == "grafik.kosong"  # no axes
    fig, ax = plt.subplots()
    ax.set_title("Judul saja")
    ax.axhline(1.0)  # a reference line is not data
    result = check_figure(fig, expected=EXPECTED)
    assert [i.code for i in result.items] == ["grafik.kosong"]
    assert result.score == 0.0


def test_two_axes_checks_the_first_with_data():
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 5))
    right.bar(list(EXPECTED), list(EXPECTED.values()))
    right.set(title="Interaksi", xlabel="Platform", ylabel="Tingkat interaksi (%)")
    fig.text(0, 0, SOURCE)
    assert check_figure(fig, expected=EXPECTED).score == 1.0  # the empty left panel is skipped
    left.plot([1, 2], [3, 4])  # now the left panel holds data and is checked first
    result = check_figure(fig, expected=EXPECTED)
    assert result.items[0].code == "gambar.banyak_sumbu" and result.items[0].weight == 0
    assert "yang diperiksa adalah sumbu ke-1" in result.items[0].message
    assert {"judul.kosong", "label_x.kosong"} <= failed_codes(result)
    assert check_figure(right, expected=EXPECTED).score == 1.0  # an Axes is checked itself
    assert check_figure((fig, (left, right)), expected=EXPECTED).items[0].code == (
        "gambar.banyak_sumbu"
    )


def test_figure_without_pyplot():
    fig = Figure(figsize=(8, 4))
    ax = fig.subplots()
    ax.bar(list(EXPECTED), list(EXPECTED.values()))
    ax.set(title="Interaksi", xlabel="Platform", ylabel="Tingkat interaksi (%)")
    ax.annotate("Sumber: official_posts", (0, 0), xycoords="figure fraction")
    assert check_figure(fig, expected=EXPECTED, kind="bar").score == 1.0


def test_a_broken_figure_never_raises(monkeypatch):
    fig = bar_chart()
    ax = fig.axes[0]

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(ax, "get_xlabel", boom)
    monkeypatch.setattr(type(ax.xaxis), "get_ticklabels", boom)
    result = check_figure(fig, expected=EXPECTED)
    assert [i.code for i in result.items] == ["gambar.tidak_terbaca"]
    assert result.score == 0.0


def test_no_output_no_warnings_and_deterministic(capfd):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        first = check_figure(bar_chart(wrong_value()), expected=EXPECTED, kind="line")
        second = check_figure(bar_chart(wrong_value()), expected=EXPECTED, kind="line")
        check_figure(None)
        check_figure("x")
        check_figure(Figure())
    assert first == second
    captured = capfd.readouterr()
    assert captured.out == "" and captured.err == ""


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kind": "pie"},
        {"kind": 3},
        {"expected": {}},
        {"expected": "abc"},
        {"expected": {"x": "1,4"}},
        {"expected": [float("nan")]},
        {"rel_tol": -1},
    ],
)
def test_author_errors_raise(kwargs):
    with pytest.raises((TypeError, ValueError)):
        check_figure(bar_chart(), **kwargs)
