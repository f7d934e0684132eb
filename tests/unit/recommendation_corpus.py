"""Hand-labelled recommendations for :func:`graders.recommendation_check.check_recommendation`.

Exercise 05 (f) asks for findings from a month of mentions, each with evidence from the
data, and recommendations, each with an owner, a deadline and the finding it rests on.
Every answer here is fictional (Pemerintah Provinsi Nusa Bahari and its agencies), and so
are the facts: :data:`FACTS` is shaped like what the hidden test computes from
``mentions.csv`` (a flood peak, a hoax peak, a top term, a hashtag, a response rate) but its
values are invented, so this file holds no answer key of the exercise. Personal data
appears only in fake forms (NIK starting with 99, phone numbers 0812-0000-xxxx).

Each answer carries the flaws a careful reviewer finds by applying the rules documented
in :mod:`graders.recommendation_check` (``flaws``, names from :data:`FLAW_CODES`, which
maps them to item codes) and a verdict written by hand:

- ``"good"``: can go to the head of the agency as it is;
- ``"acceptable"``: one thing to fix (a finding without a number, a missing owner, a past
  deadline, a vague action, an unused finding ...);
- ``"poor"``: not a usable recommendation (blank, wrong shape, several gaps at once,
  personal data, no recommendations or no findings at all).

The first 39 answers (G, A, P) were labelled by the checker's author while writing the
checker, by applying its documented rules, so the checker agreeing with all 54 of their
flaws says little on its own. The last 5 answers (``HELD_OUT``, H01-H05) were written and
labelled after the checker was frozen: on them the first run found 6 of 11 flaws with 3
false alarms, all in H04, where placeholders ("-", "...") were read as answers (an
owner "-" as "not a unit", a deadline "-" as unreadable, evidence "..." as "no number").
The checker was then fixed: text without a letter or digit counts as empty. H03 shows a
known limit kept on purpose: "3 jam" for a median of 185 minutes is not recognised
(units are not converted), so it is labelled ``evidence_not_in_facts`` as the rule says.
The figures pinned in the tests are therefore training figures; expect a few misses and
false alarms on new answers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd

REFERENCE_DATE = dt.date(2026, 11, 28)

FACTS: dict[str, object] = {
    "tanggal_puncak_banjir": dt.date(2026, 8, 14),
    "volume_puncak_banjir": 1245,
    "z_puncak_banjir": 4.12,
    "porsi_negatif_banjir": 0.683,
    "tanggal_puncak_hoaks": dt.date(2026, 10, 2),
    "volume_puncak_hoaks": 3214,
    "z_puncak_hoaks": 8.96,
    "istilah_teratas_hoaks": "bendungan jebol",
    "tagar_teratas": "#BanjirNusaBahari",
    "sentimen_bersih_bulanan": -0.23,
    "tingkat_respons_bpbd": 0.42,
    "median_menit_bpbd": 185,
}
"""Invented facts, shaped like the hidden test's (values are not those of the data)."""

FLAW_CODES: dict[str, str] = {
    "blank": "jawaban.kosong",
    "not_a_dict": "jawaban.tipe_salah",
    "findings_key_missing": "temuan.tidak_ada",
    "recommendations_key_missing": "rekomendasi.tidak_ada",
    "findings_not_a_list": "temuan.tipe_salah",
    "recommendations_not_a_list": "rekomendasi.tipe_salah",
    "too_few_findings": "temuan.kurang",
    "too_few_recommendations": "rekomendasi.kurang",
    "finding_not_a_dict": "temuan.bukan_kamus",
    "recommendation_not_a_dict": "rekomendasi.bukan_kamus",
    "finding_statement_missing": "temuan.kosong",
    "evidence_missing": "bukti.kosong",
    "no_number_in_evidence": "bukti.tanpa_angka",
    "evidence_not_in_facts": "bukti.tidak_sesuai_data",
    "action_missing": "tindakan.kosong",
    "action_not_text": "tindakan.tipe_salah",
    "action_too_short": "tindakan.terlalu_singkat",
    "action_vague": "tindakan.terlalu_umum",
    "owner_missing": "penanggung_jawab.kosong",
    "owner_not_a_unit": "penanggung_jawab.bukan_unit",
    "owner_vague": "penanggung_jawab.tidak_spesifik",
    "deadline_missing": "tenggat.kosong",
    "deadline_unreadable": "tenggat.format",
    "deadline_past": "tenggat.lewat",
    "deadline_too_far": "tenggat.terlalu_jauh",
    "basis_missing": "dasar.kosong",
    "basis_invalid": "dasar.tidak_valid",
    "finding_unused": "cakupan.temuan_tak_digunakan",
    "duplicate": "duplikat.ditemukan",
    "personal_data": "data_pribadi.ditemukan",
    "too_long": "ringkas.terlalu_panjang",
}
"""Flaw name (as labelled) -> the code of the failed item that reports it."""


