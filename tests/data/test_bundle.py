"""The data folder as a whole: size, licences, loading from wherever a notebook runs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from humas import data

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT / "datasets"


def test_committed_data_folder_stays_under_25_mb():
    total = sum(p.stat().st_size for p in DATASETS.rglob("*") if p.is_file())
    assert total < 25 * 1024 * 1024, f"{total / 1e6:.1f} MB"


def test_every_csv_has_a_datasheet_section_and_a_schema_entry():
    readme = (DATASETS / "README.md").read_text(encoding="utf-8")
    for csv_file in DATASETS.glob("*.csv"):
        assert f"`{csv_file.name}`" in readme, f"no datasheet for {csv_file.name}"
        assert csv_file.stem in data.available()


@pytest.mark.parametrize("where", ["course", "exercises", "elsewhere"])
def test_every_dataset_loads_from_where_notebooks_run(where, tmp_path, monkeypatch):
    monkeypatch.delenv(data.ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path if where == "elsewhere" else ROOT / where)
    for name in data.available():
        frame = data.load(name)
        assert isinstance(frame, pd.DataFrame) and len(frame) > 0, name
        for column in frame.columns:
            if pd.api.types.is_datetime64_any_dtype(frame[column]):
                assert frame[column].dt.tz is not None, f"{name}.{column} must be tz-aware"


def _copy_with(tmp_path, name, edit):
    """A data folder holding the real schema and an edited copy of one real file."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "schema.json").write_bytes((DATASETS / "schema.json").read_bytes())
    lines = (DATASETS / f"{name}.csv").read_bytes().split(b"\n")[:50]
    (folder / f"{name}.csv").write_bytes(edit(lines))
    return folder


def _first_datetime_column(name):
    import json

    columns = json.loads((DATASETS / "schema.json").read_text(encoding="utf-8"))["datasets"][name][
        "columns"
    ]
    for column, spec in columns.items():
        kind = spec if isinstance(spec, str) else spec.get("type")
        if kind == "datetime":
            return column
    return None


SYNTHETIC = ["mentions", "audience_survey", "inbox", "official_posts"]


@pytest.mark.parametrize("name", SYNTHETIC)
def test_real_file_with_a_missing_column_names_the_column(name, tmp_path, monkeypatch):
    def drop_last_column(lines):
        import csv
        import io

        rows = list(csv.reader(io.StringIO(b"\n".join(lines).decode("utf-8"))))
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(r[:-1] for r in rows if r)
        return out.getvalue().encode("utf-8")

    header = (DATASETS / f"{name}.csv").read_text(encoding="utf-8").split("\n", 1)[0]
    last = header.split(",")[-1]
    monkeypatch.setenv(data.ENV_VAR, str(_copy_with(tmp_path, name, drop_last_column)))
    with pytest.raises(data.DataError) as err:
        data.load(name)
    assert err.value.file == f"{name}.csv" and err.value.column == last
    assert f"'{name}.csv'" in str(err.value) and last in str(err.value)


@pytest.mark.parametrize("name", [n for n in SYNTHETIC if _first_datetime_column(n)])
def test_real_file_with_a_bad_date_names_file_row_and_column(name, tmp_path, monkeypatch):
    import csv
    import io

    column = _first_datetime_column(name)

    def break_date(lines):
        rows = list(csv.reader(io.StringIO(b"\n".join(lines).decode("utf-8"))))
        index = rows[0].index(column)
        rows[5][index] = "31-02-2026 25:61"
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(r for r in rows if r)
        return out.getvalue().encode("utf-8")

    monkeypatch.setenv(data.ENV_VAR, str(_copy_with(tmp_path, name, break_date)))
    with pytest.raises(data.DataError) as err:
        data.load(name)
    assert (err.value.file, err.value.row, err.value.column) == (f"{name}.csv", 5, column)
    assert "baris 5" in str(err.value)


@pytest.mark.parametrize("name", SYNTHETIC)
def test_real_file_in_the_wrong_encoding_or_empty_is_reported(name, tmp_path, monkeypatch):
    def latin1(lines):
        # An editor saved one value as Latin-1: "é" becomes the single byte 0xE9.
        lines[3] = lines[3].replace(b",", "é,".encode("latin-1"), 1)
        return b"\n".join(lines)

    monkeypatch.setenv(data.ENV_VAR, str(_copy_with(tmp_path, name, latin1)))
    with pytest.raises(data.DataError) as err:
        data.load(name)
    assert (err.value.file, err.value.row) == (f"{name}.csv", 3)
    assert "UTF-8" in str(err.value)

    (tmp_path / "data" / f"{name}.csv").write_bytes(b"")
    with pytest.raises(data.DataError) as err:
        data.load(name)
    assert err.value.file == f"{name}.csv" and "kosong" in str(err.value)
