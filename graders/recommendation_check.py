"""Check a data-based recommendation from social listening: :func:`check_recommendation`.

Exercise 05 (social listening), part (f): after a month of mentions the trainee writes
findings, each with evidence taken from the data, and recommendations, each with an
owner, a deadline and the finding it rests on::

    rekomendasi_5f = {
        "temuan": [
            {"temuan": "Percakapan negatif melonjak saat banjir",
             "bukti": "Volume 14 Agustus 2026 mencapai 1.245 sebutan (z = 4,1); 68% negatif"},
            ...
        ],
        "rekomendasi": [
            {"tindakan": "Menerbitkan pembaruan resmi status banjir setiap 3 jam di X",
             "penanggung_jawab": "Tim Humas BPBD Provinsi", "tenggat": "2026-12-15",
             "dasar": 1},
            ...
        ],
    }

Each part may also be a ``pandas.DataFrame`` with those columns, or a single dict (one
entry). Keys are read case-insensitively, with a few aliases (:data:`FINDING_KEYS`,
:data:`RECOMMENDATION_KEYS`). Entries whose fields are all empty (the template's rows)
are ignored; entries keep the trainee's numbering, so ``dasar`` means "finding number
N as written".

Items and weights
=================

Every part has a fixed weight (:data:`WEIGHTS`, 20 in all). The per-entry parts share
their weight equally among ``max(n, minimum)`` slots, where ``n`` is the number of
entries given: an entry that passes earns its slot, one that fails loses it, and the
slots of missing entries are lost once, in the item that says how many are missing
(``temuan.kurang`` / ``rekomendasi.kurang``). Passing entries of a part are reported in
one line, failing entries one line each, naming the entry ("Rekomendasi ke-2: ...").

=================  ======  ==============================================================
part               weight  an entry or the answer passes when
=================  ======  ==============================================================
temuan             2       the finding states something (non-empty text)
bukti              5       the evidence is grounded in the data (below)
tindakan           3       the action is concrete: at least :data:`MIN_ACTION_WORDS`
                           words and at least :data:`MIN_SPECIFIC_WORDS` words beyond
                           stopwords and the generic vocabulary of vague recommendations
                           (:data:`VAGUE_PHRASES`, :data:`GENERIC_WORDS`):
                           "Meningkatkan komunikasi dengan masyarakat" is not an action;
                           "Menerbitkan infografis klarifikasi hoaks di Instagram" is
penanggung_jawab   2       a unit or role of the agency: it contains a word of
                           :data:`UNIT_WORDS` (Bidang, Seksi, Tim, Humas, Kepala, PPID,
                           BPBD, Admin, Pengelola ...); not "saya"/"kami", not a
                           personal name alone, not "dinas terkait"/"semua pihak"
tenggat            2       a readable date (``date``, ISO, "15 Desember 2026",
                           "15/12/2026"; :func:`graders.primitives.parse_date`) after
                           ``reference_date`` and at most ``horizon_days`` after it
dasar              1       the number (1-based) of an existing, non-empty finding; a list
                           of numbers, "2" or "temuan 2" also work
cakupan            2       every finding is the ``dasar`` of at least one recommendation
                           (shared among the findings)
duplikat           1       no finding or action is written twice (same words after
                           normalisation, or nearly: :data:`DUPLICATE_SIMILARITY`);
                           a duplicate earns nothing and does not count towards the minimum
data_pribadi       1       no NIK, KK, phone number or e-mail
                           (:func:`humas.text.find_personal_data`); a phone number right
                           after "call center", "hotline", "posko" ... is the agency's
                           own. Failing it also caps the score at :data:`PERSONAL_DATA_CAP`
ringkas            1       no field longer than :data:`MAX_FIELD_CHARS` and at most
                           :data:`MAX_ENTRIES` entries per part (a short recommendation)
=================  ======  ==============================================================

Grounded evidence
-----------------

With ``facts`` (a mapping computed by the hidden test from the data: numbers, dates, or
strings such as a top term or hashtag), evidence counts when its text

- cites a number close to a numeric fact: ``|cited - fact| <= max(3 % of the fact,
  half a unit of the cited number's last written digit)``. So "1.245" matches 1,245 and
  1,260 but not 1,300; "1,2 ribu" (unit 100) matches 1,150 to 1,250; "68%" (unit 1)
  matches 67.5 to 68.5 and, read as a ratio, 0.66 to 0.70 (3 %). Numbers are read the
  Indonesian way ("1.245" is 1245, "68,5" is 68.5, "0,68"), also "ribu"/"rb"/"juta"/
  "jt"; an ambiguous "4.163" or "1,245" is tried both ways; a percentage is compared as
  written and divided by 100, a decimal below 1 as written and times 100; signs are
  ignored (a net sentiment of -0.23 may be cited as "negatif 0,23");
- names a date equal to a date fact ("2026-08-14", "14 Agustus 2026", "14 Agt",
  "14/8/2026"; without a year, day and month are compared);
- or contains a string fact (case-insensitive, as whole words; a leading ``#``/``@`` is
  optional).

Bare years ("2026") and numbers inside dates are not read as numbers. Without ``facts``
(or with an empty mapping) evidence needs at least one number or a day-and-month date.
Messages never reveal a fact: they say which kind of number to cite.

The answer is never changed or printed, nothing is written to stderr, and the result
is deterministic once ``reference_date`` is given (the default is today's date).
``None``, a blank template, a type other than a dict (or a DataFrame-like of both
parts), or a dict with neither part give failed items and score 0. Mistakes by the
exercise author (``facts`` not a mapping, a fact of another type, a bad
``reference_date``, ``min_findings`` below 1, unknown ``points`` keys) raise
``TypeError`` or ``ValueError``.

>>> import datetime as dt
>>> answer = {
...     "temuan": [
...         {"temuan": "Percakapan negatif melonjak saat banjir",
...          "bukti": "Volume 14 Agustus 2026 mencapai 1.245 sebutan (z = 4,1); 68% negatif"},
...         {"temuan": "Hoaks bendungan jebol menyebar cepat",
...          "bukti": "Topik hoaks naik menjadi 3,2 ribu sebutan pada 2 Oktober 2026"},
...     ],
...     "rekomendasi": [
...         {"tindakan": "Menerbitkan pembaruan resmi status banjir setiap 3 jam di X",
...          "penanggung_jawab": "Tim Humas BPBD Provinsi", "tenggat": "15 Desember 2026",
...          "dasar": 1},
...         {"tindakan": "Mengunggah infografis klarifikasi hoaks bendungan bersama BPBD",
...          "penanggung_jawab": "Seksi Informasi Publik Diskominfo", "tenggat": "2026-12-10",
...          "dasar": 2},
...     ],
... }
>>> facts = {"puncak_banjir": dt.date(2026, 8, 14), "volume_puncak": 1245,
...          "volume_hoaks": 3214, "porsi_negatif": 0.683}
>>> check_recommendation(answer, facts=facts, reference_date="2026-11-28").score
1.0
>>> answer["rekomendasi"][1]["tenggat"] = "2026-01-10"
>>> hasil = check_recommendation(answer, facts=facts, reference_date="2026-11-28")
>>> round(hasil.score, 2), [item.code for item in hasil.failed]
(0.95, ['tenggat.lewat'])
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from graders._text import is_missing, join_id, normalize, type_name
from graders.post_check import _KIND_NAMES, _private_data
from graders.primitives import _MONTHS, parse_date
from graders.result import Item, Result
from humas.calendar import format_date
from humas.text import stopwords

__all__ = [
    "DUPLICATE_SIMILARITY",
    "FINDING_KEYS",
    "GENERIC_WORDS",
    "MAX_ENTRIES",
    "MAX_FIELD_CHARS",
    "MIN_ACTION_WORDS",
    "MIN_SPECIFIC_WORDS",
    "PERSONAL_DATA_CAP",
    "RECOMMENDATION_KEYS",
    "REL_TOL",
    "UNIT_WORDS",
    "VAGUE_PHRASES",
    "WEIGHTS",
    "check_recommendation",
]

WEIGHTS: dict[str, float] = {
    "temuan": 2.0,
    "bukti": 5.0,
    "tindakan": 3.0,
    "penanggung_jawab": 2.0,
    "tenggat": 2.0,
    "dasar": 1.0,
    "cakupan": 2.0,
    "duplikat": 1.0,
    "data_pribadi": 1.0,
    "ringkas": 1.0,
}
"""Default weight of each part (``points`` overrides some or all of them)."""

PERSONAL_DATA_CAP = 0.5
"""Highest score of an answer that shows personal data (UU No. 27 Tahun 2022)."""

REL_TOL = 0.03
"""Relative tolerance when a cited number is compared with a numeric fact."""

MIN_ACTION_WORDS = 4
MIN_SPECIFIC_WORDS = 2
MAX_FIELD_CHARS = 600
MAX_ENTRIES = 10
MAX_READ = 30  # entries read per part; the rest are ignored (and ``ringkas`` fails)
ANALYSIS_LIMIT = 5_000  # characters of one field read for numbers and words
SCAN_LIMIT = 20_000  # characters of one field scanned for personal data
DUPLICATE_SIMILARITY = 0.85
"""Share of shared words (Jaccard) from which two actions count as the same."""

FINDING_KEYS: dict[str, tuple[str, ...]] = {
    "temuan": ("temuan", "finding", "isi temuan"),
    "bukti": ("bukti", "evidence", "data", "bukti data"),
}
RECOMMENDATION_KEYS: dict[str, tuple[str, ...]] = {
    "tindakan": ("tindakan", "aksi", "action", "rekomendasi"),
    "penanggung_jawab": ("penanggung jawab", "pj", "pic", "owner", "unit", "pelaksana"),
    "tenggat": ("tenggat", "tenggat waktu", "batas waktu", "deadline", "target waktu"),
    "dasar": ("dasar", "dasar temuan", "temuan", "basis", "nomor temuan"),
}
_PART_KEYS = {
    "temuan": ("temuan", "findings", "daftar temuan"),
    "rekomendasi": ("rekomendasi", "recommendations", "daftar rekomendasi"),
}
_FIELD_NAMES = {
    "temuan": "'temuan'",
    "bukti": "'bukti'",
    "tindakan": "'tindakan'",
    "penanggung_jawab": "'penanggung_jawab'",
    "tenggat": "'tenggat'",
    "dasar": "'dasar'",
}

VAGUE_PHRASES = (
    "meningkatkan komunikasi",
    "meningkatkan sosialisasi",
    "meningkatkan koordinasi",
    "meningkatkan pelayanan",
    "meningkatkan kualitas",
    "meningkatkan kinerja",
    "meningkatkan kesadaran",
    "meningkatkan kepercayaan",
    "memperbaiki komunikasi",
    "memperbaiki pelayanan",
    "mengoptimalkan media sosial",
    "optimalisasi media sosial",
    "lebih aktif",
    "lebih responsif",
    "lebih baik",
    "melakukan evaluasi",
    "melakukan koordinasi",
    "melakukan sosialisasi",
    "menjaga citra",
    "perlu ditingkatkan",
)
"""Phrasings that say *that* something should improve, not *what* to do; quoted in the
message when an action says nothing more."""

GENERIC_WORDS = frozenset(
    """
    meningkatkan tingkatkan ditingkatkan peningkatan memperbaiki perbaiki diperbaiki perbaikan
    mengoptimalkan optimalkan dioptimalkan optimalisasi memaksimalkan maksimalkan
    melakukan lakukan dilakukan memberikan berikan menjaga jaga perlu harus agar supaya lebih
    lagi sangat terus secara komunikasi sosialisasi koordinasi evaluasi pelayanan layanan
    kinerja kualitas citra kesadaran kepercayaan media sosial medsos masyarakat publik warga
    informasi info baik aktif responsif efektif optimal maksimal cepat pihak terkait
    instansi pemerintah semua seluruh kegiatan program upaya hal strategi dll dsb
    """.split()
)
"""Words that carry no concrete content in an action (beside Indonesian stopwords)."""

UNIT_WORDS = frozenset(
    """
    bidang seksi subbagian subbag bagian biro tim humas kehumasan kepala kabid kasi kasie
    kasubbag kasubag kabag sekretaris sekretariat sekda ppid dinas diskominfo kominfo dinkes
    dishub dinsos disdukcapil dukcapil bpbd bappeda satpol admin administrator pengelola
    pranata operator unit upt uptd balai badan kantor satgas satuan posko pusdalops
    koordinator jubir juru pejabat petugas gubernur wakil bupati walikota wali camat lurah
    direktur pimpinan redaksi redaktur puskesmas
    """.split()
)
"""Words that make an owner a unit or role of the agency."""

_SINGULAR_OWNERS = frozenset({"saya", "aku", "kami", "kita", "gue", "gw", "sy", "admin saja"})
_VAGUE_OWNER = re.compile(r"\bterkait\b|^(?:semua|seluruh|para)\b|^pihak\b")

_TITLE = "Pemeriksaan rekomendasi"
_VERDICT = "sesuai"
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")

# --------------------------------------------------------------------------- numbers and dates
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    re.compile(r"(?<![\d.,])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"),
    re.compile(r"(?<![\d.,/])(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?![\d.,]\d)"),
    re.compile(rf"(?<![\w.,])(\d{{1,2}})\s*(?:-\s*)?({_MONTH_ALT})\.?(?:\s+(\d{{4}}))?(?!\w)"),
)
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"
    r"(?!\d)(?:\s*(%|persen\b|ribu\b|rb\b|juta\b|jt\b))?"
)
_MULTIPLIERS = {"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6}


@dataclass(frozen=True)
class _Cited:
    """One reading of a number in the text: its value and half a unit of its last digit."""

    value: float
    half_unit: float


def _decimal(text: str, decimal_sep: str) -> tuple[float, float]:
    """Value and half unit of a number written with ``decimal_sep`` as decimal mark."""
    thousands = "." if decimal_sep == "," else ","
    plain = text.replace(thousands, "")
    whole, _, frac = plain.partition(decimal_sep)
    value = float(f"{whole}.{frac}" if frac else whole)
    return value, 0.5 * 10.0 ** (-len(frac))


def _readings(number: str) -> list[tuple[float, float]]:
    """Every plausible (value, half unit) of a written number."""
    has_dot, has_comma = "." in number, "," in number
    if has_dot and has_comma:
        sep = "," if number.rfind(",") > number.rfind(".") else "."
        return [_decimal(number, sep)]
    if not has_dot and not has_comma:
        return [(float(number), 0.5)]
    sep = "." if has_dot else ","
    groups = number.split(sep)
    indonesian = "," if sep == "," else None
    if len(groups) > 2:  # 1.245.678 or 1,245,678: thousands only
        return [(float("".join(groups)), 0.5)]
    if len(groups[1]) == 3:  # 1.245 / 1,245: thousands or decimals
        thousand = (float("".join(groups)), 0.5)
        decimal = _decimal(number, sep)
        return [decimal, thousand] if indonesian else [thousand, decimal]
    return [_decimal(number, sep)]


def _cited_numbers(text: str) -> list[_Cited]:
    cited = []
    for match in _NUMBER.finditer(text):
        number, suffix = match[1], (match[2] or "").strip()
        if not suffix and re.fullmatch(r"(?:19|20|21)\d{2}", number):
            continue  # a bare year
        for value, half in _readings(number):
            if suffix in _MULTIPLIERS:
                factor = _MULTIPLIERS[suffix]
                cited.append(_Cited(value * factor, half * factor))
            elif suffix in ("%", "persen"):
                cited += [_Cited(value, half), _Cited(value / 100, half / 100)]
            else:
                cited.append(_Cited(value, half))
                if value <= 1 and half < 0.5:
                    cited.append(_Cited(value * 100, half * 100))
    return cited


def _cited_dates(text: str) -> tuple[list[tuple[int | None, int, int]], str]:
    """Dates in ``text`` as (year or None, month, day), and the text without them."""
    found: list[tuple[int | None, int, int]] = []
    for pattern_index, pattern in enumerate(_DATE_PATTERNS):
        for match in pattern.finditer(text):
            if pattern_index == 0:
                year, month, day = int(match[1]), int(match[2]), int(match[3])
            elif pattern_index == 1:
                day, month, year = int(match[1]), int(match[2]), int(match[3])
                year += 2000 if year < 100 else 0
            else:
                day, month = int(match[1]), _MONTHS[match[2]]
                year = int(match[3]) if match[3] else None
            try:
                _dt.date(year or 2000, month, day)
            except ValueError:
                continue
            found.append((year, month, day))
        text = pattern.sub(" ", text)
    return found, text


def _number_matches(cited: _Cited, fact: float) -> bool:
    half_unit = cited.half_unit
    if abs(cited.value) < 10 and half_unit >= 0.5:
        # a lone digit ("5 keluhan") is too common in any text to count as citing 5.4 by
        # rounding: a whole number under 10 has to be the fact itself (within REL_TOL)
        half_unit = 0.0
    tolerance = max(REL_TOL * abs(fact), half_unit)
    return abs(abs(cited.value) - abs(fact)) <= tolerance * (1 + 1e-9)


@dataclass(frozen=True)
class _Facts:
    numbers: tuple[float, ...] = ()
    dates: tuple[_dt.date, ...] = ()
    strings: tuple[re.Pattern[str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.numbers or self.dates or self.strings)


def _read_facts(facts: object) -> _Facts:
    if facts is None:
        return _Facts()
    if not isinstance(facts, Mapping):
        raise TypeError(f"facts must be a mapping of name -> value, not {type_name(facts)}")
    nums: list[float] = []
    dates: list[_dt.date] = []
    strings: list[re.Pattern[str]] = []
    for name, value in facts.items():
        if isinstance(value, bool):
            raise TypeError(f"facts[{name!r}]: a bool is not a fact")
        if isinstance(value, numbers.Real):
            number = float(value)
            if math.isfinite(number):  # NaN (e.g. no answered message) cannot be cited
                nums.append(number)
            continue
        if isinstance(value, str):
            day = parse_date(value)
            if day is not None:
                dates.append(day)
                continue
            core = normalize(value).lstrip("#@").strip()
            if not core:
                raise ValueError(f"facts[{name!r}]: an empty string is not a fact")
            words = r"\s+".join(re.escape(w) for w in core.split())
            strings.append(re.compile(rf"(?<![\w#@])[#@]?{words}(?!\w)"))
            continue
        day = parse_date(value)
        if day is None:
            raise TypeError(
                f"facts[{name!r}] must be a number, a date or a string, not {type_name(value)}"
            )
        dates.append(day)
    return _Facts(tuple(nums), tuple(dates), tuple(strings))


def _grounding(evidence: str, facts: _Facts) -> str:
    """``"ok"``, ``"no_number"`` or ``"no_match"`` for one piece of evidence."""
    text = evidence[:ANALYSIS_LIMIT].casefold()
    dates, rest = _cited_dates(text)
    cited = _cited_numbers(rest)
    if not facts:
        return "ok" if dates or cited else "no_number"
    for year, month, day in dates:
        for fact in facts.dates:
            if (fact.month, fact.day) == (month, day) and year in (None, fact.year):
                return "ok"
    for number in cited:
        if any(_number_matches(number, fact) for fact in facts.numbers):
            return "ok"
    plain = normalize(evidence[:ANALYSIS_LIMIT])
    if any(pattern.search(plain) for pattern in facts.strings):
        return "ok"
    return "no_match" if dates or cited else "no_number"


# --------------------------------------------------------------------------- reading the answer
@dataclass
class _Entry:
    """One finding or recommendation as given (number = its 1-based position)."""

    number: int
    fields: dict[str, object] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    wrong_type: str | None = None  # type name when the entry is not a dict
    duplicate_of: int | None = None


def _is_dataframe(value: object) -> bool:
    return type(value).__name__ == "DataFrame" and hasattr(value, "to_dict")


def _key(value: object) -> str:
    return normalize(str(value)) if isinstance(value, str) else ""


def _is_blank(value: object) -> bool:
    if is_missing(value):
        return True
    if isinstance(value, str):  # "-", "...", "?" are placeholders, not answers
        return not any(ch.isalnum() for ch in value)
    if isinstance(value, (list, tuple)):
        return all(_is_blank(v) for v in value)
    return False


def _rows(value: object) -> tuple[list[object] | None, str | None]:
    """The raw entries of one part, or None and a reason (Indonesian) when unreadable."""
    if is_missing(value):
        return [], None
    if _is_dataframe(value):
        try:
            return list(value.to_dict("records")), None  # type: ignore[attr-defined]
        except Exception:
            return None, f"tabel {type_name(value)} yang tidak dapat dibaca"
    if isinstance(value, Mapping):
        return [value], None
    if isinstance(value, (list, tuple)):
        return list(value), None
    if isinstance(value, str):
        if not value.strip():
            return [], None
        return None, "teks (str)"
    return None, type_name(value)


def _entries(rows: list[object], keys: Mapping[str, tuple[str, ...]]) -> list[_Entry]:
    lookup = {alias: name for name, aliases in keys.items() for alias in aliases}
    lookup.update({normalize(name): name for name in keys})
    entries = []
    for number, row in enumerate(rows[:MAX_READ], start=1):
        if _is_blank(row):
            continue
        if isinstance(row, Mapping):
            entry = _Entry(number)
            for raw_key, value in row.items():
                name = lookup.get(_key(raw_key))
                if name is None:
                    entry.unknown.append(str(raw_key)[:30])
                elif name not in entry.fields or _is_blank(entry.fields[name]):
                    entry.fields[name] = value
            if all(_is_blank(v) for v in entry.fields.values()) and not entry.unknown:
                continue
            entries.append(entry)
        else:
            entries.append(_Entry(number, wrong_type=type_name(row)))
    return entries


def _text(value: object) -> str | None:
    """A text field as text: str, or a list/tuple of str joined; None otherwise.

    A placeholder without letters or digits ("-", "...") gives "".
    """
    if isinstance(value, str):
        return "" if _is_blank(value) else value.strip()
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return "; ".join(v.strip() for v in value if not _is_blank(v))
    return None


def _words(text: str) -> list[str]:
    return _WORD.findall(text[:ANALYSIS_LIMIT].casefold())


def _similar(a: str, b: str) -> bool:
    if normalize(a) == normalize(b):
        return True
    wa, wb = set(_words(a)), set(_words(b))
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= DUPLICATE_SIMILARITY


def _mark_duplicates(entries: list[_Entry], name: str) -> None:
    originals: list[tuple[int, str]] = []
    for entry in entries:
        text = _text(entry.fields.get(name))
        if not text:
            continue
        for number, earlier in originals:
            if _similar(text, earlier):
                entry.duplicate_of = number
                break
        else:
            originals.append((entry.number, text))


# --------------------------------------------------------------------------- messages
def _subject(kind: str, number: int) -> str:
    return f"{kind} ke-{number}"


def _listed(kind: str, numbers: list[int]) -> str:
    return f"{kind} {join_id([f'ke-{n}' for n in numbers], limit=6)}"


def _unknown_note(entry: _Entry) -> str:
    if not entry.unknown:
        return ""
    shown = join_id([f"'{k}'" for k in entry.unknown], limit=4)
    return f" (kunci yang tidak dikenal: {shown}; periksa ejaannya)"


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return f"'{text[: limit - 3]}...'" if len(text) > limit else f"'{text}'"


def _short_date(day: _dt.date) -> str:
    return format_date(day).split(", ", 1)[-1]


@dataclass
class _Part:
    """Per-entry outcomes of one part: passes and failures with their messages."""

    name: str
    passed: list[int] = field(default_factory=list)
    failed: list[tuple[int, str, str]] = field(default_factory=list)  # number, code, message

    def ok(self, number: int) -> None:
        self.passed.append(number)

    def fail(self, number: int, code: str, message: str) -> None:
        self.failed.append((number, code, message))

    def items(self, slot: float, kind: str, passed_code: str, passed_text: str) -> list[Item]:
        items = []
        if self.passed:
            subject = _listed(kind, self.passed)
            items.append(
                Item(passed_code, True, f"{subject}: {passed_text}", slot * len(self.passed))
            )
        items += [Item(code, False, message, slot) for _, code, message in self.failed]
        return items


# --------------------------------------------------------------------------- per-entry rules
def _finding_parts(findings: list[_Entry], facts: _Facts) -> tuple[_Part, _Part]:
    statement, evidence = _Part("temuan"), _Part("bukti")
    for entry in findings:
        subject = _subject("Temuan", entry.number)
        note = _unknown_note(entry)
        value = entry.fields.get("temuan")
        text = _text(value)
        if text:
            statement.ok(entry.number)
        elif _is_blank(value):
            statement.fail(
                entry.number,
                "temuan.kosong",
                f"{subject}: isi temuan belum diisi{note}. Tuliskan apa yang Anda temukan dalam "
                "satu kalimat, misalnya 'Percakapan negatif melonjak saat banjir'.",
            )
        else:
            statement.fail(
                entry.number,
                "temuan.tipe_salah",
                f"{subject}: isi temuan harus berupa teks (str), bukan {type_name(value)}.",
            )
        value = entry.fields.get("bukti")
        proof = _text(value)
        if not proof:
            said = (
                "belum diisi"
                if _is_blank(value)
                else f"harus berupa teks (str), bukan {type_name(value)}"
            )
            evidence.fail(
                entry.number,
                "bukti.kosong",
                f"{subject}: bukti {said}{note}. Kutip hasil analisis data yang mendukung "
                "temuan ini, misalnya volume sebutan pada hari lonjakan dan tanggalnya.",
            )
            continue
        grounded = _grounding(proof, facts)
        if grounded == "ok":
            evidence.ok(entry.number)
        elif grounded == "no_number":
            evidence.fail(
                entry.number,
                "bukti.tanpa_angka",
                f"{subject}: bukti belum memuat angka atau tanggal dari data. Kutip hasil "
                "analisis Anda, misalnya volume sebutan harian, tanggal lonjakan, z-score, "
                "persentase sentimen negatif, atau istilah teratas beserta jumlahnya.",
            )
        else:
            evidence.fail(
                entry.number,
                "bukti.tidak_sesuai_data",
                f"{subject}: angka atau tanggal pada bukti belum cocok dengan hasil analisis "
                "data sebutan. Hitung ulang dengan humas.listening (misalnya daily, spikes, "
                "top_terms_for, response_stats) lalu kutip angkanya apa adanya; pembulatan "
                "kecil tidak masalah.",
            )
    return statement, evidence


def _action(entry: _Entry, part: _Part, subject: str, note: str) -> None:
    value = entry.fields.get("tindakan")
    text = _text(value)
    if not text:
        if _is_blank(value):
            part.fail(
                entry.number,
                "tindakan.kosong",
                f"{subject}: tindakan belum diisi{note}. Tuliskan apa yang dikerjakan, di mana "
                "dan seberapa sering, misalnya 'Menerbitkan pembaruan status banjir setiap 3 "
                "jam di X dan Instagram'.",
            )
        else:
            part.fail(
                entry.number,
                "tindakan.tipe_salah",
                f"{subject}: tindakan harus berupa teks (str) di antara tanda kutip, bukan "
                f"{type_name(value)}.",
            )
        return
    words = _words(text)
    if len(words) < MIN_ACTION_WORDS:
        part.fail(
            entry.number,
            "tindakan.terlalu_singkat",
            f"{subject}: tindakan {_quote(text)} terlalu singkat ({len(words)} kata). Jelaskan "
            f"dalam paling sedikit {MIN_ACTION_WORDS} kata: apa yang dibuat, di kanal mana, "
            "untuk siapa, atau seberapa sering.",
        )
        return
    ignored = stopwords() | GENERIC_WORDS
    specific = [w for w in words if w not in ignored]
    if len(specific) < MIN_SPECIFIC_WORDS:
        lower = " ".join(words)
        vague = [p for p in VAGUE_PHRASES if p in lower]
        said = f" ({join_id([repr(p) for p in vague], limit=3)})" if vague else ""
        part.fail(
            entry.number,
            "tindakan.terlalu_umum",
            f"{subject}: tindakan masih terlalu umum{said}. Sebutkan tindakan konkret: produk "
            "komunikasinya (siaran pers, infografis, klarifikasi, FAQ), kanalnya, sasaran, "
            "atau frekuensinya, misalnya 'Mengunggah infografis klarifikasi hoaks di "
            "Instagram dan WhatsApp'.",
        )
        return
    part.ok(entry.number)


def _owner(entry: _Entry, part: _Part, subject: str, note: str) -> None:
    value = entry.fields.get("penanggung_jawab")
    text = _text(value)
    if not text:
        if _is_blank(value):
            part.fail(
                entry.number,
                "penanggung_jawab.kosong",
                f"{subject}: penanggung jawab belum diisi{note}. Tuliskan unit atau jabatan "
                "pelaksananya, misalnya 'Tim Humas BPBD' atau 'Kepala Seksi Informasi Publik "
                "Diskominfo'.",
            )
        else:
            part.fail(
                entry.number,
                "penanggung_jawab.tipe_salah",
                f"{subject}: penanggung jawab harus berupa teks (str), bukan {type_name(value)}.",
            )
        return
    plain = normalize(text)
    words = set(_words(text))
    if plain in _SINGULAR_OWNERS or (words and words <= _SINGULAR_OWNERS):
        part.fail(
            entry.number,
            "penanggung_jawab.bukan_unit",
            f"{subject}: penanggung jawab {_quote(text)} bukan unit kerja. Rekomendasi "
            "ditujukan kepada instansi: sebutkan unit atau jabatan, misalnya 'Tim Humas BPBD'.",
        )
    elif not words & UNIT_WORDS:
        part.fail(
            entry.number,
            "penanggung_jawab.bukan_unit",
            f"{subject}: penanggung jawab {_quote(text)} belum menyebut unit atau jabatan "
            "(misalnya Bidang, Seksi, Tim Humas, Kepala Dinas, PPID, Admin media sosial). "
            "Nama orang saja tidak cukup karena tugas melekat pada jabatan.",
        )
    elif _VAGUE_OWNER.search(plain):
        part.fail(
            entry.number,
            "penanggung_jawab.tidak_spesifik",
            f"{subject}: penanggung jawab {_quote(text)} belum spesifik. Sebutkan satu unit "
            "yang jelas, misalnya 'Bidang Informasi dan Komunikasi Publik Diskominfo'.",
        )
    else:
        part.ok(entry.number)


def _deadline(
    entry: _Entry, part: _Part, subject: str, note: str, today: _dt.date, horizon: int
) -> None:
    value = entry.fields.get("tenggat")
    example = _short_date(today + _dt.timedelta(days=30))
    iso_example = (today + _dt.timedelta(days=30)).isoformat()
    if _is_blank(value):
        part.fail(
            entry.number,
            "tenggat.kosong",
            f"{subject}: tenggat belum diisi{note}. Tuliskan tanggal, misalnya '{iso_example}' "
            f"atau '{example}'.",
        )
        return
    day = parse_date(value)
    if day is None:
        shown = _quote(value) if isinstance(value, str) else f"bernilai {type_name(value)}"
        part.fail(
            entry.number,
            "tenggat.format",
            f"{subject}: tenggat {shown} tidak dapat dibaca sebagai tanggal. Tuliskan tanggal "
            f"lengkap, misalnya '{iso_example}', '{example}', atau "
            f"'{(today + _dt.timedelta(days=30)).strftime('%d/%m/%Y')}'.",
        )
        return
    last = today + _dt.timedelta(days=horizon)
    if day <= today:
        part.fail(
            entry.number,
            "tenggat.lewat",
            f"{subject}: tenggat {_short_date(day)} tidak setelah tanggal acuan "
            f"{_short_date(today)}. Pilih tanggal yang akan datang.",
        )
    elif day > last:
        part.fail(
            entry.number,
            "tenggat.terlalu_jauh",
            f"{subject}: tenggat {_short_date(day)} lebih dari {horizon} hari setelah tanggal "
            f"acuan {_short_date(today)}. Hasil pemantauan perlu segera ditindaklanjuti: pilih "
            f"tanggal paling lambat {_short_date(last)}.",
        )
    else:
        part.ok(entry.number)


_BASIS_TEXT = re.compile(r"^\s*(?:temuan\s*(?:(?:ke|nomor|no\.?)\s*-?\s*)?)?#?(\d+)\s*\.?\s*$")


def _basis_numbers(value: object) -> list[int] | None:
    values = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
    result = []
    for one in values:
        if isinstance(one, bool):
            return None
        if isinstance(one, numbers.Integral):
            result.append(int(one))
        elif isinstance(one, numbers.Real) and float(one).is_integer():
            result.append(int(one))
        elif isinstance(one, str) and (match := _BASIS_TEXT.match(one.casefold())):
            result.append(int(match[1]))
        else:
            return None
    return result or None


def _basis(
    entry: _Entry, part: _Part, subject: str, note: str, findings: dict[int, _Entry]
) -> list[int]:
    value = entry.fields.get("dasar")
    span = (
        join_id([str(n) for n in sorted(findings)], limit=8)
        if findings
        else "belum ada temuan yang terisi"
    )
    if _is_blank(value):
        part.fail(
            entry.number,
            "dasar.kosong",
            f"{subject}: 'dasar' belum diisi{note}. Tuliskan nomor temuan yang menjadi dasar "
            f"rekomendasi ini ({span}).",
        )
        return []
    chosen = _basis_numbers(value)
    if chosen is None:
        part.fail(
            entry.number,
            "dasar.tidak_valid",
            f"{subject}: 'dasar' harus berupa nomor temuan (int), misalnya 1, bukan "
            f"{type_name(value) if not isinstance(value, str) else _quote(value)}.",
        )
        return []
    missing = [n for n in chosen if n not in findings]
    if missing:
        part.fail(
            entry.number,
            "dasar.tidak_valid",
            f"{subject}: 'dasar' menunjuk temuan {join_id([str(n) for n in missing])} yang "
            f"tidak ada atau kosong; nomor temuan yang terisi: {span}.",
        )
        return []
    part.ok(entry.number)
    return chosen


# --------------------------------------------------------------------------- whole-answer rules
def _slot_items(
    parts: list[tuple[_Part, float, str, str]], kind: str, count: int, minimum: int
) -> list[Item]:
    slots = max(count, minimum)
    items = []
    for part, weight, code, text in parts:
        items += part.items(weight / slots, kind, code, text)
    return items


def _count_item(
    kind: str,
    code: str,
    count: int,
    minimum: int,
    weight: float,
    problem: str | None,
    example: str,
) -> Item:
    if count >= minimum:
        return Item(
            f"{code}.cukup", True, f"Jumlah {kind} sudah memadai ({count}, minimal {minimum}).", 0
        )
    deficit = weight * (minimum - count) / minimum
    if problem is not None:
        return Item(f"{code}.{problem.split(':', 1)[0]}", False, problem.split(":", 1)[1], deficit)
    return Item(
        f"{code}.kurang",
        False,
        f"Baru ada {count} {kind} yang terisi; tuliskan paling sedikit {minimum}. {example}",
        deficit,
    )


def _coverage_items(findings: list[_Entry], used: set[int], weight: float) -> list[Item]:
    numbers_ = [entry.number for entry in findings]
    if not numbers_:
        return [
            Item(
                "cakupan.temuan_tak_digunakan",
                False,
                "Belum ada temuan yang menjadi dasar rekomendasi. Setiap rekomendasi perlu "
                "bertumpu pada temuan dari data.",
                weight,
            )
        ]
    share = weight / len(numbers_)
    unused = [n for n in numbers_ if n not in used]
    items = []
    if len(unused) < len(numbers_):
        done = [n for n in numbers_ if n in used]
        items.append(
            Item(
                "cakupan.lengkap",
                True,
                f"{_listed('Temuan', done)} sudah ditindaklanjuti oleh rekomendasi.",
                share * len(done),
            )
        )
    items += [
        Item(
            "cakupan.temuan_tak_digunakan",
            False,
            f"Temuan ke-{n} belum dipakai sebagai 'dasar' rekomendasi mana pun. Tambahkan "
            "rekomendasi yang menindaklanjutinya, atau hapus temuan itu bila tidak penting.",
            share,
        )
        for n in unused
    ]
    return items


def _duplicate_item(findings: list[_Entry], recs: list[_Entry], weight: float) -> Item:
    found = [
        f"temuan ke-{e.number} sama dengan temuan ke-{e.duplicate_of}"
        for e in findings
        if e.duplicate_of
    ] + [
        f"rekomendasi ke-{e.number} sama dengan rekomendasi ke-{e.duplicate_of}"
        for e in recs
        if e.duplicate_of
    ]
    if not found:
        return Item(
            "duplikat.tidak_ada", True, "Tidak ada temuan atau tindakan yang berulang.", weight
        )
    text = join_id(found, limit=4)
    return Item(
        "duplikat.ditemukan",
        False,
        f"Ada isi yang berulang: {text}. Entri yang berulang tidak dihitung; gabungkan atau "
        "ganti dengan temuan atau tindakan lain.",
        weight,
    )


def _texts(findings: list[_Entry], recs: list[_Entry]) -> list[tuple[str, str]]:
    """(where, text) of every text field, for the personal-data and length rules."""
    where = {
        "temuan": "isi temuan",
        "bukti": "bukti temuan",
        "tindakan": "tindakan rekomendasi",
        "penanggung_jawab": "penanggung jawab rekomendasi",
        "tenggat": "tenggat rekomendasi",
    }
    out = []
    for entries in (findings, recs):
        for entry in entries:
            for name, value in entry.fields.items():
                text = _text(value)
                if text and name in where:
                    out.append((f"{where[name]} ke-{entry.number}", text))
    return out


def _personal_kinds(text: str) -> str:
    """The kinds of personal data in ``text`` as Indonesian words ("" when none); an
    agency's own contact (a labelled service number, a .go.id address) is not personal."""
    return join_id(sorted({_KIND_NAMES[kind] for kind, _ in _private_data(text)}))


