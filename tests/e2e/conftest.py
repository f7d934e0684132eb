"""Browser tests: a real JupyterLab, started here, driven in Debian's headless Chromium.

Run with ``make e2e`` (``pytest tests/e2e -m e2e``); ``make test`` deselects them.
Nothing is installed at test time: Chromium comes from Debian's package
(``/usr/bin/chromium``), Playwright from the ``e2e`` extra, without ``playwright install``.

JupyterLab is started by ``humas-lab lab`` (what ``make lab`` runs: Indonesian UI by
default, hidden instructor folders, formgrader and Validate reading the course's
nbgrader configuration) on a temporary copy of the project's layout, 127.0.0.1, a free
port and a random token; every per-user folder of Jupyter, IPython and Chromium points
at a temporary folder. The server is stopped by the PID this fixture holds. Playwright
modules are imported inside
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
import urllib.error
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

    def api(self, path: str, method: str = "GET", body: object = None) -> object:
        """Call the server's REST API with the token; JSON in and out."""
        data = None if body is None else json.dumps(body).encode("utf-8")
        req = urllib.request.Request(
            f"{self.base_url}{path}",
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 - loopback only
            raw = resp.read()
            return json.loads(raw) if raw else None

    def wait_kernels_idle(self, timeout: float = 60) -> None:
        """Wait until every kernel of the server reports ``idle`` (REST API)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                kernels = self.api("/api/kernels")
            except urllib.error.HTTPError as err:
                # jupyter_server answers 500 while a kernel is being started
                # ("last_activity" not set yet): ask again.
                if err.code != 500:
                    raise
                time.sleep(0.3)
                continue
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


# The real home folder, read before any fixture points HOME elsewhere.
REAL_HOME = Path(os.path.expanduser("~"))
# Where Jupyter, IPython, matplotlib, Chromium and Playwright write per-user files.
HOME_WATCHED = [
    ".jupyter",
    ".local/share/jupyter",
    ".ipython",
    ".config/matplotlib",
    ".cache/matplotlib",
    ".config/chromium",
    ".cache/chromium",
    ".cache/ms-playwright",
    ".pki",
]


def home_snapshot(home: Path = REAL_HOME) -> dict[str, float]:
    """Names at the top of ``home`` and every file in the tools' folders, with mtimes."""
    found: dict[str, float] = {}
    try:
        for entry in home.iterdir():
            found[entry.name] = 0.0  # presence only: shells touch their own files
    except OSError:
        return found
    for rel in HOME_WATCHED:
        folder = home / rel
        if not folder.exists():
            continue
        for path in [folder, *folder.rglob("*")]:
            try:
                found[str(path.relative_to(home))] = path.stat().st_mtime
            except OSError:
                pass
    return found


def leftover_processes(marker: str) -> list[str]:
    """Processes whose command line mentions ``marker`` (this session's temp folder)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in cmd:
            found.append(f"{proc.name}: {cmd[:160]}")
    return found


@pytest.fixture(scope="session", autouse=True)
def e2e_environment(tmp_path_factory):
    """Per-user folders for this process too: the Playwright driver and Chromium
    inherit them (Chromium's temporary profile goes to TMPDIR).

    Set up first, torn down last: afterwards no server, kernel or browser started by
    the session may be running, and nothing may have been written in the real home.
    """
    before = home_snapshot()
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
    marker = str(tmp_path_factory.getbasetemp())
    deadline = time.monotonic() + 20
    while leftover_processes(marker) and time.monotonic() < deadline:
        time.sleep(0.3)
    assert leftover_processes(marker) == [], "processes left running by the browser tests"
    after = home_snapshot()
    changed = sorted(k for k in after if before.get(k) != after[k])
    assert changed == [], f"written into the real home folder {REAL_HOME}: {changed}"


def lab_command(course: Path, port: int, token: str) -> list[str]:
    """``make lab``'s command (``humas-lab lab``) on ``course``, on loopback, with a token."""
    args = [
        str(Path(sys.executable).with_name("humas-lab")),
        f"--course={course}",
        "lab",
        "--no-browser",
        f"--port={port}",
        "--port-retries=0",
        f"--IdentityProvider.token={token}",
    ]
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


def make_project(base: Path) -> tuple[Path, Path]:
    """A copy of the project's layout in ``base``: the root ``nbgrader_config.py`` and
    the course ``exercises/`` (config and sources, no answers from the real one).
    Returns ``(root, course)``."""
    root = base / "root"
    course = root / "exercises"
    (course / "source").mkdir(parents=True)
    shutil.copy(ROOT / "nbgrader_config.py", root)
    shutil.copy(ROOT / "exercises" / "nbgrader_config.py", course)
    for assignment in sorted(
        p.name for p in (ROOT / "exercises" / "source").iterdir() if p.is_dir()
    ):
        shutil.copytree(
            ROOT / "exercises" / "source" / assignment,
            course / "source" / assignment,
            ignore=shutil.ignore_patterns("*.json", ".ipynb_checkpoints"),
        )
    return root, course


@pytest.fixture(scope="session")
def lab(tmp_path_factory, e2e_environment) -> Lab:
    """``humas-lab lab`` (what ``make lab`` runs) on a temporary copy of the course.

    It generates the releases, copies them to the trainee's ``latihan/`` folder,
    installs the Indonesian defaults and serves the folder holding the course, from
    which the formgrader and the Validate button read ``nbgrader_config.py``.
    """
    base = tmp_path_factory.mktemp("e2e-lab")
    root, course = make_project(base)
    env = dict(os.environ, **e2e_environment)
    env.update(
        HUMAS_EXCHANGE_ROOT=str(base / "exchange"),
        HUMAS_WORKSPACE=str(root / "latihan"),
        BROWSER="true",
        PYTHONWARNINGS="ignore",
    )
    os.environ["HUMAS_EXCHANGE_ROOT"] = env["HUMAS_EXCHANGE_ROOT"]
    port, token = free_port(), secrets.token_hex(16)
    log = ARTIFACTS / "jupyterlab.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            lab_command(course, port, token),
            cwd=base,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, stopped by this PID
        )
    server = Lab(f"http://127.0.0.1:{port}", token, root, course, proc.pid, log, env)
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                server.api("/api/status")
                break
            except OSError:
                pass
            if proc.poll() is not None:
                raise AssertionError(f"JupyterLab exited:\n{log.read_text(errors='replace')}")
            if time.monotonic() > deadline:
                raise AssertionError("JupyterLab did not start within 180 s")
            time.sleep(0.3)
        yield server
    finally:
        _stop(proc, port)
        os.environ.pop("HUMAS_EXCHANGE_ROOT", None)


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
    # a trainee's browser in Indonesia: Indonesian locale (dates shown as dd/mm/yyyy)
    return {
        **browser_context_args,
        "viewport": {"width": 1280, "height": 1000},
        "locale": "id-ID",
        "timezone_id": "Asia/Jakarta",
    }


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
