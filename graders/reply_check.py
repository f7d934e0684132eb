"""Check a reply from an official account to a citizen's comment: :func:`check_reply`.

``check_reply(comment, reply, platform="x", category=None, **context)`` reads the reply
the way the agency's *pranata humas* would before sending it, and returns a
:class:`~graders.result.Result` with one feedback item per rule. It is the sister of
:func:`graders.post_check.check_post` and reuses its rules for personal data, neutrality,
ethics, length and wording (same codes, same caps), with messages about a reply.

Complaint handling is a duty of every public-service provider (UU No. 25 Tahun 2009 Pasal
36-37); SP4N-LAPOR! (lapor.go.id, SMS 1708, @LAPOR1708) is the national complaint channel
(Perpres No. 76 Tahun 2013), which also keeps the complainant's identity confidential.

Rules and why they exist
========================

Hard rules. A violation caps the score (with several, the lowest cap applies):

============================  ====  ====================================================
item (failing code)           cap   why
============================  ====  ====================================================
data_pribadi.ditemukan        0.2   the reply shows a NIK, KK, phone number or e-mail
                                    (UU 24/2013 Pasal 95A; UU 27/2022 Pasal 65 ayat (2))
data_pribadi.diminta_publik   0.3   asks the citizen to write a NIK, phone number,
                                    address ... in public ("sebutkan NIK Anda di kolom
                                    komentar"); asking for it by DM / SP4N-LAPOR! is fine
netralitas.kampanye           0.3   as in check_post (Inpres No. 9 Tahun 2015)
etika.hinaan                  0.3   insults (SE MenPAN-RB No. 137 Tahun 2018)
etika.provokasi               0.3   provocation (SE MenPAN-RB No. 137 Tahun 2018)
netralitas.opini_pribadi      0.4   "menurut saya", "saya pribadi"
etika.belum_terverifikasi     0.4   "katanya", "beredar kabar" as evidence
etika.menyalahkan             0.4   blaming the citizen: "makanya", "salah Anda
                                    sendiri", "kan sudah diumumkan", "baca dulu dong"
etika.sarkasme                0.4   mockery: "wkwk", "kok nanya", "kudet", 🙄 🤣
panjang.melebihi_batas        0.4   longer than the platform accepts
hoaks.tanpa_fakta             0.5   (hoaks) the reply does not set the facts straight
tindak_lanjut.tidak_ada       0.6   (keluhan, pertanyaan) no answer and no next step
============================  ====  ====================================================

Quality rules (weights in :data:`WEIGHTS`): ``salam.tidak_ada`` (1: no greeting or form
of address: "Halo", "Selamat pagi", "Sahabat Bahari", "Kak", "Bapak/Ibu"),
``terima_kasih.tidak_ada`` (1; 2 for apresiasi and saran), ``relevansi.tidak_nyambung``
(3: no content word of the comment, after slang normalisation with
:func:`humas.text.normalize`, stopwords and a light stemming, comes back in the reply:
"jalan rusak" and "perbaikan jalan" share *jalan*), ``tindak_lanjut.tidak_ada`` (3: an
answer or a next step with an official channel: SP4N-LAPOR!, DM, call center, the
agency's ``.go.id`` site or own account, a puskesmas or posko; or, for a question, an
answer with a time, a date, a place or a requirement), ``empati.tidak_ada`` (2, keluhan:
"mohon maaf", "kami memahami", "terima kasih atas laporannya"), ``suara.bukan_kami`` (1:
the operator writes "saya"; the account speaks as "kami") and ``bahasa.tidak_baku`` (1,
as in check_post; "Kak" is a form of address, not slang).

Every rule that applies gives one item, passed or failed; the score is the weighted share
of passed items, then capped. The general rules weigh 17 (the ten hard rules and the
voice 1 each, wording 1, greeting 1, thanks 1, relevance 3); a complaint adds 5 (next
step 3, empathy 2). So a complaint reply that only forgets to thank scores 0.95, one
without empathy 0.91, one without a next step at most 0.6, and a hard violation leaves at
most 0.4.

Which rules apply depends on ``category`` (one of :data:`CATEGORIES`, as in the gold
labels of ``datasets/inbox.csv``):

- ``None``: the general rules only: hard rules, voice, wording, greeting, thanks and
  relevance.
- ``pertanyaan`` / ``keluhan``: also the answer or next step; ``keluhan`` also empathy.
- ``saran``: thanks weighs 2, and ``saran.tidak_diteruskan`` (2) asks the reply to say
  the suggestion is noted or passed on ("kami teruskan", "menjadi bahan evaluasi").
- ``apresiasi``: thanks weighs 2; relevance is not asked (praise needs no answer).
- ``hoaks``: no thanks needed; ``hoaks.tanpa_fakta`` (3, capped) asks the reply to set
  the facts straight: a clarification word ("tidak benar", "faktanya", "hoaks",
  "keliru"), or a sourced or negated statement about the claim's subject ("bendungan dalam
  kondisi aman, sumber: BPBD", "vaksin campak tidak menyebabkan autis");
  ``hoaks.tanpa_sumber`` (2) asks for a source ("sumber", "menurut data", a ``.go.id``
  link, "cek fakta"). Mockery is caught by ``etika.sarkasme``.
- ``ujaran_kebencian``: not replying at all passes (not amplifying is a choice); a reply
  needs no greeting, thanks or relevance, must not answer in kind (the hard rules) and
  should calm the discussion (``kebencian.tanpa_ajakan_santun``, 3: "saling
  menghormati", "aturan komunitas", "tanpa SARA").
- ``spam``: a reply is not needed. An empty reply passes (``spam.tidak_dibalas``), a
  short one (at most :data:`SPAM_SHORT_WORDS` words) passes with a note, a longer one gets
  a soft note (``spam.balasan_panjang``, 1); the hard rules still apply to what is written.

An empty reply to any other category scores 0 (``balasan.kosong``). A missing comment
does not stop the check: relevance is then not judged (``komentar.tidak_ada``, weight 0).
The texts are never printed or changed, nothing is written to stderr, and the same input
always gives the same result.

>>> hasil = check_reply(
...     "Min jalan di Jl. Mawar rusak parah udh 3 bulan gak dibenerin 😡",
...     "Halo Kak, mohon maaf atas ketidaknyamanannya dan terima kasih atas laporannya. "
...     "Perbaikan jalan di Jl. Mawar sudah kami teruskan ke Dinas PU. Pantau tindak "
...     "lanjutnya di lapor.go.id.",
...     "x",
...     "keluhan",
... )
>>> hasil.score
1.0
>>> hasil = check_reply("Kapan vaksin dibuka?", "Makanya baca pengumuman dong wkwk", "x",
...                     "pertanyaan")
>>> round(hasil.score, 2)
0.4
>>> sorted(item.code for item in hasil.failed)  # doctest: +NORMALIZE_WHITESPACE
['etika.menyalahkan', 'etika.sarkasme', 'relevansi.tidak_nyambung', 'salam.tidak_ada',
 'terima_kasih.tidak_ada', 'tindak_lanjut.tidak_ada']
"""

