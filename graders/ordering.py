"""Check the order of a sequence (for example the implementation steps of a plan).

>>> check_order(["a", "b", "c"], ["a", "b", "c"]).score
1.0
>>> check_order(["a", "c", "b"], ["a", "b", "c"]).score  # 2 of 3 pairs in order
0.67
>>> check_order(["c", "b", "a"], ["a", "b", "c"]).score
0.0
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from graders._text import display_value, normalize, type_name, with_subject
from graders.result import Item, Result

__all__ = ["check_order"]


def check_order(
    answer: object, expected: Sequence, *, code: str = "urutan", name: str | None = None
) -> Result:
    """Partial credit for putting ``expected``'s items in order: the share of pairs in order.

    Every pair of steps that the trainee put in the same relative order as the key
    counts (a Kendall-type agreement), so one step moved by one place costs little
    and a reversed list scores 0. Items are compared after normalisation (case,
    spaces, hyphens). Missing, extra or repeated items are reported by name, and
    pairs involving a missing item count as wrong. The message says how many pairs
    are in order, never which order is right.
    """
    if isinstance(answer, str) or not isinstance(answer, Sequence):
        given = "kosong" if answer is None else type_name(answer)
        return Result(
            [
                Item(
                    "tipe.salah",
                    False,
                    with_subject(
                        name, f"jawaban harus berupa daftar (list) langkah, bukan {given}."
                    ),
                )
            ]
        )
    key = [normalize(str(x)) for x in expected]
    if len(set(key)) != len(key) or len(key) < 2:
        raise ValueError("check_order: the expected order needs two or more distinct items")
    given = [normalize(str(x)) for x in answer]
    items: list[Item] = []
    missing = [expected[i] for i, k in enumerate(key) if k not in given]
    extra = [a for a, g in zip(answer, given, strict=True) if g not in key]
    repeated = sorted(
        {a for a, g in zip(answer, given, strict=True) if given.count(g) > 1}, key=str
    )
    for m in missing:
        items.append(
            Item(
                f"{code}.kurang",
                False,
                with_subject(name, f"langkah {display_value(m)} belum ada."),
            )
        )
    for e in extra:
        items.append(
            Item(
                f"{code}.tidak_dikenal",
                False,
                with_subject(name, f"{display_value(e)} tidak termasuk daftar langkah."),
            )
        )
    for r in repeated:
        items.append(
            Item(
                f"{code}.ganda",
                False,
                with_subject(name, f"{display_value(r)} ditulis lebih dari sekali."),
            )
        )
    position = {}
    for index, g in enumerate(given):
        position.setdefault(g, index)
    pairs = list(combinations(key, 2))
    in_order = sum(
        1 for a, b in pairs if a in position and b in position and position[a] < position[b]
    )
    score = round(in_order / len(pairs), 2)
    items.insert(
        0,
        Item(
            f"{code}.pasangan",
            in_order == len(pairs),
            with_subject(
                name,
                f"{in_order} dari {len(pairs)} pasangan langkah sudah berurutan dengan benar.",
            ),
        ),
    )
    return Result(items, score=score)
