"""Load the course datasets with the column types declared in ``schema.json``.

The data folder is looked up in this order:

1. the environment variable ``HUMAS_DATA_DIR`` (any folder, used as given);
2. ``humas/_datasets`` inside the installed package (wheel install);
3. ``<repo>/datasets`` next to the ``humas`` package (checkout or editable install).

Folders 2 and 3 are used only when they hold a ``schema.json``, so that an unrelated
``datasets`` folder in ``site-packages`` is never picked up by mistake.

``schema.json`` has the form::

    {"datasets": {"<name>": {"columns": {"<column>": "<type>" | {"type": "<type>", ...}}}}}

Types: ``int``, ``float``, ``str``, ``category``, ``datetime``, ``bool``. A column given as an
object may also set ``"nullable": true`` (empty cells allowed; the default is false),
``"categories": [...]`` (for ``category``) and ``"tz": "Asia/Jakarta"`` (for ``datetime``).

>>> df = load("nusax_senti_valid")
>>> list(df.columns), len(df)
(['id', 'text', 'label'], 100)
>>> str(df["id"].dtype), str(df["label"].dtype)
('int64', 'category')
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import os
import re
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only; pandas is imported lazily
    import pandas as pd

__all__ = [
    "AGENCY_NAMES",
    "ENV_VAR",
    "TOPIC_AGENCY",
    "TYPES",
    "DataError",
    "available",
    "data_dir",
    "load",
    "path",
]

ENV_VAR = "HUMAS_DATA_DIR"

# The fictional agencies of Nusa Bahari (short key -> name) and the agency in charge of each
# topic code of mentions.csv and inbox.csv (as in datasets/_generator/world.py, which made
# the data; a test keeps them equal). mentions.csv has no agency column: add one with
# ``mentions["topic"].astype(str).map(TOPIC_AGENCY)``.
AGENCY_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "pemprov": "Pemerintah Provinsi Nusa Bahari",
        "dinkes": "Dinas Kesehatan Provinsi Nusa Bahari",
        "bpbd": "BPBD Provinsi Nusa Bahari",
        "dishub": "Dinas Perhubungan Provinsi Nusa Bahari",
        "diskominfo": "Diskominfo Provinsi Nusa Bahari",
        "disdik": "Dinas Pendidikan Provinsi Nusa Bahari",
        "dinsos": "Dinas Sosial Provinsi Nusa Bahari",
    }
)
TOPIC_AGENCY: Mapping[str, str] = MappingProxyType(
    {
        "kesehatan": "dinkes",
        "dbd": "dinkes",
        "banjir": "bpbd",
        "transportasi": "dishub",
        "pendidikan": "disdik",
        "bansos": "dinsos",
        "layanan_publik": "pemprov",
        "infrastruktur": "pemprov",
        "informasi_hoaks": "diskominfo",
    }
)  # read-only: a notebook cannot change what the hidden tests read
SCHEMA_FILE = "schema.json"
TYPES = ("int", "float", "str", "category", "datetime", "bool")

_TRUE = frozenset({"true", "1", "ya"})
_FALSE = frozenset({"false", "0", "tidak"})
_INT_RE = r"[+-]?\d{1,18}"
_TZ_SUFFIX_RE = r"\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s?(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$"
_SURROGATE_RE = re.compile("[\udc80-\udcff]")
_TYPE_NAMES = {
    "int": "bilangan bulat",
    "float": "bilangan",
    "str": "teks",
    "category": "kategori",
    "datetime": "tanggal/waktu",
    "bool": "nilai logika",
}


class DataError(ValueError):
    """A dataset is missing or malformed.

    ``file`` is the file name (e.g. ``"x.csv"``), ``row`` the 1-based data row (the header
    is not counted; ``None`` when the problem is not in one row) and ``column`` the column
    name (or ``None``). The message is Indonesian and names all three.

    >>> err = DataError("Berkas 'x.csv' baris 2: contoh.", file="x.csv", row=2)
    >>> (err.file, err.row, err.column)
    ('x.csv', 2, None)
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.file = file
        self.row = row
        self.column = column


