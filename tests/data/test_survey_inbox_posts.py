"""audience_survey, inbox and official_posts: reproducible, loadable, and with real structure.

The structure checks are plain functions of a loaded frame; each runs on the committed
file and on a world generated with another seed, so the structure comes from the
generator's model and not from one lucky draw.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from humas import data

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT / "datasets"
if str(DATASETS) not in sys.path:  # the generator is not part of the package (as generate.py)
    sys.path.insert(0, str(DATASETS))

from _generator import inbox, official_posts, survey, world  # noqa: E402

MAKERS: dict[str, tuple[Callable[[np.random.Generator, int], pd.DataFrame], int]] = {
    "audience_survey": (survey.make_survey, survey.DEFAULT_ROWS),
    "inbox": (inbox.make_inbox, inbox.DEFAULT_ROWS),
    "official_posts": (official_posts.make_official_posts, official_posts.DEFAULT_ROWS),
}
MINIMUM_ROWS = {"audience_survey": 2000, "inbox": 400, "official_posts": 600}
OTHER_SEED = 7
WIB = "Asia/Jakarta"
AT_LEAST_WEEKLY = ["mingguan", "harian"]


def make(name: str, seed: int = world.DEFAULT_SEED) -> pd.DataFrame:
    maker, rows = MAKERS[name]
    return maker(world.stream(seed, name), rows)


@pytest.fixture(scope="module")
def other_world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the three files generated from another seed, and the schema."""
    folder = tmp_path_factory.mktemp(f"seed{OTHER_SEED}")
    for name in MAKERS:
        world.write_csv(make(name, OTHER_SEED), folder / f"{name}.csv")
    shutil.copy(DATASETS / "schema.json", folder / "schema.json")
    return folder


def load(name: str, folder: Path | None) -> pd.DataFrame:
    """Load ``name`` through humas.data from the bundled folder or from ``folder``."""
    with pytest.MonkeyPatch.context() as patch:
        if folder is None:
            patch.delenv(data.ENV_VAR, raising=False)
        else:
            patch.setenv(data.ENV_VAR, str(folder))
        return data.load(name)


@pytest.fixture(params=["committed", f"seed{OTHER_SEED}"])
def source(request: pytest.FixtureRequest) -> Path | None:
    return None if request.param == "committed" else request.getfixturevalue("other_world")


# --------------------------------------------------------------------------- reproducibility


@pytest.mark.parametrize("name", MAKERS)
def test_same_seed_gives_identical_frames(name):
    pd.testing.assert_frame_equal(make(name), make(name))


@pytest.mark.parametrize("name", MAKERS)
def test_another_seed_gives_different_data(name):
    first, other = make(name), make(name, OTHER_SEED)
    assert list(first.columns) == list(other.columns)
    assert not first.equals(other)


@pytest.mark.parametrize("name", MAKERS)
def test_committed_file_equals_a_fresh_generation(name, tmp_path):
    fresh = tmp_path / f"{name}.csv"
    world.write_csv(make(name), fresh)
    committed = DATASETS / f"{name}.csv"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} differs from a fresh run: run `python datasets/generate.py`"
    )


@pytest.mark.parametrize("name", MAKERS)
def test_default_size_meets_the_issue(name):
    assert len(load(name, None)) == MAKERS[name][1] >= MINIMUM_ROWS[name]


# --------------------------------------------------------------------------- loading


def test_load_gives_categoricals_bools_and_tz_aware_times():
    frames = {name: load(name, None) for name in MAKERS}
    survey_df, inbox_df, posts = (
        frames["audience_survey"],
        frames["inbox"],
        frames["official_posts"],
    )
    for column in ["age_band", "gender", "region", "area_type", "ladder_rung", "freq_tiktok"]:
        assert isinstance(survey_df[column].dtype, pd.CategoricalDtype), column
    assert list(survey_df["age_band"].cat.categories) == survey.AGE_BANDS
    for column in survey.BEHAVIOURS:
        assert survey_df[column].dtype == bool, column
    assert survey_df["trust_gov_info"].dtype == "int64"
    for frame, column in [(inbox_df, "received_at"), (posts, "posted_at")]:
        assert isinstance(frame[column].dtype, pd.DatetimeTZDtype), column
        assert str(frame[column].dt.tz) == WIB
    for column in ["channel", "agency", "topic", "category", "urgency"]:
        assert isinstance(inbox_df[column].dtype, pd.CategoricalDtype), column
    assert inbox_df["answered"].dtype == bool
    assert inbox_df["first_response_minutes"].dtype == "Int64"
    for column in ["agency", "platform", "format", "topic"]:
        assert isinstance(posts[column].dtype, pd.CategoricalDtype), column
    for column in ["reach", "impressions", "likes", "comments", "shares", "engagements"]:
        assert posts[column].dtype == "int64", column


