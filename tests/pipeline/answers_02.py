"""Fixture answers for assignment ``02-post`` and the exact points they earn.

The answer sets live in ``exercises/contoh/02-post.json`` (``make demo`` grades them
too). Points are reasoned from the weights of ``graders.check_post_plan``
(``graders.post_plan.WEIGHTS``: structure 2, segments 3, objectives 4, strategy 3,
reach 4, channel/tone 2, roles 2, out of 20; each part split evenly over its
segments or objectives) and from the test cells of the source notebook: part B is
``10 * (0.8 * checker + 0.2 * scenario)`` with three scenario items.
"""

from pathlib import Path

from graders.nbgrader_ext import samples

ASSIGNMENT = "02-post"

MAX_POINTS = {"cek_2a": 6.0, "cek_2b": 10.0, "cek_2c": 4.0}
MANUAL_POINTS = {"jawaban_2d": 4}

SAMPLES = samples.contoh_sets(Path(__file__).resolve().parents[2] / "exercises", ASSIGNMENT)

# contoh-sebagian:
# - 2a: only "harian" counted as weekly use: the count is right, the three shares are not:
#   1 of 4 items of 6 points = 1.5.
# - 2b: TikTok only. TikTok reaches 53% of the 25-44 segment (passes the 50% bar) and 7%
#   of the 55+ segment (fails): one of two reach items, 2 of 20 lost (0.9), and a plan
#   that misses its own audience is capped at REACH_CAP 0.7; 10 * (0.8 * 0.7 + 0.2) = 7.6.
# - 2c: two neighbouring steps swapped: 27 of 28 pairs in order, 0.96 * 4 = 3.84.
PARTIAL = SAMPLES["contoh-sebagian"]
PARTIAL_POINTS = {"cek_2a": 1.5, "cek_2b": 7.6, "cek_2c": 3.84}

# Flawed plans (every other answer as in the solution) -> points of cek_2b and words of
# the feedback item that must name the flaw.
FLAWED_PLANS = {
    # reach for the 55+ segment fails (see above): capped, 7.6
    "rencana-tiktok-untuk-lansia": (7.6, "TikTok menjangkau 7%"),
    # the first of three objectives (4/3 of 20 each) has no metric, number or deadline:
    # 3 of its 4 SMART items fail, 1 of 20 lost, checker 0.95 -> 9.6
    "rencana-tujuan-tidak-smart": (9.6, "Tujuan 1: belum ada metrik"),
    # one of the two role items (2 of 20) fails: checker 0.95 -> 9.6
    "rencana-tanpa-administrator": (9.6, "Belum ada administrator"),
    # the strategy serves two of three objectives (3 of 20 split in three): 0.95 -> 9.6
    "rencana-strategi-tanpa-layanan": (9.6, "tujuan supporting"),
    # the checker passes it, one of three scenario items fails: 10 * (0.8 + 0.2 * 2/3) = 9.33
    "rencana-instansi-keliru": (9.33, "Instansi: rencana belum ditulis"),
}
