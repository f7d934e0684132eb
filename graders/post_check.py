"""Check a draft post for an official government account: :func:`check_post`.

``check_post(text, platform, **context)`` reads a draft the way a careful
*pranata humas* (the agency's public-relations officer) would before publishing, and returns a
:class:`~graders.result.Result` with one feedback item per rule. Messages are formal,
friendly Indonesian that quote the word or number to fix.

Rules and why they exist
========================

Hard rules. A violation caps the score (like ``REACH_CAP`` in :mod:`graders.post_plan`;
with several, the lowest cap applies), so each needs only weight 1:

=========================  ====  =======================================================
item (failing code)        cap   why
=========================  ====  =======================================================
data_pribadi.ditemukan     0.2   NIK, KK, phone numbers, e-mail addresses of people:
                                 UU No. 24 Tahun 2013 (Adminduk) Pasal 95A (NIK, KK: up
                                 to 2 years and/or Rp25 juta); UU No. 27 Tahun 2022 (PDP)
                                 Pasal 65 ayat (2) and Pasal 67 ayat (2)
netralitas.kampanye        0.3   campaign phrases and party names: Inpres No. 9 Tahun
                                 2015, public-service messages carry no personal or
                                 group interest
etika.hinaan               0.3   insults: SE MenPAN-RB No. 137 Tahun 2018 (no slander)
etika.provokasi            0.3   "serbu", "lawan", "hancurkan" aimed at people or places,
                                 not at a disease or a hoax: SE MenPAN-RB No. 137 Tahun
                                 2018 (no provocation)
netralitas.opini_pribadi   0.4   "menurut saya", "saya pribadi": the account speaks for
                                 the agency, not its operator (Inpres No. 9 Tahun 2015)
etika.belum_terverifikasi  0.4   "katanya", "beredar kabar", "viral" as evidence: SE
                                 MenPAN-RB No. 137 Tahun 2018 (verified sources only); UU
                                 ITE as amended by UU 1/2024, Pasal 28 ayat (3) (hoaxes
                                 that cause unrest). Not flagged in a post that clarifies
                                 a hoax ("hoaks", "faktanya", "klarifikasi", ...)
panjang.melebihi_batas     0.4   longer than the platform accepts: it cannot be posted
=========================  ====  =======================================================

Quality rules (weight 2 unless said):

- ``ajakan.tidak_ada``: no call to action (kunjungi, hubungi, daftar, cek, ayo, mari,
  yuk, a sentence that starts with a verb in *-kan*, ...); off with ``call_to_action=False``.
- ``fakta.tanpa_sumber`` and ``fakta.tanpa_tanggal`` (1): a number claim (``120 kasus``,
  ``35%``, ``Rp2,5 juta``, ``mencapai 87``) without its source ("Sumber:", "menurut",
  "data Dinkes ...") or the date of the data (month names, ``15/09/2026``, ``2026-09-15``,
  "tahun 2026"). Checked only when the post has such a claim.
- ``tagar.wajib_tidak_ada`` / ``sebutan.wajib_tidak_ada``: each of ``required_hashtags``
  / ``required_mentions`` is missing (the weight 2 is shared among them).
- ``aksesibilitas.teks_alternatif_kosong`` / ``..._kurang``: an image post without
  alternative text, or one shorter than 5 words or made of generic words ("Foto kegiatan").
- ``aksesibilitas.takarir_tidak_ada``: a video post without captions (subtitles).
- ``judul.kosong`` / ``judul.melebihi_batas`` (1): the YouTube title (``title=``).

Soft style rules (small weights): ``tagar.terlalu_sedikit`` / ``tagar.terlalu_banyak`` (1,
the house range per platform), ``tagar.format_salah`` (1: ``#Nusa-Bahari``, ``# DBD``,
``#2026``), ``tagar.sulit_dibaca`` (0.5: a run-together tag of more than 12 letters all in
one case; screen readers read ``#NusaBahari`` better than ``#nusabahari``),
``sebutan.format_salah`` (1: a handle the platform cannot have; the agencies' handles of the
course's world and ``required_mentions`` are never flagged), ``bahasa.tidak_baku`` (1:
colloquial words and non-standard spellings from ``datasets/normalisasi.csv``, see
:data:`NOT_INFORMAL`; words with stretched letters; ``hati2``),
``keterbacaan.kalimat_panjang`` (1: more than 20 words per sentence on average; sentences
end at ``.!?`` followed by a space, or at a line break), ``keterbacaan.kata_panjang`` (0.5:
a word of more than 25 letters), ``keterbacaan.huruf_kapital`` (0.5: an all-capital word
of 6 or more letters that is not in :data:`ACRONYMS`; labels such as ``[CEK FAKTA]`` are
fine), ``keterbacaan.tanda_baca_berulang`` (0.5: ``!!``, ``??``, ``!?``) and
``keterbacaan.emoji_berlebihan`` (0.5: more than 3 emoji; a screen reader reads each one's
name aloud).

Every rule that applies gives one item, passed or failed (passing codes:
``panjang.sesuai``, ``ajakan.ada``, ...); the score is the weighted share of passed items,
then capped. The rules that always apply weigh 14 in all (the seven hard rules 1 each,
length included; hashtag count 1; call to action 2; readability 3; wording 1), so a post
with one or two small style slips still scores 0.9 or more, a missing call to action
alone costs about 13 %, and a hard violation leaves at most 0.4.

Limits (:data:`PLATFORM_RULES`) follow the platforms' documentation as of November
2026 and the course's house rules for hashtags. Length is counted with
:func:`humas.posts.post_length`, exactly as the post editor counts it while the trainee
types: characters as a reader sees them, every web address 23 characters on X. The
WhatsApp channel limit (1,000) is a house rule (see :mod:`humas.posts`).

The text is never printed or changed, and nothing is written to stderr; a 1 MB text is
checked in a fraction of a second. Only the first :data:`ANALYSIS_LIMIT` characters are
read for content (more than any platform accepts), and long runs of digit groups such as
``9 9 9 ...`` only in part (:func:`humas.text.find_personal_data` slows down sharply on
them). The length is counted over the whole text, unless its first
:data:`ANALYSIS_LIMIT` characters are already over the limit.

>>> hasil = check_post(
...     "Jentik nyamuk berkembang biak di air yang tergenang. Ayo kuras bak mandi setiap "
...     "Jumat! Info: https://dinkes.nusabahari.go.id/dbd #CegahDBD #NusaBahari",
...     "X (Twitter)",
... )
>>> hasil.score
1.0
>>> hasil = check_post("Menurut saya pelayanan kemarin bagus banget!! #nusabaharihebatsekali", "x")
>>> round(hasil.score, 2)
0.4
>>> sorted(item.code for item in hasil.failed)  # doctest: +NORMALIZE_WHITESPACE
['ajakan.tidak_ada', 'bahasa.tidak_baku', 'keterbacaan.tanda_baca_berulang',
 'netralitas.opini_pribadi', 'tagar.sulit_dibaca']
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from graders._text import is_missing, join_id, type_name
from graders.result import Item, Result
from humas.plans import PLATFORM_NAMES, platform_code
from humas.posts import CHARACTER_LIMITS, URL_LENGTH_ON_X, URL_PATTERN, post_length
from humas.text import find_personal_data
from humas.text import format_number as _num

__all__ = [
    "ACRONYMS",
    "ANALYSIS_LIMIT",
    "CAPS",
    "NOT_INFORMAL",
    "PLATFORM_RULES",
    "WEIGHTS",
    "PlatformRule",
    "check_post",
]


# --------------------------------------------------------------------------- platform rules
@dataclass(frozen=True)
class PlatformRule:
    """What one platform accepts and what the course recommends there.

    ``max_length`` is the caption limit (:data:`humas.posts.CHARACTER_LIMITS`);
    ``house_limit`` says it is the course's own rule rather than the platform's.
    ``hashtags`` is the recommended number of hashtags (house rule, inclusive range) and
    ``hashtag_limit`` the platform's own maximum, if it has one. ``handle`` is the form of
    an account name (a regular expression without the ``@``), ``title_max`` the title
    limit (YouTube only).
    """

    code: str
    name: str
    max_length: int
    hashtags: tuple[int, int]
    hashtag_limit: int | None = None
    house_limit: bool = False
    handle: str = r"[A-Za-z0-9._]{1,30}"
    handle_rule: str = "huruf, angka, titik, dan garis bawah, paling banyak 30 karakter"
    title_max: int | None = None


#: Platform documentation as of November 2026; the course's house rules for hashtags.
#: X: 280 characters, every link 23 (t.co); X's help advises at most 2 hashtags.
#: Instagram: caption 2,200 characters, at most 30 hashtags (3-5 recommended).
#: Facebook: 63,206 characters (1-3 hashtags). TikTok: caption 4,000 (3-5).
#: YouTube: description 5,000, title 100; with more than 60 hashtags YouTube ignores them
#: all (1-3 recommended). WhatsApp channels: 1,000 characters as a house rule (humas.posts)
#: and at most 2 hashtags, since WhatsApp does not link them.
PLATFORM_RULES: dict[str, PlatformRule] = {
    "x": PlatformRule(
        "x",
        "X",
        CHARACTER_LIMITS["x"],
        (1, 2),
        handle=r"[A-Za-z0-9_]{1,15}",
        handle_rule="huruf, angka, dan garis bawah, paling banyak 15 karakter",
    ),
    "instagram": PlatformRule(
        "instagram",
        "Instagram",
        CHARACTER_LIMITS["instagram"],
        (3, 5),
        hashtag_limit=30,
        handle=r"(?!.*\.\.)[A-Za-z0-9._]{1,30}",
        handle_rule="huruf, angka, titik, dan garis bawah, paling banyak 30 karakter",
    ),
    "facebook": PlatformRule(
        "facebook",
        "Facebook",
        CHARACTER_LIMITS["facebook"],
        (1, 3),
        handle=r"[A-Za-z0-9.]{5,50}",
        handle_rule="huruf, angka, dan titik, 5 sampai 50 karakter",
    ),
    "tiktok": PlatformRule(
        "tiktok",
        "TikTok",
        CHARACTER_LIMITS["tiktok"],
        (3, 5),
        handle=r"[A-Za-z0-9._]{2,24}",
        handle_rule="huruf, angka, titik, dan garis bawah, 2 sampai 24 karakter",
    ),
    "youtube": PlatformRule(
        "youtube",
        "YouTube",
        CHARACTER_LIMITS["youtube"],
        (1, 3),
        hashtag_limit=60,
        handle=r"[A-Za-z0-9._-]{3,30}",
        handle_rule="huruf, angka, titik, tanda hubung, dan garis bawah, 3 sampai 30 karakter",
        title_max=100,
    ),
    "whatsapp": PlatformRule(
        "whatsapp",
        "WhatsApp",
        CHARACTER_LIMITS["whatsapp"],
        (0, 2),
        house_limit=True,
    ),
}

WEIGHTS: dict[str, float] = {
    "data_pribadi": 1.0,
    "netralitas.kampanye": 1.0,
    "netralitas.opini_pribadi": 1.0,
    "etika.hinaan": 1.0,
    "etika.provokasi": 1.0,
    "etika.belum_terverifikasi": 1.0,
    "panjang": 1.0,
    "judul": 1.0,
    "tagar.jumlah": 1.0,
    "tagar.format": 1.0,
    "tagar.keterbacaan": 0.5,
    "tagar.wajib": 2.0,
    "sebutan.wajib": 2.0,
    "sebutan.format": 1.0,
    "ajakan": 2.0,
    "fakta.sumber": 2.0,
    "fakta.tanggal": 1.0,
    "keterbacaan.kalimat": 1.0,
    "keterbacaan.kata": 0.5,
    "keterbacaan.kapital": 0.5,
    "keterbacaan.tanda_baca": 0.5,
    "keterbacaan.emoji": 0.5,
    "bahasa": 1.0,
    "aksesibilitas.teks_alternatif": 2.0,
    "aksesibilitas.takarir": 2.0,
}
"""Weight of each rule (a rule's items share it)."""

CAPS: dict[str, float] = {
    "data_pribadi.ditemukan": 0.2,
    "netralitas.kampanye": 0.3,
    "etika.hinaan": 0.3,
    "etika.provokasi": 0.3,
    "netralitas.opini_pribadi": 0.4,
    "etika.belum_terverifikasi": 0.4,
    "panjang.melebihi_batas": 0.4,
}
"""Highest score a post can get when it fails the item with this code."""

ANALYSIS_LIMIT = 70_000
"""Characters read for content: more than the longest caption any platform accepts."""

MAX_AVERAGE_SENTENCE_WORDS = 20
MAX_WORD_LETTERS = 25
MIN_SHOUTING_LETTERS = 6
MAX_EMOJI = 3
LONG_HASHTAG_LETTERS = 12
MIN_ALT_TEXT_WORDS = 5
_TITLE = "Pemeriksaan unggahan"
_VERDICT = "sesuai"
_SHOWN = 3  # how many examples a message quotes

# --------------------------------------------------------------------------- word lists
#: Acronyms of six or more letters that are not shouting (shorter ones are never flagged).
ACRONYMS = frozenset(
    """
    BAPANAS BAPENDA BAPPEDA BAPPENAS BASARNAS BAWASLU DAMKAR DINKES DINSOS DISDIK
    DISDUKCAPIL DISHUB DISKOMINFO DISKOP DISNAKER DISPAR DISPARBUD DISPERINDAG DISPERKIM
    DISPORA DPMPTSP DUKCAPIL INPRES JAMKESDA JAMKESMAS JUMANTIK KEMENDAGRI KEMENDIKBUD
    KEMENKES KEMENKUMHAM KEMENPAN KEMENSOS KEPGUB KEPMEN KESBANGPOL KOMDIGI KOMINFO KORPRI
    MUSRENBANG PEMKAB PEMKOT PEMPROV PERBUP PERGUB PERMEN PERMENKES PERMENPAN PERPRES
    PERUMDA PERWALI POLRES POLRESTA POLSEK POSBINDU POSYANDU PUSDALOPS PUSKESMAS SAMSAT
    SATGAS SATPOL TAGANA UNESCO UNICEF
    """.split()
)

#: Entries of ``datasets/normalisasi.csv`` that are not flagged as informal: abbreviations
#: accepted in formal writing, forms of address, foreign words (a different matter from
#: register) and words that are standard Indonesian in another sense.
NOT_INFORMAL = frozenset(
    """
    dll dsb dst tgl jl no kab kec prov rs telp dr pak bu
    make please online offline update upload download share sharing follow follower
    followers unfollow fast slow reply original error app apps chat thanks okay bet sing
    php recomended pace mace
    gua apik bocah info yuk
    """.split()
)

#: Calls to action (imperative or invitational words and phrases).
CTA_PATTERN = re.compile(
    r"\b(?:(?:kunjungi|hubungi|daftar|daftarkan|mendaftarlah|laporkan|lapor|cek|periksa"
    r"|periksakan|klik|unduh|simak|ikuti|ikut|bagikan|sebarkan|ayo|ayok|mari|yuk|datang"
    r"|datangi|hindari|lakukan|gunakan|pastikan|jangan|tonton|baca|kirim|kirimkan|akses"
    r"|telepon|pantau|waspadai|waspada|siapkan|lindungi|bawa|sampaikan|dukung|gabung"
    r"|bergabung|silakan|catat|mohon(?! maaf)|dimohon|diimbau|imbau|harap|kuras|tutup|jaga|cuci"
    r"|pakai|kenakan|matikan|simpan|hemat|selamatkan|perhatikan|ingat|manfaatkan"
    r"|tanyakan|ajak|ajukan|urus|lengkapi|kenali|pelajari|coba|temukan|geser|pindai"
    r"|tunjukkan|bersihkan|visit|register|check|share|watch|join|click|download|call"
    r"|follow|read|contact|report|apply|ambil|pilih|serbu|lawan|kurangi|jauhi|rebus|minum"
    r"|dapatkan|lihat|saksikan)(?:lah)?"
    r"|(?<!akan )(?<!yang )segera|isi (?:formulir|survei|kuesioner|data)|sign up|learn more"
    r"|(?:dapat|bisa|silakan|segera) (?:langsung )?(?:menghubungi|mendatangi|mengunjungi"
    r"|melapor|melaporkan|mendaftar|mengakses|memeriksakan|mengunduh)"
    r"|(?:info|informasi) (?:lebih )?lanjut|selengkapnya|(?:tautan|link) di bio|cari tahu)\b"
)

#: A sentence that starts with a verb in -kan ("Sampaikan ...", "Tekankan ..."), which is
#: an imperative unless the word is a noun or passive with a prefix (ke-, pe-, se-, di-).
_IMPERATIVE_START = re.compile(
    r"(?:^|[.!?:\n][^\w\n]{0,12})(?!(?:ke|pe|se|di|ter)\w*kan\b)(?P<verb>[^\W\d_]{3,}kan)\b"
)

_NUMBER = r"\d+(?:[.,]\d+)*"
_UNITS = (
    r"(?:%|persen\b|kasus\b|orang\b|jiwa\b|warga\b|pasien\b|korban\b|penduduk\b"
    r"|pengungsi\b|kepala keluarga\b|kk\b|desa\b|kelurahan\b|rumah\b|ton\b"
    r"|hektare\b|ha\b|juta\b|ribu\b|miliar\b|triliun\b|penerima\b|kali lipat\b)"
)
#: A claim with a number: a number with a unit, an amount of money, or a count verb.
CLAIM_PATTERN = re.compile(
    rf"(?<![\w.,])(?!1\s+rumah\b){_NUMBER}\s?{_UNITS}"
    rf"|\brp\.?\s?(?!0\b)\d+(?:[.,]\d+)*(?:\s?(?:juta|ribu|miliar|triliun)\b)?"
    rf"|\b(?:sebanyak|sejumlah|mencapai|tercatat|total|naik|turun|meningkat|menurun"
    rf"|bertambah|berkurang)\s+(?:sebesar\s+|menjadi\s+|hingga\s+)?{_NUMBER}(?:\s?%|\s[^\W\d_]+)?"
)
#: Where the data comes from.
SOURCE_PATTERN = re.compile(
    r"\bsumber\b|\bmenurut\b(?!\s+(?:saya|aku|gue|gua|gw|ane)\b)|\bberdasarkan\b|\bdikutip\b|\bdilansir\b|\blaporan\b|\brilis\b"
    r"|\bdata\s*:|\bdata\s+(?:dari|resmi|sementara|terbaru|per|hingga|sampai|tanggal|dinas"
    r"|dinkes|bpbd|bps|dishub|dinsos|diskominfo|pemprov|pemerintah|kementerian|kemenkes"
    r"|puskesmas|posko|\d)"
    r"|\bhasil (?:pendataan|pemeriksaan|pemantauan|penelitian|kajian)\b"
    r"|\b(?:survei|sensus|ssgi|riskesdas|susenas)\b"
    r"|\bsesuai (?:dengan )?(?:perda|pergub|perbup|perwali|peraturan|keputusan|ketentuan|sk)\b"
    r"|\b(?:perda|pergub|perbup|perwali|perpres|inpres|uu)\s+(?:no\.?\s*|nomor\s+)?\d"
    r"|\b(?:kata|ujar|ungkap|jelas|tutur|terang)\s+(?:kepala|kadis|sekretaris|direktur"
    r"|gubernur|wakil|bupati|wali|plt|juru bicara|jubir|camat|lurah)"
)
_MONTHS = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
_MONTHS_SHORT = "jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des"
#: When the data was true.
DATE_PATTERN = re.compile(
    rf"\b(?:{_MONTHS})\b|\b\d{{1,2}}\s+(?:{_MONTHS_SHORT})\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|(?<![\d.,/])\d{1,2}/\d{1,2}(?![\d/])"
    r"|\b(?:tahun|sepanjang|sejak|hingga|sampai|selama|pada|per|semester|triwulan)\s+"
    r"(?:[a-z]+\s+)?(?:19|20)\d\d\b"
    r"|\b(?:minggu|pekan) ke-?\s?\d+"
)

_PARTY_PATTERN = re.compile(r"\b(?:PDI-?P|PKB|PKS|PAN)\b")
_PARTY_NAME_PATTERN = re.compile(
    r"\b(?:pdi perjuangan|golkar|gerindra|nasdem|demokrat|partai (?:kebangkitan bangsa"
    r"|keadilan sejahtera|amanat nasional|golongan karya|gerakan indonesia raya"
    r"|nasional demokrat))\b"
)
_CAMPAIGN_PATTERN = re.compile(
    r"\bcoblos(?:lah)?\b"
    r"|\bpilih(?:lah)?\s+(?:nomor|no\.?)\s*(?:urut\s*)?\d+"
    r"|\b(?:paslon|capres|cawapres|cagub|cawagub|cabup|cawabup|cawalkot|caleg)\b"
    r"|\bmenangkan(?:lah)?\b(?!\s+(?:hadiah|voucher|voucer|saldo|doorprize|pulsa|merchandise"
    r"|suvenir|kuis|lomba|kompetisi|e-?wallet|uang|paket|tiket))"
    r"|#(?:19|20)\d\d\s?ganti\w*|#?ganti(?:presiden|gubernur|bupati|walikota|pemimpin)\b"
    r"|\b(?:dua|2)\s?periode\b"
)
_QUEUE_WORDS = re.compile(r"antre|antri|loket|tiket|pendaftaran")
_NOMOR_URUT = re.compile(r"\bnomor urut\s*\d+")
_OPINION_PATTERN = re.compile(
    r"\b(?:saya|aku|gue|gw) pribadi\b|\bmenurut (?:saya|aku|gue|gua|gw|ane)\b"
    r"|\bpendapat (?:saya|pribadi|aku)\b|\bopini pribadi\b"
    r"|\b(?:saya|aku|gue|gw) (?:pikir|rasa|kira)\b"
)
_INSULT_PATTERN = re.compile(
    r"\b(?:bodoh|goblok|goblog|tolol|bego|dungu|idiot|bangsat|bajingan|brengsek|berengsek"
    r"|kampret|keparat|cebong|kadrun|kampungan|norak|pecundang|bebal|otak udang|kurang ajar"
    r"|dasar sampah|sampah masyarakat"
    r"|(?:kalian|kamu|mereka|kau|lu|lo|elu|loe|anda)\s+(?:itu\s+|semua\s+)?sampah)\b"
)
_PROVOCATION_PATTERN = re.compile(
    r"\b(serbu|lawan|hancurkan|ganyang|habisi|bubarkan|usir|bakar|geruduk|duduki|serang"
    r"|boikot)(?:lah)?\b|\bturun ke jalan\b|\bangkat senjata\b"
)
#: Targets after "lawan", "serbu", "hancurkan"... that make them harmless (diseases,
#: hoaxes, a vaccination stand): "Lawan DBD", "Serbu vaksinasi gratis".
BENIGN_TARGETS = frozenset(
    """
    dbd demam nyamuk jentik sarang hoaks hoax berita kabar disinformasi misinformasi covid
    corona virus penyakit stunting narkoba korupsi pungli kemiskinan sampah banjir kebakaran
    api tbc tb tuberkulosis malaria rabies polio campak kanker diabetes hipertensi obesitas
    kekerasan perundungan bullying judi judol radikalisme terorisme polusi inflasi penipuan
    hama gulma malas lupa rasa vaksin vaksinasi imunisasi gerai pasar bazar festival diskon
    promo stan posyandu puskesmas rokok asap lemak kuman bakteri wabah pandemi difteri
    hepatitis hiv aids cacar diare ispa pneumonia anemia gizi takut ketakutan
    """.split()
)
_FILLERS = frozenset("bersama sama-sama kita terus dan segera yuk ayo semua lah".split())
_NEGATED_BEFORE = re.compile(r"(?:jangan|dilarang|tidak|tak|hindari|bukan)\s+$")
_NOUN_LAWAN_BEFORE = re.compile(r"(?:tim|pihak|kawan|calon|menjadi|sebagai|dan)\s+$")
_UNVERIFIED_PATTERN = re.compile(
    r"\bkatanya\b|\bkabarnya\b|\bkonon\b|\bberedar kabar\b|\bkabar(?: yang)? beredar\b"
    r"|\bbelum (?:terkonfirmasi|dikonfirmasi|terverifikasi|diverifikasi|pasti kebenarannya)\b"
    r"|\bdari grup sebelah\b|\binfo dari grup\b|\bkata orang\b|\bdengar-dengar\b"
    r"|\b(?:sudah|telah|karena|sedang|lagi|yang) viral\b"
    r"|\bviral(?:nya)? (?:di|bahwa|soal|tentang)\b"
)
_CLARIFICATION_PATTERN = re.compile(
    r"hoaks|hoax|\btidak benar\b|\bfaktanya\b|\bfakta\s*:|klarifikasi|disinformasi"
    r"|misinformasi|\bkeliru\b|\bpalsu\b|\bbukan fakta\b|\bmeluruskan\b"
)
_OFFICIAL_LABEL = re.compile(
    r"call ?cent(?:er|re)|hotline|pusat panggilan|pengaduan|kanal aduan|nomor layanan"
    r"|layanan informasi|kontak resmi|(?:wa|whatsapp|sms) (?:center|centre|resmi)|pusdalops"
    r"|posko|(?:telepon|telp\.?|nomor) kantor"
)
_CLAUSE_BREAK = re.compile(r"[.!?;]\s|\n")
_GENERIC_ALT_WORDS = frozenset(
    """
    gambar foto image picture photo poster ilustrasi infografis infografik flyer pamflet
    banner brosur screenshot tangkapan layar ini itu dari untuk dan yang sebuah suatu kegiatan
    unggahan konten postingan post img jpg png
    """.split()
)

# --------------------------------------------------------------------------- tokens
_EMAIL_RE = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_DOMAIN_RE = re.compile(
    r"(?<![\w@./-])(?:[A-Za-z0-9-]+\.)+(?:go\.id|co\.id|ac\.id|or\.id|id|com|org|net|info"
    r"|gov|io)\b(?:/[^\s]*)?",
    re.IGNORECASE,
)
_HASHTAG_RE = re.compile(r"(?<![\w&#/@])#(\w+)")
_LOOSE_HASH_RE = re.compile(r"(?<![\w&#/@])#[ \t]+([^\W\d_]\w*)")
# "#Selamat Berkendara" at the end of a post: a capitalised word right after a hashtag,
# followed only by the end of the text or by another hashtag.
_SPLIT_TAG_RE = re.compile(r"(?<![\w&#/@])(#\w+)[ \t]+([A-Z][a-z]+)(?=[ \t]*(?:\n|$|#))")
_MENTION_RE = re.compile(r"(?<![\w@.#])@([\w.\-]+)")
_LABEL_RE = re.compile(r"\[[^\]\n]{1,40}\]")
_WORD_RE = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:[-'\u2019][^\W_]+)*")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?\u2026])\s+|\n+")
_REPEATED_PUNCT = re.compile(r"[!?]{2,}")
# A piece that ends with an abbreviation or an initial does not end a sentence.
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(])(?:no|jl|jln|dr|drg|yth|kab|kec|kel|prov|telp|tgl|bpk|sdr|st|prof|hj|h|ir"
    r"|a\.n|u\.p|[A-Z])\.$",
    re.IGNORECASE,
)
_STRETCH_RE = re.compile(r"([^\W\d_])\1{2,}")
_REDUPLICATION_RE = re.compile(r"([^\W\d_]{2,})2")
_CLITICS = ("nya", "lah", "kah", "pun")
_EMOJI_CHAR = "[\U0001f000-\U0001faff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff]"
_EMOJI_MOD = "[\ufe0f\U0001f3fb-\U0001f3ff]"
_EMOJI_RE = re.compile(
    rf"[\U0001f1e6-\U0001f1ff]{{2}}|[0-9#*]\ufe0f?\u20e3"
    rf"|{_EMOJI_CHAR}{_EMOJI_MOD}*(?:\u200d{_EMOJI_CHAR}{_EMOJI_MOD}*)*"
)


@dataclass(frozen=True)
class _Draft:
    """The text read for content, in the forms the rules need."""

    window: str  # NFC, at most ANALYSIS_LIMIT characters, "\r\n" as "\n"
    lower: str  # window, lower case (every lower-case form has the same length)
    masked: str  # web and e-mail addresses blanked
    masked_lower: str
    plain: str  # masked, hashtags and mentions blanked too
    plain_lower: str
    hashtags: tuple[re.Match[str], ...]
    mentions: tuple[re.Match[str], ...]


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    pieces, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        pieces.append(text[last:start])
        pieces.append(" " * (end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _read(text: str) -> _Draft:
    window = unicodedata.normalize("NFC", text[:ANALYSIS_LIMIT]).replace("\r\n", "\n")
    spans = [m.span() for m in URL_PATTERN.finditer(window)]
    spans += [m.span() for m in _EMAIL_RE.finditer(window)]
    masked = _blank(window, sorted(spans))
    masked = _blank(masked, [m.span() for m in _DOMAIN_RE.finditer(masked)])
    hashtags = tuple(_HASHTAG_RE.finditer(masked))
    mentions = tuple(m for m in _MENTION_RE.finditer(masked) if not _not_a_handle(m.group(1)))
    plain = _blank(masked, sorted([m.span() for m in hashtags] + [m.span() for m in mentions]))
    return _Draft(
        window, _lower(window), masked, _lower(masked), plain, _lower(plain), hashtags, mentions
    )


def _lower(text: str) -> str:
    """Lower case of the same length, so that positions match ("İ" alone stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _not_a_handle(body: str) -> bool:
    """'@' used for a price or a quantity ("@Rp5.000", "@2 kg"), not an account."""
    body = body.rstrip(".-")
    return not body or bool(re.fullmatch(r"[\d.,]+|(?i:rp)\d.*", body))


# --------------------------------------------------------------------------- wording
def _join(parts: list[str]) -> str:
    return join_id(parts)


def _quote(texts: Iterable[str], limit: int = _SHOWN) -> str:
    """'a', 'b', dan 'c' (distinct, in order; long ones shortened; '...' when more)."""
    seen: list[str] = []
    for text in texts:
        short = " ".join(text.split())
        if len(short) > 40:
            short = short[:37] + "..."
        if short not in seen:
            seen.append(short)
    shown = [f"'{t}'" for t in seen[:limit]]
    if len(seen) > limit:
        shown.append(f"{len(seen) - limit} lainnya")
    return _join(shown)


def _range_text(low: int, high: int) -> str:
    if low == 0:
        return f"paling banyak {high} tagar"
    return f"{low}\u2013{high} tagar"


# --------------------------------------------------------------------------- input
def _platform(platform: object) -> str | None:
    """The platform code for a name as typed ("Twitter", "IG", "Instagram Reels")."""
    code = platform_code(platform)
    if code is not None or not isinstance(platform, str):
        return code
    words = re.sub(r"[^a-z]+", " ", platform.casefold()).split()
    found = {platform_code(word) for word in words} - {None}
    return found.pop() if len(found) == 1 else None


def _text_items(text: object) -> list[Item] | None:
    if is_missing(text) or (isinstance(text, str) and not text.strip()):
        return [
            Item(
                "teks.kosong",
                False,
                "Teks unggahan belum diisi. Tuliskan draf unggahan sebagai teks (str), "
                'misalnya teks = "Ayo periksa jentik nyamuk di rumah setiap Jumat."',
            )
        ]
    if not isinstance(text, str):
        return [
            Item(
                "teks.tipe_salah",
                False,
                "Teks unggahan belum diisi dengan benar: harus berupa teks (str) di antara "
                f"tanda kutip, bukan {type_name(text)}.",
            )
        ]
    return None


def _platform_item(platform: object) -> Item:
    known = ", ".join(PLATFORM_NAMES[code] for code in PLATFORM_RULES)
    if is_missing(platform) or (isinstance(platform, str) and not platform.strip()):
        said = "Platform belum diisi."
    elif isinstance(platform, str):
        said = f"Platform '{' '.join(platform.split())[:40]}' tidak dikenal."
    else:
        said = f"Platform harus berupa teks (str), bukan {type_name(platform)}."
    return Item(
        "platform.tidak_dikenal",
        False,
        f"{said} Pilih salah satu: {known}, sehingga aturan platform dapat diperiksa.",
    )


def _strings(value: object, name: str) -> list[str]:
    """The author's list argument as a list of non-empty strings (one string allowed)."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a string or an iterable of strings")
    out = []
    for entry in value:
        if not isinstance(entry, str):
            raise TypeError(f"{name} must contain strings, not {type(entry).__name__}")
        if entry.strip():
            out.append(entry.strip())
    return out


# --------------------------------------------------------------------------- personal data
def _personal_data(window: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of personal data in ``window``, without overlaps.

    :func:`humas.text.find_personal_data` is linear on any text (a pasted table of
    thousands of digits included), so the whole window is read in one call.
    """
    kept: list[tuple[str, int, int]] = []
    for hit in sorted(find_personal_data(window), key=lambda h: (h.start, -h.end)):
        if not kept or hit.start >= kept[-1][2]:
            kept.append((hit.kind, hit.start, hit.end))
    return kept


def _digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return "0" + digits[2:] if digits.startswith("62") else digits


def _masked_value(kind: str, text: str) -> str:
    if kind == "email":
        local, _, domain = text.partition("@")
        return f"{local[:2]}\u2026@{domain}"
    return f"{text[:4]}\u2026{text[-2:]}"


_KIND_NAMES = {"nik": "NIK", "kk": "nomor KK", "telepon": "nomor telepon", "email": "surel"}


def _private_data(text: str, official: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(kind, value) of each personal datum in ``text`` that is not the agency's own contact.

    Public by design, so not counted: an address ending in ``.go.id`` or listed in
    ``official``, a number listed in ``official``, and a number right after a service label
    ("Call center: ...", "posko") in the same sentence. Also used by ``check_reply`` (via
    :func:`_personal_items`) and ``check_recommendation``.
    """
    official = list(official)
    official_digits = {_digits(c) for c in official if _digits(c)}
    official_text = {c.casefold() for c in official}
    lower = text.lower()
    found = []
    for kind, start, end in _personal_data(text):
        value = text[start:end]
        if kind == "email" and (
            value.casefold().endswith(".go.id") or value.casefold() in official_text
        ):
            continue  # an agency address, public by design
        if kind == "telepon":
            # the label must stand in the same sentence, right before the number
            before = _CLAUSE_BREAK.split(lower[max(0, start - 50) : start])[-1]
            if _digits(value) in official_digits or _OFFICIAL_LABEL.search(before):
                continue  # the agency's own service line
        found.append((kind, value))
    return found


def _personal_items(draft: _Draft, official: list[str]) -> list[Item]:
    w = WEIGHTS["data_pribadi"]
    problems = []
    kinds = set()
    for kind, value in _private_data(draft.window, official):
        kinds.add(kind)
        problems.append(f"{_KIND_NAMES[kind]} '{_masked_value(kind, value)}'")
    if not problems:
        return [
            Item(
                "data_pribadi.aman",
                True,
                "Tidak ada data pribadi (NIK, nomor KK, nomor telepon, atau surel pribadi).",
                w,
            )
        ]
    laws = []
    if kinds & {"nik", "kk"}:
        laws.append("Menyebarkan NIK atau nomor KK tanpa hak dapat dipidana (UU 24/2013 Pasal 95A)")
    laws.append("data pribadi orang lain dilindungi UU 27/2022 (PDP) Pasal 65 ayat (2)")
    listed = _join(problems[:_SHOWN]) + (
        f", dan {len(problems) - _SHOWN} lainnya" if len(problems) > _SHOWN else ""
    )
    laws_said = _join(laws)
    message = (
        f"Unggahan memuat data pribadi: {listed}. {laws_said[:1].upper()}{laws_said[1:]}. "
        "Hapus atau samarkan data tersebut (misalnya dengan humas.text.redact) sebelum mengunggah."
    )
    if kinds & {"telepon", "email"}:
        message += (
            " Jika itu kontak layanan resmi instansi, tuliskan sebagai kontak resmi, "
            "misalnya 'Call center: ...'."
        )
    return [Item("data_pribadi.ditemukan", False, message, w)]


# --------------------------------------------------------------------------- neutrality, ethics
def _campaign_hits(draft: _Draft) -> list[str]:
    hits = [m.group() for m in _PARTY_PATTERN.finditer(draft.masked)]
    lower = draft.masked_lower
    hits += [m.group() for m in _PARTY_NAME_PATTERN.finditer(lower)]
    hits += [m.group() for m in _CAMPAIGN_PATTERN.finditer(lower)]
    for m in _NOMOR_URUT.finditer(lower):
        if not _QUEUE_WORDS.search(lower, max(0, m.start() - 40), m.end() + 40):
            hits.append(m.group())  # a queue number ("nomor urut antrean") is no ballot
    return hits


def _neutrality_items(draft: _Draft) -> list[Item]:
    items = []
    w = WEIGHTS["netralitas.kampanye"]
    hits = _campaign_hits(draft)
    if hits:
        items.append(
            Item(
                "netralitas.kampanye",
                False,
                f"Unggahan memuat ajakan atau atribut kampanye politik ({_quote(hits)}). "
                "Akun instansi menyampaikan pesan layanan publik tanpa kepentingan pribadi "
                "atau golongan (Inpres No. 9 Tahun 2015); hapus bagian tersebut.",
                w,
            )
        )
    else:
        items.append(
            Item("netralitas.tanpa_kampanye", True, "Tidak ada ajakan kampanye politik.", w)
        )
    w = WEIGHTS["netralitas.opini_pribadi"]
    hits = [m.group() for m in _OPINION_PATTERN.finditer(draft.plain_lower)]
    if hits:
        items.append(
            Item(
                "netralitas.opini_pribadi",
                False,
                f"Unggahan memuat pendapat pribadi ({_quote(hits)}). Akun resmi berbicara "
                "atas nama instansi ('kami'), bukan pribadi pengelolanya (Inpres No. 9 Tahun "
                "2015: pesan layanan publik tanpa kepentingan pribadi atau golongan).",
                w,
            )
        )
    else:
        items.append(
            Item(
                "netralitas.tanpa_opini_pribadi",
                True,
                "Unggahan berbicara atas nama instansi, bukan pendapat pribadi.",
                w,
            )
        )
    return items


def _provocations(text: str) -> list[str]:
    hits = []
    for m in _PROVOCATION_PATTERN.finditer(text):
        verb = m.group(1)
        if verb is None:
            hits.append(m.group())
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        if _NEGATED_BEFORE.search(before):
            continue
        following = [w for w in _WORD_RE.findall(text[m.end() : m.end() + 40]) if w not in _FILLERS]
        if verb == "lawan" and (
            _NOUN_LAWAN_BEFORE.search(before) or following[:1] in (["bicara"], ["tanding"])
        ):
            continue
        if any(w in BENIGN_TARGETS or w.split("-")[0] in BENIGN_TARGETS for w in following[:2]):
            continue
        hits.append(m.group())
    return hits


def _ethics_items(draft: _Draft) -> list[Item]:
    items = []
    text = draft.plain_lower
    w = WEIGHTS["etika.hinaan"]
    insults = [m.group() for m in _INSULT_PATTERN.finditer(text)]
    if insults:
        items.append(
            Item(
                "etika.hinaan",
                False,
                f"Unggahan memuat kata yang menghina ({_quote(insults)}). SE MenPAN-RB No. 137 "
                "Tahun 2018 meminta ASN tidak menyebarkan fitnah dan hinaan di media sosial; "
                "sampaikan pesan dengan santun.",
                w,
            )
        )
    else:
        items.append(Item("etika.tanpa_hinaan", True, "Tidak ada kata yang menghina.", w))
    w = WEIGHTS["etika.provokasi"]
    provocations = _provocations(text)
    if provocations:
        items.append(
            Item(
                "etika.provokasi",
                False,
                f"Kata {_quote(provocations)} bernada provokasi. SE MenPAN-RB No. 137 Tahun "
                "2018 melarang ASN menyebarkan konten provokatif; ajak warga bertindak dengan "
                "kalimat yang menenangkan.",
                w,
            )
        )
    else:
        items.append(Item("etika.tanpa_provokasi", True, "Tidak ada kata yang provokatif.", w))
    w = WEIGHTS["etika.belum_terverifikasi"]
    rumours = [m.group() for m in _UNVERIFIED_PATTERN.finditer(text)]
    if rumours and not _CLARIFICATION_PATTERN.search(draft.masked_lower):
        items.append(
            Item(
                "etika.belum_terverifikasi",
                False,
                f"Unggahan memuat penanda kabar yang belum terverifikasi ({_quote(rumours)}). "
                "SE MenPAN-RB No. 137 Tahun 2018 meminta ASN hanya menyebarkan informasi dari "
                "sumber terverifikasi, dan UU ITE (UU 1/2024) Pasal 28 ayat (3) mengancam "
                "penyebar berita bohong yang menimbulkan keonaran. Pastikan faktanya dan "
                "sebutkan sumber resminya, atau jangan diunggah.",
                w,
            )
        )
    elif rumours:
        items.append(
            Item(
                "etika.terverifikasi",
                True,
                "Kabar yang beredar disebut untuk diluruskan dengan fakta.",
                w,
            )
        )
    else:
        items.append(
            Item("etika.terverifikasi", True, "Tidak ada kabar yang belum terverifikasi.", w)
        )
    return items


# --------------------------------------------------------------------------- length
def _length(text: str, code: str) -> int:
    """:func:`humas.posts.post_length`; negative (a lower bound) for an enormous text.

    The length of a beginning is never more than the length of the whole text, so when
    the first ``ANALYSIS_LIMIT`` characters are already too long, the rest is not counted.
    """
    if len(text) > ANALYSIS_LIMIT:
        head = post_length(text[:ANALYSIS_LIMIT], code)
        if head > PLATFORM_RULES[code].max_length:
            return -head
    return post_length(text, code)


def _length_items(text: str, rule: PlatformRule, title: object, has_title: bool) -> list[Item]:
    items = []
    w = WEIGHTS["panjang"]
    length, at_least = _length(text, rule.code), ""
    if length < 0:
        length, at_least = -length, "lebih dari "
    how = f" (setiap tautan dihitung {URL_LENGTH_ON_X} karakter)" if rule.code == "x" else ""
    if rule.house_limit:
        limit = f"batas aturan kursus untuk saluran {rule.name} {_num(rule.max_length)} karakter"
    else:
        limit = f"batas {rule.name} {_num(rule.max_length)} karakter"
    if length > rule.max_length:
        items.append(
            Item(
                "panjang.melebihi_batas",
                False,
                f"Teks terlalu panjang: {at_least}{_num(length)} karakter{how}, padahal "
                f"{limit}. Pangkas paling sedikit {_num(length - rule.max_length)} karakter, "
                "misalnya dengan memindahkan rincian ke tautan.",
                w,
            )
        )
    else:
        items.append(
            Item("panjang.sesuai", True, f"Panjang teks {_num(length)} karakter{how}, {limit}.", w)
        )
    if rule.title_max is None or not has_title:
        return items
    w = WEIGHTS["judul"]
    if is_missing(title) or not isinstance(title, str) or not title.strip():
        said = "" if is_missing(title) or isinstance(title, str) else f" (bukan {type_name(title)})"
        items.append(
            Item(
                "judul.kosong", False, f"Judul video {rule.name} belum diisi sebagai teks{said}.", w
            )
        )
        return items
    length = post_length(title, rule.code)
    if length > rule.title_max:
        items.append(
            Item(
                "judul.melebihi_batas",
                False,
                f"Judul terlalu panjang: {_num(length)} karakter, padahal batas judul "
                f"{rule.name} {rule.title_max} karakter. Pangkas paling sedikit "
                f"{_num(length - rule.title_max)} karakter.",
                w,
            )
        )
    else:
        items.append(
            Item(
                "judul.sesuai",
                True,
                f"Judul {_num(length)} karakter, di bawah batas {rule.title_max} karakter.",
                w,
            )
        )
    return items


# --------------------------------------------------------------------------- hashtags, mentions
def _hashtag_items(draft: _Draft, rule: PlatformRule, required: list[str]) -> list[Item]:
    items = []
    masked = draft.masked
    broken, digits_only, hard_to_read = [], [], []
    tags: dict[str, str] = {}
    for m in draft.hashtags:
        body = m.group(1)
        nxt = masked[m.end() : m.end() + 2]
        if len(nxt) == 2 and nxt[0] in "-.'\u2019&+" and nxt[1].isalnum():
            tail = _WORD_RE.match(masked, m.end() + 1)
            broken.append(
                f"'{m.group()}{nxt[0]}{tail.group() if tail else ''}' terputus: hanya "
                f"'{m.group()}' yang menjadi tagar"
            )
        if not any(ch.isalpha() for ch in body):
            digits_only.append(f"'{m.group()}' hanya berisi angka sehingga tidak menjadi tagar")
            continue
        tags.setdefault(body.casefold(), m.group())
        letters = [ch for ch in body if ch.isalpha()]
        if len(letters) > LONG_HASHTAG_LETTERS and (
            all(ch.islower() for ch in letters) or all(ch.isupper() for ch in letters)
        ):
            hard_to_read.append(m.group())
    loose = [
        f"tanda pagar pada '# {m.group(1)}' terpisah dari katanya"
        for m in _LOOSE_HASH_RE.finditer(masked)
    ]
    loose += [
        f"'{m.group(1)} {m.group(2)}' berisi spasi: hanya '{m.group(1)}' yang menjadi tagar"
        for m in _SPLIT_TAG_RE.finditer(masked)
    ]
    count = len(tags)
    low, high = rule.hashtags
    w = WEIGHTS["tagar.jumlah"]
    advice = f"untuk {rule.name} disarankan {_range_text(low, high)} (aturan kursus)"
    if count > high:
        extra = ""
        if rule.hashtag_limit is not None and count > rule.hashtag_limit:
            extra = (
                f" Batas {rule.name} sendiri {rule.hashtag_limit} tagar; lebih dari itu, "
                "tagarnya tidak berfungsi."
            )
        items.append(
            Item(
                "tagar.terlalu_banyak",
                False,
                f"Unggahan memuat {count} tagar, padahal {advice}.{extra} Pilih tagar yang "
                "paling penting.",
                w,
            )
        )
    elif count < low:
        items.append(
            Item(
                "tagar.terlalu_sedikit",
                False,
                f"Unggahan memuat {count} tagar, padahal {advice}. Tambahkan tagar kampanye "
                "atau tagar instansi, misalnya '#NusaBahari'.",
                w,
            )
        )
    else:
        items.append(Item("tagar.jumlah_sesuai", True, f"Jumlah tagar {count}, {advice}.", w))
    problems = broken + loose + digits_only
    if problems:
        items.append(
            Item(
                "tagar.format_salah",
                False,
                f"Penulisan tagar belum tepat: {_join(problems[:_SHOWN])}. Tulis tagar tanpa "
                "spasi atau tanda baca dan dengan huruf, misalnya '#NusaBahari' atau "
                "'#HUT80NusaBahari'.",
                WEIGHTS["tagar.format"],
            )
        )
    elif draft.hashtags:
        items.append(
            Item(
                "tagar.format_sesuai", True, "Tagar ditulis dengan benar.", WEIGHTS["tagar.format"]
            )
        )
    if tags:
        w = WEIGHTS["tagar.keterbacaan"]
        if hard_to_read:
            items.append(
                Item(
                    "tagar.sulit_dibaca",
                    False,
                    f"Tagar {_quote(hard_to_read)} sulit dibaca, juga oleh pembaca layar. "
                    "Awali setiap kata dengan huruf kapital (CamelCase), misalnya "
                    "'#NusaBahari', bukan '#nusabahari'.",
                    w,
                )
            )
        else:
            items.append(Item("tagar.mudah_dibaca", True, "Tagar mudah dibaca.", w))
    if required:
        w = WEIGHTS["tagar.wajib"] / len(required)
        for tag in required:
            wanted = "#" + tag.lstrip("#")
            if wanted[1:].casefold() in tags:
                items.append(Item("tagar.wajib_ada", True, f"Tagar wajib '{wanted}' ada.", w))
            else:
                items.append(
                    Item(
                        "tagar.wajib_tidak_ada",
                        False,
                        f"Tagar wajib '{wanted}' belum ada. Tambahkan tagar kampanye ini "
                        "persis seperti ejaannya.",
                        w,
                    )
                )
    return items


@functools.lru_cache(maxsize=1)
def _course_handles() -> frozenset[str]:
    """The agencies' handles in the course's world (``official_posts.csv``)."""
    import csv

    from humas import data

    try:
        with data.path("official_posts").open(encoding="utf-8", newline="") as f:
            return frozenset(row["handle"].casefold() for row in csv.DictReader(f))
    except (OSError, KeyError, ValueError):
        return frozenset()


def _mention_items(draft: _Draft, rule: PlatformRule, required: list[str]) -> list[Item]:
    items = []
    handles: dict[str, str] = {}
    bad = []
    vouched = {handle.lstrip("@").casefold() for handle in required}
    for m in draft.mentions:
        body = m.group(1).rstrip(".-")
        handles.setdefault(body.casefold(), "@" + body)
        if not re.fullmatch(rule.handle, body) and body.casefold() not in vouched:
            if body.casefold() not in _course_handles():
                bad.append("@" + body)
    if bad:
        items.append(
            Item(
                "sebutan.format_salah",
                False,
                f"Nama akun {_quote(bad)} tidak sesuai format nama akun {rule.name} "
                f"({rule.handle_rule}); periksa kembali ejaan nama akun resminya.",
                WEIGHTS["sebutan.format"],
            )
        )
    elif handles:
        items.append(
            Item(
                "sebutan.format_sesuai",
                True,
                "Nama akun yang disebut sesuai formatnya.",
                WEIGHTS["sebutan.format"],
            )
        )
    if required:
        w = WEIGHTS["sebutan.wajib"] / len(required)
        for handle in required:
            wanted = "@" + handle.lstrip("@")
            if wanted[1:].casefold() in handles:
                items.append(Item("sebutan.wajib_ada", True, f"Akun '{wanted}' sudah ditandai.", w))
            else:
                items.append(
                    Item(
                        "sebutan.wajib_tidak_ada",
                        False,
                        f"Akun '{wanted}' belum ditandai. Sebut akun resmi mitra ini dengan "
                        "menuliskan namanya persis, diawali '@'.",
                        w,
                    )
                )
    return items


# --------------------------------------------------------------------------- content
def _cta_item(draft: _Draft) -> Item:
    w = WEIGHTS["ajakan"]
    # "segera" is often only an adverb ("musim hujan segera tiba"): name another word
    words = (m.group() for m in CTA_PATTERN.finditer(draft.plain_lower))
    word = next((found for found in words if found != "segera"), None)
    if word is None:
        verb = _IMPERATIVE_START.search(draft.plain_lower)
        word = verb.group("verb") if verb else None
    if word is None and CTA_PATTERN.search(draft.plain_lower):
        word = "segera"
    if word is not None:
        return Item("ajakan.ada", True, f"Ada ajakan bertindak ('{word}').", w)
    return Item(
        "ajakan.tidak_ada",
        False,
        "Unggahan belum memuat ajakan bertindak. Tambahkan satu ajakan yang jelas bagi "
        "warga, misalnya 'Kunjungi ...', 'Hubungi ...', 'Daftar di ...', atau 'Ayo ...'.",
        w,
    )


def _fact_items(draft: _Draft) -> list[Item]:
    found = itertools.islice(CLAIM_PATTERN.finditer(draft.plain_lower), _SHOWN)
    claims = [draft.plain[m.start() : m.end()] for m in found]
    if not claims:
        return []
    items = []
    said = f"Angka {_quote(claims[:2])}"
    w = WEIGHTS["fakta.sumber"]
    if SOURCE_PATTERN.search(draft.masked_lower):
        items.append(Item("fakta.sumber_ada", True, "Angka dalam unggahan disertai sumbernya.", w))
    else:
        items.append(
            Item(
                "fakta.tanpa_sumber",
                False,
                f"{said} belum disertai sumber data. Sebutkan sumbernya, misalnya 'Sumber: "
                "Dinas Kesehatan Provinsi Nusa Bahari', agar warga dapat memeriksanya "
                "(SE MenPAN-RB No. 137 Tahun 2018: sumber terverifikasi).",
                w,
            )
        )
    if _CLARIFICATION_PATTERN.search(draft.masked_lower):
        return items  # a hoax's numbers are quoted to be denied: no date of data to give
    w = WEIGHTS["fakta.tanggal"]
    if DATE_PATTERN.search(draft.masked_lower):
        items.append(Item("fakta.tanggal_ada", True, "Angka dalam unggahan disertai tanggal.", w))
    else:
        items.append(
            Item(
                "fakta.tanpa_tanggal",
                False,
                f"{said} belum disertai tanggal data. Tuliskan kapan data itu berlaku, "
                "misalnya 'per 15 September 2026'.",
                w,
            )
        )
    return items


@functools.lru_cache(maxsize=1)
def _normalisation() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    from humas import data

    table = data.load("normalisasi")
    single: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    for informal, formal in zip(table["informal"], table["formal"], strict=True):
        informal, formal = str(informal).strip().lower(), str(formal).strip()
        parts = informal.split()
        if len(parts) == 2:
            pairs[(parts[0], parts[1])] = formal
        elif informal != formal and informal not in NOT_INFORMAL:
            single[informal] = formal
    return single, pairs


def _informal(word: str, single: dict[str, str]) -> str | None:
    """The standard form of a colloquial ``word``, or None if it is not colloquial."""
    low = word.lower()
    if low in single:
        return single[low]
    if "-" in low:
        parts = low.split("-")
        if any(p in single for p in parts):
            return "-".join(single.get(p, p) for p in parts)
        return None
    for clitic in _CLITICS:
        stem = low[: -len(clitic)]
        if low.endswith(clitic) and len(stem) >= 3 and stem in single:
            return single[stem] + clitic
    m = _REDUPLICATION_RE.fullmatch(low)
    if m and m.group(1) != "rp":
        base = single.get(m.group(1), m.group(1))
        return f"{base}-{base}"
    if _STRETCH_RE.search(low) and not word.isupper():
        for candidate in (_STRETCH_RE.sub(r"\1\1", low), _STRETCH_RE.sub(r"\1", low)):
            if candidate in single:
                return single[candidate]
        return _STRETCH_RE.sub(r"\1", low)
    return None


def _language_item(draft: _Draft) -> Item:
    w = WEIGHTS["bahasa"]
    single, pairs = _normalisation()
    words = _WORD_RE.findall(draft.plain)
    found: dict[str, str] = {}
    lowered = [word.lower() for word in words]
    for i, word in enumerate(words):
        if not any(ch.isalpha() for ch in word):
            continue
        if i + 1 < len(words) and (lowered[i], lowered[i + 1]) in pairs:
            found.setdefault(f"{lowered[i]} {lowered[i + 1]}", pairs[(lowered[i], lowered[i + 1])])
            continue
        standard = _informal(word, single)
        if standard is not None and standard != lowered[i]:
            found.setdefault(lowered[i], standard)
    if not found:
        return Item("bahasa.baku", True, "Pilihan kata baku dan tetap ramah.", w)
    shown = [f"'{k}' dengan '{v}'" for k, v in list(found.items())[:5]]
    more = f" (dan {len(found) - 5} kata lain)" if len(found) > 5 else ""
    return Item(
        "bahasa.tidak_baku",
        False,
        f"Ada kata tidak baku atau bahasa gaul. Gunakan bahasa baku yang tetap ramah: ganti "
        f"{_join(shown)}{more}.",
        w,
    )


def _sentences(text: str) -> list[str]:
    """Sentences: split at ``.!?`` and a space, or at a line break; not after "No.", "Jl."."""
    pieces: list[str] = []
    glue = False
    for piece in _SENTENCE_SPLIT.split(text):
        if glue and pieces:
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
        glue = bool(_ABBREVIATION_END.search(piece))
    return pieces


def _readability_items(draft: _Draft) -> list[Item]:
    items = []
    # sentence length
    w = WEIGHTS["keterbacaan.kalimat"]
    sentences = []
    for piece in _sentences(draft.plain):
        words = _WORD_RE.findall(piece)
        if words:
            sentences.append(words)
    total = sum(len(s) for s in sentences)
    average = total / len(sentences) if sentences else 0.0
    if average > MAX_AVERAGE_SENTENCE_WORDS:
        longest = max(sentences, key=len)
        start = " ".join(longest[:4])
        items.append(
            Item(
                "keterbacaan.kalimat_panjang",
                False,
                f"Kalimat terlalu panjang: rata-rata {average:.0f} kata per kalimat (lebih dari "
                f"{MAX_AVERAGE_SENTENCE_WORDS}). Pecah kalimat terpanjang, yang diawali "
                f"'{start} ...' ({len(longest)} kata), menjadi beberapa kalimat pendek.",
                w,
            )
        )
    else:
        items.append(
            Item(
                "keterbacaan.kalimat_sesuai",
                True,
                f"Kalimat cukup pendek (rata-rata {average:.0f} kata).",
                w,
            )
        )
    # very long words
    w = WEIGHTS["keterbacaan.kata"]
    letters = _LETTERS_RE.findall(draft.plain)
    long_words = [word for word in letters if len(word) > MAX_WORD_LETTERS]
    if long_words:
        items.append(
            Item(
                "keterbacaan.kata_panjang",
                False,
                f"Kata {_quote(long_words)} terlalu panjang (lebih dari {MAX_WORD_LETTERS} "
                "huruf). Periksa apakah beberapa kata tertulis tanpa spasi.",
                w,
            )
        )
    else:
        items.append(
            Item("keterbacaan.kata_sesuai", True, "Tidak ada kata yang terlalu panjang.", w)
        )
    # shouting
    w = WEIGHTS["keterbacaan.kapital"]
    unlabelled = _blank(draft.plain, [m.span() for m in _LABEL_RE.finditer(draft.plain)])
    shouting = [
        word
        for word in _LETTERS_RE.findall(unlabelled)
        if len(word) >= MIN_SHOUTING_LETTERS and word.isupper() and word not in ACRONYMS
    ]
    if shouting:
        items.append(
            Item(
                "keterbacaan.huruf_kapital",
                False,
                f"Kata {_quote(shouting)} ditulis dengan huruf kapital semua, yang terbaca "
                "seperti berteriak. Gunakan huruf kapital hanya di awal kalimat, nama, dan "
                "singkatan.",
                w,
            )
        )
    else:
        items.append(
            Item("keterbacaan.kapital_sesuai", True, "Huruf kapital dipakai dengan wajar.", w)
        )
    # repeated punctuation
    w = WEIGHTS["keterbacaan.tanda_baca"]
    repeated = [m.group() for m in _REPEATED_PUNCT.finditer(draft.plain)]
    if repeated:
        items.append(
            Item(
                "keterbacaan.tanda_baca_berulang",
                False,
                f"Tanda baca berulang {_quote(repeated)} terkesan emosional. Cukup satu tanda "
                "seru atau tanda tanya.",
                w,
            )
        )
    else:
        items.append(
            Item("keterbacaan.tanda_baca_sesuai", True, "Tidak ada tanda baca berulang.", w)
        )
    # emoji
    w = WEIGHTS["keterbacaan.emoji"]
    emoji = _EMOJI_RE.findall(draft.plain)
    if len(emoji) > MAX_EMOJI:
        items.append(
            Item(
                "keterbacaan.emoji_berlebihan",
                False,
                f"Unggahan memuat {len(emoji)} emoji; cukup {MAX_EMOJI} atau kurang. Pembaca "
                "layar membacakan nama setiap emoji, sehingga terlalu banyak emoji mengganggu.",
                w,
            )
        )
    else:
        items.append(
            Item("keterbacaan.emoji_sesuai", True, f"Jumlah emoji wajar ({len(emoji)}).", w)
        )
    return items


# --------------------------------------------------------------------------- accessibility
def _alt_text_item(alt_text: object) -> Item:
    w = WEIGHTS["aksesibilitas.teks_alternatif"]
    if is_missing(alt_text) or (isinstance(alt_text, str) and not alt_text.strip()):
        return Item(
            "aksesibilitas.teks_alternatif_kosong",
            False,
            "Teks alternatif gambar belum diisi. Jelaskan isi gambar dalam satu atau dua "
            f"kalimat (paling sedikit {MIN_ALT_TEXT_WORDS} kata) agar pembaca layar dapat "
            "membacakannya bagi warga tunanetra.",
            w,
        )
    if not isinstance(alt_text, str):
        return Item(
            "aksesibilitas.teks_alternatif_kosong",
            False,
            f"Teks alternatif gambar harus berupa teks (str), bukan {type_name(alt_text)}.",
            w,
        )
    words = [word.lower() for word in _WORD_RE.findall(alt_text)]
    content = [word for word in words if word not in _GENERIC_ALT_WORDS and not word.isdigit()]
    if len(words) < MIN_ALT_TEXT_WORDS or len(content) < 3:
        shown = " ".join(alt_text.split())
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        return Item(
            "aksesibilitas.teks_alternatif_kurang",
            False,
            f"Teks alternatif '{shown}' terlalu singkat atau terlalu umum ({len(words)} kata). "
            "Jelaskan apa yang tampak pada gambar, misalnya 'Petugas puskesmas memeriksa "
            "jentik nyamuk di bak mandi rumah warga.'",
            w,
        )
    return Item(
        "aksesibilitas.teks_alternatif_sesuai",
        True,
        f"Teks alternatif gambar menjelaskan isinya ({len(words)} kata).",
        w,
    )


def _captions_item(captions: object) -> Item:
    w = WEIGHTS["aksesibilitas.takarir"]
    if captions is True:
        return Item("aksesibilitas.takarir_ada", True, "Video sudah diberi takarir.", w)
    return Item(
        "aksesibilitas.takarir_tidak_ada",
        False,
        "Video belum diberi takarir (subtitle). Tambahkan takarir agar warga tuli atau yang "
        "menonton tanpa suara dapat memahami isinya.",
        w,
    )


# --------------------------------------------------------------------------- entry point
_MISSING = object()


def check_post(
    text: object,
    platform: object,
    *,
    required_hashtags: Iterable[str] | str | None = None,
    required_mentions: Iterable[str] | str | None = None,
    call_to_action: bool = True,
    image: bool | None = None,
    alt_text: object = _MISSING,
    video: bool = False,
    captions: object = None,
    title: object = _MISSING,
    official_contacts: Iterable[str] | str | None = None,
) -> Result:
    """Check a draft post for ``platform``; see the module docstring for the rules.

    ``text`` is the trainee's draft and ``platform`` a platform name as a trainee may
    write it ("x", "Twitter", "X (Twitter)", "IG", "Instagram Reels"). Neither ever raises:
    a missing text or an unknown platform gives a failed item and score 0.

    Context (keyword arguments, set by the exercise author):

    - ``required_hashtags`` / ``required_mentions``: tags and accounts the post must carry
      (case-insensitive; the ``#`` / ``@`` may be left out).
    - ``call_to_action=False``: do not ask for a call to action.
    - ``image=True``: an image post, whose ``alt_text`` is checked. On Instagram passing
      ``alt_text`` is enough. ``video=True``: a video post, which needs ``captions=True``.
    - ``title``: the YouTube video title (100 characters), checked when given.
    - ``official_contacts``: the agency's own phone numbers or e-mail addresses, which
      are not personal data. Phone numbers labelled as a service line ("call center",
      "hotline", "pengaduan", "posko", ...) and ``.go.id`` addresses never are.

    A wrong type in the author's lists raises ``TypeError``; an unknown keyword does too.

    >>> print(check_post(None, "x"))
    Pemeriksaan unggahan: 0 dari 1 butir sesuai (0%)
      ✘ perlu diperbaiki: Teks unggahan belum diisi. Tuliskan draf unggahan sebagai teks \
(str), misalnya teks = "Ayo periksa jentik nyamuk di rumah setiap Jumat."
    >>> check_post("Ayo cek jentik! #CegahDBD", "Friendster").failed[0].code
    'platform.tidak_dikenal'
    >>> hasil = check_post("Hubungi kami di 0812-0000-1234. #NusaBahari", "x")
    >>> hasil.score, hasil.failed[0].code
    (0.2, 'data_pribadi.ditemukan')
    >>> check_post("Hubungi call center 0812-0000-1234. #NusaBahari", "x").score
    1.0
    """
    hashtags_needed = _strings(required_hashtags, "required_hashtags")
    mentions_needed = _strings(required_mentions, "required_mentions")
    official = _strings(official_contacts, "official_contacts")
    code = _platform(platform)
    problems = _text_items(text) or []
    if code is None:
        problems.append(_platform_item(platform))
    if problems:
        return Result(problems, score=0.0, title=_TITLE, verdict=_VERDICT)
    assert isinstance(text, str) and code is not None
    rule = PLATFORM_RULES[code]
    draft = _read(text)
    items = [
        *_personal_items(draft, official),
        *_neutrality_items(draft),
        *_ethics_items(draft),
        *_length_items(text, rule, None if title is _MISSING else title, title is not _MISSING),
        *_hashtag_items(draft, rule, hashtags_needed),
        *_mention_items(draft, rule, mentions_needed),
    ]
    if call_to_action:
        items.append(_cta_item(draft))
    items += _fact_items(draft)
    items += _readability_items(draft)
    items.append(_language_item(draft))
    if image is None:
        image = code == "instagram" and alt_text is not _MISSING
    if image:
        items.append(_alt_text_item(None if alt_text is _MISSING else alt_text))
    if video:
        items.append(_captions_item(captions))
    if len(text) > ANALYSIS_LIMIT:
        items.append(
            Item(
                "teks.sebagian_diperiksa",
                False,
                f"Teks lebih dari {_num(ANALYSIS_LIMIT)} karakter; isi yang diperiksa hanya "
                f"{_num(ANALYSIS_LIMIT)} karakter pertama.",
                0.0,
            )
        )
    score = Result(items).score
    for i, item in enumerate(items):
        if not item.passed and item.code in CAPS:
            cap = CAPS[item.code]
            score = min(score, cap)
            note = f" Unggahan dengan masalah ini mendapat nilai paling tinggi {round(cap * 100)}%."
            items[i] = Item(item.code, False, item.message + note, item.weight)
    return Result(items, score=score, title=f"{_TITLE} {rule.name}", verdict=_VERDICT)