from __future__ import annotations

import functools
import re

from graders._text import is_missing, join_id, type_name
from graders._text import normalize as normalize_answer
from graders.post_check import (
    _CLARIFICATION_PATTERN,
    _OPINION_PATTERN,
    CAPS,
    PLATFORM_RULES,
    SOURCE_PATTERN,
    _ethics_items,
    _language_item,
    _length_items,
    _neutrality_items,
    _personal_items,
    _platform,
    _platform_item,
    _quote,
    _read,
    _strings,
)
from graders.result import Item, Result
from humas.text import stopwords, tokens

__all__ = ["CATEGORIES", "REPLY_CAPS", "SPAM_SHORT_WORDS", "WEIGHTS", "check_reply"]

CATEGORIES = (
    "pertanyaan",
    "keluhan",
    "saran",
    "apresiasi",
    "hoaks",
    "ujaran_kebencian",
    "spam",
)
"""Categories of ``datasets/inbox.csv`` (the gold triage labels)."""

_CATEGORY_ALIASES = {
    "pertanyaan": "pertanyaan",
    "tanya": "pertanyaan",
    "keluhan": "keluhan",
    "pengaduan": "keluhan",
    "aduan": "keluhan",
    "komplain": "keluhan",
    "saran": "saran",
    "masukan": "saran",
    "usulan": "saran",
    "apresiasi": "apresiasi",
    "pujian": "apresiasi",
    "hoaks": "hoaks",
    "hoax": "hoaks",
    "disinformasi": "hoaks",
    "misinformasi": "hoaks",
    "ujaran kebencian": "ujaran_kebencian",
    "sara": "ujaran_kebencian",
    "kebencian": "ujaran_kebencian",
    "spam": "spam",
}

WEIGHTS: dict[str, float] = {
    "salam": 1.0,
    "terima_kasih": 1.0,
    "terima_kasih.utama": 2.0,  # apresiasi, saran
    "relevansi": 3.0,
    "tindak_lanjut": 3.0,
    "empati": 2.0,
    "suara": 1.0,
    "bahasa": 1.0,
    "data_pribadi.diminta": 1.0,
    "etika.menyalahkan": 1.0,
    "etika.sarkasme": 1.0,
    "hoaks.fakta": 3.0,
    "hoaks.sumber": 2.0,
    "saran.diteruskan": 2.0,
    "kebencian.santun": 3.0,
    "spam": 1.0,
}
"""Weight of each reply rule; the rules shared with check_post weigh 1 each."""

REPLY_CAPS: dict[str, float] = {
    **CAPS,
    "data_pribadi.diminta_publik": 0.3,
    "etika.menyalahkan": 0.4,
    "etika.sarkasme": 0.4,
    "hoaks.tanpa_fakta": 0.5,
    "tindak_lanjut.tidak_ada": 0.6,
}
"""Highest score a reply can get when it fails the item with this code."""

SPAM_SHORT_WORDS = 15
"""A reply to spam of at most this many words is fine; a longer one gets a soft note."""

