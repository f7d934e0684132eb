"""``inbox.csv``: messages sent to the official accounts, for triage practice.

Each message comes from a *kind* (what the sender wants, e.g. a flood rescue request or a
question about social aid) with its gold category, topic, channels, time window and a
bank of message templates. A template may fix the urgency (a rescue request is always
``tinggi``), so urgency follows from the content. Whether and how fast the account answered
depends on category, channel, urgency and the time the message arrived (night and weekend
messages wait for the team).

Personal data appears only in an obviously fake form: NIK starting with 99, phone numbers
0812-0000-xxxx, e-mail addresses at contoh.id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from .world import DAYS, REGIONS, START, TOPICS, TZ, day_index, wib_iso

DEFAULT_ROWS = 480

CHANNELS = ["DM Instagram", "DM X", "komentar Facebook", "WhatsApp", "surel", "SP4N-LAPOR!"]
FORMAL_CHANNELS = ("surel", "SP4N-LAPOR!")
CATEGORIES = [
    "pertanyaan",
    "keluhan",
    "saran",
    "apresiasi",
    "hoaks",
    "ujaran_kebencian",
    "spam",
]
URGENCIES = ["tinggi", "sedang", "rendah"]
INBOX_TOPICS = [*TOPICS, "lainnya"]

# How often each agency's accounts are written to (spam and hate speech land anywhere).
_AGENCY_TRAFFIC = {
    "pemprov": 0.30,
    "dinkes": 0.15,
    "bpbd": 0.12,
    "dishub": 0.10,
    "diskominfo": 0.13,
    "disdik": 0.10,
    "dinsos": 0.10,
}


@dataclass(frozen=True)
class T:
    """A message template; ``urgency``/``topic`` override the kind's when given."""

    text: str
    urgency: str | None = None
    topic: str | None = None


@dataclass(frozen=True)
class Kind:
    key: str
    category: str
    topic: str
    weight: float  # share of all messages
    urgency: str  # default urgency of its templates
    channels: tuple[float, ...]  # weights in CHANNELS order
    informal: tuple[T, ...]
    formal: tuple[T, ...] = ()
    window: tuple[date, tuple[float, ...]] | None = None  # first day, weight per day
    crisis_hours: bool = False  # arrives around the clock (the flood)
    agencies: tuple[str, ...] = ()  # default: the agency in charge of the topic


def _t(*texts: str, urgency: str | None = None, topic: str | None = None) -> tuple[T, ...]:
    return tuple(T(t, urgency, topic) for t in texts)


_FLOOD = date(2026, 10, 12)
_HOAX = date(2026, 8, 24)
_DBD = (date(2026, 9, 7), (1.0,) * 21)

#                 IG    X    FB    WA  surel SP4N
_CH_QUESTION = (0.22, 0.08, 0.25, 0.30, 0.08, 0.07)
_CH_COMPLAINT = (0.12, 0.12, 0.28, 0.18, 0.10, 0.20)
_CH_CRISIS = (0.18, 0.15, 0.25, 0.42, 0.0, 0.0)
_CH_SOCIAL = (0.30, 0.15, 0.40, 0.15, 0.0, 0.0)