def in_window(times: pd.Series) -> bool:
    start = pd.Timestamp(world.START.isoformat(), tz=WIB)
    end = pd.Timestamp(world.END.isoformat(), tz=WIB) + pd.Timedelta(days=1)
    return bool(((times >= start) & (times < end)).all())


# --------------------------------------------------------------------------- audience_survey


def weekly_share(df: pd.DataFrame, platform: str, by: str) -> pd.Series:
    return df[f"freq_{platform}"].isin(AT_LEAST_WEEKLY).groupby(df[by], observed=True).mean()


def check_survey(df: pd.DataFrame) -> None:
    assert df["respondent_id"].is_unique
    # who answered: regions follow the world's population weights
    shares = df["region"].value_counts(normalize=True)
    for region, weight, _urban in world.REGIONS:
        assert abs(shares[region] - weight) < 0.04, region

    # platforms: the young on TikTok/Instagram, the old on Facebook/WhatsApp, X urban
    tiktok = weekly_share(df, "tiktok", "age_band")
    assert tiktok["55+"] < 0.2 < 0.6 < tiktok["15-24"]
    instagram = weekly_share(df, "instagram", "age_band")
    assert instagram["15-24"] > instagram["55+"] + 0.4
    facebook = weekly_share(df, "facebook", "age_band")
    assert facebook["55+"] > facebook["15-24"] + 0.15
    assert (weekly_share(df, "whatsapp", "age_band") > 0.7).all()
    old = df[df["age_band"] == "55+"]
    assert old["freq_facebook"].isin(AT_LEAST_WEEKLY).mean() > 3 * (
        old["freq_tiktok"].isin(AT_LEAST_WEEKLY).mean()
    )
    x = weekly_share(df, "x", "area_type")
    assert x["perdesaan"] < x["perkotaan"] / 2

    # the ladder: the highest rung whose behaviour is done, computed here independently
    expected = []
    for row in df[survey.BEHAVIOURS].itertuples(index=False):
        done = [rung for rung, flag in zip(survey.RUNGS, row, strict=False) if flag]
        expected.append(done[0] if done else "Inactives")
    assert (df["ladder_rung"].astype(str) == pd.Series(expected, index=df.index)).all()
    offline = (df[[f"freq_{p}" for p in survey.SURVEY_PLATFORMS]] == "tidak pernah").all(axis=1)
    assert (df.loc[offline, "ladder_rung"] == "Inactives").all()
    rungs = pd.crosstab(df["age_band"], df["ladder_rung"], normalize="index")
    assert rungs.loc["15-24", "Creators"] > 3 * rungs.loc["55+", "Creators"]
    assert rungs.loc["55+", "Inactives"] > 3 * rungs.loc["15-24", "Inactives"]
    assert set(df["ladder_rung"]) == set(survey.RUNGS)  # every rung occurs

    # topics of interest: at least one known topic each; life stage shows
    topics = df["topics_of_interest"].str.get_dummies(sep=";")
    assert set(topics.columns) <= set(survey.INTEREST_TOPICS)
    assert (topics.sum(axis=1) >= 1).all()
    by_age = topics.groupby(df["age_band"], observed=True).mean()
    assert by_age.loc["15-24", "lowongan_kerja"] > 3 * by_age.loc["55+", "lowongan_kerja"]
    assert by_age.loc["55+", "bansos"] > 2 * by_age.loc["15-24", "bansos"]

    # trust (1-5) differs by segment
    assert df["trust_gov_info"].between(1, 5).all()
    trust = df.groupby("age_band", observed=True)["trust_gov_info"].mean()
    assert trust["55+"] > trust["15-24"] + 0.4
    by_region = df.groupby("region", observed=True)["trust_gov_info"].mean()
    assert by_region["Kabupaten Pulau Sagara"] < df["trust_gov_info"].mean() - 0.25

    # preferred channel for government information
    channel = pd.crosstab(df["age_band"], df["preferred_channel"], normalize="index")
    assert channel.loc["55+", "tv_radio"] > 2 * channel.loc["15-24", "tv_radio"]
    assert channel.loc["15-24", "tiktok"] > 4 * channel.loc["55+", "tiktok"]
    assert channel.idxmax(axis=1)["55+"] == "whatsapp"


