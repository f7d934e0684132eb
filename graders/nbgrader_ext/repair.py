"""Repairs of submitted notebooks that would otherwise break nbgrader.

Every function here is pure (notebook in, notebook and findings out) so that the
file-level sanitiser (:mod:`graders.nbgrader_ext.sanitize`) and the autograde
preprocessor (:class:`graders.nbgrader_ext.preprocessors.RepairDuplicateGradeCells`)
share one implementation.

Findings are short Indonesian sentences, because instructors forward them to the
trainee concerned.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import nbformat
from nbformat import NotebookNode
from nbformat.v4.rwbase import rejoin_lines


@dataclass(frozen=True)
class Finding:
    """One thing the sanitiser noticed or repaired in a submission."""

    code: str
    message: str
    repaired: bool = True


def cell_grade_id(cell: NotebookNode) -> str | None:
    """The nbgrader grade id of a graded, solution, locked or task cell; else None."""
    meta = cell.get("metadata", {}).get("nbgrader")
    if not isinstance(meta, dict):
        return None
    if not (meta.get("grade") or meta.get("solution") or meta.get("locked") or meta.get("task")):
        return None
    gid = meta.get("grade_id")
    return gid if isinstance(gid, str) and gid else None


def _is_solution(cell: NotebookNode) -> bool:
    return bool(cell.get("metadata", {}).get("nbgrader", {}).get("solution"))


def grade_ids(nb: NotebookNode) -> list[str]:
    """The nbgrader grade ids of the notebook's cells, in order (duplicates kept)."""
    return [gid for gid in (cell_grade_id(c) for c in nb.cells) if gid is not None]


def repair_duplicate_grade_cells(nb: NotebookNode) -> list[Finding]:
    """Make every nbgrader ``grade_id`` occur once, in place.

    nbgrader's own DeduplicateIds blanks the metadata of earlier copies, which then
    fails schema validation and aborts the whole autograde batch with a misleading
    "run nbgrader update" message (see ../shared/NOTES.md). Here:

    * an answer cell that the trainee split into adjacent cells carrying the same
      metadata is merged back into one cell, so that nothing the trainee wrote is
      lost and the manual grader sees all of it;
    * any other copy keeps its content as an ordinary cell, and only the last
      occurrence stays a grade cell (the same choice nbgrader makes).
    """
    findings: list[Finding] = []
    # Merge adjacent split solution cells first.
    merged: list[NotebookNode] = []
    for cell in nb.cells:
        gid = cell_grade_id(cell)
        prev = merged[-1] if merged else None
        if (
            gid is not None
            and prev is not None
            and cell_grade_id(prev) == gid
            and _is_solution(cell)
            and prev.cell_type == cell.cell_type
        ):
            prev.source = prev.source.rstrip("\n") + "\n\n" + cell.source
            findings.append(
                Finding(
                    "sel_terpecah_digabung",
                    f"Sel jawaban '{gid}' terpecah menjadi beberapa sel; isinya digabung "
                    "kembali menjadi satu sel.",
                )
            )
            continue
        merged.append(cell)
    nb.cells = merged

    # Keep the last occurrence of any remaining duplicate as the grade cell.
    seen: set[str] = set()
    for cell in reversed(nb.cells):
        gid = cell_grade_id(cell)
        if gid is None:
            continue
        if gid in seen:
            del cell.metadata["nbgrader"]
            findings.append(
                Finding(
                    "sel_ganda",
                    f"Sel bernilai '{gid}' muncul lebih dari sekali; salinan yang lebih awal "
                    "dijadikan sel biasa (isinya tetap ada).",
                )
            )
        else:
            seen.add(gid)
    return findings


_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_CELL_TYPES = {"code", "markdown", "raw"}


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(v if isinstance(v, str) else str(v) for v in value)
    return "" if value is None else str(value)


