"""humas-lab autograde (sanitiser + batch + score guard) against plain nbgrader autograde."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import report

from graders.nbgrader_ext import cli, samples

ROOT = Path(__file__).resolve().parents[1]
A = "01-regulasi"
N = 8


def course_with_submissions(tmp: Path, name: str) -> Path:
    course = tmp / name
    course.mkdir()
    shutil.copy(ROOT / "exercises" / "nbgrader_config.py", course)
    shutil.copytree(ROOT / "exercises" / "source" / A, course / "source" / A)
    cli.generate(course, A)
    release = next((course / "release" / A).glob("*.ipynb"))
    full = samples.solutions(next((course / "source" / A).glob("*.ipynb")))
    for i in range(N):
        dest = course / "submitted" / f"peserta{i:02d}" / A
        dest.mkdir(parents=True)
        import nbformat

        nbformat.write(samples.fill(release, full if i % 2 else {}), str(dest / release.name))
    return course


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        plain = course_with_submissions(Path(tmp), "plain")
        ours = course_with_submissions(Path(tmp), "ours")
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "nbgrader",
                "autograde",
                A,
                "--create",
                "--force",
                # nbgrader's default pipeline: no sanitiser-equivalent, no score guard
                "--Autograde.sanitize_preprocessors=[]",
            ],
            cwd=plain,
            capture_output=True,
            check=False,
        )
        baseline = time.perf_counter() - start
        start = time.perf_counter()
        cli.autograde(ours, A)
        measured = time.perf_counter() - start
        report(f"autograde {N} submissions", measured, baseline)


if __name__ == "__main__":
    main()
