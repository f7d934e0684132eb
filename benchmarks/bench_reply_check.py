"""Speed of graders.reply_check.check_reply (module 4), against a plain scan of the same text.

Two cases: a batch of 300 typical comment-reply pairs (what autograde and live feedback in
the reply editor do) and one 10,000-character reply (far longer than any platform but
Facebook accepts). The baseline splits the same comment and reply into words with one
regular expression, the least any text check has to do.
"""

from __future__ import annotations

import re

from _common import best_of, report

from graders.reply_check import check_reply

COMMENT = "jalan di Jl. Mawar rusak parah udh {n} bulan gak dibenerin, motor sampe jatoh 😡"
REPLY = (
    "Halo Kak, mohon maaf atas kejadian yang menimpa Kakak dan terima kasih atas laporannya. "
    "Perbaikan Jl. Mawar nomor {n} sudah kami teruskan ke Dinas PU. Pantau tindak lanjutnya "
    "di lapor.go.id atau SMS 1708."
)
PAIRS = [(COMMENT.format(n=i % 12 + 1), REPLY.format(n=i)) for i in range(300)]
BIG = (REPLY.format(n=7) + " ") * (10_000 // len(REPLY) + 1)
BIG = BIG[:10_000]
WORD = re.compile(r"\w+")


def batch() -> None:
    for comment, reply in PAIRS:
        check_reply(comment, reply, "x", "keluhan")


def batch_baseline() -> None:
    for comment, reply in PAIRS:
        len(WORD.findall(comment)) + len(WORD.findall(reply))


if __name__ == "__main__":
    check_reply(*PAIRS[0], "x", "keluhan")  # word lists loaded once, as in a kernel
    report(f"check_reply x{len(PAIRS)} pairs", best_of(batch, 3), best_of(batch_baseline, 3))
    report(
        f"check_reply on a {len(BIG):,}-character reply",
        best_of(lambda: check_reply(COMMENT.format(n=3), BIG, "facebook", "keluhan"), 3),
        best_of(lambda: WORD.findall(BIG), 3),
    )
