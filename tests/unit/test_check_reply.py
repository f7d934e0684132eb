"""graders.reply_check.check_reply: a hand-labelled corpus, every rule, robustness.

The corpus (tests/unit/reply_corpus.py) holds 94 fictional replies to 31 comments (all
seven categories of datasets/inbox.csv and the general rules) with 165 flaws labelled by
hand. The checker finds all 165 and raises no false alarm. For every two replies to the
same comment with different hand verdicts (94 pairs), the better one scores strictly
higher in all 94 (100 %). Any new miss, false alarm or ranking below 90 % fails.

These figures are on the corpus the checker was tuned on. The last 15 replies (K27-K31)
were written and labelled after the checker was frozen; on them it first found 26 of 27
flaws with 2 false alarms (ranking 15 of 15), and the three faults were then fixed (see
the corpus docstring).
"""

from __future__ import annotations

import sys
import warnings
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graders.reply_check import CATEGORIES, REPLY_CAPS, SPAM_SHORT_WORDS, WEIGHTS, check_reply
from graders.result import Result

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reply_corpus import COMMENTS, REPLIES  # noqa: E402

#: Codes the checker reports that the hand labels do not have, per reply (none today).
KNOWN_FALSE_ALARMS: dict[str, set[str]] = {}
RANK = {"good": 2, "acceptable": 1, "poor": 0}


def failed(comment, reply, platform="x", category=None, **context) -> set[str]:
    """Codes of the failed items that carry weight."""
    hasil = check_reply(comment, reply, platform, category, **context)
    return {item.code for item in hasil.failed if item.weight}


def passed(comment, reply, platform="x", category=None, **context) -> set[str]:
    hasil = check_reply(comment, reply, platform, category, **context)
    return {item.code for item in hasil.items if item.passed}


def score(reply) -> float:
    return check_reply(reply.comment, reply.reply, reply.platform, reply.category).score


COMPLAINT = "jalan di Jl. Mawar rusak parah udh 3 bulan gak dibenerin 😡"
GOOD_COMPLAINT_REPLY = (
    "Halo Kak, mohon maaf atas ketidaknyamanannya dan terima kasih atas laporannya. "
    "Perbaikan jalan di Jl. Mawar sudah kami teruskan ke Dinas PU. Pantau tindak lanjutnya "
    "di lapor.go.id."
)
QUESTION = "min gimana cara daftar vaksin HPV buat anak sd?"
GOOD_ANSWER = (
    "Halo Kak, terima kasih atas pertanyaannya. Vaksin HPV untuk siswi kelas 5 dan 6 SD "
    "diberikan gratis di sekolah, tidak perlu mendaftar. Info: dinkes.nusabahari.go.id/hpv"
)


# --------------------------------------------------------------------------- corpus
def test_corpus_is_large_varied_and_uniquely_named():
    names = {reply.name for reply in REPLIES}
    assert len(REPLIES) >= 60 and len(names) == len(REPLIES)
    assert {reply.category for reply in REPLIES} == {*CATEGORIES, None}
    assert {reply.verdict for reply in REPLIES} == set(RANK)
    for comment_id in COMMENTS:
        verdicts = [r.verdict for r in REPLIES if r.comment_id == comment_id]
        assert len(verdicts) >= 2 and len(set(verdicts)) >= 2, comment_id
    for category in CATEGORIES:
        assert sum(r.category == category for r in REPLIES) >= 5, category


def test_corpus_all_165_labelled_flaws_found_and_0_false_alarms():
    """Recall 100 % (165 of 165); false alarms: exactly those in KNOWN_FALSE_ALARMS (0)."""
    labelled = found = 0
    misses: dict[str, set[str]] = {}
    false_alarms: dict[str, set[str]] = {}
    for reply in REPLIES:
        reported = failed(reply.comment, reply.reply, reply.platform, reply.category)
        labelled += len(reply.flaws)
        found += len(reply.flaws & reported)
        if reply.flaws - reported:
            misses[reply.name] = set(reply.flaws - reported)
        if reported - reply.flaws:
            false_alarms[reply.name] = reported - reply.flaws
    assert misses == {}
    assert false_alarms == KNOWN_FALSE_ALARMS
    assert (labelled, found, sum(len(v) for v in false_alarms.values())) == (165, 165, 0)


