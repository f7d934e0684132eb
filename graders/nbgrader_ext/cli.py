"""``humas-lab``: the instructor's and the self-study learner's command line.

Subcommands (messages in Indonesian, since instructors and learners read them):

* ``humas-lab autograde ASSIGNMENT`` — sanitise every submission, autograde the
  batch with nbgrader, re-run any trainee whose grading failed (for example a
  kernel that could not start) and print a per-trainee summary.
* ``humas-lab demo`` — the instructor's whole job, headless, on sample
  submissions: generate, autograde, grade table, feedback HTML, CSV export.
* ``humas-lab lab`` — generate the trainees' versions of the exercises and open
  JupyterLab (Indonesian by default) on the course, bound to 127.0.0.1.
* ``humas-lab periksa NOTEBOOK`` — self-study check: grade one notebook in a
  temporary course and print each question's points and feedback, without ever
  showing the hidden tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .sanitize import sanitize_assignment

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_COURSE = PROJECT_ROOT / "exercises"
# Self-study learners work on copies here (git-ignored), never in release/, which
# is regenerated whenever a source changes.
WORKSPACE = Path(os.environ.get("HUMAS_WORKSPACE", PROJECT_ROOT / "latihan"))


def _nbgrader(course: Path, *args: str, check: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.setdefault("PYTHONWARNINGS", "ignore")
    # nbgrader runs the `alembic` executable by name: make this environment's
    # scripts findable even when the virtualenv is not activated.
    scripts = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join([scripts, env.get("PATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "nbgrader", *args],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
        check=check,
    )


def assignments(course: Path) -> list[str]:
    """Assignment names, from the folders in ``source/``."""
    return sorted(p.name for p in (course / "source").iterdir() if p.is_dir())


def students_of(course: Path, assignment: str) -> list[str]:
    return sorted(p.name for p in (course / "submitted").glob("*") if (p / assignment).is_dir())


def _graded(course: Path, assignment: str, student: str) -> bool:
    """Whether the gradebook holds a complete autograde of this submission."""
    expected = sorted(p.stem for p in (course / "source" / assignment).glob("*.ipynb"))
    out = course / "autograded" / student / assignment
    return all((out / f"{name}.ipynb").exists() for name in expected)


def generate(course: Path, assignment: str) -> None:
    """``nbgrader generate_assignment``; raises with nbgrader's log on failure."""
    proc = _nbgrader(course, "generate_assignment", assignment, "--force")
    if proc.returncode != 0:
        raise RuntimeError(
            f"Gagal membuat versi peserta untuk '{assignment}':\n{proc.stdout}{proc.stderr}"
        )


def autograde(
    course: Path, assignment: str, students: Sequence[str] | None = None, *, force: bool = True
) -> dict[str, str]:
    """Sanitise and autograde; returns ``{student: "ok" | "gagal"}``.

    The whole batch runs in one nbgrader process (kernel start-up dominates the
    cost, see ../shared/NOTES.md); any trainee left without an autograded notebook
    is re-run alone, once, so that a transient failure (a kernel port race) does
    not leave stale grades.
    """
    course = Path(course)
    targets = list(students) if students else students_of(course, assignment)
    sanitize_assignment(course, assignment, targets or None)
    args = ["autograde", assignment, "--create"]
    if force:
        args.append("--force")
    if students and len(targets) == 1:
        args += ["--student", targets[0]]
    if not students or len(targets) == 1:
        _nbgrader(course, *args)
    else:
        for student in targets:
            _nbgrader(course, *args, "--student", student)
    status: dict[str, str] = {}
    for student in targets:
        if not _graded(course, assignment, student):
            _nbgrader(course, "autograde", assignment, "--create", "--force", "--student", student)
        status[student] = "ok" if _graded(course, assignment, student) else "gagal"
    return status