@dataclass(frozen=True)
class Answer:
    """One trainee answer to exercise 05 (f) and its hand labels."""

    name: str
    answer: Any
    flaws: frozenset[str]
    verdict: str
    note: str = ""

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(FLAW_CODES[flaw] for flaw in self.flaws)


# --------------------------------------------------------------------------- building blocks
F_BANJIR = {
    "temuan": "Percakapan negatif melonjak saat banjir",
    "bukti": "Volume 14 Agustus 2026 mencapai 1.245 sebutan (z = 4,1); 68% negatif",
}
F_HOAKS = {
    "temuan": "Hoaks 'bendungan jebol' menyebar cepat",
    "bukti": "Lonjakan terbesar pada 2 Oktober 2026: 3.214 sebutan (z = 8,96)",
}
F_RESPON = {
    "temuan": "Pertanyaan warga kepada BPBD lambat dijawab",
    "bukti": "Hanya 42% pertanyaan ke BPBD dijawab, median 185 menit",
}
R_BANJIR = {
    "tindakan": "Menerbitkan pembaruan resmi status banjir setiap 3 jam di X dan Instagram",
    "penanggung_jawab": "Tim Humas BPBD Provinsi",
    "tenggat": "2026-12-15",
    "dasar": 1,
}
R_HOAKS = {
    "tindakan": "Mengunggah infografis klarifikasi hoaks bendungan beserta data debit air",
    "penanggung_jawab": "Seksi Pengelolaan Informasi Publik Diskominfo",
    "tenggat": "10 Desember 2026",
    "dasar": 2,
}
R_RESPON = {
    "tindakan": "Menjadwalkan dua admin piket untuk menjawab pertanyaan warga di DM dalam 60 menit",
    "penanggung_jawab": "Kepala Bidang Kedaruratan BPBD",
    "tenggat": dt.date(2027, 1, 15),
    "dasar": 3,
}


def _with(base: dict[str, object], **changes: object) -> dict[str, object]:
    entry = dict(base)
    for key, value in changes.items():
        if value is _DROP:
            entry.pop(key, None)
        else:
            entry[key] = value
    return entry


_DROP = object()


def _answer(findings: object, recommendations: object) -> dict[str, object]:
    return {"temuan": findings, "rekomendasi": recommendations}


def _a(name: str, answer: Any, flaws: set[str], verdict: str, note: str = "") -> Answer:
    return Answer(name, answer, frozenset(flaws), verdict, note)


LONG_EVIDENCE = (
    "Volume 14 Agustus 2026 mencapai 1.245 sebutan. "
    + "Warga mengeluhkan genangan di banyak kelurahan dan meminta informasi posko. " * 9
)