ANALYSIS_LIMIT = 20_000
"""Characters read for relevance and the word rules (more than any reply needs)."""

_TITLE = "Pemeriksaan balasan"
_VERDICT = "sesuai"

# --------------------------------------------------------------------------- patterns
_GREETING = re.compile(
    r"\b(?:halo|hallo|hello|hai|hi|selamat (?:pagi|siang|sore|malam|datang)|assalamu'?alaikum"
    r"|salam|om swastiastu|shalom|terima kasih)\b"
)
#: A form of address counts as a greeting at the start of the reply or set off by
#: punctuation ("Kak, ...", "..., Bapak/Ibu."), not inside a sentence ("tanya pak RT").
_ADDRESS = re.compile(
    r"(?:^|[,.!?:;]\s*)(?:kak|kakak|bapak|ibu|bapak/ibu|pak|bu|sahabat bahari|sobat bahari"
    r"|sobat|saudara|saudari|yth\.?)(?=\s*(?:[,.!?:;]|$))"
    r"|\b(?:sahabat|sobat) bahari\b|^\s*(?:yth|kepada)\b"
)
_THANKS = re.compile(
    r"\b(?:terima ?kasih|makasih|trims|thanks?|thank you|matur nuwun|hatur nuhun"
    r"|kami (?:sangat )?(?:mengapresiasi|menghargai)|apresiasi (?:kami|yang))"
)
_THANKED = {
    "apresiasi": "apresiasinya",
    "saran": "sarannya",
    "keluhan": "laporannya",
    "pertanyaan": "pertanyaannya",
}
_EMPATHY = re.compile(
    r"\b(?:mohon maaf|maaf atas|maaf (?:untuk|karena|ya|kak|bapak|ibu)|kami memahami"
    r"|kami mengerti|kami paham|memahami (?:kekecewaan|keluhan|kesulitan|keresahan)"
    r"|ketidaknyamanan|turut prihatin|kami prihatin|kami menyesal|terima kasih (?:sudah|telah"
    r"|atas|untuk) (?:\w+ ){0,2}(?:laporan|aduan|pengaduan|keluhan|informasi|masukan|kabar"
    r"|melapor|melaporkan|menyampaikan|memberi tahu|menginformasikan))"
)
#: Official channels (Perpres 76/2013: SP4N-LAPOR!) and places where help is given.
_CHANNEL = re.compile(
    r"lapor\.go\.id|\bsp4n|\blapor!|\b1708\b|@lapor1708|\bpesan (?:langsung|pribadi)\b"
    r"|\bdirect message\b|\bdm\b|\bkotak masuk\b|\binbox\b|\bcall ?cent(?:er|re)\b"
    r"|\bhotline\b|\bpusat panggilan\b|\blayanan (?:pengaduan|informasi)\b|\.go\.id\b"
    r"|\bpuskesmas\b|\bposko\b|\bposyandu\b|\bpusdalops\b|\bkantor\b|\bloket\b"
    r"|\bmal pelayanan\b|\b(?:wa|whatsapp|sms) (?:resmi|center)\b|\bnomor layanan\b"
    r"|\b(?:112|119|110|113)\b|\bkelurahan\b|\bkecamatan\b|\bppid\b"
    r"|\b(?:highlight|sorotan|sematan|pinned|bio|situs|laman|akun|kanal) (?:resmi|kami)\b"
    r"|\b(?:highlight|sorotan|bio|pinned) (?:ig|instagram|tiktok|x) kami\b"
)
#: The agency does something: forwards, checks, fixes, schedules.
_ACTION = re.compile(
    r"\b(?:kami|tim|petugas|dinas)\b(?: \w+){0,3} (?:akan|sudah|telah|segera|sedang)\b"
    r"|\b(?:kami )?(?:teruskan|tindaklanjuti|koordinasikan|cek|periksa|tangani|proses)\b"
    r"|\bditeruskan\b|\bditindaklanjuti\b|\btindak lanjut|\bdijadwalkan\b|\bke lokasi\b"
    r"|\bsedang (?:ditangani|diperbaiki|diproses|dikerjakan|kami)\b"
    r"|\bakan (?:segera )?(?:diperbaiki|ditangani|diproses|dicek|diperiksa|dikirim|disalurkan)"
)
#: An answer to a question: times, dates, places, requirements, links.
_ANSWER = re.compile(
    r"\b(?:syarat(?:nya)?|caranya|jadwal(?:nya)?|dibuka|ditutup|buka|gratis|berlaku|dapat"
    r"|bisa|cukup|wajib|tidak perlu|pukul|setiap|mulai|hingga|paling lambat|tanggal|lokasi"
    r"|alamat|terdaftar|tersedia|melayani|dilayani)\b|\d{1,2}[.:]\d{2}|https?://|www\."
)
_FORWARDED = re.compile(
    r"\b(?:kami )?(?:teruskan|sampaikan|catat|kaji|pertimbangkan|tampung|tindaklanjuti)\b"
    r"|\b(?:diteruskan|disampaikan|dicatat|dikaji|dipertimbangkan|ditampung|ditindaklanjuti)\b"
    r"|\bbahan (?:evaluasi|masukan|kajian|pertimbangan)\b|\bmenjadi masukan\b|\bevaluasi\b"
)
_RESPECT = re.compile(
    r"\bsaling (?:menghormati|menghargai|menjaga)\b|\bhormat\b|\bsantun\b|\bsopan\b"
    r"|\bbijak\b|\b(?:aturan|pedoman|ketentuan|etika) (?:komunitas|berkomentar|diskusi)\b"
    r"|\bsara\b|\bujaran kebencian\b|\brukun\b|\bdamai\b|\bpersatuan\b|\bkeberagaman\b"
    r"|\btoleransi\b|\bsemua warga\b|\bkami (?:hapus|sembunyikan|laporkan)\b"
    r"|\btidak (?:ada tempat|memberi tempat|menoleransi|mentoleransi)\b|\bmenjaga (?:ruang"
    r"|diskusi|kolom|suasana)\b|\btanpa membedakan\b"
)
_HOAX_FACT = re.compile(
    _CLARIFICATION_PATTERN.pattern + r"|\byang benar\b|\bsebenarnya\b|\bsebetulnya\b"
)
_HOAX_SOURCE = re.compile(
    SOURCE_PATTERN.pattern + r"|\.go\.id\b|https?://|\bcek fakta\b|\bsitus resmi\b"
    r"|\bakun resmi\b|\bkomdigi\b|\bsiaran pers\b|\bturnbackhoax\b"
)
_NEGATION = re.compile(r"\b(?:tidak|bukan|tak)\b")
_BLAME = re.compile(
    r"\bmakanya\b|\b(?:tanya|cari|cek|lihat|liat|urus|baca)(?: \w+)? sendiri\b"
    r"|\byang harus menyesuaikan\b|\bsalah (?:anda|kakak|kak|bapak|ibu|kamu|sendiri|sendiri)\b"
    r"|\bkesalahan (?:anda|kakak|bapak|ibu|kamu)\b"
    r"|\b(?:anda|kakak|kamu|bapak|ibu)(?: sendiri)? (?:saja )?yang (?:salah|lalai|telat"
    r"|terlambat|kurang|tidak (?:teliti|membaca|baca|sabar))"
    r"|\bkan sudah (?:kami )?(?:bilang|diumumkan|diinformasikan|dijelaskan|dibilang)"
    r"|\bsudah (?:kami )?(?:bilang|diumumkan|diinformasikan|dijelaskan|dibahas|kami jelaskan)"
    r" (?:berkali-kali|dari kemarin|sejak lama)\b|\bberkali-kali (?:dijelaskan|diumumkan)\b"
    r"|\b(?:baca|lihat|cek|simak) (?:dulu |lagi )?(?:dong|donk|deh)\b"
    r"|\bjangan (?:asal|cuma|hanya|bisanya) (?:bisa )?(?:komplain|protes|mengeluh|menuduh"
    r"|bicara|ngomong|nyinyir|menyalahkan)"
    r"|\btidak usah (?:protes|mengeluh|komplain|banyak)"
    r"|\bseharusnya (?:anda|kakak|kamu|bapak|ibu)\b|\b(?:anda|kamu) seharusnya\b"
    r"|\bderita (?:anda|kamu|kakak)\b|\brisiko (?:anda|kamu|sendiri)\b"
    r"|\bkurang (?:teliti|sabar) (?:anda|kamu|kakak)\b"
)
_SARCASM = re.compile(
    r"\b(?:wk(?:wk)+w?|ha(?:ha)+h?|xi(?:xi)+|hadeh+|hadeuh|yaelah|ya iyalah|ya iya dong"
    r"|kok nanya|kok tanya|emang(?:nya)? enak|kasihan deh|situ|kudet|kurang piknik"
    r"|percaya (?:aja|saja) (?:sama|dengan|pada) (?:hoaks|hoax|berita)|kemakan (?:hoaks|hoax)"
    r"|gampang (?:dibohongi|ditipu)|sok tahu|sok tau|ngaca|cie+)\b"
    r"|[\U0001f644\U0001f60f\U0001f923\U0001f602\U0001f926\U0001f612\U0001f92a]"
)
_SINGULAR = re.compile(r"\b(?:saya|aku|gue|gua|gw|ane|sy)\b")
_ASK = re.compile(
    r"\b(?:kirim(?:kan)?|sebut(?:kan)?|tulis(?:kan)?|cantumkan|berikan|bagikan|sertakan"
    r"|infokan|informasikan|share|lampirkan|beri ?tahu(?:kan)?|balas dengan|tuliskan)(?:lah)?\b"
    r"|\bboleh (?:minta|tahu|dikirim)\b|\bminta\b"
)
_PERSONAL_DATA = re.compile(
    r"\b(?:nik|nomor induk kependudukan|no\.? ?kk|nomor kk|kartu keluarga|ktp|e-?ktp"
    r"|nomor (?:hp|ponsel|telepon|telp|wa|whatsapp|rekening)|no\.? ?(?:hp|telp|wa)"
    r"|alamat (?:lengkap|rumah|surel|email)|tanggal lahir|nama ibu|rekening|surel|e-?mail)\b"
)
_PRIVATE = re.compile(
    r"\bdm\b|\bpesan (?:langsung|pribadi)\b|\bdirect message\b|\binbox\b|\bkotak masuk\b"
    r"|\bjapri\b|lapor\.go\.id|\bsp4n|\blapor!|\.go\.id\b|\b1708\b|\b(?:wa|whatsapp|surel)"
    r" resmi\b|\bsecara pribadi\b|\bloket\b|\bkantor\b|\bformulir\b|\bcall ?center\b"
)
_PUBLIC = re.compile(
    r"\bkolom komentar\b|\bdi komentar\b|\bdi sini\b|\bbalas(?:an)? (?:komentar|twit|cuitan"
    r"|unggahan) ini\b|\bdi bawah ini\b|\bdi thread\b|\bdi utas\b"
)
_SENTENCE = re.compile(r"(?<!\bno)(?<!\bjl)[.!?]+(?:\s+|$)|\n+")
_KAK = re.compile(r"\b[Kk]ak\b")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

