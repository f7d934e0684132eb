"""Shared helpers for the benchmarks: timing and the ratio line."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, measured: float, baseline: float, unit: str = "s") -> None:
    ratio = measured / baseline if baseline else float("inf")
    print(f"{name}: {measured:.4f} {unit} vs baseline {baseline:.4f} {unit} -> ratio {ratio:.2f}x")
