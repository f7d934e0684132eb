"""Post drafts (module 3): how long a post is on each platform, and drafts saved as JSON.

Character limits of the platforms' captions, per their documentation as of November 2026
(the lesson asks trainees to check them again): X 280, Instagram 2,200, Facebook 63,206,
TikTok 4,000, YouTube (description) 5,000. WhatsApp channel updates have no published
limit that fits a post; the course uses 1,000 characters as its house rule, because a
broadcast longer than a phone screen or two is not read.

How length is counted (:func:`post_length`): as a reader sees characters. Accents written
as combining marks, emoji skin-tone modifiers, variation selectors and the joiners inside
emoji sequences add nothing; so ``"é"`` is 1 in either Unicode form and a family emoji
``👨‍👩‍👧`` is 3 (one per person shown, an approximation). On X every web address counts
as 23 characters, whatever its length, because X shortens links (t.co). A simple,
documented approximation of X's own weighting (which counts some emoji as 2), used the same
way by the editor and the checker.

Replies (module 4): a dict ``comment id -> reply text``, saved the same way
(:func:`save_replies` / :func:`load_replies`).

Drafts: a dict ``platform code -> {"text": ..., "alt_text": ...}`` (alternative text is
only needed for image posts). :func:`normalize_drafts` accepts what trainees type (a plain
string per platform, Indonesian key names, platform names like "Twitter") and never
raises; :func:`save_drafts` / :func:`load_drafts` write and read UTF-8 JSON.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from humas._jsonfile import read_json, write_json
from humas.plans import PLATFORM_NAMES, platform_code

__all__ = [
    "CHARACTER_LIMITS",
    "URL_LENGTH_ON_X",
    "URL_PATTERN",
    "DraftFileError",
    "load_drafts",
    "load_replies",
    "normalize_drafts",
    "normalize_replies",
    "platform_label",
    "post_length",
    "save_drafts",
    "save_replies",
]

CHARACTER_LIMITS = {
    "x": 280,
    "instagram": 2200,
    "facebook": 63206,
    "tiktok": 4000,
    "youtube": 5000,
    "whatsapp": 1000,
}
"""Caption length limit per platform code (see the module docstring)."""

URL_LENGTH_ON_X = 23
"""Every link counts as this many characters on X (t.co shortening)."""

# A web address as people write it: with a scheme, or starting with www., up to the
# next space. Trailing punctuation that ends a sentence is not part of the address.
URL_PATTERN = re.compile(r"(?:https?://|www\.)[^\s<>\"']+?(?=[.,;:!?)\]]*(?:\s|$))", re.I)

_INVISIBLE = {"\u200d", "\u200c", "\ufe0e", "\ufe0f", "\u20e3"}


def _visible_length(text: str) -> int:
    count = 0
    for ch in unicodedata.normalize("NFC", text):
        if ch in _INVISIBLE or unicodedata.combining(ch):
            continue
        if "\U0001f3fb" <= ch <= "\U0001f3ff":  # skin-tone modifiers
            continue
        if "\U000e0020" <= ch <= "\U000e007f":  # tag characters (flag sequences)
            continue
        count += 1
    return count


def post_length(text: object, platform: object = None) -> int:
    """The length of ``text`` as ``platform`` counts it (0 for anything but a string).

    >>> post_length("Halo, Sahabat Bahari!")
    21
    >>> post_length("Info: https://dinkes.nusabahari.go.id/dbd/pencegahan-3m-plus", "x")
    29
    >>> post_length("Cafe\u0301 👍🏽", "instagram")  # an accent mark and a skin tone add nothing
    6
    """
    if not isinstance(text, str):
        return 0
    if isinstance(platform, str) and platform_code(platform) == "x":
        total = 0
        last = 0
        for match in URL_PATTERN.finditer(text):
            total += _visible_length(text[last : match.start()]) + URL_LENGTH_ON_X
            last = match.end()
        return total + _visible_length(text[last:])
    return _visible_length(text)


# --------------------------------------------------------------------------- drafts
_TEXT_KEYS = {"text", "teks", "caption", "keterangan", "isi", "unggahan"}
_ALT_KEYS = {"alt_text", "alt", "alttext", "teks_alternatif", "teks alternatif", "alt teks"}


def _key(name: object) -> str:
    return " ".join(str(name).casefold().replace("-", " ").split()).replace(" ", "_")


def normalize_drafts(drafts: object) -> dict[str, dict[str, str]]:
    """Drafts in one shape: ``{platform code: {"text": str, "alt_text": str}}``.

    Lenient, never raises: a plain string is the post's text; keys may be platform
    names ("Twitter", "IG"); ``teks``/``caption`` and ``teks_alternatif``/``alt`` are
    understood; anything unreadable becomes an empty draft, so that the checker says
    what is missing.

    >>> drafts = normalize_drafts({"Twitter": "Halo", "IG": {"teks": "Hai", "alt": "Foto"}})
    >>> drafts["x"], drafts["instagram"]
    ({'text': 'Halo', 'alt_text': ''}, {'text': 'Hai', 'alt_text': 'Foto'})
    >>> normalize_drafts(None)
    {}
    """
    if not isinstance(drafts, Mapping):
        return {}
    out: dict[str, dict[str, str]] = {}
    for name, value in drafts.items():
        code = platform_code(name) if isinstance(name, str) else None
        if code is None:
            continue
        text, alt = "", ""
        if isinstance(value, str):
            text = value
        elif isinstance(value, Mapping):
            for key, item in value.items():
                k = _key(key)
                if k in _TEXT_KEYS and isinstance(item, str):
                    text = item
                elif k in {_key(a) for a in _ALT_KEYS} and isinstance(item, str):
                    alt = item
        out[code] = {"text": text, "alt_text": alt}
    return out


class DraftFileError(ValueError):
    """A drafts file that cannot be read as JSON (Indonesian message)."""


def save_drafts(drafts: object, path: str | Path) -> Path:
    """Write ``drafts`` (see :func:`normalize_drafts`) as UTF-8 JSON; return the path.

    >>> import tempfile, pathlib
    >>> p = save_drafts({"x": "Halo"}, pathlib.Path(tempfile.mkdtemp()) / "draf.json")
    >>> load_drafts(p)
    {'x': {'text': 'Halo', 'alt_text': ''}}
    """
    return write_json(normalize_drafts(drafts), path)


def load_drafts(path: str | Path) -> dict[str, dict[str, str]]:
    """Read drafts written by :func:`save_drafts` or the post editor.

    A missing file raises ``FileNotFoundError``, a file that is not JSON
    :class:`DraftFileError`, both with Indonesian messages.
    """
    data = read_json(
        path,
        noun="draf",
        missing_hint="tekan “Simpan draf” terlebih dahulu.",
        error=DraftFileError,
    )
    return normalize_drafts(data)


def platform_label(code: str) -> str:
    """The platform's display name ("X", "Instagram", ...)."""
    return PLATFORM_NAMES.get(code, code)


