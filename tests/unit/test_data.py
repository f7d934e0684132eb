"""humas.data: loading the course datasets and rejecting malformed files clearly."""

from __future__ import annotations

import csv
import json
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

import humas
from humas import data
from humas.data import DataError

NUSAX = {"nusax_senti_train": 500, "nusax_senti_valid": 100, "nusax_senti_test": 400}

# Words that would give away an English (untranslated) message.
ENGLISH = re.compile(
    r"\b(the|expected|error|line|field|unable|invalid|could not|column|file|row|tokeniz)",
    re.IGNORECASE,
)

SCHEMA = {
    "datasets": {
        "contoh": {
            "columns": {
                "id": "int",
                "nilai": "float",
                "teks": "str",
                "label": {"type": "category", "categories": ["negatif", "netral", "positif"]},
                "waktu": {"type": "datetime", "tz": "Asia/Jakarta"},
                "dibalas": "bool",
                "suka": {"type": "int", "nullable": True},
            }
        }
    }
}
HEADER = "id,nilai,teks,label,waktu,dibalas,suka\n"
GOOD_ROWS = (
    "1,3.5,Layanan cepat,positif,2026-03-20T08:30:00+07:00,true,12\n"
    '2,0.25,"Antrean panjang, petugas ramah",netral,2026-03-20T09:00:00+07:00,false,\n'
)


def assert_indonesian(message: str) -> None:
    assert not ENGLISH.search(message), f"message is not Indonesian: {message}"


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder with the schema above, selected through HUMAS_DATA_DIR."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "schema.json").write_text(json.dumps(SCHEMA), encoding="utf-8")
    monkeypatch.setenv(data.ENV_VAR, str(folder))
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(data.ENV_VAR, raising=False)


# --------------------------------------------------------------------------- real data


@pytest.mark.parametrize("name", sorted(NUSAX))
def test_each_nusax_file_loads_from_another_working_directory(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_env: None
) -> None:
    monkeypatch.chdir(tmp_path)
    df = data.load(name)
    assert list(df.columns) == ["id", "text", "label"]
    assert len(df) == NUSAX[name]
    assert df["id"].dtype == "int64"
    assert df["id"].is_unique
    assert list(df["label"].cat.categories) == ["negative", "neutral", "positive"]
    assert df["text"].notna().all()
    with data.path(name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert df["text"].tolist() == [r["text"] for r in rows]
    assert df["id"].tolist() == [int(r["id"]) for r in rows]


def test_name_may_end_in_csv(no_env: None) -> None:
    pd.testing.assert_frame_equal(
        data.load("nusax_senti_valid.csv"), data.load("nusax_senti_valid")
    )


def test_available_lists_the_nusax_files(no_env: None) -> None:
    assert set(NUSAX) <= set(data.available())


def test_checkout_folder_is_the_default(no_env: None) -> None:
    repo_datasets = Path(humas.__file__).parent.parent / "datasets"
    if (Path(humas.__file__).parent / "_datasets").is_dir():
        pytest.skip("installed from a wheel: humas/_datasets comes first")
    assert data.data_dir() == repo_datasets


def test_package_datasets_come_before_the_checkout_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_env: None
) -> None:
    package = tmp_path / "humas"
    for folder in (package / "_datasets", tmp_path / "datasets"):
        folder.mkdir(parents=True)
        (folder / "schema.json").write_text('{"datasets": {}}', encoding="utf-8")
    monkeypatch.setattr(data, "__file__", str(package / "data.py"))
    assert data.data_dir() == package / "_datasets"
    (package / "_datasets" / "schema.json").unlink()
    assert data.data_dir() == tmp_path / "datasets"


def test_environment_variable_comes_first(data_folder: Path) -> None:
    assert data.data_dir() == data_folder


def test_missing_environment_folder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(data.ENV_VAR, str(tmp_path / "tidak-ada"))
    with pytest.raises(DataError, match="HUMAS_DATA_DIR") as info:
        data.load("nusax_senti_train")
    assert_indonesian(str(info.value))


