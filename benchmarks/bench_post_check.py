"""Speed of graders.check_post (module 3), against a plain scan of the same text.

Two cases: a batch of ordinary posts (what autograde and the live editor do) and one
1 MB paste (the worst case a trainee can produce). The baseline splits the same text
into words with one regular expression, the least any text check has to do.
"""

from __future__ import annotations

import re

from _common import best_of, report

import graders

POST = (
    "Sahabat Bahari, ayo ikut Gerakan Serentak 3M Plus pada Minggu, 6 Desember 2026, pukul "
    "07.00 WIB. Sepanjang Oktober 2026 tercatat 214 kasus DBD (sumber: Dinas Kesehatan "
    "Provinsi Nusa Bahari). Info: https://dinkes.nusabahari.go.id/3mplus @pemprovnusabahari "
    "#CegahDBD #NusaBahariSehat"
)
POSTS = [POST.replace("214", str(100 + i)) for i in range(300)]
BIG = (POST + " ") * (1_000_000 // (len(POST) + 1))
WORD = re.compile(r"\w+")


def batch() -> None:
    for text in POSTS:
        graders.check_post(text, "instagram", alt_text="Poster ajakan 3M Plus untuk warga.")


def batch_baseline() -> None:
    for text in POSTS:
        len(WORD.findall(text))


if __name__ == "__main__":
    graders.check_post(POST, "x")  # word lists loaded once, as in a kernel
    report(f"check_post x{len(POSTS)} posts", best_of(batch, 3), best_of(batch_baseline, 3))
    report(
        "check_post on 1 MB",
        best_of(lambda: graders.check_post(BIG, "facebook"), 3),
        best_of(lambda: WORD.findall(BIG), 3),
    )