def grade_table(course: Path, assignment: str) -> list[tuple[str, float, float]]:
    """``(student, score, max_score)`` rows read from the gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    rows = []
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        max_score = gb.find_assignment(assignment).max_score
        for student in gb.students:
            try:
                sub = gb.find_submission(assignment, student.id)
            except MissingEntry:
                continue
            rows.append((student.id, float(sub.score), float(max_score)))
    return rows


def question_scores(course: Path, assignment: str, student: str) -> dict[str, float | None]:
    """Points per grade cell of one submission (None: awaits manual grading)."""
    from nbgrader.api import Gradebook

    out: dict[str, float | None] = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        sub = gb.find_submission(assignment, student)
        for nb in sub.notebooks:
            for grade in nb.grades:
                if grade.auto_score is None and grade.manual_score is None:
                    out[grade.name] = None
                else:
                    out[grade.name] = float(grade.score)
    return out


def _print_table(rows: list[tuple[str, float, float]]) -> None:
    width = max([len("Peserta")] + [len(r[0]) for r in rows])
    print(f"{'Peserta':<{width}}  Nilai")
    for student, score, max_score in rows:
        print(f"{student:<{width}}  {score:g} / {max_score:g}")


def cmd_autograde(ns: argparse.Namespace) -> int:
    course = Path(ns.course).resolve()
    status = autograde(course, ns.assignment, ns.student or None)
    report = course / "sanitasi" / ns.assignment / "laporan.csv"
    _print_table(grade_table(course, ns.assignment))
    failed = [s for s, v in status.items() if v != "ok"]
    print(f"\nLaporan sanitasi kiriman: {report}")
    if failed:
        print("Penilaian gagal untuk: " + ", ".join(failed) + " (lihat log nbgrader).")
        return 1
    return 0


def cmd_demo(ns: argparse.Namespace) -> int:
    from .samples import write_sample_submissions

    course = Path(ns.course).resolve()
    for assignment in assignments(course):
        print(f"== {assignment}: membuat versi peserta (generate_assignment)")
        generate(course, assignment)
        students = write_sample_submissions(course, assignment)
        print(f"== {assignment}: menilai {len(students)} contoh kiriman (autograde)")
        status = autograde(course, assignment, None)
        _print_table(grade_table(course, assignment))
        bad = [s for s, v in status.items() if v != "ok"]
        if bad:
            print("Penilaian gagal untuk: " + ", ".join(bad))
            return 1
        proc = _nbgrader(course, "generate_feedback", assignment, "--force")
        if proc.returncode != 0:
            print(proc.stdout + proc.stderr)
            return 1
        print(f"== {assignment}: umpan balik HTML di {course / 'feedback'}")
    proc = _nbgrader(course, "export", "--to", str(course / "grades.csv"))
    if proc.returncode != 0:
        print(proc.stdout + proc.stderr)
        return 1
    print(f"== Rekap nilai (CSV): {course / 'grades.csv'}")
    return 0


def _find_assignment(course: Path, notebook: Path) -> str | None:
    for assignment in assignments(course):
        if (course / "source" / assignment / notebook.name).exists():
            return assignment
    return None


def cmd_periksa(ns: argparse.Namespace) -> int:
    """Self-study check of one notebook in a throw-away course copy."""
    from .feedback import feedback_items

    course = Path(ns.course).resolve()
    notebooks = [Path(p).resolve() for p in ns.notebook] or sorted(WORKSPACE.glob("*.ipynb"))
    if not notebooks:
        print("Tidak ada notebook untuk diperiksa. Contoh: humas-lab periksa 01-regulasi.ipynb")
        return 2
    code = 0
    for notebook in notebooks:
        assignment = _find_assignment(course, notebook)
        if assignment is None:
            print(f"'{notebook.name}' bukan notebook latihan yang dikenal.")
            code = 2
            continue
        with tempfile.TemporaryDirectory(prefix="humas-periksa-") as tmp:
            temp_course = Path(tmp) / "course"
            temp_course.mkdir()
            shutil.copy(course / "nbgrader_config.py", temp_course)
            shutil.copytree(course / "source" / assignment, temp_course / "source" / assignment)
            generate(temp_course, assignment)
            sub = temp_course / "submitted" / "mandiri" / assignment
            sub.mkdir(parents=True)
            shutil.copy(notebook, sub / notebook.name)
            status = autograde(temp_course, assignment, ["mandiri"])
            if status.get("mandiri") != "ok":
                print(
                    f"\n'{notebook.name}' tidak dapat dinilai otomatis. Buka notebook itu, "
                    "jalankan ulang semua sel (Kernel -> Restart Kernel and Run All Cells), "
                    "simpan, lalu coba lagi."
                )
                code = 1
                continue
            scores = question_scores(temp_course, assignment, "mandiri")
            auto_nb = temp_course / "autograded" / "mandiri" / assignment / notebook.name
            items = feedback_items(auto_nb)
            total = sum(v for v in scores.values() if v is not None)
            print(f"\nHasil pemeriksaan mandiri: {notebook.name}")
            for grade_id, points in scores.items():
                shown = "dinilai pengajar" if points is None else f"{points:g}"
                if points == 0 and grade_id not in items:
                    shown += " (belum dijawab)"
                print(f"  {grade_id}: {shown}")
                for line in items.get(grade_id, []):
                    print(f"      {line}")
            print(f"  Jumlah nilai otomatis: {total:g}")
    return code


def _release_is_stale(course: Path, assignment: str) -> bool:
    release = course / "release" / assignment
    sources = list((course / "source" / assignment).glob("*.ipynb"))
    if not release.is_dir():
        return True
    for src in sources:
        out = release / src.name
        if not out.exists() or out.stat().st_mtime < src.stat().st_mtime:
            return True
    return False


def copy_for_self_study(course: Path, assignment: str, workspace: Path = WORKSPACE) -> list[Path]:
    """Copy released notebooks to ``latihan/`` unless a copy is already there.

    Never overwrites: that copy holds the learner's work.
    """
    copied = []
    for nb in sorted((course / "release" / assignment).glob("*.ipynb")):
        target = workspace / nb.name
        if not target.exists():
            workspace.mkdir(parents=True, exist_ok=True)
            shutil.copy(nb, target)
            copied.append(target)
    return copied


LAB_HIDDEN = [
    "__pycache__",
    "*.pyc",
    "*.egg-info",
    "exercises",
    "tests",
    "benchmarks",
    "build",
    "dist",
    "nbgrader_config.py",
]

LAB_DEFAULTS = {
    # Indonesian UI by default; a user's own choice in their settings still wins.
    "@jupyterlab/translation-extension:plugin": {"locale": "id_ID"},
    # No news pop-up asking to reach the internet.
    "@jupyterlab/apputils-extension:notification": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}


def install_lab_defaults(prefix: Path | None = None) -> Path:
    """Write JupyterLab's ``overrides.json`` (defaults, not user settings) into the env."""
    target = (
        Path(prefix or sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    current = {}
    if target.exists():
        try:
            current = json.loads(target.read_text(encoding="utf-8"))
        except ValueError:
            current = {}
    merged = {**current, **{k: {**current.get(k, {}), **v} for k, v in LAB_DEFAULTS.items()}}
    if merged != current:
        target.write_text(json.dumps(merged, indent=2, ensure_ascii=False), encoding="utf-8")
    return target


def exchange_root(course: Path) -> Path:
    """The exchange folder the course's ``nbgrader_config.py`` sets (``Exchange.root``)."""
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    return Path(config.Exchange.root)


def cmd_lab(ns: argparse.Namespace, extra: Sequence[str]) -> int:
    course = Path(ns.course).resolve()
    for assignment in assignments(course):
        if _release_is_stale(course, assignment):
            print(f"Menyiapkan versi peserta untuk latihan {assignment} ...")
            generate(course, assignment)
        copy_for_self_study(course, assignment)
    install_lab_defaults()
    # nbgrader's release, fetch, submit and collect need the exchange folder to exist;
    # without it formgrader turns those buttons off with a warning.
    exchange_root(course).mkdir(parents=True, exist_ok=True)
    # The server's root is the folder holding the course (the project root for
    # `make lab`). nbgrader's formgrader and Validate button read nbgrader_config.py
    # from the server's working directory: the project root has one that loads the
    # course's, so the server runs from there.
    root = course.parent
    os.chdir(root)
    start = "course/00-mulai.ipynb"
    default_url = f"/lab/tree/{start}" if (root / start).exists() else "/lab"
    args = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.ip=127.0.0.1",
        f"--LabApp.default_url={default_url}",
        # Trainees browse lessons, their copies in latihan/ and the data; the
        # instructor's folders (sources with answer keys, rubrics, samples) and the
        # developers' ones are not listed.
        "--ContentsManager.hide_globs=" + json.dumps(LAB_HIDDEN),
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    args += list(extra)
    sys.stdout.flush()
    os.execv(sys.executable, args)
    return 0  # pragma: no cover - execv does not return


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="humas-lab", description="Alat Lab Humas Digital.")
    parser.add_argument("--course", default=str(DEFAULT_COURSE), help="folder kursus nbgrader")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("autograde", help="sanitasi lalu nilai otomatis semua kiriman")
    p.add_argument("assignment")
    p.add_argument("--student", action="append", help="hanya peserta ini (boleh berulang)")
    p.set_defaults(func=cmd_autograde)
    p = sub.add_parser("demo", help="pekerjaan pengajar tanpa antarmuka, pada contoh kiriman")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("lab", help="buka JupyterLab pada materi kursus")
    p.set_defaults(func=cmd_lab, passthrough=True)
    p = sub.add_parser("periksa", help="periksa sendiri notebook latihan (belajar mandiri)")
    p.add_argument("notebook", nargs="*")
    p.set_defaults(func=cmd_periksa)
    ns, extra = parser.parse_known_args(argv)
    if getattr(ns, "passthrough", False):
        return ns.func(ns, extra)
    if extra:
        parser.error("argumen tidak dikenal: " + " ".join(extra))
    return ns.func(ns)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
