"""Check that personal data was masked in a draft and nothing else changed.

>>> draft = {1: "Hubungi 0812-0000-1111 ya."}
>>> check_redaction({1: "Hubungi [DISAMARKAN] ya."}, draft).score
1.0
>>> check_redaction({1: "Hubungi 0812-0000-1111 ya."}, draft).score
0.0
>>> check_redaction({1: "[DISAMARKAN]"}, draft).score
0.0
"""

from __future__ import annotations

from collections.abc import Mapping
from difflib import SequenceMatcher

from graders._text import TYPE_TEXT, type_name, with_subject
from graders.primitives import _lookup, _Problem, _read_mapping
from graders.result import Item, Result
from humas.text import find_personal_data

__all__ = ["check_redaction"]


def _kept_parts(original: str) -> list[str]:
    """The pieces of ``original`` outside its personal data, in order."""
    parts, last = [], 0
    for hit in find_personal_data(original):
        parts.append(original[last : hit.start])
        last = hit.end
    parts.append(original[last:])
    return [p for p in parts if p.strip()]


def _in_order(parts: list[str], text: str) -> bool:
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def _check_one(subject: str, text: object, original: str, code: str) -> list[Item]:
    if not isinstance(text, str) or not text.strip():
        given = "kosong" if isinstance(text, str) or text is None else type_name(text)
        return [
            Item(
                f"{code}.tipe",
                False,
                with_subject(
                    subject,
                    f"jawaban harus berupa {TYPE_TEXT} draf yang sudah disamarkan ({given}).",
                ),
                weight=2,
            )
        ]
    parts = _kept_parts(original)
    base = "".join(parts)
    # Share of the draft's other text still in the answer (difflib tolerates a changed
    # word or a deleted sentence, which a substring test would count as all lost).
    blocks = SequenceMatcher(None, base, text, autojunk=False).get_matching_blocks()
    kept = sum(b.size for b in blocks) / len(base) if base else 1.0
    remaining = len(find_personal_data(text))
    found_originally = len(find_personal_data(original))
    items = []
    if remaining == 0 and kept >= 0.5:
        items.append(
            Item(f"{code}.bersih", True, with_subject(subject, "tidak ada lagi data pribadi."))
        )
    elif remaining:
        items.append(
            Item(
                f"{code}.tersisa",
                False,
                with_subject(subject, "masih ada data pribadi yang belum disamarkan."),
            )
        )
    else:
        items.append(
            Item(f"{code}.hilang", False, with_subject(subject, "sebagian besar teks draf hilang."))
        )
    if remaining >= found_originally:
        items.append(
            Item(
                f"{code}.belum",
                False,
                with_subject(subject, "belum ada data pribadi yang disamarkan."),
            )
        )
    elif _in_order(parts, text):
        items.append(
            Item(f"{code}.utuh", True, with_subject(subject, "bagian teks lainnya tetap utuh."))
        )
    else:
        items.append(
            Item(
                f"{code}.berubah",
                False,
                with_subject(
                    subject, "ada bagian teks di luar data pribadi yang berubah atau terhapus."
                ),
            )
        )
    return items


def check_redaction(
    answers: object, originals: Mapping, *, item_name: str = "Draf", code: str = "redaksi"
) -> Result:
    """Grade masked drafts against the drafts they came from: two items per draft.

    For each key of ``originals`` (the drafts as given to the trainee), the
    trainee's text in ``answers`` earns one item when no personal data
    (:func:`humas.text.find_personal_data`) is left and most of the draft is still
    there, and one when every piece of the draft outside its personal data is kept
    unchanged and in order. Any mask text is accepted (``[DISAMARKAN]``, ``***``).
    The expected text is computed from the original, so no answer key is needed,
    and the messages name the draft, never the data.
    """
    try:
        given = _read_mapping(answers, code=code)
    except _Problem as problem:
        item = problem.item
        return Result([Item(item.code, False, item.message, weight=2 * max(1, len(originals)))])
    items: list[Item] = []
    for key, original in originals.items():
        _, text = _lookup(given, key)
        items += _check_one(f"{item_name} {key}", text, original, code)
    return Result(items)