KINDS: list[Kind] = [
    # ------------------------------------------------------------------ pertanyaan
    Kind(
        "tanya_bansos",
        "pertanyaan",
        "bansos",
        0.06,
        "rendah",
        _CH_QUESTION,
        _t(
            "{sapa}, bansos tahap ini kapan cair ya? di {wil} blm ada kabar{tutup}",
            "{sapa} mau nanya, cara daftar bansos gimana ya? ortu sy lansia blm pernah "
            "dapet{tutup}",
            "{sapa}, cek nama penerima bansos bisa lewat mana ya?{tutup}",
            "min kalo KTP udah pindah ke {wil} bansosnya ikut pindah gak?",
            "{sapa} NIK sy {nik} kok gak muncul di data penerima ya, hrs lapor kemana?{tutup}",
            "kak min, bantuan sembako buat lansia di {kel} jadwalnya kapan?",
            "min bansos yg Rp{rp}rb itu cair lewat kantor pos atau bank?",
        ),
        _t(
            "Selamat siang. Saya ingin menanyakan jadwal penyaluran bantuan sosial tahap "
            "berikutnya untuk wilayah {wil}. Terima kasih.",
            "Yth. Dinas Sosial, mohon informasi syarat pendaftaran bantuan sosial untuk "
            "lansia. Terima kasih. ({mail})",
        ),
    ),
    Kind(
        "tanya_pendidikan",
        "pertanyaan",
        "pendidikan",
        0.05,
        "rendah",
        _CH_QUESTION,
        _t(
            "{sapa}, beasiswa prestasi provinsi dibuka kapan ya? anak sy kelas 12{tutup}",
            "min mau tanya syarat beasiswa kuliah dr pemprov apa aja ya",
            "{sapa} seragam gratis utk SMA negeri di {wil} udah dibagi blm? anak sy blm dpt",
            "pagi min, info lomba guru berprestasi tingkat provinsi dmn ya?",
            "min SMK di {wil} ada kelas malam gak buat yg udah kerja?",
            "{sapa}, pindah sekolah SMA antar kabupaten syaratnya apa aja?{tutup}",
        ),
        _t(
            "Yth. Dinas Pendidikan, mohon informasi persyaratan beasiswa prestasi provinsi "
            "tahun 2026. Terima kasih.",
        ),
    ),
    Kind(
        "tanya_transportasi",
        "pertanyaan",
        "transportasi",
        0.05,
        "rendah",
        _CH_QUESTION,
        _t(
            "{sapa}, kapal ke Pulau Sagara besok jalan gak? katanya ombak tinggi{tutup}",
            "min bus Trans Bahari koridor {kor} udah beroperasi lagi blm?",
            "jadwal penyeberangan ke Pulau Sagara jam brp aja ya min?",
            "min uji KIR skrg bisa daftar online gak?",
            "{sapa} tarif Trans Bahari buat pelajar brp ya?{tutup}",
            "min halte Trans Bahari terdekat dr {kel} dmn ya",
        ),
        _t(
            "Selamat pagi. Mohon informasi jadwal kapal penyeberangan ke Pulau Sagara. "
            "Terima kasih."
        ),
    ),
    Kind(
        "tanya_kesehatan",
        "pertanyaan",
        "kesehatan",
        0.05,
        "rendah",
        _CH_QUESTION,
        _t(
            "{sapa}, puskesmas di {kel} buka hari sabtu gak ya?",
            "min jadwal imunisasi anak bulan ini di posyandu {wil} kapan?",
            "mau tanya min, berobat pake BPJS di RSUD Provinsi hrs rujukan dulu kah?",
            "min ada cek kesehatan gratis lg gak? ortu sy mau ikut{tutup}",
            "{sapa} donor darah bulan ini ada di mana aja?",
            "{sapa}, vaksin HPV buat anak SD di {wil} jadwalnya kapan?",
            "puskesmas yg buka 24 jam di {wil} ada gak ya",
        ),
        _t(
            "Selamat siang. Mohon informasi jadwal layanan poli gigi di RSUD Provinsi. "
            "Terima kasih."
        ),
    ),
    Kind(
        "tanya_layanan",
        "pertanyaan",
        "layanan_publik",
        0.06,
        "rendah",
        _CH_QUESTION,
        _t(
            "{sapa}, pemutihan pajak kendaraan sampe kapan ya?{tutup}",
            "min MPP {wil} buka jam brp? mau urus berkas",
            "ada info lowongan PPPK pemprov gak min?",
            "min, nomor pengaduan resmi pemprov brp ya? yg di web gak bisa dihubungi",
            "{sapa} bayar pajak motor bisa lewat aplikasi gak sih?{tutup}",
            "min Samsat keliling minggu ini ke {wil} gak?",
            "{sapa}, cara ngecek tagihan pajak kendaraan online gimana?{tutup}",
        ),
        _t(
            "Selamat pagi. Mohon informasi jam layanan Mal Pelayanan Publik di {wil}. "
            "Terima kasih atas perhatiannya.",
            "Yth. Admin, bagaimana cara mengajukan permohonan informasi publik ke PPID "
            "Provinsi? Terima kasih.",
        ),
    ),
    Kind(
        "tanya_infrastruktur",
        "pertanyaan",
        "infrastruktur",
        0.02,
        "rendah",
        _CH_QUESTION,
        _t(
            "min, perbaikan jembatan di {kel} kapan mulai?",
            "proyek pelebaran {jalan} itu selesai kapan ya min? macet tiap hari",
            "{sapa} pelebaran jalan ke {wil} jadi dikerjain tahun ini gak?",
        ),
    ),
    Kind(
        "tanya_dbd",
        "pertanyaan",
        "dbd",
        0.035,
        "rendah",
        _CH_QUESTION,
        _t(
            "{sapa}, fogging di {kel} {rt} bisa diajukan kemana ya?{tutup}",
            "min 3M plus itu apa aja sih?",
            "min abate gratis bisa diambil di puskesmas mana?",
            "{sapa}, jumantik di {wil} itu relawan atau dibayar ya?",
            "anak sy demam {n} hari, perlu cek DBD di puskesmas atau langsung RS min?",
        )
        + _t(
            "min di {kel} udah {n} warga kena DBD, fogging bisa secepatnya gak?",
            urgency="sedang",
        ),
        window=_DBD,
    ),
    Kind(
        "tanya_banjir",
        "pertanyaan",
        "banjir",
        0.05,
        "sedang",
        _CH_CRISIS,
        _t(
            "min jalur ke {wil} udah bisa dilewati blm?",
            "min bantuan logistik utk pengungsi bisa dikirim kemana?",
            "{sapa} sekolah di {wil} besok libur gak krn banjir?",
            "min mau jadi relawan di posko banjir daftarnya dimana?",
        )
        + _t(
            "{sapa} posko pengungsian terdekat dari {kel} dmn ya?? air msh naik",
            "info ketinggian air di {kel} skrg brp min? kami mau ngungsi atau bertahan",
            urgency="tinggi",
        ),
        window=(_FLOOD, (0.3, 0.25, 0.2, 0.12, 0.08, 0.05)),
        crisis_hours=True,
    ),
    Kind(
        "tanya_hoaks",
        "pertanyaan",
        "informasi_hoaks",
        0.02,
        "sedang",
        _CH_QUESTION,
        _t(
            "min bener gak fogging skrg pake racun berbahaya? grup WA rame bgt",
            "{sapa} ini beneran dari dinkes gak? katanya asap fogging bikin sesak napas anak2",
            "min tolong klarifikasi dong soal cairan fogging beracun yg viral itu",
        ),
        window=(_HOAX, (0.35, 0.35, 0.15, 0.1, 0.05)),
        agencies=("dinkes", "diskominfo"),
    ),
    # ------------------------------------------------------------------ keluhan
    Kind(
        "keluhan_infrastruktur",
        "keluhan",
        "infrastruktur",
        0.06,
        "sedang",
        _CH_COMPLAINT,
        _t(
            "{sapa}, jalan di {jalan} {wil} rusak parah udah {n} bulan, kapan diperbaiki?? {neg}",
            "lampu jalan di {jalan} mati semua min, rawan begal tiap malem",
            "drainase di {kel} mampet, tiap hujan dikit langsung tergenang {neg}",
            "jalan provinsi ke {wil} berlubang gede2, udah banyak motor jatuh",
            "{sapa}, got depan rumah di {kel} ambles, udah {n} minggu gak ada yg ngecek",
        )
        + _t("trotoar di {jalan} dipake parkir semua, pejalan kaki gak kebagian", urgency="rendah")
        + _t(
            "min jembatan di {kel} retak parah, takut ambruk pas dilewati truk. tolong dicek!!",
            urgency="tinggi",
        ),
        _t(
            "Dengan hormat, saya warga {kel}, {wil}, melaporkan kerusakan jalan di {jalan} "
            "sepanjang kurang lebih {n}00 meter yang sudah berbulan-bulan dan membahayakan "
            "pengendara. Mohon tindak lanjut. Kontak: {hp}.",
            "Selamat siang. Lampu penerangan jalan di {jalan}, {wil}, padam sejak {n} minggu "
            "lalu. Mohon segera diperbaiki. Terima kasih.",
        ),
    ),
    Kind(
        "keluhan_transportasi",
        "keluhan",
        "transportasi",
        0.04,
        "sedang",
        _CH_COMPLAINT,
        _t(
            "kapal ke Sagara telat {n} jam lagi tanpa info, penumpang terlantar {neg}",
            "bus Trans Bahari koridor {kor} ngetem lama bgt, telat masuk kerja terus",
            "lampu merah di simpang {jalan} mati dr pagi min, semrawut parah",
            "sopir bus koridor {kor} ugal2an min, tolong ditegur",
        ),
        _t(
            "Dengan hormat, saya ingin menyampaikan keluhan atas keterlambatan kapal "
            "penyeberangan ke Pulau Sagara selama {n} jam tanpa pemberitahuan. Mohon perbaikan "
            "layanan. Terima kasih.",
        ),
    ),
    Kind(
        "keluhan_kesehatan",
        "keluhan",
        "kesehatan",
        0.04,
        "sedang",
        _CH_COMPLAINT,
        _t(
            "antre di RSUD dr subuh sampe skrg blm dipanggil jg {neg}",
            "obat di puskesmas {kel} kosong terus min, disuruh beli di luar",
            "petugas pendaftaran puskesmas {kel} jutek bgt, ortu sy dibentak",
        )
        + _t(
            "min ambulans udah ditelp dr tadi gak dateng2, ibu sy sesak napas di {kel}. {hp}",
            urgency="tinggi",
        ),
        _t(
            "Yth. Dinas Kesehatan, saya menyampaikan keluhan atas pelayanan pendaftaran di "
            "RSUD Provinsi. Pasien menunggu lebih dari {n} jam. Mohon evaluasi. Terima kasih.",
        ),
    ),
    Kind(
        "keluhan_bansos",
        "keluhan",
        "bansos",
        0.04,
        "sedang",
        _CH_COMPLAINT,
        _t(
            "bansos salah sasaran min, tetangga sy punya mobil dapet, janda lansia malah gak {neg}",
            "sy udah daftar bansos {n} bulan lalu gak ada kabar sama sekali",
            "kok bansos dipotong Rp{rp}rb sama oknum di {kel}? itu pungli kan min",
        ),
        _t(
            "Dengan hormat, saya melaporkan dugaan pemotongan bantuan sosial sebesar Rp{rp}.000 "
            "oleh oknum di {kel}, {wil}. Mohon ditindaklanjuti dan identitas saya dirahasiakan.",
            "Yth. Dinas Sosial, orang tua saya (NIK {nik}) sudah terdaftar tetapi belum "
            "menerima bantuan selama {n} bulan. Mohon pengecekan. Terima kasih.",
        ),
    ),
    Kind(
        "keluhan_pendidikan",
        "keluhan",
        "pendidikan",
        0.03,
        "sedang",
        _CH_COMPLAINT,
        _t(
            "sekolah anak sy minta uang seragam Rp{rp}rb padahal katanya gratis min",
            "guru honorer di {wil} blm gajian {n} bulan, gimana ini min {neg}",
            "atap kelas di SMA negeri {wil} bocor, anak2 belajar sambil kehujanan",
        ),
        _t(
            "Dengan hormat, saya orang tua siswa di {wil} melaporkan pungutan uang seragam "
            "sebesar Rp{rp}.000 di sekolah negeri. Mohon klarifikasi. Terima kasih.",
        ),
    ),
    Kind(
        "keluhan_layanan",
        "keluhan",
        "layanan_publik",
        0.04,
        "rendah",
        _CH_COMPLAINT,
        _t(
            "urus berkas di MPP {wil} antre {n} jam, sistemnya offline mulu {neg}",
            "web pemprov error dr kemarin gak bisa dibuka min",
            "udah kirim email ke pemprov {n} minggu gak dibales2",
            "samsat {wil} tutup sblm jam layanan habis, udah jauh2 dateng {neg}",
            "call center pemprov ditelp gak pernah diangkat {neg}",
            "aplikasi layanan pemprov minta update terus tp gak bisa login",
        ),
        _t(
            "Dengan hormat, surel saya tertanggal bulan lalu tentang permohonan informasi belum "
            "mendapat jawaban. Mohon ditindaklanjuti sesuai ketentuan. ({mail})",
        ),
    ),
    Kind(
        "keluhan_dbd",
        "keluhan",
        "dbd",
        0.02,
        "sedang",
        _CH_COMPLAINT,
        _t(
            "genangan di lahan kosong {jalan} jadi sarang nyamuk min, udah lapor RT gak digubris",
            "petugas fogging cuma lewat doang di {kel}, gang2 gak disemprot {neg}",
        )
        + _t(
            "di {kel} udah {n} anak kena DBD tp blm ada fogging sama sekali, gimana ini min",
            urgency="sedang",
        ),
        window=_DBD,
    ),
    Kind(
        "keluhan_banjir_darurat",
        "keluhan",
        "banjir",
        0.06,
        "tinggi",
        _CH_CRISIS,
        _t(
            "TOLONG MIN!! air udh sepinggang di {jalan} {kel}, ada lansia sama bayi blm bisa "
            "keluar rumah. hp {hp}",
            "min tolong kirim perahu ke {kel} {rt}, kami terjebak di lantai 2 😭",
            "darurat min, ibu hamil mau melahirkan terjebak banjir di {kel}, jalan ke puskesmas "
            "putus",
            "{kel} blm ada bantuan sama sekali dr semalem, air makin tinggi, tolong!!",
            "min listrik di {kel} blm dipadamin padahal air udah masuk rumah, bahaya bgt",
            "tolong evakuasi {n} keluarga di {jalan}, atap rumah udah hampir kerendem 🙏🙏",
        ),
        window=(_FLOOD, (0.45, 0.35, 0.2)),
        crisis_hours=True,
    ),
    Kind(
        "keluhan_banjir_pascakrisis",
        "keluhan",
        "banjir",
        0.03,
        "sedang",
        _CH_COMPLAINT,
        _t(
            "bantuan di posko {kel} gak merata min, yg di ujung gak kebagian {neg}",
            "udah {n} hari ngungsi blm ada dapur umum di {kel}",
        )
        + _t("pengungsi di {kel} kekurangan air bersih & popok bayi min, tolong", urgency="tinggi")
        + _t("sampah sisa banjir numpuk di {jalan} udah {n} hari blm diangkut", urgency="rendah"),
        _t(
            "Dengan hormat, kami warga {kel}, {wil}, melaporkan bahwa bantuan logistik pascabanjir "
            "belum diterima merata. Mohon pendataan ulang. Kontak: {hp}.",
        ),
        window=(date(2026, 10, 13), (0.25, 0.2, 0.15, 0.15, 0.1, 0.1, 0.05)),
        agencies=("bpbd", "dinsos", "pemprov"),
    ),
    # ------------------------------------------------------------------ saran
    Kind(
        "saran",
        "saran",
        "layanan_publik",
        0.07,
        "rendah",
        (0.2, 0.1, 0.25, 0.2, 0.1, 0.15),
        _t(
            "{sapa}, saran aja info jadwal kapal diupdate tiap pagi di IG biar gak nanya2",
            "min mending pengumuman bansos dikirim jg lewat grup WA RT, ortu kami gak main IG",
            "tolong bikin video tutorial daftar beasiswa min, lebih gampang dipahami",
            "usul min, lampu jalan di {wil} pake tenaga surya aja biar gak mati terus",
            "saran buat dinkes: jadwal fogging diumumin per kelurahan dong",
            "min postingannya kasih teks/subtitle dong, kasian yg tuli",
            "kalo bisa balasan DM jgn cuma 'silakan hubungi call center' min, langsung dijawab aja",
            "usul min, jam layanan MPP diperpanjang sampe sore buat yg kerja",
            "bikin live IG tanya jawab bansos dong biar jelas",
        ),
        _t(
            "Dengan hormat, saya mengusulkan agar informasi layanan publik juga disampaikan "
            "dalam bahasa sederhana dan versi audio untuk warga lansia. Terima kasih.",
            "Saran: formulir pengaduan di situs web pemprov sebaiknya dapat diisi lewat ponsel. "
            "Terima kasih.",
            "Yth. Admin, mohon jadwal layanan Samsat keliling di {wil} diumumkan sepekan "
            "sebelumnya agar warga dapat bersiap. Terima kasih.",
        ),
        agencies=("pemprov", "diskominfo", "dishub", "dinsos", "dinkes", "disdik"),
    ),
    # ------------------------------------------------------------------ apresiasi
    Kind(
        "apresiasi",
        "apresiasi",
        "layanan_publik",
        0.06,
        "rendah",
        (0.35, 0.1, 0.35, 0.15, 0.05, 0.0),
        _t(
            "mantap min, {jalan} udah mulus skrg 👍",
            "terima kasih pelayanan di MPP {wil} cepat & ramah {pos}",
            "infografis 3M plus nya keren min, udh sy share ke grup RT",
            "makasih min udah dibales cepet, masalah sy beres {pos}",
            "bus Trans Bahari skrg bersih & tepat waktu, keren {pos}",
            "salut sama petugas puskesmas {kel}, sabar bgt ngadepin pasien {pos}",
            "gercep bgt balesnya min {pos}",
            "terima kasih dishub, lampu merah simpang {jalan} udah nyala lagi {pos}",
        ),
        _t("Terima kasih atas pelayanan yang cepat dan ramah di Mal Pelayanan Publik {wil}."),
        agencies=("pemprov", "dinkes", "dishub", "diskominfo", "disdik", "dinsos"),
    ),
    Kind(
        "apresiasi_banjir",
        "apresiasi",
        "banjir",
        0.03,
        "rendah",
        _CH_SOCIAL,
        _t(
            "makasih BPBD gercep bgt evakuasi warga {kel} {pos}",
            "terima kasih tim SAR & relawan, keluarga sy selamat semua {pos}",
            "respect buat petugas posko {kel}, gak tidur demi warga {pos}",
        ),
        window=(date(2026, 10, 13), (0.15, 0.2, 0.2, 0.15, 0.1, 0.1, 0.05, 0.05)),
        agencies=("bpbd",),
    ),
    # ------------------------------------------------------------------ hoaks
    Kind(
        "hoaks_fogging",
        "hoaks",
        "informasi_hoaks",
        0.025,
        "sedang",
        (0.1, 0.1, 0.3, 0.5, 0.0, 0.0),
        _t(
            "[BROADCAST] Hati2!! fogging DBD minggu ini pakai racun yg bikin sesak napas anak2, "
            "jgn keluar rumah & jgn izinkan petugas masuk. SEBARKAN!!",
            "katanya dr orang dinkes sendiri, cairan fogging skrg beracun, udah ada korban di "
            "{kel}. share ke keluarga",
            "jangan mau rumahnya difogging, itu bukan dr pemerintah tp oknum, cairannya beracun",
        ),
        window=(_HOAX, (0.35, 0.35, 0.15, 0.1, 0.05)),
        agencies=("dinkes", "diskominfo"),
    ),
    Kind(
        "hoaks_bansos",
        "hoaks",
        "bansos",
        0.012,
        "sedang",
        (0.15, 0.05, 0.3, 0.5, 0.0, 0.0),
        _t(
            "SELAMAT! anda terpilih menerima bansos Rp2.500.000 dari Pemprov Nusa Bahari, "
            "klaim di http://bansos-bahari.contoh.id/klaim sebelum jam 24.00",
            "info A1: bansos tunai dihentikan bulan depan, buruan cairkan semua tabungan!!",
        ),
        agencies=("dinsos", "diskominfo"),
    ),
    Kind(
        "hoaks_banjir",
        "hoaks",
        "banjir",
        0.013,
        "tinggi",
        (0.1, 0.2, 0.3, 0.4, 0.0, 0.0),
        _t(
            "info valid: tanggul sungai di {wil} jebol malam ini, warga segera ngungsi semua!!",
            "beredar: air laut pasang 3 meter besok subuh, {wil} bakal tenggelam. sebarkan",
        )
        + _t("katanya bantuan pengungsi dijual lagi sm petugas posko, cek deh", urgency="sedang"),
        window=(_FLOOD, (0.4, 0.35, 0.25)),
        crisis_hours=True,
        agencies=("bpbd", "diskominfo"),
    ),
    # ------------------------------------------------------------------ ujaran kebencian / SARA
    Kind(
        "ujaran_kebencian",
        "ujaran_kebencian",
        "lainnya",
        0.04,
        "sedang",
        (0.25, 0.25, 0.45, 0.05, 0.0, 0.0),
        _t(
            "{wil} kotor gini gara2 pendatang dr pulau seberang, usir aja semua",
            "orang Pulau Sagara emang malas semua, gak usah dikasih bansos",
            "jangan terima pegawai dr suku Karang, gak bisa dipercaya",
            "kampung kami jadi rusak sejak orang pesisir pindah ke sini, dasar kaum pendatang",
        )
        + _t(
            "banjir ini azab buat orang pendatang yg tinggal di bantaran, gak usah ditolong",
            topic="banjir",
        )
        + _t(
            "pendatang di {kel} serang aja rame2 malam ini, biar pada kapok",
            urgency="tinggi",
        ),
        agencies=tuple(_AGENCY_TRAFFIC),
    ),
    # ------------------------------------------------------------------ spam
    Kind(
        "spam",
        "spam",
        "lainnya",
        0.10,
        "rendah",
        (0.3, 0.1, 0.35, 0.1, 0.15, 0.0),
        _t(
            "slot gacor hari ini maxwin 💰💰 cek bio",
            "jasa tambah followers aktif murah meriah, DM ya kak",
            "pinjaman dana cepat cair tanpa jaminan, WA {hp}",
            "endorse yuk kak, harga bersahabat 🙏",
            "PROMO paket data murah cuma hari ini, klik link di bio!!",
            "dapatkan penghasilan jutaan dr rumah, hub {hp}",
            "Penawaran kerja sama pengadaan ATK dan seragam dinas, harga grosir. Hubungi {mail}",
            "cek bio kak, ada promo spesial buat follower 🔥🔥",
            "mau hp gratis? follow & komen 'MAU' sekarang!!",
        ),
        agencies=tuple(_AGENCY_TRAFFIC),
    ),
]