def test_survey_structure(source):
    check_survey(load("audience_survey", source))


# --------------------------------------------------------------------------- inbox

RESCUE = re.compile(r"terjebak|evakuasi|perahu|sepinggang|darurat", re.IGNORECASE)


def check_inbox(df: pd.DataFrame) -> None:
    assert df["message_id"].is_unique
    assert df["received_at"].is_monotonic_increasing and in_window(df["received_at"])

    # category mix: questions and complaints dominate, every category occurs
    mix = df["category"].value_counts(normalize=True)
    assert set(mix[mix > 0].index) == set(inbox.CATEGORIES)
    assert mix["pertanyaan"] + mix["keluhan"] > 0.5
    assert 0.04 < mix["spam"] < 0.16
    for category in ["hoaks", "ujaran_kebencian", "saran", "apresiasi"]:
        assert 0.01 < mix[category] < 0.15, category

    # urgency follows the content
    calm = df["category"].isin(["spam", "saran", "apresiasi"])
    assert (df.loc[calm, "urgency"] == "rendah").all()
    assert (df.loc[df["category"] == "ujaran_kebencian", "urgency"] != "rendah").all()
    rescue = (df["category"] == "keluhan") & df["text"].str.contains(RESCUE)
    assert rescue.sum() >= 10
    assert (df.loc[rescue, "urgency"] == "tinggi").all()
    flood = pd.Timestamp(world.EVENT_BY_KEY["banjir"].start.isoformat(), tz=WIB)
    crisis = (df["received_at"] >= flood) & (df["received_at"] < flood + pd.Timedelta(days=3))
    assert df.loc[rescue, "received_at"].between(flood, flood + pd.Timedelta(days=3)).all()
    high = df["urgency"] == "tinggi"
    assert high[crisis].mean() > max(0.25, 4 * high[~crisis].mean())

    # more messages during the flood
    daily = df["received_at"].dt.date.value_counts()
    crisis_days = [(flood + pd.Timedelta(days=d)).date() for d in range(3)]
    assert daily.reindex(crisis_days).mean() > 3 * daily.drop(crisis_days).median()

    # answered or not, and how fast
    minutes = df["first_response_minutes"]
    assert (minutes.isna() == ~df["answered"]).all()
    assert (minutes.dropna() >= 1).all()
    answered = df.groupby("category", observed=True)["answered"].mean()
    assert answered["pertanyaan"] > 0.65 and answered["keluhan"] > 0.65
    ignored = df["category"].isin(["spam", "ujaran_kebencian"])
    assert df.loc[ignored, "answered"].mean() < 0.2
    done = minutes.dropna().astype(float)
    assert done.mean() > 2 * done.median()  # heavy tail
    assert done.quantile(0.95) > 10 * done.median()
    hour = df["received_at"].dt.hour
    weekend = df["received_at"].dt.day_of_week >= 5
    night = (hour < 7) | (hour >= 21)
    assert minutes[night].median() > 2 * minutes[~night & ~weekend].median()
    assert minutes[weekend].median() > minutes[~weekend].median()
    by_channel = minutes.groupby(df["channel"], observed=True).median()
    assert 5 * by_channel["WhatsApp"] < min(by_channel["surel"], by_channel["SP4N-LAPOR!"])

    # personal data only in obviously fake forms
    text = df["text"]
    assert text.str.contains(r"\b\d{16}\b").any()
    assert (text.str.findall(r"\b\d{16}\b").explode().dropna().str[:2] == "99").all()
    phones = text.str.findall(r"\b0\d{2,3}[- ]?\d{3,4}[- ]?\d{3,5}\b").explode().dropna()
    assert len(phones) > 0 and phones.str.match(r"0812-0000-\d{4}$").all()
    mails = text.str.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+").explode().dropna()
    assert len(mails) > 0 and mails.str.endswith("@contoh.id").all()


