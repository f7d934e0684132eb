"""Column-wise tokenising and lexicon scoring for :mod:`humas.listening`.

``humas.listening`` reads a text as: clean (links, @mentions and ``#`` removed, hashtags
split at CamelCase), normalise with :func:`humas.text.normalize_many`, split at spaces, then
score the tokens left to right with the lexicon, negation and intensifier rules
(``humas.listening._score_tokens`` is that rule written as a plain loop). Doing this one text
at a time in Python costs about 100 µs a text; a million mentions would take minutes.

Here the same result is computed column-wise. No library does this job (pandas' string
methods still call Python once per row, and the scoring rule is specific to this course),
hence this module:

- **Tokenising.** Every step of the cleaning and normalisation works inside a
  whitespace-separated piece of the text, except the few two-word entries of the
  normalisation dictionary (``matur nuwun``), which may straddle two pieces. So the texts
  are split at whitespace, each *distinct* piece is cleaned once, and the pieces' tokens
  are laid out again as flat arrays (one row per token: the text it belongs to and the
  token's code in a vocabulary). A text in which a two-word entry straddles two pieces
  is cleaned whole, the ordinary way.
- **Scoring.** The left-to-right rule is turned into array operations: lexicon phrases are
  matched on shifted token codes; the negation and intensifier state at a sentiment word
  follows from the negations and intensifiers since the previous sentiment word and the
  number of plain words between them (see :func:`score`). Tests check that the result
  equals the plain loop's on every text of the course data and on generated token soup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from humas import text

_EDGE_PUNCTUATION = '.,!?;:()"'  # dropped around a word by the tokeniser
# A piece that is only an @mention (as humas.listening removes it) and punctuation.
_MENTION_PIECE = re.compile(r"@\w+(?:\.\w+)*[.,!?;:()\"]*")
_CURRENCY = re.compile(r"(?:rp|idr)\d", re.I)  # "Rp5000": split by the tokeniser
CHUNK = 200_000  # distinct texts split at a time (bounds the memory of the pieces)


@dataclass(frozen=True)
class TokenTable:
    """Tokens of ``n_texts`` texts: row ``i`` is token ``vocab[codes[i]]`` of text
    ``text_ids[i]``. The tokens of one text are contiguous and in reading order."""

    text_ids: np.ndarray  # int64
    codes: np.ndarray  # int64
    vocab: np.ndarray  # object (str)
    n_texts: int


class _Vocabulary:
    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.words: list[str] = []

    def code(self, token: str) -> int:
        found = self.codes.get(token)
        if found is None:
            found = self.codes[token] = len(self.words)
            self.words.append(token)
        return found


@dataclass
class _Piece:
    tokens: tuple[int, ...]  # vocabulary codes of the cleaned piece
    first: str | None  # its first and last raw word (for two-word dictionary entries)
    last: str | None
    empty: bool  # nothing left after cleaning (a link, a mention, punctuation)


def build(
    texts: Sequence[str],
    pre_clean: Callable[[pd.Series], pd.Series],
    clean: Callable[[pd.Series], list[str]],
) -> TokenTable:
    """Token table of ``texts`` (distinct, no missing values).

    ``pre_clean`` is the regex part of the cleaning (column-wise, before normalisation);
    ``clean`` the whole cleaning (``pre_clean`` then normalisation), returning strings.
    """
    vocab = _Vocabulary()
    pieces: dict[str, _Piece] = {}
    pairs = text._words().pairs
    pair_firsts = {first for first, _ in pairs}
    ids_parts: list[np.ndarray] = []
    code_parts: list[np.ndarray] = []
    whole: list[int] = []  # texts cleaned whole (a two-word entry across pieces)
    series = pd.Series(texts, dtype=object)
    for start in range(0, len(series), CHUNK):
        owner, piece_codes, distinct = _split(series.iloc[start : start + CHUNK].tolist(), start)
        new = [p for p in distinct if p not in pieces]
        if new:
            _add_pieces(new, pieces, vocab, pre_clean, clean)
        table = [pieces[p] for p in distinct]
        keep = ~np.array([p.empty for p in table], dtype=bool)[piece_codes]
        whole.extend(_straddling(owner[keep], piece_codes[keep], table, pairs, pair_firsts))
        lengths = np.array([len(p.tokens) for p in table], dtype=np.int64)
        flat = np.fromiter((c for p in table for c in p.tokens), dtype=np.int64)
        offsets = np.cumsum(lengths) - lengths
        counts = lengths[piece_codes]
        ids_parts.append(np.repeat(owner, counts))
        steps = np.arange(counts.sum(), dtype=np.int64) - np.repeat(
            np.cumsum(counts) - counts, counts
        )
        code_parts.append(flat[np.repeat(offsets[piece_codes], counts) + steps])
    text_ids = np.concatenate(ids_parts) if ids_parts else np.empty(0, dtype=np.int64)
    codes = np.concatenate(code_parts) if code_parts else np.empty(0, dtype=np.int64)
    if whole:
        redo = np.unique(np.asarray(whole, dtype=np.int64))
        is_redone = np.zeros(len(series), dtype=bool)
        is_redone[redo] = True
        keep = ~is_redone[text_ids]
        cleaned = clean(series.iloc[redo].astype(str))
        tokens = [t.split() for t in cleaned]
        extra_ids = np.repeat(redo, [len(t) for t in tokens])
        extra_codes = np.fromiter((vocab.code(t) for ts in tokens for t in ts), dtype=np.int64)
        text_ids = np.concatenate([text_ids[keep], extra_ids])
        codes = np.concatenate([codes[keep], extra_codes])
    return TokenTable(text_ids, codes, np.array(vocab.words, dtype=object), len(series))


def _split(texts: list[str], first_id: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Whitespace pieces of ``texts``: per piece, the number of its text and its code in
    the distinct pieces (the third value).

    One ``str.split`` over the texts joined by a marker piece is several times faster than
    one split per text (the per-call overhead dominates for short texts); the markers are
    found by their code after factorising, not by comparing strings.
    """
    marker = "\ufdd0"  # a Unicode noncharacter: not in real text
    whole = (" " + marker + " ").join(texts)
    if whole.count(marker) != max(len(texts) - 1, 0):  # it is: split one text at a time
        split = [t.split() for t in texts]
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), [len(p) for p in split])
        flat = np.empty(len(owner), dtype=object)
        flat[:] = [x for p in split for x in p]
        codes, distinct = pd.factorize(flat)
        return owner + first_id, codes.astype(np.int64), distinct
    flat = np.empty(0, dtype=object) if not whole.strip() else np.array(whole.split(), dtype=object)
    codes, distinct = pd.factorize(flat)
    codes = codes.astype(np.int64)
    at = pd.Index(distinct, dtype=object).get_indexer([marker])[0]
    if at < 0:
        return np.full(len(codes), first_id, dtype=np.int64), codes, distinct
    is_marker = codes == at
    owner = np.cumsum(is_marker)[~is_marker] + first_id
    return owner.astype(np.int64), codes[~is_marker], distinct