# Template slots (fixed order: the draws depend on it).
_SLOTS = {
    "sapa": [
        "min",
        "halo min",
        "permisi min",
        "pagi min",
        "assalamualaikum min",
        "kak admin",
        "mimin",
        "admin",
        "siang min",
    ],
    "tutup": ["", " makasih", " mksh min", " terima kasih 🙏", " 🙏", " tq", " mohon infonya"],
    "neg": ["", "😡", "😤", "😭", "🙄", "!!", "parah"],
    "pos": ["🙏", "👍", "❤️", "👏👏", "mantap", ""],
    "kel": [
        "Kel. Pasir Putih",
        "Kel. Tanjung Sari",
        "Desa Mekar Jaya",
        "Desa Sumber Laut",
        "Kel. Bukit Indah",
        "Desa Rawa Kencana",
        "Kel. Pelita Bahari",
        "Desa Karang Sejahtera",
        "Kel. Muara Baru Bahari",
        "Desa Lembah Damai",
        "Kel. Kampung Nelayan",
        "Desa Tirta Mulya",
    ],
    "jalan": [
        "Jl. Kenari",
        "Jl. Pelabuhan Lama",
        "Jl. Cempaka Raya",
        "Jl. Nelayan",
        "Jl. Bakau",
        "Jl. Teratai",
        "Jl. Lintas Teluk",
        "Jl. Pahlawan Bahari",
        "Jl. Mangga Dua Bahari",
        "Jl. Dermaga",
    ],
    "rt": [f"RT 0{a}/RW 0{b}" for a in (1, 2, 3, 4, 5, 7) for b in (1, 2, 4)],
    "n": ["2", "3", "4", "5", "6"],
    "kor": ["1", "2", "3", "4", "5", "6", "7"],
    "rp": ["50", "100", "150", "200", "250", "300"],
}
_FLOOD_REGIONS = ["Kota Bahari", "Kabupaten Teluk Biru"]
# Openers and closers added to informal messages whose template has none.
_OPENERS = ["", "", "", "halo, ", "maaf min, ", "permisi, ", "min, ", "kak, ", "pak/bu admin, "]
_CLOSERS = ["", "", "", " {tutup}", " {tutup}", " 🙏", " ditunggu ya", " mohon ditindaklanjuti"]
_CLOSERS_NOT_COMPLAINT = len(_CLOSERS) - 1  # questions and suggestions skip the last one
_NO_OPENER = ("{sapa}", "min", "tolong", "darurat", "makasih", "terima kasih", "[", "info")
_CHATTY = ("pertanyaan", "keluhan", "saran")
_ABBREVIATIONS = [
    (" yang ", " yg "),
    (" tidak ", " gak "),
    (" sudah ", " udah "),
    (" belum ", " blm "),
    (" saya ", " sy "),
    ("terima kasih", "makasih"),
    (" dengan ", " dgn "),
    (" banget", " bgt"),
]