def test_corpus_ranking_better_reply_scores_higher_in_94_of_94_pairs():
    """For two replies to the same comment with different verdicts, the better scores higher.

    94 pairs (good > acceptable > poor); 94 ordered right (100 %). The floor is 90 %.
    """
    pairs = right = 0
    wrong = []
    for a, b in combinations(REPLIES, 2):
        if a.comment_id != b.comment_id or a.verdict == b.verdict:
            continue
        better, worse = (a, b) if RANK[a.verdict] > RANK[b.verdict] else (b, a)
        pairs += 1
        if score(better) > score(worse):
            right += 1
        else:
            wrong.append((better.name, worse.name))
    share = right / pairs
    print(f"\nranking: {right} of {pairs} pairs ordered right ({share:.0%})")
    assert share >= 0.9, f"ranking {right}/{pairs} = {share:.0%} < 90 %; inverted: {wrong}"
    assert (right, pairs) == (94, 94), f"ranking {right}/{pairs} = {share:.0%}: {wrong}"


def test_corpus_good_beats_poor_for_every_comment():
    for comment_id in COMMENTS:
        replies = [r for r in REPLIES if r.comment_id == comment_id]
        good = [score(r) for r in replies if r.verdict == "good"]
        poor = [score(r) for r in replies if r.verdict == "poor"]
        if good and poor:
            assert min(good) > max(poor), comment_id


@pytest.mark.parametrize("reply", REPLIES, ids=lambda r: r.name)
def test_score_bands_match_the_hand_verdict(reply):
    """Good replies score 0.85 or more, acceptable 0.55 to below 1, poor below 0.75."""
    value = score(reply)
    if reply.verdict == "good":
        assert value >= 0.85
    elif reply.verdict == "acceptable":
        assert 0.55 <= value < 1.0
    else:
        assert value < 0.75


def test_every_rule_is_exercised_by_the_corpus():
    labelled = set().union(*(reply.flaws for reply in REPLIES))
    for code in (
        "salam.tidak_ada",
        "terima_kasih.tidak_ada",
        "relevansi.tidak_nyambung",
        "tindak_lanjut.tidak_ada",
        "empati.tidak_ada",
        "suara.bukan_kami",
        "bahasa.tidak_baku",
        "data_pribadi.ditemukan",
        "data_pribadi.diminta_publik",
        "netralitas.opini_pribadi",
        "etika.hinaan",
        "etika.provokasi",
        "etika.belum_terverifikasi",
        "etika.menyalahkan",
        "etika.sarkasme",
        "panjang.melebihi_batas",
        "hoaks.tanpa_fakta",
        "hoaks.tanpa_sumber",
        "saran.tidak_diteruskan",
        "kebencian.tanpa_ajakan_santun",
        "spam.balasan_panjang",
    ):
        assert code in labelled, code


# --------------------------------------------------------------------------- general rules
def test_a_good_complaint_reply_passes_everything():
    hasil = check_reply(COMPLAINT, GOOD_COMPLAINT_REPLY, "x", "keluhan")
    assert hasil.score == 1.0 and hasil.passed, str(hasil)
    assert hasil.summary().startswith("Pemeriksaan balasan X:")


@pytest.mark.parametrize(
    "reply",
    [
        "Halo Kak, vaksin HPV gratis di sekolah.",
        "Selamat pagi, vaksin HPV gratis di sekolah.",
        "Kak, vaksin HPV gratis di sekolah.",
        "Vaksin HPV gratis di sekolah, Bapak/Ibu.",
        "Sahabat Bahari, vaksin HPV gratis di sekolah.",
        "Terima kasih, vaksin HPV gratis di sekolah.",
    ],
)
def test_greeting_found(reply):
    assert "salam.ada" in passed(QUESTION, reply)


@pytest.mark.parametrize(
    "reply", ["Vaksin HPV gratis di sekolah.", "Vaksin HPV gratis, tanya pak RT saja."]
)
def test_greeting_missing(reply):
    hasil = check_reply(QUESTION, reply)
    assert "salam.tidak_ada" in {item.code for item in hasil.failed}
    assert (
        "Halo, Sahabat Bahari"
        in next(i for i in hasil.failed if i.code == "salam.tidak_ada").message
    )