ANSWERS: list[Answer] = [
    # ------------------------------------------------------------------ good
    _a(
        "G01 dua temuan dua rekomendasi",
        _answer([F_BANJIR, F_HOAKS], [R_BANJIR, R_HOAKS]),
        set(),
        "good",
    ),
    _a(
        "G02 tiga temuan tiga rekomendasi",
        _answer([F_BANJIR, F_HOAKS, F_RESPON], [R_BANJIR, R_HOAKS, R_RESPON]),
        set(),
        "good",
    ),
    _a(
        "G03 tanggal dan angka gaya Indonesia",
        _answer(
            [
                {
                    "temuan": "Banjir memicu lonjakan keluhan",
                    "bukti": "Puncak 14 Agt: 1,2 ribu sebutan",
                },
                {
                    "temuan": "Hoaks bendungan viral",
                    "bukti": "Pada 2/10/2026 tercatat 3.214 sebutan",
                },
            ],
            [_with(R_BANJIR, tenggat="15/12/2026"), _with(R_HOAKS, dasar="2")],
        ),
        set(),
        "good",
    ),
    _a(
        "G04 bagian sebagai DataFrame",
        _answer(
            pd.DataFrame([F_BANJIR, F_HOAKS]),
            pd.DataFrame([_with(R_BANJIR, tenggat="2026-12-15"), R_HOAKS]),
        ),
        set(),
        "good",
    ),
    _a(
        "G05 satu rekomendasi untuk dua temuan",
        _answer(
            [F_BANJIR, F_HOAKS],
            [
                _with(
                    R_BANJIR,
                    tindakan="Membuka utas tanya jawab banjir dan bendungan setiap pagi di X",
                    dasar=[1, 2],
                ),
                R_HOAKS,
            ],
        ),
        set(),
        "good",
    ),
    _a(
        "G06 bukti berupa tagar dan istilah",
        _answer(
            [
                {
                    "temuan": "Warga memakai satu tagar untuk banjir",
                    "bukti": "Tagar teratas #banjirnusabahari",
                },
                {
                    "temuan": "Kabar bendungan menjadi istilah teratas",
                    "bukti": "Istilah teratas: bendungan jebol",
                },
            ],
            [
                _with(
                    R_BANJIR,
                    tindakan="Memakai tagar #BanjirNusaBahari di setiap unggahan resmi BPBD",
                ),
                R_HOAKS,
            ],
        ),
        set(),
        "good",
    ),
    _a(
        "G07 tenggat datetime dan kunci berhuruf kapital",
        {
            "Temuan": [F_BANJIR, F_RESPON],
            "Rekomendasi": [
                _with(R_BANJIR, tenggat=dt.datetime(2026, 12, 1, 9, 0)),
                _with(R_RESPON, dasar=2),
            ],
        },
        set(),
        "good",
    ),
    # ------------------------------------------------------------------ acceptable
    _a(
        "A01 bukti tanpa angka",
        _answer(
            [F_BANJIR, _with(F_HOAKS, bukti="Banyak akun membagikan kabar itu di grup WhatsApp")],
            [R_BANJIR, R_HOAKS],
        ),
        {"no_number_in_evidence"},
        "acceptable",
    ),
    _a(
        "A02 penanggung jawab kosong",
        _answer([F_BANJIR, F_HOAKS], [R_BANJIR, _with(R_HOAKS, penanggung_jawab="")]),
        {"owner_missing"},
        "acceptable",
    ),
    _a(
        "A03 tenggat sudah lewat",
        _answer([F_BANJIR, F_HOAKS], [_with(R_BANJIR, tenggat="2026-09-01"), R_HOAKS]),
        {"deadline_past"},
        "acceptable",
    ),
    _a(
        "A04 angka bukti tidak cocok dengan data",
        _answer(
            [_with(F_BANJIR, bukti="Volume 20 Agustus 2026 mencapai 900 sebutan"), F_HOAKS],
            [R_BANJIR, R_HOAKS],
        ),
        {"evidence_not_in_facts"},
        "acceptable",
    ),
    _a(
        "A05 tindakan terlalu umum",
        _answer(
            [F_BANJIR, F_HOAKS],
            [
                R_BANJIR,
                _with(
                    R_HOAKS, tindakan="Meningkatkan sosialisasi dan komunikasi kepada masyarakat"
                ),
            ],
        ),
        {"action_vague"},
        "acceptable",
    ),
    _a(
        "A06 penanggung jawab nama orang",
        _answer([F_BANJIR, F_HOAKS], [_with(R_BANJIR, penanggung_jawab="Budi Santoso"), R_HOAKS]),
        {"owner_not_a_unit"},
        "acceptable",
    ),
    _a(
        "A07 tenggat terlalu jauh",
        _answer([F_BANJIR, F_HOAKS], [R_BANJIR, _with(R_HOAKS, tenggat="31 Desember 2027")]),
        {"deadline_too_far"},
        "acceptable",
    ),
    _a(
        "A08 temuan ketiga tidak ditindaklanjuti",
        _answer([F_BANJIR, F_HOAKS, F_RESPON], [R_BANJIR, R_HOAKS]),
        {"finding_unused"},
        "acceptable",
    ),
    _a(
        "A09 rekomendasi ditulis dua kali",
        _answer([F_BANJIR, F_HOAKS], [R_BANJIR, R_HOAKS, dict(R_BANJIR)]),
        {"duplicate"},
        "acceptable",
    ),
    _a(
        "A10 tenggat tidak terbaca",
        _answer([F_BANJIR, F_HOAKS], [_with(R_BANJIR, tenggat="akhir bulan depan"), R_HOAKS]),
        {"deadline_unreadable"},
        "acceptable",
    ),
    _a(
        "A11 dasar menunjuk temuan yang tidak ada",
        _answer([F_BANJIR, F_HOAKS], [R_BANJIR, _with(R_HOAKS, dasar=5)]),
        {"basis_invalid", "finding_unused"},
        "acceptable",
    ),
    _a(
        "A12 penanggung jawab dinas terkait",
        _answer([F_BANJIR, F_HOAKS], [R_BANJIR, _with(R_HOAKS, penanggung_jawab="Dinas terkait")]),
        {"owner_vague"},
        "acceptable",
    ),
    _a(
        "A13 tindakan dua kata",
        _answer([F_BANJIR, F_HOAKS], [R_BANJIR, _with(R_HOAKS, tindakan="Klarifikasi hoaks")]),
        {"action_too_short"},
        "acceptable",
    ),
    _a(
        "A14 hanya satu temuan",
        _answer([F_BANJIR], [R_BANJIR, _with(R_HOAKS, dasar=1)]),
        {"too_few_findings"},
        "acceptable",
    ),
    _a(
        "A15 tanpa tenggat",
        _answer([F_BANJIR, F_HOAKS], [R_BANJIR, _with(R_HOAKS, tenggat=_DROP)]),
        {"deadline_missing"},
        "acceptable",
    ),
    _a(
        "A16 tanpa dasar",
        _answer([F_BANJIR, F_HOAKS], [R_BANJIR, _with(R_HOAKS, dasar=None)]),
        {"basis_missing", "finding_unused"},
        "acceptable",
    ),
    _a(
        "A17 bukti terlalu panjang",
        _answer([_with(F_BANJIR, bukti=LONG_EVIDENCE), F_HOAKS], [R_BANJIR, R_HOAKS]),
        {"too_long"},
        "acceptable",
    ),
    _a(
        "A18 salah ketik kunci tenggat",
        _answer(
            [F_BANJIR, F_HOAKS], [R_BANJIR, _with(R_HOAKS, tenggat=_DROP, tengat="2026-12-10")]
        ),
        {"deadline_missing"},
        "acceptable",
    ),
    _a(
        "A19 penanggung jawab saya",
        _answer([F_BANJIR, F_HOAKS], [R_BANJIR, _with(R_HOAKS, penanggung_jawab="saya")]),
        {"owner_not_a_unit"},
        "acceptable",
    ),
    _a(
        "A20 hanya satu rekomendasi",
        _answer([F_BANJIR, F_HOAKS], [_with(R_BANJIR, dasar=[1, 2])]),
        {"too_few_recommendations"},
        "acceptable",
    ),
    # ------------------------------------------------------------------ poor
    _a("P01 None", None, {"blank"}, "poor"),
    _a("P02 teks kosong", "", {"blank"}, "poor"),
    _a("P03 daftar di luar kamus", [F_BANJIR, R_BANJIR], {"not_a_dict"}, "poor"),
    _a(
        "P04 templat belum diisi",
        _answer(
            [{"temuan": "", "bukti": ""}, {"temuan": "", "bukti": ""}],
            [{"tindakan": "", "penanggung_jawab": "", "tenggat": "", "dasar": None}],
        ),
        {"blank"},
        "poor",
    ),
    _a(
        "P05 semuanya umum",
        _answer(
            [
                {"temuan": "Banyak keluhan soal banjir", "bukti": "Warga marah di media sosial"},
                {"temuan": "Ada hoaks", "bukti": "Tersebar di WhatsApp"},
            ],
            [
                {
                    "tindakan": "Meningkatkan komunikasi",
                    "penanggung_jawab": "",
                    "tenggat": "",
                    "dasar": 1,
                },
                {
                    "tindakan": "Lebih responsif di media sosial",
                    "penanggung_jawab": "",
                    "tenggat": "",
                    "dasar": 2,
                },
            ],
        ),
        {
            "no_number_in_evidence",
            "action_too_short",
            "action_vague",
            "owner_missing",
            "deadline_missing",
        },
        "poor",
    ),
    _a(
        "P06 bagian berupa teks",
        _answer("Banjir dan hoaks", "Perbanyak klarifikasi"),
        {"blank", "findings_not_a_list", "recommendations_not_a_list"},
        "poor",
    ),
    _a(
        "P07 tanpa rekomendasi",
        {"temuan": [F_BANJIR, F_HOAKS]},
        {"recommendations_key_missing", "finding_unused"},
        "poor",
    ),
    _a(
        "P08 tanpa temuan",
        {"rekomendasi": [R_BANJIR, R_HOAKS]},
        {"findings_key_missing", "basis_invalid", "finding_unused"},
        "poor",
    ),
    _a(
        "P09 isian salah tipe",
        _answer(
            ["Banjir 14 Agustus", "Hoaks bendungan"],
            [_with(R_BANJIR, tindakan=1), _with(R_HOAKS, tindakan=2)],
        ),
        {"finding_not_a_dict", "action_not_text"},
        "poor",
    ),
    _a(
        "P10 data pribadi pelapor",
        _answer(
            [
                _with(
                    F_BANJIR, bukti="Pelapor 0812-0000-1234 menulis 1.245 kali pada 14 Agustus 2026"
                ),
                F_HOAKS,
            ],
            [R_BANJIR, R_HOAKS],
        ),
        {"personal_data"},
        "poor",
    ),
    _a(
        "P11 banyak kekurangan sekaligus",
        _answer(
            [
                {"temuan": "Banjir ramai dibicarakan", "bukti": "Sekitar 500 sebutan per hari"},
                {"temuan": "", "bukti": "Hoaks bendungan"},
            ],
            [
                {
                    "tindakan": "Melakukan evaluasi",
                    "penanggung_jawab": "Pak Andi",
                    "tenggat": "2026-10-01",
                    "dasar": 1,
                },
                {
                    "tindakan": "Meningkatkan koordinasi dengan pihak terkait",
                    "penanggung_jawab": "kami",
                    "tenggat": "2026-10-01",
                    "dasar": 3,
                },
            ],
        ),
        {
            "evidence_not_in_facts",
            "finding_statement_missing",
            "no_number_in_evidence",
            "action_too_short",
            "action_vague",
            "owner_not_a_unit",
            "deadline_past",
            "basis_invalid",
            "finding_unused",
        },
        "poor",
    ),
    _a(
        "P12 tindakan kosong dan rekomendasi berupa teks",
        _answer(
            [F_BANJIR, F_HOAKS],
            [_with(R_BANJIR, tindakan=""), "Perbanyak klarifikasi hoaks di Instagram"],
        ),
        {"action_missing", "recommendation_not_a_dict", "finding_unused"},
        "poor",
    ),
]