# --------------------------------------------------------------------------- replies
def normalize_replies(replies: object) -> dict[str, str]:
    """Replies in one shape: ``{comment id: reply text}`` (ids as text).

    Lenient, never raises: numeric ids become text, a non-text reply becomes ``""``.

    >>> normalize_replies({1: "Terima kasih, Kak.", "K2": None})
    {'1': 'Terima kasih, Kak.', 'K2': ''}
    """
    if not isinstance(replies, Mapping):
        return {}
    return {str(key): value if isinstance(value, str) else "" for key, value in replies.items()}


def save_replies(replies: object, path: str | Path) -> Path:
    """Write replies (see :func:`normalize_replies`) as UTF-8 JSON; return the path."""
    return write_json(normalize_replies(replies), path)


def load_replies(path: str | Path) -> dict[str, str]:
    """Read replies written by :func:`save_replies` or the reply composer.

    >>> import tempfile, pathlib
    >>> p = save_replies({"K1": "Halo"}, pathlib.Path(tempfile.mkdtemp()) / "balasan.json")
    >>> load_replies(p)
    {'K1': 'Halo'}
    """
    data = read_json(
        path,
        noun="balasan",
        missing_hint="tekan “Simpan balasan” terlebih dahulu.",
        error=DraftFileError,
    )
    return normalize_replies(data)
