"""Checks that turn a trainee's answer into a :class:`~graders.result.Result`.

Graded checks (``check_choice``, ``check_multiple_choice``, ``check_number``,
``check_date``, ``check_dates``, ``check_labels``) compare an answer with a key
that lives only in the hidden tests of the source notebook. Their messages name
the item that is wrong, never the expected value.

Format checks (``check_format_*``) need no key: visible test cells use them so
that trainees learn what is missing or mistyped before they submit.

Every check accepts whatever the trainee typed. ``None``, a wrong type, a
pandas or NumPy value, extra spaces, other letter case or diacritics never raise
and never print to stderr or warn: a wrong type becomes a failed item
(code ``tipe.salah``) whose Indonesian message names the expected and the
given type. Errors in the *author's* arguments (an empty key, an expected
label missing from ``allowed``) raise ``ValueError``/``TypeError`` so that a
broken source notebook fails loudly.

>>> check_choice(" B ", "b").passed
True
>>> print(check_choice(2, "b"))
Hasil pemeriksaan: 0 dari 1 butir benar (0%)
  ✘ perlu diperbaiki: Jawaban harus berupa teks (str), bukan int.
>>> check_labels({1: "Positif", 2: "netral"}, {1: "positif", 2: "negatif"}).points(2)
1.0
"""

from __future__ import annotations

import datetime as _dt
import decimal
import math
import numbers
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any

from graders._text import (
    TYPE_DATE,
    TYPE_MAPPING,
    TYPE_MULTI,
    TYPE_NUMBER,
    TYPE_TEXT,
    display_value,
    is_missing,
    join_options,
    normalize,
    normalize_aliases,
    type_name,
    with_subject,
)
from graders.result import Item, Result
from humas.calendar import format_date

__all__ = [
    "check_choice",
    "check_date",
    "check_dates",
    "check_format_choice",
    "check_format_choices",
    "check_format_date",
    "check_format_dates",
    "check_format_labels",
    "check_format_multiple_choice",
    "check_format_number",
    "check_labels",
    "check_multiple_choice",
    "check_number",
    "format_date",
    "parse_date",
]

TYPE_CODE = "tipe.salah"
UNKNOWN_KEY_CODE = "kunci.tidak_dikenal"
FORMAT_TITLE = "Pemeriksaan format"
FORMAT_VERDICT = "sudah sesuai"
TYPE_OPTION_NUMBER = "nomor pilihan (int)"
_FLOAT_NOISE = 1e-9  # relative tolerance always allowed in check_number

_Key = str | int


class _Problem(Exception):
    """Internal: an answer that cannot be read; carries the failed item."""

    def __init__(self, item: Item) -> None:
        super().__init__(item.message)
        self.item = item


def _fail(code: str, subject: str | None, text: str) -> _Problem:
    return _Problem(Item(code, False, with_subject(subject, text)))


def _type_problem(subject: str | None, expected: str, value: object) -> _Problem:
    return _fail(TYPE_CODE, subject, f"jawaban harus berupa {expected}, bukan {type_name(value)}.")


def _empty_problem(code: str, subject: str | None) -> _Problem:
    return _fail(f"{code}.kosong", subject, "belum dijawab.")


# ---------------------------------------------------------------------------
# Choice keys (text labels or option numbers)
# ---------------------------------------------------------------------------
def _is_int(value: object) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _is_bool(value: object) -> bool:
    return isinstance(value, bool) or type(value).__name__ == "bool"  # numpy.bool


