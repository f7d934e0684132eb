"""The column-wise reading of ``humas.listening`` equals the plain left-to-right rule.

``humas._tokens`` splits, cleans and scores texts with array operations for speed
(benchmarks/bench_listening.py). The rule itself is written once as a plain loop,
``humas.listening._score_tokens``, on the output of ``_clean_distinct``; these tests compare
the two on every text of the course data and on generated texts dense in negations,
intensifiers, phrases, clitics, mentions, links, hashtags and two-word slang entries.
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

import humas.listening as listening
from humas import _tokens, data, text


def reference_scores(texts: pd.Series) -> np.ndarray:
    """One text at a time: clean whole, split, score with the loop."""
    res = listening._resources()
    series = texts.astype(object)
    present = series.notna().to_numpy()
    cleaned = listening._clean_distinct(series[present].astype(str))
    scores = np.zeros(len(series))
    scores[present] = [listening._score_tokens(c.split(), res) for c in cleaned]
    return scores


def reference_terms(texts: pd.Series) -> pd.Series:
    res = listening._resources()
    excluded = text.stopwords() | res.negations
    words = listening.clean_text(texts.dropna()).str.split().explode().dropna()
    counts = words.value_counts()
    keep = counts.index.str.match(listening._TERM_RE) & ~counts.index.isin(excluded)
    return listening._ranked(counts[keep], 10**9, "count")


def assert_same(texts: pd.Series) -> None:
    listening._last_table.clear()
    got = listening.sentiment_score(texts).to_numpy()
    want = reference_scores(texts)
    wrong = np.flatnonzero(~np.isclose(got, want, rtol=1e-12, atol=1e-12))
    examples = [(texts.iloc[i], got[i], want[i]) for i in wrong[:5]]
    assert not len(wrong), f"{len(wrong)} of {len(texts)} texts differ, e.g. {examples}"
    pd.testing.assert_series_equal(listening.top_terms(texts, n=10**9), reference_terms(texts))


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("mentions", "text"),
        ("inbox", "text"),
        ("official_posts", "caption"),
        ("nusax_senti_test", "text"),
        ("nusax_senti_train", "text"),
    ],
)
def test_course_data_reads_the_same_as_the_loop(name: str, column: str) -> None:
    assert_same(data.load(name)[column])


def _soup(seed: int, n: int) -> pd.Series:
    """Texts built from the words the rule reacts to, in every order."""
    res = listening._resources()
    rng = random.Random(seed)
    sentiment = sorted(res.words)[::40] + ["ramahnya", "cepatlah", "bagusnya"]
    phrases = [" ".join(parts) for options in res.phrases.values() for parts, _ in options]
    pairs = [" ".join(k) for k in text._words().pairs]
    pools = [
        sentiment,
        phrases[::5],
        sorted(res.negations),
        sorted(res.before),
        sorted(res.after),
        ["jalan", "warga", "kantor", "antre", "di", "yang", "Jl.", "2026", "07.00", "Rp5.000"],
        [
            "@dinkesnusabahari",
            "@a.b,",
            "#BanjirTelukBiru",
            "#dbd",
            "https://contoh.id/x.",
            "www.contoh.id",
            "nama@contoh.id",
            "!!!",
            "(",
            "gak",
            "bgt",
            "hati2",
            "bangeeet",
        ],
        pairs,
        ["😠", "👍🏽", "💯"],
    ]
    texts = []
    for _ in range(n):
        words = [rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 14))]
        glue = rng.choice([" ", "  ", " ", ", ", "\n"])
        texts.append(glue.join(words))
    texts += ["", "   ", "matur nuwun", "matur @admin nuwun", "hatur\nnuhun min", "\ufdd0 bagus"]
    return pd.Series(texts, dtype=object)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_texts_read_the_same_as_the_loop(seed: int) -> None:
    assert_same(_soup(seed, 3000))


def test_missing_and_repeated_texts_and_the_index_are_kept() -> None:
    texts = pd.Series(["bagus", None, "tidak bagus", "bagus", np.nan], index=[5, 3, 9, 1, 0])
    scores = listening.sentiment_score(texts)
    assert scores.index.tolist() == [5, 3, 9, 1, 0]
    assert scores.tolist() == [3.0, 0.0, -3.0, 3.0, 0.0]


def test_a_column_changed_in_place_is_read_again() -> None:
    texts = pd.Series(["bagus sekali", "ramah"])
    first = listening.sentiment_score(texts).tolist()
    texts.iloc[0] = "tidak bagus"
    assert listening.sentiment_score(texts).tolist() != first
    assert listening.sentiment_score(texts).tolist() == reference_scores(texts).tolist()


def test_split_keeps_the_owner_of_every_piece_even_with_the_marker_in_a_text() -> None:
    texts = ["a b", "", "c", "d \ufdd0 e"]
    for given in (texts[:3], texts):
        owner, codes, distinct = _tokens._split(given, 10)
        pieces = [distinct[c] for c in codes]
        want = [(10 + i, p) for i, t in enumerate(given) for p in t.split()]
        assert list(zip(owner.tolist(), pieces, strict=True)) == want
