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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["KINDS", "LABELS", "PersonalData", "find_personal_data", "redact"]

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


def _phone_end(groups: list[_Group], i: int) -> int | None:
    """Index of the last group of the longest phone number starting at group ``i``."""
    last = i
    # The separator after the first group (country or area code) may differ from the rest.
    while last + 1 < len(groups):
        nxt = groups[last + 1]
        if nxt.plus or nxt.bracket or (last + 1 >= i + 2 and nxt.sep != groups[i + 2].sep):
            break
        last += 1
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