@dataclass(frozen=True)
class _Column:
    name: str
    type: str
    nullable: bool = False
    categories: tuple[str, ...] | None = None
    tz: str | None = None


def _error(detail: str, file: str, row: int | None = None, column: str | None = None) -> DataError:
    where = f"Berkas '{file}'"
    if row is not None:
        where += f" baris {row}"
    if column is not None:
        where += f", kolom '{column}'"
    return DataError(f"{where}: {detail}", file=file, row=row, column=column)


def _show(value: str, limit: int = 40) -> str:
    """Quote a cell value for a message, shortened and with bad bytes made visible."""
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return repr(value)


# --------------------------------------------------------------------------- data folder


def data_dir() -> Path:
    """Return the folder the datasets are read from (see the module docstring).

    >>> (data_dir() / "schema.json").is_file()
    True
    """
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        folder = Path(env).expanduser()
        if not folder.is_dir():
            raise DataError(
                f"Folder data '{env}' (dari variabel lingkungan {ENV_VAR}) tidak ditemukan. "
                f"Periksa nilainya atau hapus variabel itu agar data bawaan kursus dipakai."
            )
        return folder
    package = Path(__file__).parent
    for folder in (package / "_datasets", package.parent / "datasets"):
        if (folder / SCHEMA_FILE).is_file():
            return folder
    raise DataError(
        "Folder data kursus tidak ditemukan. Pasang ulang paket humas-lab, atau setel "
        f"variabel lingkungan {ENV_VAR} ke folder yang berisi berkas CSV dan {SCHEMA_FILE}."
    )


def available() -> list[str]:
    """Names of the datasets in the data folder, sorted.

    >>> "nusax_senti_train" in available()
    True
    """
    return sorted(p.stem for p in data_dir().glob("*.csv") if p.is_file())


def _stem(name: str) -> str:
    if not isinstance(name, str):
        raise TypeError(
            "Nama dataset harus berupa teks (str), misalnya 'nusax_senti_train', "
            f"bukan {type(name).__name__}."
        )
    stem = name.strip()
    if stem.lower().endswith(".csv"):
        stem = stem[:-4]
    return stem


def path(name: str) -> Path:
    """Path of the CSV file of dataset ``name`` (with or without ``.csv``).

    >>> path("nusax_senti_test.csv").name
    'nusax_senti_test.csv'
    """
    stem = _stem(name)
    folder = data_dir()
    candidate = folder / f"{stem}.csv"
    valid_name = bool(stem) and not any(c in stem for c in "/\\") and not stem.startswith(".")
    if valid_name and candidate.is_file():
        return candidate
    names = available()
    if names:
        listing = ", ".join(f"'{n}'" for n in names)
        detail = f"Dataset yang tersedia: {listing}."
        close = difflib.get_close_matches(stem, names, n=1)
        if close:
            detail = f"Mungkin maksud Anda '{close[0]}'? " + detail
    else:
        detail = f"Folder data '{folder}' belum berisi dataset (berkas .csv)."
    raise DataError(
        f"Dataset '{stem}' tidak ditemukan. {detail}", file=f"{stem}.csv", row=None, column=None
    )


# --------------------------------------------------------------------------- schema