def test_inbox_structure(source):
    check_inbox(load("inbox", source))


# --------------------------------------------------------------------------- official_posts

ALLOWED_FORMATS = {
    "x": {"teks", "foto", "video"},
    "instagram": {"foto", "video", "carousel", "reels"},
    "facebook": {"teks", "foto", "video", "carousel", "reels"},
    "tiktok": {"video", "carousel"},
    "youtube": {"video", "reels"},
}


def check_posts(df: pd.DataFrame) -> None:
    assert df["post_id"].is_unique
    assert df["posted_at"].is_monotonic_increasing and in_window(df["posted_at"])
    handles = {a.key: a.handle for a in world.AGENCIES}
    assert (df["handle"].astype(str) == df["agency"].astype(str).map(handles)).all()
    for platform, formats in ALLOWED_FORMATS.items():
        assert set(df.loc[df["platform"] == platform, "format"]) <= formats, platform
    assert df["caption"].str.contains("#").all()
    assert (df.loc[df["platform"] == "x", "caption"].str.len() <= 280).all()

    # counts are consistent
    assert (df["impressions"] >= df["reach"]).all()
    assert (df["reach"] >= df["engagements"]).all() and (df["engagements"] >= 0).all()
    assert (df[["likes", "comments", "shares"]].sum(axis=1) == df["engagements"]).all()

    rate = df["engagements"] / df["reach"]

    # format: within a platform reels > video > carousel > foto > teks
    def by_format(platform: str) -> pd.Series:
        mine = df["platform"] == platform
        return rate[mine].groupby(df.loc[mine, "format"], observed=True).median()

    ig, fb = by_format("instagram"), by_format("facebook")
    assert ig["reels"] > ig["carousel"] > ig["foto"]
    assert fb["reels"] > fb["foto"] > fb["teks"]
    assert fb["video"] > fb["foto"]
    overall = rate.groupby(df["format"], observed=True).median()
    assert overall.idxmin() == "teks" and overall["reels"] > 1.5 * overall["foto"]

    # hour: early morning and evening beat the early afternoon
    hour = df["posted_at"].dt.hour
    band = pd.Series(
        np.select(
            [hour.between(6, 8), hour.between(13, 15), hour.between(19, 21)],
            ["06-08", "13-15", "19-21"],
            default="lain",
        ),
        index=df.index,
    )
    by_band = rate.groupby(band).median()
    assert by_band["06-08"] > 1.3 * by_band["13-15"]
    assert by_band["19-21"] > 1.3 * by_band["13-15"]
    assert (band == "13-15").sum() > (band == "19-21").sum()  # and yet teams post at 13-15

    # day: weekends engage more (outside X); teams post less at weekends
    weekend = df["posted_at"].dt.day_of_week >= 5
    not_x = df["platform"] != "x"
    assert rate[weekend & not_x].median() > rate[~weekend & not_x].median()
    assert weekend.mean() < 2 / 7

    # topic and events
    assert rate[df["topic"] == "kegiatan_pimpinan"].median() < 0.8 * rate.median()
    flood = pd.Timestamp(world.EVENT_BY_KEY["banjir"].start.isoformat(), tz=WIB)
    crisis = (df["topic"] == "banjir") & df["posted_at"].between(
        flood, flood + pd.Timedelta(days=3), inclusive="left"
    )
    assert crisis.sum() >= 20
    assert df.loc[crisis, "reach"].median() > 2 * df.loc[~crisis, "reach"].median()
    daily = df["posted_at"].dt.date.value_counts()
    crisis_days = [(flood + pd.Timedelta(days=d)).date() for d in range(3)]
    assert daily.reindex(crisis_days).mean() > 2 * daily.median()
    dbd = world.EVENT_BY_KEY["kampanye_dbd"]
    in_campaign = df["posted_at"].dt.date.between(dbd.start, dbd.end)
    assert (df["topic"] == "dbd")[in_campaign].mean() > 3 * (df["topic"] == "dbd")[
        ~in_campaign
    ].mean()

    # heavy tails
    assert df["reach"].max() > 5 * df["reach"].median()
    assert df["engagements"].quantile(0.99) > 10 * df["engagements"].median()


def test_official_posts_structure(source):
    check_posts(load("official_posts", source))
