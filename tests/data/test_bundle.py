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
