"""A non-editable install (a wheel) carries the datasets and finds them from anywhere."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    # setuptools builds inside the source tree: build from a copy of the tracked files.
    src = tmp_path_factory.mktemp("src")
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
            str(src),
        ],
        capture_output=True,
        text=True,
        cwd=build,
        env=dict(os.environ, PIP_NO_INDEX="1"),
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return next(out.glob("humas_lab-*.whl"))


def test_wheel_carries_every_dataset_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "datasets").iterdir():
        if path.suffix in {".csv", ".json", ".md", ".txt"}:
            assert f"humas/_datasets/{path.name}" in names, path.name
    assert "graders/nbgrader_ext/cli.py" in names


def test_installed_wheel_loads_data_from_another_directory(wheel, tmp_path):
    target = tmp_path / "site"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    code = (
        "import humas, humas.data as d; print(humas.__file__); "
        "print(sum(len(d.load(n)) > 0 for n in d.available()), len(d.available())); "
        "print(len(d.load('nusax_senti_train')))"
    )
    env = {k: v for k, v in os.environ.items() if k != "HUMAS_DATA_DIR"}
    env["PYTHONPATH"] = str(target)
    elsewhere = tmp_path / "somewhere"
    elsewhere.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=elsewhere, env=env
    )
    assert proc.returncode == 0, proc.stderr
    module_file, loaded, available, rows = proc.stdout.split()
    assert module_file.startswith(str(target)), "the wheel copy must be the one imported"
    assert loaded == available and int(available) >= 11  # every file, checked against its schema
    assert int(rows) == 500