#: Words that show nothing about what a comment is about.
_GENERIC = frozenset(
    """
    admin kakak bapak ibu halo hai selamat pagi siang sore malam terima kasih tolong mohon
    nusa bahari sahabat pemprov provinsi dinas pemerintah warga informasi info kami min ya
    nya dong sih deh kok lho nih tuh gitu kah lah pun banget sekali sangat parah terus
    saran usul usulan masukan tanya pertanyaan keluhan laporan aduan mau minta
    the and for you your are was were with from this that what how when where thanks thank
    hello please can will not tidak bukan jangan belum tanpa kurang tak
    """.split()
)
_PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe")
_PREFIXES += ("ber", "ter", "di", "ke", "se")


# --------------------------------------------------------------------------- words
def _stem(word: str) -> str:
    """A light Indonesian stem ("perbaikan", "diperbaiki" -> "baik"), for matching only."""
    for clitic in ("nya", "lah", "kah", "pun"):
        if word.endswith(clitic) and len(word) - len(clitic) >= 4:
            word = word[: -len(clitic)]
            break
    for suffix in ("kan", "an", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for _ in range(2):
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix) :]
                break
    return word


@functools.lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return stopwords() | _GENERIC


def _content_words(text: str) -> dict[str, str]:
    """Stem -> first normalised word, for the words that say what ``text`` is about."""
    return _read_content_words(text[:ANALYSIS_LIMIT])


