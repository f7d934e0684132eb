"""Fixture answers for assignment ``05-listening`` and the exact points they earn.

The answer sets live in ``exercises/contoh/05-listening.json`` (``make demo`` grades them
too). Points are reasoned from the test cells of the source notebook:

- A (4): the table (structure, cleaned text, labels; 3 items of 1) and the agreement
  percentage (1).
- B (4): six columns of equal weight; each column is shared by the 90 days.
- C (5): spike dates (``check_multiple_choice``: (right - wrong) / 5 spikes with a 14-day
  window) and the driving topic of each of the five spikes (``check_labels``), weighted 1:1.
- D (4): three columns of equal weight; each column is shared by the 7 agencies.
- E (3): the top panel (daily volume, line) and the bottom panel (response rate per
  agency, bars), weighted 1:1, each graded by ``check_figure`` with its data.
- F (4): ``check_recommendation`` with the facts computed from the data (20 weight units:
  finding 2, evidence 5, action 3, owner 2, deadline 2, basis 1, coverage 2, duplicates 1,
  personal data 1, length 1).
"""

from pathlib import Path

from graders.nbgrader_ext import samples

ASSIGNMENT = "05-listening"

MAX_POINTS = {
    "cek_5a": 4.0,
    "cek_5b": 4.0,
    "cek_5c": 5.0,
    "cek_5d": 4.0,
    "cek_5e": 3.0,
    "cek_5f": 4.0,
}
MANUAL_POINTS = {"jawaban_5g": 4}

SAMPLES = samples.contoh_sets(Path(__file__).resolve().parents[2] / "exercises", ASSIGNMENT)

# contoh-sebagian:
# - A: the table is right (3 of 3), but the agreement is written as a share (0.652)
#   instead of a percentage (65.2): 4 * 3/4 = 3.0.
# - B: listening.daily without the persen_negatif column: 5 of 6 columns, 4 * 5/6 = 3.33.
# - C: spikes with z = 3 instead of 2 find 2 of the 5 spikes (25 Aug, 12 Oct) and no wrong
#   date (2/5), and explain those two with the right topic (2 of 5 topics, 2/5): 5 * 2/5 = 2.0.
# - D (questions of October 2026): response rate and median right (2 columns); breaches
#   counted in calendar days instead of working days differ for bpbd (4, not 2) and dinsos
#   (5, not 4) (a weekend or a holiday between question and answer) and agree for the other
#   5 of 7 agencies: 4 * (1 + 1 + 5/7) / 3 = 3.62.
# - E: only the volume panel, right (1.5 of 3); the bottom panel is missing: 1.5.
# - F: two findings and two recommendations, all complete, but the second finding cites a
#   response rate of 12% for Dinsos (the data say 51.4%, 56.8% in October; no fact is
#   within 3% of 12): one of two evidence slots (2.5 of 20 weight units) is lost,
#   4 * 17.5/20 = 3.5. (Evidence is matched against every fact, not the agency named: a
#   wrong 45% would pass as Disdik's October 45.7%.)
PARTIAL = SAMPLES["contoh-sebagian"]
PARTIAL_POINTS = {
    "cek_5a": 3.0,
    "cek_5b": 3.33,
    "cek_5c": 2.0,
    "cek_5d": 3.62,
    "cek_5e": 1.5,
    "cek_5f": 3.5,
}

# One answer replaced in the source solution -> the question it costs (to zero).
BROKEN_ANSWERS = {
    "harian-bukan-tabel": "cek_5b",  # a list of volumes instead of a table
    "rekomendasi-berupa-teks": "cek_5f",  # one sentence instead of findings and actions
}

# Answers replaced in the source solution that are still fully right: the date and the
# agency as columns (dates as "03/08/2026" text, agency codes in capitals), values rounded
# as the question allows.
EQUIVALENT_ANSWERS = {"tabel-dengan-kolom-kunci"}