def _add_pieces(
    new: list[str],
    pieces: dict[str, _Piece],
    vocab: _Vocabulary,
    pre_clean: Callable[[pd.Series], pd.Series],
    clean: Callable[[pd.Series], list[str]],
) -> None:
    words = text._words()
    mapped: dict[str, tuple[int, ...]] = {}
    rest = []
    for piece in new:
        core = piece.strip(_EDGE_PUNCTUATION) if piece.isascii() else ""
        if core.isalnum() and not _CURRENCY.match(core):
            # a plain word or number, maybe with punctuation around it (most pieces): no
            # link or tag to remove, so cleaning is mapping its lower-case form
            word = core.lower()
            tokens = mapped.get(word)
            if tokens is None:
                tokens = mapped[word] = tuple(
                    vocab.code(t) for t in text._map_word(word, words).split()
                )
            pieces[piece] = _Piece(tokens, word, word, False)
        elif _MENTION_PIECE.fullmatch(piece):  # an @mention: removed
            pieces[piece] = _Piece((), None, None, True)
        else:
            rest.append(piece)
    if not rest:
        return
    frame = pd.Series(rest, dtype=object)
    raw = pre_clean(frame).tolist()
    cleaned = clean(frame)
    for piece, before, after in zip(rest, raw, cleaned, strict=True):
        found = text._raw_tokens(before)
        first = found[0][1] if found and found[0][0] == "word" else None
        last = found[-1][1] if found and found[-1][0] == "word" else None
        tokens = tuple(vocab.code(t) for t in after.split())
        pieces[piece] = _Piece(tokens, first, last, not found)