@functools.lru_cache(maxsize=64)  # a comment is read again for each reply typed to it
def _read_content_words(text: str) -> dict[str, str]:
    stop = _stop()
    found: dict[str, str] = {}
    for token in tokens(text):
        if len(token) < 3 or not _WORD.fullmatch(token) or token in stop:
            continue
        stem = _stem(token)
        if stem not in stop:
            found.setdefault(stem, token)
    return found


def _sentences(text: str) -> list[str]:
    return [piece for piece in _SENTENCE.split(text) if piece and piece.strip()]


# --------------------------------------------------------------------------- items
def _as_reply(item: Item) -> Item:
    """An item of check_post, worded about a reply."""
    message = (
        item.message.replace("sebelum mengunggah", "sebelum mengirim balasan")
        .replace("Unggahan", "Balasan")
        .replace("unggahan", "balasan")
    )
    return Item(item.code, item.passed, message, item.weight)


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return [m.group() for m in pattern.finditer(text)]


def _rule(ok: bool, weight: float, passed: tuple[str, str], failed: tuple[str, str]) -> Item:
    code, message = passed if ok else failed
    return Item(code, ok, message, weight)


def _asked_publicly(lower: str) -> list[str]:
    """Sentences that ask for personal data without pointing to a private channel."""
    sentences = _sentences(lower)
    hits = []
    for i, sentence in enumerate(sentences):
        asked = _PERSONAL_DATA.search(sentence)
        if not asked or not _ASK.search(sentence):
            continue
        nearby = sentence + " " + (sentences[i + 1] if i + 1 < len(sentences) else "")
        if _PUBLIC.search(sentence) or not _PRIVATE.search(nearby):
            hits.append(asked.group())
    return hits


