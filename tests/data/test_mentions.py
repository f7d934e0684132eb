"""mentions.csv: reproducible, loadable, and with the structure the listening module finds.

Every structural check is a plain function of a frame loaded through ``humas.data``; each
runs on the committed file and on a world generated with another seed, so the structure
comes from the generator's model and not from one lucky draw. The checks measure what a
listening analyst would measure: daily counts, z-scores, shares, medians.
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
from humas.text import find_personal_data

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT / "datasets"
if str(DATASETS) not in sys.path:  # the generator is not part of the package (as generate.py)
    sys.path.insert(0, str(DATASETS))

from _generator import mentions, world  # noqa: E402

OTHER_SEED = 7
WIB = "Asia/Jakarta"
HOAX = world.EVENT_BY_KEY["hoaks_fogging"]
DBD = world.EVENT_BY_KEY["kampanye_dbd"]
FLOOD = world.EVENT_BY_KEY["banjir"]
CLARIFICATION_DAY = HOAX.start + pd.Timedelta(days=2)  # 26 August, see world.EVENTS


def make(seed: int = world.DEFAULT_SEED, n: int = mentions.DEFAULT_ROWS) -> pd.DataFrame:
    return mentions.make_mentions(world.stream(seed, "mentions"), n)


@pytest.fixture(scope="module")
def fresh() -> pd.DataFrame:
    return make()


@pytest.fixture(scope="module")
def other_world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with mentions.csv generated from another seed, and the schema."""
    folder = tmp_path_factory.mktemp(f"seed{OTHER_SEED}")
    world.write_csv(make(OTHER_SEED), folder / "mentions.csv")
    shutil.copy(DATASETS / "schema.json", folder / "schema.json")
    return folder


def load(folder: Path | None) -> pd.DataFrame:
    """Load mentions through humas.data from the bundled folder or from ``folder``."""
    with pytest.MonkeyPatch.context() as patch:
        if folder is None:
            patch.delenv(data.ENV_VAR, raising=False)
        else:
            patch.setenv(data.ENV_VAR, str(folder))
        return data.load("mentions")


_LOADED: dict[str, pd.DataFrame] = {}


@pytest.fixture(scope="module", params=["committed", f"seed{OTHER_SEED}"])
def df(request: pytest.FixtureRequest) -> pd.DataFrame:
    """The committed file, then the other seed's file, each loaded once."""
    if request.param not in _LOADED:
        folder = None if request.param == "committed" else request.getfixturevalue("other_world")
        _LOADED[request.param] = load(folder)
    return _LOADED[request.param]


# --------------------------------------------------------------------------- measures


def daily(frame: pd.DataFrame, mask: pd.Series | None = None) -> pd.Series:
    """Rows per calendar day (WIB) over the whole window, zero-filled."""
    days = pd.date_range(world.START.isoformat(), periods=world.DAYS, freq="D").date
    rows = frame if mask is None else frame[mask]
    return rows["timestamp"].dt.date.value_counts().reindex(days, fill_value=0)


def event_days(margin_before: int = 2, margin_after: int = 3) -> set:
    days = set()
    for event in world.EVENTS:
        span = pd.date_range(
            event.start - pd.Timedelta(days=margin_before),
            event.end + pd.Timedelta(days=margin_after),
        )
        days |= set(span.date)
    return days


def baseline(counts: pd.Series) -> pd.Series:
    """The days far from any event: the reference a spike is measured against."""
    quiet = event_days()
    return counts[[d not in quiet for d in counts.index]]


def zscore(counts: pd.Series, day) -> float:
    ref = baseline(counts)
    return float((counts[day] - ref.mean()) / ref.std())


def day(value) -> object:
    return pd.Timestamp(value).date()


def normalise(text: str) -> str:
    """Letters only: what stays of a post when emoji, tags, handles and punctuation go."""
    text = re.sub(r"[#@]\w+", " ", text.lower())
    return " ".join(re.sub(r"[^a-z ]", " ", text).split())


# --------------------------------------------------------------------------- structure checks