def _parse_column(name: str, spec: Any) -> _Column:
    where = f"dataset di {SCHEMA_FILE}"
    if isinstance(spec, str):
        spec = {"type": spec}
    if not isinstance(spec, dict) or not isinstance(spec.get("type"), str):
        raise _error(
            f'kolom \'{name}\' harus diberi tipe, misalnya "int" atau {{"type": "int"}}.',
            SCHEMA_FILE,
        )
    kind = spec["type"]
    if kind not in TYPES:
        allowed = ", ".join(TYPES)
        raise _error(
            f"tipe '{kind}' untuk kolom '{name}' tidak dikenal ({where}). "
            f"Tipe yang dikenal: {allowed}.",
            SCHEMA_FILE,
        )
    categories = spec.get("categories")
    if categories is not None:
        if kind != "category" or not isinstance(categories, list):
            raise _error(
                f"'categories' untuk kolom '{name}' hanya boleh berupa daftar "
                "pada tipe 'category'.",
                SCHEMA_FILE,
            )
        categories = tuple(str(c) for c in categories)
    tz = spec.get("tz")
    if tz is not None:
        try:
            zoneinfo.ZoneInfo(tz)
        except (ValueError, TypeError, zoneinfo.ZoneInfoNotFoundError):
            raise _error(
                f"zona waktu {tz!r} untuk kolom '{name}' tidak dikenal; "
                "gunakan nama seperti 'Asia/Jakarta'.",
                SCHEMA_FILE,
            ) from None
    return _Column(
        name=name,
        type=kind,
        nullable=bool(spec.get("nullable", False)),
        categories=categories,
        tz=tz,
    )