def test_thanks():
    assert "terima_kasih.tidak_ada" in failed(QUESTION, "Halo Kak, vaksin HPV gratis.")
    assert "terima_kasih.ada" in passed(QUESTION, "Halo Kak, terima kasih. Vaksin HPV gratis.")


def test_thanks_weighs_more_for_praise_and_suggestions():
    hasil = check_reply("Mantap BPBD!", "Halo Kak, sehat selalu.", "x", "apresiasi")
    item = next(i for i in hasil.failed if i.code == "terima_kasih.tidak_ada")
    assert item.weight == WEIGHTS["terima_kasih.utama"] == 2.0


@pytest.mark.parametrize(
    ("comment", "reply"),
    [
        ("jalan rusak di depan pasar", "Halo Kak, terima kasih. Perbaikan jalan kami jadwalkan."),
        ("min gimana cara daftar ktp?", "Halo Kak, terima kasih. Pendaftaran KTP di kecamatan."),
        ("antrian dukcapil lama bgt", "Halo Kak, terima kasih. Antrean kami percepat."),
    ],
)
def test_relevance_uses_normalised_and_stemmed_words(comment, reply):
    assert "relevansi.sesuai" in passed(comment, reply)


def test_relevance_fails_and_quotes_what_the_citizen_wrote():
    hasil = check_reply("Lampu jalan di Jl. Cempaka mati terus", "Halo Kak, terima kasih.")
    item = next(i for i in hasil.failed if i.code == "relevansi.tidak_nyambung")
    assert "'lampu'" in item.message and item.weight == WEIGHTS["relevansi"]


def test_relevance_is_not_judged_without_a_comment():
    for comment in (None, "", "   ", 42):
        hasil = check_reply(comment, "Halo Kak, terima kasih atas pertanyaannya.")
        codes = {item.code: item for item in hasil.items}
        assert codes["komentar.tidak_ada"].weight == 0.0
        assert "relevansi.tidak_nyambung" not in codes
        assert hasil.score == 1.0


def test_a_comment_of_emoji_only_needs_no_particular_words():
    assert "relevansi.sesuai" in passed("👍👍🔥", "Halo Kak, terima kasih!")


@pytest.mark.parametrize(
    ("reply", "quoted"),
    [
        ("Halo Kak, makanya baca pengumuman.", "makanya"),
        ("Halo Kak, kan sudah diumumkan minggu lalu.", "kan sudah diumumkan"),
        ("Halo Kak, seharusnya Kakak datang lebih pagi.", "seharusnya kakak"),
        ("Halo Kak, cari sendiri di situs kami.", "cari sendiri"),
        ("Halo Kak, jangan cuma bisa mengeluh.", "jangan cuma bisa mengeluh"),
    ],
)
def test_blaming_the_citizen_is_capped(reply, quoted):
    hasil = check_reply("Antrean lama sekali", reply)
    item = next(i for i in hasil.failed if i.code == "etika.menyalahkan")
    assert f"'{quoted}'" in item.message
    assert hasil.score <= REPLY_CAPS["etika.menyalahkan"]


@pytest.mark.parametrize("reply", ["Halo Kak wkwk", "Halo Kak, kok nanya? 🙄", "Halo Kak 🤣"])
def test_mockery_is_capped(reply):
    hasil = check_reply("Kapan vaksin?", reply)
    assert "etika.sarkasme" in {item.code for item in hasil.failed}
    assert hasil.score <= 0.4


def test_polite_replies_are_not_blame_or_mockery():
    reply = (
        "Halo Kak, mohon maaf. Informasi lengkapnya dapat Kakak baca di dinkes.nusabahari.go.id."
    )
    codes = passed("Kapan vaksin?", reply)
    assert {"etika.tidak_menyalahkan", "etika.tanpa_sarkasme"} <= codes


def test_personal_opinion_and_the_agency_voice():
    hasil = check_reply("Kapan vaksin?", "Halo Kak, menurut saya vaksin aman.")
    assert "netralitas.opini_pribadi" in {i.code for i in hasil.failed}
    assert "suara.kami" in {i.code for i in hasil.items if i.passed}  # not counted twice
    assert "suara.bukan_kami" in failed("Kapan vaksin?", "Halo Kak, saya cek dulu vaksinnya.")
    assert "suara.kami" in passed("Kapan vaksin?", "Halo Kak, kami cek dulu vaksinnya.")