def _personal_item(texts: list[tuple[str, str]], weight: float) -> Item:
    places = []
    seen: dict[str, str] = {}  # a text written several times is scanned once
    for where, text in texts:
        scanned = text[:SCAN_LIMIT]
        if scanned not in seen:
            seen[scanned] = _personal_kinds(scanned)
        if seen[scanned]:
            places.append(f"{seen[scanned]} pada {where}")
    if not places:
        return Item("data_pribadi.tidak_ada", True, "Tidak ada data pribadi dalam jawaban.", weight)
    return Item(
        "data_pribadi.ditemukan",
        False,
        f"Jawaban memuat data pribadi: {join_id(places, limit=4)}. Hapus atau samarkan "
        "(humas.text.redact); rekomendasi cukup menyebut pola, bukan identitas warga "
        "(UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi). Jawaban dengan data "
        f"pribadi mendapat nilai paling tinggi {round(PERSONAL_DATA_CAP * 100)}%.",
        weight,
    )


def _length_item(texts: list[tuple[str, str]], counts: dict[str, int], weight: float) -> Item:
    problems = [
        f"{where} ({len(text):,} karakter)".replace(",", ".")
        for where, text in texts
        if len(text) > MAX_FIELD_CHARS
    ]
    problems += [
        f"{n} {kind} (paling banyak {MAX_ENTRIES})" for kind, n in counts.items() if n > MAX_ENTRIES
    ]
    if not problems:
        return Item("ringkas.sesuai", True, "Panjang temuan dan rekomendasi wajar.", weight)
    extra = ""
    if any(n > MAX_READ for n in counts.values()):
        extra = f" Hanya {MAX_READ} entri pertama setiap bagian yang diperiksa."
    return Item(
        "ringkas.terlalu_panjang",
        False,
        f"Rekomendasi perlu ringkas: {join_id(problems, limit=4)}. Batasi setiap isian "
        f"sampai {MAX_FIELD_CHARS} karakter dan pilih temuan serta tindakan yang paling "
        f"penting.{extra}",
        weight,
    )