def _schema(folder: Path, stem: str) -> list[_Column] | None:
    """Column specs of dataset ``stem`` from ``folder/schema.json`` (None if not declared)."""
    schema_path = folder / SCHEMA_FILE
    if not schema_path.is_file():
        return None
    try:
        document = json.loads(schema_path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise _error("berkas bukan teks UTF-8.", SCHEMA_FILE) from None
    except json.JSONDecodeError as exc:
        raise _error(
            f"bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno}).", SCHEMA_FILE
        ) from None
    datasets = document.get("datasets") if isinstance(document, dict) else None
    if not isinstance(datasets, dict):
        raise _error('harus berisi objek "datasets".', SCHEMA_FILE)
    entry = datasets.get(stem)
    if entry is None:
        return None
    columns = entry.get("columns") if isinstance(entry, dict) else None
    if not isinstance(columns, dict) or not columns:
        raise _error(f"dataset '{stem}' harus punya objek \"columns\".", SCHEMA_FILE)
    return [_parse_column(name, spec) for name, spec in columns.items()]


# --------------------------------------------------------------------------- reading


def load(name: str) -> pd.DataFrame:
    """Load dataset ``name`` as a DataFrame with the column types from ``schema.json``.

    Raises :class:`DataError` (Indonesian message naming file, row and column) when the
    dataset does not exist or its file is malformed.

    >>> load("nusax_senti_train").shape
    (500, 3)
    >>> load("tidak_ada")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    humas.data.DataError: Dataset 'tidak_ada' tidak ditemukan. Dataset yang tersedia: ...
    """
    csv_path = path(name)
    columns = _schema(csv_path.parent, csv_path.stem)
    return _read(csv_path, columns)


def _decode(raw: bytes) -> tuple[str, bool]:
    """Decode UTF-8 (BOM allowed). Return (text, has_bad_bytes)."""
    try:
        return raw.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        # Keep the bad bytes as surrogates so that the CSV pass can tell row and column.
        text = raw.decode("utf-8", "surrogateescape")
        return text.removeprefix("\ufeff"), True


def _bad_bytes_error(file: str, row: int | None, column: str | None, value: str) -> DataError:
    return _error(
        f"nilai {_show(value)} berisi bita yang bukan UTF-8. "
        "Simpan ulang berkas dengan pengodean UTF-8.",
        file,
        row,
        column,
    )


def _check_structure(
    text: str, file: str, columns: list[_Column] | None, bad_bytes: bool
) -> list[str]:
    """Check header and field counts row by row; return the header.

    pandas alone is not enough here: its parser errors are English and count physical
    lines (not data rows), rows with too few fields are silently padded with NaN,
    missing or extra header columns go unnoticed, and undecodable bytes are reported
    without a row or column. This pass finds the exact data row and column instead.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    row = 0
    try:
        for record in reader:
            if not record:  # blank line; pandas skips these too
                continue
            if header is None:
                header = record
                _check_header(header, file, columns, bad_bytes)
                continue
            row += 1
            if len(record) != len(header):
                if len(record) < len(header):
                    missing = header[len(record)]
                    raise _error(
                        f"hanya ada {len(record)} nilai, padahal baris judul punya "
                        f"{len(header)} kolom; kolom '{missing}' dan seterusnya tidak terisi. "
                        "Periksa tanda koma dan tanda kutip.",
                        file,
                        row,
                        missing,
                    )
                raise _error(
                    f"ada {len(record)} nilai, padahal baris judul hanya punya {len(header)} "
                    'kolom. Nilai yang memuat koma harus diapit tanda kutip (").',
                    file,
                    row,
                )
            if bad_bytes:
                for name, value in zip(header, record, strict=True):
                    if _SURROGATE_RE.search(value):
                        raise _bad_bytes_error(file, row, name, value)
    except csv.Error as exc:
        reason = str(exc)
        if "field larger" in reason:
            detail = "nilai terlalu panjang (lebih dari 131.072 karakter)."
        elif "NUL" in reason:
            detail = "berisi karakter NUL; berkas ini tampaknya bukan teks CSV."
        else:
            detail = (
                'tanda kutip (") tidak berpasangan atau diikuti karakter selain koma. '
                "Periksa penulisan tanda kutip di baris ini."
            )
        raise _error(detail, file, row + 1 if header is not None else None) from None
    if header is None:
        raise _error("berkas kosong (tidak ada baris judul maupun data).", file)
    return header


def _check_header(
    header: list[str], file: str, columns: list[_Column] | None, bad_bytes: bool
) -> None:
    seen: set[str] = set()
    for name in header:
        if bad_bytes and _SURROGATE_RE.search(name):
            raise _error(
                f"baris judul berisi bita yang bukan UTF-8 ({_show(name)}). "
                "Simpan ulang berkas dengan pengodean UTF-8.",
                file,
            )
        if not name.strip():
            raise _error("baris judul memuat nama kolom kosong.", file)
        if name in seen:
            raise _error("nama kolom ini muncul dua kali di baris judul.", file, column=name)
        seen.add(name)
    if columns is None:
        return
    expected = [c.name for c in columns]
    listing = ", ".join(expected)
    for name in header:  # unknown names first: a misspelt name is also a "missing" one
        if name not in expected:
            if name.strip() in expected:
                hint = " (ada spasi berlebih?)"
            else:
                close = difflib.get_close_matches(name, expected, n=1)
                hint = f" (mungkin maksudnya '{close[0]}'?)" if close else ""
            raise _error(
                f"kolom ini tidak dikenal{hint}; menurut {SCHEMA_FILE} kolomnya: {listing}.",
                file,
                column=name,
            )
    for name in expected:
        if name not in seen:
            raise _error(
                f"kolom ini tidak ada di baris judul. Kolom yang diharapkan: {listing}.",
                file,
                column=name,
            )


def _read(csv_path: Path, columns: list[_Column] | None) -> pd.DataFrame:
    import pandas as pd

    file = csv_path.name
    try:
        raw = csv_path.read_bytes()
    except OSError as exc:
        raise _error(f"tidak dapat dibaca ({exc.strerror or exc}).", file) from None
    if not raw.removeprefix(b"\xef\xbb\xbf").strip():
        raise _error("berkas kosong (tidak ada baris judul maupun data).", file)
    text, bad_bytes = _decode(raw)
    _check_structure(text, file, columns, bad_bytes)

    if columns is None:  # no schema entry: let pandas infer the types
        return pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""])
    try:
        strings = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (ValueError, pd.errors.ParserError) as exc:  # the pass above should prevent this
        raise _error(f"tidak dapat dibaca sebagai CSV ({exc}).", file) from None
    converted = {col.name: _convert(strings[col.name], col, file) for col in columns}
    return pd.DataFrame(converted, index=pd.RangeIndex(len(strings)))


def _first_bad(bad: pd.Series) -> int | None:
    """1-based data row of the first True in ``bad`` (index is the 0-based row)."""
    if not bad.any():
        return None
    return int(bad.idxmax()) + 1


def _convert(values: pd.Series, col: _Column, file: str) -> pd.Series:
    """Check every value of one column against its type, then convert it."""
    import pandas as pd

    empty = values == ""
    row = _first_bad(empty)
    if row is not None and not col.nullable:
        raise _error("nilai kosong, padahal kolom ini wajib diisi.", file, row, col.name)
    filled = values.mask(empty)  # empty cells -> missing

    def check(ok: pd.Series, detail: str) -> None:
        bad = ~ok & ~empty
        row = _first_bad(bad)
        if row is not None:
            value = values.iloc[row - 1]
            raise _error(f"nilai {_show(value)} {detail}", file, row, col.name)

    if col.type == "str":
        return filled if col.nullable else values
    if col.type == "int":
        check(values.str.fullmatch(_INT_RE), "bukan bilangan bulat.")
        return filled.astype("Int64" if col.nullable else "int64")
    if col.type == "float":
        numbers = pd.to_numeric(filled, errors="coerce")
        check(
            numbers.notna(),
            "bukan bilangan. Gunakan titik sebagai pemisah desimal, misalnya 3.5.",
        )
        return numbers.astype("float64")
    if col.type == "bool":
        lowered = values.str.strip().str.lower()
        check(lowered.isin(_TRUE | _FALSE), "bukan nilai logika (true/false).")
        result = lowered.map(lambda v: v in _TRUE if v else None)
        return result.astype("boolean" if col.nullable else "bool")
    if col.type == "category":
        if col.categories is not None:
            allowed = ", ".join(f"'{c}'" for c in col.categories)
            detail = f"bukan salah satu kategori yang diizinkan: {allowed}."
            check(values.isin(col.categories), detail)
            return filled.astype(pd.CategoricalDtype(list(col.categories)))
        return filled.astype("category")
    return _convert_datetime(values, filled, empty, col, file)


def _convert_datetime(
    values: pd.Series, filled: pd.Series, empty: pd.Series, col: _Column, file: str
) -> pd.Series:
    import pandas as pd

    parsed = pd.to_datetime(filled, format="ISO8601", errors="coerce", utc=True)
    row = _first_bad(parsed.isna() & ~empty)
    if row is not None:
        raise _error(
            f"nilai {_show(values.iloc[row - 1])} bukan tanggal/waktu ISO 8601 "
            "(misalnya 2026-03-20 atau 2026-03-20T08:30:00+07:00).",
            file,
            row,
            col.name,
        )
    aware = values.str.contains(_TZ_SUFFIX_RE, regex=True) & ~empty
    if aware.any() and not aware[~empty].all():
        first_kind = bool(aware[~empty].iloc[0])
        row = _first_bad((aware != first_kind) & ~empty)
        raise _error(
            f"nilai {_show(values.iloc[row - 1])} "
            + ("tidak mencantumkan zona waktu" if first_kind else "mencantumkan zona waktu")
            + ", padahal nilai pertama di kolom ini "
            + ("mencantumkannya." if first_kind else "tidak."),
            file,
            row,
            col.name,
        )
    try:
        if aware.any():
            if col.tz:
                return parsed.dt.tz_convert(col.tz)
            try:  # keep the offset written in the file when all values share it
                return pd.to_datetime(filled, format="ISO8601")
            except ValueError:
                return parsed
        naive = pd.to_datetime(filled, format="ISO8601")
        return naive.dt.tz_localize(col.tz) if col.tz else naive
    except (ValueError, TypeError, KeyError) as exc:  # e.g. an unknown time zone in schema.json
        raise _error(
            f"tidak dapat diubah menjadi tanggal/waktu ({exc}).", file, None, col.name
        ) from None
