"""Fixture answers for assignment ``03-konten`` and the exact points they earn.

The answer sets live in ``exercises/contoh/03-konten.json`` (``make demo`` grades them
too). Points are reasoned from the test cells of the source notebook and the weights
of the checks:

- A (9): the mean over X, Instagram and Facebook of ``0.8 * check_post + 0.2 * facts``
  (the date and the event named); an empty post is 0.
- B (5): the mean over five drafts of ``check_post`` on the fix, 0 if the draft's
  main flaw is still reported or the fix is missing, halved if the key word is lost.
- C (4): ``check_figure`` with the expected data and kind: judul 1, label_x 1,
  label_y 1, satuan 1, huruf 1, lebar 1, sumber 1, jenis 2, data 4 (13).
- D (4): ``check_content_calendar`` with the key: structure 11, jam_terbaik 3,
  format_terbaik 3, ragam 1 (18).
"""

from pathlib import Path

from graders.nbgrader_ext import samples

ASSIGNMENT = "03-konten"

MAX_POINTS = {"cek_3a": 9.0, "cek_3b": 5.0, "cek_3c": 4.0, "cek_3d": 4.0}
MANUAL_POINTS = {"jawaban_3e": 4}

SAMPLES = samples.contoh_sets(Path(__file__).resolve().parents[2] / "exercises", ASSIGNMENT)

# contoh-sebagian:
# - A: only the X post (a full-marks post: 1.0); Instagram and Facebook empty (0):
#   9 * 1/3 = 3.0.
# - B: drafts 1-3 fixed as in the solution (1.0 each), draft 4 left as it was (its
#   claim still has no source: 0), draft 5 missing (0): 5 * 3/5 = 3.0.
# - C: the value axis label "Jumlah" has no unit and there is no source note:
#   11 of 13, 4 * 11/13 = 3.38.
# - D: every post at 13.00, outside the six best hours (jam_terbaik 0 of 3); the
#   best format on each platform and two formats in the week: 15 of 18,
#   4 * 15/18 = 3.33.
PARTIAL = SAMPLES["contoh-sebagian"]
PARTIAL_POINTS = {"cek_3a": 3.0, "cek_3b": 3.0, "cek_3c": 3.38, "cek_3d": 3.33}

# One answer replaced in the source solution -> the question it costs (to zero).
BROKEN_ANSWERS = {
    "gambar-bukan-figure": "cek_3c",  # a string instead of a figure
    "kalender-bukan-dataframe": "cek_3d",  # a list of dicts instead of a DataFrame
}
