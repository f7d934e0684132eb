"""Browser tests: a real JupyterLab, started here, driven in Debian's headless Chromium.

Run with ``make e2e`` (``pytest tests/e2e -m e2e``); ``make test`` deselects them.
Nothing is installed at test time: Chromium comes from Debian's package
(``/usr/bin/chromium``), Playwright from the ``e2e`` extra, without ``playwright install``.

JupyterLab is started with the arguments ``make lab`` uses (``humas-lab lab``: same
defaults, Indonesian UI, hidden instructor folders) but on a temporary course, a
temporary root folder, 127.0.0.1, a free port and a random token; every per-user
folder of Jupyter, IPython and Chromium points at a temporary folder. The server is
stopped by the PID this fixture holds. Playwright modules are imported inside
functions only, so that ``make test`` collects this folder without them.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("HUMAS_CHROMIUM", "/usr/bin/chromium")
# ../shared/NOTES.md: flags known to work for Debian's Chromium here.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts" / "e2e"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Lab:
    """A running JupyterLab: where it serves from and how to reach it."""

    base_url: str
    token: str
    root: Path  # the server's root_dir (what the trainee sees)
    course: Path  # the temporary nbgrader course (sources and releases)
    pid: int
    log: Path
    env: dict[str, str] = field(repr=False)

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}?token={self.token}"

    def api(self, path: str) -> object:
        req = urllib.request.Request(
            f"{self.base_url}{path}", headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 - loopback only
            return json.loads(resp.read())

    def wait_kernels_idle(self, timeout: float = 60) -> None:
        """Wait until every kernel of the server reports ``idle`` (REST API)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            kernels = self.api("/api/kernels")
            if kernels and all(k.get("execution_state") == "idle" for k in kernels):
                return
            time.sleep(0.3)
        raise AssertionError(f"kernels not idle after {timeout:.0f} s: {self.api('/api/kernels')}")


def _isolated_env(base: Path) -> dict[str, str]:
    """Every per-user folder in ``base``. Kernelspecs, lab extensions and the
    settings overrides stay in the venv (sys.prefix), which Jupyter always reads."""
    dirs = {
        "HOME": base / "home",
        "JUPYTER_CONFIG_DIR": base / "jupyter-config",
        "JUPYTER_DATA_DIR": base / "jupyter-data",
        "JUPYTER_RUNTIME_DIR": base / "jupyter-runtime",
        "JUPYTERLAB_SETTINGS_DIR": base / "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": base / "lab-workspaces",
        "IPYTHONDIR": base / "ipython",
        "MPLCONFIGDIR": base / "matplotlib",
        "TMPDIR": base / "tmp",
        "XDG_CONFIG_HOME": base / "xdg-config",
        "XDG_CACHE_HOME": base / "xdg-cache",
        "XDG_DATA_HOME": base / "xdg-data",
        "XDG_RUNTIME_DIR": base / "xdg-runtime",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    (base / "xdg-runtime").chmod(0o700)
    return {k: str(v) for k, v in dirs.items()}


@pytest.fixture(scope="session", autouse=True)
def e2e_environment(tmp_path_factory):
    """Per-user folders for this process too: the Playwright driver and Chromium
    inherit them (Chromium's temporary profile goes to TMPDIR)."""
    env = _isolated_env(tmp_path_factory.mktemp("e2e-home"))
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield env
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def lab_command(root: Path, port: int, token: str) -> list[str]:
    """``humas-lab lab``'s JupyterLab command line, with a temporary root folder.

    (``humas-lab lab`` itself fixes root_dir to the project, and traitlets refuses a
    second ``--ServerApp.root_dir``; so the same arguments are built here.)
    """
    from graders.nbgrader_ext.cli import LAB_HIDDEN

    args = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.ip=127.0.0.1",
        "--ContentsManager.hide_globs=" + json.dumps(LAB_HIDDEN),
        "--no-browser",
        f"--port={port}",
        "--port-retries=0",
        f"--IdentityProvider.token={token}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    return args


def _stop(proc: subprocess.Popen, port: int) -> None:
    """Stop the server's process group by the PID we started, then check the port."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    # Kernels are children in the same process group; make sure none is left.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                return
        time.sleep(0.3)
    raise AssertionError("JupyterLab still listens after it was stopped")


@pytest.fixture(scope="session")
def lab(tmp_path_factory, e2e_environment) -> Lab:
    """JupyterLab on a temporary course holding the released 02-post exercise."""
    from graders.nbgrader_ext.cli import generate, install_lab_defaults

    base = tmp_path_factory.mktemp("e2e-lab")
    course = base / "course"
    (course / "source").mkdir(parents=True)
    shutil.copy(ROOT / "exercises" / "nbgrader_config.py", course)
    shutil.copytree(
        ROOT / "exercises" / "source" / "02-post",
        course / "source" / "02-post",
        ignore=shutil.ignore_patterns("rencana_*.json", ".ipynb_checkpoints"),
    )
    env = dict(os.environ, **e2e_environment)
    env["HUMAS_EXCHANGE_ROOT"] = str(base / "exchange")
    generate(course, "02-post")
    root = base / "root"
    workspace = root / "latihan"
    workspace.mkdir(parents=True)
    for nb in (course / "release" / "02-post").glob("*.ipynb"):
        shutil.copy(nb, workspace / nb.name)

    install_lab_defaults()  # as `humas-lab lab` does: Indonesian UI, no news pop-up
    port, token = free_port(), secrets.token_hex(16)
    env.update(HUMAS_WORKSPACE=str(workspace), BROWSER="true", PYTHONWARNINGS="ignore")
    log = ARTIFACTS / "jupyterlab.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            lab_command(root, port, token),
            cwd=root,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, stopped by this PID
        )
    server = Lab(f"http://127.0.0.1:{port}", token, root, course, proc.pid, log, env)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                server.api("/api/status")
                break
            except OSError:
                pass
            if proc.poll() is not None:
                raise AssertionError(f"JupyterLab exited:\n{log.read_text(errors='replace')}")
            if time.monotonic() > deadline:
                raise AssertionError("JupyterLab did not start within 120 s")
            time.sleep(0.3)
        yield server
    finally:
        _stop(proc, port)


# ---------------------------------------------------------------- pytest-playwright
@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, not a browser downloaded by ``playwright install``."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 1000}}


class Steps:
    """Numbered screenshots of one test's steps in ``test-artifacts/e2e/<test>/``."""

    def __init__(self, page, name: str) -> None:
        self.page = page
        self.folder = ARTIFACTS / re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self.count = 0

    def shot(self, label: str) -> Path:
        self.count += 1
        path = self.folder / f"{self.count:02d}-{label}.png"
        # JupyterLab renders a scrolled notebook lazily (windowing): let it paint.
        self.page.evaluate(
            "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
        )
        self.page.wait_for_timeout(300)
        self.page.screenshot(path=str(path), full_page=False)
        return path


@pytest.fixture
def steps(page, request):
    """Screenshots per step; on a failure, one more of the page as it was left."""
    recorder = Steps(page, request.node.name)
    yield recorder
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        try:
            recorder.shot("GAGAL")
        except Exception:  # noqa: BLE001 - the browser may be gone
            pass


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.rep_call = report
    return report
