"""Saved answers as JSON files (plans, drafts): one reader and one writer, Indonesian errors.

Private to :mod:`humas`; :mod:`humas.plans` and :mod:`humas.posts` wrap these with their
own noun ("rencana", "draf") and error class.
"""

from __future__ import annotations

import json
from pathlib import Path


def write_json(data: object, path: str | Path) -> Path:
    """Write ``data`` as UTF-8 JSON (indent 2, non-ASCII kept); return the path."""
    target = Path(path)
    target.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def read_json(path: str | Path, *, noun: str, missing_hint: str, error: type[Exception]) -> object:
    """The JSON in ``path``. A missing file raises ``FileNotFoundError`` (with
    ``missing_hint``); an unreadable or invalid one raises ``error``. Messages name the
    file as "Berkas <noun> '<path>'"."""
    source = Path(path)
    name = f"Berkas {noun} '{source}'"
    try:
        text = source.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FileNotFoundError(f"{name} tidak ditemukan; {missing_hint}") from None
    except UnicodeDecodeError:
        raise error(f"{name} bukan teks UTF-8.") from None
    except OSError:
        raise error(f"{name} tidak dapat dibaca (folder, atau tidak ada izin baca).") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise error(f"{name} bukan JSON yang valid (baris {err.lineno}).") from None
    except ValueError:  # e.g. an integer with thousands of digits
        raise error(f"{name} berisi angka yang tidak wajar.") from None
