"""Fixture answers for assignment ``04-tanggapan`` and the exact points they earn.

The answer sets live in ``exercises/contoh/04-tanggapan.json`` (``make demo`` grades them
too). Points are reasoned from the test cells of the source notebook:

- A (6): ``check_labels`` over the 21 new messages, one equal share each.
- B (5): four items weighted 1, 1, 1.5, 1.5 (unanswered count, median hours, share
  of breaches, the three verification deadlines with one share each).
- C (8): the mean over six replies of ``0.8 * check_reply + 0.2 * required content``;
  an empty reply is 0.
"""

from pathlib import Path

from graders.nbgrader_ext import samples

ASSIGNMENT = "04-tanggapan"

MAX_POINTS = {"cek_4a": 6.0, "cek_4b": 5.0, "cek_4c": 8.0}
MANUAL_POINTS = {"jawaban_4d": 4}

SAMPLES = samples.contoh_sets(Path(__file__).resolve().parents[2] / "exercises", ASSIGNMENT)

# contoh-sebagian:
# - A: the keyword rules have no hoax and no hate-speech rule, so the three hoaxes and
#   the two hateful messages fall to the default "keluhan": 16 of 21, 6 * 16/21 = 4.57.
# - B: the counts and the median are right (2 of 5 points); breaches are counted in
#   calendar days (a different share: 0 of 1.5) and the deadlines are three calendar
#   days later, each missing a weekend or holiday (0 of 1.5): 2.0.
# - C: the first three replies as in the solution (full), the last three missing (0):
#   8 * 3/6 = 4.0.
PARTIAL = SAMPLES["contoh-sebagian"]
PARTIAL_POINTS = {"cek_4a": 4.57, "cek_4b": 2.0, "cek_4c": 4.0}

# One answer replaced in the source solution -> the question it costs (to zero).
BROKEN_ANSWERS = {"triase-bukan-kamus": "cek_4a"}  # one label for all, not per message