def _voice_items(lower: str) -> list[Item]:
    items = []
    w = WEIGHTS["data_pribadi.diminta"]
    asked = _asked_publicly(lower)
    items.append(
        _rule(
            not asked,
            w,
            ("data_pribadi.tidak_diminta", "Balasan tidak meminta data pribadi di ruang publik."),
            (
                "data_pribadi.diminta_publik",
                f"Balasan meminta data pribadi ({_quote(asked)}) di ruang publik. Minta warga "
                "mengirimkannya melalui pesan langsung (DM) atau SP4N-LAPOR! (lapor.go.id), "
                "yang menjaga kerahasiaan identitas pelapor (Perpres No. 76 Tahun 2013); NIK "
                "dan nomor telepon yang ditulis di kolom komentar dapat dibaca siapa saja "
                "(UU 27/2022 tentang Pelindungan Data Pribadi).",
            ),
        )
    )
    blame = _found(_BLAME, lower)
    items.append(
        _rule(
            not blame,
            WEIGHTS["etika.menyalahkan"],
            ("etika.tidak_menyalahkan", "Balasan tidak menyalahkan warga."),
            (
                "etika.menyalahkan",
                f"Balasan terkesan menyalahkan warga ({_quote(blame)}). Jelaskan informasinya "
                "dengan sabar, misalnya 'Informasi lengkapnya dapat Kakak baca di ...', tanpa "
                "menyalahkan penanya.",
            ),
        )
    )
    mockery = _found(_SARCASM, lower)
    items.append(
        _rule(
            not mockery,
            WEIGHTS["etika.sarkasme"],
            ("etika.tanpa_sarkasme", "Balasan tidak bernada mengejek."),
            (
                "etika.sarkasme",
                f"Balasan bernada mengejek atau sinis ({_quote(mockery)}). Akun resmi menjawab "
                "dengan santun dan serius, juga kepada warga yang keliru (Kode Etik Humas "
                "Pemerintahan).",
            ),
        )
    )
    spared = _OPINION_PATTERN.sub(" ", lower)  # already an opinion item
    singular = _found(_SINGULAR, spared)
    items.append(
        _rule(
            not singular,
            WEIGHTS["suara"],
            ("suara.kami", "Balasan memakai suara instansi ('kami'), bukan 'saya'."),
            (
                "suara.bukan_kami",
                f"Balasan memakai kata ganti orang pertama tunggal ({_quote(singular)}). Akun "
                "resmi berbicara atas nama instansi: gunakan 'kami'.",
            ),
        )
    )
    return items


def _courtesy_items(lower: str, category: str | None) -> list[Item]:
    items = []
    if category not in ("ujaran_kebencian", "spam"):
        greeting = _GREETING.search(lower) or _ADDRESS.search(lower)
        items.append(
            _rule(
                bool(greeting),
                WEIGHTS["salam"],
                ("salam.ada", "Balasan dibuka dengan salam atau sapaan."),
                (
                    "salam.tidak_ada",
                    "Balasan belum menyapa warga. Awali dengan salam dan sapaan yang ramah, "
                    "misalnya 'Halo, Sahabat Bahari' atau 'Selamat pagi, Bapak/Ibu'.",
                ),
            )
        )
    if category not in ("ujaran_kebencian", "spam", "hoaks"):
        main = category in ("apresiasi", "saran")
        items.append(
            _rule(
                bool(_THANKS.search(lower)),
                WEIGHTS["terima_kasih.utama" if main else "terima_kasih"],
                ("terima_kasih.ada", "Balasan berterima kasih kepada warga."),
                (
                    "terima_kasih.tidak_ada",
                    "Balasan belum berterima kasih kepada warga. Tambahkan, misalnya 'Terima "
                    f"kasih atas {_THANKED.get(category or '', 'pesannya')}, Kak.'",
                ),
            )
        )
    return items


def _relevance_item(comment: object, reply: str, category: str | None) -> Item | None:
    if category in ("apresiasi", "ujaran_kebencian", "spam"):
        return None
    w = WEIGHTS["relevansi"]
    if not isinstance(comment, str) or not comment.strip():
        said = (
            "belum diisi"
            if is_missing(comment) or isinstance(comment, str)
            else f"bukan teks (str), melainkan {type_name(comment)}"
        )
        return Item(
            "komentar.tidak_ada",
            False,
            f"Komentar warga {said}, sehingga kesesuaian balasan dengan komentar tidak diperiksa.",
            0.0,
        )
    asked = _content_words(comment)
    if not asked:
        return Item(
            "relevansi.sesuai",
            True,
            "Komentar tidak memuat kata kunci khusus; balasan umum sudah memadai.",
            w,
        )
    shared = [word for stem, word in _content_words(reply).items() if stem in asked]
    if shared:
        return Item(
            "relevansi.sesuai",
            True,
            f"Balasan menanggapi isi komentar ({_quote(shared)}).",
            w,
        )
    return Item(
        "relevansi.tidak_nyambung",
        False,
        f"Balasan belum menanggapi isi komentar. Warga menulis tentang "
        f"{_quote(list(asked.values()))}; sebutkan hal itu dan jawab pertanyaan atau "
        "keluhannya secara langsung.",
        w,
    )


def _shares_words(comment: object, reply: str) -> bool:
    if not isinstance(comment, str):
        return False
    asked = _content_words(comment)
    return any(stem in asked for stem in _content_words(reply))


