"""humas.listening: cleaning, lexicon sentiment and the listening metrics on small frames."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import humas.listening as listening
from humas import data


def _scores(*texts: str) -> list[float]:
    return listening.sentiment_score(pd.Series(list(texts))).tolist()


def _labels(*texts: str) -> list[str]:
    return listening.label_sentiment(pd.Series(list(texts))).astype(str).tolist()


# ------------------------------------------------------------------------------- cleaning


def test_clean_text_drops_urls_and_mentions_and_splits_hashtags() -> None:
    texts = pd.Series(
        [
            "Cek https://contoh.id/info?id=1 dan www.contoh.id ya @dinkesnusabahari",
            "#BanjirTelukBiru #3MPlus #DBD #cekfakta",
            "Surel ke budi@contoh.id",
        ]
    )
    assert listening.clean_text(texts).tolist() == [
        "cek dan ya",
        "banjir teluk biru 3 m plus dbd cekfakta",
        "surel ke budi@contoh.id",
    ]


def test_clean_text_normalises_slang_and_keeps_negations() -> None:
    texts = pd.Series(["Gak jelas bgt!!", "Makasih min, udh lancar", "blm ada kabar"])
    assert listening.clean_text(texts).tolist() == [
        "tidak jelas sekali",
        "terima kasih admin sudah lancar",
        "belum ada kabar",
    ]


def test_clean_text_keeps_the_index_and_turns_missing_values_into_empty_text() -> None:
    texts = pd.Series(["Mantul", None, "Mantul"], index=[10, 20, 30])
    result = listening.clean_text(texts)
    assert result.index.tolist() == [10, 20, 30]
    assert result.tolist() == ["mantul", "", "mantul"]


def test_clean_text_refuses_a_plain_string_in_indonesian() -> None:
    with pytest.raises(TypeError, match="harus berupa pandas.Series"):
        listening.clean_text("teks")  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ sentiment


def test_negation_flips_the_next_sentiment_word() -> None:
    assert _labels("tidak bagus", "gak bagus", "pelayanannya kurang ramah") == ["negatif"] * 3
    assert _scores("tidak bagus") == [-3.0]


def test_double_negation_is_positive() -> None:
    """'bukan tidak peduli' = 'not uncaring': the two negations cancel (peduli = +2)."""
    assert _scores("bukan tidak peduli") == [2.0]
    assert _labels("bukan tidak peduli") == ["positif"]


def test_negation_reaches_only_three_tokens() -> None:
    assert _scores("tidak ada yang bagus", "tidak ada yang lain lagi bagus") == [-3.0, 3.0]


def test_intensifiers_multiply_before_and_after_the_word() -> None:
    bagus, sangat, banget, agak = _scores("bagus", "sangat bagus", "bagus banget", "agak bagus")
    assert sangat > bagus and banget > bagus and agak < bagus
    assert (bagus, sangat, banget) == (3.0, 4.5, 4.5)
    assert agak == pytest.approx(2.1)


def test_an_intensifier_after_a_negation_softens() -> None:
    assert _scores("tidak terlalu bagus", "tidak ramah", "sangat tidak ramah") == [
        -2.0,
        -3.0,
        -4.5,
    ]


def test_slang_is_scored_through_normalisation_or_the_lexicon() -> None:
    assert _labels("mantul", "gak bagus", "gk jelas bgt", "makasih min") == [
        "positif",
        "negatif",
        "negatif",
        "positif",
    ]


def test_phrases_are_matched_before_words() -> None:
    # "pungli" alone is -4, "bebas pungli" is +3
    assert _scores("pungli", "bebas pungli") == [-4.0, 3.0]


def test_hashtags_carry_sentiment_and_urls_do_not() -> None:
    assert _labels("#KecewaBerat", "https://contoh.id/bagus") == ["negatif", "netral"]


def test_label_sentiment_is_categorical_aligned_and_neutral_without_sentiment_words() -> None:
    texts = pd.Series(["Jadwal posyandu besok", "Mantul!", None, "tidak bagus"], index=list("abcd"))
    labels = listening.label_sentiment(texts)
    assert isinstance(labels.dtype, pd.CategoricalDtype)
    assert list(labels.cat.categories) == ["negatif", "netral", "positif"]
    assert labels.index.tolist() == list("abcd")
    assert labels.astype(str).tolist() == ["netral", "positif", "netral", "negatif"]


# ----------------------------------------------------------------------- NusaX evaluation


def _macro_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    scores = []
    for label in np.unique(truth):
        tp = np.sum((truth == label) & (predicted == label))
        wrong = np.sum((truth != label) & (predicted == label))
        missed = np.sum((truth == label) & (predicted != label))
        scores.append(2 * tp / (2 * tp + wrong + missed) if tp else 0.0)
    return float(np.mean(scores))


def test_macro_f1_helper_on_a_known_case() -> None:
    truth = np.array(["a", "a", "b", "b"])
    assert _macro_f1(truth, np.array(["a", "b", "b", "b"])) == pytest.approx((2 / 3 + 0.8) / 2)


def test_lexicon_macro_f1_0_74_beats_majority_0_18_by_0_15() -> None:
    """NusaX-Senti test (400 human-labelled sentences): measured 0.7377 vs 0.1844.

    The lexicon labels (score > 0 positive, < 0 negative, 0 neutral) are compared with the
    human labels; the baseline always answers the majority class of the test file
    (negative). The figures are pinned to two decimals so that a regression fails.
    """
    df = data.load("nusax_senti_test")
    truth = df["label"].astype(str).to_numpy()
    english = {"positif": "positive", "negatif": "negative", "netral": "neutral"}
    predicted = listening.label_sentiment(df["text"]).astype(str).map(english).to_numpy()
    lexicon = _macro_f1(truth, predicted)
    majority = pd.Series(truth).value_counts().idxmax()
    baseline = _macro_f1(truth, np.full(len(truth), majority))
    message = f"lexicon macro-F1 {lexicon:.4f}, majority ({majority}) {baseline:.4f}"
    print(message)
    assert lexicon >= baseline + 0.15, message
    assert (round(lexicon, 2), round(baseline, 2)) == (0.74, 0.18), message


# ---------------------------------------------------------------------------- daily, spikes


def _mentions() -> pd.DataFrame:
    stamps = [
        "2026-08-03T08:00:00+07:00",
        "2026-08-03T23:30:00+07:00",  # still 3 August in WIB
        "2026-08-03T12:00:00+07:00",
        "2026-08-05T01:00:00+07:00",
        "2026-08-05T09:00:00+07:00",
    ]
    return pd.DataFrame(
        {
            "timestamp": pd.to_datetime(stamps).tz_convert("Asia/Jakarta"),
            "author": ["@a", "@b", "@a", "@c", "@a"],
            "text": [
                "Pelayanan ramah, mantul #DBD",
                "antrean lama, kecewa #DBD #Antre",
                "Jadwal fogging hari ini @dinkes",
                "Banjir lagi di jalan utama @bpbd",
                "Banjir belum surut @bpbd @dinkes",
            ],
            "sentiment": ["positif", "negatif", "netral", "negatif", "negatif"],
            "likes": [10, 0, 5, 20, 1],
            "shares": [1, 0, 0, 5, 0],
            "replies": [2, 1, 0, 3, 0],
            "views": [100, 50, 0, 400, 10],
            "platform": ["x", "x", "instagram", "x", "instagram"],
        }
    )


def test_daily_counts_volume_and_sentiment_per_wib_day() -> None:
    table = listening.daily(_mentions())
    assert [d.strftime("%Y-%m-%d") for d in table.index] == [
        "2026-08-03",
        "2026-08-04",
        "2026-08-05",
    ]
    assert str(table.index.tz) == "Asia/Jakarta"
    assert table.columns.tolist() == ["volume", "negatif", "netral", "positif", "net_sentiment"]
    assert table["volume"].tolist() == [3, 0, 2]
    assert table["negatif"].tolist() == [1, 0, 2]
    assert table["netral"].tolist() == [1, 0, 0]
    assert table["positif"].tolist() == [1, 0, 0]
    assert table["net_sentiment"].tolist() == [0.0, 0.0, -1.0]


def test_daily_scores_the_text_when_there_is_no_sentiment_column() -> None:
    table = listening.daily(_mentions().drop(columns="sentiment"))
    assert table["positif"].tolist() == [1, 0, 0]
    assert table["negatif"].tolist() == [1, 0, 2]  # "banjir" is in the lexicon (-2)


def test_daily_by_week_and_missing_columns() -> None:
    assert listening.daily(_mentions(), freq="W")["volume"].tolist() == [5]
    with pytest.raises(ValueError, match="kolom yang diperlukan: 'timestamp'"):
        listening.daily(pd.DataFrame({"text": ["x"]}))


def test_spikes_find_the_known_spike_against_the_previous_days_only() -> None:
    days = pd.date_range("2026-08-03", periods=20, freq="D", tz="Asia/Jakarta")
    volume = pd.Series([100, 104, 96, 100, 104, 96, 100] * 2 + [400, 100, 104, 96, 100, 104], days)
    found = listening.spikes(volume, window=7, z=3.0)
    assert found.index.tolist() == [days[14]]
    row = found.iloc[0]
    assert row["volume"] == 400
    assert row["baseline_mean"] == pytest.approx(100.0)
    assert row["baseline_std"] == pytest.approx(math.sqrt(64 / 6))  # sample std, ddof=1
    assert row["zscore"] == pytest.approx(300 / math.sqrt(64 / 6))
    # the spike day is not part of its own baseline, but it is part of the next days'
    assert listening.spikes(volume, window=7, z=2.0).index.tolist() == [days[14]]


def test_spikes_accept_the_daily_table_and_flat_baselines() -> None:
    days = pd.date_range("2026-08-03", periods=5)
    table = pd.DataFrame({"volume": [5, 5, 5, 9, 5]}, index=days)
    found = listening.spikes(table, window=3)
    assert found.index.tolist() == [days[3]]
    assert found["zscore"].tolist() == [math.inf]
    with pytest.raises(ValueError, match="'window'"):
        listening.spikes(table, window=1)


def test_top_terms_for_a_spike_day() -> None:
    terms = listening.top_terms_for(_mentions(), "2026-08-05", n=3)
    assert terms.to_dict() == {"banjir": 2, "jalan": 1, "surut": 1}


# ----------------------------------------------------------------------------------- terms


def test_top_terms_remove_stopwords_negations_numbers_and_short_words() -> None:
    # "yg", "di", "lama", "ada" are stopwords; "gak" is a negation; "antri" becomes "antre"
    texts = pd.Series(["Yg antri di RSUD lama bgt", "gak ada antrean di RSUD 2 jam", "rsud"])
    terms = listening.top_terms(texts, n=10)
    assert terms.index.tolist() == ["rsud", "antre", "antrean", "jam"]
    assert terms.tolist() == [3, 1, 1, 1]
    assert terms.name == "count"


def test_top_terms_count_repeated_texts_and_cut_at_n() -> None:
    texts = pd.Series(["banjir surut"] * 3 + ["jalan rusak"])
    assert listening.top_terms(texts, n=2).to_dict() == {"banjir": 3, "surut": 3}


def test_top_hashtags_are_lower_cased_and_counted() -> None:
    texts = pd.Series(["#DBD #3MPlus", "Ayo #3mplus!", "#dbd", "tanpa tagar", "a&#39;b"])
    assert listening.top_hashtags(texts, n=5).to_dict() == {"#3mplus": 2, "#dbd": 2}
    assert listening.top_hashtags(_mentions()["text"], n=1).to_dict() == {"#dbd": 2}


# ------------------------------------------------------------------------ authors and reach


def test_top_authors_by_volume_and_by_engagement() -> None:
    by_volume = listening.top_authors(_mentions(), n=2)
    assert by_volume.index.tolist() == ["@a", "@b"]
    assert by_volume["mentions"].tolist() == [3, 1]
    assert by_volume["engagement"].tolist() == [19, 1]
    by_engagement = listening.top_authors(_mentions(), n=2, by="engagement")
    assert by_engagement["engagement"].to_dict() == {"@c": 28, "@a": 19}
    with pytest.raises(ValueError, match="'volume' atau 'engagement'"):
        listening.top_authors(_mentions(), by="likes")


def test_engagement_rate_per_row_and_per_platform() -> None:
    rows = listening.engagement_rate(_mentions())
    assert rows.tolist()[:2] == [0.13, 0.02]
    assert math.isnan(rows.iloc[2])
    assert rows.tolist()[3:] == [0.07, 0.1]
    per_platform = listening.engagement_rate(_mentions(), by="platform")
    assert per_platform.to_dict() == {"instagram": 0.6, "x": pytest.approx(42 / 550)}


def test_share_of_voice_counts_whole_handles() -> None:
    m = pd.DataFrame({"text": ["@dinkes ok", "@dinkes dan @bpbd", "@bpbdx", "#DBD @Dinkes", "x"]})
    share = listening.share_of_voice(m, "@dinkes", ["@bpbd", "@dishub"])
    assert share.to_dict() == {"@dinkes": 0.75, "@bpbd": 0.25, "@dishub": 0.0}
    named = listening.share_of_voice(m, {"Dinkes": ["@dinkes", "#dbd"]}, {"BPBD": "@bpbd"})
    assert named.to_dict() == {"Dinkes": 0.75, "BPBD": 0.25}
    nobody = listening.share_of_voice(m, "@dinsos", ["@disdik"])
    assert nobody.to_dict() == {"@dinsos": 0.0, "@disdik": 0.0}


def test_response_stats_per_agency() -> None:
    inbox = pd.DataFrame(
        {
            "agency": pd.Categorical(["dinkes", "dinkes", "dinkes", "bpbd", "bpbd"]),
            "answered": [True, True, False, True, False],
            "first_response_minutes": pd.array([10, 50, pd.NA, 7, pd.NA], dtype="Int64"),
        }
    )
    stats = listening.response_stats(inbox)
    assert stats.index.tolist() == ["bpbd", "dinkes"]
    assert stats["messages"].tolist() == [2, 3]
    assert stats["answered"].tolist() == [1, 2]
    assert stats["response_rate"].tolist() == [0.5, pytest.approx(2 / 3)]
    assert stats["median_minutes"].tolist() == [7.0, 30.0]


def test_response_stats_on_the_real_inbox_and_mentions_questions() -> None:
    stats = listening.response_stats(data.load("inbox"))
    assert int(stats["messages"].sum()) == 480
    assert set(stats.index) == {
        "pemprov",
        "dinkes",
        "bpbd",
        "dishub",
        "diskominfo",
        "disdik",
        "dinsos",
    }
    mentions = data.load("mentions")
    questions = listening.response_stats(mentions, by="platform", minutes="answer_minutes")
    assert int(questions["messages"].sum()) == 1345
    assert questions["response_rate"].between(0, 1).all()


def test_on_the_mentions_file_the_flood_day_is_the_biggest_spike() -> None:
    mentions = data.load("mentions")
    found = listening.spikes(listening.daily(mentions))
    top = found["zscore"].idxmax()
    assert top.strftime("%Y-%m-%d") == "2026-10-12"
    assert "banjir" in listening.top_terms_for(mentions, top, n=5).index


def test_top_terms_leave_out_the_words_asked_for_cleaned_like_the_texts() -> None:
    texts = pd.Series(["Jl. Teluk Biru banjir", "jalan teluk biru banjir lagi", "Banjir"])
    assert listening.top_terms(texts).index.tolist() == ["banjir", "biru", "jalan", "teluk"]
    kept = listening.top_terms(texts, exclude=["Jl.", "TELUK BIRU"])
    assert kept.to_dict() == {"banjir": 3}
    assert listening.top_terms(texts, exclude="banjir").index.tolist() == ["biru", "jalan", "teluk"]
    m = pd.DataFrame({"timestamp": pd.to_datetime(["2026-08-24 08:00"]), "text": ["Teluk banjir"]})
    assert listening.top_terms_for(m, "2026-08-24", exclude=["teluk"]).to_dict() == {"banjir": 1}
