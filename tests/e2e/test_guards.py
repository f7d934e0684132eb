"""The browser suite's own guards can fail (run by ``make test``; no browser needed)."""

from __future__ import annotations

import subprocess
import sys
import time

from .conftest import home_snapshot, leftover_processes


def test_leftover_processes_finds_a_process_naming_the_marker(tmp_path):
    marker = str(tmp_path / "sesi-e2e")
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)", marker])
    try:
        deadline = time.monotonic() + 10
        while not leftover_processes(marker) and time.monotonic() < deadline:
            time.sleep(0.1)
        found = leftover_processes(marker)
        assert len(found) == 1 and found[0].startswith(f"{proc.pid}:")
    finally:
        proc.kill()
        proc.wait()
    assert leftover_processes(marker) == []


def test_home_snapshot_sees_a_new_file_in_a_tool_folder(tmp_path):
    (tmp_path / ".jupyter").mkdir()
    (tmp_path / ".bashrc").write_text("# shell\n")
    before = home_snapshot(tmp_path)
    (tmp_path / ".bashrc").write_text("# shell, touched\n")  # top level: presence only
    assert home_snapshot(tmp_path) == before
    (tmp_path / ".jupyter" / "jupyter_server_config.json").write_text("{}")
    (tmp_path / ".pki").mkdir()
    after = home_snapshot(tmp_path)
    changed = sorted(k for k in after if before.get(k) != after[k])
    assert ".jupyter/jupyter_server_config.json" in changed and ".pki" in changed