# Hour-of-day profiles of arrivals.
_HOURS_DAY = np.array(
    [0.5, 0.3, 0.2, 0.2, 0.4, 1.0, 2.0, 3.5, 5.0, 6.0, 6.0, 5.5]
    + [5.0, 5.5, 5.5, 5.0, 4.5, 4.5, 5.0, 6.0, 6.5, 6.0, 4.0, 2.0]
)
_HOURS_CRISIS = np.array(
    [3, 3, 3, 3, 3.5, 4, 4.5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3.5]
)

# Answering: probability by category, median minutes by channel, multipliers by urgency.
_ANSWER_P = {
    "pertanyaan": 0.86,
    "keluhan": 0.85,
    "saran": 0.55,
    "apresiasi": 0.50,
    "hoaks": 0.72,
    "ujaran_kebencian": 0.10,
    "spam": 0.03,
}
_ANSWER_CHANNEL = np.array([1.0, 0.95, 0.8, 1.05, 0.75, 1.15])  # CHANNELS order
_MEDIAN_MINUTES = np.array([80.0, 60.0, 150.0, 35.0, 900.0, 2880.0])  # CHANNELS order
_URGENCY_SPEED = np.array([0.2, 0.8, 1.3])  # URGENCIES order


def _day_weights(kind: Kind) -> np.ndarray:
    weights = np.zeros(DAYS)
    if kind.window is None:
        weekday = (START.weekday() + np.arange(DAYS)) % 7
        weights[:] = np.where(weekday >= 5, 0.75, 1.0)
    else:
        first, per_day = kind.window
        i = day_index(first)
        weights[i : i + len(per_day)] = per_day
    return weights / weights.sum()


