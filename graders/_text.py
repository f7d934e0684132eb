"""Text helpers shared by the checks: normalisation and Indonesian wording.

Everything here is private to :mod:`graders`. The functions are pure and never
raise on odd input: they are called with whatever a trainee typed.

>>> normalize("  Serta_Merta ")
'serta merta'
>>> normalize("S\u00e9rta\u2013m\u00e9rta.")
'serta merta'
>>> type_name(3)
'int'
>>> with_subject("Butir 3", "jawaban belum tepat.")
'Butir 3: jawaban belum tepat.'
>>> with_subject(None, "jawaban belum tepat.")
'Jawaban belum tepat.'
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping

__all__ = [
    "TYPE_DATE",
    "TYPE_MAPPING",
    "TYPE_MULTI",
    "TYPE_NUMBER",
    "TYPE_TEXT",
    "display_value",
    "is_missing",
    "join_id",
    "join_options",
    "normalize",
    "normalize_aliases",
    "type_name",
    "with_subject",
]

# Descriptions of expected types, used in "harus berupa ..., bukan ..." messages.
TYPE_TEXT = "teks (str)"
TYPE_NUMBER = "angka (int atau float)"
TYPE_MAPPING = "kamus (dict)"
TYPE_MULTI = "daftar (list, set, atau tuple) atau teks (str)"
TYPE_DATE = "tanggal (date) atau teks tanggal berformat TTTT-BB-HH atau HH-BB-TTTT"

# Hyphen-like characters (ASCII hyphen, underscore, Unicode hyphens and dashes),
# written as escapes so that no look-alike character hides in the source.
_SEPARATORS = re.compile(r"[\s\-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212]+")
# Punctuation a trainee may leave around a short answer ("Positif.", "'netral'").
_EDGE_PUNCTUATION = " .,;:!?\"'`\u2018\u2019\u201c\u201d"
_MAX_SHOWN = 40


def normalize(text: str) -> str:
    """Return a comparison form of a short answer.

    Unicode compatibility forms are unified, diacritics and invisible format
    characters are removed, the text is case-folded, runs of whitespace, hyphens
    and underscores become one space, and punctuation at either end is dropped.

    >>> normalize("  POSITIF  ")
    'positif'
    >>> normalize("informasi   berkala")
    'informasi berkala'
    >>> normalize("informasi-berkala") == normalize("Informasi_Berkala")
    True
    >>> normalize("'netral'.")
    'netral'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
    )
    folded = _SEPARATORS.sub(" ", kept.casefold())
    return folded.strip(_EDGE_PUNCTUATION)


def normalize_aliases(aliases: Mapping[str, str] | None) -> dict[str, str]:
    """Normalise both sides of an alias table (synonym -> canonical answer).

    >>> normalize_aliases({"Serta Merta": "serta-merta", "pos": "Positif"})
    {'serta merta': 'serta merta', 'pos': 'positif'}
    """
    if not aliases:
        return {}
    return {normalize(str(k)): normalize(str(v)) for k, v in aliases.items()}


def is_missing(value: object) -> bool:
    """Whether ``value`` means "not answered yet".

    True for ``None``, ``...`` (a common placeholder), float NaN, ``pandas.NA``
    and ``pandas.NaT`` / ``numpy.datetime64('NaT')``.

    >>> is_missing(None), is_missing(...), is_missing(float("nan")), is_missing(0)
    (True, True, True, False)
    """
    if value is None or value is Ellipsis:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    name = type(value).__name__
    if name in ("NAType", "NaTType"):
        return True
    if name == "datetime64":
        return str(value) == "NaT"
    return False


def type_name(value: object) -> str:
    """A short, readable name of ``value``'s type for messages.

    Builtins keep their plain name; library types get their top-level package.

    >>> type_name("a"), type_name([1]), type_name(None)
    ('str', 'list', 'NoneType')
    """
    cls = type(value)
    module = cls.__module__ or ""
    if module == "builtins":
        return cls.__name__
    return f"{module.split('.')[0]}.{cls.__name__}"


def display_value(value: object) -> str:
    """Show what the trainee typed, shortened so that messages stay short.

    Text is quoted; other values are shown as written.

    >>> display_value("abc"), display_value(3)
    ("'abc'", '3')
    >>> display_value("x" * 100)[-4:]
    "...'"
    """
    try:
        text = value if isinstance(value, str) else str(value)
    except Exception:
        text = type_name(value)
    text = " ".join(text.split())
    if len(text) > _MAX_SHOWN:
        text = text[: _MAX_SHOWN - 3] + "..."
    return f"'{text}'" if isinstance(value, str) else text


def join_options(options: Iterable[str]) -> str:
    """Join option labels for a message: ``a, b, c``.

    >>> join_options(["positif", "negatif", "netral"])
    'positif, negatif, netral'
    """
    return ", ".join(options)


def join_id(parts: Iterable[str], *, limit: int | None = None) -> str:
    """Join words as an Indonesian list: ``a``, ``a dan b``, ``a, b, dan c``.

    With ``limit``, a longer list shows its first ``limit - 1`` parts and "N lainnya".

    >>> join_id(["X", "Instagram", "Facebook"])
    'X, Instagram, dan Facebook'
    >>> join_id(["ke-1", "ke-2", "ke-3", "ke-4"], limit=3)
    'ke-1, ke-2, dan 2 lainnya'
    """
    parts = list(parts)
    if limit is not None and len(parts) > limit:
        rest = len(parts) - (limit - 1)
        parts = [*parts[: limit - 1], f"{rest} lainnya"]
    if len(parts) <= 1:
        return "".join(parts)
    if len(parts) == 2:
        return f"{parts[0]} dan {parts[1]}"
    return ", ".join(parts[:-1]) + f", dan {parts[-1]}"


def with_subject(subject: str | None, text: str) -> str:
    """Prefix a message with its subject ("Butir 3: ...") or capitalise it.

    ``text`` is written starting with a lower-case letter.
    """
    if subject:
        return f"{subject}: {text}"
    return text[:1].upper() + text[1:]