class _Choices:
    """The accepted forms of a choice question: text labels or option numbers."""

    def __init__(
        self,
        sample: Iterable[object],
        options: Iterable[object] | None,
        aliases: Mapping[str, str] | None,
    ) -> None:
        sample = list(sample)
        self.numeric = bool(sample) and all(_is_int(v) for v in sample)
        self.aliases = normalize_aliases(aliases)
        self.options: dict[_Key, str] | None = None
        if options is not None:
            if isinstance(options, str | bytes):
                raise TypeError("options/allowed must be a collection of labels, not a string")
            table: dict[_Key, str] = {}
            for option in options:
                table.setdefault(self.author_key(option), str(option))
            if not table:
                raise ValueError("options/allowed must not be empty")
            self.options = table

    def author_key(self, value: object) -> _Key:
        """Normalise a value written by the author (key or option); raise on nonsense."""
        if self.numeric:
            if not _is_int(value):
                raise TypeError(f"expected an int option, got {type(value).__name__}")
            return int(value)  # type: ignore[call-overload]
        if not isinstance(value, str):
            raise TypeError(f"expected a str label, got {type(value).__name__}")
        key = normalize(value)
        if not key:
            raise ValueError("labels must not be empty")
        return self.aliases.get(key, key)

    def expected_keys(self, expected: object, what: str) -> frozenset[_Key]:
        """The author's expected answer(s) as keys, checked against the options."""
        keys = frozenset(self.author_key(v) for v in _author_values(expected, what))
        if self.options is not None:
            unknown = keys - set(self.options)
            if unknown:
                listed = sorted(map(str, unknown))
                raise ValueError(f"{what}: expected answer not among the options: {listed}")
        return keys

    def read(self, value: object, *, code: str, subject: str | None) -> _Key:
        """Read one trainee answer as a key, or raise _Problem."""
        if is_missing(value):
            raise _empty_problem(code, subject)
        if self.numeric:
            key = self._read_number(value, subject)
        else:
            if not isinstance(value, str):
                raise _type_problem(subject, TYPE_TEXT, value)
            key = normalize(value)
            if not key:
                raise _empty_problem(code, subject)
            key = self.aliases.get(key, key)
        if self.options is not None and key not in self.options:
            raise _fail(
                f"{code}.tidak_dikenal",
                subject,
                f"jawaban {display_value(value)} tidak termasuk pilihan yang tersedia: "
                f"{self.option_list()}.",
            )
        return key

    def _read_number(self, value: object, subject: str | None) -> int:
        if _is_int(value):
            return int(value)  # type: ignore[call-overload]
        if isinstance(value, numbers.Real) and not _is_bool(value):
            number = float(value)
            if number.is_integer():
                return int(number)
        if isinstance(value, str):
            text = normalize(value)
            if text.isdigit() and text.isascii():
                return int(text)
        raise _type_problem(subject, TYPE_OPTION_NUMBER, value)

    def option_list(self) -> str:
        return join_options(self.options.values()) if self.options else ""


def _author_values(expected: object, what: str) -> list[object]:
    """One expected value, or several accepted alternatives in a collection."""
    is_collection = isinstance(expected, list | tuple | set | frozenset)
    values = list(expected) if is_collection else [expected]
    if not values or any(v is None for v in values):
        raise ValueError(f"{what}: the expected answer must not be empty")
    return values


# ---------------------------------------------------------------------------
# Mappings (per-item answers)
# ---------------------------------------------------------------------------
def _read_mapping(answers: object, *, code: str) -> dict[Any, Any]:
    """Read the trainee's per-item answers as a dict, or raise _Problem."""
    if is_missing(answers):
        raise _fail(f"{code}.kosong", None, "jawaban belum diisi.")
    if isinstance(answers, Mapping):
        return dict(answers.items())
    if _is_pandas_series(answers):
        try:
            return dict(answers.to_dict())  # type: ignore[attr-defined]
        except Exception:
            pass
    raise _type_problem(None, TYPE_MAPPING, answers)


def _is_pandas_series(value: object) -> bool:
    cls = type(value)
    return cls.__name__ == "Series" and (cls.__module__ or "").startswith("pandas")


def _key_form(key: object) -> str:
    return normalize(str(key))


def _lookup(answers: dict[Any, Any], key: object) -> tuple[bool, object]:
    """Find ``key`` in the answers, tolerating 1 vs "1" and case/spacing of text keys."""
    if isinstance(key, Hashable):
        try:
            if key in answers:
                return True, answers[key]
        except TypeError:
            pass
    target = _key_form(key)
    for candidate, value in answers.items():
        if _key_form(candidate) == target:
            return True, value
    return False, None


def _unknown_keys(answers: dict[Any, Any], keys: Iterable[object]) -> list[Item]:
    known = {_key_form(k) for k in keys}
    return [
        Item(
            UNKNOWN_KEY_CODE,
            False,
            f"Kunci {display_value(k)} tidak termasuk daftar butir soal; periksa penulisannya.",
        )
        for k in answers
        if _key_form(k) not in known
    ]