def test_unknown_name_lists_the_available_datasets(no_env: None) -> None:
    with pytest.raises(DataError) as info:
        data.load("nusax_senti_latih")
    message = str(info.value)
    assert "'nusax_senti_latih'" in message
    assert "tidak ditemukan" in message
    assert "'nusax_senti_train'" in message and "'nusax_senti_test'" in message
    assert info.value.file == "nusax_senti_latih.csv"
    assert info.value.row is None and info.value.column is None
    assert isinstance(info.value, ValueError)
    assert_indonesian(message)


@pytest.mark.parametrize("name", ["../datasets/nusax_senti_train", "", ".csv", "/etc/passwd"])
def test_names_that_are_not_dataset_names_are_unknown(name: str, no_env: None) -> None:
    with pytest.raises(DataError, match="tidak ditemukan"):
        data.load(name)


def test_a_name_that_is_not_text_is_a_type_error(no_env: None) -> None:
    with pytest.raises(TypeError, match="Nama dataset harus berupa teks"):
        data.load(3)  # type: ignore[arg-type]


def test_loading_is_silent(capsys: pytest.CaptureFixture[str], no_env: None) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data.load("nusax_senti_test")
    assert caught == []
    assert capsys.readouterr() == ("", "")


# --------------------------------------------------------------------------- types


def test_columns_get_the_types_from_the_schema(data_folder: Path) -> None:
    (data_folder / "contoh.csv").write_text(HEADER + GOOD_ROWS, encoding="utf-8")
    df = data.load("contoh")
    assert list(df.columns) == ["id", "nilai", "teks", "label", "waktu", "dibalas", "suka"]
    assert df["id"].dtype == "int64"
    assert df["nilai"].tolist() == [3.5, 0.25]
    assert df["teks"].tolist() == ["Layanan cepat", "Antrean panjang, petugas ramah"]
    assert list(df["label"].cat.categories) == ["negatif", "netral", "positif"]
    assert str(df["waktu"].dt.tz) == "Asia/Jakarta"
    assert df["waktu"].iloc[0] == pd.Timestamp("2026-03-20 08:30", tz="Asia/Jakarta")
    assert df["dibalas"].dtype == bool and df["dibalas"].tolist() == [True, False]
    assert str(df["suka"].dtype) == "Int64"
    assert df["suka"].iloc[0] == 12 and df["suka"].isna().iloc[1]


def test_bom_crlf_and_blank_lines_are_accepted(data_folder: Path) -> None:
    content = "\ufeff" + (HEADER + GOOD_ROWS).replace("\n", "\r\n") + "\r\n\r\n"
    (data_folder / "contoh.csv").write_bytes(content.encode("utf-8"))
    assert data.load("contoh").shape == (2, 7)


def test_header_only_gives_an_empty_table(data_folder: Path) -> None:
    (data_folder / "contoh.csv").write_text(HEADER, encoding="utf-8")
    df = data.load("contoh")
    assert df.shape == (0, 7)
    assert df["id"].dtype == "int64"


def test_columns_are_returned_in_schema_order(data_folder: Path) -> None:
    rows = [line.split(",", 1) for line in ["1,3.5", "2,0.25"]]
    header = "nilai,id,teks,label,waktu,dibalas,suka\n"
    body = "".join(f"{n},{i},x,netral,2026-01-02T08:00:00+07:00,false,\n" for i, n in rows)
    (data_folder / "contoh.csv").write_text(header + body, encoding="utf-8")
    df = data.load("contoh")
    assert list(df.columns)[:2] == ["id", "nilai"]
    assert df["id"].tolist() == [1, 2]


def test_dataset_without_schema_entry_is_read_with_inferred_types(data_folder: Path) -> None:
    (data_folder / "bebas.csv").write_text("a,b\n1,x\n2,y\n", encoding="utf-8")
    df = data.load("bebas")
    assert df["a"].tolist() == [1, 2]
    assert df["b"].tolist() == ["x", "y"]