def _category_items(lower: str, category: str | None, comment: object) -> list[Item]:
    items = []
    if category in ("pertanyaan", "keluhan"):
        ok = bool(
            _CHANNEL.search(lower)
            or _ACTION.search(lower)
            or (category == "pertanyaan" and _ANSWER.search(lower))
        )
        if category == "keluhan":
            hint = (
                "Sampaikan langkah yang diambil (misalnya 'sudah kami teruskan ke Dinas PU') "
                "dan kanal resmi untuk memantau atau melengkapi laporan: SP4N-LAPOR! "
                "(lapor.go.id, SMS 1708), pesan langsung (DM), atau call center."
            )
        else:
            hint = (
                "Jawab pertanyaannya (jadwal, syarat, tempat) atau tunjukkan kanal resmi "
                "tempat jawabannya ada: situs .go.id instansi, pesan langsung (DM), call "
                "center, atau puskesmas/posko terdekat."
            )
        items.append(
            _rule(
                ok,
                WEIGHTS["tindak_lanjut"],
                ("tindak_lanjut.ada", "Balasan memberi jawaban atau langkah lanjut."),
                (
                    "tindak_lanjut.tidak_ada",
                    f"Balasan belum memberi jawaban atau langkah lanjut. {hint}",
                ),
            )
        )
    if category == "keluhan":
        items.append(
            _rule(
                bool(_EMPATHY.search(lower)),
                WEIGHTS["empati"],
                ("empati.ada", "Balasan menunjukkan empati kepada warga yang mengeluh."),
                (
                    "empati.tidak_ada",
                    "Balasan belum menunjukkan empati. Akui keluhan warga, misalnya 'Mohon "
                    "maaf atas ketidaknyamanannya' atau 'Terima kasih atas laporannya, kami "
                    "memahami keresahan Kakak.'",
                ),
            )
        )
    if category == "hoaks":
        sourced = bool(_HOAX_SOURCE.search(lower))
        # a sourced or negated statement about the claim's subject states the fact, even
        # without the word "hoaks" ("Bendungan ... dalam kondisi aman, sumber: BPBD",
        # "vaksin campak tidak menyebabkan autis")
        about = (sourced or bool(_NEGATION.search(lower))) and _shares_words(comment, lower)
        items.append(
            _rule(
                bool(_HOAX_FACT.search(lower)) or about,
                WEIGHTS["hoaks.fakta"],
                ("hoaks.fakta_ada", "Balasan meluruskan kabar yang keliru."),
                (
                    "hoaks.tanpa_fakta",
                    "Balasan belum meluruskan kabar yang keliru. Nyatakan dengan tenang bahwa "
                    "kabar itu tidak benar dan sampaikan faktanya, misalnya 'Faktanya, "
                    "fogging memakai insektisida yang aman sesuai standar Kemenkes.'",
                ),
            )
        )
        items.append(
            _rule(
                sourced,
                WEIGHTS["hoaks.sumber"],
                ("hoaks.sumber_ada", "Balasan menyebutkan sumber resmi."),
                (
                    "hoaks.tanpa_sumber",
                    "Balasan belum menyebutkan sumber. Sertakan sumber resmi, misalnya tautan "
                    "situs .go.id instansi, 'menurut data Dinas Kesehatan', atau kanal cek "
                    "fakta (SE MenPAN-RB No. 137 Tahun 2018: sumber terverifikasi).",
                ),
            )
        )
    if category == "saran":
        items.append(
            _rule(
                bool(_FORWARDED.search(lower)),
                WEIGHTS["saran.diteruskan"],
                ("saran.diteruskan", "Balasan menyatakan saran dicatat atau diteruskan."),
                (
                    "saran.tidak_diteruskan",
                    "Balasan belum menyatakan apa yang terjadi dengan saran warga. Tuliskan, "
                    "misalnya 'Saran Kakak kami teruskan kepada bidang terkait sebagai bahan "
                    "evaluasi.'",
                ),
            )
        )
    if category == "ujaran_kebencian":
        items.append(
            _rule(
                bool(_RESPECT.search(lower)),
                WEIGHTS["kebencian.santun"],
                ("kebencian.ajakan_santun", "Balasan mengajak berdiskusi dengan santun."),
                (
                    "kebencian.tanpa_ajakan_santun",
                    "Balasan belum meredam suasana. Cukup ajak dengan tenang untuk saling "
                    "menghormati dan ingatkan aturan komunitas (tanpa SARA), atau jangan "
                    "dibalas agar tidak memperluas jangkauan komentar itu.",
                ),
            )
        )
    return items


def _spam_item(lower: str) -> Item:
    words = len(_WORD.findall(lower))
    if words <= SPAM_SHORT_WORDS:
        return Item(
            "spam.balasan_singkat",
            True,
            "Balasan singkat untuk spam dapat diterima, walaupun spam sebenarnya tidak perlu "
            "dibalas; cukup sembunyikan atau laporkan komentarnya.",
            WEIGHTS["spam"],
        )
    return Item(
        "spam.balasan_panjang",
        False,
        f"Komentar ini spam: balasan sepanjang {words} kata tidak diperlukan dan justru "
        "menaikkan jangkauan spam. Sembunyikan atau laporkan komentarnya, atau cukup tidak "
        "dibalas.",
        WEIGHTS["spam"],
    )