def _author_keys(keys: object, what: str) -> list[object]:
    if isinstance(keys, str | bytes) or not isinstance(keys, Iterable):
        raise TypeError(f"{what}: keys must be a collection of item keys")
    listed = list(keys)
    if not listed:
        raise ValueError(f"{what}: keys must not be empty")
    return listed


def _author_options(options: object, what: str) -> list[object]:
    if isinstance(options, str | bytes) or not isinstance(options, Iterable):
        raise TypeError(f"{what}: options must be a collection of labels")
    return list(options)


def _subject(item_name: str, key: object) -> str:
    return f"{item_name} {key}".strip()


# ---------------------------------------------------------------------------
# Single choice
# ---------------------------------------------------------------------------
def check_choice(
    answer: object,
    expected: object,
    *,
    options: Iterable[object] | None = None,
    aliases: Mapping[str, str] | None = None,
    code: str = "pilihan",
    name: str | None = None,
) -> Result:
    """Check a single choice (a text label, or an option number when ``expected`` is an int).

    ``expected`` may be a collection of accepted alternatives. Text is compared
    after normalisation (case, spacing, hyphens, diacritics) and ``aliases``
    (synonym -> canonical). With ``options``, an answer outside them is reported
    as unknown. ``name`` prefixes the messages ("Soal 2: ...").

    >>> check_choice("Serta Merta", "serta-merta").passed
    True
    >>> check_choice("segera", "serta-merta", aliases={"segera": "serta merta"}).passed
    True
    >>> print(check_choice("e", "b", options=list("abcd")))
    Hasil pemeriksaan: 0 dari 1 butir benar (0%)
      ✘ perlu diperbaiki: Jawaban 'e' tidak termasuk pilihan yang tersedia: a, b, c, d.
    >>> check_choice("3", 3).passed
    True
    """
    choices = _Choices(_author_values(expected, "check_choice"), options, aliases)
    keys = choices.expected_keys(expected, "check_choice")
    try:
        key = choices.read(answer, code=code, subject=name)
    except _Problem as problem:
        return Result([problem.item])
    if key in keys:
        return Result([Item(f"{code}.benar", True, with_subject(name, "jawaban sudah tepat."))])
    return Result([Item(f"{code}.salah", False, with_subject(name, "jawaban belum tepat."))])


# ---------------------------------------------------------------------------
# Multiple choice
# ---------------------------------------------------------------------------
_LIST_SEPARATORS = re.compile(r"[,;\n]")


def _picks(answer: object, choices: _Choices, known: set[_Key]) -> list[object]:
    """The trainee's raw picks, or raise _Problem for a wrong container type."""
    if isinstance(answer, str):
        whole = normalize(answer)
        whole = choices.aliases.get(whole, whole)
        if whole in known or not _LIST_SEPARATORS.search(answer):
            return [answer]
        return [part for part in _LIST_SEPARATORS.split(answer) if part.strip()]
    if isinstance(answer, list | tuple | set | frozenset):
        return list(answer)
    if hasattr(answer, "tolist") and getattr(answer, "ndim", None) == 1:
        try:
            return list(answer.tolist())  # type: ignore[attr-defined]
        except Exception:
            pass
    if choices.numeric and not isinstance(answer, Mapping):
        return [answer]  # a single option number
    raise _type_problem(None, TYPE_MULTI, answer)


def _read_picks(
    answer: object, choices: _Choices, known: set[_Key], code: str, subject: str | None
) -> tuple[set[_Key], list[Item]]:
    """Distinct readable picks and the failed items for unreadable ones."""
    if is_missing(answer):
        raise _empty_problem(code, subject)
    picks: set[_Key] = set()
    problems: dict[str, Item] = {}  # one item per distinct message
    for value in _picks(answer, choices, known):
        if is_missing(value) or (isinstance(value, str) and not normalize(value)):
            continue
        try:
            picks.add(choices.read(value, code=code, subject=subject))
        except _Problem as problem:
            item = problem.item
            if item.code == TYPE_CODE:
                wanted = TYPE_OPTION_NUMBER if choices.numeric else TYPE_TEXT
                item = Item(
                    TYPE_CODE,
                    False,
                    with_subject(
                        subject,
                        f"setiap pilihan harus berupa {wanted}; {display_value(value)} "
                        f"berupa {type_name(value)}.",
                    ),
                )
            problems.setdefault(item.message, item)
    if not picks and not problems:
        raise _empty_problem(code, subject)
    return picks, list(problems.values())


