"""Regenerate the synthetic Nusa Bahari datasets, byte for byte (``make data``).

    python datasets/generate.py                      # rewrite the committed files
    python datasets/generate.py --seed 7 --out /tmp/x  # another, equally valid world
    python datasets/generate.py --mentions 1000000 --only mentions --out /tmp/big

Every file has its own random stream derived from the seed and its name.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _generator import inbox, mentions, official_posts, survey  # noqa: E402
from _generator.world import DEFAULT_SEED, stream, write_csv  # noqa: E402

FILES = {
    "mentions": (mentions.make_mentions, mentions.DEFAULT_ROWS),
    "audience_survey": (survey.make_survey, survey.DEFAULT_ROWS),
    "inbox": (inbox.make_inbox, inbox.DEFAULT_ROWS),
    "official_posts": (official_posts.make_official_posts, official_posts.DEFAULT_ROWS),
}


def generate(out: Path, seed: int = DEFAULT_SEED, only=None, sizes=None) -> list[Path]:
    written = []
    for name, (make, rows) in FILES.items():
        if only and name not in only:
            continue
        n = (sizes or {}).get(name, rows)
        frame = make(stream(seed, name), n)
        path = out / f"{name}.csv"
        write_csv(frame, path)
        written.append(path)
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--only", action="append", choices=sorted(FILES))
    parser.add_argument("--mentions", type=int, help="number of mentions (default: committed size)")
    ns = parser.parse_args(argv)
    sizes = {"mentions": ns.mentions} if ns.mentions else None
    if ns.mentions and ns.mentions != mentions.DEFAULT_ROWS and ns.out.resolve() == HERE:
        parser.error(
            "a resized mentions file must not replace the committed one: pass --out DIR "
            "outside the repository"
        )
    for name in ns.only or FILES:
        start = time.perf_counter()
        (path,) = generate(ns.out, ns.seed, [name], sizes)
        print(f"{path}  ({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