def _normalize_structure(data: object) -> tuple[NotebookNode, list[Finding]]:
    """Turn parsed JSON into a version-4 notebook whose cells nbgrader can read.

    Hand-edited notebooks break nbgrader in ways JSON parsing does not catch
    (a cell that is not an object, ``"metadata": []``, a number as source, an
    integer grade id, no ``cell_type``). Each such defect is mended here and
    reported, so that the trainee's answers are still graded.
    """
    if not isinstance(data, dict):
        raise ValueError("not a notebook")
    findings: list[Finding] = []
    if data.get("nbformat") == 3 or "worksheets" in data:
        data = nbformat.convert(nbformat.from_dict(data), 4)
        findings.append(Finding("format_lama", "Notebook format lama (v3) diubah ke format 4."))
    cells = data.get("cells")
    if not isinstance(cells, list):
        raise ValueError("no cells")
    mended = 0
    kept = []
    for cell in cells:
        if not isinstance(cell, dict):
            mended += 1
            continue
        broken = False
        if not isinstance(cell.get("metadata"), dict):
            cell["metadata"], broken = {}, True
        if cell.get("cell_type") not in _CELL_TYPES:
            cell["cell_type"], broken = ("code" if "outputs" in cell else "markdown"), True
        source = cell.get("source")
        if not (
            isinstance(source, str)
            or (isinstance(source, list) and all(isinstance(x, str) for x in source))
        ):
            broken = True
        cell["source"] = _text(source)
        if cell["cell_type"] == "code":
            if not isinstance(cell.get("outputs"), list):
                cell["outputs"] = []
            cell.setdefault("execution_count", None)
        else:
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
        meta = cell["metadata"].get("nbgrader")
        if meta is not None and not isinstance(meta, dict):
            del cell["metadata"]["nbgrader"]
            broken = True
        elif isinstance(meta, dict) and not isinstance(meta.get("grade_id", ""), str):
            meta["grade_id"], broken = str(meta["grade_id"]), True
        mended += broken
        kept.append(cell)
    data["cells"] = kept
    if not isinstance(data.get("metadata"), dict):
        data["metadata"] = {}
    data["nbformat"] = 4
    data.setdefault("nbformat_minor", 5)
    if mended:
        findings.append(
            Finding(
                "struktur_diperbaiki",
                f"{mended} sel memiliki struktur yang rusak (misalnya tersunting di luar Jupyter) "
                "dan diperbaiki.",
            )
        )
    return rejoin_lines(nbformat.from_dict(data)), findings


def parse_notebook_text(text: str) -> tuple[NotebookNode | None, list[Finding]]:
    """Read notebook JSON, repairing the damage hand-editing commonly causes.

    Returns ``(notebook, findings)``; ``notebook`` is None when the text cannot be
    repaired. Attempts, in order: plain JSON; a leading byte-order mark removed;
    control characters inside strings allowed; trailing commas removed.
    """
    findings: list[Finding] = []
    candidates: list[tuple[str, str | None]] = [(text, None)]
    stripped = text.lstrip("\ufeff")
    if stripped != text:
        candidates.append((stripped, "Tanda BOM di awal berkas dihapus."))
    candidates.append((_TRAILING_COMMA.sub(r"\1", stripped), "Koma berlebih di JSON dihapus."))
    for candidate, note in candidates:
        for strict in (True, False):
            try:
                data = json.loads(candidate, strict=strict)
            except (json.JSONDecodeError, RecursionError):
                continue
            try:
                nb, structural = _normalize_structure(data)
            except Exception:  # noqa: BLE001 - any defect left means "not a notebook"
                return None, [
                    Finding(
                        "bukan_notebook",
                        "Berkas berisi JSON yang sah, tetapi bukan notebook Jupyter.",
                        repaired=False,
                    )
                ]
            findings.extend(structural)
            if note:
                findings.append(Finding("json_diperbaiki", note))
            if not strict:
                findings.append(
                    Finding("json_diperbaiki", "Karakter kendali di dalam teks JSON diterima.")
                )
            return nb, findings
    return None, [
        Finding(
            "json_rusak",
            "Notebook tidak dapat dibaca karena isinya bukan JSON yang sah "
            "(misalnya terpotong atau tersunting di luar Jupyter).",
            repaired=False,
        )
    ]