def check_multiple_choice(
    answer: object,
    expected: Iterable[object],
    *,
    options: Iterable[object] | None = None,
    aliases: Mapping[str, str] | None = None,
    code: str = "pilihan_ganda",
    name: str | None = None,
) -> Result:
    """Check a "choose all that apply" answer with partial credit.

    Score = (right picks - wrong picks) / len(expected), floored at 0. The
    answer may be a list, set, tuple, a NumPy array or pandas Series, or one
    string (a single pick, or picks separated by commas). Unreadable picks
    (wrong type, not among ``options``) count as wrong picks and get their
    own message. Feedback says whether the answer is right, partly right or
    wrong, never which picks are missing.

    >>> check_multiple_choice(["a", "c"], ["a", "c"]).score
    1.0
    >>> check_multiple_choice(["a", "b", "c"], ["a", "c", "d"]).score
    0.3333333333333333
    >>> check_multiple_choice("a, c", {"a", "c"}).passed
    True
    >>> check_multiple_choice(["b"], ["a"]).score
    0.0
    """
    if isinstance(expected, str | bytes) or not isinstance(expected, Iterable):
        expected = [expected]
    expected_values = list(expected)
    choices = _Choices(expected_values, options, aliases)
    keys = frozenset(choices.author_key(v) for v in expected_values)
    if not keys:
        raise ValueError("check_multiple_choice: expected must not be empty")
    if choices.options is not None and not keys <= set(choices.options):
        raise ValueError("check_multiple_choice: expected answer not among the options")
    known = set(keys) | set(choices.options or ())
    try:
        picks, problems = _read_picks(answer, choices, known, code, name)
    except _Problem as problem:
        return Result([problem.item], score=0.0)
    right = len(picks & keys)
    wrong = len(picks - keys) + len(problems)
    score = max(0.0, (right - wrong) / len(keys))
    if score >= 1.0:
        summary = Item(f"{code}.benar", True, with_subject(name, "semua pilihan sudah tepat."))
    elif score > 0.0:
        summary = Item(
            f"{code}.sebagian",
            False,
            with_subject(
                name,
                "sebagian pilihan sudah tepat, tetapi masih ada pilihan yang keliru atau terlewat.",
            ),
        )
    else:
        summary = Item(f"{code}.salah", False, with_subject(name, "pilihan belum tepat."))
    return Result([*problems, summary], score=score)


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------
def _read_number(value: object, *, code: str, subject: str | None) -> float:
    """Read a trainee's number as a finite float, or raise _Problem."""
    if isinstance(value, float) and math.isnan(value):
        raise _fail(
            f"{code}.tidak_valid",
            subject,
            "jawaban bernilai NaN (bukan angka); periksa kembali perhitungan Anda.",
        )
    if is_missing(value):
        raise _empty_problem(code, subject)
    if hasattr(value, "ndim") and getattr(value, "ndim", None) == 0 and hasattr(value, "item"):
        try:
            value = value.item()  # a 0-d NumPy array
        except Exception:
            pass
    if _is_bool(value):
        raise _type_problem(subject, TYPE_NUMBER, value)
    if isinstance(value, str):
        problem = _type_problem(subject, TYPE_NUMBER, value)
        hint = " Tulis angkanya tanpa tanda petik, misalnya 12.5 (titik sebagai pemisah desimal)."
        raise _Problem(Item(TYPE_CODE, False, problem.item.message + hint))
    if not isinstance(value, numbers.Real | decimal.Decimal):
        raise _type_problem(subject, TYPE_NUMBER, value)
    try:
        number = float(value)
    except (OverflowError, ValueError, TypeError, ArithmeticError):
        number = math.nan
    if not math.isfinite(number):
        raise _fail(
            f"{code}.tidak_valid",
            subject,
            "jawaban bukan angka yang terhingga; periksa kembali perhitungan Anda.",
        )
    return number