# --------------------------------------------------------------------------- malformed files

BAD_FILES = {
    # name: (content, row, column, words in the message)
    "too_many_fields": (
        HEADER
        + GOOD_ROWS
        + "3,1.0,Tanpa kutip, ada koma,netral,2026-03-21T10:00:00+07:00,true,1\n",
        3,
        None,
        "8 nilai",
    ),
    "too_few_fields": (HEADER + "1,2.0,Pendek,netral\n" + GOOD_ROWS, 1, "waktu", "hanya ada 4"),
    "int_not_a_number": (
        HEADER + GOOD_ROWS + "abc,1.0,x,netral,2026-03-21T10:00:00+07:00,true,1\n",
        3,
        "id",
        "nilai 'abc' bukan bilangan bulat",
    ),
    "decimal_comma": (
        HEADER + GOOD_ROWS + '3,"3,5",x,netral,2026-03-21T10:00:00+07:00,true,1\n',
        3,
        "nilai",
        "bukan bilangan",
    ),
    "unknown_category": (
        HEADER + "1,1.0,x,positive,2026-03-21T10:00:00+07:00,true,1\n",
        1,
        "label",
        "kategori yang diizinkan",
    ),
    "impossible_date": (
        HEADER + GOOD_ROWS + "3,1.0,x,netral,2026-02-30,true,1\n",
        3,
        "waktu",
        "bukan tanggal/waktu",
    ),
    "mixed_time_zones": (
        HEADER + GOOD_ROWS + "3,1.0,x,netral,2026-03-21 10:00:00,true,1\n",
        3,
        "waktu",
        "zona waktu",
    ),
    "not_a_boolean": (
        HEADER + "1,1.0,x,netral,2026-03-21T10:00:00+07:00,mungkin,1\n",
        1,
        "dibalas",
        "nilai logika",
    ),
    "empty_required_value": (
        HEADER + GOOD_ROWS + "3,1.0,,netral,2026-03-21T10:00:00+07:00,true,1\n",
        3,
        "teks",
        "nilai kosong",
    ),
    "missing_header_column": (
        "id,nilai,teks,waktu,dibalas,suka\n1,1.0,x,2026-03-21T10:00:00+07:00,true,1\n",
        None,
        "label",
        "tidak ada di baris judul",
    ),
    "extra_header_column": (
        HEADER.rstrip("\n") + ",skor\n" + "1,1.0,x,netral,2026-03-21T10:00:00+07:00,true,1,5\n",
        None,
        "skor",
        "tidak dikenal",
    ),
    "header_with_spaces": (
        HEADER.replace(",teks", ", teks") + GOOD_ROWS,
        None,
        " teks",
        "spasi berlebih",
    ),
    "duplicate_header_column": ("id,id\n1,2\n", None, "id", "muncul dua kali"),
    "unbalanced_quote": (
        HEADER + GOOD_ROWS + '3,1.0,"kutip "tidak" rapi,netral,2026-03-21,true,1\n',
        3,
        None,
        "tanda kutip",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_malformed_file_names_file_row_and_column(case: str, data_folder: Path) -> None:
    content, row, column, words = BAD_FILES[case]
    (data_folder / "contoh.csv").write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as info:
        data.load("contoh")
    err, message = info.value, str(info.value)
    assert (err.file, err.row, err.column) == ("contoh.csv", row, column)
    assert message.startswith("Berkas 'contoh.csv'")
    if row is not None:
        assert f"baris {row}" in message
    if column is not None:
        assert f"kolom '{column}'" in message
    assert words in message
    assert_indonesian(message)


def test_message_follows_the_contract_format(data_folder: Path) -> None:
    rows = "".join(f"{i},1.0,x,netral,2026-03-21T10:00:00+07:00,true,1\n" for i in range(1, 12))
    content = HEADER + rows + "abc,1.0,x,netral,2026-03-21T10:00:00+07:00,true,1\n"
    (data_folder / "contoh.csv").write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as info:
        data.load("contoh")
    assert (
        str(info.value)
        == "Berkas 'contoh.csv' baris 12, kolom 'id': nilai 'abc' bukan bilangan bulat."
    )


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"\xef\xbb\xbf"])
def test_empty_file_is_reported(content: bytes, data_folder: Path) -> None:
    (data_folder / "contoh.csv").write_bytes(content)
    with pytest.raises(DataError, match=r"^Berkas 'contoh\.csv': berkas kosong") as info:
        data.load("contoh")
    assert (info.value.file, info.value.row, info.value.column) == ("contoh.csv", None, None)
    assert_indonesian(str(info.value))