def _straddling(
    owner: np.ndarray,
    piece_codes: np.ndarray,
    table: list[_Piece],
    pairs: Mapping[tuple[str, str], str],
    pair_firsts: set[str],
) -> list[int]:
    """Texts in which a two-word dictionary entry runs across two non-empty pieces."""
    ends_with_first = np.array([p.last in pair_firsts for p in table], dtype=bool)
    if len(owner) < 2 or not ends_with_first.any():
        return []
    candidate = ends_with_first[piece_codes[:-1]] & (owner[:-1] == owner[1:])
    found = []
    for i in np.flatnonzero(candidate):
        if (table[piece_codes[i]].last, table[piece_codes[i + 1]].first) in pairs:
            found.append(int(owner[i]))
    return found


# ---------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Rules:
    """The scoring resources, as seen by :func:`score`."""

    words: Mapping[str, float]  # one-token lexicon entries
    clitic: str  # regex of a clitic a lexicon word may carry ("ramahnya")
    phrases: Mapping[str, tuple[tuple[tuple[str, ...], float], ...]]  # first word -> longest first
    negations: frozenset[str]
    before: Mapping[str, float]
    after: Mapping[str, float]
    negation_window: int
    boost_window: int


def score(table: TokenTable, rules: Rules) -> np.ndarray:
    """Sentiment score of every text of ``table`` (float array of ``n_texts``).

    Equal to the left-to-right rule (``humas.listening._score_tokens``), computed with
    array operations:

    1. Phrase matches are found on shifted codes; where matches overlap, the earlier one
       wins and the tokens a phrase covers are dropped, as the loop skips them.
    2. A *segment* is the run of tokens after a sentiment word (or the text's start) up to
       the next sentiment word. Only "plain" words (neither sentiment, negation nor
       intensifier) count down the negation and intensifier windows.
    3. At a sentiment word, the last negation of its segment applies if fewer than
       ``negation_window`` plain words follow it; negations that each come within the
       window of the previous one form a chain, and an odd chain negates ("bukan tidak"
       is an even chain). Intensifiers chain the same way with ``boost_window``; each
       multiplies the factor, or divides it when the negation is on at that point.
    4. An after-intensifier right behind a sentiment word adds ``value * (factor - 1)``.
    """
    n = len(table.codes)
    if n == 0:
        return np.zeros(table.n_texts)
    vocab = table.vocab
    words = pd.Series(vocab, dtype=object)
    weights = np.array(words.map(rules.words), dtype=float)
    unknown = np.flatnonzero(np.isnan(weights))
    stems = words.iloc[unknown].str.replace(rules.clitic, "", regex=True)
    weights[unknown] = stems.map(rules.words).to_numpy(dtype=float)
    is_negation = words.isin(rules.negations).to_numpy()
    before = words.map(rules.before).fillna(0.0).to_numpy(dtype=float)
    after = words.map(rules.after).fillna(0.0).to_numpy(dtype=float)

    ids, codes = table.text_ids, table.codes
    weight = weights[codes]
    keep = _match_phrases(ids, codes, vocab, rules, weight)
    if not keep.all():
        ids, codes, weight = ids[keep], codes[keep], weight[keep]
    n = len(ids)
    same_as_prev = np.zeros(n, dtype=bool)
    np.equal(ids[1:], ids[:-1], out=same_as_prev[1:])

    sentiment = ~np.isnan(weight)
    at_s = np.flatnonzero(sentiment)
    # an after-intensifier right behind a sentiment word ("ramah sekali")
    nxt = at_s[at_s + 1 < n] + 1
    nxt = nxt[same_as_prev[nxt] & ~sentiment[nxt]]
    at_a = nxt[after[codes[nxt]] > 0]
    other = ~sentiment
    other[at_a] = False
    negation = other & is_negation[codes]
    boost = other & ~negation & (before[codes] > 0)
    at_n, at_b = np.flatnonzero(negation), np.flatnonzero(boost)
    # plain words count down the windows (an after-intensifier behind a sentiment word
    # counts as plain: it opens a segment, where no negation or intensifier is open yet)
    plain = ~(sentiment | negation | boost)
    new_segment = ~same_as_prev
    new_segment[at_s[at_s + 1 < n] + 1] = True
    segment = np.cumsum(new_segment, dtype=np.int64)
    # at a non-plain row, the plain words before it (the only rows asked about)
    plain_seen = np.cumsum(plain, dtype=np.int64)

    def last_before(found: np.ndarray, rows: np.ndarray, window: int):
        """(index into ``found`` of the last one before each of ``rows``, whether it is in
        the row's segment and within ``window`` plain words)."""
        k = np.searchsorted(found, rows) - 1
        if not len(found):
            return k, np.zeros(len(rows), dtype=bool)
        f = found[np.maximum(k, 0)]
        near = (
            (k >= 0) & (segment[f] == segment[rows]) & (plain_seen[rows] - plain_seen[f] < window)
        )
        return k, near

    def chains(found: np.ndarray, window: int) -> np.ndarray:
        """Group number of each of ``found``: a new group when the previous one is in
        another segment or ``window`` or more plain words back."""
        start = np.ones(len(found), dtype=bool)
        start[1:] = (segment[found[1:]] != segment[found[:-1]]) | (
            plain_seen[found[1:]] - plain_seen[found[:-1]] >= window
        )
        return np.cumsum(start)

    # negation: an odd chain ending within the window negates ("bukan tidak" is even)
    group = chains(at_n, rules.negation_window)
    first = np.zeros(len(at_n), dtype=np.int64)
    if len(at_n):
        first = np.maximum.accumulate(
            np.where(np.diff(group, prepend=0) > 0, np.arange(len(at_n)), 0)
        )
    odd = (np.arange(len(at_n)) - first) % 2 == 0

    def negated(rows: np.ndarray) -> np.ndarray:
        k, near = last_before(at_n, rows, rules.negation_window)
        return near & odd[np.maximum(k, 0)] if len(at_n) else near

    # intensifiers: a chain multiplies (divides where negated) the factor of the next word
    b_factor = before[codes[at_b]]
    multiplier = np.where(negated(at_b), 1.0 / b_factor, b_factor)
    chained = pd.Series(multiplier).groupby(chains(at_b, rules.boost_window)).cumprod()
    k, alive = last_before(at_b, at_s, rules.boost_window)
    factor = np.where(alive, chained.to_numpy()[np.maximum(k, 0)] if len(at_b) else 1.0, 1.0)

    value = weight[at_s] * factor * np.where(negated(at_s), -1.0, 1.0)
    contribution = np.zeros(n)
    contribution[at_s] = value
    contribution[at_a] = contribution[at_a - 1] * (after[codes[at_a]] - 1.0)
    return np.bincount(ids, weights=contribution, minlength=table.n_texts)