def check_number(
    answer: object,
    expected: float,
    *,
    abs_tol: float = 0,
    rel_tol: float = 0,
    code: str = "angka",
    name: str | None = None,
) -> Result:
    """Check a number within ``abs_tol``/``rel_tol`` (``math.isclose`` semantics).

    A relative tolerance of 1e-9 always applies, so floating-point noise
    (0.1 + 0.2 for 0.3) never fails an answer. Integers, floats, NumPy and
    pandas scalars, ``Decimal`` and ``Fraction`` are numbers; ``bool`` and
    strings are not.

    >>> check_number(0.1 + 0.2, 0.3).passed
    True
    >>> check_number(101, 100, abs_tol=1).passed
    True
    >>> check_number(102, 100, abs_tol=1).failed[0].code
    'angka.salah'
    >>> check_number("12", 12).failed[0].code
    'tipe.salah'
    """
    if _is_bool(expected) or not isinstance(expected, numbers.Real | decimal.Decimal):
        raise TypeError("check_number: expected must be a real number")
    target = float(expected)
    if not math.isfinite(target):
        raise ValueError("check_number: expected must be finite")
    abs_tol, rel_tol = float(abs_tol), float(rel_tol)
    if abs_tol < 0 or rel_tol < 0:
        raise ValueError("check_number: tolerances must be non-negative")
    try:
        value = _read_number(answer, code=code, subject=name)
    except _Problem as problem:
        return Result([problem.item])
    if math.isclose(value, target, rel_tol=max(rel_tol, _FLOAT_NOISE), abs_tol=abs_tol):
        return Result([Item(f"{code}.benar", True, with_subject(name, "angka sudah tepat."))])
    return Result([Item(f"{code}.salah", False, with_subject(name, "angka belum tepat."))])


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("januari", "jan", "january"),
        ("februari", "pebruari", "feb", "peb", "february"),
        ("maret", "mar", "march"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("agustus", "agu", "agt", "ags", "aug", "august"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "oct", "october"),
        ("november", "nopember", "nov", "nop"),
        ("desember", "des", "dec", "december"),
    ],
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number
del _number, _names, _name

_WEEKDAY_PREFIX = re.compile(
    r"^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*"
)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t\s].*)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s.*)?$")
_MONTH_NAME = re.compile(r"^(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.]+(\d{4})$")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join(
        "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split()
    )


def _make_date(year: str, month: int | str, day: str) -> _dt.date | None:
    try:
        return _dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _parse_date_text(text: str) -> _dt.date | None:
    cleaned = _WEEKDAY_PREFIX.sub("", _plain(text)).strip()
    if match := _ISO.match(cleaned):
        return _make_date(match[1], match[2], match[3])
    if match := _DAY_FIRST.match(cleaned):
        return _make_date(match[3], match[2], match[1])
    if (match := _MONTH_NAME.match(cleaned)) and match[2] in _MONTHS:
        return _make_date(match[3], _MONTHS[match[2]], match[1])
    return None


def parse_date(value: object) -> _dt.date | None:
    """Read a date the way the checks do; None when ``value`` is not a readable date.

    Accepts ``date``, ``datetime`` and ``pandas.Timestamp`` (the time is
    dropped), ``numpy.datetime64``, and text: ISO ``2026-03-25`` (time allowed),
    Indonesian day-first ``25-03-2026`` / ``25/03/2026`` / ``25.03.2026``, and
    month names ``25 Maret 2026`` or ``Rabu, 25 Mar 2026``.

    >>> parse_date("25/03/2026")
    datetime.date(2026, 3, 25)
    >>> parse_date("Rabu, 25 Maret 2026")
    datetime.date(2026, 3, 25)
    >>> parse_date("31-02-2026") is None
    True
    """
    if is_missing(value):
        return None
    if isinstance(value, _dt.datetime):
        try:
            return value.date()
        except Exception:
            return None
    if isinstance(value, _dt.date):
        return value
    if type(value).__name__ == "datetime64":
        return _parse_date_text(str(value))
    if isinstance(value, str):
        return _parse_date_text(value)
    return None