# --------------------------------------------------------------------------- held-out batch
# Written and labelled after the checker was frozen (see the module docstring).
HELD_OUT: list[Answer] = [
    _a(
        "H01 sentimen bersih dan hari ditulis",
        _answer(
            [
                {
                    "temuan": "Sentimen bulan ini cenderung negatif",
                    "bukti": "Sentimen bersih -0,23; puncak pada Jumat, 14 Agustus 2026",
                },
                F_HOAKS,
            ],
            [
                _with(
                    R_BANJIR,
                    penanggung_jawab="Admin medsos Diskominfo",
                    tenggat="Senin, 14 Desember 2026",
                ),
                R_HOAKS,
            ],
        ),
        set(),
        "good",
    ),
    _a(
        "H02 persen berdesimal dan aksi optimalisasi",
        _answer(
            [
                {
                    "temuan": "Nada percakapan banjir negatif",
                    "bukti": "68,3% sebutan banjir bernada negatif",
                },
                {"temuan": "Lonjakan hoaks", "bukti": "z-score 9 pada awal Oktober"},
            ],
            [
                {
                    "tindakan": "Membuat FAQ banjir di situs BPBD",
                    "penanggung_jawab": "PPID Pembantu BPBD",
                    "tenggat": "20 Des 2026",
                    "dasar": "Temuan 1",
                },
                _with(R_HOAKS, tindakan="Mengoptimalkan media sosial agar lebih informatif"),
            ],
        ),
        {"action_vague"},
        "acceptable",
    ),
    _a(
        "H03 satuan jam dan tenggat pertengahan 2027",
        _answer(
            [F_BANJIR, _with(F_RESPON, bukti="Respons BPBD rata-rata 3 jam")],
            [
                R_BANJIR,
                _with(
                    R_RESPON, dasar=2, penanggung_jawab="Kabid Kedaruratan", tenggat="2027-06-30"
                ),
            ],
        ),
        {"evidence_not_in_facts", "deadline_too_far"},
        "acceptable",
        "3 jam is the median 185 minutes in other units: the checker does not convert units.",
    ),
    _a(
        "H04 tanda strip sebagai isian",
        _answer(
            [{"temuan": "-", "bukti": "-"}, {"temuan": "Hoaks bendungan", "bukti": "..."}],
            [{"tindakan": "TBD", "penanggung_jawab": "-", "tenggat": "-", "dasar": 1}],
        ),
        {
            "too_few_findings",
            "evidence_missing",
            "too_few_recommendations",
            "action_too_short",
            "owner_missing",
            "deadline_missing",
            "basis_invalid",
            "finding_unused",
        },
        "poor",
    ),
    _a(
        "H05 ribu, desimal Inggris, tanggal singkat",
        _answer(
            [
                F_BANJIR,
                {
                    "temuan": "Hoaks bendungan memuncak",
                    "bukti": "3,2 ribu sebutan (z 8.96) pada 2 Okt",
                },
            ],
            [
                {
                    "tindakan": (
                        "Menyiarkan peta genangan terkini melalui WhatsApp Channel BPBD setiap sore"
                    ),
                    "penanggung_jawab": "Pusdalops BPBD",
                    "tenggat": dt.date(2026, 12, 5),
                    "dasar": 1,
                },
                {
                    "tindakan": (
                        "Menggelar konferensi pers bersama BPBD dan Dinas PU tentang kondisi "
                        "bendungan"
                    ),
                    "penanggung_jawab": "Bagian Protokol dan Komunikasi Pimpinan Setda",
                    "tenggat": "2026-12-03",
                    "dasar": 2,
                },
            ],
        ),
        set(),
        "good",
    ),
]