def _match_phrases(
    ids: np.ndarray, codes: np.ndarray, vocab: np.ndarray, rules: Rules, weight: np.ndarray
) -> np.ndarray:
    """Put phrase weights on ``weight`` at each accepted phrase start (in place); return the
    mask of rows kept (the words inside an accepted phrase are dropped).

    Phrases are matched with a merge on the codes of the next words, longest first; the
    left-to-right walk over overlapping matches is a loop over the matches only.
    """
    n = len(codes)
    keep = np.ones(n, dtype=bool)
    code_of = {t: i for i, t in enumerate(vocab)}
    by_length: dict[int, list[tuple[int, ...] | float]] = {}
    for options in rules.phrases.values():
        for parts, value in options:
            if all(w in code_of for w in parts):
                by_length.setdefault(len(parts), []).append((*(code_of[w] for w in parts), value))
    length = np.zeros(n, dtype=np.int64)
    phrase_weight = np.zeros(n)
    for size in sorted(by_length, reverse=True):
        if n < size:
            continue
        columns = [f"c{k}" for k in range(size)]
        phrases = pd.DataFrame(by_length[size], columns=[*columns, "value"])
        is_first = np.zeros(len(vocab), dtype=bool)
        is_first[phrases["c0"].to_numpy()] = True
        starts = np.flatnonzero(
            is_first[codes[: n - size + 1]]
            & (ids[size - 1 :] == ids[: n - size + 1])
            & (length[: n - size + 1] == 0)
        )
        if not len(starts):
            continue
        window = pd.DataFrame({f"c{k}": codes[starts + k] for k in range(size)})
        window["row"] = starts
        found = window.merge(phrases, on=columns, how="inner")
        length[found["row"].to_numpy()] = size
        phrase_weight[found["row"].to_numpy()] = found["value"].to_numpy()
    covered_until = -1
    for i in np.flatnonzero(length).tolist():
        if i < covered_until:  # inside an earlier phrase: the loop never looks here
            continue
        end = i + int(length[i])
        weight[i] = phrase_weight[i]
        keep[i + 1 : end] = False
        covered_until = end
    return keep