def _read_date(value: object, *, code: str, subject: str | None) -> _dt.date:
    """Read a trainee's date, or raise _Problem."""
    if is_missing(value) or (isinstance(value, str) and not value.strip()):
        raise _empty_problem(code, subject)
    parsed = parse_date(value)
    if parsed is not None:
        return parsed
    if isinstance(value, str) or type(value).__name__ == "datetime64":
        raise _fail(
            f"{code}.format",
            subject,
            f"teks {display_value(value)} tidak dapat dibaca sebagai tanggal yang valid; "
            "gunakan format TTTT-BB-HH atau HH-BB-TTTT.",
        )
    raise _type_problem(subject, TYPE_DATE, value)


def _author_date(expected: object, what: str) -> _dt.date:
    parsed = parse_date(expected)
    if parsed is None:
        raise ValueError(f"{what}: expected is not a readable date: {expected!r}")
    return parsed


def _date_item(answer: object, target: _dt.date, *, code: str, subject: str | None) -> Item:
    try:
        value = _read_date(answer, code=code, subject=subject)
    except _Problem as problem:
        return problem.item
    if value == target:
        return Item(f"{code}.benar", True, with_subject(subject, "tanggal sudah tepat."))
    return Item(
        f"{code}.salah",
        False,
        with_subject(
            subject, f"tanggal belum tepat (jawaban Anda terbaca sebagai {format_date(value)})."
        ),
    )


def check_date(
    answer: object,
    expected: object,
    *,
    code: str = "tanggal",
    name: str | None = None,
) -> Result:
    """Check a date; see :func:`parse_date` for the accepted forms.

    >>> check_date("25-03-2026", "2026-03-25").passed
    True
    >>> check_date("2026-03-26", "2026-03-25").failed[0].code
    'tanggal.salah'
    >>> check_date("besok", "2026-03-25").failed[0].code
    'tanggal.format'
    """
    target = _author_date(expected, "check_date")
    return Result([_date_item(answer, target, code=code, subject=name)])


def check_dates(
    answers: object,
    expected: Mapping[Any, object],
    *,
    code: str = "tanggal",
    item_name: str = "Butir",
) -> Result:
    """Check several dates keyed like ``expected``; one item per key (partial credit).

    >>> check_dates({"a": "2026-03-25", "b": "01/04/2026"},
    ...             {"a": "2026-03-25", "b": "2026-04-02"}).score
    0.5
    """
    targets = _expected_mapping(expected, "check_dates")
    try:
        mapping = _read_mapping(answers, code=code)
    except _Problem as problem:
        return Result([problem.item])
    items = []
    for key, value in targets.items():
        target = _author_date(value, "check_dates")
        subject = _subject(item_name, key)
        found, answer = _lookup(mapping, key)
        if not found:
            items.append(_empty_problem(code, subject).item)
        else:
            items.append(_date_item(answer, target, code=code, subject=subject))
    return Result(items)


# ---------------------------------------------------------------------------
# Labels (one choice per item)
# ---------------------------------------------------------------------------
def _expected_mapping(expected: object, what: str) -> Mapping[Any, object]:
    if not isinstance(expected, Mapping) or not expected:
        raise ValueError(f"{what}: expected must be a non-empty mapping")
    return expected


