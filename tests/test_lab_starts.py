"""The README's first command, `make lab`, starts JupyterLab that serves the course."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, token: str) -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 - loopback only
        return resp.status, resp.read()


def test_make_lab_serves_the_course_on_loopback_and_stops(tmp_path):
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, HUMAS_WORKSPACE=str(tmp_path / "latihan"), BROWSER="true")
    args = f"--no-browser --port={port} --port-retries=0 --IdentityProvider.token={token}"
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "lab", f"LAB_ARGS={args}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, stopped below by this PID
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                status, _ = get(f"{base}/api/status", token)
                if status == 200:
                    break
            except OSError:
                pass
            assert proc.poll() is None, proc.stdout.read().decode(errors="replace")
            assert time.monotonic() < deadline, "JupyterLab did not start within 120 s"
            time.sleep(0.5)

        status, body = get(f"{base}/api/contents/course", token)
        names = {item["name"] for item in json.loads(body)["content"]}
        assert {"00-mulai.ipynb", "01-regulasi-dan-etika.ipynb", "README.md"} <= names
        # The instructor's folders, with the answer keys, are not listed for trainees.
        status, body = get(f"{base}/api/contents", token)
        top = {item["name"] for item in json.loads(body)["content"]}
        assert {"course", "datasets", "README.md"} <= top
        assert not top & {"exercises", "tests"}
        status, body = get(f"{base}/lab/tree/course/00-mulai.ipynb", token)
        assert status == 200 and b"JupyterLab" in body
        # The formgrader reads the course's configuration (the root nbgrader_config.py
        # loads exercises/nbgrader_config.py) and lists every assignment.
        status, body = get(f"{base}/formgrader/api/assignments", token)
        listed = {a["name"] for a in json.loads(body)}
        assert {"01-regulasi", "02-post"} <= listed
        # The self-study copy of each exercise was made, outside the repository.
        assert (tmp_path / "latihan" / "01-regulasi.ipynb").exists()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                break
        time.sleep(0.5)
    else:
        pytest.fail("JupyterLab still listens after it was stopped")
