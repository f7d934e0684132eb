"""humas.text: finding and masking personal data. All examples are fake numbers and addresses."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from humas.text import LABELS, PersonalData, find_personal_data, redact

NIK = "3271010101900001"
KK = "3271010101000009"


def found(text: str) -> list[tuple[str, str]]:
    hits = find_personal_data(text)
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text
    return [(h.kind, h.text) for h in hits]


# --------------------------------------------------------------------------- NIK and KK


@pytest.mark.parametrize(
    "written",
    [
        NIK,
        "3271 0101 0190 0001",
        "3271.0101.0190.0001",
        "3271-0101-0190-0001",
        "32.71.01.010190.0001",
        "3271-01-010190-0001",
        "327101 010190 0001",
    ],
)
def test_nik_in_its_usual_spellings(written: str) -> None:
    assert found(f"NIK pelapor: {written}, mohon dibantu.") == [("nik", written)]


def test_sixteen_digits_without_a_label_are_a_nik() -> None:
    assert found(f"Nomor saya {NIK} ya") == [("nik", NIK)]


@pytest.mark.parametrize(
    "label", ["KK", "No. KK", "No KK:", "nomor kk", "Kartu Keluarga", "Nomor Kartu Keluarga saya:"]
)
def test_sixteen_digits_after_a_kk_label_are_a_kk(label: str) -> None:
    assert found(f"{label} {KK}") == [("kk", KK)]


def test_kk_and_nik_side_by_side() -> None:
    text = f"No. KK {KK} dan NIK {NIK}"
    assert found(text) == [("kk", KK), ("nik", NIK)]
    text = f"KK: {KK}, {NIK}"  # the KK label belongs to the first number only
    assert found(text) == [("kk", KK), ("nik", NIK)]


def test_a_kk_label_far_before_the_number_does_not_count() -> None:
    text = f"Kartu Keluarga sudah diperbarui minggu lalu; nomor {NIK}"
    assert found(text) == [("nik", NIK)]


# --------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    "phone",
    [
        "0812-0000-1111",
        "0812 0000 1111",
        "081200001111",
        "0811-1111-2222",
        "0812.0000.1111",
        "+62 812 0000 1111",
        "+62 812-0000-1111",
        "+62-812-0000-1111",
        "+6281200001111",
        "6281200001111",
        "62 812 0000 1111",
        "(021) 555 0000",
        "(021)5550000",
        "021-5550000",
        "021 555 0000",
        "(0274) 555000",
        "+62 21 5550000",
    ],
)
def test_phone_numbers_in_their_usual_spellings(phone: str) -> None:
    assert found(f"Hubungi {phone} (Budi).") == [("telepon", phone)]


def test_two_phone_numbers_in_one_run_of_digits() -> None:
    assert found("WA 0812 0000 1111 0811 1111 2222") == [
        ("telepon", "0812 0000 1111"),
        ("telepon", "0811 1111 2222"),
    ]


def test_whatsapp_links_are_phone_numbers() -> None:
    assert found("Klik https://wa.me/6281200001111 untuk bertanya") == [
        ("telepon", "6281200001111")
    ]


# --------------------------------------------------------------------------- e-mail


@pytest.mark.parametrize(
    "email",
    ["humas@example.go.id", "budi.santoso+kip@contoh.id", "ppid_dinkes@dinkes.example.go.id"],
)
def test_email_addresses(email: str) -> None:
    assert found(f"Kirim ke {email}.") == [("email", email)]


def test_digits_inside_an_email_belong_to_the_email() -> None:
    assert found("surel 081200001111@contoh.id") == [("email", "081200001111@contoh.id")]


# --------------------------------------------------------------------------- several at once


def test_several_kinds_at_once_sorted_by_position() -> None:
    text = (
        f"Mohon bantu, NIK {NIK} KK {KK}. HP 0812-0000-1111 / (021) 555 0000, "
        "surel warga@contoh.id. Terima kasih."
    )
    hits = find_personal_data(text)
    assert [(h.kind, h.text) for h in hits] == [
        ("nik", NIK),
        ("kk", KK),
        ("telepon", "0812-0000-1111"),
        ("telepon", "(021) 555 0000"),
        ("email", "warga@contoh.id"),
    ]
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text


def test_spans_are_exact() -> None:
    text = "NIK 3271 0101 0190 0001 atau +62 812-0000-1111."
    hits = find_personal_data(text)
    assert hits == [
        PersonalData("nik", 4, 23, "3271 0101 0190 0001"),
        PersonalData("telepon", 29, 46, "+62 812-0000-1111"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a grouped NIK directly followed by a grouped phone number
        (
            "NIK 3271.0101.0190.0001 0812-0000-1111",
            [("nik", "3271.0101.0190.0001"), ("telepon", "0812-0000-1111")],
        ),
        (f"{NIK} 0812-0000-1111", [("nik", NIK), ("telepon", "0812-0000-1111")]),
        # a phone-like piece inside a NIK is not a phone
        ("NIK 3271081200001111", [("nik", "3271081200001111")]),
        # a phone number followed by a year
        ("0812 0000 1111 2026", [("telepon", "0812 0000 1111")]),
        # an e-mail address right after a phone number
        (
            "0811-1111-2222,humas@example.go.id",
            [("telepon", "0811-1111-2222"), ("email", "humas@example.go.id")],
        ),
    ],
)
def test_overlapping_looking_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# --------------------------------------------------------------------------- no false hits


@pytest.mark.parametrize(
    "text",
    [
        "Bantuan Rp1.500.000 per keluarga, total Rp 1.500.000.000.000.000.",
        "Anggaran IDR 3271010101900001 (contoh angka besar).",
        "Tanggal 17-08-2025, 2025-12-24, 24/12/2025, 01.02.2025 pukul 08.00-16.00 WIB.",
        "Tahun 2025 dan 2026; 1.234.567 warga; 0,5 persen; 12.345 kunjungan.",
        "Sesuai Pasal 22 ayat (7) UU No. 14 Tahun 2008 dan UU 27/2022.",
        "#HUT80RI #Pilkada2024 #081200001111 @humas081200001111",
        "https://www.example.go.id/berita/2026/03/20/mudik-aman",
        "https://facebook.com/example/posts/3271010101900001",
        "Kunjungi www.example.go.id atau https://example.go.id/ppid?id=081200001111",
        "SMS LAPOR! 1708, darurat 112, bebas pulsa 0800-1-555000.",
        "NPWP 01.234.567.8-901.000, kode pos 40115, koordinat -6.2088, 106.8456.",
        "Ikuti @humas_example dan kunjungi example.go.id/kontak.",
    ],
)
def test_no_false_hits(text: str) -> None:
    assert find_personal_data(text) == []


def test_empty_text() -> None:
    assert find_personal_data("") == []
    assert redact("") == ""


# --------------------------------------------------------------------------- redact


def test_redact_replaces_each_kind_with_its_label() -> None:
    text = f"NIK {NIK}, KK {KK}, HP 0812-0000-1111, surel warga@contoh.id."
    assert redact(text) == (
        "NIK [NIK DISAMARKAN], KK [NO. KK DISAMARKAN], HP [NO. TELEPON DISAMARKAN], "
        "surel [SUREL DISAMARKAN]."
    )


def test_redact_keeps_the_rest_of_the_text_exactly() -> None:
    text = "  Halo Kak,\n\tNIK saya 3271 0101 0190 0001 ,  WA:+62 811-1111-2222!!  \n"
    redacted = redact(text, replacement="@")
    assert redacted == "  Halo Kak,\n\tNIK saya @ ,  WA:@!!  \n"
    # rebuilding from the hits gives the same text
    pieces, position = [], 0
    for hit in find_personal_data(text):
        pieces += [text[position : hit.start], "@"]
        position = hit.end
    assert "".join(pieces + [text[position:]]) == redacted


def test_redact_without_personal_data_returns_the_same_text() -> None:
    text = "Pelayanan KTP buka pukul 08.00, biaya Rp0. #LayananPrima"
    assert redact(text) == text


def test_redact_is_idempotent() -> None:
    once = redact(f"NIK {NIK} HP 0812-0000-1111")
    assert redact(once) == once


def test_labels_cover_every_kind() -> None:
    assert set(LABELS) == {"nik", "kk", "telepon", "email"}


def test_personal_data_is_frozen() -> None:
    hit = find_personal_data(NIK)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.kind = "kk"  # type: ignore[misc]


@pytest.mark.parametrize("bad", [None, 3271010101900001, b"NIK"])
def test_text_must_be_a_string(bad: object) -> None:
    with pytest.raises(TypeError, match="Teks harus berupa str"):
        find_personal_data(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Teks harus berupa str"):
        redact(bad)  # type: ignore[arg-type]


def test_replacement_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="replacement"):
        redact("x", replacement=1)  # type: ignore[arg-type]
