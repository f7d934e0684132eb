"""Speed of the checks a hidden test calls, against a plain dict comparison."""

from __future__ import annotations

from _common import best_of, report

import graders

LABELS = ["berkala", "serta-merta", "tersedia setiap saat", "dikecualikan"]
KEY = {i: LABELS[i % 4] for i in range(1, 13)}
ANSWER = {i: (LABELS[(i + (i % 3 == 0)) % 4]).upper() + " " for i in range(1, 13)}
N = 10_000


def baseline() -> None:
    for _ in range(N):
        sum(str(ANSWER.get(k, "")).strip().casefold() == v for k, v in KEY.items()) / len(KEY)


def measured() -> None:
    for _ in range(N):
        graders.check_labels(ANSWER, KEY, allowed=LABELS).points(6)


if __name__ == "__main__":
    report(f"check_labels x{N}", best_of(measured, 3), best_of(baseline, 3))