# --------------------------------------------------------------------------- input
def _category(category: object) -> tuple[str | None, Item | None]:
    if category is None:
        return None, None
    if isinstance(category, str):
        key = normalize_answer(category).replace("_", " ")
        if key in _CATEGORY_ALIASES:
            return _CATEGORY_ALIASES[key], None
        said = f"Kategori '{' '.join(category.split())[:40]}' tidak dikenal."
    else:
        said = f"Kategori harus berupa teks (str) atau None, bukan {type_name(category)}."
    return None, Item(
        "kategori.tidak_dikenal",
        False,
        f"{said} Pilih salah satu: {join_id(CATEGORIES)}, atau None untuk aturan umum saja.",
    )


def _empty_reply(reply: object, category: str | None) -> Item | None:
    if isinstance(reply, str) and reply.strip():
        return None
    if not is_missing(reply) and not isinstance(reply, str):
        return Item(
            "balasan.tipe_salah",
            False,
            f"Balasan harus berupa teks (str) di antara tanda kutip, bukan {type_name(reply)}.",
        )
    if category == "spam":
        return Item(
            "spam.tidak_dibalas",
            True,
            "Komentar spam memang tidak perlu dibalas. Sembunyikan atau laporkan komentarnya.",
        )
    if category == "ujaran_kebencian":
        return Item(
            "kebencian.tidak_dibalas",
            True,
            "Tidak membalas ujaran kebencian dapat diterima: balasan hanya memperluas "
            "jangkauannya. Sembunyikan komentar itu sesuai aturan komunitas akun.",
        )
    return Item(
        "balasan.kosong",
        False,
        "Balasan belum diisi. Tuliskan balasan sebagai teks (str), misalnya balasan = "
        '"Halo Kak, terima kasih atas pertanyaannya. ..."',
    )


# --------------------------------------------------------------------------- entry point
def check_reply(
    comment: object,
    reply: object,
    platform: object = "x",
    category: object = None,
    *,
    official_contacts: object = None,
) -> Result:
    """Check ``reply`` to a citizen's ``comment``; see the module docstring for the rules.

    ``comment`` is the citizen's message, ``reply`` the trainee's answer, ``platform`` a
    platform name as a trainee may write it ("x", "Twitter", "IG") and ``category`` one
    of :data:`CATEGORIES` (also "Keluhan", "ujaran kebencian", "hoax") or None for the
    general rules only. None of them ever raises: a missing reply, an unknown platform or
    category gives a failed item and score 0.

    Context (keyword arguments, set by the exercise author): ``official_contacts``, the
    agency's own phone numbers or e-mail addresses, which are not personal data (as in
    :func:`graders.post_check.check_post`). A wrong type there raises ``TypeError``, and
    so does an unknown keyword.

    >>> check_reply("Kapan buka?", None).failed[0].code
    'balasan.kosong'
    >>> check_reply("Slot gacor!! cek bio", "", "instagram", "spam").score
    1.0
    >>> check_reply("Halo", "Halo Kak", "x", "gosip").failed[0].code
    'kategori.tidak_dikenal'
    """
    official = _strings(official_contacts, "official_contacts")
    code = _platform(platform)
    cat, problem = _category(category)
    problems = [problem] if problem else []
    if code is None:
        problems.append(_platform_item(platform))
    empty = _empty_reply(reply, cat)
    if empty is not None and not empty.passed:
        problems.insert(0, empty)
    if problems:
        return Result(problems, score=0.0, title=_TITLE, verdict=_VERDICT)
    assert code is not None
    rule = PLATFORM_RULES[code]
    title = f"{_TITLE} {rule.name}"
    if empty is not None:
        return Result([empty], title=title, verdict=_VERDICT)
    assert isinstance(reply, str)
    draft = _read(reply)
    lower = draft.lower[:ANALYSIS_LIMIT]
    kak_as_word = _KAK.sub("Kakak", draft.window[:ANALYSIS_LIMIT])
    items = [
        *(_as_reply(item) for item in _personal_items(draft, official)),
        *(_as_reply(item) for item in _neutrality_items(draft)),
        *(_as_reply(item) for item in _ethics_items(draft)),
        *_voice_items(lower),
        *_length_items(reply, rule, None, False),
        *_courtesy_items(lower, cat),
    ]
    relevance = _relevance_item(comment, reply, cat)
    if relevance is not None:
        items.append(relevance)
    items += _category_items(lower, cat, comment)
    if cat == "spam":
        items.append(_spam_item(lower))
    items.append(_as_reply(_language_item(_read(kak_as_word))))
    caps = {i.code: REPLY_CAPS[i.code] for i in items if not i.passed and i.code in REPLY_CAPS}
    score = min([Result(items).score, *caps.values()])
    items = [
        Item(
            item.code,
            False,
            f"{item.message} Balasan dengan masalah ini mendapat nilai paling tinggi "
            f"{round(caps[item.code] * 100)}%.",
            item.weight,
        )
        if item.code in caps
        else item
        for item in items
    ]
    return Result(items, score=score, title=title, verdict=_VERDICT)
