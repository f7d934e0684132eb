"""Hand-labelled replies to citizens' comments for :func:`graders.reply_check.check_reply`.

Every comment and reply is fictional: the Pemerintah Provinsi Nusa Bahari and its agencies
(Dinas Kesehatan, BPBD, Dishub, Dinsos, Dukcapil, Samsat), their handles and every place
are invented. Personal data appears only in fake forms: NIK starting with 99, phone
numbers 0812-0000-xxxx.

The comments are written like those of ``datasets/inbox.csv`` (colloquial, emoji, all
seven categories). Each comment has two to four replies of different quality, so that
the ranking of replies to the same comment can be tested. Each reply carries the set of
failing item codes a careful reviewer finds by applying the rules documented in
:mod:`graders.reply_check` (``flaws``) and a verdict written by hand:

- ``"good"``: can be sent as it is;
- ``"acceptable"``: can be sent after a small fix: it misses one or two things (thanks, a
  source, relevance, the next step, a soft note on spam);
- ``"poor"``: must not be sent (blame, mockery, personal data, a personal opinion, no
  answer and no empathy, too long for the platform).

The labels of the first 79 replies (K01-K26) were written before the checker was run on
them (while labelling, the rules were sharpened where the labels showed a gap: "Kak"
inside a sentence is no greeting, "usul" echoed back is no relevance, "cari sendiri" and
"yang harus menyesuaikan" blame, "belum terdaftar" answers). The first run found 136 of
the 138 flaws those labels now carry and disagreed in 12 places. Checker faults, then
fixed (5): an English "Hello" not taken for a greeting, English "for" and the negation
"jangan" counted as shared content words, a ``.go.id`` address hidden from the source
rule, and a sourced statement of the fact ("Bendungan ... dalam kondisi aman, sumber:
BPBD") not counted as setting the facts straight. Label faults, corrected by reading the
checker's message against the documented rule (7): two "kak" inside a sentence that is
no greeting, five colloquial words listed in ``datasets/normalisasi.csv`` ("cuma" twice,
"biar", "gampang", "tapi").

The last 15 replies (K27-K31, marked "held-out batch") were written and labelled after
that, with the checker frozen. On them it found 26 of 27 flaws, with 2 false alarms, and
ranked 15 of 15 pairs right; the three faults were then fixed ("sudah dijelaskan
berkali-kali" not seen as blame, "highlight IG kami" not seen as an official channel, a
plain denial "vaksin campak tidak menyebabkan autis" not seen as stating the fact). So
the corpus figures pinned in the tests are training figures; expect a few misses and
false alarms on new replies. False alarms left on purpose are listed in
``KNOWN_FALSE_ALARMS`` in the tests (none today).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Reply:
    """One reply to one comment, its context and its hand labels."""

    name: str
    comment_id: str
    comment: str
    reply: str
    category: str | None
    platform: str
    flaws: frozenset[str]
    verdict: str
    context: dict[str, Any] = field(default_factory=dict)


COMMENTS: dict[str, tuple[str, str | None, str]] = {
    # id: (comment, category, platform)
    "K01": (
        "min gimana cara daftar vaksin HPV buat anak sd? syaratnya apa aja ya 🙏",
        "pertanyaan",
        "x",
    ),
    "K02": (
        "Kak, bansos PKH bulan ini kapan cair ya? Saya di Kecamatan Teluk Biru belum terima.",
        "pertanyaan",
        "instagram",
    ),
    "K03": (
        "Permisi mau tanya, pajak kendaraan bisa dibayar di Samsat Keliling hari Sabtu gak?",
        "pertanyaan",
        "facebook",
    ),
    "K04": (
        "Fogging di RW 05 Kelurahan Tanjung kapan ya min? Nyamuk banyak bgt",
        "pertanyaan",
        "whatsapp",
    ),
    "K05": (
        "jalan di Jl. Mawar rusak parah udh 3 bulan gak dibenerin, motor saya sampe jatoh 😡 "
        "@pemprovnusabahari",
        "keluhan",
        "x",
    ),
    "K06": (
        "Antrian di Dukcapil lama bgt, dari jam 7 pagi sampe jam 12 belum dipanggil. "
        "Pelayanan macam apa ini!!",
        "keluhan",
        "instagram",
    ),
    "K07": (
        "Ambulans desa Karang Mas ditelepon dari tadi gak datang2, ibu saya sesak napas. Tolong!!",
        "keluhan",
        "facebook",
    ),
    "K08": (
        "Pungli di loket Samsat Teluk Biru, disuruh bayar 50rb biar cepet. Ini resmi gak sih?",
        "keluhan",
        "x",
    ),
    "K09": (
        "Air PDAM di Kelurahan Tanjung mati sudah 3 hari. Kami harus beli air galon terus.",
        "keluhan",
        "whatsapp",
    ),
    "K10": (
        "Saran aja min, jadwal posyandu mending diumumin juga lewat IG story biar ibu2 muda tau",
        "saran",
        "instagram",
    ),
    "K11": (
        "Usul: halte di depan RSUD Bahari dikasih atap, kalau hujan penumpang kehujanan.",
        "saran",
        "x",
    ),
    "K12": (
        "Mohon jam layanan puskesmas diperpanjang sampai sore, banyak warga kerja sampai jam 4.",
        "saran",
        "facebook",
    ),
    "K13": (
        "Mantap BPBD gercep banget evakuasi warga pas banjir kemarin 👍👍",
        "apresiasi",
        "instagram",
    ),
    "K14": (
        "Terima kasih Dinkes, vaksinasi di Puskesmas Tanjung cepat dan petugasnya ramah.",
        "apresiasi",
        "x",
    ),
    "K15": (
        "kontennya keren bgt min, jadi paham cara cegah DBD 🔥",
        "apresiasi",
        "tiktok",
    ),
    "K16": (
        "Fogging itu racun! Anak2 bisa keracunan, jangan mau rumahnya di-fogging. Sebarkan!!",
        "hoaks",
        "whatsapp",
    ),
    "K17": (
        "BREAKING: Bendungan Teluk Biru jebol malam ini, warga Kota Bahari segera mengungsi!!!",
        "hoaks",
        "facebook",
    ),
    "K18": (
        "Bansos tunai Rp5 juta buat semua warga, daftar lewat link ini: bit.ly/bansos-nb-2026",
        "hoaks",
        "x",
    ),
    "K19": (
        "Pendatang bikin kampung kita kotor, usir aja semua dari Kota Bahari!",
        "ujaran_kebencian",
        "facebook",
    ),
    "K20": (
        "Orang Pulau Sagara memang malas semua, pantas daerahnya tertinggal",
        "ujaran_kebencian",
        "x",
    ),
    "K21": (
        "Suku Karang itu biang kerok, jangan kasih mereka bansos!",
        "ujaran_kebencian",
        "instagram",
    ),
    "K22": (
        "Slot gacor hari ini maxwin 100%!! Cek bio ya kak 🎰🎰",
        "spam",
        "instagram",
    ),
    "K23": (
        "Jasa tambah followers murah 1000 = 10rb, DM aja kak",
        "spam",
        "x",
    ),
    "K24": (
        "Min, jam buka Mal Pelayanan Publik hari Sabtu sampai jam berapa?",
        None,
        "x",
    ),
    "K25": (
        "Kenapa lampu jalan di Jl. Cempaka mati terus tiap malam? Rawan begal.",
        None,
        "facebook",
    ),
    "K26": (
        "Halo admin, is the vaccination at Puskesmas Tanjung free for foreigners? Thanks 🙏",
        "pertanyaan",
        "instagram",
    ),
    # held-out batch: written and labelled after the checker was frozen (see module doc)
    "K27": (
        "kak kalo mau bikin akta kelahiran anak syaratnya apa aja? bisa online gak?",
        "pertanyaan",
        "tiktok",
    ),
    "K28": (
        "Bantuan sembako banjir di RT 03 Kelurahan Pasir Putih belum dibagi, padahal udah 5 "
        "hari. Dikorupsi ya?",
        "keluhan",
        "instagram",
    ),
    "K29": (
        "Vaksin campak bikin anak autis, udah banyak buktinya. Jangan mau divaksin!",
        "hoaks",
        "tiktok",
    ),
    "K30": (
        "Pak, gimana kalau pendaftaran sekolah (PPDB) dibuka juga lewat WhatsApp, biar orang "
        "tua di desa gampang?",
        "saran",
        "whatsapp",
    ),
    "K31": (
        "Kafir-kafir di kantor dinas itu harus disingkirkan semua!",
        "ujaran_kebencian",
        "x",
    ),
}

_LONG_X = (
    "Halo Kak, mohon maaf atas kejadian yang menimpa Kakak dan terima kasih atas laporannya. "
    "Perbaikan Jl. Mawar sudah kami teruskan ke Dinas Pekerjaan Umum dan Penataan Ruang "
    "Provinsi Nusa Bahari, yang akan meninjau lokasi pada pekan ini bersama pihak kecamatan. "
    "Selama menunggu, mohon berhati-hati saat melintas, terutama pada malam hari. Pantau "
    "tindak lanjutnya di lapor.go.id atau SMS 1708."
)

# (comment id, name suffix, reply, verdict, flaws)
_ROWS: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    # ------------------------------------------------------------------ pertanyaan
    (
        "K01",
        "jawab_lengkap",
        "Halo Kak, terima kasih atas pertanyaannya. Vaksin HPV untuk siswi kelas 5 dan 6 SD "
        "diberikan gratis di sekolah saat BIAS, tidak perlu mendaftar. Info lengkap: "
        "dinkes.nusabahari.go.id/hpv",
        "good",
        (),
    ),
    (
        "K01",
        "tanpa_terima_kasih",
        "Halo Kak, vaksin HPV diberikan gratis di sekolah untuk siswi kelas 5 dan 6 SD.",
        "acceptable",
        ("terima_kasih.tidak_ada",),
    ),
    (
        "K01",
        "cari_sendiri",
        "Cari sendiri di website dong kak, udah ada semua infonya.",
        "poor",
        (
            "terima_kasih.tidak_ada",
            "relevansi.tidak_nyambung",
            "etika.menyalahkan",
            "bahasa.tidak_baku",
            "tindak_lanjut.tidak_ada",
            "salam.tidak_ada",
        ),
    ),
    (
        "K02",
        "jadwal_dan_dm",
        "Halo Kak, terima kasih sudah bertanya. Bansos PKH tahap IV dijadwalkan cair mulai 20 "
        "Oktober 2026 melalui Kantor Pos. Jika belum menerima hingga akhir bulan, silakan "
        "kirim NIK Kakak melalui pesan langsung (DM) agar dapat kami cek.",
        "good",
        (),
    ),
    (
        "K02",
        "tautan_saja",
        "Halo Kak. Jadwal pencairan bansos PKH dapat dilihat di dinsos.nusabahari.go.id.",
        "acceptable",
        ("terima_kasih.tidak_ada",),
    ),
    (
        "K02",
        "minta_nik_di_komentar",
        "Kirimkan NIK dan nomor HP Kakak di kolom komentar ya, nanti saya cek.",
        "poor",
        (
            "terima_kasih.tidak_ada",
            "relevansi.tidak_nyambung",
            "data_pribadi.diminta_publik",
            "suara.bukan_kami",
            "salam.tidak_ada",
        ),
    ),
    (
        "K02",
        "menyebut_nik",
        "Halo Kak, NIK 9971010101900001 atas nama Kakak belum terdaftar sebagai penerima "
        "bansos PKH. Terima kasih.",
        "poor",
        ("data_pribadi.ditemukan",),
    ),
    (
        "K03",
        "jadwal_lengkap",
        "Selamat pagi, Bapak/Ibu. Terima kasih atas pertanyaannya. Samsat Keliling melayani "
        "pembayaran pajak kendaraan setiap Sabtu pukul 08.00–12.00 WIB di Alun-Alun Kota "
        "Bahari. Bawa KTP asli dan STNK.",
        "good",
        (),
    ),
    (
        "K03",
        "singkat",
        "Selamat pagi. Bisa, Samsat Keliling buka hari Sabtu.",
        "acceptable",
        ("terima_kasih.tidak_ada",),
    ),
    (
        "K03",
        "opini_dan_tawa",
        "Menurut saya sih mending langsung ke kantor aja biar aman 😂",
        "poor",
        (
            "netralitas.opini_pribadi",
            "etika.sarkasme",
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "relevansi.tidak_nyambung",
            "bahasa.tidak_baku",
        ),
    ),
    (
        "K04",
        "arahkan_puskesmas",
        "Halo Kak, terima kasih sudah bertanya. Fogging dilakukan jika ada kasus DBD yang "
        "dipastikan puskesmas. Untuk RW 05 Kelurahan Tanjung, silakan hubungi Puskesmas "
        "Tanjung agar petugas memeriksa jentik nyamuk lebih dulu.",
        "good",
        (),
    ),
    (
        "K04",
        "pakai_saya",
        "Halo Kak, terima kasih. Fogging hanya dilakukan bila ada kasus DBD. Saya sarankan "
        "lapor ke puskesmas terdekat.",
        "acceptable",
        ("suara.bukan_kami",),
    ),
    (
        "K04",
        "tanya_rt",
        "Gak tau min, tanya pak RT aja",
        "poor",
        (
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "relevansi.tidak_nyambung",
            "tindak_lanjut.tidak_ada",
            "bahasa.tidak_baku",
        ),
    ),
    (
        "K26",
        "jawab_bahasa_indonesia",
        "Halo Kak, terima kasih atas pertanyaannya. Vaksinasi di Puskesmas Tanjung gratis "
        "bagi semua warga yang tinggal di Nusa Bahari, termasuk warga negara asing.",
        "good",
        (),
    ),
    (
        "K26",
        "tanpa_jawaban",
        "Hello, thank you for asking!",
        "poor",
        ("relevansi.tidak_nyambung", "tindak_lanjut.tidak_ada"),
    ),
    # ------------------------------------------------------------------ keluhan
    (
        "K05",
        "empati_dan_lapor",
        "Halo Kak, mohon maaf atas kejadian yang menimpa Kakak dan terima kasih atas "
        "laporannya. Perbaikan Jl. Mawar sudah kami teruskan ke Dinas PU. Pantau tindak "
        "lanjutnya di lapor.go.id.",
        "good",
        (),
    ),
    (
        "K05",
        "tanpa_empati",
        "Halo Kak, terima kasih. Laporan perbaikan jalan di Jl. Mawar sudah kami teruskan ke "
        "Dinas PU.",
        "acceptable",
        ("empati.tidak_ada",),
    ),
    (
        "K05",
        "menyalahkan",
        "Jalan itu bukan kewenangan kami. Makanya hati-hati kalau berkendara.",
        "poor",
        (
            "etika.menyalahkan",
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "empati.tidak_ada",
            "tindak_lanjut.tidak_ada",
        ),
    ),
    ("K05", "terlalu_panjang", _LONG_X, "poor", ("panjang.melebihi_batas",)),
    (
        "K06",
        "empati_dan_solusi",
        "Selamat siang, Kak. Mohon maaf atas lamanya antrean di Dukcapil hari ini, kami "
        "memahami kekecewaan Kakak. Terima kasih atas masukannya. Kami sudah meminta petugas "
        "menambah loket. Ke depan, Kakak dapat mengambil nomor antrean daring di "
        "dukcapil.nusabahari.go.id.",
        "good",
        (),
    ),
    (
        "K06",
        "tanpa_langkah",
        "Selamat siang, Kak. Mohon maaf atas antrean yang lama. Terima kasih atas masukannya.",
        "acceptable",
        ("tindak_lanjut.tidak_ada",),
    ),
    (
        "K06",
        "menyalahkan_dan_sinis",
        "Yang antre bukan cuma Kakak. Kan sudah diumumkan kalau hari Senin ramai, seharusnya "
        "Kakak datang lebih pagi 🙄",
        "poor",
        (
            "etika.menyalahkan",
            "etika.sarkasme",
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "empati.tidak_ada",
            "tindak_lanjut.tidak_ada",
            "bahasa.tidak_baku",
        ),
    ),
    (
        "K07",
        "arahkan_119",
        "Bapak/Ibu, mohon maaf dan terima kasih sudah menghubungi kami. Segera hubungi call "
        "center gawat darurat 119 agar ambulans terdekat dikirim ke Desa Karang Mas. Kami juga "
        "sudah meneruskan laporan ini ke Puskesmas Karang Mas.",
        "good",
        (),
    ),
    (
        "K07",
        "tanpa_isi",
        "Mohon maaf, Bapak/Ibu. Kami teruskan ke puskesmas ya. Terima kasih.",
        "acceptable",
        ("relevansi.tidak_nyambung",),
    ),
    (
        "K07",
        "minta_data_di_komentar",
        "Mohon kirimkan nama lengkap, NIK, dan nomor HP pasien di komentar ini agar kami cek.",
        "poor",
        (
            "data_pribadi.diminta_publik",
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "empati.tidak_ada",
            "relevansi.tidak_nyambung",
        ),
    ),
    (
        "K08",
        "lapor_sp4n",
        "Halo Kak, terima kasih atas laporannya. Tidak ada biaya tambahan di Samsat selain "
        "yang tertera di SKPD. Mohon laporkan kejadian ini melalui lapor.go.id atau SMS 1708; "
        "identitas pelapor dirahasiakan.",
        "good",
        (),
    ),
    (
        "K08",
        "kanal_saja",
        "Halo Kak, terima kasih atas laporannya. Mohon laporkan melalui lapor.go.id atau SMS "
        "1708 ya.",
        "acceptable",
        ("relevansi.tidak_nyambung",),
    ),
    (
        "K08",
        "minta_hp_dan_opini",
        "Kak, sebutkan nama petugas dan nomor HP Kakak di sini, biar saya pribadi yang tegur.",
        "poor",
        (
            "data_pribadi.diminta_publik",
            "netralitas.opini_pribadi",
            "terima_kasih.tidak_ada",
            "empati.tidak_ada",
            "relevansi.tidak_nyambung",
            "tindak_lanjut.tidak_ada",
            "bahasa.tidak_baku",
        ),
    ),
    (
        "K09",
        "tangki_air",
        "Selamat pagi, Bapak/Ibu. Mohon maaf atas gangguan air di Kelurahan Tanjung dan terima "
        "kasih atas informasinya. Laporan ini sudah kami teruskan ke Perumda Air Minum; tangki "
        "air bersih dijadwalkan tiba besok pukul 09.00 WIB.",
        "good",
        (),
    ),
    (
        "K09",
        "tanpa_terima_kasih",
        "Selamat pagi, Bapak/Ibu. Mohon maaf atas gangguan air di Kelurahan Tanjung. Kami "
        "teruskan ke Perumda Air Minum.",
        "acceptable",
        ("terima_kasih.tidak_ada",),
    ),
    (
        "K09",
        "terima_kasih_saja",
        "Terima kasih infonya.",
        "poor",
        ("empati.tidak_ada", "relevansi.tidak_nyambung", "tindak_lanjut.tidak_ada"),
    ),
    # ------------------------------------------------------------------ saran
    (
        "K10",
        "diteruskan",
        "Halo Kak, terima kasih atas sarannya. Usulan mengumumkan jadwal posyandu lewat "
        "Instagram Story akan kami teruskan ke tim Dinas Kesehatan sebagai bahan evaluasi.",
        "good",
        (),
    ),
    (
        "K10",
        "terima_kasih_saja",
        "Halo Kak, terima kasih atas sarannya 🙏",
        "acceptable",
        ("relevansi.tidak_nyambung", "saran.tidak_diteruskan"),
    ),
    (
        "K10",
        "bukan_urusan",
        "Posyandu bukan urusan kami, kak. Kalau mau tau jadwal ya tanya kader sendiri dong.",
        "poor",
        (
            "terima_kasih.tidak_ada",
            "saran.tidak_diteruskan",
            "etika.menyalahkan",
            "bahasa.tidak_baku",
        ),
    ),
    (
        "K11",
        "dicatat",
        "Halo Kak, terima kasih atas usulnya. Usulan atap halte di depan RSUD Bahari kami "
        "catat dan kami teruskan ke Dinas Perhubungan.",
        "good",
        (),
    ),
    (
        "K11",
        "umum",
        "Terima kasih atas usulannya, kami sampaikan ke dinas terkait.",
        "acceptable",
        ("relevansi.tidak_nyambung",),
    ),
    (
        "K11",
        "mengejek",
        "wkwk atap halte? Dananya dari mana kak 😂",
        "poor",
        (
            "etika.sarkasme",
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "saran.tidak_diteruskan",
        ),
    ),
    (
        "K12",
        "bahan_evaluasi",
        "Selamat siang, Bapak/Ibu. Terima kasih atas masukannya. Usulan perpanjangan jam "
        "layanan puskesmas sudah kami sampaikan kepada Dinas Kesehatan sebagai bahan "
        "evaluasi. Saat ini Puskesmas Kota Bahari sudah buka sampai pukul 16.00 WIB setiap "
        "Kamis.",
        "good",
        (),
    ),
    (
        "K12",
        "opini_menolak",
        "Menurut saya jam layanan sekarang sudah cukup. Warga yang harus menyesuaikan.",
        "poor",
        (
            "netralitas.opini_pribadi",
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "saran.tidak_diteruskan",
            "etika.menyalahkan",
        ),
    ),
    # ------------------------------------------------------------------ apresiasi
    (
        "K13",
        "terima_kasih",
        "Terima kasih atas apresiasinya, Kak 🙏 Semoga kita semua selalu sehat dan waspada. "
        "Tetap pantau info cuaca di @bpbdnusabahari.",
        "good",
        (),
    ),
    (
        "K13",
        "tanpa_terima_kasih",
        "Halo Kak, sehat selalu ya.",
        "acceptable",
        ("terima_kasih.tidak_ada",),
    ),
    (
        "K13",
        "sinis",
        "Ya iyalah, itu kan tugas kami, gak usah lebay.",
        "poor",
        ("etika.sarkasme", "bahasa.tidak_baku", "salam.tidak_ada", "terima_kasih.tidak_ada"),
    ),
    (
        "K14",
        "disampaikan",
        "Halo Kak, terima kasih kembali atas apresiasinya untuk petugas Puskesmas Tanjung. "
        "Kami sampaikan kepada tim.",
        "good",
        (),
    ),
    (
        "K14",
        "pakai_saya",
        "Terima kasih, Kak! Saya sampaikan ke petugas.",
        "acceptable",
        ("suara.bukan_kami",),
    ),
    (
        "K14",
        "datar",
        "Saya senang mendengarnya.",
        "poor",
        ("suara.bukan_kami", "salam.tidak_ada", "terima_kasih.tidak_ada"),
    ),
    (
        "K15",
        "ajak_bagikan",
        "Halo Kak, terima kasih sudah menonton! Yuk bagikan ke keluarga supaya makin banyak "
        "yang paham cara cegah DBD.",
        "good",
        (),
    ),
    (
        "K15",
        "menyindir",
        "makasih min, baru tau ya? 😏",
        "poor",
        ("etika.sarkasme", "bahasa.tidak_baku", "salam.tidak_ada"),
    ),
    # ------------------------------------------------------------------ hoaks
    (
        "K16",
        "fakta_dan_sumber",
        "Selamat siang, Bapak/Ibu. Kabar bahwa fogging meracuni anak tidak benar. Faktanya, "
        "insektisida fogging dipakai dalam dosis aman sesuai standar Kementerian Kesehatan. "
        "Sumber: dinkes.nusabahari.go.id/fogging",
        "good",
        (),
    ),
    (
        "K16",
        "tanpa_sumber",
        "Selamat siang, Bapak/Ibu. Informasi tersebut tidak benar. Fogging aman bila warga "
        "keluar rumah selama penyemprotan.",
        "acceptable",
        ("hoaks.tanpa_sumber",),
    ),
    (
        "K16",
        "mengejek",
        "Hadeh, hoaks kok dipercaya. Makanya jangan gampang dibohongi 🤦",
        "poor",
        (
            "etika.sarkasme",
            "etika.menyalahkan",
            "salam.tidak_ada",
            "hoaks.tanpa_sumber",
            "relevansi.tidak_nyambung",
            "bahasa.tidak_baku",
        ),
    ),
    (
        "K17",
        "hoaks_dan_pusdalops",
        "Selamat malam, Sahabat Bahari. Kabar Bendungan Teluk Biru jebol adalah hoaks. "
        "Menurut pemantauan BPBD pukul 20.00 WIB, bendungan dalam kondisi aman. Ikuti "
        "informasi resmi di bpbd.nusabahari.go.id atau hubungi Pusdalops di 112.",
        "good",
        (),
    ),
    (
        "K17",
        "fakta_tanpa_kata_hoaks",
        "Selamat malam, Sahabat Bahari. Bendungan Teluk Biru dalam kondisi aman, sumber: BPBD "
        "Provinsi Nusa Bahari.",
        "good",
        (),
    ),
    (
        "K17",
        "tanpa_sumber",
        "Selamat malam, Sahabat Bahari. Kabar bendungan jebol itu tidak benar, tetap tenang.",
        "acceptable",
        ("hoaks.tanpa_sumber",),
    ),
    (
        "K17",
        "katanya",
        "Katanya sih aman, tapi saya juga belum tahu pasti.",
        "poor",
        (
            "etika.belum_terverifikasi",
            "suara.bukan_kami",
            "salam.tidak_ada",
            "hoaks.tanpa_fakta",
            "hoaks.tanpa_sumber",
            "relevansi.tidak_nyambung",
            "bahasa.tidak_baku",
        ),
    ),
    (
        "K18",
        "tautan_palsu",
        "Halo Sahabat Bahari, informasi bansos tunai Rp5 juta tersebut hoaks dan tautannya "
        "palsu. Bansos resmi hanya diumumkan di dinsos.nusabahari.go.id. Jangan isi data "
        "pribadi di tautan itu.",
        "good",
        (),
    ),
    (
        "K18",
        "tanpa_sumber",
        "Halo Kak, bansos Rp5 juta itu tidak benar ya.",
        "acceptable",
        ("hoaks.tanpa_sumber",),
    ),
    (
        "K18",
        "ikut_daftar",
        "Wah boleh juga, sudah saya coba daftar.",
        "poor",
        ("suara.bukan_kami", "salam.tidak_ada", "hoaks.tanpa_fakta", "hoaks.tanpa_sumber"),
    ),
    # ------------------------------------------------------------------ ujaran kebencian
    (
        "K19",
        "ajak_menghormati",
        "Kota Bahari rumah bagi semua warga. Mari saling menghormati dan berdiskusi tanpa "
        "SARA, sesuai aturan komunitas akun ini.",
        "good",
        (),
    ),
    ("K19", "tidak_dibalas", "", "good", ()),
    (
        "K19",
        "menegur_singkat",
        "Mohon tidak berkomentar seperti itu.",
        "acceptable",
        ("kebencian.tanpa_ajakan_santun",),
    ),
    (
        "K19",
        "membalas_hinaan",
        "Kalian sendiri yang kotor, dasar kampungan!",
        "poor",
        ("etika.hinaan", "kebencian.tanpa_ajakan_santun"),
    ),
    ("K20", "tidak_dibalas", "   ", "good", ()),
    (
        "K20",
        "santun",
        "Mohon jaga komentar tetap santun dan tanpa SARA. Setiap daerah di Nusa Bahari punya "
        "potensinya sendiri.",
        "good",
        (),
    ),
    (
        "K20",
        "terpancing",
        "Menurut saya justru Anda yang malas berpikir 🙄",
        "poor",
        ("netralitas.opini_pribadi", "etika.sarkasme", "kebencian.tanpa_ajakan_santun"),
    ),
    (
        "K21",
        "data_dan_menghargai",
        "Bansos diberikan berdasarkan data dan kriteria, tanpa membedakan suku. Mari saling "
        "menghargai di kolom komentar ini.",
        "good",
        (),
    ),
    (
        "K21",
        "hinaan_provokasi",
        "Bodoh banget komentarnya. Lawan aja orang kayak gini!",
        "poor",
        (
            "etika.hinaan",
            "etika.provokasi",
            "kebencian.tanpa_ajakan_santun",
            "bahasa.tidak_baku",
        ),
    ),
    # ------------------------------------------------------------------ spam
    ("K22", "tidak_dibalas", "", "good", ()),
    (
        "K22",
        "singkat",
        "Mohon maaf, komentar promosi akan kami sembunyikan.",
        "good",
        (),
    ),
    (
        "K22",
        "panjang",
        "Halo Kak, terima kasih sudah mampir. Kami tidak bisa mempromosikan judi online ya, "
        "karena judi online dilarang dan merugikan banyak keluarga di Nusa Bahari. Silakan "
        "cek bio kami untuk informasi layanan.",
        "acceptable",
        ("spam.balasan_panjang",),
    ),
    (
        "K22",
        "beri_nomor",
        "Halo, saya tertarik. Ini nomor saya 0812-0000-7788, hubungi ya",
        "poor",
        ("data_pribadi.ditemukan", "suara.bukan_kami"),
    ),
    ("K23", "tidak_dibalas", "", "good", ()),
    (
        "K23",
        "panjang",
        "Terima kasih atas tawarannya, namun akun resmi Pemerintah Provinsi Nusa Bahari tidak "
        "membeli pengikut karena kami ingin membangun komunikasi yang jujur dengan warga.",
        "acceptable",
        ("spam.balasan_panjang",),
    ),
    (
        "K23",
        "tertarik",
        "Boleh, saya mau 5000 followers. Hubungi saya di 0812-0000-3344.",
        "poor",
        ("data_pribadi.ditemukan", "suara.bukan_kami"),
    ),
    # ------------------------------------------------------------------ no category
    (
        "K24",
        "jam_buka",
        "Halo Kak, terima kasih sudah bertanya. Mal Pelayanan Publik buka setiap Sabtu pukul "
        "08.00–12.00 WIB.",
        "good",
        (),
    ),
    (
        "K24",
        "tanpa_terima_kasih",
        "Halo Kak, Mal Pelayanan Publik buka hari Sabtu sampai pukul 12.00 WIB.",
        "acceptable",
        ("terima_kasih.tidak_ada",),
    ),
    (
        "K24",
        "lihat_sendiri",
        "Liat aja sendiri di google",
        "poor",
        (
            "etika.menyalahkan",
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "relevansi.tidak_nyambung",
            "bahasa.tidak_baku",
        ),
    ),
    (
        "K25",
        "dijadwalkan",
        "Selamat pagi, Bapak/Ibu. Terima kasih atas laporannya. Perbaikan lampu jalan di Jl. "
        "Cempaka sudah kami jadwalkan pekan ini bersama Dinas Perhubungan.",
        "good",
        (),
    ),
    (
        "K25",
        "pakai_saya",
        "Selamat pagi, Bapak/Ibu. Terima kasih. Laporan lampu jalan mati di Jl. Cempaka saya "
        "teruskan ke Dishub.",
        "acceptable",
        ("suara.bukan_kami",),
    ),
    (
        "K25",
        "jangan_mengeluh",
        "Sabar ya, semua ada prosesnya. Jangan cuma bisa mengeluh.",
        "poor",
        (
            "etika.menyalahkan",
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "relevansi.tidak_nyambung",
            "bahasa.tidak_baku",
        ),
    ),
    # ------------------------------------------------------------------ held-out batch
    (
        "K27",
        "daring",
        "Halo Kak, terima kasih sudah bertanya. Akta kelahiran bisa diurus secara daring di "
        "dukcapil.nusabahari.go.id dengan surat keterangan lahir, KK, dan KTP kedua orang tua.",
        "good",
        (),
    ),
    (
        "K27",
        "tanpa_terima_kasih",
        "Halo Kak, akta kelahiran bisa diurus daring.",
        "acceptable",
        ("terima_kasih.tidak_ada",),
    ),
    (
        "K27",
        "sudah_dijelaskan",
        "Halo Kak, sudah dijelaskan berkali-kali di highlight IG kami. Silakan scroll ke bawah.",
        "poor",
        ("etika.menyalahkan", "terima_kasih.tidak_ada", "relevansi.tidak_nyambung"),
    ),
    (
        "K28",
        "dicek_bersama_bpbd",
        "Halo Kak, mohon maaf atas keterlambatannya dan terima kasih atas informasinya. "
        "Penyaluran sembako untuk Kelurahan Pasir Putih sedang kami cek bersama BPBD. Kakak "
        "dapat memantau atau melaporkan kendala melalui lapor.go.id.",
        "good",
        (),
    ),
    (
        "K28",
        "tanpa_terima_kasih",
        "Halo Kak, mohon maaf atas keterlambatan bantuan sembako. Kami cek ke posko ya.",
        "acceptable",
        ("terima_kasih.tidak_ada",),
    ),
    (
        "K28",
        "jangan_menuduh",
        "Jangan asal menuduh korupsi ya Kak, semua ada aturannya.",
        "poor",
        (
            "etika.menyalahkan",
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "empati.tidak_ada",
            "tindak_lanjut.tidak_ada",
        ),
    ),
    (
        "K29",
        "fakta_dan_sumber",
        "Halo, Sahabat Bahari. Informasi bahwa vaksin campak menyebabkan autisme tidak benar. "
        "Penelitian besar di banyak negara tidak menemukan hubungan keduanya. Sumber: "
        "kemkes.go.id",
        "good",
        (),
    ),
    (
        "K29",
        "fakta_tanpa_sumber",
        "Halo Kak, vaksin campak tidak menyebabkan autis. Yuk lengkapi imunisasi anak di "
        "puskesmas.",
        "acceptable",
        ("hoaks.tanpa_sumber",),
    ),
    (
        "K29",
        "mengejek",
        "Duh, hari gini masih percaya begituan? Kurang piknik nih 😂",
        "poor",
        (
            "etika.sarkasme",
            "salam.tidak_ada",
            "hoaks.tanpa_fakta",
            "hoaks.tanpa_sumber",
            "relevansi.tidak_nyambung",
            "bahasa.tidak_baku",
        ),
    ),
    (
        "K30",
        "dicatat",
        "Selamat siang, Bapak/Ibu. Terima kasih atas sarannya. Usulan pendaftaran PPDB melalui "
        "WhatsApp kami catat dan kami sampaikan kepada Dinas Pendidikan sebagai bahan evaluasi.",
        "good",
        (),
    ),
    (
        "K30",
        "umum",
        "Selamat siang, Bapak/Ibu. Terima kasih atas sarannya, akan kami sampaikan ke Dinas "
        "Pendidikan.",
        "acceptable",
        ("relevansi.tidak_nyambung",),
    ),
    (
        "K30",
        "opini",
        "Saya pribadi setuju sih, tapi pasti ribet. Gak janji ya.",
        "poor",
        (
            "netralitas.opini_pribadi",
            "salam.tidak_ada",
            "terima_kasih.tidak_ada",
            "saran.tidak_diteruskan",
            "relevansi.tidak_nyambung",
            "bahasa.tidak_baku",
        ),
    ),
    ("K31", "tidak_dibalas", "", "good", ()),
    (
        "K31",
        "menegur",
        "Mohon gunakan bahasa yang baik.",
        "acceptable",
        ("kebencian.tanpa_ajakan_santun",),
    ),
    (
        "K31",
        "membalas_hinaan",
        "Anda yang harusnya disingkirkan, dasar tolol.",
        "poor",
        ("etika.hinaan", "kebencian.tanpa_ajakan_santun"),
    ),
]


def _build() -> list[Reply]:
    replies = []
    for comment_id, suffix, text, verdict, flaws in _ROWS:
        comment, category, platform = COMMENTS[comment_id]
        replies.append(
            Reply(
                name=f"{comment_id}_{suffix}",
                comment_id=comment_id,
                comment=comment,
                reply=text,
                category=category,
                platform=platform,
                flaws=frozenset(flaws),
                verdict=verdict,
            )
        )
    return replies


REPLIES: list[Reply] = _build()
"""The corpus, in the order written."""