# --------------------------------------------------------------------------- arguments
def _reference(reference_date: object) -> _dt.date:
    if reference_date is None:
        return _dt.date.today()
    day = parse_date(reference_date)
    if day is None:
        raise ValueError(f"reference_date is not a readable date: {reference_date!r}")
    return day


def _positive_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or int(value) < 1:
        raise ValueError(f"{name} must be a positive int, not {value!r}")
    return int(value)


def _weights(points: object) -> dict[str, float]:
    if points is None:
        return dict(WEIGHTS)
    if not isinstance(points, Mapping):
        raise TypeError(f"points must be a mapping part -> weight, not {type_name(points)}")
    unknown = sorted(str(k) for k in points if k not in WEIGHTS)
    if unknown:
        raise ValueError(f"points: unknown parts {unknown}; known: {sorted(WEIGHTS)}")
    weights = dict(WEIGHTS)
    for name, value in points.items():
        number = float(value)  # type: ignore[arg-type]
        if not math.isfinite(number) or number < 0:
            raise ValueError(f"points[{name!r}] must be a finite, non-negative number")
        weights[str(name)] = number
    return weights


def _split_answer(answer: object) -> tuple[dict[str, object], list[Item], list[str]]:
    """The two parts of the answer, items for a missing or mistyped answer, unknown keys."""
    if _is_dataframe(answer):
        columns = {_key(c) for c in answer.columns}  # type: ignore[attr-defined]
        parts: dict[str, object] = {}
        if columns & set(FINDING_KEYS["temuan"]) and "bukti" in columns:
            parts["temuan"] = answer
        if columns & {"tindakan", "aksi", "action"}:
            parts["rekomendasi"] = answer
        if parts:
            return parts, [], []
    if not isinstance(answer, Mapping):
        if _is_blank(answer) or (isinstance(answer, (list, tuple, dict)) and not answer):
            return {}, [_blank_item()], []
        return (
            {},
            [
                Item(
                    "jawaban.tipe_salah",
                    False,
                    "Jawaban harus berupa kamus (dict) dengan dua kunci, 'temuan' dan "
                    f"'rekomendasi', bukan {type_name(answer)}. Contoh: rekomendasi_5f = "
                    "{'temuan': [{'temuan': '...', 'bukti': '...'}], 'rekomendasi': "
                    "[{'tindakan': '...', 'penanggung_jawab': '...', 'tenggat': '...', "
                    "'dasar': 1}]}.",
                )
            ],
            [],
        )
    lookup = {alias: part for part, aliases in _PART_KEYS.items() for alias in aliases}
    parts = {}
    unknown = []
    for raw_key, value in answer.items():
        part = lookup.get(_key(raw_key))
        if part is None:
            unknown.append(str(raw_key)[:30])
        elif part not in parts or _is_blank(parts[part]):
            parts[part] = value
    return parts, [], unknown