def check_labels(
    answers: object,
    expected: Mapping[Any, object],
    *,
    allowed: Iterable[object] | None = None,
    aliases: Mapping[str, str] | None = None,
    code: str = "label",
    item_name: str = "Butir",
) -> Result:
    """Check one label per item with per-item partial credit.

    ``answers`` should be a mapping (a ``dict``, or a pandas Series indexed by
    item); keys match even when written ``1`` vs ``"1"``. Each expected value
    is a label or a collection of accepted labels. Missing items, labels not in
    ``allowed`` and wrong types are failed items; extra keys are ignored.

    >>> hasil = check_labels({1: "positif", 2: "Negatif", 3: "marah"},
    ...                      {1: "positif", 2: "netral", 3: "negatif"},
    ...                      allowed=["positif", "negatif", "netral"])
    >>> hasil.score
    0.3333333333333333
    >>> [item.code for item in hasil.items]
    ['label.benar', 'label.salah', 'label.tidak_dikenal']
    >>> hasil.items[1].message
    'Butir 2: jawaban belum tepat.'
    """
    targets = _expected_mapping(expected, "check_labels")
    sample = [v for value in targets.values() for v in _author_values(value, "check_labels")]
    choices = _Choices(sample, allowed, aliases)
    keys = {key: choices.expected_keys(value, "check_labels") for key, value in targets.items()}
    try:
        mapping = _read_mapping(answers, code=code)
    except _Problem as problem:
        return Result([problem.item])
    items = []
    for key, accepted in keys.items():
        subject = _subject(item_name, key)
        found, value = _lookup(mapping, key)
        try:
            if not found:
                raise _empty_problem(code, subject)
            label = choices.read(value, code=code, subject=subject)
        except _Problem as problem:
            items.append(problem.item)
            continue
        if label in accepted:
            items.append(Item(f"{code}.benar", True, f"{subject}: jawaban sudah tepat."))
        else:
            items.append(Item(f"{code}.salah", False, f"{subject}: jawaban belum tepat."))
    return Result(items)


# ---------------------------------------------------------------------------
# Format checks (no answer key)
# ---------------------------------------------------------------------------
def _format_result(items: list[Item]) -> Result:
    return Result(items, title=FORMAT_TITLE, verdict=FORMAT_VERDICT)


def _format_ok(code: str, subject: str | None, text: str) -> Item:
    return Item(f"{code}.format_ok", True, with_subject(subject, text))


def _format_mapping(
    answers: object,
    keys: object,
    what: str,
    code: str,
    item_name: str,
    read_one: Callable[[object, str], Item],
) -> Result:
    listed = _author_keys(keys, what)
    try:
        mapping = _read_mapping(answers, code=code)
    except _Problem as problem:
        return _format_result([problem.item])
    items = []
    for key in listed:
        subject = _subject(item_name, key)
        found, value = _lookup(mapping, key)
        try:
            if not found:
                raise _empty_problem(code, subject)
            items.append(read_one(value, subject))
        except _Problem as problem:
            items.append(problem.item)
    items.extend(_unknown_keys(mapping, listed))
    return _format_result(items)


def check_format_labels(
    answers: object,
    keys: Iterable[object],
    allowed: Iterable[object] | None,
    *,
    aliases: Mapping[str, str] | None = None,
    code: str = "label",
    item_name: str = "Butir",
) -> Result:
    """Format check for per-item labels: every key present, a text, among ``allowed``.

    Keys in ``answers`` that are not in ``keys`` are reported (likely typos).

    >>> hasil = check_format_labels({1: "positif", 2: 5, 4: "netral"}, [1, 2, 3],
    ...                             ["positif", "negatif", "netral"])
    >>> [item.code for item in hasil.items]
    ['label.format_ok', 'tipe.salah', 'label.kosong', 'kunci.tidak_dikenal']
    >>> print(hasil.items[1].message)
    Butir 2: jawaban harus berupa teks (str), bukan int.
    """
    allowed_list = None if allowed is None else _author_options(allowed, "check_format_labels")
    choices = _Choices(allowed_list or [], allowed_list, aliases)

    def read_one(value: object, subject: str) -> Item:
        choices.read(value, code=code, subject=subject)
        if allowed_list:
            return _format_ok(code, subject, "jawaban sudah berupa label yang tersedia.")
        return _format_ok(code, subject, "jawaban sudah terisi.")

    return _format_mapping(answers, keys, "check_format_labels", code, item_name, read_one)


def check_format_choices(
    answers: object,
    keys: Iterable[object],
    allowed: Iterable[object],
    *,
    aliases: Mapping[str, str] | None = None,
    code: str = "pilihan",
    item_name: str = "Butir",
) -> Result:
    """Format check for one choice per item (option numbers when ``allowed`` are ints).

    >>> check_format_choices({"a": "Ya", "b": "tidak"}, ["a", "b"], ["ya", "tidak"]).passed
    True
    >>> check_format_choices({"a": 2, "b": "5"}, ["a", "b"], [1, 2, 3, 4]).score
    0.5
    """
    allowed_list = _author_options(allowed, "check_format_choices")
    choices = _Choices(allowed_list, allowed_list, aliases)

    def read_one(value: object, subject: str) -> Item:
        choices.read(value, code=code, subject=subject)
        return _format_ok(code, subject, "jawaban sudah berupa pilihan yang tersedia.")

    return _format_mapping(answers, keys, "check_format_choices", code, item_name, read_one)


