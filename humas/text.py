"""Find and mask personal data in Indonesian text (UU 27/2022 PDP, UU 24/2013 Pasal 95A).

Kinds found: ``"nik"`` and ``"kk"`` (16-digit NIK / Kartu Keluarga numbers, also written in
groups with spaces, dots or dashes), ``"telepon"`` (Indonesian mobile and landline numbers
with ``+62``, ``62`` or ``0``) and ``"email"``.

>>> redact("NIK 3271010101900001, WA 0812-0000-1111, surel budi@contoh.id.")
'NIK [NIK DISAMARKAN], WA [NO. TELEPON DISAMARKAN], surel [SUREL DISAMARKAN].'

How numbers are read: the text is cut into *number runs* (digit groups joined by one space,
dot or dash, optionally starting with ``+`` or an area code in brackets). In each run, from
left to right, a NIK (never starting with 0) is a single 16-digit group or a whole run of
same-separator groups of 2-6 digits totalling 16 digits; a phone number is the longest
group sequence that starts with ``+62``, ``62``, ``0`` or ``(0xx)`` and has a plausible
length (mobile ``08x`` numbers: 10-13 digits with the leading 0; landlines: 9-12).
Runs after ``Rp``/``IDR``, inside hashtags and mentions, and inside web addresses (except
WhatsApp links such as ``wa.me/62...``) are skipped, so that money amounts, dates, years,
article numbers and post IDs are not hits.

The module also has the word tools used for sentiment work on Indonesian social-media text:
:func:`tokens` and :func:`normalize` (colloquial to standard spelling with
``datasets/normalisasi.csv``), :func:`stopwords` (which never contains negations) and
:func:`load_lexicon` (``datasets/leksikon_sentimen.csv``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "KINDS",
    "LABELS",
    "NEGATIONS",
    "PersonalData",
    "find_personal_data",
    "format_number",
    "load_lexicon",
    "normalize",
    "normalize_many",
    "redact",
    "stopwords",
    "tokens",
]

KINDS = ("nik", "kk", "telepon", "email")
LABELS = {
    "nik": "[NIK DISAMARKAN]",
    "kk": "[NO. KK DISAMARKAN]",
    "telepon": "[NO. TELEPON DISAMARKAN]",
    "email": "[SUREL DISAMARKAN]",
}


@dataclass(frozen=True)
class PersonalData:
    """One piece of personal data: its kind, its span in the text and the text itself.

    ``text[start:end] == hit.text`` always holds for the text it was found in.
    """

    kind: str
    start: int
    end: int
    text: str


_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])"
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
    r"(?![\w-])"
)
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_WHATSAPP_RE = re.compile(r"(?:https?://)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com)/", re.IGNORECASE)
_TAG_RE = re.compile(r"(?<![\w@.])[#@]\w+")
# A run of digit groups; not started in the middle of another number ("1.500", "0,5").
_RUN_RE = re.compile(
    r"(?<![\d_])(?<!\d[.,])"
    r"(?:\(\s?\+?\d{1,4}\s?\)[ .-]?|\+)?"
    r"\d+(?:[ .-]\d+)*"
)
_GROUP_RE = re.compile(r"\(\s?(\+?)(\d{1,4})\s?\)|(\+?)(\d+)")
_MONEY_BEFORE_RE = re.compile(r"(?:\bRp|\bIDR|\bUSD|\$)\.?\s?$", re.IGNORECASE)
# Labels that say which 16-digit number follows; the last one before the number wins.
_LABEL_RE = re.compile(
    r"(?P<kk>\bkartu\s+keluarga\b|\bkk\b)|(?P<nik>\bnik\b|\be-?ktp\b)", re.IGNORECASE
)
_LABEL_REACH = 20  # a label counts when it ends at most this many characters before the number
_SEPARATORS = (" ", ".", "-")


@dataclass(frozen=True)
class _Group:
    start: int
    end: int
    digits: str
    sep: str  # the text between the previous group and this one ("" for the first)
    plus: bool = False
    bracket: bool = False


def _groups(text: str, run: re.Match[str]) -> list[_Group]:
    groups: list[_Group] = []
    previous_end = run.start()
    for m in _GROUP_RE.finditer(text, run.start(), run.end()):
        bracket = m.group(2) is not None
        groups.append(
            _Group(
                start=m.start(),
                end=m.end(),
                digits=m.group(2) if bracket else m.group(4),
                sep=text[previous_end : m.start()],
                plus=bool(m.group(1) if bracket else m.group(3)),
                bracket=bracket,
            )
        )
        previous_end = m.end()
    return groups


def _nik_end(groups: list[_Group], i: int) -> int | None:
    """Index of the last group of a NIK/KK starting at group ``i``, or None."""
    first = groups[i]
    if first.plus or first.bracket or first.digits.startswith("0"):
        return None  # NIK and KK start with a province code (11-94), never with 0
    if len(first.digits) == 16:
        return i
    if i + 1 >= len(groups) or not 2 <= len(first.digits) <= 6:
        return None
    sep = groups[i + 1].sep
    if sep not in _SEPARATORS or (i > 0 and groups[i].sep == sep):
        return None  # the run of same-separator groups must start here
    total, j = len(first.digits), i
    while j + 1 < len(groups) and groups[j + 1].sep == sep:
        j += 1
        group = groups[j]
        if group.plus or group.bracket or not 2 <= len(group.digits) <= 6:
            return None
        total += len(group.digits)
        if total > 16:
            return None
    return j if total == 16 else None


def _national_number(groups: list[_Group]) -> str | None:
    """The number without 0 / 62 prefix, or None if the groups do not start like a phone."""
    first, rest = groups[0], "".join(g.digits for g in groups[1:])
    if first.bracket:
        if first.plus:
            return first.digits[2:] + rest if first.digits.startswith("62") else None
        if first.digits.startswith("0") and 3 <= len(first.digits) <= 4 and rest:
            return first.digits[1:] + rest
        return None
    digits = first.digits + rest
    if digits.startswith("62"):
        return digits[2:]
    if digits.startswith("0") and not first.plus:
        return digits[1:]
    return None


def _plausible_phone(national: str) -> bool:
    if national[:1] == "8":  # mobile: 08x..., 10-13 digits with the leading 0
        return national[1:2] != "0" and 9 <= len(national) <= 12
    if national[:1] in "234567":  # landline: area code 2x-7xx, 9-12 digits with the 0
        return 8 <= len(national) <= 11
    return False


# +62 and a 12-digit national number (the longest plausible one) make 14 digits; one
# spare for a country code written with its trunk 0.
_MAX_PHONE_DIGITS = 15


def _phone_end(groups: list[_Group], i: int) -> int | None:
    """Index of the last group of the longest phone number starting at group ``i``."""
    last = i
    digits = len(groups[i].digits)
    # The separator after the first group (country or area code) may differ from the rest.
    # No phone number has more than _MAX_PHONE_DIGITS digits: stop there, so that a long
    # run of digit groups (a pasted table) costs linear, not cubic, time.
    while last + 1 < len(groups) and digits <= _MAX_PHONE_DIGITS:
        nxt = groups[last + 1]
        if nxt.plus or nxt.bracket or (last + 1 >= i + 2 and nxt.sep != groups[i + 2].sep):
            break
        last += 1
        digits += len(nxt.digits)
    for j in range(last, i - 1, -1):
        national = _national_number(groups[i : j + 1])
        if national is not None and _plausible_phone(national):
            return j
    return None


def _number_kind(text: str, start: int, floor: int) -> str:
    """``"kk"`` when the nearest label before ``start`` says KK / Kartu Keluarga."""
    window_start = max(floor, start - _LABEL_REACH - len("kartu keluarga"))
    kind = "nik"
    for m in _LABEL_RE.finditer(text, window_start, start):
        if start - m.end() <= _LABEL_REACH:
            kind = "kk" if m.group("kk") else "nik"
    return kind


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"Teks harus berupa str, bukan {type(text).__name__}.")
    return text


def format_number(value: float) -> str:
    """A number as Indonesian text: thousands with dots, decimals with a comma (up to 4).

    >>> format_number(100000), format_number(2.5), format_number(0.1 + 0.2)
    ('100.000', '2,5', '0,3')
    """
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def find_personal_data(text: str) -> list[PersonalData]:
    """Find NIK, KK, phone numbers and e-mail addresses in ``text``, sorted by position.

    >>> for hit in find_personal_data("No. KK 3271010101000009, hubungi (021) 555 1234."):
    ...     print(hit.kind, hit.start, hit.end, hit.text)
    kk 7 23 3271010101000009
    telepon 33 47 (021) 555 1234
    >>> find_personal_data("Rp1.500.000 untuk 2.026 warga, Pasal 22 ayat (7), #HUT80RI")
    []
    """
    _check_text(text)
    hits = [PersonalData("email", m.start(), m.end(), m.group()) for m in _EMAIL_RE.finditer(text)]
    blocked = [(h.start, h.end) for h in hits]
    blocked += [m.span() for m in _TAG_RE.finditer(text)]
    blocked += [m.span() for m in _URL_RE.finditer(text) if not _WHATSAPP_RE.match(m.group())]

    previous_end = 0
    for run in _RUN_RE.finditer(text):
        if _MONEY_BEFORE_RE.search(text, max(0, run.start() - 5), run.start()):
            continue
        groups = _groups(text, run)
        i = 0
        while i < len(groups):
            end = _nik_end(groups, i)
            kind = "nik"
            if end is None:
                end, kind = _phone_end(groups, i), "telepon"
            if end is None:
                i += 1
                continue
            start, stop = groups[i].start, groups[end].end
            if kind == "nik":
                kind = _number_kind(text, start, previous_end)
            if not _overlaps(start, stop, blocked):
                hits.append(PersonalData(kind, start, stop, text[start:stop]))
                previous_end = stop
            i = end + 1
    hits.sort(key=lambda h: h.start)
    return hits


def redact(text: str, replacement: str | None = None) -> str:
    """Replace every piece of personal data in ``text``; the rest stays exactly as it was.

    Each hit becomes its label (``[NIK DISAMARKAN]``, ``[NO. KK DISAMARKAN]``,
    ``[NO. TELEPON DISAMARKAN]``, ``[SUREL DISAMARKAN]``) or ``replacement`` when given.

    >>> redact("Telp. +62 811-1111-2222 (Budi)", replacement="***")
    'Telp. *** (Budi)'
    """
    _check_text(text)
    if replacement is not None and not isinstance(replacement, str):
        raise TypeError(
            f"Argumen 'replacement' harus berupa str atau None, bukan {type(replacement).__name__}."
        )
    pieces: list[str] = []
    position = 0
    for hit in find_personal_data(text):
        pieces.append(text[position : hit.start])
        pieces.append(LABELS[hit.kind] if replacement is None else replacement)
        position = hit.end
    pieces.append(text[position:])
    return "".join(pieces)


# --------------------------------------------------------------------------- words

#: Negation words that :func:`stopwords` never contains: dropping them would turn
#: "tidak puas" into "puas". ``datasets/negasi.csv`` lists more (colloquial and regional).
NEGATIONS = frozenset(
    {"tidak", "bukan", "jangan", "belum", "tak", "tanpa", "gak", "ga", "nggak", "enggak"}
)

_EMOJI_CHAR = "[\U0001f000-\U0001faff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff]"
_EMOJI_MOD = "[\ufe0f\U0001f3fb-\U0001f3ff]"
_TOKEN_RE = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"']+)"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<tag>#\w+|@\w+(?:\.\w+)*)"
    rf"|(?P<emoji>[\U0001f1e6-\U0001f1ff]{{2}}"
    rf"|{_EMOJI_CHAR}{_EMOJI_MOD}*(?:\u200d{_EMOJI_CHAR}{_EMOJI_MOD}*)*)"
    r"|(?P<number>\d+(?:[.,]\d+)+)"
    r"|(?P<word>[^\W_]+(?:['-][^\W_]+)*)"
)
_EMOJI_STRIP_RE = re.compile("\ufe0f|[\U0001f3fb-\U0001f3ff]|\u200d[\u2640\u2642]")
_STRETCH_RE = re.compile(r"([^\W\d_])\1{2,}")  # a letter written three or more times
_DOUBLE_RE = re.compile(r"([^\W\d_])\1+")
_CURRENCY_RE = re.compile(r"\b(rp|idr)(?=\d)")  # "rp1.500" -> "rp 1.500"
_REDUPLICATED_RE = re.compile(r"([^\W\d_]{2,})2")  # "hati2" = "hati-hati"
_CLITICS = ("nya", "lah", "kah", "pun")


@dataclass(frozen=True)
class _Words:
    """The normalisation dictionary, split by key length, and the known vocabulary."""

    single: dict[str, str]
    pairs: dict[tuple[str, str], str]
    vocabulary: frozenset[str]


def _cache_key(name: str) -> tuple[str, int]:
    """(path, modification time) of a dataset: reloads when the file or folder changes."""
    from humas import data

    csv_path = data.path(name)
    return str(csv_path), csv_path.stat().st_mtime_ns


@functools.lru_cache(maxsize=8)
def _load_lexicon(key: tuple[str, int]) -> dict[str, int]:
    from humas import data

    df = data.load("leksikon_sentimen")
    return dict(zip(df["kata"], (int(w) for w in df["bobot"]), strict=True))


@functools.lru_cache(maxsize=8)
def _load_column(name: str, column: str, key: tuple[str, int]) -> frozenset[str]:
    from humas import data

    return frozenset(data.load(name)[column])


@functools.lru_cache(maxsize=8)
def _load_words(*keys: tuple[str, int]) -> _Words:
    from humas import data

    table = data.load("normalisasi")
    single: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    for informal, formal in zip(table["informal"], table["formal"], strict=True):
        parts = informal.split()
        if len(parts) == 2:
            pairs[(parts[0], parts[1])] = formal
        else:
            single[informal] = formal
    # Known words: standard forms, one-word lexicon entries, negations, intensifiers and
    # stopwords (not the words inside lexicon phrases: "sat set" must not make "sat" known).
    vocabulary = {w for value in single.values() for w in value.split()}
    vocabulary.update(w for value in pairs.values() for w in value.split())
    vocabulary.update(entry for entry in _load_lexicon(keys[0]) if " " not in entry)
    vocabulary.update(_load_column("negasi", "kata", keys[2]))
    vocabulary.update(_load_column("penguat", "kata", keys[3]))
    vocabulary.update(_stopwords(keys[2]))
    return _Words(single, pairs, frozenset(vocabulary))


def _words() -> _Words:
    names = ("leksikon_sentimen", "normalisasi", "negasi", "penguat")
    return _load_words(*(_cache_key(name) for name in names))


def _check_text_arg(text: object, name: str = "text") -> str:
    if not isinstance(text, str):
        raise TypeError(f"Argumen '{name}' harus berupa str, bukan {type(text).__name__}.")
    return text


def load_lexicon() -> dict[str, int]:
    """The sentiment lexicon ``datasets/leksikon_sentimen.csv`` as ``{kata: bobot}``.

    Weights are integers from -5 to +5 (never 0). Entries are lower-case words, short
    phrases (``"cepat tanggap"``) or emoji, written in normalised form: apply the lexicon
    to the output of :func:`tokens` or :func:`normalize`. A fresh copy is returned on every
    call, so changing it does not change later calls.

    >>> lexicon = load_lexicon()
    >>> lexicon["pungli"], lexicon["cepat tanggap"], lexicon["ramah"]
    (-4, 4, 3)
    >>> len(lexicon) >= 1500
    True
    """
    return dict(_load_lexicon(_cache_key("leksikon_sentimen")))


def stopwords() -> frozenset[str]:
    """Indonesian stopwords from the ``stopwordsiso`` package, without negation words.

    Every word of :data:`NEGATIONS` and of ``datasets/negasi.csv`` (``tidak``, ``kurang``,
    ``gak`` ...) is removed from the package's list, because dropping a negation flips the
    meaning of a sentence. The list still holds words such as ``baik`` or ``jelas``: remove
    stopwords for counting terms, not before scoring sentiment.

    >>> words = stopwords()
    >>> "yang" in words, "dan" in words
    (True, True)
    >>> sorted(words & {"tidak", "bukan", "jangan", "belum", "kurang"})
    []
    """
    return _stopwords(_cache_key("negasi"))


@functools.lru_cache(maxsize=8)
def _stopwords(key: tuple[str, int]) -> frozenset[str]:
    try:
        import stopwordsiso
    except ImportError:  # pragma: no cover - the package is a dependency of humas-lab
        raise ImportError(
            "Paket 'stopwordsiso' belum terpasang. Pasang dengan: pip install stopwordsiso"
        ) from None
    words = {w.strip().lower() for w in stopwordsiso.stopwords("id")}
    return frozenset(words - NEGATIONS - _load_column("negasi", "kata", key) - {""})


def _squeeze(word: str, words: _Words) -> str | None:
    """Undo letter stretching ("bangeeet", "parahh"); None when nothing was stretched.

    Candidates, in order: runs of three or more letters cut to two, then to one, then
    every doubled letter cut to one. The first candidate that is a dictionary key or a
    known word wins. Otherwise runs of three or more become one letter, and a word with
    only doubled letters is left as it is ("saat", "maaf").
    """
    stretched = bool(_STRETCH_RE.search(word))
    candidates = [_DOUBLE_RE.sub(r"\1", word)]
    if stretched:
        candidates[:0] = [_STRETCH_RE.sub(r"\1\1", word), _STRETCH_RE.sub(r"\1", word)]
    for candidate in candidates:
        if candidate == word:
            continue
        if candidate in words.single:
            return words.single[candidate]
        if candidate in words.vocabulary:
            return candidate
    return _STRETCH_RE.sub(r"\1", word) if stretched else None


def _map_word(word: str, words: _Words) -> str:
    """The standard form of one lower-case word (may be several words)."""
    if word in words.single:
        return words.single[word]
    if "-" in word:  # "bener-bener" -> "benar-benar"
        joined = "-".join(words.single.get(part, part) for part in word.split("-"))
        if joined != word and " " not in joined:
            return joined
    if word in words.vocabulary:
        return word
    for clitic in _CLITICS:  # "kayaknya" -> "seperti" + "nya"
        stem = word[: -len(clitic)]
        if word.endswith(clitic) and len(stem) >= 3 and stem in words.single:
            return words.single[stem] + clitic
    match = _REDUPLICATED_RE.fullmatch(word)
    if match:  # "hati2" -> "hati-hati", "bener2" -> "benar-benar"
        base = words.single.get(match.group(1), match.group(1))
        if " " not in base:
            return f"{base}-{base}"
    squeezed = _squeeze(word, words)
    return word if squeezed is None else squeezed


def _raw_tokens(text: str) -> list[tuple[str, str]]:
    text = unicodedata.normalize("NFC", text).lower().replace("\u2019", "'")
    text = _CURRENCY_RE.sub(r"\1 ", text)
    found = []
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup or "word"
        token = match.group()
        if kind == "url":
            token = token.rstrip(".,;:!?)")
        elif kind == "emoji":
            token = _EMOJI_STRIP_RE.sub("", token) or token
        found.append((kind, token))
    return found


def tokens(text: str, *, raw: bool = False) -> list[str]:
    """Split ``text`` into lower-case tokens, normalised unless ``raw=True``.

    Tokens are words (inner hyphens and apostrophes kept: ``kue-kue``, ``jum'at``), numbers
    (``1.500``), hashtags and mentions (kept as they are, only lower-cased), web and e-mail
    addresses, and emoji (one token each, without skin-tone and variation marks).
    Punctuation is dropped. Unless ``raw`` is true, every word is mapped to its standard
    form with ``datasets/normalisasi.csv`` (see :func:`normalize`); a form of several
    words gives several tokens.

    >>> tokens("Makasih min, antriannya udh lancar 👍🏽")
    ['terima', 'kasih', 'admin', 'antreannya', 'sudah', 'lancar', '👍']
    >>> tokens("Gk ada yg bales DM @bpbd.nusabahari!!", raw=True)
    ['gk', 'ada', 'yg', 'bales', 'dm', '@bpbd.nusabahari']
    """
    found = _raw_tokens(_check_text_arg(text))
    if raw:
        return [token for _, token in found]
    return _normalised(found, _words())


def normalize_many(texts: Iterable[str]) -> list[str]:
    """:func:`normalize` for many texts at once, reading the word lists once.

    ``normalize`` checks on every call that the word lists on disk have not changed; for
    a column of thousands of texts that check dominates, so batch work uses this.

    >>> normalize_many(["gak jelas", "Mantul bgt"])
    ['tidak jelas', 'mantul sekali']
    """
    words = _words()
    return [" ".join(_normalised(_raw_tokens(_check_text_arg(text)), words)) for text in texts]


def _normalised(found: list[tuple[str, str]], words: _Words) -> list[str]:
    result: list[str] = []
    i = 0
    while i < len(found):
        kind, token = found[i]
        if kind != "word":
            result.append(token)
            i += 1
            continue
        if i + 1 < len(found) and found[i + 1][0] == "word":
            pair = words.pairs.get((token, found[i + 1][1]))
            if pair is not None:  # two-word keys such as "matur nuwun"
                result.extend(pair.split())
                i += 2
                continue
        result.extend(_map_word(token, words).split())
        i += 1
    return result


def normalize(text: str) -> str:
    """Lower-case ``text`` and write each word in its standard form, one space between tokens.

    Policy of ``datasets/normalisasi.csv``: abbreviations, slang, common misspellings and
    regional words are mapped in one step to the standard (KBBI *baku*) form, e.g.
    ``gak`` → ``tidak``, ``bgt`` → ``sekali``, ``gue`` → ``saya``. Evaluative slang with no
    exact standard equivalent (``keren``, ``mantul``, ``ribet``, ``lebay``) stays as it is
    and is in the sentiment lexicon. Also handled: a clitic after a mapped word
    (``kayaknya`` → ``sepertinya``), ``2`` for reduplication (``hati2`` → ``hati-hati``) and
    stretched letters (``bangeeet`` → ``sekali``). Hashtags, mentions, addresses, numbers
    and emoji are kept; punctuation is dropped.

    >>> normalize("Pelayanan @dukcapil_nb kok lama bgt yaaa, gak jelas!!! #KecewaBerat 😡😡")
    'pelayanan @dukcapil_nb kok lama sekali ya tidak jelas #kecewaberat 😡 😡'
    >>> normalize("Matur nuwun, jalannya udah dibenerin. Mantul, hati2 di jalan ya")
    'terima kasih jalannya sudah diperbaiki mantul hati-hati di jalan ya'
    """
    return " ".join(tokens(text))
