"""The social-listening pipeline on one million generated mentions (issue 8, item 4).

Steps: load the CSV, clean and label every text (``humas.listening``), daily volume and
sentiment, spikes, top terms. Each variant runs in its own process so that its peak
memory (RSS) is its own:

- ``vectorised``: ``humas.listening`` on all rows;
- ``rowwise``: a straightforward row-by-row Python implementation of the same steps
  (one text at a time through ``humas.text.tokens``, the same lexicon, negation and
  intensifier rule in a loop, dictionaries for the days, ``collections.Counter`` for the
  terms). It runs on the first 50,000 rows only; the ratio compares rows per second.

Targets (issue 8): the million rows in under 60 s and 3 GiB, at least 20x the
throughput of the row-by-row baseline. ``python bench_listening.py [N]``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROWWISE_ROWS = 50_000


def generate(n: int, folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "datasets"))
    from _generator import mentions
    from _generator.world import stream, write_csv

    target = folder / "mentions.csv"
    write_csv(mentions.make_mentions(stream(20261127, "mentions"), n), target)
    return target


def vectorised(path: Path) -> dict:
    import pandas as pd

    from humas import listening

    start = time.perf_counter()
    frame = pd.read_csv(path, usecols=["timestamp", "text"], parse_dates=["timestamp"])
    labels = listening.label_sentiment(frame["text"])
    days = listening.daily(frame.assign(sentiment=labels))
    found = listening.spikes(days)
    terms = listening.top_terms(frame["text"], 20)
    seconds = time.perf_counter() - start
    return {"rows": len(frame), "seconds": seconds, "spikes": len(found), "top": terms.index[0]}


def rowwise(path: Path) -> dict:
    import csv
    import statistics
    from collections import Counter, defaultdict
    from datetime import datetime

    from humas import text

    start = time.perf_counter()
    lexicon = text.load_lexicon()
    negations = set(text.NEGATIONS)
    stop = text.stopwords()
    per_day: dict = defaultdict(lambda: Counter())
    terms: Counter = Counter()
    rows = 0
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if rows >= ROWWISE_ROWS:
                break
            rows += 1
            words = text.tokens(row["text"])
            score, flip = 0.0, 0
            for word in words:
                if word in negations:
                    flip = 3
                    continue
                weight = lexicon.get(word, 0)
                if weight and flip:
                    weight = -weight
                score += weight
                flip = max(flip - 1, 0)
            label = "positif" if score > 0 else "negatif" if score < 0 else "netral"
            day = datetime.fromisoformat(row["timestamp"]).date()
            per_day[day]["volume"] += 1
            per_day[day][label] += 1
            terms.update(w for w in words if w.isalpha() and len(w) > 2 and w not in stop)
    volumes = [per_day[d]["volume"] for d in sorted(per_day)]
    spikes = 0
    for i in range(7, len(volumes)):
        base = volumes[i - 7 : i]
        sd = statistics.stdev(base)
        if sd and (volumes[i] - statistics.mean(base)) / sd > 2:
            spikes += 1
    top = terms.most_common(1)[0][0] if terms else ""
    seconds = time.perf_counter() - start
    return {"rows": rows, "seconds": seconds, "spikes": spikes, "top": top}


def peak_mib() -> float:
    """This process's peak resident memory in MiB.

    ``VmHWM`` belongs to the process's own memory map, which starts afresh at exec; the
    rusage maximum of a child would also count the parent's memory at the fork (Linux
    carries the high-water mark across exec), which holds the generated data.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(variant: str, path: Path) -> dict:
    """Run one variant in a child process; return its result with its peak RSS in MiB."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", variant, str(path)],
        stdout=subprocess.PIPE,
        env=dict(os.environ, PYTHONWARNINGS="ignore"),
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{variant} failed")
    return json.loads(done.stdout)


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        path = generate(n, Path(tmp))
        print(f"generated {n:,} mentions in {time.perf_counter() - started:.1f} s")
        fast = run_child("vectorised", path)
        slow = run_child("rowwise", path)
    fast_rate = fast["rows"] / fast["seconds"]
    slow_rate = slow["rows"] / slow["seconds"]
    print(
        f"vectorised: {fast['rows']:,} rows in {fast['seconds']:.1f} s "
        f"({fast_rate:,.0f} rows/s), peak {fast['peak_mib']:.0f} MiB "
        f"(targets: under 60 s and 3072 MiB)"
    )
    print(
        f"row by row (baseline): {slow['rows']:,} rows in {slow['seconds']:.1f} s "
        f"({slow_rate:,.0f} rows/s), peak {slow['peak_mib']:.0f} MiB"
    )
    print(
        f"listening pipeline throughput: vectorised {fast_rate:,.0f} rows/s vs baseline "
        f"{slow_rate:,.0f} rows/s -> ratio {fast_rate / slow_rate:.1f}x (target at least 20x)"
    )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        variant = {"vectorised": vectorised, "rowwise": rowwise}[sys.argv[2]]
        result = variant(Path(sys.argv[3]))
        result["peak_mib"] = peak_mib()
        print(json.dumps(result, default=str))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