def check_columns_and_ranges(df: pd.DataFrame) -> None:
    assert list(df.columns) == mentions.COLUMNS
    assert len(df) >= 20_000
    assert df["id"].is_unique and df["id"].str.fullmatch(r"m\d{6,}").all()
    start = pd.Timestamp(world.START.isoformat(), tz=WIB)
    end = start + pd.Timedelta(days=world.DAYS)
    assert df["timestamp"].between(start, end, inclusive="left").all()
    assert df["timestamp"].is_monotonic_increasing
    assert df["timestamp"].dt.date.nunique() == world.DAYS
    for column in ["likes", "shares", "replies", "views"]:
        assert df[column].dtype == "int64" and (df[column] >= 0).all(), column
    assert (df["likes"] <= df["views"]).all() and (df["shares"] <= df["views"]).all()
    assert df["text"].str.len().between(2, 400).all()
    assert set(df["topic"].cat.categories) == set(world.TOPICS)
    for column in ["platform", "author_type", "kind", "topic", "sentiment"]:
        assert df[column].notna().all(), column
        assert df[column].value_counts().min() > 0, f"{column}: a category never occurs"
    assert df["author"].str.fullmatch(r"@[a-z0-9_.]+").all()


def check_threads(df: pd.DataFrame) -> None:
    """Posts start threads; comments answer posts; replies answer comments or questions."""
    posts = df["kind"] == "post"
    assert (df.loc[posts, "reply_to"].isna()).all()
    assert df.loc[~posts, "reply_to"].notna().all()
    indexed = df.set_index("id")
    parent = indexed.loc[df.loc[~posts, "reply_to"]]
    child = df[~posts]
    assert (parent["timestamp"].to_numpy() <= child["timestamp"].to_numpy()).all()
    assert (parent["topic"].to_numpy() == child["topic"].to_numpy()).all()
    assert (parent["platform"].to_numpy() == child["platform"].to_numpy()).all()
    comments = (child["kind"] == "comment").to_numpy()
    assert (parent["kind"].to_numpy()[comments] == "post").all()
    # The replies column counts at least the replies present in the data.
    present = df["reply_to"].value_counts()
    assert (indexed.loc[present.index, "replies"] >= present).all()
    assert 0.35 < posts.mean() < 0.55 and 0.1 < (df["kind"] == "reply").mean() < 0.3


def check_daily_and_weekly_rhythm(df: pd.DataFrame) -> None:
    hourly = df["timestamp"].dt.hour.value_counts(normalize=True).sort_index()
    assert hourly.loc[1:5].min() < 0.15 * hourly.max(), "night trough"
    assert hourly.loc[1:4].mean() < 0.25 * hourly.max(), "night trough"
    assert 18 <= hourly.idxmax() <= 22, "evening peak"
    assert hourly.loc[18:22].sum() > 3 * hourly.loc[0:5].sum()
    counts = baseline(daily(df))
    weekday = pd.Series(pd.to_datetime(counts.index).day_of_week, index=counts.index)
    working, weekend = counts[weekday <= 3].mean(), counts[weekday >= 5].mean()
    assert working > 1.15 * weekend, (working, weekend)


