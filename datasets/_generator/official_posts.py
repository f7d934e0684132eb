"""``official_posts.csv``: what the official accounts posted and how each post performed.

The data a content calendar is built from. Effects built in (and measurable):

- hour: posts at 06-08 and 19-21 WIB reach and engage more than posts at 13-15;
- day: weekend posts engage more (except on X);
- format: reels > video > carousel > foto > teks in engagement rate, differently per platform;
- topic: ceremonial posts (leaders' activities, holiday greetings) engage less;
- events: the hoax clarification, the DBD campaign and above all the flood get more reach;
- noise: log-normal, plus a few viral posts (heavy tail).

Engagements are binomial draws out of the reach and impressions are reach times a
frequency of at least 1, so impressions >= reach >= engagements always holds.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from .world import AGENCY_BY_KEY, DAYS, PLATFORMS, START, TOPICS, TZ, day_index, wib_iso

DEFAULT_ROWS = 720

FORMATS = ["teks", "foto", "video", "carousel", "reels"]
POST_TOPICS = [*TOPICS, "kegiatan_pimpinan", "hari_besar"]

# Formats each platform offers, with how often the accounts use them (FORMATS order).
_FORMAT_MIX = {
    "x": [0.45, 0.40, 0.15, 0.0, 0.0],
    "instagram": [0.0, 0.30, 0.05, 0.30, 0.35],
    "facebook": [0.15, 0.40, 0.15, 0.10, 0.20],
    "tiktok": [0.0, 0.0, 0.85, 0.15, 0.0],  # TikTok photo mode counts as carousel
    "youtube": [0.0, 0.0, 0.60, 0.0, 0.40],  # Shorts count as reels
}
# Engagement-rate multiplier of each format on each platform (FORMATS order).
_FORMAT_ER = {
    "x": [0.8, 1.0, 1.5, 1.0, 1.0],
    "instagram": [1.0, 1.0, 1.5, 1.35, 1.9],
    "facebook": [0.5, 1.0, 1.45, 1.2, 1.7],
    "tiktok": [1.0, 1.0, 1.0, 0.8, 1.0],
    "youtube": [1.0, 1.0, 1.0, 1.0, 1.3],
}
_FORMAT_REACH = np.array([0.6, 0.9, 1.2, 1.0, 1.6])
_PLATFORM_MIX = np.array([0.22, 0.32, 0.25, 0.12, 0.09])  # PLATFORMS order
_PLATFORM_MIX_CRISIS = np.array([0.35, 0.25, 0.30, 0.05, 0.05])
_PLATFORM_REACH = np.array([4000.0, 12000.0, 9000.0, 15000.0, 2500.0])
_PLATFORM_ER = np.array([0.015, 0.045, 0.03, 0.06, 0.035])
# Share of likes, comments and shares in the engagements, per platform.
_SPLIT = np.array(
    [
        [0.70, 0.10, 0.20],  # x (reposts count as shares)
        [0.88, 0.07, 0.05],  # instagram
        [0.75, 0.12, 0.13],  # facebook
        [0.86, 0.06, 0.08],  # tiktok
        [0.90, 0.08, 0.02],  # youtube
    ]
)

_AGENCY_WEIGHT = {
    "pemprov": 0.22,
    "dinkes": 0.18,
    "bpbd": 0.14,
    "diskominfo": 0.14,
    "dishub": 0.11,
    "disdik": 0.11,
    "dinsos": 0.10,
}
_AGENCY_SIZE = {
    "pemprov": 1.0,
    "dinkes": 0.6,
    "bpbd": 0.45,
    "diskominfo": 0.5,
    "dishub": 0.4,
    "disdik": 0.45,
    "dinsos": 0.4,
}
# Everyday topic mix of each agency.
_AGENCY_TOPICS = {
    "pemprov": {"layanan_publik": 0.4, "infrastruktur": 0.3, "kegiatan_pimpinan": 0.3},
    "dinkes": {"kesehatan": 0.65, "dbd": 0.2, "kegiatan_pimpinan": 0.15},
    "bpbd": {"banjir": 0.8, "kegiatan_pimpinan": 0.2},
    "diskominfo": {"informasi_hoaks": 0.5, "layanan_publik": 0.35, "kegiatan_pimpinan": 0.15},
    "dishub": {"transportasi": 0.8, "kegiatan_pimpinan": 0.2},
    "disdik": {"pendidikan": 0.8, "kegiatan_pimpinan": 0.2},
    "dinsos": {"bansos": 0.8, "kegiatan_pimpinan": 0.2},
}
_TOPIC_ER = {"kegiatan_pimpinan": 0.55, "hari_besar": 0.85, "bansos": 1.15, "informasi_hoaks": 1.1}
_TOPIC_REACH = {"kegiatan_pimpinan": 0.8}

# Hour-of-day effect (index = hour): morning and evening commutes and evenings are best,
# the early afternoon is worst.
_HOUR_EFFECT = np.array(
    [0.6, 0.6, 0.6, 0.6, 0.6, 0.85, 1.35, 1.35, 1.35, 1.0, 1.0, 1.0]
    + [1.05, 0.72, 0.72, 0.72, 0.9, 0.9, 1.1, 1.45, 1.45, 1.45, 1.1, 0.8]
)
# When the teams post (office hours dominate, which is the point of the lesson).
_HOURS_POSTED = np.array(
    [0, 0, 0, 0, 0, 0.01, 0.05, 0.07, 0.07, 0.09, 0.10, 0.09]
    + [0.06, 0.08, 0.08, 0.07, 0.06, 0.03, 0.04, 0.05, 0.05, 0.03, 0.01, 0]
)
_HOURS_CRISIS = np.array([0.3] * 5 + [1.0] * 18 + [0.5])
_HOURS_GREETING = np.array([0] * 5 + [0.1, 0.3, 0.3, 0.2, 0.1] + [0] * 14)

_HOLIDAYS = [
    (date(2026, 8, 17), "Dirgahayu ke-81 Republik Indonesia. Merdeka! #HUTRI81"),
    (
        date(2026, 9, 9),
        "Selamat Hari Olahraga Nasional. Yuk bergerak 30 menit setiap hari. #Haornas",
    ),
    (
        date(2026, 9, 17),
        "Selamat Hari Perhubungan Nasional. Transportasi aman untuk semua. #Harhubnas",
    ),
    (date(2026, 10, 1), "Selamat Hari Kesaktian Pancasila. #HariKesaktianPancasila"),
    (date(2026, 10, 2), "Selamat Hari Batik Nasional. Bangga berbatik! #HariBatikNasional"),
    (
        date(2026, 10, 28),
        "Selamat Hari Sumpah Pemuda ke-98. Bersatu, bergerak, maju. #SumpahPemuda",
    ),
]
_FLOOD = date(2026, 10, 12)
_HOAX_CLARIFIED = date(2026, 8, 26)
_DBD_START = date(2026, 9, 7)

_AGENCY_TAG = {
    "pemprov": "#PemprovNusaBahari",
    "dinkes": "#DinkesNusaBahari",
    "bpbd": "#BPBDNusaBahari",
    "dishub": "#DishubNusaBahari",
    "diskominfo": "#DiskominfoNusaBahari",
    "disdik": "#DisdikNusaBahari",
    "dinsos": "#DinsosNusaBahari",
}
_LEADER = {
    "pemprov": "Gubernur Nusa Bahari",
    "dinkes": "Kepala Dinas Kesehatan",
    "bpbd": "Kepala Pelaksana BPBD",
    "dishub": "Kepala Dinas Perhubungan",
    "diskominfo": "Kepala Diskominfo",
    "disdik": "Kepala Dinas Pendidikan",
    "dinsos": "Kepala Dinas Sosial",
}
_WIL = ["Kota Bahari", "Kota Pelabuhan Raya", "Kabupaten Teluk Biru", "Kabupaten Karang Mas"]
_POSKO = ["GOR Bahari", "Balai Desa Sumber Laut", "SDN 3 Teluk Biru", "Aula Kantor Gubernur"]

_CAPTIONS = {
    "kesehatan": [
        "Posyandu hadir di setiap desa. Bawa Buku KIA saat imunisasi anak bulan ini. #AnakSehat",
        "Cek kesehatan gratis di puskesmas setiap Sabtu pukul 08.00-12.00 WIB. #CekKesehatanGratis",
        "Yuk donor darah! Satu kantong darah dapat menolong tiga nyawa. #DonorDarah",
        "Kenali tanda stunting sejak dini dan timbang anak setiap bulan di posyandu. "
        "#CegahStunting",
        "RSUD Provinsi kini melayani pendaftaran daring. Kurangi antre, daftar dari rumah. "
        "#LayananKesehatan",
    ],
    "dbd": [
        "Cegah DBD dengan 3M Plus: menguras, menutup, mendaur ulang, plus memakai losion "
        "antinyamuk. #3MPlus #CegahDBD",
        "Demam tinggi mendadak 2-7 hari? Segera periksa ke puskesmas terdekat. #CegahDBD",
        "Satu rumah satu jumantik. Sudahkah rumah Anda bebas jentik minggu ini? #3MPlus",
        "Gerakan PSN serentak setiap Jumat pagi. Ajak tetangga membersihkan tempat penampungan "
        "air. #CegahDBD",
        "Fogging hanya membunuh nyamuk dewasa. Kunci pencegahan DBD tetap 3M Plus. #3MPlus",
    ],
    "banjir": [
        "Musim hujan segera tiba. Siapkan tas siaga berisi dokumen penting, obat, dan senter. "
        "#SiagaBanjir",
        "Kenali jalur evakuasi dan titik kumpul di lingkungan Anda. #SiagaBencana",
        "Bersihkan saluran air dan jangan membuang sampah ke sungai. #SiagaBanjir",
        "Pantau peringatan dini cuaca dan simpan nomor darurat 112. #SiagaBencana",
    ],
    "banjir_krisis": [
        "[UPDATE BANJIR] Tim gabungan mengevakuasi warga di {wil}. Butuh bantuan? Hubungi 112. "
        "#BanjirNusaBahari",
        "Posko pengungsian dibuka di {posko}. Bantuan logistik tersedia 24 jam. #BanjirNusaBahari",
        "Hindari ruas jalan yang tergenang di {wil}. Utamakan keselamatan. #BanjirNusaBahari",
        "[UPDATE BANJIR] Ketinggian air di {wil} masih naik. Warga di bantaran sungai diminta "
        "mengungsi. #BanjirNusaBahari",
    ],
    "banjir_pemulihan": [
        "Dapur umum melayani pengungsi tiga kali sehari di {posko}. #BanjirNusaBahari",
        "Pemulihan pascabanjir: pembersihan lingkungan dan layanan kesehatan gratis bagi warga "
        "terdampak di {wil}. #BanjirNusaBahari",
        "Pendataan kerusakan rumah akibat banjir di {wil}. Laporkan melalui kelurahan/desa. "
        "#BanjirNusaBahari",
    ],
    "transportasi": [
        "Jadwal kapal penyeberangan ke Pulau Sagara pekan ini. Periksa cuaca sebelum berangkat. "
        "#TransportasiAman",
        "Bus Trans Bahari koridor 5 kini beroperasi hingga pukul 21.00 WIB. #TransBahari",
        "Uji KIR kini dapat didaftarkan secara daring. #LayananDishub",
        "Tertib berlalu lintas, utamakan keselamatan. Gunakan helm SNI. #TertibLaluLintas",
        "Rekayasa lalu lintas di Jl. Pahlawan Bahari selama perbaikan jalan. Gunakan jalur "
        "alternatif. #InfoLaluLintas",
    ],
    "pendidikan": [
        "Pendaftaran Beasiswa Prestasi Provinsi Nusa Bahari 2026 dibuka hingga 30 September. "
        "#BeasiswaNusaBahari",
        "Seragam gratis untuk siswa SMA/SMK negeri mulai dibagikan. #SekolahGratis",
        "Selamat kepada pelajar Nusa Bahari peraih medali olimpiade sains. #PelajarBerprestasi",
        "Pelatihan guru angkatan baru resmi dimulai. #GuruHebat",
        "Tidak ada pungutan di sekolah negeri. Laporkan pungutan liar ke kanal pengaduan resmi. "
        "#SekolahBersih",
    ],
    "bansos": [
        "Penyaluran bantuan sosial tahap III dimulai pekan ini. Cek status penerima melalui kanal "
        "resmi. #BansosTepatSasaran",
        "Bansos tidak dipungut biaya apa pun. Laporkan pemotongan ke SP4N-LAPOR!. "
        "#BansosTepatSasaran",
        "Cara mengusulkan diri sebagai penerima bantuan sosial melalui kelurahan/desa. "
        "#BansosTepatSasaran",
        "Bantuan sembako bagi lansia dan penyandang disabilitas disalurkan di {wil}. #PeduliSesama",
    ],
    "layanan_publik": [
        "Mal Pelayanan Publik buka Senin-Jumat pukul 08.00-15.00 WIB. Bawa dokumen asli. "
        "#LayananPublik",
        "Pemutihan denda pajak kendaraan bermotor diperpanjang hingga 31 Oktober. #PajakKendaraan",
        "Sampaikan pengaduan layanan publik melalui SP4N-LAPOR!. #LayananPublik",
        "Samsat keliling hadir di {wil} pekan ini. #PajakKendaraan",
        "Permohonan informasi publik ke PPID dijawab paling lambat 10 hari kerja. "
        "#KeterbukaanInformasi",
    ],
    "infrastruktur": [
        "Perbaikan jalan provinsi ruas {wil} ditargetkan selesai akhir Oktober. "
        "#InfrastrukturBahari",
        "Jembatan penghubung di {wil} kini dapat dilalui kembali. #InfrastrukturBahari",
        "Pemasangan lampu penerangan jalan tenaga surya di jalan provinsi terus berjalan. "
        "#InfrastrukturBahari",
    ],
    "informasi_hoaks": [
        "[CEK FAKTA] Pesan berantai bansos tunai Rp2,5 juta lewat tautan adalah palsu. #CekFakta",
        "Kenali ciri hoaks: judul provokatif, sumber tidak jelas, meminta disebarkan. Saring "
        "sebelum sharing. #CekFakta",
        "Laporkan konten hoaks melalui kanal aduan resmi. #LawanHoaks",
    ],
    "klarifikasi": [
        "[KLARIFIKASI] Pesan berantai 'fogging DBD beracun' adalah HOAKS. Fogging memakai "
        "insektisida sesuai standar dan aman bila prosedur diikuti. #CekFakta #CegahDBD",
        "[CEK FAKTA] Petugas fogging resmi berseragam dan didampingi aparat kelurahan. Jangan "
        "percaya pesan berantai tanpa sumber. #CekFakta",
        "Dinas Kesehatan dan Diskominfo meluruskan informasi keliru tentang fogging. #LawanHoaks",
    ],
    "kegiatan_pimpinan": [
        "{leader} menghadiri rapat koordinasi percepatan pembangunan di {wil}. #SinergiMembangun",
        "{leader} menerima kunjungan kerja DPRD Provinsi Nusa Bahari. #SinergiMembangun",
        "{leader} membuka sosialisasi program kerja tahun 2026 di {wil}. #NusaBahariMaju",
        "Rapat evaluasi kinerja triwulan III dipimpin langsung oleh {leader}. #NusaBahariMaju",
    ],
}
_FORMAT_CUE = {
    "teks": "",
    "foto": "",
    "video": " Simak videonya.",
    "carousel": " Geser untuk info lengkap ➡️",
    "reels": " Tonton sampai habis ya, Sahabat Bahari!",
}

# Post kinds: (key, share of posts). Everyday posts fill the rest.
_KIND_SHARE = {"hari_besar": 0.06, "dbd": 0.07, "klarifikasi": 0.02, "banjir": 0.11}


def _weekday_weights(weekend: float) -> np.ndarray:
    weekday = (START.weekday() + np.arange(DAYS)) % 7
    return np.where(weekday >= 5, weekend, 1.0)


def make_official_posts(rng: np.random.Generator, n: int) -> pd.DataFrame:
    """``n`` posts of the official accounts (``DEFAULT_ROWS`` for the committed file)."""
    kinds = ["biasa", *_KIND_SHARE]
    share = np.array([1.0 - sum(_KIND_SHARE.values()), *_KIND_SHARE.values()])
    kind = rng.choice(len(kinds), size=n, p=share)

    agency_keys = list(_AGENCY_WEIGHT)
    agency_p = np.array(list(_AGENCY_WEIGHT.values()))
    agency = np.asarray(agency_keys, dtype=object)[rng.choice(7, size=n, p=agency_p)]
    topic = np.empty(n, dtype=object)
    day = np.zeros(n, dtype=np.int64)
    hour = np.zeros(n, dtype=np.int64)
    caption_key = np.empty(n, dtype=object)

    # Everyday posts: the agency's topic mix, fewer posts at weekends, office hours.
    rows = np.flatnonzero(kind == 0)
    topic_draw = rng.random(len(rows))
    for key in agency_keys:  # fixed order
        mine = agency[rows] == key
        names = list(_AGENCY_TOPICS[key])
        cum = np.cumsum(list(_AGENCY_TOPICS[key].values()))
        topic[rows[mine]] = np.asarray(names, dtype=object)[
            np.searchsorted(cum / cum[-1], topic_draw[mine], side="right")
        ]
    w = _weekday_weights(0.45)
    day[rows] = rng.choice(DAYS, size=len(rows), p=w / w.sum())
    hour[rows] = rng.choice(24, size=len(rows), p=_HOURS_POSTED / _HOURS_POSTED.sum())
    caption_key[rows] = topic[rows]

    # Holiday greetings: every agency, on the day, in the morning.
    rows = np.flatnonzero(kind == 1)
    holiday = rng.integers(0, len(_HOLIDAYS), size=len(rows))
    topic[rows] = "hari_besar"
    day[rows] = [day_index(_HOLIDAYS[h][0]) for h in holiday]
    hour[rows] = rng.choice(24, size=len(rows), p=_HOURS_GREETING / _HOURS_GREETING.sum())
    caption_key[rows] = [f"hari_besar:{h}" for h in holiday]

    # The DBD campaign: Dinas Kesehatan, three weeks.
    rows = np.flatnonzero(kind == 2)
    agency[rows] = "dinkes"
    topic[rows] = "dbd"
    day[rows] = day_index(_DBD_START) + rng.integers(0, 21, size=len(rows))
    hour[rows] = rng.choice(24, size=len(rows), p=_HOURS_POSTED / _HOURS_POSTED.sum())
    caption_key[rows] = "dbd"

    # The hoax clarification: Diskominfo and Dinkes, from 26 August.
    rows = np.flatnonzero(kind == 3)
    agency[rows] = np.where(rng.random(len(rows)) < 0.5, "diskominfo", "dinkes")
    topic[rows] = "informasi_hoaks"
    day[rows] = day_index(_HOAX_CLARIFIED) + rng.choice(3, size=len(rows), p=[0.6, 0.3, 0.1])
    hour[rows] = rng.choice(24, size=len(rows), p=_HOURS_POSTED / _HOURS_POSTED.sum())
    caption_key[rows] = "klarifikasi"

    # The flood: BPBD, the governor's office and Dinas Sosial, around the clock at first.
    rows = np.flatnonzero(kind == 4)
    agency[rows] = np.asarray(["bpbd", "pemprov", "dinsos"], dtype=object)[
        rng.choice(3, size=len(rows), p=[0.55, 0.25, 0.2])
    ]
    topic[rows] = "banjir"
    flood_day = rng.choice(7, size=len(rows), p=[0.25, 0.22, 0.18, 0.12, 0.1, 0.07, 0.06])
    day[rows] = day_index(_FLOOD) + flood_day
    crisis_hour = rng.choice(24, size=len(rows), p=_HOURS_CRISIS / _HOURS_CRISIS.sum())
    office_hour = rng.choice(24, size=len(rows), p=_HOURS_POSTED / _HOURS_POSTED.sum())
    hour[rows] = np.where(flood_day < 3, crisis_hour, office_hour)
    # the flood began in the small hours of 12 October: nothing before 03:00 that day
    hour[rows] = np.where((flood_day == 0) & (hour[rows] < 3), hour[rows] + 3, hour[rows])
    caption_key[rows] = np.where(flood_day < 3, "banjir_krisis", "banjir_pemulihan")

    # Platform and format.
    is_crisis = (kind == 4) & (day <= day_index(_FLOOD) + 2)
    platform = np.where(
        is_crisis,
        rng.choice(5, size=n, p=_PLATFORM_MIX_CRISIS),
        rng.choice(5, size=n, p=_PLATFORM_MIX),
    )
    fmt_draw = rng.random(n)
    fmt = np.zeros(n, dtype=np.int64)
    fmt_er = np.ones(n)
    for p, name in enumerate(PLATFORMS):
        mine = platform == p
        cum = np.cumsum(_FORMAT_MIX[name])
        fmt[mine] = np.searchsorted(cum / cum[-1], fmt_draw[mine], side="right")
        fmt_er[mine] = np.asarray(_FORMAT_ER[name])[fmt[mine]]

    minute = rng.integers(0, 60, size=n)
    second = rng.integers(0, 60, size=n)
    base = pd.Timestamp(START.isoformat(), tz=TZ)
    posted = pd.Series(
        base + pd.to_timedelta(day * 86400 + hour * 3600 + minute * 60 + second, unit="s")
    )
    weekend = posted.dt.day_of_week.to_numpy() >= 5

    # Reach.
    size = np.array([_AGENCY_SIZE[a] for a in agency])
    hour_fx = _HOUR_EFFECT[hour]
    topic_reach = np.array([_TOPIC_REACH.get(t, 1.0) for t in topic])
    event_reach = np.select(
        [is_crisis, kind == 4, kind == 3, kind == 2],
        [5.0, 2.0, 2.5, 1.3],
        default=1.0,
    )
    viral = np.where(rng.random(n) < 0.03, rng.pareto(1.5, n) + 3.0, 1.0)
    reach = (
        _PLATFORM_REACH[platform]
        * size
        * _FORMAT_REACH[fmt]
        * np.sqrt(hour_fx)
        * np.where(weekend, 1.1, 1.0)
        * topic_reach
        * event_reach
        * viral
        * np.exp(rng.normal(0.0, 0.55, n))
    )
    reach = np.maximum(np.round(reach), 30).astype(np.int64)

    # Engagement rate and engagements.
    weekend_er = np.where(weekend, np.where(platform == PLATFORMS.index("x"), 0.95, 1.3), 1.0)
    topic_er = np.array([_TOPIC_ER.get(t, 1.0) for t in topic])
    event_er = np.select([kind == 4, kind == 3], [1.5, 1.3], default=1.0)
    rate = (
        _PLATFORM_ER[platform]
        * fmt_er
        * hour_fx
        * weekend_er
        * topic_er
        * event_er
        * np.exp(rng.normal(0.0, 0.35, n))
    )
    engagements = rng.binomial(reach, np.minimum(rate, 0.6))

    split = _SPLIT[platform].copy()
    split[:, 2] *= np.where(np.isin(kind, [3, 4]), 2.5, 1.0)  # crisis info gets shared
    split[:, 1] *= np.where(np.isin(topic, ["bansos", "layanan_publik"]), 1.6, 1.0)
    split /= split.sum(axis=1, keepdims=True)
    likes, comments, shares = rng.multinomial(engagements, split).T

    frequency = 1.0 + rng.gamma(2.0, 0.18, n)
    impressions = np.ceil(reach * frequency).astype(np.int64)

    # Captions.
    pick = rng.integers(0, 1000, size=n)
    wil = np.asarray(_WIL, dtype=object)[rng.integers(0, len(_WIL), size=n)]
    flood_wil = np.where(rng.random(n) < 0.5, "Kota Bahari", "Kabupaten Teluk Biru")
    posko = np.asarray(_POSKO, dtype=object)[rng.integers(0, len(_POSKO), size=n)]
    captions = []
    for i in range(n):
        key = caption_key[i]
        if key.startswith("hari_besar:"):
            text = _HOLIDAYS[int(key.split(":")[1])][1]
        else:
            bank = _CAPTIONS[key]
            text = bank[pick[i] % len(bank)].format(
                wil=flood_wil[i] if topic[i] == "banjir" else wil[i],
                posko=posko[i],
                leader=_LEADER[agency[i]],
            )
        name = PLATFORMS[platform[i]]
        cue = _FORMAT_CUE[FORMATS[fmt[i]]] if name != "x" else ""
        cut = text.find(" #")  # the format cue goes before the hashtags
        captions.append(f"{text[:cut]}{cue}{text[cut:]} {_AGENCY_TAG[agency[i]]} #NusaBahari")

    frame = pd.DataFrame(
        {
            "posted_at": posted,
            "agency": agency,
            "handle": [AGENCY_BY_KEY[a].handle for a in agency],
            "platform": np.asarray(PLATFORMS, dtype=object)[platform],
            "format": np.asarray(FORMATS, dtype=object)[fmt],
            "topic": topic,
            "caption": captions,
            "reach": reach,
            "impressions": impressions,
            "likes": likes.astype(np.int64),
            "comments": comments.astype(np.int64),
            "shares": shares.astype(np.int64),
            "engagements": engagements.astype(np.int64),
        }
    )
    frame = frame.sort_values("posted_at", kind="stable").reset_index(drop=True)
    frame.insert(0, "post_id", [f"OP{i:04d}" for i in range(1, n + 1)])
    frame["posted_at"] = wib_iso(frame["posted_at"])
    return frame