def _staffed_wait(received: pd.Series, channel: np.ndarray, always_on: np.ndarray) -> np.ndarray:
    """Minutes until the team can first look at each message.

    Social channels are watched 07-21 on weekdays and 09-15 at weekends (a duty officer);
    e-mail and SP4N-LAPOR! only 08-16 on weekdays. During the flood crisis tinggi
    messages are handled around the clock (``always_on``).
    """
    formal = np.isin(channel, [CHANNELS.index(c) for c in FORMAL_CHANNELS])
    minute = (received.dt.hour * 60 + received.dt.minute).to_numpy()
    weekday = received.dt.day_of_week.to_numpy()
    wait = np.full(len(received), np.nan)
    for ahead in range(5):  # the next opening is at most 3 days away (Friday night)
        wd = (weekday + ahead) % 7
        weekend = wd >= 5
        opens = np.where(
            formal, np.where(weekend, np.nan, 8 * 60), np.where(weekend, 9 * 60, 7 * 60)
        )
        closes = np.where(
            formal, np.where(weekend, np.nan, 16 * 60), np.where(weekend, 15 * 60, 21 * 60)
        )
        offset = ahead * 1440
        if ahead == 0:
            inside = (minute >= opens) & (minute < closes)
            candidate = np.where(inside, 0.0, np.where(minute < opens, opens - minute, np.nan))
        else:
            candidate = offset + opens - minute
        wait = np.where(np.isnan(wait), candidate, wait)
    return np.where(always_on, 0.0, wait)


