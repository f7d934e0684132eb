"""Repository hygiene that the quality bar asks for."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def tracked(pattern: str) -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", pattern],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [ROOT / p for p in out]


def test_committed_notebooks_carry_no_outputs():
    notebooks = tracked("*.ipynb")
    assert notebooks, "git must see the notebooks"
    dirty = []
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell.get("outputs") or cell.get("execution_count"):
                dirty.append(path.relative_to(ROOT).as_posix())
                break
    assert not dirty, f"clear the outputs of: {dirty}"


def test_readme_setup_is_exactly_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", readme, flags=re.S)
    commands = [
        [ln.split("#")[0].strip() for ln in block.splitlines() if ln.split("#")[0].strip()]
        for block in blocks
    ]
    assert ["make lab", "make test"] in commands


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, flags=re.M)
