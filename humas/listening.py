"""Social-listening analytics on a mentions table (``datasets/mentions.csv``).

Every function takes pandas objects and works column-wise. Reading the texts (cleaning,
scoring, counting terms) is done on arrays of tokens by :mod:`humas._tokens`: each distinct
whitespace piece of the texts is cleaned once, and the scoring rule below runs as array
operations (a million mentions take seconds; see ``benchmarks/bench_listening.py``). The
rule is also written as a plain loop, :func:`_score_tokens`, which tests compare against.

Columns used (names as in ``mentions.csv`` and ``inbox.csv``):

- :func:`daily`: ``timestamp`` and ``sentiment`` (if absent, ``text`` is scored with
  :func:`label_sentiment`);
- :func:`top_terms_for`: ``timestamp``, ``text``;
- :func:`top_authors`: ``author``; for engagement also ``likes``, ``shares``, ``replies``;
- :func:`engagement_rate`: ``likes``, ``shares``, ``replies``, ``views``;
- :func:`share_of_voice`: ``text``;
- :func:`response_stats`: ``agency``, ``answered``, ``first_response_minutes``.

Sentiment is read with the team's lexicon (``datasets/leksikon_sentimen.csv``): text is
cleaned with :func:`clean_text`, lexicon phrases are matched first (longest first), a negation
word (``datasets/negasi.csv``) flips the next sentiment word within three tokens (two
negations cancel: ``bukan tidak peduli`` is positive), and an intensifier
(``datasets/penguat.csv``) multiplies the next sentiment word (``sangat ramah``) or, for the
words written after it (``ramah sekali``, ``keren pisan``), the one before; after a negation
it divides instead (``tidak terlalu bagus`` is milder than ``bagus``, while ``sangat tidak
ramah`` is stronger than ``tidak ramah``). A text is ``netral`` when its score is 0.

>>> import pandas as pd
>>> label_sentiment(pd.Series(["Pelayanannya gak ramah", "Mantul, makasih min!"])).tolist()
['negatif', 'positif']
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from humas import _tokens, data, posts, text

__all__ = [
    "SENTIMENTS",
    "clean_text",
    "daily",
    "engagement_rate",
    "label_sentiment",
    "response_stats",
    "sentiment_score",
    "share_of_voice",
    "spikes",
    "top_authors",
    "top_hashtags",
    "top_terms",
    "top_terms_for",
]

SENTIMENTS = ("negatif", "netral", "positif")
NEGATION_WINDOW = 3  # a negation reaches the next sentiment word within this many tokens
BOOST_WINDOW = 2  # an intensifier reaches the next sentiment word within this many tokens
# Intensifiers written after the word they strengthen ("ramah sekali", "keren pisan").
_AFTER = frozenset({"sekali", "banget", "bgt", "bngt", "bet", "pisan", "pol", "nian"})
_CLITIC_RE = re.compile(r"(?:nya|lah|kah|pun|ku|mu)$")

_MENTION_RE = r"(?<![\w.@])@\w+(?:\.\w+)*"
_HASHTAG_RE = r"(?<![\w&])#(\w+)"
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")
_TERM_RE = r"^[^\W\d_]{3,}(?:['-][^\W\d_]+)*$"
_ENGAGEMENT = ("likes", "shares", "replies")


# ----------------------------------------------------------------------------- helpers


def _require(frame: pd.DataFrame, *columns: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        names = ", ".join(f"'{c}'" for c in missing)
        raise ValueError(f"Tabel tidak memiliki kolom yang diperlukan: {names}.")


def _as_series(texts: object) -> pd.Series:
    if isinstance(texts, pd.Series):
        return texts
    if isinstance(texts, str):
        raise TypeError("Argumen 'texts' harus berupa pandas.Series berisi teks, bukan str.")
    return pd.Series(list(texts), dtype=object)  # type: ignore[call-overload]


def _split_hashtag(match: re.Match[str]) -> str:
    return " " + _CAMEL_RE.sub(" ", match.group(1)) + " "


# ------------------------------------------------------------------------- cleaning


def clean_text(texts: pd.Series) -> pd.Series:
    """Clean social-media texts for counting and scoring; returns a Series of str.

    Web addresses and @mentions are removed (they are addresses, not words); a hashtag
    loses its ``#`` and is split at CamelCase and letter/digit boundaries
    (``#BanjirTelukBiru`` -> ``banjir teluk biru``, ``#3MPlus`` -> ``3 m plus``; an all-lower
    or all-caps tag stays one word). The rest goes through :func:`humas.text.normalize`:
    lower case, punctuation dropped, colloquial forms in standard spelling (``gak`` ->
    ``tidak``, ``bgt`` -> ``sekali``); negations are kept. Missing values become ``""``.

    >>> import pandas as pd
    >>> clean_text(pd.Series(["Gak jelas bgt!! @dinkesnusabahari #KecewaBerat https://t.co/x"]))
    0    tidak jelas sekali kecewa berat
    dtype: object
    """
    series = _as_series(texts)
    codes, uniques = pd.factorize(series.astype(object), use_na_sentinel=True)
    table = np.empty(len(uniques) + 1, dtype=object)
    table[:-1] = _clean_distinct(pd.Series(uniques, dtype=object).astype(str))
    table[-1] = ""
    return pd.Series(table[codes], index=series.index, dtype=object)


def _pre_clean(texts: pd.Series) -> pd.Series:
    """The regex steps of the cleaning: links and @mentions out, hashtags split."""
    texts = texts.str.replace(posts.URL_PATTERN, " ", regex=True)
    texts = texts.str.replace(_MENTION_RE, " ", regex=True)
    return texts.str.replace(_HASHTAG_RE, _split_hashtag, regex=True)


def _clean_distinct(texts: pd.Series) -> list[str]:
    """Clean distinct texts: regex steps column-wise, then normalise them in one call."""
    return text.normalize_many(_pre_clean(texts).tolist())


_last_table: list[tuple[tuple, tuple[_tokens.TokenTable, np.ndarray]]] = []


def _token_table(texts: pd.Series) -> tuple[_tokens.TokenTable, np.ndarray]:
    """Tokens of the distinct texts of ``texts`` and, per row, its distinct text's number
    (-1 for a missing text).

    The table of the last column seen is kept (one entry), keyed by a digest of its
    values and the word lists' versions: scoring a column and then counting its terms
    (the usual pipeline) splits and cleans the texts once.
    """
    values = _as_series(texts).astype(object).to_numpy()
    digest = hashlib.blake2b(
        pd.util.hash_array(values, categorize=False).tobytes(), digest_size=16
    ).digest()
    word_lists = ("leksikon_sentimen", "normalisasi", "negasi", "penguat")
    key = (len(values), digest, tuple(text._cache_key(name) for name in word_lists))
    if _last_table and _last_table[0][0] == key:
        return _last_table[0][1]
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    distinct = pd.Series(uniques, dtype=object).astype(str).tolist()
    found = (_tokens.build(distinct, _pre_clean, _clean_distinct), codes)
    _last_table[:] = [(key, found)]
    return found


# ------------------------------------------------------------------------ sentiment


@dataclass(frozen=True)
class _Resources:
    words: dict[str, float]  # one-token entries
    phrases: dict[str, tuple[tuple[tuple[str, ...], float], ...]]  # first word -> longest first
    negations: frozenset[str]
    before: dict[str, float]  # intensifiers before the word
    after: dict[str, float]  # intensifiers after the word


def _resources() -> _Resources:
    lexicon = text.load_lexicon()
    words: dict[str, float] = {}
    grouped: dict[str, list[tuple[tuple[str, ...], float]]] = {}
    for entry, weight in lexicon.items():
        parts = tuple(entry.split())
        if len(parts) == 1:
            words[entry] = float(weight)
        else:
            grouped.setdefault(parts[0], []).append((parts, float(weight)))
    phrases = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in grouped.items()}
    negations = frozenset(data.load("negasi")["kata"]) | text.NEGATIONS
    factors = data.load("penguat")
    boost = dict(zip(factors["kata"], factors["faktor"].astype(float), strict=True))
    before = {w: f for w, f in boost.items() if w not in _AFTER}
    after = {w: f for w, f in boost.items() if w in _AFTER}
    return _Resources(words, phrases, negations, before, after)


def _lookup(tokens: list[str], i: int, res: _Resources) -> tuple[float | None, int]:
    """(weight, tokens used) of the lexicon entry starting at ``tokens[i]``."""
    token = tokens[i]
    for parts, weight in res.phrases.get(token, ()):
        if tuple(tokens[i : i + len(parts)]) == parts:
            return weight, len(parts)
    return _word_weight(token, res), 1


def _word_weight(token: str, res: _Resources) -> float | None:
    """Weight of a one-token lexicon entry, also after a clitic ("ramahnya", "cepatlah")."""
    if token in res.words:
        return res.words[token]
    stem = _CLITIC_RE.sub("", token)
    if stem != token and stem in res.words:
        return res.words[stem]
    return None


def _score_tokens(tokens: list[str], res: _Resources) -> float:
    """The scoring rule as a plain left-to-right loop over one text's tokens.

    The reference for :func:`humas._tokens.score`, which computes the same for many texts
    at once (``tests/unit/test_listening_columnwise.py`` compares them).
    """
    total = 0.0
    negated, negation_left = False, 0
    factor, factor_left = 1.0, 0
    last_value, last_end = 0.0, -1
    i = 0
    while i < len(tokens):
        weight, used = _lookup(tokens, i, res)
        token = tokens[i]
        if weight is not None:
            value = weight * factor * (-1.0 if negated else 1.0)
            total += value
            last_value, last_end = value, i + used
            negated, negation_left, factor, factor_left = False, 0, 1.0, 0
            i += used
            continue
        if token in res.after and last_end == i:
            total += last_value * (res.after[token] - 1.0)
            last_end = -1
        elif token in res.negations:
            # a second negation inside the window cancels the first ("bukan tidak")
            negated = not negated if negation_left else True
            negation_left = NEGATION_WINDOW
        elif token in res.before:
            # "tidak terlalu bagus" is milder than "bagus"; "sangat tidak ramah" is strong
            boost = res.before[token]
            factor, factor_left = factor / boost if negated else factor * boost, BOOST_WINDOW
        else:
            negation_left, factor_left = max(0, negation_left - 1), max(0, factor_left - 1)
            negated = negated and negation_left > 0
            factor = factor if factor_left else 1.0
        i += 1
    return total


def sentiment_score(texts: pd.Series) -> pd.Series:
    """Lexicon sentiment score of each text (float; > 0 positive, < 0 negative).

    The sum of the lexicon weights of the cleaned text (see :func:`clean_text` and the
    module documentation for negation and intensifiers). Missing texts score 0.

    >>> import pandas as pd
    >>> sentiment_score(pd.Series(["bagus", "sangat bagus", "tidak bagus", "bukan tidak peduli"]))
    0    3.0
    1    4.5
    2   -3.0
    3    2.0
    dtype: float64
    """
    series = _as_series(texts)
    table, codes = _token_table(series)
    res = _resources()
    rules = _tokens.Rules(
        words=res.words,
        clitic=_CLITIC_RE.pattern,
        phrases=res.phrases,
        negations=res.negations,
        before=res.before,
        after=res.after,
        negation_window=NEGATION_WINDOW,
        boost_window=BOOST_WINDOW,
    )
    scores = np.append(_tokens.score(table, rules), 0.0)  # the last one: missing texts
    return pd.Series(scores[codes], index=series.index, dtype=float)


def label_sentiment(texts: pd.Series) -> pd.Series:
    """``"positif"``, ``"negatif"`` or ``"netral"`` per text: the sign of :func:`sentiment_score`.

    A score of exactly 0 (no sentiment word, or words that cancel out) is ``"netral"``.
    The result is categorical with categories :data:`SENTIMENTS` (as in ``mentions.csv``)
    and has the input's index.

    >>> import pandas as pd
    >>> label_sentiment(pd.Series(["Mantul min", "gak bagus", "Jadwal posyandu besok"])).tolist()
    ['positif', 'negatif', 'netral']
    """
    scores = sentiment_score(texts)
    labels = np.select([scores > 0, scores < 0], ["positif", "negatif"], "netral")
    return pd.Series(
        pd.Categorical(labels, categories=SENTIMENTS), index=scores.index, name="sentiment"
    )


# ----------------------------------------------------------------------- time series


def daily(mentions: pd.DataFrame, freq: str = "D") -> pd.DataFrame:
    """Volume and sentiment counts per period, with net sentiment.

    Needs ``timestamp`` (datetime) and ``sentiment`` (labels ``negatif``/``netral``/
    ``positif``); without ``sentiment`` the ``text`` column is scored with
    :func:`label_sentiment`. ``freq`` is a pandas frequency (``"D"`` days, ``"W"``, ``"h"``);
    periods follow the timestamps' own time zone (WIB in ``mentions.csv``) and empty
    periods between the first and last are kept with zeros. Columns: ``volume``,
    ``negatif``, ``netral``, ``positif`` and ``net_sentiment`` = (positif - negatif) /
    (positif + negatif), 0 when both are 0.

    >>> import pandas as pd
    >>> stamps = ["2026-08-03 09:00", "2026-08-03 10:00", "2026-08-05 08:00"]
    >>> m = pd.DataFrame({"timestamp": pd.to_datetime(stamps),
    ...                   "sentiment": ["positif", "negatif", "positif"]})
    >>> daily(m).reset_index()
       timestamp  volume  negatif  netral  positif  net_sentiment
    0 2026-08-03       2        1       0        1            0.0
    1 2026-08-04       0        0       0        0            0.0
    2 2026-08-05       1        0       0        1            1.0
    """
    _require(mentions, "timestamp")
    if "sentiment" in mentions.columns:
        labels = mentions["sentiment"]
    else:
        _require(mentions, "text")
        labels = label_sentiment(mentions["text"])
    labels = pd.Categorical(np.asarray(labels, dtype=object), categories=SENTIMENTS)
    counts = pd.get_dummies(labels, dtype="int64")
    counts.insert(0, "volume", 1)  # every row, also one with an unknown label
    counts.index = pd.DatetimeIndex(mentions["timestamp"], name="timestamp")
    table = counts.resample(freq).sum()
    polar = table["positif"] + table["negatif"]
    net = (table["positif"] - table["negatif"]) / polar.where(polar > 0)
    table["net_sentiment"] = net.fillna(0.0).astype(float)
    table.columns.name = None
    return table


def spikes(series: pd.Series | pd.DataFrame, window: int = 7, z: float = 2.0) -> pd.DataFrame:
    """Periods whose volume is more than ``z`` standard deviations above the recent baseline.

    ``series`` is a volume per period (e.g. ``daily(m)["volume"]``; a DataFrame with a
    ``volume`` column also works). The baseline of a period is the mean and sample standard
    deviation of the ``window`` periods just before it (the period itself is not included),
    so the first ``window`` periods are never spikes. A period above a perfectly flat
    baseline (std 0) has an infinite z-score. Returns the spike periods with columns
    ``volume``, ``baseline_mean``, ``baseline_std``, ``zscore``.

    >>> import pandas as pd
    >>> volume = pd.Series([9, 11, 9, 11, 9, 11, 30, 10], name="volume",
    ...                    index=pd.date_range("2026-08-03", periods=8))
    >>> spikes(volume, window=6).round(2)
                volume  baseline_mean  baseline_std  zscore
    2026-08-09      30           10.0           1.1   18.26
    """
    if isinstance(series, pd.DataFrame):
        _require(series, "volume")
        series = series["volume"]
    if int(window) < 2:
        raise ValueError("Argumen 'window' harus bilangan bulat paling sedikit 2.")
    volume = series.astype(float)
    past = volume.shift(1).rolling(int(window), min_periods=int(window))
    mean, std = past.mean(), past.std()
    excess = volume - mean
    with np.errstate(divide="ignore", invalid="ignore"):
        zscore = np.where(std > 0, excess / std, np.where(excess > 0, np.inf, 0.0))
    zscore = pd.Series(zscore, index=volume.index).where(mean.notna())
    table = pd.DataFrame(
        {"volume": series, "baseline_mean": mean, "baseline_std": std, "zscore": zscore}
    )
    return table[table["zscore"] > z]


# ---------------------------------------------------------------------------- terms


def _ranked(counts: pd.Series, n: int, name: str) -> pd.Series:
    """Highest counts first; ties in alphabetical order; at most ``n``."""
    counts = counts[counts > 0].sort_index(kind="stable")
    counts = counts.sort_values(ascending=False, kind="stable").head(int(n)).astype("int64")
    counts.index.name = None
    return counts.rename(name)


def _weighted_explode(texts: pd.Series, split) -> pd.Series:
    """Count the items ``split`` finds in each distinct text, weighted by its frequency."""
    frequency = _as_series(texts).dropna().astype(str).value_counts(sort=False)
    items = split(frequency.index.to_series()).explode().dropna()
    return frequency.reindex(items.index).groupby(items.to_numpy()).sum()


def top_terms(texts: pd.Series, n: int = 20, exclude: Iterable[str] = ()) -> pd.Series:
    """The ``n`` most frequent terms: counts indexed by term, highest first, ties A-Z.

    Texts are cleaned with :func:`clean_text` (so ``yg`` counts as ``yang`` and hashtags as
    their words); stopwords (:func:`humas.text.stopwords`), negation words, numbers, emoji
    and words shorter than three letters are not counted, nor the words of ``exclude``
    (e.g. the region's own name, which tops every list; they are cleaned like the texts).

    >>> import pandas as pd
    >>> top_terms(pd.Series(["Banjir lagi di Teluk Biru", "banjir bgt, gak ada bantuan"]), n=3)
    banjir     2
    bantuan    1
    biru       1
    Name: count, dtype: int64
    >>> top_terms(pd.Series(["Banjir lagi di Teluk Biru"]), exclude=["Teluk Biru"]).to_dict()
    {'banjir': 1}
    """
    res = _resources()
    excluded = text.stopwords() | res.negations | _excluded_words(exclude)
    table, codes = _token_table(texts)
    frequency = np.bincount(codes[codes >= 0], minlength=table.n_texts)
    counts = pd.Series(
        np.bincount(table.codes, weights=frequency[table.text_ids], minlength=len(table.vocab)),
        index=pd.Index(table.vocab, dtype="str"),
    )
    keep = counts.index.str.match(_TERM_RE) & ~counts.index.isin(excluded)
    return _ranked(counts[keep], n, "count")


def _excluded_words(exclude: Iterable[str]) -> frozenset[str]:
    """Words to leave out of the counts, cleaned as the texts are ("Jl." -> "jalan")."""
    if isinstance(exclude, str):
        exclude = [exclude]
    words = [str(w) for w in exclude]
    if not words:
        return frozenset()
    return frozenset(
        w for cleaned in _clean_distinct(pd.Series(words, dtype=object)) for w in cleaned.split()
    )


def top_terms_for(
    mentions: pd.DataFrame, day: object, n: int = 10, exclude: Iterable[str] = ()
) -> pd.Series:
    """:func:`top_terms` of the mentions published on one calendar ``day``.

    ``day`` is a date, Timestamp or ISO text; it is read in the time zone of ``timestamp``
    (WIB in ``mentions.csv``). Needs ``timestamp`` and ``text``. Use it on the index of
    :func:`spikes` to see what each spike was about.

    >>> import pandas as pd
    >>> m = pd.DataFrame({"timestamp": pd.to_datetime(["2026-08-24 08:00", "2026-08-25 09:00"]),
    ...                   "text": ["Fogging beracun?", "Jadwal posyandu"]})
    >>> top_terms_for(m, "2026-08-24").to_dict()
    {'beracun': 1, 'fogging': 1}
    """
    _require(mentions, "timestamp", "text")
    stamps = pd.DatetimeIndex(mentions["timestamp"])
    target = pd.Timestamp(day)
    if stamps.tz is not None:
        target = (
            target.tz_localize(stamps.tz) if target.tz is None else target.tz_convert(stamps.tz)
        )
    elif target.tz is not None:
        target = target.tz_localize(None)
    mask = stamps.normalize() == target.normalize()
    return top_terms(mentions.loc[np.asarray(mask), "text"], n=n, exclude=exclude)


def top_hashtags(texts: pd.Series, n: int = 10) -> pd.Series:
    """The ``n`` most frequent hashtags, lower-cased with their ``#``, highest first.

    >>> import pandas as pd
    >>> top_hashtags(pd.Series(["#DBD #3MPlus", "Ayo #3mplus!", "#dbd"]), n=5).to_dict()
    {'#3mplus': 2, '#dbd': 2}
    """
    counts = _weighted_explode(texts, lambda s: s.str.lower().str.findall(_HASHTAG_RE))
    counts.index = "#" + counts.index.astype(str)
    return _ranked(counts.groupby(level=0).sum(), n, "count")


# ------------------------------------------------------------------ authors and reach


def top_authors(mentions: pd.DataFrame, n: int = 10, by: str = "volume") -> pd.DataFrame:
    """The ``n`` authors with the most mentions (``by="volume"``) or engagement.

    Engagement = ``likes + shares + replies``. Needs ``author``; ``by="engagement"`` also needs
    the three engagement columns. Columns: ``mentions`` and, when the engagement columns are
    present, ``engagement``; sorted by the chosen one, then by author A-Z.

    >>> import pandas as pd
    >>> m = pd.DataFrame({"author": ["@a", "@b", "@a", "@c"], "likes": [1, 50, 2, 0],
    ...                   "shares": [0, 5, 0, 0], "replies": [0, 1, 1, 0]})
    >>> top_authors(m, n=2).to_dict("index")
    {'@a': {'mentions': 2, 'engagement': 4}, '@b': {'mentions': 1, 'engagement': 56}}
    >>> top_authors(m, n=1, by="engagement").index.tolist()
    ['@b']
    """
    if by not in ("volume", "engagement"):
        raise ValueError("Argumen 'by' harus 'volume' atau 'engagement'.")
    _require(mentions, "author")
    has_engagement = all(c in mentions.columns for c in _ENGAGEMENT)
    if by == "engagement":
        _require(mentions, *_ENGAGEMENT)
    frame = pd.DataFrame({"author": mentions["author"].astype(str), "mentions": 1})
    if has_engagement:
        frame["engagement"] = mentions[list(_ENGAGEMENT)].sum(axis=1).astype("int64")
    table = frame.groupby("author", sort=True).sum()
    key = "mentions" if by == "volume" else "engagement"
    return table.sort_values(key, ascending=False, kind="stable").head(int(n))


def engagement_rate(mentions: pd.DataFrame, by: str | None = None) -> pd.Series:
    """Engagement rate = (likes + shares + replies) / views.

    Without ``by``: one rate per row (NaN where ``views`` is 0). With ``by`` (a column name,
    e.g. ``"platform"``): per group, total engagement divided by total views (a ratio of
    sums, so a viral post weighs by its views rather than counting as one row).

    >>> import pandas as pd
    >>> m = pd.DataFrame({"platform": ["x", "x", "tiktok"], "likes": [5, 0, 30],
    ...                   "shares": [0, 0, 10], "replies": [5, 0, 0], "views": [100, 100, 0]})
    >>> engagement_rate(m).tolist()
    [0.1, 0.0, nan]
    >>> engagement_rate(m, by="platform").to_dict()
    {'tiktok': nan, 'x': 0.05}
    """
    _require(mentions, *_ENGAGEMENT, "views")
    engaged = mentions[list(_ENGAGEMENT)].sum(axis=1).astype(float)
    views = mentions["views"].astype(float)
    if by is None:
        return (engaged / views.where(views > 0)).rename("engagement_rate")
    _require(mentions, by)
    sums = pd.DataFrame({"engaged": engaged, "views": views, "key": mentions[by]})
    sums = sums.groupby("key", observed=True, sort=True)[["engaged", "views"]].sum()
    rate = sums["engaged"] / sums["views"].where(sums["views"] > 0)
    rate.index.name = by
    return rate.rename("engagement_rate")


def _pattern(terms: str | Iterable[str]) -> str:
    words = [terms] if isinstance(terms, str) else list(terms)
    if not words:
        raise ValueError("Setiap pihak pada share_of_voice memerlukan paling sedikit satu kata.")
    return r"(?<![\w@#])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])"


def share_of_voice(
    mentions: pd.DataFrame,
    own: str | Mapping[str, str | Iterable[str]],
    others: Iterable[str] | Mapping[str, str | Iterable[str]],
) -> pd.Series:
    """Share of voice of ``own`` and each competitor among the mentions' ``text``.

    Each party is a word, handle or hashtag (``"@dinkesnusabahari"``, ``"#DBD"``) or a
    mapping ``{name: [terms]}``; a mention counts for a party when its text contains one
    of its terms as a whole word, ignoring case (a text can count for several parties).
    Each share = the party's mentions / the mentions of all parties together, so the
    first entry (own) is own ÷ (own + comparison set) and the shares add up to 1
    (all 0 when no party is mentioned).

    >>> import pandas as pd
    >>> m = pd.DataFrame({"text": ["@dinkes cepat", "@bpbd sigap", "@dinkes oke", "halo"]})
    >>> share_of_voice(m, "@dinkes", ["@bpbd", "@dishub"]).round(3).to_dict()
    {'@dinkes': 0.667, '@bpbd': 0.333, '@dishub': 0.0}
    """
    _require(mentions, "text")
    parties: dict[str, str | Iterable[str]] = {}
    for group in (own, others):
        if isinstance(group, Mapping):
            parties.update(group)
        elif isinstance(group, str):
            parties[group] = group
        else:
            parties.update({term: term for term in group})
    texts = mentions["text"].astype(object).fillna("").astype(str)
    counts = pd.Series(
        {
            name: int(texts.str.contains(_pattern(terms), case=False, regex=True).sum())
            for name, terms in parties.items()
        },
        dtype=float,
    )
    total = counts.sum()
    return (counts / total if total else counts * 0.0).rename("share_of_voice")


def response_stats(
    inbox: pd.DataFrame, by: str = "agency", minutes: str = "first_response_minutes"
) -> pd.DataFrame:
    """Response rate and median first-response time per group (default: per agency).

    Needs ``answered`` (bool), ``minutes`` (``first_response_minutes`` in ``inbox.csv``;
    use ``"answer_minutes"`` for the questions in ``mentions.csv``) and ``by``. Rows whose
    ``answered`` is missing (not a question) are left out. Columns: ``messages``,
    ``answered``, ``response_rate`` (answered / messages) and ``median_minutes`` (of the
    answered messages; NaN when none was answered).

    >>> import pandas as pd
    >>> inbox = pd.DataFrame({"agency": ["dinkes", "dinkes", "dinkes", "bpbd"],
    ...                       "answered": [True, True, False, False],
    ...                       "first_response_minutes": [10, 30, None, None]})
    >>> response_stats(inbox).round(3).reset_index()
       agency  messages  answered  response_rate  median_minutes
    0    bpbd         1         0          0.000             NaN
    1  dinkes         3         2          0.667            20.0
    """
    _require(inbox, by, "answered", minutes)
    frame = pd.DataFrame(
        {
            "key": inbox[by],
            "answered": inbox["answered"],
            "minutes": pd.to_numeric(inbox[minutes], errors="coerce").astype(float),
        }
    )
    frame = frame[frame["answered"].notna()]
    frame["answered"] = frame["answered"].astype(bool)
    frame.loc[~frame["answered"], "minutes"] = np.nan
    groups = frame.groupby("key", observed=True, sort=True)
    table = pd.DataFrame(
        {
            "messages": groups.size().astype("int64"),
            "answered": groups["answered"].sum().astype("int64"),
            "median_minutes": groups["minutes"].median(),
        }
    )
    table.insert(2, "response_rate", table["answered"] / table["messages"])
    table.index.name = by
    return table