def _fill(templates: list[str], slots: dict[str, np.ndarray]) -> list[str]:
    keys = list(slots)
    return [
        template.format_map({k: slots[k][i] for k in keys}) for i, template in enumerate(templates)
    ]


def make_inbox(rng: np.random.Generator, n: int) -> pd.DataFrame:
    """``n`` inbox messages (``DEFAULT_ROWS`` for the committed file)."""
    weights = np.array([k.weight for k in KINDS])
    kind_idx = rng.choice(len(KINDS), size=n, p=weights / weights.sum())

    # Per-kind draws (channel, template, day, hour, agency), in the fixed order of KINDS.
    channel = np.zeros(n, dtype=np.int64)
    day = np.zeros(n, dtype=np.int64)
    hour = np.zeros(n, dtype=np.int64)
    agency = np.empty(n, dtype=object)
    template = np.empty(n, dtype=object)
    urgency = np.empty(n, dtype=object)
    topic = np.empty(n, dtype=object)
    for k, kind in enumerate(KINDS):
        rows = np.flatnonzero(kind_idx == k)
        m = len(rows)
        if m == 0:
            continue
        ch = np.array(kind.channels, dtype=float)
        if not kind.formal:
            ch[[CHANNELS.index(c) for c in FORMAL_CHANNELS]] = 0.0
        channel[rows] = rng.choice(len(CHANNELS), size=m, p=ch / ch.sum())
        formal = np.isin(channel[rows], [CHANNELS.index(c) for c in FORMAL_CHANNELS])
        pick_informal = rng.integers(0, len(kind.informal), size=m)
        pick_formal = rng.integers(0, max(len(kind.formal), 1), size=m)
        chosen = [
            kind.formal[j] if f else kind.informal[i]
            for i, j, f in zip(pick_informal, pick_formal, formal, strict=True)
        ]
        template[rows] = [t.text for t in chosen]
        urgency[rows] = [t.urgency or kind.urgency for t in chosen]
        topic[rows] = [t.topic or kind.topic for t in chosen]
        day[rows] = rng.choice(DAYS, size=m, p=_day_weights(kind))
        profile = _HOURS_CRISIS if kind.crisis_hours else _HOURS_DAY
        hour[rows] = rng.choice(24, size=m, p=profile / profile.sum())
        options = kind.agencies or (TOPICS[kind.topic],)
        agency_p = np.array([_AGENCY_TRAFFIC[a] for a in options])
        agency[rows] = np.asarray(options, dtype=object)[
            rng.choice(len(options), size=m, p=agency_p / agency_p.sum())
        ]
    # The flood started in the small hours of its first day: no flood message before 02:00.
    flood_kind = np.asarray([KINDS[k].crisis_hours for k in kind_idx], dtype=bool)
    hour = np.where(flood_kind & (day == day_index(_FLOOD)) & (hour < 2), hour + 2, hour)
    second = rng.integers(0, 3600, size=n)
    base = pd.Timestamp(START.isoformat(), tz=TZ)
    received = base + pd.to_timedelta(day * 86400 + hour * 3600 + second, unit="s")
    received = pd.Series(received)

    # Slots: region names follow the population, flood messages come from flooded places.
    slots: dict[str, np.ndarray] = {}
    for name, values in _SLOTS.items():
        slots[name] = np.asarray(values, dtype=object)[rng.integers(0, len(values), size=n)]
    region_w = np.array([r[1] for r in REGIONS])
    wil = np.asarray([r[0] for r in REGIONS], dtype=object)[
        rng.choice(len(REGIONS), size=n, p=region_w / region_w.sum())
    ]
    flood_wil = np.asarray(_FLOOD_REGIONS, dtype=object)[rng.integers(0, 2, size=n)]
    is_flood = np.asarray([KINDS[k].topic == "banjir" for k in kind_idx], dtype=bool)
    slots["wil"] = np.where(is_flood, flood_wil, wil)
    slots["hp"] = np.array([f"0812-0000-{v:04d}" for v in rng.integers(0, 10000, size=n)])
    nik_tail = rng.integers(0, 10**14, size=n)
    slots["nik"] = np.array([f"99{v:014d}" for v in nik_tail])
    slots["mail"] = np.array([f"warga{v:03d}@contoh.id" for v in rng.integers(0, 1000, size=n)])
    # Openers and closers vary the informal messages a little more.
    category = np.asarray([KINDS[k].category for k in kind_idx], dtype=object)
    informal = ~np.isin(channel, [CHANNELS.index(c) for c in FORMAL_CHANNELS])
    opener = np.asarray(_OPENERS, dtype=object)[rng.integers(0, len(_OPENERS), size=n)]
    closer_pick = rng.integers(0, len(_CLOSERS), size=n)
    closer_pick = np.where(category == "keluhan", closer_pick, closer_pick % _CLOSERS_NOT_COMPLAINT)
    closer = np.asarray(_CLOSERS, dtype=object)[closer_pick]
    template = np.array(
        [
            (o if f and c in _CHATTY and not t.lower().startswith(_NO_OPENER) else "")
            + t
            + (e if f and c in _CHATTY and "{tutup}" not in t else "")
            for t, o, e, f, c in zip(template, opener, closer, informal, category, strict=True)
        ],
        dtype=object,
    )
    text = pd.Series(_fill(list(template), slots))

    # Colloquial noise on informal channels: abbreviations, all lower case.
    abbreviate = informal & (rng.random(n) < 0.4)
    lower = informal & (rng.random(n) < 0.3)
    for long, short in _ABBREVIATIONS:
        text = text.where(~abbreviate, text.str.replace(long, short, regex=False))
    text = text.where(~lower, text.str.lower())
    text = text.str.replace(r"\s+", " ", regex=True).str.strip()

    # Answered? How fast?
    urg = np.array([URGENCIES.index(u) for u in urgency], dtype=np.int64)
    p_answer = np.array([_ANSWER_P[c] for c in category]) * _ANSWER_CHANNEL[channel]
    p_answer = np.clip(p_answer + 0.08 * (urg == 0), 0.0, 0.98)
    answered = rng.random(n) < p_answer
    crisis = (day >= day_index(_FLOOD)) & (day <= day_index(_FLOOD) + 2)
    always_on = crisis & (urg == 0)
    wait = _staffed_wait(received, channel, always_on)
    handling = _MEDIAN_MINUTES[channel] * _URGENCY_SPEED[urg] * np.exp(rng.normal(0, 0.9, n))
    handling *= np.where(crisis & (urg > 0), 2.5, 1.0)  # backlog during the crisis
    forgotten = rng.random(n) < 0.06
    handling *= np.where(forgotten, rng.uniform(5.0, 20.0, n), 1.0)
    minutes = np.maximum(1, np.round(wait + handling)).astype(np.int64)
    first_response = pd.array(np.where(answered, minutes, 0), dtype="Int64")
    first_response[~answered] = pd.NA

    frame = pd.DataFrame(
        {
            "received_at": received,
            "channel": np.asarray(CHANNELS, dtype=object)[channel],
            "agency": agency,
            "topic": topic,
            "text": text.to_numpy(),
            "category": category,
            "urgency": urgency,
            "answered": answered,
            "first_response_minutes": first_response,
        }
    )
    frame = frame.sort_values("received_at", kind="stable").reset_index(drop=True)
    frame.insert(0, "message_id", [f"IB{i:04d}" for i in range(1, n + 1)])
    frame["received_at"] = wib_iso(frame["received_at"])
    return frame
