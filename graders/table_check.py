"""Checking a table the trainee computed (a pandas DataFrame) against the grader's table.

Used where an exercise asks for one row per day or per agency with a few numeric columns
(module 5: daily volume and sentiment, response statistics per agency). Without a key the
check is a format check (the visible test); with a key (the hidden test) every column is
compared row by row, each column weighing the same, with an absolute tolerance per column.

Row labels are matched leniently, as trainees write them: the labels may be the index or a
column (``index_column``); dates may be Timestamps (with or without time zone), ``date``
objects, ISO text or ``dd/mm/yyyy``; text labels are compared without case or surrounding
spaces. A wrong row is named in the feedback; the expected value never is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from graders.primitives import parse_date
from graders.result import Item, Result

__all__ = ["check_table"]

_FORMAT = {"title": "Pemeriksaan format", "verdict": "sudah sesuai"}


def _row_name(value: object) -> str:
    """The label a row is matched by: an ISO date, or lower-case text."""
    if not isinstance(value, (int, float)):
        day = parse_date(value)
        if day is not None:
            return day.isoformat()
    return str(value).strip().lower()


def _some(names: list[str]) -> str:
    return ", ".join(names[:3]) + (" …" if len(names) > 3 else "")


def _float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float("nan")


def check_table(
    answer: object,
    rows: Iterable[object],
    columns: Iterable[str],
    *,
    key: Any = None,
    tolerance: Mapping[str, float] | None = None,
    index_column: str | None = None,
) -> Result:
    """Check ``answer``, a DataFrame with one row per label of ``rows`` and ``columns``.

    Without ``key``: the format (every row there, every column there and numeric). With
    ``key`` (a DataFrame indexed by the same labels, in any form :func:`parse_date` or plain
    text reads): each column is worth the same share, split over the rows; a value counts
    when it is within ``tolerance[column]`` (default 0) of the key's. A missing row counts
    as a wrong value. Never raises on the trainee's answer.

    >>> import pandas as pd
    >>> key = pd.DataFrame({"volume": [10, 12]}, index=pd.to_datetime(["2026-08-03", "2026-08-04"]))
    >>> given = pd.DataFrame({"tanggal": ["03/08/2026", "2026-08-04"], "volume": [10, 15]})
    >>> check_table(given, key.index, ["volume"], key=key, index_column="tanggal").score
    0.5
    """
    import pandas as pd

    format_only = key is None
    heading = _FORMAT if format_only else {}

    def failed(code: str, message: str) -> Result:
        return Result([Item(code, False, message)], score=0.0, **heading)

    if answer is None:
        return failed("tabel.kosong", "Jawaban belum diisi atau sel jawaban belum dijalankan.")
    if not isinstance(answer, pd.DataFrame):
        return failed(
            "tipe.salah",
            f"Jawaban harus berupa tabel (DataFrame pandas), bukan {type(answer).__name__}.",
        )
    wanted = [_row_name(r) for r in rows]
    columns = list(columns)
    if not format_only:  # the key is the exercise author's: a fault in it is an error
        key = key.copy()
        key.index = [_row_name(k) for k in key.index]
        absent = [r for r in wanted if r not in key.index] + [
            c for c in columns if c not in key.columns
        ]
        if absent:
            raise ValueError(f"check_table: the key has no row or column {absent[:5]}")
    try:
        table = answer.set_index(index_column) if index_column in answer.columns else answer
        table = table.copy()
        table.index = [_row_name(k) for k in table.index]
        table = table[~table.index.duplicated()]
        missing = [r for r in wanted if r not in table.index]
        present = [r for r in wanted if r in table.index]
        items: list[Item] = []
        if missing:
            items.append(
                Item(
                    "tabel.baris_hilang",
                    False,
                    f"Tabel belum memuat {len(missing)} dari {len(wanted)} baris yang diminta "
                    f"(misalnya {_some(missing)}).",
                    # when graded, a missing row already counts as a wrong value
                    1.0 if format_only else 0.0,
                )
            )
        elif format_only:
            items.append(
                Item(
                    "tabel.baris_ok", True, f"Tabel memuat semua {len(wanted)} baris yang diminta."
                )
            )
        for column in columns:
            if column not in table.columns:
                items.append(
                    Item("tabel.kolom_hilang", False, f"Kolom '{column}' belum ada di tabel.")
                )
                continue
            if format_only:
                values = pd.to_numeric(table.loc[present, column], errors="coerce")
                if present and values.notna().all():
                    items.append(
                        Item("tabel.kolom_ok", True, f"Kolom '{column}' ada dan berisi angka.")
                    )
                else:
                    items.append(
                        Item(
                            "tabel.bukan_angka",
                            False,
                            f"Kolom '{column}' harus berisi angka di setiap baris.",
                        )
                    )
                continue
            allowed = (tolerance or {}).get(column, 0.0)
            wrong = []
            for row in wanted:
                expected = float(key.loc[row, column])
                got = _float(table.loc[row, column]) if row in table.index else float("nan")
                if not abs(got - expected) <= allowed + 1e-9 * max(1.0, abs(expected)):
                    wrong.append(row)
            right = len(wanted) - len(wrong)
            if right:
                items.append(
                    Item(
                        "tabel.nilai_benar",
                        True,
                        f"Kolom '{column}': nilai sesuai pada {right} dari {len(wanted)} baris.",
                        right / len(wanted),
                    )
                )
            if wrong:
                items.append(
                    Item(
                        "tabel.nilai_salah",
                        False,
                        f"Kolom '{column}': nilai belum sesuai pada {len(wrong)} baris "
                        f"(misalnya {_some(wrong)}).",
                        len(wrong) / len(wanted),
                    )
                )
        return Result(items, **heading)
    except Exception:  # a malformed table is the trainee's; it must not stop the check
        return failed(
            "tabel.tidak_terbaca",
            "Tabel tidak dapat diperiksa; pastikan jawaban berupa DataFrame dengan kolom "
            "yang diminta.",
        )