def _blank_item() -> Item:
    return Item(
        "jawaban.kosong",
        False,
        "Jawaban belum diisi. Isi kamus rekomendasi dengan paling sedikit dua temuan (masing-"
        "masing dengan bukti dari data) dan dua rekomendasi (tindakan, penanggung jawab, "
        "tenggat, dan nomor temuan yang menjadi dasarnya).",
    )


# --------------------------------------------------------------------------- entry point
def check_recommendation(
    answer: object,
    *,
    facts: Mapping[str, object] | None = None,
    reference_date: object = None,
    min_findings: int = 2,
    min_recommendations: int = 2,
    horizon_days: int = 180,
    points: Mapping[str, float] | None = None,
) -> Result:
    """Check a recommendation built on social-listening findings; see the module docstring.

    ``answer`` is the trainee's dict (``{"temuan": [...], "rekomendasi": [...]}``); it
    never raises on it. ``facts`` are the hidden test's numbers, dates and strings from
    the data (none: evidence needs a number or a date). ``reference_date`` (a date or ISO
    text; default today) and ``horizon_days`` bound the deadlines. ``points`` overrides
    the weight of some parts (keys of :data:`WEIGHTS`); like the other checks, the
    result's score is in [0, 1] and the grade cell turns it into points with
    ``hasil.grade(N)``.

    >>> check_recommendation(None).failed[0].code
    'jawaban.kosong'
    >>> check_recommendation({"temuan": [], "rekomendasi": []}).score
    0.0
    >>> check_recommendation(["banjir"]).failed[0].code
    'jawaban.tipe_salah'
    """
    data = _read_facts(facts)
    today = _reference(reference_date)
    min_f = _positive_int(min_findings, "min_findings")
    min_r = _positive_int(min_recommendations, "min_recommendations")
    horizon = _positive_int(horizon_days, "horizon_days")
    w = _weights(points)

    parts, problems, unknown_keys = _split_answer(answer)
    if problems:
        return Result(problems, score=0.0, title=_TITLE, verdict=_VERDICT)

    items: list[Item] = []
    read: dict[str, list[_Entry]] = {}
    counts: dict[str, int] = {}
    part_problem: dict[str, str | None] = {}
    for part, keys in (("temuan", FINDING_KEYS), ("rekomendasi", RECOMMENDATION_KEYS)):
        label = "temuan" if part == "temuan" else "rekomendasi"
        if part not in parts:
            read[part], counts[part] = [], 0
            note = ""
            if unknown_keys:
                note = f" (kunci yang ada: {join_id([repr(k) for k in unknown_keys], limit=4)})"
            part_problem[part] = (
                f"tidak_ada:Kunci '{label}' tidak ditemukan dalam jawaban{note}. Tambahkan "
                f"'{label}' berisi daftar (list) {label}."
            )
            continue
        rows, reason = _rows(parts[part])
        if rows is None:
            read[part], counts[part] = [], 0
            part_problem[part] = (
                f"tipe_salah:Bagian '{label}' harus berupa daftar (list) berisi kamus (dict), "
                f"bukan {reason}."
            )
            continue
        counts[part] = len(rows)
        read[part] = _entries(rows, keys)
        part_problem[part] = None
    findings, recs = read["temuan"], read["rekomendasi"]

    if not findings and not recs:
        blank = [_blank_item()]
        blank += [
            Item(f"{part}.{problem.split(':', 1)[0]}", False, problem.split(":", 1)[1])
            for part, problem in part_problem.items()
            if problem
        ]
        return Result(blank, score=0.0, title=_TITLE, verdict=_VERDICT)

    _mark_duplicates(findings, "temuan")
    _mark_duplicates(recs, "tindakan")
    unique_findings = [e for e in findings if e.duplicate_of is None]
    unique_recs = [e for e in recs if e.duplicate_of is None]

    # findings
    dict_findings = [e for e in unique_findings if e.wrong_type is None]
    statement, evidence = _finding_parts(dict_findings, data)
    finding_weight = w["temuan"] + w["bukti"]
    slot_f = max(len(unique_findings), min_f)
    items.append(
        _count_item(
            "temuan",
            "temuan",
            len(unique_findings),
            min_f,
            finding_weight,
            part_problem["temuan"],
            "Setiap temuan berupa kamus {'temuan': '...', 'bukti': '...'}.",
        )
    )
    items += [
        Item(
            "temuan.bukan_kamus",
            False,
            f"Temuan ke-{e.number} harus berupa kamus (dict) dengan kunci 'temuan' dan "
            f"'bukti', bukan {e.wrong_type}.",
            finding_weight / slot_f,
        )
        for e in unique_findings
        if e.wrong_type
    ]
    items += _slot_items(
        [
            (statement, w["temuan"], "temuan.terisi", "isi temuan sudah ditulis."),
            (
                evidence,
                w["bukti"],
                "bukti.berdasar_data",
                "bukti mengutip hasil analisis data."
                if data
                else "bukti memuat angka atau tanggal dari data.",
            ),
        ],
        "Temuan",
        len(unique_findings),
        min_f,
    )

    # recommendations
    valid_findings = {e.number: e for e in findings}
    rec_names = ("tindakan", "penanggung_jawab", "tenggat", "dasar")
    rec_weight = sum(w[n] for n in rec_names)
    slot_r = max(len(unique_recs), min_r)
    action, owner, deadline, basis = (_Part(n) for n in rec_names)
    used: set[int] = set()
    for entry in unique_recs:
        if entry.wrong_type:
            continue
        subject = _subject("Rekomendasi", entry.number)
        note = _unknown_note(entry)
        _action(entry, action, subject, note)
        _owner(entry, owner, subject, note)
        _deadline(entry, deadline, subject, note, today, horizon)
        for number in _basis(entry, basis, subject, note, valid_findings):
            original = valid_findings[number].duplicate_of or number
            used.add(original)
    items.append(
        _count_item(
            "rekomendasi",
            "rekomendasi",
            len(unique_recs),
            min_r,
            rec_weight,
            part_problem["rekomendasi"],
            "Setiap rekomendasi berupa kamus dengan kunci 'tindakan', 'penanggung_jawab', "
            "'tenggat', dan 'dasar'.",
        )
    )
    items += [
        Item(
            "rekomendasi.bukan_kamus",
            False,
            f"Rekomendasi ke-{e.number} harus berupa kamus (dict) dengan kunci 'tindakan', "
            f"'penanggung_jawab', 'tenggat', dan 'dasar', bukan {e.wrong_type}.",
            rec_weight / slot_r,
        )
        for e in unique_recs
        if e.wrong_type
    ]
    items += _slot_items(
        [
            (action, w["tindakan"], "tindakan.konkret", "tindakan sudah konkret."),
            (owner, w["penanggung_jawab"], "penanggung_jawab.unit", "penanggung jawab jelas."),
            (deadline, w["tenggat"], "tenggat.valid", "tenggat sudah tepat."),
            (basis, w["dasar"], "dasar.valid", "dasar menunjuk temuan yang ada."),
        ],
        "Rekomendasi",
        len(unique_recs),
        min_r,
    )

    # whole answer
    items += _coverage_items(unique_findings, used, w["cakupan"])
    items.append(_duplicate_item(findings, recs, w["duplikat"]))
    texts = _texts(findings, recs)
    personal = _personal_item(texts, w["data_pribadi"])
    items.append(personal)
    items.append(_length_item(texts, counts, w["ringkas"]))
    if unknown_keys and any(part_problem.values()):
        shown = join_id([f"'{k}'" for k in unknown_keys], limit=4)
        items.append(
            Item(
                "kunci.tidak_dikenal",
                False,
                f"Kunci {shown} tidak dikenal; kunci jawaban adalah 'temuan' dan 'rekomendasi'.",
                0.0,
            )
        )
    score = Result(items).score
    if not personal.passed:
        score = min(score, PERSONAL_DATA_CAP)
    return Result(items, score=score, title=_TITLE, verdict=_VERDICT)
