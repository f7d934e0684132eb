"""Fixture answers for assignment ``01-regulasi`` and the exact points they earn.

Each answer set (stored in ``exercises/contoh/01-regulasi.json``) maps an
answer cell's ``grade_id`` to the full source a trainee would leave in that cell; the
``*_POINTS`` dicts give the score every test cell
(``cek_*``) must show for it. The points were reasoned from the answer key in
``exercises/source/01-regulasi/01-regulasi.ipynb`` (hidden tests) and checked by
executing the source notebook with these answers substituted.

- ``PARTIAL``: a realistic, partly right submission (some items right, some
  wrong, a label outside the list, a type slip, a missing item).
- ``WRONG_TYPE``: answers of the wrong type (a list instead of a dict, numbers
  instead of text or dates). The checks must turn them into failed items, never
  an error: only the correctly typed part of 1a earns points.
- ``MAX_POINTS``: the full solution's points per test cell; ``MANUAL_POINTS``:
  the manually graded cell.
"""

import json
from pathlib import Path

ASSIGNMENT = "01-regulasi"
NOTEBOOK = "01-regulasi.ipynb"

MAX_POINTS = {"cek_1a": 9.0, "cek_1b": 7.0, "cek_1c": 10.0, "cek_1d": 3.0}
MANUAL_POINTS = {"jawaban_1e": 4}

# The answer sets live with the course so that `make demo` grades the same ones.
_SAMPLES = json.loads(
    (Path(__file__).resolve().parents[2] / "exercises" / "contoh" / f"{ASSIGNMENT}.json").read_text(
        encoding="utf-8"
    )
)

# Why each test cell earns its points (cek_1a, cek_1b, cek_1c, cek_1d in turn):
# 11 of 14 labels right (6 and 8 wrong, 14 is a list: type slip);
# 2 of 4 Pasal 17 letters right (6 missing, 12 wrong).
# Score (11 + 2) / 18 of 9 points = 6.5.
# 1, 3, 4, 7 right (3 day-first text, 7 with a month name); 2 counts the
# extension from the request date; 5 is an unquoted 2026-12-30 (= 1984, a
# type slip); 6 ignores cuti bersama. 4 of 7 = 4.0.
# 7 of 10 right (5 in other letter case); 3 and 8 wrong (neither of their
# two accepted codes); 10 is not a code
# from the list. 7 of 10 = 7.0.
# Draf 1 fully right (2 of 2 items); draf 2 masks the KK by hand but keeps
# the phone number (text intact: 1 of 2); draf 3 is clean but its last
# sentence was deleted (1 of 2). 4 of 6 items of 3 points = 2.0.
PARTIAL = _SAMPLES["contoh-sebagian"]

PARTIAL_POINTS = {"cek_1a": 6.5, "cek_1b": 4.0, "cek_1c": 7.0, "cek_1d": 2.0}

# Why each test cell earns its points (cek_1a, cek_1b, cek_1c, cek_1d in turn):
# The labels are right but in a list, not a dict: 0 of 14. The letters are a
# right dict: 4 of 4. Score 4 / 18 of 9 points = 2.0.
# Numbers instead of dates: 0.
# Positions in PILIHAN_1C instead of the codes: 0.
# The right texts, but in a list instead of a dict: 0.
WRONG_TYPE = _SAMPLES["contoh-tipe-salah"]

WRONG_TYPE_POINTS = {"cek_1a": 2.0, "cek_1b": 0.0, "cek_1c": 0.0, "cek_1d": 0.0}