def test_insults_and_provocation_come_from_check_post_and_talk_about_a_reply():
    hasil = check_reply("Kalian lambat!", "Dasar bodoh, lawan saja mereka!", "x")
    codes = {i.code: i for i in hasil.failed}
    assert {"etika.hinaan", "etika.provokasi"} <= set(codes)
    assert codes["etika.hinaan"].message.startswith("Balasan memuat")
    assert hasil.score <= 0.3


def test_personal_data_in_the_reply_is_capped_at_0_2():
    hasil = check_reply("Bansos kapan?", "Halo Kak, NIK 9971010101900001 belum terdaftar.")
    item = next(i for i in hasil.failed if i.code == "data_pribadi.ditemukan")
    assert "Balasan memuat data pribadi" in item.message and "95A" in item.message
    assert hasil.score == 0.2


def test_the_agencys_own_contacts_are_not_personal_data():
    reply = "Halo Kak, terima kasih. Silakan hubungi kami di 0812-0000-1708 untuk bansos."
    assert "data_pribadi.ditemukan" in failed("Bansos kapan?", reply)
    assert "data_pribadi.ditemukan" not in failed(
        "Bansos kapan?", reply, official_contacts=["0812-0000-1708"]
    )
    call_center = "Halo Kak, terima kasih. Hubungi call center 0812-0000-1708 soal bansos."
    assert "data_pribadi.aman" in passed("Bansos kapan?", call_center)


@pytest.mark.parametrize(
    "reply",
    [
        "Halo Kak, sebutkan NIK Anda di kolom komentar ya.",
        "Halo Kak, kirimkan nomor HP Kakak agar kami hubungi.",
        "Halo Kak, boleh minta alamat lengkap dan tanggal lahir?",
        "Halo Kak, tuliskan NIK di sini, nanti kami cek lewat DM.",
    ],
)
def test_asking_for_personal_data_in_public_is_capped(reply):
    hasil = check_reply("Bansos saya belum cair", reply)
    item = next(i for i in hasil.failed if i.code == "data_pribadi.diminta_publik")
    assert "lapor.go.id" in item.message
    assert hasil.score <= REPLY_CAPS["data_pribadi.diminta_publik"]


@pytest.mark.parametrize(
    "reply",
    [
        "Halo Kak, silakan kirim NIK Kakak melalui pesan langsung (DM).",
        "Halo Kak, mohon sebutkan NIK dan nomor HP lewat DM ya.",
        "Halo Kak, kirimkan nomor KK melalui lapor.go.id agar identitas Kakak terjaga.",
        "Halo Kak, mohon kirimkan nomor HP Kakak. Silakan melalui pesan langsung.",
    ],
)
def test_asking_for_personal_data_by_a_private_channel_is_fine(reply):
    assert "data_pribadi.tidak_diminta" in passed("Bansos saya belum cair", reply)


def test_length_uses_the_platform_limit_and_is_capped():
    reply = "Halo Kak, terima kasih. " + "Perbaikan jalan kami jadwalkan. " * 10
    assert "panjang.melebihi_batas" in failed(COMPLAINT, reply, "x")
    assert "panjang.sesuai" in passed(COMPLAINT, reply, "instagram")
    assert check_reply(COMPLAINT, reply, "x").score <= 0.4


def test_kak_is_an_address_not_slang_but_other_slang_is_flagged():
    assert "bahasa.baku" in passed(QUESTION, "Halo Kak, terima kasih, kami cek.")
    hasil = check_reply(QUESTION, "Halo Kak, udah kami cek ya, gak ada masalah.")
    item = next(i for i in hasil.failed if i.code == "bahasa.tidak_baku")
    assert "'udah' dengan 'sudah'" in item.message


# --------------------------------------------------------------------------- categories
def test_a_question_needs_an_answer_or_a_next_step():
    assert "tindak_lanjut.ada" in passed(QUESTION, GOOD_ANSWER, "x", "pertanyaan")
    hasil = check_reply(QUESTION, "Halo Kak, terima kasih atas pertanyaan vaksinnya.", "x", "tanya")
    assert "tindak_lanjut.tidak_ada" in {i.code for i in hasil.failed}
    assert hasil.score <= REPLY_CAPS["tindak_lanjut.tidak_ada"]


