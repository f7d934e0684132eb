"""``mentions.csv``: public posts, comments and replies about the province, for listening.

How a row comes to be
---------------------
1. **Posts.** The number of posts per (day, topic) follows a daily level (weekday rhythm,
   a little day-to-day noise, a few small non-event bursts) times the topic's share times
   the event multipliers of ``world.EVENTS`` (the hoax, the DBD campaign, the flood). Each
   post gets an hour from a daily curve (night trough, evening peak; the flood starts
   before dawn), an author type that depends on the moment (bots push the hoax, official
   accounts only speak after the clarification), an author drawn by activity (a heavy
   tail: a few accounts write a large share), a platform and heavy-tailed reach.
2. **Comments** attach to posts in proportion to reach and come minutes to hours later;
   **replies** attach to comments.
3. **Citizen questions** are picked among citizens' posts and comments (more on aid,
   public services and the flood). Whether an official account answered and how fast
   depends on the agency, the platform, the hour (night questions wait for the morning)
   and the flood (slower). Every answer is a row too: a ``reply`` by the agency's
   account, at ``answered_at``.
4. **Personal data.** About 1.5 % of citizen rows carry obviously fake personal data
   (NIK starting with 99, phone numbers 08xx-0000-xxxx, e-mail at contoh.id/example.com).
5. **Sentiment** (the gold label) is drawn from the role, topic and phase, and the **text**
   is built from a template of that role, topic, phase and sentiment: slots filled from
   word pools (per author dialect: umum, Jawa, Sunda, Betawi), then openers, particles,
   emoji, hashtags, @mentions and typos. Bots repeat a few templates (near-duplicates).

Everything random comes from the ``rng`` passed in; the work is vectorised with numpy,
so a million rows take well under a minute.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

import numpy as np
import pandas as pd

from .world import AGENCY_BY_KEY, DAYS, EVENT_BY_KEY, PLATFORMS, REGIONS, START, TOPICS, TZ

DEFAULT_ROWS = 24000
MIN_ROWS = 500

COLUMNS = [
    "id",
    "timestamp",
    "platform",
    "author",
    "author_type",
    "kind",
    "reply_to",
    "text",
    "topic",
    "likes",
    "shares",
    "replies",
    "views",
    "sentiment",
    "is_question",
    "answered",
    "answered_at",
    "answer_minutes",
]
AUTHOR_TYPES = ["warga", "media", "tokoh/influencer", "akun resmi", "akun anonim/bot"]
KINDS = ["post", "comment", "reply"]
SENTIMENTS = ["negatif", "netral", "positif"]
TOPIC_KEYS = list(TOPICS)

WARGA, MEDIA, INFLUENCER, RESMI, ANON = range(5)
POST, COMMENT, REPLY = range(3)
NEG, NEU, POS = range(3)

# --------------------------------------------------------------------------- roles and phases

# A role says which template bank writes the text.
ROLES = [
    "warga",  # a citizen's own post or comment about the topic
    "reaksi",  # a short reaction under someone else's post
    "tanya",  # a citizen's question to an agency
    "media",
    "influencer",
    "resmi",  # an official account's own post
    "jawaban",  # an official account's answer to a question
    "jawaban_pii",  # the answer to a question that exposed personal data
    "bot",
    "pii_tanya",  # a question carrying (fake) personal data
    "pii_cerita",  # any other citizen post carrying (fake) personal data
]
R = {name: i for i, name in enumerate(ROLES)}

# The phase of a conversation: "base" outside events, else the stage of an event.
PHASES = ["base", "sebar", "klarifikasi", "kampanye", "krisis", "pulih", "dampak"]
P = {name: i for i, name in enumerate(PHASES)}
T = {name: i for i, name in enumerate(TOPIC_KEYS)}
POOL_TOPICS = [*TOPIC_KEYS, "umum"]  # "umum": the fallback bank of a role
DIALECTS = ["umum", "jawa", "sunda", "betawi"]

# --------------------------------------------------------------------------- word pools

# Slots used in templates as {name}. A list is used for every dialect; a dict gives the
# words per dialect (missing dialects use "umum").
SLOT_WORDS: dict[str, list[str] | dict[str, list[str]]] = {
    "gak": {
        "umum": ["gak", "ga", "nggak", "gk", "tdk", "tidak", "enggak", "ngga"],
        "jawa": ["ndak", "ora", "gak", "nggak", "ndak"],
        "sunda": ["teu", "ga", "nggak", "henteu"],
        "betawi": ["kagak", "gak", "ga", "kaga"],
    },
    "sy": {
        "umum": ["sy", "aku", "saya", "aq", "sya"],
        "jawa": ["aku", "sy", "saya", "aku"],
        "sunda": ["abdi", "sy", "aku"],
        "betawi": ["gue", "gw", "gua"],
    },
    "kalian": {
        "umum": ["kalian", "kamu", "km", "kalian"],
        "jawa": ["sampean", "panjenengan", "kalian"],
        "sunda": ["anjeun", "kalian"],
        "betawi": ["lu", "elu", "kalian"],
    },
    "yg": ["yg", "yang", "yg", "yg"],
    "udh": ["udh", "udah", "sdh", "dah", "udahh", "uda", "sudah"],
    "blm": ["blm", "belum", "blom", "belom", "blum"],
    "bgt": {
        "umum": ["bgt", "banget", "bngt", "bgtt", "bangettt", "bgt"],
        "jawa": ["bgt", "banget", "pol", "tenan"],
        "sunda": ["pisan", "bgt", "pisan euy"],
        "betawi": ["bgt", "banget", "bener dah"],
    },
    "knp": {
        "umum": ["knp", "kenapa", "knapa", "napa", "kok bisa"],
        "jawa": ["knp", "kenapa", "ngopo", "kok iso"],
        "sunda": ["naha", "knp", "kenapa"],
        "betawi": ["ngapa", "knp", "napa"],
    },
    "gmn": {
        "umum": ["gmn", "gimana", "gmna", "bagaimana", "gmn"],
        "jawa": ["piye", "gmn", "gimana"],
        "sunda": ["kumaha", "gmn", "gimana"],
        "betawi": ["gimana", "gmn", "gimane"],
    },
    "dgn": ["dgn", "dengan", "sama", "sm", "dg"],
    "aja": {
        "umum": ["aja", "aj", "doang", "aja"],
        "jawa": ["wae", "ae", "aja"],
        "sunda": ["wae", "aja"],
        "betawi": ["aje", "aja", "doang"],
    },
    "min": ["min", "admin", "mimin", "min", "minn", "min", "kak admin"],
    "kak": {
        "umum": ["kak", "kk", "ka", "kak"],
        "jawa": ["mas", "mbak", "kak", "lur"],
        "sunda": ["teh", "a", "kang", "kak"],
        "betawi": ["bang", "kak", "mpok"],
    },
    "makasih": {
        "umum": ["makasih", "mksh", "terima kasih", "trims", "thx", "tq", "makasi"],
        "jawa": ["matur nuwun", "maturnuwun", "makasih", "suwun"],
        "sunda": ["hatur nuhun", "nuhun", "makasih"],
        "betawi": ["makasih", "makasih bgt", "makasih ye"],
    },
    "tlg": ["tolong", "tlg", "tolongin", "mohon", "plis"],
    "mbok": {
        "umum": ["tolong", "plis", "mohon"],
        "jawa": ["mbok ya", "mbok", "tolong"],
        "sunda": ["punten", "tolong"],
        "betawi": ["tolongin dong", "plis deh"],
    },
    "skrg": ["skrg", "sekarang", "skrng", "skg"],
    "tp": ["tp", "tapi", "tpi"],
    "jg": ["jg", "juga", "jga"],
    "krn": ["krn", "karena", "soalnya", "gara2", "karna"],
    "org": ["org", "orang"],
    "kalo": ["kalo", "klo", "kl", "kalau"],
    "lg": ["lg", "lagi", "lgi"],
    "bener": {
        "umum": ["bener", "benar", "bnr", "beneran"],
        "jawa": ["bener", "tenan"],
        "sunda": ["leres", "bener"],
        "betawi": ["bener", "beneran"],
    },
    "trus": ["trus", "terus", "trs"],
    "sampe": ["sampe", "sampai", "ampe", "smp"],
    "cuma": ["cuma", "cm", "cuman", "hanya"],
    "emang": ["emang", "emg", "memang"],
    "pemerintah": ["pemerintah", "pemprov", "pemda", "pejabat", "dinas terkait"],
    "warga": ["warga", "masyarakat", "rakyat kecil", "kami warga", "warga"],
    "lama": ["lama", "lama bgt", "lamaa", "lemot", "lamaaa"],
    "parah": ["parah", "parahh", "parah bgt", "kacau", "parah sih"],
    "mantap": {
        "umum": ["mantap", "mantul", "mantab", "keren", "top"],
        "jawa": ["mantap", "joss", "apik tenan"],
        "sunda": ["mantap", "alus pisan"],
        "betawi": ["mantap", "keren bener"],
    },
    "anak": {
        "umum": ["anak sy", "anakku", "adik sy", "ponakan sy", "ibu sy", "bapak sy"],
        "jawa": ["anakku", "adikku", "simbok", "anak sy"],
        "sunda": ["anak abdi", "budak sy", "adik abdi"],
        "betawi": ["anak gue", "adek gue", "nyokap gue", "bokap gue"],
    },
    "waktu": [
        "dari kemarin",
        "udh 3 hari",
        "seminggu",
        "dari pagi",
        "dr semalem",
        "2 minggu",
        "sebulan",
        "berbulan2",
    ],
    "jam": ["jam 7 pagi", "jam 8", "subuh", "pagi", "jam 9", "abis subuh"],
    "faskes": ["puskesmas", "RSUD Bahari", "posyandu", "pustu", "RSUD", "klinik desa"],
    "layanan": ["e-KTP", "KK baru", "akta lahir", "surat pindah", "KIA anak", "izin usaha"],
    "sekolah": ["SMAN 1", "SMPN 2", "SDN Pasir Panjang", "SMKN 1", "SD negeri", "MTs"],
    "jalan": [
        "Jl. Pelabuhan Raya",
        "Jl. Teluk Biru Raya",
        "jalan lintas Karang Mas",
        "Jl. Merdeka Bahari",
        "jalan provinsi ke Lembah Hijau",
        "Jl. Pantai Indah",
        "Jl. Nelayan",
        "jalan poros Tanjung Nila",
        "Jl. Pasar Lama",
        "jalan raya Sagara",
        "bundaran Kota Bahari",
        "simpang Pasar Baru",
    ],
}

# Places: the regions of world.REGIONS (short names), and invented villages/quarters.
REGION_SHORT = [
    name if name == "Kota Bahari" else name.removeprefix("Kabupaten ").removeprefix("Kota ")
    for name, _, _ in REGIONS
]
REGION_WEIGHT = np.array([share for _, share, _ in REGIONS])
FLOOD_REGIONS = ["Teluk Biru", "Kota Bahari"]
PLACES = [
    "Kampung Nelayan",
    "Desa Pasir Panjang",
    "Kel. Tanjung Sari",
    "Perum Griya Bahari",
    "Desa Mekar Laut",
    "Kel. Karang Anyar",
    "Desa Lembah Asri",
    "Kampung Pesisir",
    "Desa Sumber Air",
    "Kel. Teluk Indah",
    "Desa Bukit Nila",
    "Kel. Pasar Lama",
    "Desa Sagara Kidul",
    "Kampung Baru Teluk",
    "Kel. Pelabuhan Lama",
    "Desa Muara Biru",
    "Perum Bahari Permai",
    "Desa Karang Sari",
    "Desa Padang Ilalang",
    "Kel. Bukit Karang",
]
FLOOD_PLACES = [
    "Kampung Baru Teluk",
    "Desa Muara Biru",
    "Kel. Teluk Indah",
    "Kampung Nelayan",
    "Desa Pasir Panjang",
    "Kel. Pelabuhan Lama",
    "Perum Griya Bahari",
    "Kampung Pesisir",
]
AGENCY_FORMAL = {
    "pemprov": ["Pemprov Nusa Bahari", "Pemprov"],
    "dinkes": ["Dinkes Nusa Bahari", "Dinas Kesehatan", "Dinkes"],
    "bpbd": ["BPBD Nusa Bahari", "BPBD"],
    "dishub": ["Dishub Nusa Bahari", "Dinas Perhubungan", "Dishub"],
    "diskominfo": ["Diskominfo Nusa Bahari", "Diskominfo"],
    "disdik": ["Disdik Nusa Bahari", "Dinas Pendidikan", "Disdik"],
    "dinsos": ["Dinsos Nusa Bahari", "Dinas Sosial", "Dinsos"],
}
AGENCY_SHORT = {
    "pemprov": ["Pemprov", "pemprov", "Pemprov Nusa Bahari", "pemda"],
    "dinkes": ["Dinkes", "dinkes", "Dinas Kesehatan"],
    "bpbd": ["BPBD", "bpbd", "BPBD Nusa Bahari"],
    "dishub": ["Dishub", "dishub", "Dinas Perhubungan"],
    "diskominfo": ["Diskominfo", "diskominfo", "Kominfo prov"],
    "disdik": ["Disdik", "disdik", "Dinas Pendidikan"],
    "dinsos": ["Dinsos", "dinsos", "Dinas Sosial"],
}

# What an influencer or a bot is talking about, per (topic, phase); "base" is the fallback.
ISSUES: dict[tuple[str, str], list[str]] = {
    ("kesehatan", "base"): ["layanan puskesmas", "antrean RSUD", "stok obat puskesmas"],
    ("kesehatan", "dampak"): ["kesehatan pengungsi", "penyakit pascabanjir"],
    ("dbd", "base"): ["kasus DBD", "fogging", "jentik nyamuk"],
    ("dbd", "kampanye"): ["kampanye 3M Plus", "gerakan berantas DBD", "jumantik"],
    ("banjir", "base"): ["drainase", "normalisasi sungai", "banjir musiman"],
    ("banjir", "krisis"): ["banjir Teluk Biru", "penanganan banjir", "evakuasi korban banjir"],
    ("banjir", "pulih"): ["pemulihan pascabanjir", "bantuan korban banjir"],
    ("transportasi", "base"): ["bus Trans Bahari", "kemacetan", "kapal feri ke Pulau Sagara"],
    ("transportasi", "dampak"): ["jalan putus krn banjir", "kapal yg batal berangkat"],
    ("pendidikan", "base"): ["PPDB", "guru honorer", "beasiswa"],
    ("pendidikan", "dampak"): ["sekolah yg kebanjiran"],
    ("bansos", "base"): ["bansos", "BLT", "data penerima bansos"],
    ("bansos", "dampak"): ["bantuan korban banjir"],
    ("layanan_publik", "base"): ["pelayanan publik", "urus KTP", "layanan online pemprov"],
    ("infrastruktur", "base"): ["jalan rusak", "lampu jalan", "jembatan"],
    ("infrastruktur", "dampak"): ["tanggul jebol", "jembatan ambruk"],
    ("informasi_hoaks", "base"): ["hoaks di grup WA", "akun palsu pemprov", "penipuan online"],
    ("informasi_hoaks", "sebar"): ["isu fogging beracun", "fogging DBD"],
    ("informasi_hoaks", "klarifikasi"): ["klarifikasi soal fogging", "hoaks fogging"],
}

HASHTAGS: dict[tuple[str, str], list[str]] = {
    ("kesehatan", "base"): ["#Puskesmas", "#SehatBersama", "#NusaBahariSehat", "#Kesehatan"],
    ("kesehatan", "dampak"): ["#PeduliBanjir", "#PoskoKesehatan"],
    ("dbd", "base"): ["#DBD", "#CegahDBD", "#StopDBD", "#Nyamuk"],
    ("dbd", "kampanye"): ["#3MPlus", "#BerantasDBD", "#DBD", "#CegahDBD", "#JumantikBahari"],
    ("banjir", "base"): ["#InfoBanjir", "#SiagaBencana", "#MusimHujan"],
    ("banjir", "krisis"): [
        "#BanjirTelukBiru",
        "#BanjirBahari",
        "#PrayForTelukBiru",
        "#SiagaBencana",
        "#BanjirTelukBiru",
    ],
    ("banjir", "pulih"): ["#PeduliBanjir", "#BanjirTelukBiru", "#BangkitBersama"],
    ("transportasi", "base"): ["#InfoLalin", "#TransBahari", "#Macet", "#KapalFeri"],
    ("transportasi", "dampak"): ["#InfoLalin", "#BanjirBahari"],
    ("pendidikan", "base"): ["#PPDB", "#PendidikanNB", "#Beasiswa", "#Sekolah"],
    ("pendidikan", "dampak"): ["#BanjirBahari", "#Sekolah"],
    ("bansos", "base"): ["#Bansos", "#BLT", "#BansosTepatSasaran"],
    ("bansos", "dampak"): ["#PeduliBanjir", "#Bansos"],
    ("layanan_publik", "base"): ["#PelayananPublik", "#LaporMin", "#Adminduk"],
    ("infrastruktur", "base"): ["#JalanRusak", "#LaporMin", "#Infrastruktur"],
    ("infrastruktur", "dampak"): ["#BanjirBahari", "#TanggulJebol"],
    ("informasi_hoaks", "base"): [
        "#CekFakta",
        "#JanganAsalShare",
        "#Hoaks",
        "#SaringSebelumSharing",
    ],
    ("informasi_hoaks", "sebar"): ["#FoggingBeracun", "#Waspada", "#DBD", "#Viral"],
    ("informasi_hoaks", "klarifikasi"): [
        "#CekFakta",
        "#Hoaks",
        "#FoggingAman",
        "#KlarifikasiHoaks",
    ],
}
GENERAL_TAGS = ["#NusaBahari", "#InfoBahari", "#NusaBahari"]

EMOJI = [
    ["😡", "😤", "😠", "😭", "😩", "🙄", "🤦", "💔", "😒", "😞", "😔", "🥲"],
    ["🙏", "🤔", "👀", "📍", "📢", "ℹ️", "👇", "😅"],
    ["👍", "😍", "🙏", "👏", "🔥", "❤️", "💪", "😊", "🥰", "✨", "🤩", "💯"],
]
OPENERS = [
    [
        "duh, ",
        "parah!! ",
        "astaga ",
        "ya ampun ",
        "haduh ",
        "waduh ",
        "hadeh ",
        "sumpah ",
        "jujur kecewa, ",
        "gimana sih ",
        "ckck ",
        "miris ",
        "capek bgt ",
        "lagi2 ",
        "hadeuh ",
        "walah ",
        "buset ",
        "kesel bgt ",
        "aduh ",
        "ampun deh ",
    ],
    [
        "min, ",
        "kak, ",
        "info: ",
        "btw ",
        "eh ",
        "guys ",
        "update: ",
        "sekadar info, ",
        "fyi ",
        "lur, ",
        "gan, ",
        "permisi, ",
        "oh iya ",
        "nah ",
    ],
    [
        "mantap! ",
        "alhamdulillah ",
        "salut, ",
        "keren ",
        "wih ",
        "akhirnya ",
        "top ",
        "joss ",
        "sip, ",
        "bangga, ",
        "good job, ",
        "wah ",
        "asik ",
        "puji Tuhan, ",
    ],
]
PARTICLES = [" dong", " sih", " nih", " deh", " ya", " loh", " lho", " euy", " mah", " ah", " gan"]
INFLUENCER_OPENERS = ["Guys, ", "Gaes, ", "Teman2, ", "Sobat, ", "Halo semua, ", "Jujur ya, ", ""]
MEDIA_CTA = [
    ". Baca selengkapnya di tautan bio.",
    " — simak selengkapnya di kanal kami.",
    " (foto: dok. warga)",
    " | Video: tim liputan",
    ". Selengkapnya di situs kami.",
    " #BeritaTerkini",
]
OFFICIAL_PREFIX = ["📢 ", "ℹ️ ", "[INFO] ", "", "", ""]
ANSWER_SIGNOFF = [" Salam, Admin.", " -Admin", " 🙏", " Terima kasih.", " Salam sehat.", ""]

# Fake personal data, for redaction practice only.
FAKE_OPERATORS = ["0812", "0813", "0821", "0852", "0857", "0878", "0811"]
FAKE_MAIL_DOMAINS = ["contoh.id", "example.com", "contoh.id"]

# --------------------------------------------------------------------------- template banks

# TEMPLATES[role][(topic, phase)][sentiment] -> templates. A missing (topic, phase) falls
# back to (topic, "base"), then ("umum", phase), then ("umum", "base").
Bank = dict[tuple[str, str], dict[str, list[str]]]

WARGA_BANK: Bank = {
    ("kesehatan", "base"): {
        "negatif": [
            "antri di {faskes} {lama}, dari {jam} {blm} dipanggil {jg}",
            "pelayanan {faskes} {region} makin hari makin {parah}, petugasnya jutek",
            "obat di {faskes} kosong {lg}, disuruh beli sendiri di apotek. {gmn} sih",
            "{anak} sakit {waktu}, dirujuk ke RSUD katanya kamar penuh {trus}",
            "BPJS {sy} ditolak di {faskes}, katanya sistem error. kecewa {bgt}",
            "dokter di {faskes} {cuma} dateng seminggu sekali, {warga} {region} hrs {gmn}",
            "ambulans desa {gak} ada, {org} sakit dibawa pake motor. miris",
            "nunggu hasil lab {waktu} {gak} keluar2, {sy} cape bolak balik",
            "di {faskes} {tempat} {gak} ada bidan jaga malem, kalo darurat {gmn}",
        ],
        "netral": [
            "hari ini {sy} ke {faskes} {region} {dgn} {anak} buat cek kesehatan rutin",
            "posyandu di {tempat} jadwalnya pindah ke hari kamis ya ibu2",
            "ada yg tau {faskes} {yg} buka hari minggu di {region}?",
            "{anak} lagi imunisasi di {faskes}, lumayan rame",
            "td lewat {faskes}, lg ada pemeriksaan gratis buat lansia",
            "minggu depan ada vaksinasi di balai desa {tempat} katanya",
            "{faskes} {region} {skrg} pake antrean online ya ternyata",
        ],
        "positif": [
            "pelayanan {faskes} {region} {skrg} cepet {bgt}, petugasnya ramah. {makasih} {dinas}",
            "alhamdulillah {anak} {udh} sembuh, perawat di {faskes} sabar {bgt}",
            "salut sm bidan desa {tempat}, malem2 tetep mau dateng",
            "antrean online {faskes} ngebantu {bgt}, {gak} perlu nunggu lama lagi",
            "cek kesehatan gratis buat lansia di {tempat} {mantap}, ibu {sy} seneng",
            "RSUD {skrg} bersih dan rapi, beda {bgt} sm dulu",
            "{makasih} {dinas}, puskesmas keliling sampe ke kampung kami",
        ],
    },
    ("kesehatan", "dampak"): {
        "negatif": [
            "pengungsi di {tempat} mulai kena diare dan gatal2, obat kurang",
            "{anak} demam di pengungsian, posko kesehatan {gak} ada dokternya",
            "air bersih {gak} ada, anak2 di pengungsian pada sakit perut",
        ],
        "netral": [
            "posko kesehatan buka di pengungsian {region}, yg sakit langsung ke sana",
            "td ada pembagian obat dan vitamin buat pengungsi di {tempat}",
        ],
        "positif": [
            "tim medis keliling ke posko pengungsian, {makasih} {dinas}",
            "perawat di posko {tempat} sigap {bgt}, salut",
        ],
    },
    ("dbd", "base"): {
        "negatif": [
            "nyamuk di {tempat} banyak {bgt}, {udh} 3 tetangga kena DBD {tp} {blm} ada fogging",
            "{anak} kena DBD, trombositnya turun terus. {tlg} {dinas} turun tangan",
            "got mampet di {tempat} jadi sarang nyamuk, {udh} lapor {gak} ditanggapi",
            "fogging {cuma} di jalan gede, gang kecil {gak} pernah disemprot",
            "kasus DBD naik tp {pemerintah} diem {aja}, nunggu ada korban dulu?",
            "RSUD penuh pasien DBD, {anak} dirawat di lorong. miris {bgt}",
        ],
        "netral": [
            "musim hujan gini jgn lupa kuras bak mandi ya {kak}, biar {gak} ada jentik",
            "td ada petugas cek jentik ke rumah2 di {tempat}",
            "ciri2 DBD apa {aja} sih? {anak} demam {udh} 2 hari",
            "{sy} baru beli abate buat bak mandi",
            "fogging di {tempat} jadwalnya sore ini katanya",
            "gejala DBD sm tipes mirip ya, mending cek darah {aja}",
        ],
        "positif": [
            "alhamdulillah {anak} {udh} pulang dr RS, sembuh dari DBD. {makasih} perawat2 RSUD",
            "petugas jumantik di {tempat} rajin {bgt}, tiap minggu cek jentik",
            "fogging di {tempat} cepet {bgt} abis dilaporin, {mantap} {dinas}",
            "seneng liat warga {tempat} kompak bersihin got bareng {dgn} pak RT",
            "abate gratis dari puskesmas ngebantu {bgt}, {makasih}",
        ],
    },
    ("dbd", "kampanye"): {
        "negatif": [
            "kampanye 3M Plus doang, fogging ke {tempat} kapan? nyamuk masih banyak",
            "spanduk 3M Plus dimana2 {tp} got di {tempat} tetep mampet, percuma",
            "jumantik {gak} pernah dateng ke rumah {sy}, kampanye {cuma} di medsos",
            "{udh} 3M tiap minggu {tp} tetangga {gak} peduli, sama {aja} nyamuknya",
            "abate yg dibagiin abis, warga {tempat} {gak} kebagian",
            "kampanye DBD rame di hp, di lapangan sepi. {gmn} mau turun kasusnya",
        ],
        "netral": [
            "minggu ini jadwal kerja bakti 3M Plus di {tempat}, kumpul {jam}",
            "3M Plus itu menguras, menutup, mendaur ulang + cegah gigitan nyamuk ya {kak}",
            "td ada sosialisasi DBD di balai desa {tempat}",
            "anak2 SD diajarin cek jentik di sekolah, bagian dari kampanye DBD",
            "pembagian abate di {tempat} hari sabtu katanya",
            "ikut lomba kampung bebas jentik, doain ya",
            "{sy} baru tau ternyata vas bunga jg bisa jadi sarang jentik",
        ],
        "positif": [
            "kerja bakti 3M Plus di {tempat} rame {bgt}, warga kompak {dgn} pemuda 💪",
            "keren nih kampanye DBD {dinas}, anak2 jadi rajin nguras bak mandi",
            "semenjak rutin 3M, nyamuk di rumah berkurang. {makasih} infonya {min}",
            "jumantik cilik di {tempat} lucu2 tp serius {bgt} ngecek jentik, salut",
            "video edukasi DBD nya bagus, {sy} share ke grup keluarga",
            "akhirnya gang kami difogging {jg}, {makasih} {dinas}",
            "lomba kampung bebas jentik bikin warga semangat bersih2",
        ],
    },
    ("banjir", "base"): {
        "negatif": [
            "hujan dikit {aja} {tempat} {udh} tergenang, drainase {gak} pernah dibenerin",
            "got depan rumah mampet {waktu}, tiap hujan air masuk rumah",
            "tiap tahun banjir tp {gak} ada solusi, {warga} cape",
            "sungai di {tempat} dangkal penuh sampah, {tlg} dikeruk sblm musim hujan",
            "laporan soal tanggul retak di {tempat} {blm} ditanggapi",
        ],
        "netral": [
            "{udh} mulai musim hujan, {kalian} siapin tas siaga bencana ya",
            "td hujan deres {bgt} di {region}, air sempet naik dikit di jalan",
            "info debit sungai di {region} bisa dicek di mana ya?",
            "warga {tempat} kerja bakti bersihin saluran air minggu ini",
            "prakiraan cuaca minggu ini hujan terus di {region}",
        ],
        "positif": [
            "{makasih} BPBD, saluran di {tempat} {udh} dikeruk. hujan kemarin {gak} banjir lagi",
            "simulasi siaga bencana di {tempat} bermanfaat {bgt}",
            "tanggul baru di {tempat} {mantap}, semoga aman musim hujan ini",
            "sosialisasi mitigasi banjir dr BPBD jelas {bgt}, warga jd paham",
        ],
    },
    ("banjir", "krisis"): {
        "negatif": [
            "air {udh} sepinggang di {tempat}, {blm} ada evakuasi sama sekali!!",
            "{tlg} {min}, ada lansia kejebak di {tempat}, {gak} bisa keluar rumah",
            "listrik mati, air masuk rumah, anak2 kedinginan. {tlg} bantuannya",
            "dari subuh nunggu perahu karet {gak} dateng2. {warga} {tempat} butuh bantuan",
            "banjir paling parah yg pernah {sy} alamin, semua barang kerendem",
            "posko pengungsian penuh, {gak} ada selimut, {gak} ada air bersih",
            "jalan ke {tempat} putus, logistik {gak} bisa masuk. {pemerintah} dimana?",
            "rumah {sy} kerendem sampe atap. ya Allah",
            "sirene peringatan {gak} bunyi, warga {tempat} kaget air tiba2 naik",
            "{udh} semaleman di atap rumah, {blm} ada yg jemput",
            "motor, kasur, dokumen semua tenggelam. {gak} tau hrs {gmn} lagi",
        ],
        "netral": [
            "update: air di {tempat} masih setinggi lutut, warga mulai ngungsi ke masjid",
            "info posko pengungsian di {region}: balai desa dan SD negeri deket pasar",
            "jalur ke {region} ditutup sementara krn banjir, cari jalan lain",
            "{kalian} yg butuh info keluarga di {tempat}, cek posko BPBD ya",
            "relawan kumpul di posko {tempat} {jam}, bawa perlengkapan sendiri",
            "ketinggian air di {tempat} pagi ini sekitar 1 meter",
            "yg mau donasi bisa langsung ke posko resmi di {region}",
        ],
        "positif": [
            "{makasih} tim SAR dan BPBD yg semaleman evakuasi warga {tempat} 🙏",
            "salut sm relawan yg bagiin makanan ke pengungsi",
            "alhamdulillah keluarga {sy} di {tempat} {udh} dievakuasi, {makasih} tim BPBD",
            "dapur umum di posko {region} sigap {bgt}, makanan anget buat pengungsi",
            "warga saling bantu, ini yg bikin {sy} bangga jd org Nusa Bahari",
        ],
    },
    ("banjir", "pulih"): {
        "negatif": [
            "bantuan {blm} sampe ke {tempat}, padahal {udh} 4 hari pasca banjir",
            "lumpur di rumah tebel {bgt}, {gak} ada bantuan alat bersih2",
            "{kalian} yg di posko {tlg} bagi rata bantuannya, kami {blm} dapet",
            "data korban banjir di desa {sy} {gak} akurat, banyak yg {gak} kedata",
            "air bersih susah {bgt} pasca banjir, warga mulai gatal2",
            "pembagian bantuan {gak} merata, yg deket posko {aja} yg dapet",
            "rumah {sy} rusak, {blm} ada petugas yg dateng ngecek",
        ],
        "netral": [
            "air di {tempat} mulai surut, warga mulai bersih2 rumah",
            "kerja bakti bersihin lumpur di {tempat} besok pagi",
            "posko kesehatan buka di balai desa {tempat} buat korban banjir",
            "pendataan kerusakan rumah di {tempat} mulai hari ini",
            "sekolah di {tempat} masih dipake buat pengungsian",
        ],
        "positif": [
            "{makasih} relawan yg bantu bersihin rumah warga {tempat} 🙏",
            "bantuan sembako {udh} sampe ke {tempat}, alhamdulillah",
            "cepet {jg} penanganan pasca banjir, jalan ke {tempat} {udh} bisa dilewati",
            "salut sm petugas yg bersihin lumpur di jalan, kerja non stop",
            "dapur umum masih jalan, warga {tempat} kebantu {bgt}",
        ],
    },
    ("transportasi", "base"): {
        "negatif": [
            "bus Trans Bahari telat {lg}, {udh} nunggu sejam di halte",
            "macet parah di {jalan}, {gak} ada petugas yg ngatur",
            "jadwal kapal ke Pulau Sagara sering {bgt} batal mendadak",
            "lampu merah di {jalan} mati {waktu}, rawan kecelakaan",
            "halte di {jalan} atapnya bocor, {kalo} hujan basah semua",
            "tarif angkot naik seenaknya, {dinas} {gak} ngawasin?",
            "parkir liar di {jalan} bikin macet tiap sore",
        ],
        "netral": [
            "{jalan} lg ada perbaikan, cari jalan alternatif ya",
            "rute baru bus Trans Bahari lewat {jalan} mulai minggu depan",
            "td pagi lalu lintas di {jalan} padat merayap",
            "jadwal kapal feri ke Pulau Sagara hari ini normal",
            "ada uji coba rekayasa lalu lintas di {jalan} katanya",
        ],
        "positif": [
            "bus Trans Bahari {skrg} tepat waktu, AC dingin. {mantap} {dinas}",
            "lampu merah di {jalan} {udh} nyala lagi, cepet {jg} responnya",
            "halte baru di {jalan} bagus {bgt}, ada tempat duduknya",
            "seneng ada petugas dishub ngatur lalu lintas pas jam pulang kantor",
            "kapal feri baru ke Pulau Sagara nyaman, {makasih} {dinas}",
        ],
    },
    ("transportasi", "dampak"): {
        "negatif": [
            "{jalan} putus krn banjir, bus {gak} beroperasi",
            "kapal ke Pulau Sagara dibatalin, {sy} {gak} bisa pulang",
            "macet total di {jalan} krn genangan, {udh} 2 jam {gak} gerak",
        ],
        "netral": [
            "jalur {jalan} dialihkan krn banjir, hati2 ya",
            "bus Trans Bahari rute {region} berhenti sementara krn banjir",
        ],
        "positif": ["petugas dishub sigap ngatur pengalihan jalur pas banjir, {makasih}"],
    },
    ("pendidikan", "base"): {
        "negatif": [
            "PPDB zonasi bikin pusing, rumah deket sekolah tp {anak} {gak} keterima",
            "seragam sekolah gratis {blm} dibagi, padahal {udh} masuk sebulan",
            "atap kelas di {sekolah} {region} bocor, anak2 belajar sambil kehujanan",
            "guru honorer di {tempat} gajinya telat {waktu}, kasian",
            "pungutan di sekolah negeri masih ada, katanya gratis?",
            "website PPDB error terus, {sy} {gak} bisa daftar",
        ],
        "netral": [
            "pendaftaran beasiswa prestasi dibuka sampai akhir bulan",
            "anak2 di {sekolah} lg persiapan lomba tingkat provinsi",
            "jadwal ujian semester ganjil {udh} keluar",
            "ada info beasiswa buat anak nelayan {gak} ya?",
            "rapat komite sekolah di {sekolah} sabtu ini",
        ],
        "positif": [
            "{makasih} {dinas}, beasiswa {anak} {udh} cair",
            "guru2 di {sekolah} hebat, {anak} jadi suka baca",
            "gedung sekolah baru di {tempat} bagus {bgt}, anak2 semangat",
            "program makan siang di sekolah bikin anak2 seneng",
            "bangga, siswa {sekolah} juara olimpiade sains tingkat nasional",
        ],
    },
    ("pendidikan", "dampak"): {
        "negatif": [
            "sekolah di {tempat} kerendem, buku2 anak2 rusak semua",
            "{udh} seminggu anak2 {gak} sekolah krn banjir, {blm} ada kabar",
        ],
        "netral": [
            "sekolah di {region} diliburin sampai air surut",
            "belajar daring dulu krn sekolah dipake pengungsian",
        ],
        "positif": ["guru2 {sekolah} bikin kelas darurat buat anak2 pengungsi, salut"],
    },
    ("bansos", "base"): {
        "negatif": [
            "bansos {udh} 3 bulan {blm} cair, {sy} {udh} tanya ke desa katanya tunggu {aja}",
            "yg dapet bansos malah {org} mampu, tetangga {sy} yg susah {gak} dapet",
            "data penerima bansos {gak} diperbarui, {sy} dicoret tanpa alasan",
            "antre ambil BLT {dgn} ibu2 lain dari pagi, {sampe} siang {blm} dapet nomor",
            "beras bansos kualitasnya jelek, berkutu",
            "syarat daftar bansos ribet {bgt}, bolak balik ke kantor desa",
            "bansos cair tp dipotong oknum, {mbok} diawasi",
        ],
        "netral": [
            "pencairan BLT tahap berikutnya katanya bulan depan",
            "cek penerima bansos bisa lewat aplikasi atau ke kantor desa",
            "td ada pendataan ulang penerima bansos di {tempat}",
            "{sy} baru daftar DTKS kemarin, tinggal nunggu",
            "pembagian sembako di {tempat} hari kamis",
        ],
        "positif": [
            "alhamdulillah BLT {udh} cair, {makasih} {dinas}",
            "petugas dinsos ramah {bgt} bantu ibu {sy} urus bansos",
            "bantuan buat lansia di {tempat} tepat sasaran, {mantap}",
            "pendataan bansos {skrg} transparan, bisa dicek online",
            "sembako dr dinsos {udh} sampe rumah, {makasih} {min}",
        ],
    },
    ("bansos", "dampak"): {
        "negatif": [
            "bantuan buat korban banjir di {tempat} {blm} dateng",
            "sembako dari posko {cuma} dikasih ke yg kenal",
            "{sy} korban banjir tp {gak} kedata buat bantuan, {gmn} ini",
        ],
        "netral": ["pendataan bantuan korban banjir di {tempat} dimulai hari ini"],
        "positif": ["bantuan buat korban banjir {udh} sampe {tempat}, {makasih} {dinas}"],
    },
    ("layanan_publik", "base"): {
        "negatif": [
            "urus {layanan} di {region} {lama}, {udh} {waktu} {blm} jadi",
            "kantor capil tutup jam 12 padahal jadwal sampe jam 3",
            "petugas loket jutek, ditanya baik2 {dgn} sopan malah dimarahin",
            "aplikasi layanan online error terus, {gak} bisa login",
            "disuruh bolak balik {krn} kurang fotokopi, {knp} {gak} dibilang dari awal",
            "blangko e-KTP abis {lg}, {sy} {cuma} dikasih surat keterangan",
            "urus {layanan} katanya gratis tp dimintain uang 'administrasi'",
        ],
        "netral": [
            "mal pelayanan publik di Kota Bahari buka sabtu {jg} ternyata",
            "antrean online layanan adminduk bisa lewat aplikasi",
            "td {sy} urus {layanan}, syaratnya KTP asli {dgn} fotokopi KK",
            "jam layanan kantor capil bulan ini sampai jam 3 sore",
            "ada layanan jemput bola e-KTP di {tempat} minggu depan",
        ],
        "positif": [
            "urus {layanan} {skrg} cepet, sejam {udh} jadi. {mantap}",
            "mal pelayanan publik nyaman {bgt}, ber-AC, antrean tertib",
            "petugas capil {region} ramah dan sabar, {makasih}",
            "layanan online makin gampang, {gak} perlu antre lagi",
            "laporan {sy} lewat kanal aduan langsung ditindaklanjuti, salut",
        ],
    },
    ("layanan_publik", "dampak"): {
        "negatif": ["dokumen {sy} ilang krn banjir, urus ulangnya ribet {bgt}"],
        "netral": ["layanan adminduk buka posko di pengungsian buat ganti dokumen yg ilang"],
        "positif": ["salut ada layanan ganti KTP gratis buat korban banjir"],
    },
    ("infrastruktur", "base"): {
        "negatif": [
            "{jalan} rusak parah, lubang di mana2. {udh} {waktu} {gak} diperbaiki",
            "lampu jalan di {jalan} mati semua, rawan begal",
            "jembatan di {tempat} {udh} miring, {tlg} sblm ada korban",
            "baru diaspal 2 bulan {udh} rusak lagi, kualitasnya {gmn}?",
            "proyek trotoar di {jalan} mangkrak, bikin macet",
            "air PDAM di {tempat} mati {waktu}, warga beli air galon",
            "{mbok} jalan ke {tempat} diperbaiki, tiap hari ada yg jatuh",
        ],
        "netral": [
            "ada perbaikan jalan di {jalan} sampai akhir bulan",
            "pembangunan jembatan di {tempat} katanya mulai tahun depan",
            "td ada survei petugas ke {jalan}, mungkin mau diperbaiki",
            "proyek pelebaran {jalan} lg jalan, pelan2 {aja} lewatnya",
        ],
        "positif": [
            "{jalan} {udh} mulus, {makasih} {pemerintah}",
            "lampu jalan di {tempat} {udh} terang, warga jd tenang",
            "jembatan baru di {tempat} {mantap}, anak2 sekolah {gak} perlu muter jauh",
            "respon cepet, lubang di {jalan} {udh} ditambal sehari abis dilaporin",
        ],
    },
    ("infrastruktur", "dampak"): {
        "negatif": [
            "jembatan di {tempat} ambruk diterjang banjir",
            "jalan ke {tempat} amblas krn banjir, {gak} bisa dilewati",
        ],
        "netral": ["perbaikan tanggul jebol di {tempat} mulai dikerjain"],
        "positif": ["tanggul darurat di {tempat} cepet dibangun, salut"],
    },
    ("informasi_hoaks", "base"): {
        "negatif": [
            "grup WA keluarga isinya hoaks semua, cape ngelurusin",
            "ada pesan berantai ngaku2 dari {dinas}, minta transfer. penipuan!",
            "akun palsu atas nama pemprov nyebar info bansos palsu, {tlg} ditindak",
            "kesel {bgt} {dgn} {org} yg asal share berita {gak} jelas",
            "link pendaftaran bansos palsu makan korban di {tempat}",
        ],
        "netral": [
            "cek dulu sumbernya sblm share ya {kak}",
            "{kalian} jgn asal forward pesan berantai, cek dulu sumbernya",
            "ada yg tau info ini {bener} {gak}? beredar di grup WA",
            "{kalo} nemu info mencurigakan bisa dilaporin ke Diskominfo",
            "inget, info resmi {cuma} dari akun terverifikasi",
        ],
        "positif": [
            "{makasih} {min} {udh} rutin bikin konten cek fakta",
            "kelas literasi digital dr Diskominfo bermanfaat {bgt}",
            "salut sm pemuda {tempat} yg bikin gerakan anti hoaks",
        ],
    },
    ("informasi_hoaks", "sebar"): {
        "negatif": [
            "serius fogging DBD pake racun?? anak2 {sy} td main di luar pas disemprot 😭",
            "pantes tetangga pada pusing, ternyata asap fogging beracun",
            "{kalo} {bener} fogging bahaya, {pemerintah} hrs tanggung jawab!!",
            "{sy} {gak} mau rumah {sy} difogging lagi, serem {bgt} beritanya",
            "katanya ada yg keracunan abis fogging di {tempat}, {knp} {gak} ada penjelasan?",
            "takut {bgt} baca berita fogging beracun, mending nyamuk drpd racun",
            "ibu2 di {tempat} nolak fogging gara2 isu racun",
            "pantesan {anak} sesek napas abis fogging kemarin",
        ],
        "netral": [
            "beredar pesan di grup WA katanya fogging DBD beracun, ada yg tau {bener} {gak}?",
            "td dapet broadcast soal fogging beracun, lg {sy} cek dulu",
            "videonya rame, katanya warga {tempat} keracunan fogging. {blm} tau {bener} apa {gak}",
            "fogging beracun itu hoaks apa fakta sih? bingung",
            "nunggu penjelasan resmi soal isu fogging",
        ],
        "positif": [
            "{makasih} infonya {kak}, langsung {sy} share ke grup keluarga biar pada waspada",
            "untung ada yg ngingetin soal fogging ini, {makasih} ya",
        ],
    },
    ("informasi_hoaks", "klarifikasi"): {
        "negatif": [
            "{knp} klarifikasinya telat? {udh} terlanjur viral tuh hoaks fogging",
            "klarifikasi doang {gak} cukup, penyebar hoaksnya ditangkep dong",
            "masih {gak} percaya, tetangga {sy} beneran pusing abis fogging",
            "warga {tempat} {udh} terlanjur nolak fogging, nyamuk makin banyak",
        ],
        "netral": [
            "ternyata isu fogging beracun itu hoaks ya, {udh} diklarifikasi {dinas}",
            "klarifikasi resmi soal fogging {udh} keluar, cek akun {agensi}",
            "jadi fogging aman asal sesuai prosedur ya, noted",
            "td ada sosialisasi ulang soal keamanan fogging di {tempat}",
        ],
        "positif": [
            "{makasih} {dinas} {udh} klarifikasi, jd tenang",
            "{mantap} klarifikasinya jelas, ada penjelasan dokternya {jg}",
            "lega, ternyata hoaks. jgn asal share lagi ya gaes",
            "salut {min} cepet tanggap ngelurusin hoaks fogging",
        ],
    },
}

TANYA_BANK: Bank = {
    ("kesehatan", "base"): {
        "netral": [
            "{min} mau tanya, {faskes} di {region} buka hari sabtu {gak} ya?",
            "{min} syarat berobat {dgn} BPJS ke RSUD apa {aja} ya?",
            "{kak}, jadwal posyandu di {tempat} bulan ini kapan ya?",
            "vaksin buat balita di {faskes} gratis kan {min}?",
            "{min} {kalo} mau cek kesehatan gratis daftarnya dimana?",
        ],
        "negatif": [
            "{min} {knp} obat di {faskes} kosong terus? hrs beli sendiri?",
            "{min} kok antrean di {faskes} {region} lama {bgt}, {gak} ada tambahan petugas?",
            "{knp} ambulans desa {gak} bisa dipake malem2 {min}?",
        ],
    },
    ("dbd", "base"): {
        "netral": [
            "{min} fogging di {tempat} kapan ya? nyamuk {udh} banyak",
            "{kalo} mau minta abate gratis ke mana ya {min}?",
            "{min} gejala DBD yg hrs segera dibawa ke RS apa {aja}?",
            "cara lapor kasus DBD di lingkungan {gmn} {min}?",
        ],
        "negatif": [
            "{min} {udh} ada 3 warga kena DBD di {tempat}, {knp} {blm} ada fogging?",
            "{knp} laporan jentik di {tempat} {gak} ditindaklanjuti {min}?",
        ],
    },
    ("dbd", "kampanye"): {
        "netral": [
            "{min} jadwal kerja bakti 3M Plus di {region} kapan?",
            "{min} kampung {sy} mau ikut lomba bebas jentik, daftarnya {gmn}?",
            "{min} boleh minta materi 3M Plus buat ditempel di mushola?",
        ],
        "negatif": ["{min} {knp} jumantik {gak} pernah dateng ke {tempat}?"],
    },
    ("banjir", "base"): {
        "netral": [
            "{min} peta rawan banjir {region} bisa diliat di mana?",
            "{kalo} mau jadi relawan BPBD daftarnya {gmn} {min}?",
            "{min} ada info prakiraan hujan lebat minggu ini?",
        ],
        "negatif": [
            "{min} {knp} normalisasi sungai di {tempat} {gak} jalan2?",
            "laporan tanggul retak di {tempat} kapan ditindaklanjuti {min}?",
        ],
    },
    ("banjir", "krisis"): {
        "netral": [
            "{min} posko pengungsian terdekat dari {tempat} dimana ya?",
            "{min} jalur evakuasi dari {tempat} lewat mana?",
            "{min} bantuan perahu karet bisa dihubungi lewat mana?",
            "{min} air bersih buat pengungsi bisa diambil dimana?",
            "{min} yg mau nyumbang selimut diantar ke posko mana?",
        ],
        "negatif": [
            "{min} {tlg} {knp} {blm} ada evakuasi di {tempat}?? air makin tinggi!!",
            "{min} keluarga {sy} {blm} dievakuasi dari {tempat}, {gmn} ini??",
            "{min} {knp} posko di {region} {gak} ada makanan?",
            "{min} {udh} 6 jam nunggu, tim evakuasi ke {tempat} kapan dateng??",
        ],
    },
    ("banjir", "pulih"): {
        "netral": [
            "{min} cara daftar bantuan perbaikan rumah korban banjir {gmn}?",
            "{min} posko kesehatan buat korban banjir buka sampai kapan?",
        ],
        "negatif": [
            "{min} bantuan buat {tempat} kapan sampe? {udh} 4 hari",
            "{knp} pendataan korban di {tempat} {gak} lengkap {min}?",
        ],
    },
    ("transportasi", "base"): {
        "netral": [
            "{min} jadwal kapal feri ke Pulau Sagara hari ini jalan {gak}?",
            "{min} rute bus Trans Bahari ke {region} ada?",
            "{min} tarif bus Trans Bahari {skrg} berapa?",
            "{min} {jalan} masih ditutup {gak}?",
        ],
        "negatif": [
            "{min} {knp} bus Trans Bahari sering telat?",
            "{min} lampu merah di {jalan} mati {udh} seminggu, kapan dibenerin?",
        ],
    },
    ("pendidikan", "base"): {
        "netral": [
            "{min} pendaftaran beasiswa prestasi sampai kapan?",
            "{min} syarat pindah sekolah antar kabupaten apa {aja}?",
            "{min} jadwal PPDB tahun depan {udh} ada {blm}?",
            "{min} seragam gratis buat siswa baru dibagi kapan?",
        ],
        "negatif": [
            "{min} {knp} tunjangan guru honorer di {tempat} telat terus?",
            "{min} {knp} sekolah negeri masih narik pungutan?",
        ],
    },
    ("bansos", "base"): {
        "netral": [
            "{min} cara cek penerima bansos {gmn} ya?",
            "{min} BLT tahap berikutnya cair kapan?",
            "{min} syarat daftar bansos buat lansia apa {aja}?",
            "{min} {kalo} pindah domisili, bansos {sy} ikut pindah {gak}?",
        ],
        "negatif": [
            "{min} {knp} bansos {sy} {blm} cair {udh} 3 bulan?",
            "{min} {knp} nama {sy} dicoret dari penerima bansos?",
            "{min} beras bansos kok berkutu, lapor kemana?",
        ],
    },
    ("layanan_publik", "base"): {
        "netral": [
            "{min} syarat urus {layanan} apa {aja} ya?",
            "{min} mal pelayanan publik buka hari sabtu {gak}?",
            "{min} antrean online adminduk daftarnya di mana?",
            "{min} urus {layanan} bisa diwakilin {gak}?",
        ],
        "negatif": [
            "{min} {knp} {layanan} {sy} {udh} {waktu} {blm} jadi?",
            "{min} {knp} aplikasi layanan online error terus?",
            "{min} blangko e-KTP kapan ada lagi? {udh} {waktu} kosong",
        ],
    },
    ("infrastruktur", "base"): {
        "netral": [
            "{min} lapor jalan rusak lewat mana ya?",
            "{min} perbaikan {jalan} sampai kapan?",
            "{min} pembangunan jembatan di {tempat} jadi dilanjut {gak}?",
        ],
        "negatif": [
            "{min} {jalan} rusak parah, kapan diperbaiki??",
            "{min} {knp} lampu jalan di {tempat} mati terus?",
        ],
    },
    ("informasi_hoaks", "base"): {
        "netral": [
            "{min} info ini {bener} {gak}? katanya ada pendaftaran bansos lewat link",
            "{min} cara lapor akun palsu atas nama pemprov {gmn}?",
            "{min} pesan berantai soal pemadaman listrik itu resmi {gak}?",
        ],
        "negatif": ["{min} {knp} akun palsu atas nama {dinas} {gak} ditindak?"],
    },
    ("informasi_hoaks", "sebar"): {
        "netral": [
            "{min} {bener} {gak} fogging DBD pake racun? di grup WA rame",
            "{min} {tlg} dijelasin soal isu fogging beracun",
            "{min} aman {gak} anak2 di rumah pas fogging?",
        ],
        "negatif": [
            "{min} {knp} diem {aja} soal fogging beracun? warga takut!!",
            "{min} {knp} {blm} ada penjelasan soal warga {tempat} yg katanya keracunan fogging?",
        ],
    },
    ("informasi_hoaks", "klarifikasi"): {
        "netral": [
            "{min} jadi fogging aman ya? boleh minta sumber penjelasannya?",
            "{min} {kalo} masih ada yg nyebar hoaks fogging lapor kemana?",
        ],
        "negatif": ["{min} {knp} klarifikasinya baru {skrg}? {udh} terlanjur rame"],
    },
    ("umum", "base"): {
        "netral": ["{min} mau tanya, info lengkapnya bisa diliat di mana ya?"],
        "negatif": ["{min} {knp} laporan {sy} {gak} dibales2?"],
    },
}

REAKSI_BANK: Bank = {
    ("umum", "base"): {
        "negatif": [
            "parah",
            "kecewa {bgt}",
            "omong doang",
            "{gak} ada perubahan dari dulu",
            "janji doang",
            "capek dengernya",
            "sama {aja}, {gak} ada hasilnya",
            "lambat {bgt} responnya",
            "ujung2nya {warga} lagi yg susah",
            "hadeuh, {lg}2 begini",
            "pencitraan doang",
            "{udh} lapor berkali2 {gak} digubris",
            "ya gitu deh, {kalo} {gak} viral {gak} diurus",
            "harusnya dari dulu",
            "sedih bacanya",
            "kapan beresnya coba",
            "{gak} becus",
            "malu2in {bgt}",
        ],
        "netral": [
            "oh gitu",
            "noted {min}",
            "pantau terus",
            "sip, nunggu info selanjutnya",
            "siap {kak}",
            "ikut nyimak",
            "oke",
            "baru tau",
            "hmm",
            "cmiiw",
            "up",
            "izin share",
            "nitip pertanyaan yg sama",
            "berarti {sy} {jg} hrs daftar ulang ya",
            "{kalian} {udh} daftar {blm}?",
            "{kalian} jg ngalamin {gak}?",
            "nyimak dulu",
            "tag temen yg perlu info ini",
        ],
        "positif": [
            "{mantap} {min}",
            "{makasih} infonya",
            "keren",
            "setuju {bgt}",
            "semangat terus",
            "good job",
            "sangat membantu",
            "salut",
            "terbaik",
            "alhamdulillah",
            "luar biasa",
            "lanjutkan",
            "bermanfaat {bgt}",
            "bangga",
            "sip, {mantap}",
            "top markotop",
            "{makasih} {dinas}",
        ],
    },
    ("umum", "sebar"): {
        "negatif": ["serem", "astaghfirullah, bahaya {bgt}", "ngeri {bgt}", "pantes aja"],
        "netral": ["{bener} {gak} nih?", "sumbernya mana?", "tunggu klarifikasi dulu"],
        "positif": ["{makasih} udh ngingetin"],
    },
    ("umum", "klarifikasi"): {
        "negatif": ["telat klarifikasinya", "terlanjur nyebar {min}"],
        "netral": ["oh hoaks ternyata", "noted, jgn asal share"],
        "positif": ["lega", "nah gitu dong ada klarifikasi", "{makasih} penjelasannya {min}"],
    },
    ("umum", "kampanye"): {
        "negatif": ["kampanye doang", "di kampung {sy} {gak} ada apa2"],
        "netral": ["jumat bersih ya", "catet: kuras, tutup, daur ulang"],
        "positif": ["yuk 3M!", "semangat berantas DBD", "{mantap}, lanjut kerja bakti"],
    },
    ("umum", "krisis"): {
        "negatif": ["ya Allah, sedih liatnya", "kasian warga {tempat}", "{gak} tega liatnya"],
        "netral": ["stay safe semua", "pantau terus infonya", "semoga cepet surut"],
        "positif": ["semangat tim SAR", "doa terbaik buat warga {region}", "salut relawan"],
    },
    ("umum", "pulih"): {
        "negatif": ["bantuan kok lama", "{blm} sampe ke kampung {sy}"],
        "netral": ["semoga cepet pulih", "info posko bantuan dong"],
        "positif": ["alhamdulillah udh surut", "{makasih} relawan"],
    },
}

MEDIA_BANK: Bank = {
    ("kesehatan", "base"): {
        "netral": [
            "{instansi} Gelar Pemeriksaan Kesehatan Gratis untuk Lansia di {region}",
            "Jam Layanan Puskesmas di {region} Diperpanjang hingga Sore",
            "RSUD Bahari Tambah Ruang Rawat Inap Anak",
            "Warga {region} Diimbau Lengkapi Imunisasi Anak",
        ],
        "negatif": [
            "Warga {region} Keluhkan Kekosongan Obat di Puskesmas",
            "Antrean Panjang di RSUD, Pasien Menunggu hingga Lima Jam",
        ],
        "positif": ["Puskesmas di {region} Raih Predikat Pelayanan Prima"],
    },
    ("kesehatan", "dampak"): {
        "netral": ["Posko Kesehatan Dibuka di Lokasi Pengungsian {region}"],
        "negatif": ["Pengungsi Banjir Mulai Terserang Diare dan Penyakit Kulit"],
    },
    ("dbd", "base"): {
        "netral": [
            "Kasus DBD di {region} Meningkat Jelang Musim Hujan",
            "{instansi} Imbau Warga Waspadai Gejala DBD",
        ],
        "negatif": ["Warga {region} Keluhkan Fogging yang Tidak Merata"],
        "positif": ["Kasus DBD di {region} Turun Berkat Gerakan Jumantik"],
    },
    ("dbd", "kampanye"): {
        "netral": [
            "{instansi} Luncurkan Kampanye 3M Plus Selama Tiga Minggu",
            "Ribuan Warga Ikuti Kerja Bakti Serentak Berantas Sarang Nyamuk",
            "Jumantik Cilik Dilibatkan dalam Kampanye DBD di Sekolah",
            "Abate Gratis Dibagikan di Seluruh Puskesmas",
        ],
        "negatif": ["Kampanye DBD Berjalan, Warga Masih Keluhkan Jentik di Permukiman"],
        "positif": [
            "Angka Bebas Jentik di {region} Naik Sejak Kampanye 3M Plus",
            "{tempat} Juara Lomba Kampung Bebas Jentik",
        ],
    },
    ("banjir", "base"): {
        "netral": [
            "BPBD Siagakan Personel Jelang Puncak Musim Hujan",
            "Warga {region} Diimbau Bersihkan Saluran Air",
        ],
        "negatif": ["Hujan Satu Jam, Sejumlah Jalan di {region} Tergenang"],
    },
    ("banjir", "krisis"): {
        "netral": [
            "Banjir Rendam Ribuan Rumah di Teluk Biru dan Kota Bahari",
            "Tim Gabungan Evakuasi Warga {tempat} dengan Perahu Karet",
            "Posko Pengungsian Dibuka di {region}, Ribuan Warga Mengungsi",
            "Jalur {jalan} Lumpuh Akibat Banjir",
            "BPBD Tetapkan Status Tanggap Darurat Banjir",
        ],
        "negatif": [
            "Warga {tempat} Terjebak Banjir, Evakuasi Terkendala Arus Deras",
            "Pengungsi Banjir Kekurangan Air Bersih dan Selimut",
            "Banjir Terparah dalam Satu Dekade, Warga Kritik Peringatan Dini",
        ],
        "positif": ["Relawan Bergerak Cepat, Dapur Umum Layani Ribuan Pengungsi"],
    },
    ("banjir", "pulih"): {
        "netral": [
            "Banjir Mulai Surut, Warga {tempat} Bersihkan Lumpur",
            "Pendataan Kerusakan Rumah Akibat Banjir Dimulai",
        ],
        "negatif": ["Bantuan Belum Merata, Warga {tempat} Mengeluh"],
        "positif": ["Jalan ke {tempat} Kembali Bisa Dilalui Pascabanjir"],
    },
    ("transportasi", "base"): {
        "netral": [
            "Rute Baru Bus Trans Bahari Beroperasi Pekan Depan",
            "Rekayasa Lalu Lintas di {jalan} Mulai Diuji Coba",
            "Jadwal Kapal Feri ke Pulau Sagara Kembali Normal",
        ],
        "negatif": [
            "Kemacetan di {jalan} Makin Parah, Warga Minta Solusi",
            "Penumpang Keluhkan Keterlambatan Bus Trans Bahari",
        ],
        "positif": ["Armada Baru Bus Trans Bahari Disambut Positif Penumpang"],
    },
    ("transportasi", "dampak"): {
        "netral": ["Banjir, Sejumlah Rute Bus Trans Bahari Dihentikan Sementara"],
        "negatif": ["Akses ke {region} Terputus, Kendaraan Terjebak Genangan"],
    },
    ("pendidikan", "base"): {
        "netral": [
            "Pendaftaran Beasiswa Prestasi Provinsi Dibuka hingga Akhir Bulan",
            "{instansi} Siapkan Seragam Gratis untuk Siswa Baru",
        ],
        "negatif": ["Atap Ruang Kelas di {region} Bocor, Siswa Belajar di Teras"],
        "positif": ["Siswa {region} Raih Medali Olimpiade Sains Nasional"],
    },
    ("pendidikan", "dampak"): {
        "netral": ["Sekolah di Wilayah Terdampak Banjir Diliburkan Sementara"],
    },
    ("bansos", "base"): {
        "netral": [
            "Pencairan BLT Tahap Berikutnya Dijadwalkan Bulan Depan",
            "{instansi} Lakukan Pemutakhiran Data Penerima Bansos",
        ],
        "negatif": [
            "Warga {region} Keluhkan Bansos Salah Sasaran",
            "Penerima Bansos Antre Berjam-jam di Kantor Desa",
        ],
        "positif": ["Bantuan Sembako untuk Lansia di {region} Tersalurkan"],
    },
    ("bansos", "dampak"): {
        "netral": ["Pemprov Salurkan Bantuan Logistik untuk Korban Banjir"],
        "negatif": ["Korban Banjir Keluhkan Distribusi Bantuan yang Lambat"],
    },
    ("layanan_publik", "base"): {
        "netral": [
            "Mal Pelayanan Publik Kota Bahari Kini Buka Hari Sabtu",
            "Layanan Jemput Bola e-KTP Hadir di {tempat}",
        ],
        "negatif": ["Blangko e-KTP Kosong, Warga {region} Terpaksa Menunggu"],
        "positif": ["Antrean Online Adminduk Pangkas Waktu Tunggu Warga"],
    },
    ("infrastruktur", "base"): {
        "netral": [
            "Perbaikan {jalan} Ditargetkan Rampung Akhir Bulan",
            "Pemprov Anggarkan Pembangunan Jembatan di {tempat}",
        ],
        "negatif": [
            "Jalan Rusak di {jalan} Kembali Makan Korban",
            "Warga {tempat} Keluhkan Lampu Jalan Padam Berbulan-bulan",
        ],
        "positif": ["{jalan} Kini Mulus, Warga Sambut Gembira"],
    },
    ("infrastruktur", "dampak"): {
        "netral": ["Perbaikan Tanggul Jebol di {tempat} Mulai Dikerjakan"],
        "negatif": ["Jembatan Penghubung di {tempat} Ambruk Diterjang Banjir"],
    },
    ("informasi_hoaks", "base"): {
        "netral": [
            "Diskominfo Imbau Warga Waspadai Akun Palsu Pejabat",
            "Kelas Literasi Digital Digelar di {region}",
        ],
        "negatif": ["Penipuan Berkedok Pendaftaran Bansos Online Makan Korban"],
    },
    ("informasi_hoaks", "sebar"): {
        "netral": [
            "Beredar Pesan Berantai Soal Fogging DBD Beracun, Ini Faktanya Belum Jelas",
            "Isu Fogging Beracun Viral, Warga {region} Resah",
        ],
        "negatif": ["Warga {tempat} Tolak Fogging Usai Isu Racun Beredar"],
    },
    ("informasi_hoaks", "klarifikasi"): {
        "netral": [
            "Diskominfo dan Dinkes Pastikan Isu Fogging Beracun Hoaks",
            "Cek Fakta: Fogging DBD Aman Jika Sesuai Prosedur",
            "Dinkes: Tidak Ada Kasus Keracunan Akibat Fogging",
        ],
        "positif": ["Klarifikasi Cepat Redam Kepanikan Soal Fogging"],
    },
    ("umum", "base"): {
        "netral": ["Pemprov Nusa Bahari Gelar Rapat Koordinasi Layanan Publik"],
        "negatif": ["Warga Keluhkan Lambatnya Respons Aduan di Media Sosial"],
        "positif": ["Survei: Kepuasan Warga terhadap Layanan Pemprov Meningkat"],
    },
}

INFLUENCER_BANK: Bank = {
    ("umum", "base"): {
        "negatif": [
            "jujur {sy} kecewa soal {isu}. {dinas} hrs lebih gercep!",
            "thread: {knp} {isu} di Nusa Bahari {gak} pernah beres? 🧵",
            "{udh} berkali2 diingetin soal {isu}, tetep {aja} begini 🙄",
            "dapet banyak DM soal {isu}, keluhannya sama semua. {tlg} dibenahi",
            "{isu} itu bukan hal baru, {knp} solusinya {gak} ada2?",
        ],
        "netral": [
            "bahas {isu} yuk di live malam ini jam 8",
            "ngobrol bareng warga {region} soal {isu}, ini hasilnya",
            "rangkuman info {isu} minggu ini, save biar {gak} lupa",
            "kalian ada pengalaman soal {isu}? cerita di kolom komentar",
        ],
        "positif": [
            "salut sama {dinas}, {isu} mulai ada kemajuan 👏",
            "akhirnya {isu} ditanganin serius, semoga konsisten",
            "ini contoh pelayanan yg bener soal {isu}, keren!",
            "abis liat langsung soal {isu}, {sy} optimis. {mantap}",
        ],
    },
    ("informasi_hoaks", "sebar"): {
        "negatif": [
            "hati2 ya, katanya fogging bisa bikin sesek napas. jaga anak2 {kalian} 🙏",
            "{kalo} {bener} fogging beracun ini bahaya {bgt}, {dinas} kok diem?",
        ],
        "netral": ["lagi rame isu fogging beracun, kita tunggu penjelasan resmi ya"],
    },
    ("informasi_hoaks", "klarifikasi"): {
        "positif": ["udah jelas ya, fogging beracun itu HOAKS. jgn asal share! 👏"],
        "netral": ["{sy} rangkum klarifikasi soal fogging dari Dinkes, cek slide 2"],
        "negatif": ["klarifikasinya telat, hoaksnya {udh} kemana2"],
    },
    ("dbd", "kampanye"): {
        "positif": [
            "ikutan tantangan 3M Plus yuk! tag 3 temen {kalian} 💪",
            "kerja bakti bareng warga {tempat} buat berantas DBD, seru!",
        ],
        "netral": ["tips 3M Plus versi anak kos, simak sampe abis"],
    },
    ("banjir", "krisis"): {
        "negatif": [
            "banjir {region} parah {bgt}, bantuan masih minim. yuk bantu!",
            "{sy} di lokasi, warga {tempat} {blm} dapet bantuan sama sekali",
        ],
        "netral": ["open donasi untuk korban banjir Teluk Biru, info di bio"],
        "positif": ["{makasih} semua yg {udh} donasi, bantuan {udh} kami salurin ke posko 🙏"],
    },
}

RESMI_BANK: Bank = {
    ("kesehatan", "base"): {
        "netral": [
            "Sobat Bahari, pemeriksaan kesehatan gratis untuk lansia hadir di {faskes} {region} "
            "pekan ini. Bawa KTP dan kartu BPJS ya.",
            "Jadwal posyandu bulan ini sudah tersedia di puskesmas terdekat. Yuk datang bersama "
            "si kecil.",
            "Tips sehat di musim pancaroba: cukup tidur, minum air putih, dan cuci tangan pakai "
            "sabun.",
            "Layanan IGD RSUD buka 24 jam. Simpan informasi ini untuk keadaan darurat.",
        ],
        "positif": [
            "Terima kasih tenaga kesehatan di {region} yang terus melayani dengan sepenuh hati.",
            "Selamat kepada Puskesmas {region} atas predikat pelayanan prima tahun ini!",
        ],
    },
    ("dbd", "base"): {
        "netral": [
            "Musim hujan tiba. Cegah DBD dengan menguras dan menutup tempat penampungan air.",
            "Kenali gejala DBD: demam tinggi mendadak, nyeri otot, bintik merah. Segera ke "
            "fasilitas kesehatan terdekat.",
        ],
        "positif": ["Terima kasih para jumantik yang rutin memeriksa jentik di {region}."],
    },
    ("dbd", "kampanye"): {
        "netral": [
            "Kampanye 3M Plus dimulai! Menguras, Menutup, Mendaur ulang, Plus cegah gigitan "
            "nyamuk.",
            "Jadwal fogging fokus pekan ini: {tempat} dan sekitarnya. Fogging hanya dilakukan "
            "bila ada kasus.",
            "Jumantik datang ke rumah Sobat? Sambut ya, mereka memeriksa jentik demi keluarga "
            "kita.",
            "Abate gratis tersedia di puskesmas. Bawa wadah sendiri ya, Sobat Bahari.",
            "Satu rumah satu jumantik: ajak anggota keluarga memeriksa jentik setiap minggu.",
        ],
        "positif": [
            "Terima kasih warga {tempat} yang kompak kerja bakti 3M Plus akhir pekan ini!",
            "Angka bebas jentik di {region} naik. Terima kasih Sobat Bahari, ayo pertahankan!",
            "Selamat kepada {tempat}, juara lomba kampung bebas jentik!",
            "Terima kasih para jumantik cilik di {region}. Kalian hebat!",
            "Semangat kerja bakti warga {region} luar biasa. Terima kasih, Sobat Bahari!",
        ],
    },
    ("banjir", "base"): {
        "netral": [
            "Memasuki musim hujan, siapkan tas siaga bencana berisi dokumen penting, obat, dan "
            "senter.",
            "Pantau peringatan dini cuaca dan informasi resmi BPBD Nusa Bahari.",
            "Bersihkan saluran air di sekitar rumah untuk mengurangi risiko genangan.",
        ],
        "positif": ["Terima kasih warga {tempat} yang aktif dalam simulasi siaga bencana."],
    },
    ("banjir", "krisis"): {
        "netral": [
            "[UPDATE BANJIR] Ketinggian air di {tempat} mencapai 1 meter. Tim gabungan "
            "melakukan evakuasi warga.",
            "Posko pengungsian dibuka di balai desa dan sekolah di {region}. Untuk evakuasi "
            "darurat hubungi call center 112.",
            "Jalur {jalan} ditutup sementara karena genangan. Gunakan jalur alternatif.",
            "Hindari area sungai dan jangan menyeberangi arus deras. Utamakan keselamatan "
            "keluarga.",
            "Dapur umum beroperasi di posko {region}. Bantuan logistik dapat disalurkan melalui "
            "posko resmi.",
            "[UPDATE BANJIR] Status tanggap darurat ditetapkan. Seluruh personel disiagakan.",
        ],
        "positif": [
            "Terima kasih relawan dan tim SAR yang bekerja sepanjang malam mengevakuasi warga "
            "{tempat}.",
        ],
    },
    ("banjir", "pulih"): {
        "netral": [
            "Air mulai surut di {tempat}. Warga diimbau waspada penyakit pascabanjir.",
            "Pendataan kerusakan rumah akibat banjir dilakukan mulai hari ini di {region}.",
            "Layanan kesehatan gratis bagi korban banjir tersedia di posko {region}.",
        ],
        "positif": [
            "Bantuan logistik telah disalurkan ke {tempat}. Terima kasih atas gotong royong "
            "semua pihak.",
        ],
    },
    ("transportasi", "base"): {
        "netral": [
            "Info lalu lintas: perbaikan jalan di {jalan} berlangsung hingga akhir bulan. "
            "Gunakan jalur alternatif.",
            "Jadwal kapal feri ke Pulau Sagara hari ini berjalan normal.",
            "Rute baru bus Trans Bahari mulai beroperasi pekan depan.",
        ],
        "positif": ["Armada baru bus Trans Bahari siap melayani Sobat Bahari!"],
    },
    ("transportasi", "dampak"): {
        "netral": [
            "Akibat banjir, layanan bus Trans Bahari rute {region} dihentikan sementara.",
            "Jalur {jalan} dialihkan. Ikuti arahan petugas di lapangan.",
        ],
    },
    ("pendidikan", "base"): {
        "netral": [
            "Pendaftaran beasiswa prestasi dibuka hingga akhir bulan. Syarat lengkap di laman "
            "Dinas Pendidikan.",
            "Jadwal penilaian akhir semester ganjil telah terbit.",
        ],
        "positif": ["Selamat kepada siswa {sekolah} peraih medali olimpiade sains nasional!"],
    },
    ("pendidikan", "dampak"): {
        "netral": [
            "Sekolah di wilayah terdampak banjir diliburkan sementara. Pembelajaran "
            "dilanjutkan secara daring.",
        ],
    },
    ("bansos", "base"): {
        "netral": [
            "Pencairan BLT tahap berikutnya dijadwalkan bulan depan. Cek status penerima di "
            "kantor desa/kelurahan.",
            "Waspada penipuan! Pendaftaran bansos tidak dipungut biaya dan tidak melalui "
            "tautan tidak resmi.",
        ],
        "positif": [
            "Bantuan sembako untuk lansia di {region} telah tersalurkan. Terima kasih para "
            "pendamping.",
        ],
    },
    ("bansos", "dampak"): {
        "netral": ["Pendataan bantuan bagi korban banjir dilakukan melalui posko dan desa."],
    },
    ("layanan_publik", "base"): {
        "netral": [
            "Mal Pelayanan Publik Kota Bahari kini buka hari Sabtu, pukul 8 pagi sampai "
            "pukul 12 siang.",
            "Layanan jemput bola e-KTP hadir di {tempat} pekan depan.",
            "Sampaikan aduan layanan publik melalui kanal resmi agar dapat ditindaklanjuti.",
        ],
        "positif": [
            "Terima kasih atas masukan Sobat Bahari. Antrean online kini tersedia untuk "
            "layanan adminduk.",
        ],
    },
    ("infrastruktur", "base"): {
        "netral": [
            "Perbaikan {jalan} dimulai pekan ini. Mohon maaf atas ketidaknyamanannya.",
            "Laporkan jalan rusak melalui kanal aduan resmi Pemprov Nusa Bahari.",
        ],
        "positif": [
            "Perbaikan jalan di {jalan} telah selesai. Terima kasih atas kesabaran Sobat Bahari.",
        ],
    },
    ("informasi_hoaks", "base"): {
        "netral": [
            "Cek fakta sebelum berbagi. Informasi resmi hanya dari akun terverifikasi Pemprov "
            "Nusa Bahari.",
            "Waspada akun palsu yang mengatasnamakan pejabat Pemprov dan meminta transfer dana.",
        ],
        "positif": ["Terima kasih Sobat Bahari yang aktif melaporkan konten hoaks."],
    },
    ("informasi_hoaks", "klarifikasi"): {
        "netral": [
            "[KLARIFIKASI] Informasi bahwa fogging DBD beracun adalah HOAKS. Fogging memakai "
            "insektisida sesuai standar dan aman bila prosedur dipatuhi.",
            "[HOAKS] Pesan berantai soal warga {tempat} keracunan fogging tidak benar. "
            "Pemeriksaan Dinas Kesehatan tidak menemukan kasus keracunan.",
            "Cek fakta: fogging aman bila warga menjauh sementara saat penyemprotan dan "
            "menutup makanan.",
            "Jangan sebarkan pesan berantai soal fogging beracun. Laporkan konten hoaks ke "
            "kanal aduan Diskominfo.",
            "Penjelasan lengkap dokter Dinas Kesehatan soal keamanan fogging bisa disimak di "
            "video berikut.",
        ],
        "positif": [
            "Terima kasih Sobat Bahari yang ikut meluruskan hoaks fogging. Saring sebelum sharing!",
            "Terima kasih atas laporan warga. Berkat kepedulian Sobat, hoaks fogging cepat "
            "terungkap.",
            "Apresiasi untuk para kader dan jumantik yang menenangkan warga di tengah isu "
            "fogging beracun.",
            "Bersama kita lawan hoaks! Terima kasih sudah memilih informasi resmi, Sobat Bahari.",
        ],
    },
    ("umum", "base"): {
        "netral": ["Sobat Bahari, pantau informasi resmi Pemprov Nusa Bahari di akun ini."],
        "positif": ["Terima kasih Sobat Bahari atas dukungan dan masukannya."],
    },
}

JAWABAN_BANK: Bank = {
    ("umum", "base"): {
        "netral": [
            "Halo Sobat, terima kasih sudah menghubungi kami. Pertanyaan Sobat sudah kami "
            "teruskan ke bidang terkait ya.",
            "Halo Kak, mohon kirim detail lokasi melalui DM agar bisa kami tindak lanjuti.",
            "Terima kasih atas laporannya. Tim kami akan segera mengecek ke lokasi.",
            "Mohon maaf atas ketidaknyamanannya, Kak. Keluhan ini kami catat dan teruskan.",
        ],
        "positif": [
            "Terima kasih sudah bertanya, Kak! Senang Sobat peduli. Info lengkap ada di "
            "unggahan kami ya.",
            "Halo Kak, terima kasih atas kepercayaannya. Semoga urusannya lancar ya!",
            "Terima kasih atas kesabarannya, Kak. Semoga informasinya bermanfaat!",
        ],
    },
    ("kesehatan", "base"): {
        "netral": [
            "Halo Kak, puskesmas buka Senin sampai Sabtu pagi hingga siang. Untuk gawat darurat "
            "silakan ke IGD RSUD yang buka 24 jam.",
            "Halo Kak, pemeriksaan kesehatan gratis cukup membawa KTP. Jadwal ada di puskesmas "
            "terdekat ya.",
        ],
    },
    ("dbd", "base"): {
        "netral": [
            "Halo Kak, fogging dilakukan bila ada kasus terkonfirmasi. Silakan laporkan melalui "
            "puskesmas setempat.",
            "Abate gratis bisa diambil di puskesmas terdekat ya, Kak.",
        ],
    },
    ("banjir", "base"): {
        "netral": [
            "Halo Kak, laporan sudah kami terima dan diteruskan ke tim reaksi cepat.",
            "Peta rawan bencana dapat dilihat di laman resmi BPBD Nusa Bahari, Kak.",
        ],
    },
    ("banjir", "krisis"): {
        "netral": [
            "Laporan diterima, Kak. Tim evakuasi menuju {tempat}. Mohon tetap di tempat aman.",
            "Posko pengungsian terdekat ada di balai desa dan sekolah di {region}. Untuk "
            "evakuasi darurat hubungi call center 112.",
            "Mohon maaf atas keterlambatannya, Kak. Tim di lapangan sedang menjangkau semua titik.",
        ],
    },
    ("transportasi", "base"): {
        "netral": [
            "Halo Kak, jadwal kapal dan bus terbaru kami unggah di akun ini setiap pagi.",
            "Laporan lampu lalu lintas sudah kami teruskan ke petugas lapangan, Kak.",
        ],
    },
    ("pendidikan", "base"): {
        "netral": [
            "Halo Kak, informasi beasiswa dan PPDB ada di laman Dinas Pendidikan. Silakan DM "
            "bila ada kendala.",
        ],
    },
    ("bansos", "base"): {
        "netral": [
            "Halo Kak, status penerima bansos bisa dicek di kantor desa/kelurahan dengan "
            "membawa KTP.",
            "Pencairan tahap berikutnya dijadwalkan bulan depan, Kak. Mohon tunggu informasi "
            "resminya.",
        ],
    },
    ("layanan_publik", "base"): {
        "netral": [
            "Halo Kak, syarat layanan adminduk cukup KTP asli dan KK. Antrean online tersedia "
            "di aplikasi resmi.",
            "Mohon maaf atas kendalanya, Kak. Tim kami sedang memperbaiki aplikasi.",
        ],
    },
    ("infrastruktur", "base"): {
        "netral": [
            "Terima kasih laporannya, Kak. Titik jalan rusak sudah kami catat dan masuk jadwal "
            "perbaikan.",
        ],
    },
    ("informasi_hoaks", "base"): {
        "netral": [
            "Halo Kak, informasi tersebut HOAKS. Info resmi hanya dari akun terverifikasi kami.",
            "Terima kasih sudah melapor, Kak. Akun palsu tersebut sudah kami laporkan ke platform.",
        ],
    },
    ("informasi_hoaks", "sebar"): {
        "netral": [
            "Halo Kak, isu ini sedang kami cek bersama Dinas Kesehatan. Mohon tidak disebarkan "
            "dulu sebelum ada penjelasan resmi.",
        ],
    },
    ("informasi_hoaks", "klarifikasi"): {
        "netral": [
            "Halo Kak, isu fogging beracun itu HOAKS. Penjelasan lengkap ada di unggahan kami.",
            "Fogging aman bila prosedur dipatuhi, Kak. Silakan simak klarifikasi resmi kami.",
        ],
    },
}

JAWABAN_PII_BANK: Bank = {
    ("umum", "base"): {
        "netral": [
            "Halo Kak, demi keamanan mohon jangan menuliskan NIK atau nomor HP di kolom "
            "komentar. Silakan kirim lewat DM ya.",
            "Mohon hapus komentar yang memuat data pribadi ya, Kak. Kami bantu lewat pesan "
            "langsung.",
            "Kak, data pribadi sebaiknya tidak dibagikan di ruang publik. Silakan DM kami.",
        ],
    },
}

BOT_BANK: Bank = {
    ("umum", "base"): {
        "positif": [
            "{dinas} hebat, kerja nyata untuk rakyat",
            "Pemprov Nusa Bahari makin maju, lanjutkan",
            "bangga sama kinerja {dinas}, terbaik",
            "Nusa Bahari hebat, rakyat puas",
            "soal {isu} {dinas} paling top, yg nyinyir cuma iri",
        ],
        "netral": [
            "info bantuan cair hari ini, cek link di bio",
            "daftar bantuan online cepat cair, DM sekarang",
            "lowongan kerja kantor pemprov, info lengkap cek bio",
            "follow balik ya kak",
        ],
        "negatif": [
            "pemerintah gagal total, rakyat menderita",
            "{dinas} cuma bisa pencitraan",
            "soal {isu} aja gak becus, mundur aja",
        ],
    },
    ("informasi_hoaks", "sebar"): {
        "negatif": [
            "WASPADA fogging DBD pakai racun berbahaya, anak2 jangan keluar rumah, SEBARKAN",
            "INFO PENTING jangan mau rumah difogging, asapnya beracun, share ke keluarga",
            "Fogging itu racun, sudah ada korban di {region}, sebarkan sebelum dihapus",
        ],
        "netral": ["viral fogging beracun, video lengkap cek link di bio"],
    },
    ("banjir", "krisis"): {
        "negatif": [
            "pemerintah lamban tangani banjir, rakyat dibiarkan tenggelam",
            "banjir bukti pemprov gagal, mana janjinya",
        ],
        "positif": ["pemprov sigap tangani banjir, terbaik"],
        "netral": ["donasi korban banjir transfer sekarang, info rekening cek bio"],
    },
}

PII_TANYA_BANK: Bank = {
    ("umum", "base"): {
        "netral": [
            "{min} mau cek bansos, NIK {sy} {nik}, {udh} terdaftar {blm} ya?",
            "{min} {tlg} cek status e-KTP {sy} NIK {nik}",
            "{min} daftar beasiswa {udh}, {kalo} ada info hubungi {sy} di {hp} ya",
            "{min} boleh minta info jadi relawan? email {sy} {email}",
            "{min} berkas pendaftaran {sy} kirim ke mana? ini email {sy} {email}",
            "{min} {sy} mau lapor, bisa telpon ke {hp}?",
            "{min} NIK {nik} ini {udh} masuk DTKS {blm} ya?",
            "{min} No KK {sy} {nik}, bisa dicek {gak} udh terdaftar?",
        ],
        "negatif": [
            "{min} {knp} bansos {sy} {gak} cair? NIK {sy} {nik}",
            "{min} {udh} 2 minggu e-KTP {gak} jadi, NIK {nik}, {tlg} dicek",
            "{min} laporan {sy} {gak} ditanggapi, hubungi {sy} di {hp}",
            "{min} keluarga {sy} di {tempat} {blm} dievakuasi, {tlg} hubungi {hp}!!",
            "{min} email {sy} {email} {gak} pernah dibales, {gmn} sih",
        ],
    },
}

PII_CERITA_BANK: Bank = {
    ("umum", "base"): {
        "netral": [
            "yg butuh info pendaftaran relawan bisa hubungi {sy} di {hp}",
            "dicari keluarga {sy} yg hilang di {tempat}, {kalo} ada info hub {hp}",
            "buat yg mau donasi korban banjir, konfirmasi ke {email} ya",
            "nemu dompet isi KTP warga {tempat}, NIK {nik}, yg merasa kehilangan DM ya",
            "open titip barang bantuan, hub {hp}",
            "yg mau gabung kelompok tani {tempat} kirim data ke {email}",
        ],
        "negatif": [
            "{udh} lapor berkali2, ini NIK {sy} {nik} tp tetep {gak} dapet bansos",
            "{sy} ditipu link bansos palsu, uang ilang. yg mau tau hubungi {hp}",
            "berkas {sy} ilang di kantor desa, NIK {nik}, {gmn} ini",
            "{sy} {udh} email ke {email} berkali2 {gak} ada jawaban",
        ],
        "positif": [
            "alhamdulillah bansos cair, {makasih} {min}. yg mau tanya caranya WA {sy} {aja} {hp}",
            "{makasih} relawan, yg mau gabung kirim CV ke {email}",
            "e-KTP {sy} {udh} jadi {cuma} 2 hari, NIK {nik}, {mantap} pelayanannya",
        ],
    },
}

BANKS: dict[str, Bank] = {
    "warga": WARGA_BANK,
    "reaksi": REAKSI_BANK,
    "tanya": TANYA_BANK,
    "media": MEDIA_BANK,
    "influencer": INFLUENCER_BANK,
    "resmi": RESMI_BANK,
    "jawaban": JAWABAN_BANK,
    "jawaban_pii": JAWABAN_PII_BANK,
    "bot": BOT_BANK,
    "pii_tanya": PII_TANYA_BANK,
    "pii_cerita": PII_CERITA_BANK,
}

# --------------------------------------------------------------------------- the model

# Share of posts per topic on an ordinary day (TOPIC_KEYS order).
TOPIC_SHARE = {
    "kesehatan": 0.12,
    "dbd": 0.06,
    "banjir": 0.06,
    "transportasi": 0.14,
    "pendidikan": 0.12,
    "bansos": 0.14,
    "layanan_publik": 0.16,
    "infrastruktur": 0.14,
    "informasi_hoaks": 0.06,
}
WEEKDAY_LEVEL = np.array([1.06, 1.04, 1.02, 1.0, 0.93, 0.77, 0.72])  # Monday .. Sunday
# Posting activity per hour of the day (WIB): night trough, morning and evening peaks.
HOUR_LEVEL = np.array(
    [1.0, 0.5, 0.3, 0.22, 0.35, 0.9, 2.2, 3.4, 4.2, 4.6, 4.6, 4.7]
    + [5.2, 5.0, 4.4, 4.3, 4.6, 4.9, 5.4, 6.6, 7.6, 7.4, 5.6, 3.2]
)
# The flood starts before dawn: on its first day flood posts also come at night.
FLOOD_NIGHT_BOOST = np.array([1.0, 4, 7, 9, 10, 10, 9, 6] + [0] * 16)

# Sentiment (negatif, netral, positif) per topic outside events, and per event phase.
TOPIC_SENTIMENT = {
    "kesehatan": (0.25, 0.45, 0.30),
    "dbd": (0.30, 0.45, 0.25),
    "banjir": (0.38, 0.45, 0.17),
    "transportasi": (0.38, 0.40, 0.22),
    "pendidikan": (0.28, 0.45, 0.27),
    "bansos": (0.42, 0.40, 0.18),
    "layanan_publik": (0.33, 0.40, 0.27),
    "infrastruktur": (0.42, 0.36, 0.22),
    "informasi_hoaks": (0.30, 0.50, 0.20),
}
PHASE_SENTIMENT = {
    "sebar": (0.62, 0.33, 0.05),
    "klarifikasi": (0.25, 0.40, 0.35),
    "kampanye": (0.15, 0.42, 0.43),
    "krisis": (0.76, 0.18, 0.06),
    "pulih": (0.56, 0.27, 0.17),
    "dampak": (0.66, 0.25, 0.09),
}

# Author type of a post per phase (AUTHOR_TYPES order); comments and replies.
POST_AUTHOR_MIX = {
    "base": (0.56, 0.11, 0.07, 0.09, 0.17),
    "sebar": (0.47, 0.08, 0.08, 0.00, 0.37),  # official accounts are silent, bots push
    "klarifikasi": (0.48, 0.12, 0.06, 0.18, 0.16),
    "kampanye": (0.52, 0.10, 0.07, 0.17, 0.14),
    "krisis": (0.52, 0.17, 0.06, 0.13, 0.12),
    "pulih": (0.55, 0.14, 0.06, 0.12, 0.13),
    "dampak": (0.57, 0.12, 0.06, 0.10, 0.15),
}
COMMENT_AUTHOR_MIX = (0.79, 0.0, 0.03, 0.0, 0.18)
REPLY_AUTHOR_MIX = (0.80, 0.0, 0.03, 0.0, 0.17)
PLATFORM_MIX = np.array(  # rows: author type; columns: PLATFORMS (x, ig, fb, tiktok, yt)
    [
        [0.20, 0.22, 0.30, 0.20, 0.08],
        [0.25, 0.30, 0.25, 0.10, 0.10],
        [0.10, 0.35, 0.05, 0.35, 0.15],
        [0.25, 0.35, 0.25, 0.10, 0.05],
        [0.62, 0.08, 0.22, 0.08, 0.00],
    ]
)
DIALECT_MIX = np.array(  # rows: author type; columns: DIALECTS
    [
        [0.52, 0.20, 0.13, 0.15],
        [1.0, 0.0, 0.0, 0.0],
        [0.60, 0.05, 0.05, 0.30],
        [1.0, 0.0, 0.0, 0.0],
        [0.60, 0.10, 0.05, 0.25],
    ]
)
BOT_SHARE = 0.55  # of the anonymous accounts; the rest are anonymous critics

# Reach: log-median views per author type, spread, and offsets per platform/kind/phase.
VIEW_LOG_MEDIAN = np.array([4.8, 8.2, 9.2, 7.6, 3.6])
VIEW_LOG_SPREAD = np.array([1.35, 0.9, 1.0, 0.8, 1.2])
VIEW_PLATFORM = np.array([0.0, 0.4, 0.1, 1.0, 0.7])
VIEW_KIND = np.array([0.0, -2.2, -2.8])
VIEW_PHASE = np.array([0.0, 0.8, 0.4, 0.3, 1.0, 0.5, 0.3])
LIKE_RATE_PLATFORM = np.array([0.018, 0.05, 0.03, 0.065, 0.03])
LIKE_RATE_TYPE = np.array([1.2, 0.6, 1.3, 0.9, 0.3])
LIKE_RATE_SENTIMENT = np.array([0.8, 0.7, 1.3])
SHARE_RATE_PLATFORM = np.array([0.006, 0.002, 0.008, 0.004, 0.001])
SHARE_RATE_PHASE = np.array([1.0, 4.0, 2.0, 1.5, 3.0, 1.5, 1.2])
REPLY_RATE_PLATFORM = np.array([0.003, 0.002, 0.003, 0.0015, 0.001])

# Citizen questions and official answers.
QUESTION_TOPIC = {
    "kesehatan": 1.2,
    "dbd": 1.0,
    "banjir": 1.0,
    "transportasi": 1.3,
    "pendidikan": 1.3,
    "bansos": 2.2,
    "layanan_publik": 2.0,
    "infrastruktur": 1.2,
    "informasi_hoaks": 0.8,
}
QUESTION_PHASE = np.array([1.0, 1.8, 1.0, 1.0, 2.5, 1.8, 1.3])
ANSWER_AGENCY = {  # how likely an agency answers, and how slowly (factor on the delay)
    "pemprov": (0.55, 1.2),
    "dinkes": (0.75, 0.8),
    "bpbd": (0.65, 0.9),
    "dishub": (0.50, 1.3),
    "diskominfo": (0.80, 0.7),
    "disdik": (0.50, 1.5),
    "dinsos": (0.35, 2.0),
}
ANSWER_PLATFORM = np.array([1.2, 1.2, 0.9, 0.6, 0.35])
FLOOD_SLOWDOWN = 3.5
PERSONAL_DATA_TOPIC = {
    "kesehatan": 1.5,
    "dbd": 0.3,
    "banjir": 1.2,
    "transportasi": 0.3,
    "pendidikan": 1.5,
    "bansos": 3.0,
    "layanan_publik": 3.0,
    "infrastruktur": 0.3,
    "informasi_hoaks": 0.3,
}

# Shares of all rows.
ANSWER_SHARE = 0.034
QUESTION_SHARE = 0.058
POST_SHARE = 0.47
COMMENT_SHARE = 0.38
PERSONAL_DATA_SHARE = 0.015

# Text decoration per role (ROLES order).
EMOJI_P = np.array([0.40, 0.45, 0.18, 0.08, 0.75, 0.30, 0.25, 0.30, 0.75, 0.10, 0.20])
TAG_P = np.array([0.16, 0.04, 0.06, 0.50, 0.50, 0.85, 0.0, 0.0, 0.85, 0.05, 0.05])
OPENER_P = np.array([0.30, 0.15, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.15])
PARTICLE_P = np.array([0.15, 0.20, 0.10, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0, 0.05])
TYPO_P = np.array([0.18, 0.15, 0.15, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
MENTION_P_POST = np.array([0.20, 0.0, 0.75, 0.15, 0.20, 0.0, 0.0, 0.0, 0.35, 0.50, 0.05])
MENTION_P_OTHER = np.array([0.06, 0.03, 0.30, 0.0, 0.0, 0.0, 0.0, 0.0, 0.20, 0.30, 0.0])
CASUAL_ROLES = [R["warga"], R["reaksi"], R["tanya"], R["pii_tanya"], R["pii_cerita"]]

DAY_S = 86_400
WINDOW_S = DAYS * DAY_S


# --------------------------------------------------------------------------- small helpers


def _seconds(day, clock: time = time(0, 0)) -> int:
    """Seconds from the start of the window (START 00:00 WIB) to ``day`` at ``clock``."""
    moment = datetime.combine(day, clock) - datetime.combine(START, time(0, 0))
    return int(moment.total_seconds())


_HOAX = EVENT_BY_KEY["hoaks_fogging"]
_DBD = EVENT_BY_KEY["kampanye_dbd"]
_FLOOD = EVENT_BY_KEY["banjir"]
# The hoax spreads from its first day until the clarification (third day, 10:00 WIB); the
# clarification phase lasts a week. The flood is a crisis for three days, then recovery.
HOAX_SPREAD = (_seconds(_HOAX.start), _seconds(_HOAX.start + timedelta(days=2), time(10, 0)))
HOAX_CLARIFIED = (HOAX_SPREAD[1], _seconds(_HOAX.start + timedelta(days=9)))
DBD_CAMPAIGN = (_seconds(_DBD.start), _seconds(_DBD.end + timedelta(days=1)))
FLOOD_CRISIS = (_seconds(_FLOOD.start), _seconds(_FLOOD.start + timedelta(days=3)))
FLOOD_WEEK = (_seconds(_FLOOD.start), _seconds(_FLOOD.end + timedelta(days=1)))

# Volume multipliers by day offset from an event's first day, for the event's topic.
EVENT_VOLUME = {
    "hoaks_fogging": {-1: 1.3, 0: 7.0, 1: 14.0, 2: 12.0, 3: 4.0, 4: 2.0, 5: 1.5, 6: 1.2},
    "banjir": {-1: 1.8, 0: 22.0, 1: 16.0, 2: 10.0, 3: 6.0, 4: 4.0, 5: 3.0, 6: 2.2, 7: 1.5},
}
FLOOD_SIDE_TOPICS = {"bansos": 1.5, "transportasi": 1.4, "infrastruktur": 1.3, "kesehatan": 1.2}
DAMPAK_TOPICS = ["kesehatan", "transportasi", "pendidikan", "bansos", "layanan_publik"]
DAMPAK_TOPICS += ["infrastruktur"]


def _categorical(rng: np.random.Generator, probs: np.ndarray) -> np.ndarray:
    """One draw per row from row-wise probabilities (n x k) -> indices."""
    cum = np.cumsum(probs, axis=1)
    u = rng.random(len(probs)) * cum[:, -1]
    return np.minimum((u[:, None] >= cum).sum(axis=1), probs.shape[1] - 1)


def _top_k(rng: np.random.Generator, weights: np.ndarray, k: int) -> np.ndarray:
    """k distinct indices drawn without replacement with the given weights (sorted)."""
    k = min(k, int((weights > 0).sum()))
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    with np.errstate(divide="ignore"):
        keys = np.log(weights) - np.log(-np.log(rng.random(len(weights))))
    return np.sort(np.argpartition(-keys, k - 1)[:k])


def _pick(rng: np.random.Generator, flat: np.ndarray, off: np.ndarray, size: np.ndarray, g):
    """For each row, a uniform choice from the list of its group ``g`` (flat/off/size)."""
    u = rng.random(len(g))
    return flat[off[g] + (u * size[g]).astype(np.int64)]


def _table(lists: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Flatten lists of strings into (flat, offsets, sizes) for vectorised picking."""
    sizes = np.array([len(x) for x in lists], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    flat = np.array([s for x in lists for s in x] + [""], dtype=object)
    return flat, offsets, sizes


def _words_table(spec) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if isinstance(spec, list):
        return _table([spec] * len(DIALECTS))
    return _table([spec.get(d, spec["umum"]) for d in DIALECTS])


def _phase_lists(bank: dict[tuple[str, str], list[str]]) -> list[list[str]]:
    """Lists per (topic, phase) code (topic * len(PHASES) + phase), falling back to base."""
    out = []
    for topic in TOPIC_KEYS:
        for phase in PHASES:
            out.append(bank.get((topic, phase)) or bank[(topic, "base")])
    return out


WORD_TABLES = {name: _words_table(spec) for name, spec in SLOT_WORDS.items()}
ISSUE_TABLE = _table(_phase_lists(ISSUES))
TAG_TABLE = _table(_phase_lists(HASHTAGS))
AGENCY_OF_TOPIC = np.array([list(AGENCY_BY_KEY).index(TOPICS[t]) for t in TOPIC_KEYS])
DINAS_TABLE = _table([AGENCY_SHORT[key] for key in AGENCY_BY_KEY])
INSTANSI_TABLE = _table([AGENCY_FORMAL[key] for key in AGENCY_BY_KEY])
HANDLES = np.array(["@" + a.handle for a in AGENCY_BY_KEY.values()], dtype=object)
EMOJI_TABLE = _table(EMOJI)
OPENER_TABLE = _table(OPENERS)
REGION_CDF = np.cumsum(REGION_WEIGHT) / REGION_WEIGHT.sum()
_SLOT_RE = re.compile(r"\{(\w+)\}")


def _compile_banks():
    """All templates as parsed parts, and a (role, topic, phase, sentiment) -> pool index."""
    parsed: list[list[str]] = []
    pool_off = np.zeros((len(ROLES), len(TOPIC_KEYS), len(PHASES), 3), dtype=np.int64)
    pool_size = np.zeros_like(pool_off)
    seen: dict[tuple[str, str, str, str], tuple[int, int]] = {}
    for r, role in enumerate(ROLES):
        bank = BANKS[role]
        for t, topic in enumerate(TOPIC_KEYS):
            for p, phase in enumerate(PHASES):
                for s, sentiment in enumerate(SENTIMENTS):
                    for key in ((topic, phase), (topic, "base"), ("umum", phase), ("umum", "base")):
                        texts = bank.get(key, {}).get(sentiment)
                        if texts:
                            break
                    else:
                        continue
                    ident = (role, *key, sentiment)
                    if ident not in seen:
                        seen[ident] = (len(parsed), len(texts))
                        parsed.extend(_SLOT_RE.split(text) for text in texts)
                    pool_off[r, t, p, s], pool_size[r, t, p, s] = seen[ident]
    return parsed, pool_off, pool_size


PARSED, POOL_OFF, POOL_SIZE = _compile_banks()


# --------------------------------------------------------------------------- authors

GIVEN_NAMES = (
    "rina budi siti agus dewi eko yanti joko ani bayu putri rizki fajar dian indah wahyu "
    "nur ayu hendra sri andi dimas fitri reza lestari bambang wulan teguh ratna arif yuni "
    "rudi sari adit nanda ilham tika galih rahma bagus mega ucup ujang asep neneng euis "
    "cecep dadang iwan ojan mamat udin ipul yayan tono slamet parjo lilis iis rini tuti "
    "farhan aldi salsa nabila zahra alif rafi dinda rara tiara bima yoga anggi intan citra "
    "desi evi feri gilang hana irma jihan kiki laras maya nia opik puji rama santi tomi umi "
    "vina wawan yudi zaki ikhsan nurul lina eka hadi sinta roni ningsih komang made wayan "
    "ketut ucok butet daeng andi ama ina"
).split()
SYLLABLES_A = "ri sa de bu yu di fi ra ni ju ma pu su ti wa e i a ha ra da la nu ka se wi".split()
SYLLABLES_B = "na ni di wi to ti ra ya ka san dra tri yu nto man fa li sa ta ja no ndi rul".split()
HANDLE_PREFIX = ["", "", "", "", "mas_", "mbak_", "bang_", "kang_", "teh_", "cak_", "neng_"]
HANDLE_PREFIX += ["bu_", "pak_", "kak_", "si", "the", "its"]
HANDLE_PLACE = (
    "bahari nb nusabahari telukbiru tlkbiru karangmas krgmas sagara pulausagara tjgnila "
    "lembahhijau pelra pelabuhanraya kotabahari"
).split()
HANDLE_WORD = (
    "kopi nelayan ojol senja aja doang kece pantai ombak family mama papa kecil gokil cuek "
    "santuy receh petani guru bidan sopir mahasiswa"
).split()
MEDIA_PREFIX = (
    "kabar info warta berita seputar detak suara harian lensa jurnal potret kanal".split()
)
MEDIA_PREFIX += ["koran", "liputan"]
MEDIA_PLACE = "bahari nusabahari telukbiru karangmas sagara pelra tanjungnila lembahhijau".split()
MEDIA_SUFFIX = ["", "", "news", "tv", "_id", "update", "online", "terkini", "fm", "com"]
INFLUENCER_PREFIX = ["kak.", "bang_", "mbak_", "", "", "cak_", "teh_", "coach_", "mas_", "ceu_"]
INFLUENCER_NICHE = (
    "vlog official kuliner travel story daily jalan2 tv channel talks review fit mom dad "
    "sehat ngonten id explore"
).split()
ANON_WORDS = (
    "suara rakyat info viral netizen warga pejuang bahari nb jujur kabar fakta bersatu peduli "
    "anak bangsa kritis real asli tanpa nama merdeka"
).split()


def _arr(values) -> np.ndarray:
    return np.array(values, dtype=object)


def _digits(rng: np.random.Generator, m: int, width: int) -> np.ndarray:
    values = rng.integers(0, 10**width, m)
    return _arr([f"{v:0{width}d}" for v in values])


def _first_names(rng: np.random.Generator, m: int) -> np.ndarray:
    listed = _arr(GIVEN_NAMES)[rng.integers(0, len(GIVEN_NAMES), m)]
    built = (
        _arr(SYLLABLES_A)[rng.integers(0, len(SYLLABLES_A), m)]
        + _arr(SYLLABLES_B)[rng.integers(0, len(SYLLABLES_B), m)]
    )
    return np.where(rng.random(m) < 0.6, listed, built)


def _warga_batch(rng: np.random.Generator, m: int) -> np.ndarray:
    name, name2 = _first_names(rng, m), _first_names(rng, m)
    prefix = _arr(HANDLE_PREFIX)[rng.integers(0, len(HANDLE_PREFIX), m)]
    place = _arr(HANDLE_PLACE)[rng.integers(0, len(HANDLE_PLACE), m)]
    word = _arr(HANDLE_WORD)[rng.integers(0, len(HANDLE_WORD), m)]
    sep = _arr(["_", ".", "", "_"])[rng.integers(0, 4, m)]
    d2, d3 = _digits(rng, m, 2), _digits(rng, m, 3)
    year = _arr([str(y) for y in range(1968, 2009)])[rng.integers(0, 41, m)]
    shapes = [
        name + "_" + place + d2,
        prefix + name + d2,
        name + sep + name2,
        name + sep + word,
        name + year,
        prefix + name + "_" + place,
        name + sep + name2 + d3,
        name + "." + word + "." + place,
    ]
    choice = rng.integers(0, len(shapes), m)
    out = shapes[0].copy()
    for k in range(1, len(shapes)):
        out = np.where(choice == k, shapes[k], out)
    return "@" + out


def _media_batch(rng: np.random.Generator, m: int) -> np.ndarray:
    prefix = _arr(MEDIA_PREFIX)[rng.integers(0, len(MEDIA_PREFIX), m)]
    place = _arr(MEDIA_PLACE)[rng.integers(0, len(MEDIA_PLACE), m)]
    suffix = _arr(MEDIA_SUFFIX)[rng.integers(0, len(MEDIA_SUFFIX), m)]
    return "@" + prefix + place + suffix


def _influencer_batch(rng: np.random.Generator, m: int) -> np.ndarray:
    prefix = _arr(INFLUENCER_PREFIX)[rng.integers(0, len(INFLUENCER_PREFIX), m)]
    niche = _arr(INFLUENCER_NICHE)[rng.integers(0, len(INFLUENCER_NICHE), m)]
    sep = _arr(["_", ".", ""])[rng.integers(0, 3, m)]
    return "@" + prefix + _first_names(rng, m) + sep + niche


def _anon_batch(rng: np.random.Generator, m: int) -> np.ndarray:
    w1 = _arr(ANON_WORDS)[rng.integers(0, len(ANON_WORDS), m)]
    w2 = _arr(ANON_WORDS)[rng.integers(0, len(ANON_WORDS), m)]
    numbered = "@user" + _digits(rng, m, 8)
    worded = "@" + w1 + "_" + w2 + _digits(rng, m, 2)
    return np.where(rng.random(m) < 0.35, numbered, worded)


def _unique_handles(rng, m: int, batch, taken: list[np.ndarray]) -> np.ndarray:
    """``m`` distinct handles from repeated batches, none of them in ``taken``."""
    found = np.zeros(0, dtype=object)
    blocked = np.concatenate([np.zeros(0, dtype=object), *taken])
    for _ in range(100):
        fresh = pd.unique(np.concatenate([found, batch(rng, 2 * (m - len(found)) + 16)]))
        fresh = fresh[~pd.Series(fresh).isin(blocked).to_numpy()]
        found = np.asarray(fresh, dtype=object)[:m]
        if len(found) == m:
            return found
    raise RuntimeError("could not generate enough distinct handles")


def _authors(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """The author table: handle, type, activity weight, dialect and bot flag."""
    official = HANDLES.copy()
    media = _unique_handles(rng, max(6, round(n / 1500)), _media_batch, [official])
    influencer = _unique_handles(rng, max(8, round(n / 800)), _influencer_batch, [official, media])
    anon = _unique_handles(rng, max(12, round(n / 250)), _anon_batch, [official, media, influencer])
    warga = _unique_handles(
        rng, max(60, round(0.28 * n)), _warga_batch, [official, media, influencer, anon]
    )
    groups = [warga, media, influencer, official, anon]
    kind = np.concatenate([np.full(len(g), k, dtype=np.int64) for k, g in enumerate(groups)])
    weight = np.concatenate(
        [
            1.0 + np.minimum(rng.pareto(1.3, len(warga)), 200.0),
            rng.lognormal(0.0, 0.9, len(media)),
            rng.lognormal(0.0, 0.9, len(influencer)),
            np.ones(len(official)),
            np.zeros(len(anon)),
        ]
    )
    n_bots = round(BOT_SHARE * len(anon))
    is_anon = kind == ANON
    bot = np.zeros(len(kind), dtype=bool)
    bot[np.flatnonzero(is_anon)[:n_bots]] = True
    weight[is_anon] = np.where(
        bot[is_anon], rng.lognormal(1.0, 0.6, is_anon.sum()), rng.lognormal(0.0, 0.8, is_anon.sum())
    )
    dialect = _categorical(rng, DIALECT_MIX[kind])
    return {
        "handle": np.concatenate(groups),
        "type": kind,
        "weight": weight,
        "dialect": dialect,
        "bot": bot,
    }


def _draw_authors(rng, authors, types: np.ndarray) -> np.ndarray:
    """An author index per row of the given (non-official) author types, by activity."""
    out = np.full(len(types), -1, dtype=np.int64)
    for k in (WARGA, MEDIA, INFLUENCER, ANON):
        rows = np.flatnonzero(types == k)
        if len(rows) == 0:
            continue
        members = np.flatnonzero(authors["type"] == k)
        w = authors["weight"][members]
        out[rows] = members[rng.choice(len(members), size=len(rows), p=w / w.sum())]
    return out


# --------------------------------------------------------------------------- rows


def _post_volume(rng: np.random.Generator) -> np.ndarray:
    """Relative number of posts per (day, topic), DAYS x len(TOPIC_KEYS)."""
    dow = (START.weekday() + np.arange(DAYS)) % 7
    level = WEEKDAY_LEVEL[dow] * rng.lognormal(0.0, 0.07, DAYS)
    share = np.array([TOPIC_SHARE[t] for t in TOPIC_KEYS])
    volume = level[:, None] * share[None, :] * rng.lognormal(0.0, 0.12, (DAYS, len(share)))
    for key, profile in EVENT_VOLUME.items():
        event = EVENT_BY_KEY[key]
        for offset, factor in profile.items():
            volume[(event.start - START).days + offset, T[event.topic]] *= factor
    first, last = (_DBD.start - START).days, (_DBD.end - START).days
    volume[first : last + 1, T["dbd"]] *= 2.8
    volume[first, T["dbd"]] *= 6.0 / 2.8  # launch day
    volume[first + 1, T["dbd"]] *= 4.0 / 2.8
    volume[last + 1 : last + 3, T["dbd"]] *= 1.4
    flood = (_FLOOD.start - START).days
    for topic, factor in FLOOD_SIDE_TOPICS.items():
        volume[flood : flood + 7, T[topic]] *= factor
    # A few small bursts that are not events (a viral complaint, a rumour that dies).
    quiet = [d for d in range(DAYS) if not _near_event(d)]
    topics = [T[t] for t in ("transportasi", "infrastruktur", "layanan_publik", "pendidikan")]
    for _ in range(3):
        day = quiet[rng.integers(0, len(quiet))]
        topic = topics[rng.integers(0, len(topics))]
        volume[day, topic] *= rng.uniform(1.8, 2.6)
    return volume


def _near_event(day: int) -> bool:
    date = START + timedelta(days=day)
    return any(
        e.start - timedelta(days=2) <= date <= e.end + timedelta(days=3)
        for e in EVENT_BY_KEY.values()
    )


def _phase(rng: np.random.Generator, topic: np.ndarray, ts: np.ndarray, dampak=None):
    """The phase code of each row from its topic and time (``dampak``: flood side-effect)."""
    phase = np.zeros(len(ts), dtype=np.int64)

    def within(span):
        return (ts >= span[0]) & (ts < span[1])

    hoax = topic == T["informasi_hoaks"]
    phase[hoax & within(HOAX_SPREAD)] = P["sebar"]
    phase[hoax & within(HOAX_CLARIFIED)] = P["klarifikasi"]
    phase[(topic == T["dbd"]) & within(DBD_CAMPAIGN)] = P["kampanye"]
    flood = topic == T["banjir"]
    phase[flood & within(FLOOD_CRISIS)] = P["krisis"]
    phase[flood & within(FLOOD_WEEK) & ~within(FLOOD_CRISIS)] = P["pulih"]
    side = np.isin(topic, [T[t] for t in DAMPAK_TOPICS]) & within(FLOOD_WEEK)
    if dampak is None:
        dampak = rng.random(len(ts)) < 0.6
    phase[side & dampak] = P["dampak"]
    return phase


def _mix(table: dict[str, tuple[float, ...]], phase: np.ndarray) -> np.ndarray:
    rows = np.array([table.get(name, table["base"]) for name in PHASES])
    return rows[phase]


def _views(rng, kind, author_type, platform, phase) -> np.ndarray:
    log_views = (
        VIEW_LOG_MEDIAN[author_type]
        + VIEW_PLATFORM[platform]
        + VIEW_KIND[kind]
        + VIEW_PHASE[phase]
        + rng.normal(0.0, 1.0, len(kind)) * VIEW_LOG_SPREAD[author_type]
    )
    viral = (kind == POST) & (rng.random(len(kind)) < 0.01)
    log_views[viral] += np.log(5.0 * (1.0 + rng.pareto(1.5, viral.sum())))
    return np.maximum(1, np.round(np.exp(log_views))).astype(np.int64)


def _delay(rng, m: int, median_minutes: float, spread: float) -> np.ndarray:
    """Heavy-tailed delays in whole seconds (at least 30 s)."""
    return np.maximum(30, np.round(rng.lognormal(np.log(median_minutes * 60), spread, m)))


def _children(rng, parent_ts: np.ndarray, delay: np.ndarray) -> np.ndarray:
    """Child timestamps: parent + delay, kept inside the window (still after the parent)."""
    ts = parent_ts + delay
    late = ts >= WINDOW_S
    room = WINDOW_S - 1 - parent_ts[late]
    ts[late] = parent_ts[late] + np.maximum(0, np.floor(room * rng.random(late.sum())))
    return ts.astype(np.int64)


def _response_minutes(rng, ts: np.ndarray, agency: np.ndarray) -> np.ndarray:
    """How long an official account would take to answer a question asked at ``ts``."""
    m = len(ts)
    second = ts % DAY_S
    hour = second // 3600
    dow = (START.weekday() + ts // DAY_S) % 7
    office = (dow < 5) & (hour >= 8) & (hour < 16)
    night = (hour >= 22) | (hour < 6)
    minutes = rng.lognormal(np.log(120.0), 1.2, m)  # evenings and weekends
    minutes[office] = rng.lognormal(np.log(35.0), 1.1, office.sum())
    until_morning = np.where(hour >= 22, DAY_S - second + 7 * 3600, 7 * 3600 - second) / 60
    minutes[night] = until_morning[night] + rng.lognormal(np.log(50.0), 0.9, night.sum())
    slow = np.array([ANSWER_AGENCY[key][1] for key in AGENCY_BY_KEY])[agency]
    minutes *= slow
    minutes[(ts >= FLOOD_WEEK[0]) & (ts < FLOOD_WEEK[1])] *= FLOOD_SLOWDOWN
    tail = rng.random(m) < 0.10
    minutes[tail] += 240.0 * rng.pareto(1.2, tail.sum())
    return np.maximum(1, np.ceil(minutes)).astype(np.int64)


def make_mentions(rng: np.random.Generator, n: int = DEFAULT_ROWS) -> pd.DataFrame:
    """``n`` public mentions (posts, comments, replies) over the 90 days of the world."""
    if n < MIN_ROWS:
        raise ValueError(f"mentions needs at least {MIN_ROWS} rows, got {n}")
    authors = _authors(rng, n)
    n_answers = round(n * ANSWER_SHARE)
    n_rest = n - n_answers
    n_posts = round(n_rest * POST_SHARE)
    n_comments = round(n_rest * COMMENT_SHARE)
    n_questions = round(n_rest * QUESTION_SHARE)

    # Posts: when, about what, by whom, where, with what reach.
    volume = _post_volume(rng)
    counts = rng.multinomial(n_posts, (volume / volume.sum()).ravel())
    cell = np.repeat(np.arange(volume.size), counts)
    p_day, p_topic = np.divmod(cell, len(TOPIC_KEYS))
    hour_cdf = np.cumsum(HOUR_LEVEL) / HOUR_LEVEL.sum()
    flood_hours = HOUR_LEVEL + FLOOD_NIGHT_BOOST * 2.0
    flood_cdf = np.cumsum(flood_hours) / flood_hours.sum()
    u = rng.random(n_posts)
    hour = np.searchsorted(hour_cdf, u, side="right")
    flood_day0 = (p_day == (_FLOOD.start - START).days) & (p_topic == T["banjir"])
    hour[flood_day0] = np.searchsorted(flood_cdf, u[flood_day0], side="right")
    p_ts = p_day * DAY_S + np.minimum(hour, 23) * 3600 + rng.integers(0, 3600, n_posts)
    p_phase = _phase(rng, p_topic, p_ts)
    p_type = _categorical(rng, _mix(POST_AUTHOR_MIX, p_phase))
    p_author = _draw_authors(rng, authors, p_type)
    # Official posts come from the agency in charge (sometimes the province's own account).
    official = np.flatnonzero(p_type == RESMI)
    agency = AGENCY_OF_TOPIC[p_topic[official]]
    keys = list(AGENCY_BY_KEY)
    agency = np.where(rng.random(len(official)) < 0.15, keys.index("pemprov"), agency)
    clarify = p_phase[official] == P["klarifikasi"]
    agency[clarify] = np.where(
        rng.random(clarify.sum()) < 0.45, keys.index("dinkes"), keys.index("diskominfo")
    )
    crisis = p_phase[official] == P["krisis"]
    agency[crisis] = np.where(rng.random(crisis.sum()) < 0.7, keys.index("bpbd"), agency[crisis])
    first_official = np.flatnonzero(authors["type"] == RESMI)[0]
    p_author[official] = first_official + agency
    p_platform = _categorical(rng, PLATFORM_MIX[p_type])
    p_kind = np.full(n_posts, POST)
    p_views = _views(rng, p_kind, p_type, p_platform, p_phase)

    # Comments go to posts in proportion to their reach.
    weight = p_views.astype(float) ** 0.5
    c_parent = rng.choice(n_posts, size=n_comments, p=weight / weight.sum())
    c_ts = _children(rng, p_ts[c_parent], _delay(rng, n_comments, 40.0, 1.4))
    c_topic = p_topic[c_parent]
    c_phase = _phase(rng, c_topic, c_ts, dampak=p_phase[c_parent] == P["dampak"])
    c_type = _categorical(rng, np.tile(COMMENT_AUTHOR_MIX, (n_comments, 1)))
    c_author = _draw_authors(rng, authors, c_type)
    c_platform = p_platform[c_parent]
    c_kind = np.full(n_comments, COMMENT)
    c_views = _views(rng, c_kind, c_type, c_platform, c_phase)

    # Posts and comments so far (index space 0 .. n_posts + n_comments).
    ts = np.concatenate([p_ts, c_ts])
    topic = np.concatenate([p_topic, c_topic])
    phase = np.concatenate([p_phase, c_phase])
    atype = np.concatenate([p_type, c_type])
    author = np.concatenate([p_author, c_author])
    platform = np.concatenate([p_platform, c_platform])
    kind = np.concatenate([p_kind, c_kind])
    views = np.concatenate([p_views, c_views])
    parent = np.concatenate([np.full(n_posts, -1), c_parent])
    bot = authors["bot"][author]
    role = np.full(len(ts), R["warga"])
    role[atype == MEDIA] = R["media"]
    role[(atype == INFLUENCER) & (kind == POST)] = R["influencer"]
    role[atype == RESMI] = R["resmi"]
    reaction = (kind == COMMENT) & (rng.random(len(ts)) < 0.5)
    role[reaction & (atype != RESMI)] = R["reaksi"]
    role[(atype == INFLUENCER) & (kind == COMMENT)] = R["reaksi"]
    role[bot] = R["bot"]

    # Citizen questions to an agency.
    citizen = atype == WARGA
    under_official = np.zeros(len(ts), dtype=bool)
    under_official[n_posts:] = p_type[c_parent] == RESMI
    q_weight = (
        np.array([QUESTION_TOPIC[t] for t in TOPIC_KEYS])[topic]
        * QUESTION_PHASE[phase]
        * np.where(kind == POST, 1.0, np.where(under_official, 2.5, 0.6))
        * citizen
    )
    question = np.zeros(len(ts), dtype=bool)
    question[_top_k(rng, q_weight, n_questions)] = True
    role[question] = R["tanya"]

    # (Fake) personal data in a small share of citizen rows.
    pii_weight = (
        np.array([PERSONAL_DATA_TOPIC[t] for t in TOPIC_KEYS])[topic]
        * np.where(phase == P["krisis"], 2.5, 1.0)
        * np.where(question, 2.5, 1.0)
        * citizen
    )
    pii = np.zeros(len(ts), dtype=bool)
    pii[_top_k(rng, pii_weight, round(n * PERSONAL_DATA_SHARE))] = True
    role[pii] = np.where(question[pii], R["pii_tanya"], R["pii_cerita"])

    # Official answers: chosen among the questions whose answer falls inside the window.
    q_rows = np.flatnonzero(question)
    q_agency = AGENCY_OF_TOPIC[topic[q_rows]]
    q_minutes = _response_minutes(rng, ts[q_rows], q_agency)
    in_window = ts[q_rows] + q_minutes * 60 < WINDOW_S
    q_flood = (ts[q_rows] >= FLOOD_WEEK[0]) & (ts[q_rows] < FLOOD_WEEK[1])
    a_weight = (
        np.array([ANSWER_AGENCY[key][0] for key in AGENCY_BY_KEY])[q_agency]
        * ANSWER_PLATFORM[platform[q_rows]]
        * np.where(q_flood, 0.6, 1.0)
        * np.where(pii[q_rows], 2.0, 1.0)
        * np.where(kind[q_rows] == POST, 1.0, 0.8)
        * in_window
    )
    chosen = _top_k(rng, a_weight, n_answers)
    a_parent = q_rows[chosen]
    a_ts = ts[a_parent] + q_minutes[chosen] * 60
    answered_minutes = np.full(len(ts), -1, dtype=np.int64)
    answered_minutes[a_parent] = q_minutes[chosen]
    n_a = len(a_parent)
    a_topic = topic[a_parent]
    a_phase = _phase(rng, a_topic, a_ts, dampak=phase[a_parent] == P["dampak"])
    a_type = np.full(n_a, RESMI)
    a_author = first_official + q_agency[chosen]
    a_platform = platform[a_parent]
    a_kind = np.full(n_a, REPLY)
    a_views = _views(rng, a_kind, a_type, a_platform, a_phase)
    a_role = np.where(pii[a_parent], R["jawaban_pii"], R["jawaban"])

    # Replies under comments (by citizens, influencers, anonymous accounts).
    n_replies = n - len(ts) - n_a
    c_index = np.arange(n_posts, n_posts + n_comments)
    weight = c_views.astype(float) ** 0.5
    r_parent = c_index[rng.choice(n_comments, size=n_replies, p=weight / weight.sum())]
    r_ts = _children(rng, ts[r_parent], _delay(rng, n_replies, 25.0, 1.3))
    r_topic = topic[r_parent]
    r_phase = _phase(rng, r_topic, r_ts, dampak=phase[r_parent] == P["dampak"])
    r_type = _categorical(rng, np.tile(REPLY_AUTHOR_MIX, (n_replies, 1)))
    r_author = _draw_authors(rng, authors, r_type)
    r_platform = platform[r_parent]
    r_kind = np.full(n_replies, REPLY)
    r_views = _views(rng, r_kind, r_type, r_platform, r_phase)
    r_role = np.where(rng.random(n_replies) < 0.65, R["reaksi"], R["warga"])
    r_role[authors["bot"][r_author]] = R["bot"]

    # All rows together.
    ts = np.concatenate([ts, a_ts, r_ts])
    topic = np.concatenate([topic, a_topic, r_topic])
    phase = np.concatenate([phase, a_phase, r_phase])
    atype = np.concatenate([atype, a_type, r_type])
    author = np.concatenate([author, a_author, r_author])
    platform = np.concatenate([platform, a_platform, r_platform])
    kind = np.concatenate([kind, a_kind, r_kind])
    views = np.concatenate([views, a_views, r_views])
    parent = np.concatenate([parent, a_parent, r_parent])
    role = np.concatenate([role, a_role, r_role])
    question = np.concatenate([question, np.zeros(n_a + n_replies, dtype=bool)])
    pii = np.concatenate([pii, np.zeros(n_a + n_replies, dtype=bool)])
    answered_minutes = np.concatenate([answered_minutes, np.full(n_a + n_replies, -1)])
    assert len(ts) == n

    critic = (atype == ANON) & ~authors["bot"][author]
    sentiment = _sentiment(rng, role, topic, phase, critic)
    likes, shares, replies = _engagement(
        rng, views, kind, atype, platform, phase, sentiment, parent
    )
    text = _texts(rng, role, topic, phase, sentiment, kind, author, parent, authors, pii)

    # Time order, ids, references.
    order = np.argsort(ts, kind="stable")
    position = np.empty(n, dtype=np.int64)
    position[order] = np.arange(n)
    width = max(6, len(str(n)))
    ids = pd.Series(np.arange(1, n + 1)).astype(str).str.zfill(width).radd("m").to_numpy()
    parent_sorted = parent[order]
    reply_to = np.where(parent_sorted >= 0, ids[position[np.maximum(parent_sorted, 0)]], "")
    base = pd.Timestamp(datetime.combine(START, time(0, 0)), tz=TZ)
    stamp = base + pd.to_timedelta(ts[order], unit="s")
    is_q = question[order]
    minutes = answered_minutes[order]
    answered = pd.array(np.where(is_q, minutes >= 0, False), dtype="boolean")
    answered[~is_q] = pd.NA
    answer_at = pd.Series(stamp + pd.to_timedelta(np.maximum(minutes, 0) * 60, unit="s"))
    answer_minutes = pd.array(minutes, dtype="Int64")
    answer_minutes[minutes < 0] = pd.NA
    frame = pd.DataFrame(
        {
            "id": ids,
            "timestamp": _iso(pd.Series(stamp)),
            "platform": np.array(PLATFORMS, dtype=object)[platform[order]],
            "author": authors["handle"][author[order]],
            "author_type": np.array(AUTHOR_TYPES, dtype=object)[atype[order]],
            "kind": np.array(KINDS, dtype=object)[kind[order]],
            "reply_to": reply_to,
            "text": text[order],
            "topic": np.array(TOPIC_KEYS, dtype=object)[topic[order]],
            "likes": likes[order],
            "shares": shares[order],
            "replies": replies[order],
            "views": views[order],
            "sentiment": np.array(SENTIMENTS, dtype=object)[sentiment[order]],
            "is_question": is_q,
            "answered": answered,
            "answered_at": _iso(answer_at).where(minutes >= 0, ""),
            "answer_minutes": answer_minutes,
        }
    )
    return frame[COLUMNS]


def _iso(stamps: pd.Series) -> pd.Series:
    """WIB timestamps as ISO 8601 text with +07:00 (the format of ``world.wib_iso``)."""
    seconds = (stamps.dt.tz_localize(None) - pd.Timestamp("1970-01-01")) // pd.Timedelta("1s")
    seconds = seconds.to_numpy(dtype=np.int64)
    day, second = np.divmod(seconds, DAY_S)
    first = int(day.min())
    dates = _arr(
        [
            (datetime(1970, 1, 1) + timedelta(days=d)).strftime("%Y-%m-%d")
            for d in range(first, int(day.max()) + 1)
        ]
    )
    two = _arr([f"{i:02d}" for i in range(60)])
    hh, rest = np.divmod(second, 3600)
    mm, ss = np.divmod(rest, 60)
    text = dates[day - first] + "T" + two[hh] + ":" + two[mm] + ":" + two[ss] + "+07:00"
    return pd.Series(text, index=stamps.index, dtype=object)


# --------------------------------------------------------------------------- labels, reach


def _sentiment(rng, role, topic, phase, critic) -> np.ndarray:
    """The gold sentiment of each row, from its role, topic and phase."""
    base = np.array([TOPIC_SENTIMENT[t] for t in TOPIC_KEYS])[topic]
    by_phase = np.array([PHASE_SENTIMENT.get(name, (0.0, 0.0, 0.0)) for name in PHASES])
    scene = np.where((phase == P["base"])[:, None], base, by_phase[phase])
    probs = scene.copy()
    probs[critic] = scene[critic] * np.array([2.2, 0.8, 0.4])

    def set_rows(mask, values):
        probs[mask] = values[mask] if np.ndim(values) == 2 else values

    asking = np.isin(role, [R["tanya"], R["pii_tanya"]])
    negative = scene[:, 0] * 0.6 + 0.1
    set_rows(asking, np.stack([negative, 1 - negative, np.zeros(len(role))], axis=1))
    set_rows(role == R["media"], 0.3 * scene + 0.7 * np.array([0.06, 0.86, 0.08]))
    set_rows(role == R["influencer"], scene * np.array([1.3, 0.55, 1.3]))
    official = np.tile([0.0, 0.7, 0.3], (len(role), 1))
    official[np.isin(phase, [P["kampanye"], P["klarifikasi"]])] = [0.0, 0.55, 0.45]
    official[phase == P["krisis"]] = [0.0, 0.85, 0.15]
    official[phase == P["dampak"]] = [0.0, 0.9, 0.1]
    set_rows(role == R["resmi"], official)
    answer = np.tile([0.0, 0.75, 0.25], (len(role), 1))
    answer[np.isin(phase, [P["sebar"], P["klarifikasi"], P["krisis"]])] = [0.0, 0.9, 0.1]
    set_rows(role == R["jawaban"], answer)
    set_rows(role == R["jawaban_pii"], np.array([0.0, 1.0, 0.0]))
    bots = np.tile([0.22, 0.33, 0.45], (len(role), 1))
    bots[phase == P["sebar"]] = [0.85, 0.15, 0.0]
    bots[phase == P["krisis"]] = [0.55, 0.15, 0.30]
    set_rows(role == R["bot"], bots)
    return _categorical(rng, probs)


def _engagement(rng, views, kind, atype, platform, phase, sentiment, parent):
    """Likes, shares and replies (replies at least the children present in the data)."""
    m = len(views)
    like_rate = (
        LIKE_RATE_PLATFORM[platform]
        * LIKE_RATE_TYPE[atype]
        * LIKE_RATE_SENTIMENT[sentiment]
        * rng.lognormal(0.0, 0.35, m)
    )
    likes = rng.binomial(views, np.minimum(like_rate, 0.6))
    share_rate = (
        SHARE_RATE_PLATFORM[platform] * SHARE_RATE_PHASE[phase] * np.where(kind == POST, 1, 0.1)
    )
    shares = rng.binomial(views, np.minimum(share_rate, 0.3))
    reply_rate = REPLY_RATE_PLATFORM[platform] * np.array([1.0, 0.3, 0.1])[kind]
    children = np.bincount(parent[parent >= 0], minlength=m)
    replies = children + rng.binomial(views, reply_rate)
    return likes.astype(np.int64), shares.astype(np.int64), replies.astype(np.int64)


# --------------------------------------------------------------------------- texts


def _slot(rng, name: str, rows: np.ndarray, ctx: dict) -> np.ndarray:
    """Values for slot ``name`` in the given rows."""
    if name in WORD_TABLES:
        return _pick(rng, *WORD_TABLES[name], ctx["dialect"][rows])
    flood = np.isin(ctx["phase"][rows], [P["krisis"], P["pulih"], P["dampak"]])
    u = rng.random(len(rows))
    if name == "region":
        usual = _arr(REGION_SHORT)[np.searchsorted(REGION_CDF, u, side="right").clip(0, 6)]
        return np.where(flood, _arr(FLOOD_REGIONS)[(u * len(FLOOD_REGIONS)).astype(int)], usual)
    if name == "tempat":
        usual = _arr(PLACES)[(u * len(PLACES)).astype(int)]
        return np.where(flood, _arr(FLOOD_PLACES)[(u * len(FLOOD_PLACES)).astype(int)], usual)
    if name in ("dinas", "instansi"):
        table = DINAS_TABLE if name == "dinas" else INSTANSI_TABLE
        return _pick(rng, *table, AGENCY_OF_TOPIC[ctx["topic"][rows]])
    if name == "agensi":
        return HANDLES[AGENCY_OF_TOPIC[ctx["topic"][rows]]]
    if name == "isu":
        cell = ctx["topic"][rows] * len(PHASES) + ctx["phase"][rows]
        return _pick(rng, *ISSUE_TABLE, cell)
    if name in ("nik", "hp", "email"):
        return _fake_personal_data(rng, name, len(rows))
    raise KeyError(f"unknown template slot {{{name}}}")


def _fake_personal_data(rng, name: str, m: int) -> np.ndarray:
    """Obviously fake personal data in the spellings humas.text.find_personal_data knows."""
    if name == "nik":
        digits = ["99" + f"{v:014d}" for v in rng.integers(0, 10**14, m)]
        style = rng.integers(0, 3, m)
        return _arr(
            [
                d
                if s == 0
                else " ".join(d[i : i + 4] for i in range(0, 16, 4))
                if s == 1
                else ".".join([d[0:2], d[2:4], d[4:6], d[6:12], d[12:16]])
                for d, s in zip(digits, style, strict=True)
            ]
        )
    if name == "hp":
        operator = _arr(FAKE_OPERATORS)[rng.integers(0, len(FAKE_OPERATORS), m)]
        last = _digits(rng, m, 4)
        style = rng.integers(0, 5, m)
        shapes = [
            operator + "-0000-" + last,
            operator + "0000" + last,
            operator + " 0000 " + last,
            "+62 " + _arr([o[1:] for o in operator]) + "-0000-" + last,
            "wa.me/62" + _arr([o[1:] for o in operator]) + "0000" + last,
        ]
        out = shapes[0].copy()
        for k in range(1, len(shapes)):
            out = np.where(style == k, shapes[k], out)
        return out
    local = _first_names(rng, m) + _arr([".", "_", ""])[rng.integers(0, 3, m)] + _digits(rng, m, 2)
    return local + "@" + _arr(FAKE_MAIL_DOMAINS)[rng.integers(0, len(FAKE_MAIL_DOMAINS), m)]


def _fill_templates(rng, template: np.ndarray, ctx: dict) -> np.ndarray:
    out = np.empty(len(template), dtype=object)
    order = np.argsort(template, kind="stable")
    ordered = template[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    for a, b in zip(starts, np.r_[starts[1:], len(order)], strict=True):
        rows = order[a:b]
        parts = PARSED[ordered[a]]
        acc = np.full(len(rows), parts[0], dtype=object)
        for k in range(1, len(parts), 2):
            acc = acc + _slot(rng, parts[k], rows, ctx) + parts[k + 1]
        out[rows] = acc
    return out


def _typo(text: str, op: int, a: float, b: float) -> str:
    """One typing slip in one longer word (swap, drop, stretch or double a letter)."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return text
    i = candidates[int(a * len(candidates))]
    w = words[i]
    j = 1 + int(b * (len(w) - 2))  # 1 .. len(w) - 2
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif op == 1:
        w = w[:j] + w[j + 1 :]
    elif op == 2:
        w = w + w[-1] * (2 + int(b * 3))
    else:
        w = w[: j + 1] + w[j:]
    words[i] = w
    return " ".join(words)


def _texts(rng, role, topic, phase, sentiment, kind, author, parent, authors, pii) -> np.ndarray:
    """The text of every row: a filled template plus the decorations people add."""
    m = len(role)
    pool = ((role * len(TOPIC_KEYS) + topic) * len(PHASES) + phase) * 3 + sentiment
    size = POOL_SIZE.ravel()[pool]
    if (size == 0).any():
        bad = int(np.flatnonzero(size == 0)[0])
        raise RuntimeError(
            f"no template for role={ROLES[role[bad]]} topic={TOPIC_KEYS[topic[bad]]} "
            f"phase={PHASES[phase[bad]]} sentiment={SENTIMENTS[sentiment[bad]]}"
        )
    template = POOL_OFF.ravel()[pool] + (rng.random(m) * size).astype(np.int64)
    ctx = {"dialect": authors["dialect"][author], "topic": topic, "phase": phase}
    core = _fill_templates(rng, template, ctx)

    casual = np.isin(role, CASUAL_ROLES)
    typo = np.flatnonzero((rng.random(m) < TYPO_P[role]) & ~pii)
    op, a, b = rng.integers(0, 4, len(typo)), rng.random(len(typo)), rng.random(len(typo))
    core[typo] = [_typo(core[i], op[k], a[k], b[k]) for k, i in enumerate(typo)]
    u = rng.random(m)
    capital = np.flatnonzero(casual & (u < 0.25))
    core[capital] = [s[:1].upper() + s[1:] for s in core[capital]]
    shout = np.flatnonzero(casual & (u > 0.97) & (sentiment == NEG) & ~pii)
    core[shout] = [s.upper() for s in core[shout]]

    blank = np.full(m, "", dtype=object)
    opener = np.where(rng.random(m) < OPENER_P[role], _pick(rng, *OPENER_TABLE, sentiment), blank)
    influencer = role == R["influencer"]
    opener[influencer] = _arr(INFLUENCER_OPENERS)[
        rng.integers(0, len(INFLUENCER_OPENERS), influencer.sum())
    ]
    official_post = role == R["resmi"]
    opener[official_post] = _arr(OFFICIAL_PREFIX)[
        rng.integers(0, len(OFFICIAL_PREFIX), official_post.sum())
    ]

    ends_open = np.array([s[-1:].isalnum() for s in core])
    particle = np.where(
        ends_open & (rng.random(m) < PARTICLE_P[role]),
        _arr(PARTICLES)[rng.integers(0, len(PARTICLES), m)],
        blank,
    )
    punct = np.where(
        ends_open & casual & (sentiment == NEG) & (rng.random(m) < 0.2),
        _arr(["!!", "!!!", "...", "..", " !!"])[rng.integers(0, 5, m)],
        blank,
    )
    bot = role == R["bot"]
    punct[bot] = _arr(["", "!", "!!", "!!!", "!!!!"])[rng.integers(0, 5, bot.sum())]

    count = rng.integers(1, 4, m)
    emoji = _pick(rng, *EMOJI_TABLE, sentiment) * count
    emoji = np.where(rng.random(m) < EMOJI_P[role], " " + emoji, blank)

    cell = topic * len(PHASES) + phase
    tag1 = _pick(rng, *TAG_TABLE, cell)
    tag2 = np.where(
        rng.random(m) < 0.5, _pick(rng, *TAG_TABLE, cell), _arr(GENERAL_TAGS)[rng.integers(0, 3, m)]
    )
    tags = np.where(tag2 != tag1, " " + tag1 + " " + tag2, " " + tag1)
    one = rng.random(m) < 0.5
    tags[one] = " " + tag1[one]
    tags = np.where(rng.random(m) < TAG_P[role], tags, blank)

    mention_p = np.where(kind == POST, MENTION_P_POST[role], MENTION_P_OTHER[role])
    handle = HANDLES[AGENCY_OF_TOPIC[topic]]
    mention = rng.random(m) < mention_p
    at_start = rng.random(m) < 0.7
    lead = np.where(mention & at_start, handle + " ", blank)
    trail = np.where(mention & ~at_start, " " + handle, blank)

    # Replies address the author they answer, as the platforms do.
    answering = np.isin(role, [R["jawaban"], R["jawaban_pii"]])
    addressed = (kind == REPLY) & (rng.random(m) < np.where(answering, 0.6, 0.75))
    parent_handle = authors["handle"][author[np.maximum(parent, 0)]]
    prefix = np.where(addressed, parent_handle + " ", blank)
    signoff = np.where(
        answering & (rng.random(m) < 0.5),
        _arr(ANSWER_SIGNOFF)[rng.integers(0, len(ANSWER_SIGNOFF), m)],
        blank,
    )
    media_cta = np.where(
        (role == R["media"]) & (rng.random(m) < 0.5),
        _arr(MEDIA_CTA)[rng.integers(0, len(MEDIA_CTA), m)],
        blank,
    )
    return (
        prefix
        + lead
        + opener
        + core
        + particle
        + punct
        + media_cta
        + signoff
        + emoji
        + tags
        + trail
    )