def test_undecodable_bytes_name_row_and_column(data_folder: Path) -> None:
    content = (HEADER + GOOD_ROWS).encode("utf-8") + (
        b"3,1.0,Caf\xe9,netral,2026-03-21T10:00:00+07:00,true,1\n"
    )
    (data_folder / "contoh.csv").write_bytes(content)
    with pytest.raises(DataError) as info:
        data.load("contoh")
    assert (info.value.file, info.value.row, info.value.column) == ("contoh.csv", 3, "teks")
    assert "UTF-8" in str(info.value)
    assert "\\xe9" in str(info.value)
    assert_indonesian(str(info.value))


def test_undecodable_header_is_reported(data_folder: Path) -> None:
    (data_folder / "contoh.csv").write_bytes(b"id,n\xffilai\n1,2\n")
    with pytest.raises(DataError, match="baris judul") as info:
        data.load("contoh")
    assert info.value.row is None


def test_broken_schema_is_reported(data_folder: Path) -> None:
    (data_folder / "schema.json").write_text('{"datasets": {', encoding="utf-8")
    (data_folder / "contoh.csv").write_text(HEADER + GOOD_ROWS, encoding="utf-8")
    with pytest.raises(DataError, match="bukan JSON yang sah") as info:
        data.load("contoh")
    assert info.value.file == "schema.json"


def test_unknown_type_in_schema_is_reported(data_folder: Path) -> None:
    schema = {"datasets": {"contoh": {"columns": {"id": "integer"}}}}
    (data_folder / "schema.json").write_text(json.dumps(schema), encoding="utf-8")
    (data_folder / "contoh.csv").write_text("id\n1\n", encoding="utf-8")
    with pytest.raises(DataError, match="tipe 'integer' untuk kolom 'id' tidak dikenal"):
        data.load("contoh")


def test_bundled_schema_covers_every_bundled_file(no_env: None) -> None:
    schema = json.loads((data.data_dir() / "schema.json").read_text(encoding="utf-8"))
    assert set(data.available()) <= set(schema["datasets"])
    for name in data.available():
        data.load(name)  # raises if a file does not match its schema


def test_unknown_time_zone_in_schema_is_reported(data_folder: Path) -> None:
    schema = {
        "datasets": {"contoh": {"columns": {"t": {"type": "datetime", "tz": "Asia/Bandung"}}}}
    }
    (data_folder / "schema.json").write_text(json.dumps(schema), encoding="utf-8")
    (data_folder / "contoh.csv").write_text("t\n2026-03-20\n", encoding="utf-8")
    with pytest.raises(DataError, match="zona waktu 'Asia/Bandung'") as info:
        data.load("contoh")
    assert info.value.file == "schema.json"
    assert_indonesian(str(info.value))


def test_topic_agencies_are_the_generators_and_cover_the_mentions() -> None:
    import sys

    repo = Path(humas.__file__).parent.parent / "datasets"
    if not (repo / "_generator").is_dir():
        pytest.skip("installed from a wheel: no generator")
    sys.path.insert(0, str(repo))
    try:
        from _generator import world
    finally:
        sys.path.remove(str(repo))
    assert data.TOPIC_AGENCY == world.TOPICS
    assert data.AGENCY_NAMES == {a.key: a.name for a in world.AGENCIES}
    topics = set(data.load("mentions")["topic"].astype(str))
    assert topics == set(data.TOPIC_AGENCY)