def test_the_next_step_is_not_asked_without_a_category():
    codes = {i.code for i in check_reply(QUESTION, "Halo Kak, terima kasih soal vaksin.").items}
    assert not codes & {"tindak_lanjut.ada", "tindak_lanjut.tidak_ada"}


@pytest.mark.parametrize(
    "step",
    [
        "Silakan laporkan melalui lapor.go.id.",
        "Kirim SMS ke 1708.",
        "Silakan hubungi kami melalui DM.",
        "Hubungi call center kami.",
        "Perbaikan sudah kami teruskan ke Dinas PU.",
        "Tim kami akan meninjau lokasi besok.",
        "Silakan datang ke posko terdekat.",
    ],
)
def test_complaint_next_steps(step):
    reply = f"Halo Kak, mohon maaf dan terima kasih atas laporan jalan rusaknya. {step}"
    assert "tindak_lanjut.ada" in passed(COMPLAINT, reply, "x", "keluhan")


def test_a_complaint_needs_empathy():
    reply = "Halo Kak, terima kasih. Perbaikan jalan kami teruskan ke Dinas PU."
    hasil = check_reply(COMPLAINT, reply, "x", "pengaduan")
    assert [i.code for i in hasil.failed] == ["empati.tidak_ada"]
    for words in ("Mohon maaf atas", "Kami memahami keresahan", "Terima kasih atas laporan"):
        reply = f"Halo Kak, {words} soal jalan ini. Perbaikan kami teruskan ke Dinas PU."
        assert "empati.ada" in passed(COMPLAINT, reply, "x", "keluhan")


HOAX = "Fogging itu racun! Anak2 bisa keracunan, jangan mau di-fogging."


@pytest.mark.parametrize(
    ("reply", "flaws"),
    [
        (
            "Halo Kak, kabar fogging beracun tidak benar. Sumber: dinkes.nusabahari.go.id",
            set(),
        ),
        ("Halo Kak, kabar fogging beracun tidak benar.", {"hoaks.tanpa_sumber"}),
        ("Halo Kak, fogging aman sesuai standar.", {"hoaks.tanpa_fakta", "hoaks.tanpa_sumber"}),
        (
            "Halo Kak, fogging aman, menurut data Dinas Kesehatan.",
            set(),  # a sourced statement about the claim states the fact
        ),
        ("Halo Kak, cek fakta: fogging itu hoaks.", set()),
    ],
)
def test_hoax_replies_need_the_fact_and_a_source(reply, flaws):
    assert failed(HOAX, reply, "whatsapp", "hoaks") == flaws


def test_a_hoax_reply_needs_no_thanks_and_mockery_is_caught():
    codes = {i.code for i in check_reply(HOAX, "Halo Kak, itu hoaks.", "x", "hoax").items}
    assert "terima_kasih.tidak_ada" not in codes and "terima_kasih.ada" not in codes
    assert "etika.sarkasme" in failed(HOAX, "Hoaks kok dipercaya wkwk", "x", "hoaks")


HATE = "Pendatang bikin kampung kita kotor, usir aja semua!"


def test_hate_speech_may_be_left_unanswered():
    for reply in ("", "  ", None):
        hasil = check_reply(HATE, reply, "facebook", "ujaran kebencian")
        assert hasil.score == 1.0
        assert [i.code for i in hasil.items] == ["kebencian.tidak_dibalas"]


def test_hate_speech_reply_calms_and_does_not_answer_in_kind():
    calm = "Mari saling menghormati dan berdiskusi tanpa SARA."
    assert check_reply(HATE, calm, "facebook", "ujaran_kebencian").score == 1.0
    assert failed(HATE, "Sudah, jangan begitu.", "facebook", "SARA") == {
        "kebencian.tanpa_ajakan_santun"
    }
    hasil = check_reply(HATE, "Dasar kampungan kalian!", "facebook", "ujaran_kebencian")
    assert "etika.hinaan" in {i.code for i in hasil.failed} and hasil.score <= 0.3


SPAM = "Slot gacor maxwin 100%!! cek bio kak 🎰"


def test_spam_needs_no_reply():
    hasil = check_reply(SPAM, "", "instagram", "spam")
    assert hasil.score == 1.0 and hasil.items[0].code == "spam.tidak_dibalas"
    short = check_reply(SPAM, "Komentar promosi akan kami sembunyikan.", "instagram", "spam")
    assert short.score == 1.0 and "spam.balasan_singkat" in {i.code for i in short.items}