def check_heavy_tailed_engagement(df: pd.DataFrame) -> None:
    posts = df[df["kind"] == "post"]
    for column, floor in [("views", 0.25), ("likes", 0.20)]:
        values = posts[column].sort_values(ascending=False)
        top = values.iloc[: max(1, len(values) // 100)].sum() / values.sum()
        assert top > floor, f"top 1% of posts hold {top:.0%} of {column}"
    median = posts.groupby("author_type", observed=True)["views"].median()
    assert median["media"] > 10 * median["warga"]
    assert median["tokoh/influencer"] > 10 * median["warga"]
    assert posts["views"].mean() > 5 * posts["views"].median()


def check_events_are_spikes(df: pd.DataFrame) -> None:
    def topic_counts(topic: str) -> pd.Series:
        return daily(df, df["topic"] == topic)

    hoax, dbd, flood, total = (
        topic_counts(HOAX.topic),
        topic_counts(DBD.topic),
        topic_counts(FLOOD.topic),
        daily(df),
    )
    for offset in (1, 2):  # the hoax peaks on its second and third day
        assert zscore(hoax, day(HOAX.start + pd.Timedelta(days=offset))) > 3
    assert zscore(dbd, day(DBD.start)) > 3, "campaign launch"
    for offset in range(3):  # three days of crisis; the first two move everything
        the_day = day(FLOOD.start + pd.Timedelta(days=offset))
        assert zscore(flood, the_day) > 3
        assert offset == 2 or zscore(total, the_day) > 3, "the flood moves the conversation"
    # The DBD campaign lifts dbd volume for three weeks, every week of it.
    reference = baseline(dbd).mean()
    for week in range(3):
        first = DBD.start + pd.Timedelta(days=7 * week)
        span = [day(first + pd.Timedelta(days=i)) for i in range(7)]
        assert dbd[span].mean() > 2 * reference, f"campaign week {week + 1}"


def check_hoax_spreads_then_is_clarified(df: pd.DataFrame) -> None:
    hoax_rows = df["topic"] == HOAX.topic
    counts = daily(df, hoax_rows)
    window = [day(HOAX.start + pd.Timedelta(days=i)) for i in range(9)]
    peak = counts[window].idxmax()
    clarification = day(CLARIFICATION_DAY)
    assert peak <= clarification, "the hoax peaks before or on the clarification day"
    after = [day(CLARIFICATION_DAY + pd.Timedelta(days=i)) for i in range(1, 6)]
    peak_days = [day(HOAX.start + pd.Timedelta(days=1)), clarification]
    assert counts[after[0]] < counts[clarification], counts[window]
    assert counts[after[:2]].sum() < 0.5 * counts[peak_days].sum(), counts[window]
    assert counts[after[2:]].mean() < 0.3 * counts[peak], "back to its usual level"
    week_later = [day(CLARIFICATION_DAY + pd.Timedelta(days=i)) for i in range(7, 14)]
    assert counts[week_later].mean() < 2 * baseline(counts).mean(), "and stays there"
    # Official accounts stay silent while it spreads and clarify from the third day.
    official = hoax_rows & (df["author_type"] == "akun resmi") & (df["kind"] == "post")
    spread = df["timestamp"].dt.date.isin(window[:2])
    assert not (official & spread).any()
    first = df.loc[official & (df["timestamp"].dt.date >= window[0]), "timestamp"].min()
    assert first.date() == clarification
    clarifying = df.loc[official & (df["timestamp"].dt.date == clarification), "text"]
    assert len(clarifying) >= 3
    assert clarifying.str.contains("HOAKS|hoaks|Cek fakta|klarifikasi", case=False).mean() > 0.5
    # The mood turns: the spread days are far more negative than the week after.
    negative = (df["sentiment"] == "negatif") & hoax_rows
    day_of = df["timestamp"].dt.date
    before = negative[day_of.isin(window[:2])].sum() / (hoax_rows & day_of.isin(window[:2])).sum()
    later = negative[day_of.isin(after)].sum() / (hoax_rows & day_of.isin(after)).sum()
    assert before > later + 0.2, (before, later)


def check_flood_week_is_negative(df: pd.DataFrame) -> None:
    days = df["timestamp"].dt.date
    flood_week = days.between(day(FLOOD.start), day(FLOOD.end))
    quiet = ~days.isin(event_days())
    negative = df["sentiment"] == "negatif"
    during, usual = negative[flood_week].mean(), negative[quiet].mean()
    assert during > usual + 0.15 and during > 1.4 * usual, (during, usual)
    # The flood began before dawn: its first night is busy, unlike ordinary nights.
    night = df["timestamp"].dt.hour.between(1, 5)
    first_night = (days == day(FLOOD.start)) & night & (df["topic"] == FLOOD.topic)
    assert first_night.sum() > 5 * (night & quiet).sum() / quiet.groupby(days).size().size


def check_few_accounts_drive_the_conversation(df: pd.DataFrame) -> None:
    per_author = df["author"].value_counts()
    top = per_author.iloc[: max(1, len(per_author) // 20)].sum() / len(df)
    assert top >= 0.30, f"top 5% of authors write {top:.0%} of mentions"
    # Bots post near-duplicates: most of their texts repeat once emoji and tags are gone.
    bots = df["author_type"] == "akun anonim/bot"
    forms = df["text"].map(normalise)
    repeats = forms[bots].map(forms[bots].value_counts())
    citizens = forms[(df["author_type"] == "warga") & (df["kind"] == "post")]
    citizen_repeats = citizens.map(citizens.value_counts())
    assert (repeats >= 5).mean() > 0.6
    assert (citizen_repeats >= 5).mean() < (repeats >= 5).mean() - 0.3
    assert (df.loc[bots, "author"].value_counts() >= 10).sum() >= 10


def check_questions_and_answers(df: pd.DataFrame) -> None:
    questions = df[df["is_question"]]
    assert 0.04 < len(questions) / len(df) < 0.08
    assert (questions["author_type"] == "warga").all()
    assert questions["kind"].isin(["post", "comment"]).all()
    assert (
        questions["answered"].notna().all() and df.loc[~df["is_question"], "answered"].isna().all()
    )
    share = questions["answered"].mean()
    assert 0.45 < share < 0.8, f"answered share {share:.0%}"
    answered = questions[questions["answered"]]
    assert answered["answered_at"].notna().all()
    assert (answered["answered_at"] > answered["timestamp"]).all()
    assert df.loc[~df["answered"].fillna(False).astype(bool), "answered_at"].isna().all()
    minutes = (answered["answered_at"] - answered["timestamp"]).dt.total_seconds() / 60
    assert (minutes == answered["answer_minutes"].astype(float)).all()
    # Each answer is an official reply at answered_at, by the agency's own account.
    replies = df[(df["author_type"] == "akun resmi") & (df["kind"] == "reply")]
    assert replies["reply_to"].is_unique
    assert set(replies["reply_to"]) == set(answered["id"])
    matched = replies.set_index("reply_to").loc[answered["id"]]
    assert (matched["timestamp"].to_numpy() == answered["answered_at"].to_numpy()).all()
    handles = {f"@{world.AGENCY_BY_KEY[agency].handle}" for agency in world.TOPICS.values()}
    assert matched["author"].isin(handles).all()
    # Heavy-tailed, slower at night and during the flood.
    assert minutes.quantile(0.9) > 4 * minutes.median()
    assert minutes.max() > 10 * minutes.median()
    hour = answered["timestamp"].dt.hour
    at_night = minutes[(hour >= 22) | (hour < 5)].median()
    office = answered["timestamp"].dt.day_of_week.lt(5) & hour.between(8, 15)
    assert at_night > 3 * minutes[office].median()
    days = answered["timestamp"].dt.date
    in_flood = days.between(day(FLOOD.start), day(FLOOD.end))
    assert minutes[in_flood].median() > 1.5 * minutes[~in_flood].median()


def check_personal_data(df: pd.DataFrame) -> None:
    """1-2 % of rows carry fake personal data, all of it found; no other row trips the finder."""
    hits = df["text"].map(find_personal_data)
    flagged = hits.map(bool)
    assert 0.01 <= flagged.mean() <= 0.02, f"{flagged.mean():.2%}"
    assert (df.loc[flagged, "author_type"] == "warga").all()
    kinds = {hit.kind for found in hits for hit in found}
    assert kinds >= {"nik", "telepon", "email"}
    for found in hits[flagged]:
        for hit in found:
            digits = re.sub(r"\D", "", hit.text)
            if hit.kind in ("nik", "kk"):
                assert digits.startswith("99") and len(digits) == 16, hit
            elif hit.kind == "telepon":
                assert "0000" in digits[4:9], hit
            else:
                assert hit.text.endswith(("@contoh.id", "@example.com")), hit
    # Questions that expose personal data get a privacy reminder when answered.
    exposed = df[flagged & df["is_question"] & df["answered"].fillna(False).astype(bool)]
    answers = df[df["reply_to"].isin(exposed["id"]) & (df["author_type"] == "akun resmi")]
    assert len(answers) == len(exposed) and answers["text"].str.contains("DM|pribadi").all()


def check_texts_read_like_social_media(df: pd.DataFrame) -> None:
    texts = df["text"]
    assert texts.nunique() > 0.8 * len(texts), "texts should rarely repeat"
    citizens = texts[df["author_type"] == "warga"]
    words = citizens.str.lower().str.findall(r"[a-z0-9]+").explode()
    for word in ["yg", "gak", "ga", "bgt", "udh", "blm", "tdk", "sy", "knp", "gmn", "dgn"]:
        assert (words == word).sum() > 20, word
    for word in ["aja", "dong", "sih", "nih", "deh", "min", "kak"]:
        assert (words == word).sum() > 20, word
    for word in ["mbok", "wae", "gue", "sampean", "ndak", "kagak", "nuhun", "euy"]:
        assert (words == word).sum() >= 2, word
    assert texts.str.contains("#DBD").sum() > 50
    assert texts.str.contains("#BanjirTelukBiru").sum() > 20
    assert texts.str.contains("#NusaBahari").sum() > 100
    handles = "|".join(f"@{a.handle}" for a in world.AGENCIES)
    assert texts.str.contains(handles).mean() > 0.05
    emoji = texts.str.contains("[\U0001f300-\U0001faff]")
    assert 0.2 < emoji.mean() < 0.7
    # Sentiment labels agree with obvious cues in the text.
    sentiment = df["sentiment"]
    cues = {"positif": r"\b(?:makasih|terima kasih|salut|mantap|alhamdulillah)\b"}
    cues["negatif"] = r"\b(?:parah|kecewa|rusak|telat|lambat|gagal)\b"
    for label, cue in cues.items():
        share = texts.str.contains(cue, case=False)
        assert share[sentiment == label].mean() > 3 * share[sentiment != label].mean(), label


STRUCTURE: list[Callable[[pd.DataFrame], None]] = [
    check_columns_and_ranges,
    check_threads,
    check_daily_and_weekly_rhythm,
    check_heavy_tailed_engagement,
    check_events_are_spikes,
    check_hoax_spreads_then_is_clarified,
    check_flood_week_is_negative,
    check_few_accounts_drive_the_conversation,
    check_questions_and_answers,
    check_personal_data,
    check_texts_read_like_social_media,
]


@pytest.mark.parametrize("check", STRUCTURE, ids=lambda check: check.__name__[len("check_") :])
def test_structure(df, check):
    check(df)


# --------------------------------------------------------------------------- reproducibility


def test_same_seed_gives_identical_frames(fresh):
    pd.testing.assert_frame_equal(fresh, make())


def test_another_seed_gives_different_data(fresh):
    other = make(OTHER_SEED)
    assert list(other.columns) == list(fresh.columns) and len(other) == len(fresh)
    assert not fresh["text"].equals(other["text"])
    assert not fresh["timestamp"].equals(other["timestamp"])


def test_committed_file_equals_a_fresh_generation(fresh, tmp_path):
    path = tmp_path / "mentions.csv"
    world.write_csv(fresh, path)
    committed = DATASETS / "mentions.csv"
    assert committed.read_bytes() == path.read_bytes(), (
        "mentions.csv differs from a fresh run: run `python datasets/generate.py --only mentions`"
    )


def test_size_follows_the_argument():
    small = make(n=3000)
    assert len(small) == 3000 and small["id"].iloc[-1] == "m003000"
    with pytest.raises(ValueError):
        make(n=10)


# --------------------------------------------------------------------------- loading


def test_load_gives_tz_aware_times_and_categoricals():
    df = load(None)
    assert len(df) == mentions.DEFAULT_ROWS
    for column in ["timestamp", "answered_at"]:
        assert isinstance(df[column].dtype, pd.DatetimeTZDtype), column
        assert str(df[column].dt.tz) == WIB
    expected = {
        "platform": world.PLATFORMS,
        "author_type": mentions.AUTHOR_TYPES,
        "kind": mentions.KINDS,
        "topic": list(world.TOPICS),
        "sentiment": mentions.SENTIMENTS,
    }
    for column, categories in expected.items():
        assert isinstance(df[column].dtype, pd.CategoricalDtype), column
        assert list(df[column].cat.categories) == categories, column
    assert df["is_question"].dtype == bool
    assert df["answered"].dtype == "boolean" and df["answer_minutes"].dtype == "Int64"
    raw = (DATASETS / "mentions.csv").read_text(encoding="utf-8").splitlines()[1]
    assert re.search(r",2026-08-03T\d\d:\d\d:\d\d\+07:00,", raw), raw


def test_iso_format_matches_the_world_helper(fresh):
    stamps = pd.to_datetime(fresh["timestamp"].iloc[::997], format="ISO8601").dt.tz_convert(WIB)
    assert world.wib_iso(stamps).tolist() == fresh["timestamp"].iloc[::997].tolist()


def test_every_template_slot_is_known():
    rng = np.random.default_rng(0)
    ctx = {"dialect": np.zeros(1, int), "topic": np.zeros(1, int), "phase": np.zeros(1, int)}
    slots = {part for parts in mentions.PARSED for part in parts[1::2]}
    for slot in sorted(slots):
        assert len(mentions._slot(rng, slot, np.zeros(1, int), ctx)[0]) > 0, slot