def check_format_dates(
    answers: object,
    keys: Iterable[object],
    *,
    code: str = "tanggal",
    item_name: str = "Butir",
) -> Result:
    """Format check for per-item dates: every key present and readable as a date.

    The message repeats how the date was read ("Rabu, 25 Maret 2026"), so a
    trainee notices a day and month written the wrong way round.

    >>> hasil = check_format_dates({"a": "25/03/2026", "b": "2026-13-01"}, ["a", "b"])
    >>> hasil.summary()
    'Pemeriksaan format: 1 dari 2 butir sudah sesuai (50%)'
    >>> hasil.items[0].message
    'Butir a: terbaca sebagai Rabu, 25 Maret 2026.'
    >>> hasil.items[1].code
    'tanggal.format'
    """

    def read_one(value: object, subject: str) -> Item:
        day = _read_date(value, code=code, subject=subject)
        return _format_ok(code, subject, f"terbaca sebagai {format_date(day)}.")

    return _format_mapping(answers, keys, "check_format_dates", code, item_name, read_one)


def check_format_choice(
    answer: object,
    options: Iterable[object],
    *,
    aliases: Mapping[str, str] | None = None,
    code: str = "pilihan",
    name: str | None = None,
) -> Result:
    """Format check for one choice: answered, right type, among ``options``.

    >>> check_format_choice("B", ["a", "b", "c"]).passed
    True
    >>> check_format_choice(None, ["a", "b", "c"]).failed[0].code
    'pilihan.kosong'
    """
    option_list = _author_options(options, "check_format_choice")
    choices = _Choices(option_list, option_list, aliases)
    try:
        choices.read(answer, code=code, subject=name)
    except _Problem as problem:
        return _format_result([problem.item])
    return _format_result([_format_ok(code, name, "jawaban sudah berupa pilihan yang tersedia.")])


def check_format_multiple_choice(
    answer: object,
    options: Iterable[object],
    *,
    aliases: Mapping[str, str] | None = None,
    code: str = "pilihan_ganda",
    name: str | None = None,
) -> Result:
    """Format check for "choose all that apply": at least one pick, all among ``options``.

    >>> check_format_multiple_choice(["a", "x"], ["a", "b", "c"]).failed[0].code
    'pilihan_ganda.tidak_dikenal'
    """
    option_list = _author_options(options, "check_format_multiple_choice")
    choices = _Choices(option_list, option_list, aliases)
    known = set(choices.options or ())
    try:
        _, problems = _read_picks(answer, choices, known, code, name)
    except _Problem as problem:
        return _format_result([problem.item])
    if problems:
        return _format_result(problems)
    return _format_result(
        [_format_ok(code, name, "semua pilihan sudah termasuk pilihan yang tersedia.")]
    )


def check_format_number(
    answer: object,
    *,
    code: str = "angka",
    name: str | None = None,
) -> Result:
    """Format check for a number: answered, a real finite number (not text, not bool).

    >>> check_format_number(12.5).passed
    True
    >>> check_format_number("12,5").failed[0].code
    'tipe.salah'
    """
    try:
        _read_number(answer, code=code, subject=name)
    except _Problem as problem:
        return _format_result([problem.item])
    return _format_result([_format_ok(code, name, "jawaban sudah berupa angka.")])


def check_format_date(
    answer: object,
    *,
    code: str = "tanggal",
    name: str | None = None,
) -> Result:
    """Format check for one date; the message repeats how the date was read.

    >>> check_format_date("2026-03-25").items[0].message
    'Terbaca sebagai Rabu, 25 Maret 2026.'
    """
    try:
        day = _read_date(answer, code=code, subject=name)
    except _Problem as problem:
        return _format_result([problem.item])
    return _format_result([_format_ok(code, name, f"terbaca sebagai {format_date(day)}.")])