def test_a_long_reply_to_spam_gets_a_soft_note():
    reply = " ".join(["kami"] * (SPAM_SHORT_WORDS + 1))
    hasil = check_reply(SPAM, reply, "instagram", "spam")
    item = next(i for i in hasil.failed if i.code == "spam.balasan_panjang")
    assert item.weight == 1.0 and "Sembunyikan atau laporkan" in item.message
    assert hasil.score > 0.9


def test_praise_needs_thanks_but_no_particular_words():
    hasil = check_reply("Mantap BPBD gercep!", "Terima kasih, Kak!", "instagram", "Apresiasi")
    assert hasil.score == 1.0


def test_a_suggestion_is_noted_or_passed_on():
    comment = "Usul: halte depan RSUD dikasih atap"
    ok = "Halo Kak, terima kasih. Usulan atap halte kami teruskan ke Dishub."
    assert check_reply(comment, ok, "x", "saran").score == 1.0
    assert "saran.tidak_diteruskan" in failed(
        comment, "Halo Kak, terima kasih. Atap halte ya.", "x", "saran"
    )


# --------------------------------------------------------------------------- caps and score
def test_the_lowest_cap_wins_and_each_capped_item_says_so():
    reply = "Halo Kak, makanya baca dong wkwk. NIK 9971010101900001 sudah terdaftar."
    hasil = check_reply("Bansos?", reply, "x", "pertanyaan")
    assert hasil.score == 0.2
    capped = [i for i in hasil.failed if i.code in REPLY_CAPS]
    assert len(capped) >= 3
    assert all("nilai paling tinggi" in i.message for i in capped)


def test_same_input_same_result():
    first = check_reply(COMPLAINT, GOOD_COMPLAINT_REPLY, "x", "keluhan")
    assert all(
        check_reply(COMPLAINT, GOOD_COMPLAINT_REPLY, "x", "keluhan") == first for _ in range(3)
    )


# --------------------------------------------------------------------------- input
@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (None, "balasan.kosong"),
        ("", "balasan.kosong"),
        ("  \n\t", "balasan.kosong"),
        (..., "balasan.kosong"),
        (42, "balasan.tipe_salah"),
        (["Halo"], "balasan.tipe_salah"),
        (b"Halo", "balasan.tipe_salah"),
    ],
)
def test_missing_or_wrong_reply_scores_zero_with_a_message(reply, code):
    hasil = check_reply(QUESTION, reply, "x", "pertanyaan")
    assert hasil.score == 0.0 and hasil.failed[0].code == code
    assert "Balasan" in hasil.failed[0].message


@pytest.mark.parametrize("platform", ["Friendster", "", None, 3, "situs web"])
def test_unknown_platform_scores_zero_with_a_message(platform):
    hasil = check_reply(QUESTION, GOOD_ANSWER, platform, "pertanyaan")
    assert hasil.score == 0.0
    item = next(i for i in hasil.failed if i.code == "platform.tidak_dikenal")
    assert "Instagram" in item.message


@pytest.mark.parametrize("category", ["gosip", "", 3, ["keluhan"]])
def test_unknown_category_scores_zero_and_lists_the_categories(category):
    hasil = check_reply(QUESTION, GOOD_ANSWER, "x", category)
    item = next(i for i in hasil.failed if i.code == "kategori.tidak_dikenal")
    assert hasil.score == 0.0
    assert "ujaran_kebencian" in item.message and "None" in item.message


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Keluhan", "keluhan"),
        ("PENGADUAN", "keluhan"),
        ("Ujaran Kebencian", "ujaran_kebencian"),
        ("ujaran-kebencian", "ujaran_kebencian"),
        ("Hoax", "hoaks"),
        (" spam ", "spam"),
    ],
)
def test_category_names_as_authors_write_them(name, category):
    reply = "Halo Kak, terima kasih, mohon maaf; soal vaksin kami cek. Hoaks? Sumber: data."
    assert (
        check_reply(QUESTION, reply, "x", name).items
        == check_reply(QUESTION, reply, "x", category).items
    )


def test_platform_names_as_trainees_write_them():
    assert check_reply(QUESTION, GOOD_ANSWER, "Twitter").title == "Pemeriksaan balasan X"
    assert check_reply(QUESTION, GOOD_ANSWER, "IG").title == "Pemeriksaan balasan Instagram"


