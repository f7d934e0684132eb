"""Fixture answers for assignment ``01-regulasi`` and the exact points they earn.

Each answer set maps an answer cell's ``grade_id`` to the full source a trainee
would leave in that cell; the ``*_POINTS`` dicts give the score every test cell
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

ASSIGNMENT = "01-regulasi"
NOTEBOOK = "01-regulasi.ipynb"

MAX_POINTS = {"cek_1a": 9.0, "cek_1b": 7.0, "cek_1c": 10.0, "cek_1d": 3.0}
MANUAL_POINTS = {"jawaban_1e": 4}

PARTIAL = {
    # 11 of 14 labels right (6 and 8 wrong, 14 is a list: type slip);
    # 2 of 4 Pasal 17 letters right (6 missing, 12 wrong).
    # Score (11 + 2) / 18 of 9 points = 6.5.
    "jawaban_1a": """\
jawaban_1a = {
    1: "berkala",
    2: "serta merta",
    3: "dikecualikan",
    4: "tersedia setiap saat",
    5: "berkala",
    6: "tersedia setiap saat",
    7: "serta-merta",
    8: "berkala",
    9: "dikecualikan",
    10: "tersedia setiap saat",
    11: "Berkala",
    12: "dikecualikan",
    13: "serta-merta",
    14: ["tersedia setiap saat"],
}

huruf_pasal17 = {
    3: "h",
    9: "a",
    12: "j",
}
""",
    # 1, 3, 4, 7 right (3 day-first text, 7 with a month name); 2 counts the
    # extension from the request date; 5 is an unquoted 2026-12-30 (= 1984, a
    # type slip); 6 ignores cuti bersama. 4 of 7 = 4.0.
    "jawaban_1b": """\
jawaban_1b = {
    1: "2026-04-07",
    2: humas.calendar.add_working_days(date(2026, 3, 16), 7),
    3: "29-05-2026",
    4: date(2026, 6, 18),
    5: 2026-12-30,
    6: humas.calendar.add_working_days(date(2026, 12, 10), 14, cuti_bersama=()),
    7: "27 Maret 2026",
}
""",
    # 7 of 10 right (5 in other letter case); 3 and 8 wrong; 10 is not a code
    # from the list. 7 of 10 = 7.0.
    "jawaban_1c": """\
jawaban_1c = {
    1: "UU KIP Pasal 22",
    2: "UU PDP",
    3: "SE MenPAN-RB 137/2018",
    4: "SE MenPAN-RB 137/2018",
    5: "adminduk 95a",
    6: "UU 25/2009 pengaduan",
    7: "Inpres 9/2015 narasi tunggal",
    8: "UU KIP Pasal 17",
    9: "UU ITE 27A",
    10: "UU KIP pasal17",
}
""",
    # Draf 1 fully right (2 of 2 items); draf 2 masks the KK by hand but keeps
    # the phone number (text intact: 1 of 2); draf 3 is clean but its last
    # sentence was deleted (1 of 2). 4 of 6 items of 3 points = 2.0.
    "jawaban_1d": """\
jawaban_1d = {
    1: humas.text.redact(draf[1]),
    2: draf[2].replace("9901 0312 0000 0007", "[DISAMARKAN]"),
    3: humas.text.redact(draf[3]).replace(
        " Permohonan selesai dalam 6 hari kerja, sesuai Pasal 22 UU 14/2008.", ""
    ),
}
""",
}

PARTIAL_POINTS = {"cek_1a": 6.5, "cek_1b": 4.0, "cek_1c": 7.0, "cek_1d": 2.0}

WRONG_TYPE = {
    # The labels are right but in a list, not a dict: 0 of 14. The letters are a
    # right dict: 4 of 4. Score 4 / 18 of 9 points = 2.0.
    "jawaban_1a": """\
jawaban_1a = [
    "berkala", "serta-merta", "dikecualikan", "tersedia setiap saat", "berkala",
    "dikecualikan", "serta-merta", "tersedia setiap saat", "dikecualikan",
    "tersedia setiap saat", "berkala", "dikecualikan", "serta-merta", "tersedia setiap saat",
]
huruf_pasal17 = {3: "h", 6: "i", 9: "a", 12: "b"}
""",
    # Numbers instead of dates: 0.
    "jawaban_1b": """\
jawaban_1b = {
    1: 20260407, 2: 20260416, 3: 20260529, 4: 20260618, 5: 20261230, 6: 20270104, 7: 20260327,
}
""",
    # Positions in PILIHAN_1C instead of the codes: 0.
    "jawaban_1c": """\
jawaban_1c = {1: 8, 2: 1, 3: 4, 4: 6, 5: 2, 6: 9, 7: 5, 8: 1, 9: 3, 10: 7}
""",
    # The right texts, but in a list instead of a dict: 0.
    "jawaban_1d": """\
jawaban_1d = [humas.text.redact(draf[1]), humas.text.redact(draf[2]), humas.text.redact(draf[3])]
""",
}

WRONG_TYPE_POINTS = {"cek_1a": 2.0, "cek_1b": 0.0, "cek_1c": 0.0, "cek_1d": 0.0}