def test_author_mistakes_raise_type_error():
    with pytest.raises(TypeError):
        check_reply(QUESTION, GOOD_ANSWER, official_contacts=[1708])
    with pytest.raises(TypeError):
        check_reply(QUESTION, GOOD_ANSWER, agency="dinkes")  # unknown keyword


@pytest.mark.parametrize(
    ("comment", "reply"),
    [
        (
            "min gmn sih ini, udh 3x ke kantor gk ada yg ngelayanin 😡😡😡 parah bgt",
            "Halo Kak, mohon maaf 🙏 kami cek ke kantor layanan hari ini.",
        ),
        ("Is the vaccine free? Thanks min 🙏", "Hello Kak, thank you! Yes, vaksin gratis."),
        ("🔥🔥🔥👍🏽👨‍👩‍👧", "🙏🙏"),
        ("K" * 5000, "Halo " + "👍🏽" * 500),
        ("\u200d\ufe0f\n\n", "\r\n\t .,!?"),
    ],
)
def test_odd_text_gives_feedback_and_no_exception(comment, reply):
    hasil = check_reply(comment, reply, "instagram", "keluhan")
    assert 0.0 <= hasil.score <= 1.0
    assert all(isinstance(i.message, str) and i.message for i in hasil.items)


@pytest.mark.timeout(60)
def test_a_10000_character_reply():
    reply = (GOOD_COMPLAINT_REPLY + " ") * (10_000 // (len(GOOD_COMPLAINT_REPLY) + 1))
    reply = reply.ljust(10_000, "a")
    assert len(reply) == 10_000
    hasil = check_reply(COMPLAINT, reply, "x", "keluhan")
    assert "panjang.melebihi_batas" in {i.code for i in hasil.failed}
    assert check_reply(COMPLAINT, reply, "facebook", "keluhan").score > 0.9
    digits = check_reply(COMPLAINT, "9 " * 5000, "facebook", "keluhan")
    assert 0.0 <= digits.score <= 1.0


def test_nothing_is_printed_or_warned(capsys):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for reply in (None, "", GOOD_COMPLAINT_REPLY, "wkwk makanya", 3):
            check_reply(COMPLAINT, reply, "x", "keluhan")
            check_reply(None, reply, "Friendster", "gosip")
    out, err = capsys.readouterr()
    assert out == "" and err == ""


def test_the_result_renders_in_a_notebook():
    hasil = check_reply(COMPLAINT, "Makanya hati-hati.", "x", "keluhan")
    assert isinstance(hasil, Result)
    assert 'data-code="etika.menyalahkan"' in hasil._repr_html_()
    assert 0.0 <= hasil.points(5) <= 5.0


# --------------------------------------------------------------------------- properties
ALPHABET = st.sampled_from(
    list("aAkK!?#@.:-/ ,0123456789\n")
    + [
        "9971",
        "0812-",
        "http://",
        "gak ",
        "🦟",
        "\u200d",
        "é",
        "Halo ",
        "kami ",
        "NIK ",
        "kirim ",
        "DM ",
        "makanya ",
        "wkwk",
        ".go.id",
        "mohon maaf ",
    ]
)
CATEGORY = st.one_of(
    st.none(), st.sampled_from([*CATEGORIES, "Keluhan", "gosip"]), st.text(max_size=10)
)
PLATFORM = st.one_of(
    st.sampled_from(["x", "instagram", "facebook", "tiktok", "youtube", "whatsapp", "IG"]),
    st.text(max_size=10),
)
ANYTHING = st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=300))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(comment=ANYTHING, reply=ANYTHING, platform=PLATFORM, category=CATEGORY)
def test_never_raises_and_the_score_stays_in_range(comment, reply, platform, category):
    hasil = check_reply(comment, reply, platform, category)
    assert 0.0 <= hasil.score <= 1.0
    assert hasil.items
    assert all(isinstance(item.message, str) and item.message for item in hasil.items)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    comment=st.lists(ALPHABET, max_size=60),
    reply=st.lists(ALPHABET, max_size=200),
    category=st.sampled_from([None, *CATEGORIES]),
)
def test_never_raises_on_reply_like_text(comment, reply, category):
    hasil = check_reply("".join(comment), "".join(reply), "x", category)
    assert 0.0 <= hasil.score <= 1.0
