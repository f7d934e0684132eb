"""humas.posts (lengths, drafts) and humas.forms.PostEditor, driven headless as a trainee."""

from __future__ import annotations

import json

import pytest

from humas import posts

pytest.importorskip("ipywidgets")
from humas.forms import PostEditor  # noqa: E402

LINK = "https://dinkes.nusabahari.go.id/dbd/pencegahan-3m-plus?utm_source=x#langkah"


# -- post_length --------------------------------------------------------------------
def test_a_link_counts_23_on_x_and_its_own_length_elsewhere():
    text = f"Panduan 3M Plus: {LINK}"
    assert posts.post_length(text, "x") == len("Panduan 3M Plus: ") + 23
    assert posts.post_length(text, "Twitter") == len("Panduan 3M Plus: ") + 23
    assert posts.post_length(text, "facebook") == len(text)


def test_a_link_ending_a_sentence_keeps_the_full_stop_outside():
    assert posts.post_length(f"Baca {LINK}.", "x") == len("Baca ") + 23 + 1
    assert posts.post_length("www.nusabahari.go.id, lalu", "x") == 23 + len(", lalu")


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Cafe\u0301", 4),  # combining accent
        ("Café", 4),
        ("👍🏽", 1),  # skin tone
        ("❤️", 1),  # variation selector
        ("👨‍👩‍👧", 3),  # zero-width joiners: one per person shown
        ("🇮🇩", 2),  # a flag: two regional indicators (documented approximation)
        ("", 0),
    ],
)
def test_length_counts_what_a_reader_sees(text, length):
    assert posts.post_length(text, "instagram") == length


@pytest.mark.parametrize("value", [None, 12, ["teks"], b"teks"])
def test_length_of_a_non_text_is_zero(value):
    assert posts.post_length(value, "x") == 0


@pytest.mark.timeout(60)  # a hang guard; speed is in benchmarks/bench_post_check.py
def test_length_of_an_enormous_text_is_counted():
    text = ("Sahabat Bahari, cek https://nusabahari.go.id/info " * 20000) + "a" * 200000
    each = len("Sahabat Bahari, cek  ") + 23  # the link counts 23
    assert posts.post_length(text, "x") == 20000 * each + 200000


def test_limits_cover_every_platform_of_the_course():
    from humas.plans import PLATFORM_NAMES

    assert set(posts.CHARACTER_LIMITS) == set(PLATFORM_NAMES)
    assert posts.CHARACTER_LIMITS["x"] == 280 and posts.CHARACTER_LIMITS["instagram"] == 2200


# -- drafts -------------------------------------------------------------------------
def test_drafts_accept_what_trainees_type():
    drafts = posts.normalize_drafts(
        {
            "X (Twitter)": "Teks X",
            "Instagram": {"Teks": "Teks IG", "teks alternatif": "Poster 3M Plus"},
            "Facebook": {"caption": "Teks FB"},
            "situs web": "diabaikan",
            3: "diabaikan",
        }
    )
    assert drafts == {
        "x": {"text": "Teks X", "alt_text": ""},
        "instagram": {"text": "Teks IG", "alt_text": "Poster 3M Plus"},
        "facebook": {"text": "Teks FB", "alt_text": ""},
    }


@pytest.mark.parametrize("junk", [None, "teks", 3, ["x"], {"x": 5}, {"x": {"text": 5}}])
def test_drafts_never_raise_on_junk(junk):
    drafts = posts.normalize_drafts(junk)
    assert all(d == {"text": "", "alt_text": ""} for d in drafts.values())


def test_drafts_round_trip_and_read_a_bom(tmp_path):
    path = posts.save_drafts(
        {"x": "Halo 👋", "ig": {"text": "Hai", "alt": "Foto"}}, tmp_path / "d.json"
    )
    assert posts.load_drafts(path)["instagram"] == {"text": "Hai", "alt_text": "Foto"}
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert posts.load_drafts(path)["x"]["text"] == "Halo 👋"


def test_a_missing_or_broken_drafts_file_is_explained_in_indonesian(tmp_path):
    with pytest.raises(FileNotFoundError, match="Simpan draf"):
        posts.load_drafts(tmp_path / "tidak-ada.json")
    bad = tmp_path / "rusak.json"
    bad.write_text("{ bukan json", encoding="utf-8")
    with pytest.raises(posts.DraftFileError, match="bukan JSON"):
        posts.load_drafts(bad)


# -- PostEditor ---------------------------------------------------------------------
class Recorder:
    """A stand-in checker that records its calls and returns something with HTML."""

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[tuple[str, str, dict]] = []
        self.fail = fail

    def __call__(self, *args, **context):
        self.calls.append((*args, context))
        if self.fail:
            raise RuntimeError("pemeriksa rusak")
        text = args[-2]  # the post (text, platform) or the reply (comment, reply, platform)
        return type("R", (), {"_repr_html_": lambda self: f"<b>{len(text)} diperiksa</b>"})()


def test_counter_follows_typing_and_warns_over_the_limit(tmp_path):
    editor = PostEditor(tmp_path / "draf.json", platforms=["x"])
    draft = editor.drafts["x"]
    draft.text.value = "Sahabat Bahari, waspada banjir."
    assert "31 / 280 karakter" in draft.counter.value
    draft.text.value = "a" * 300
    assert "melebihi batas 20 karakter" in draft.counter.value
    assert "belum disimpan" in editor.status.value
    assert not (tmp_path / "draf.json").exists()  # nothing written before saving


def test_feedback_comes_from_the_checker_with_context_and_alt_text(tmp_path):
    check = Recorder()
    editor = PostEditor(
        tmp_path / "draf.json",
        platforms=("x", "instagram"),
        check=check,
        context={"X": {"required_mentions": ["@bpbdnusabahari"]}},
    )
    editor.drafts["x"].text.value = "Waspada banjir."
    assert check.calls[-1] == ("Waspada banjir.", "x", {"required_mentions": ["@bpbdnusabahari"]})
    assert "15 diperiksa" in editor.drafts["x"].feedback.value
    editor.drafts["instagram"].text.value = "Poster"
    editor.drafts["instagram"].alt_text.value = "Poster jalur evakuasi"
    assert check.calls[-1] == (
        "Poster",
        "instagram",
        {"image": True, "alt_text": "Poster jalur evakuasi"},
    )
    assert editor.drafts["x"].alt_text is None  # no image on X in this exercise


def test_a_failing_checker_never_breaks_typing(tmp_path):
    editor = PostEditor(tmp_path / "d.json", platforms=["facebook"], check=Recorder(fail=True))
    editor.drafts["facebook"].text.value = "Halo"
    assert "Umpan balik tidak dapat dibuat" in editor.drafts["facebook"].feedback.value


def test_save_writes_what_the_answer_cell_reads_and_a_new_editor_shows_it(tmp_path):
    path = tmp_path / "draf_unggahan.json"
    editor = PostEditor(path)
    editor.drafts["x"].text.value = "Teks X"
    editor.drafts["instagram"].text.value = "Teks IG"
    editor.drafts["instagram"].alt_text.value = "Alt IG"
    editor.save_button.click()
    assert "Draf tersimpan" in editor.status.value
    saved = posts.load_drafts(path)
    assert saved == editor.to_dict()
    assert saved["instagram"] == {"text": "Teks IG", "alt_text": "Alt IG"}
    assert saved["facebook"] == {"text": "", "alt_text": ""}
    again = PostEditor(path)
    assert again.drafts["instagram"].alt_text.value == "Alt IG"
    assert "tersimpan di berkas" in again.status.value


def test_an_unreadable_file_starts_empty_with_a_message(tmp_path):
    path = tmp_path / "draf.json"
    path.write_text("[rusak", encoding="utf-8")
    editor = PostEditor(path)
    assert "tidak dapat dibaca" in editor.status.value
    assert editor.drafts["x"].text.value == ""
    assert json.loads(json.dumps(editor.to_dict()))["x"]["text"] == ""


def test_save_failure_is_reported_not_raised(tmp_path):
    editor = PostEditor(tmp_path / "tidak-ada" / "draf.json")
    assert editor.save() is None
    assert "Draf belum tersimpan" in editor.status.value


def test_unknown_platform_is_refused_in_indonesian(tmp_path):
    with pytest.raises(ValueError, match="tidak dikenal"):
        PostEditor(tmp_path / "d.json", platforms=["friendster"])


def test_text_fallback_is_indonesian(tmp_path):
    bundle = PostEditor(tmp_path / "d.json")._repr_mimebundle_()
    assert "Editor unggahan" in bundle["text/plain"]


# -- replies and ReplyComposer (module 4) -------------------------------------------
COMMENTS = [
    {
        "id": "K1",
        "text": "min jalan di Teluk Biru rusak parah, kapan diperbaiki?",
        "category": "keluhan",
    },
    {"id": "K2", "text": "Terima kasih infonya!", "platform": "Instagram"},
]


def test_replies_round_trip_with_text_ids(tmp_path):
    path = posts.save_replies({1: "Halo, Kak.", "K2": None}, tmp_path / "balasan.json")
    assert posts.load_replies(path) == {"1": "Halo, Kak.", "K2": ""}
    assert posts.normalize_replies(["bukan kamus"]) == {}
    with pytest.raises(FileNotFoundError, match="Simpan balasan"):
        posts.load_replies(tmp_path / "tidak-ada.json")


def test_composer_checks_each_reply_against_its_comment(tmp_path):
    from humas.forms import ReplyComposer

    check = Recorder()
    composer = ReplyComposer(tmp_path / "balasan.json", COMMENTS, check=check)
    reply, counter, feedback = composer.fields["K1"]
    reply.value = "Halo, terima kasih laporannya."
    assert check.calls[-1] == (COMMENTS[0]["text"], reply.value, "x", {"category": "keluhan"})
    assert "30 / 280 karakter" in counter.value
    assert "30 diperiksa" in feedback.value
    composer.fields["K2"][0].value = "Sama-sama!"
    assert check.calls[-1] == ("Terima kasih infonya!", "Sama-sama!", "instagram", {})
    assert "/ 2.200 karakter" in composer.fields["K2"][1].value


def test_composer_saves_replies_by_comment_and_shows_them_again(tmp_path):
    import pandas as pd

    from humas.forms import ReplyComposer

    path = tmp_path / "balasan.json"
    composer = ReplyComposer(path, pd.DataFrame(COMMENTS))
    composer.fields["K1"][0].value = "Halo, Kak. Laporan sudah kami teruskan."
    assert "belum disimpan" in composer.status.value
    composer.save_button.click()
    assert "Balasan tersimpan" in composer.status.value
    assert posts.load_replies(path) == {"K1": "Halo, Kak. Laporan sudah kami teruskan.", "K2": ""}
    again = ReplyComposer(path, COMMENTS)
    assert again.fields["K1"][0].value == "Halo, Kak. Laporan sudah kami teruskan."
    assert "Penyusun balasan" in again._repr_mimebundle_()["text/plain"]


def test_composer_refuses_comments_without_text(tmp_path):
    from humas.forms import ReplyComposer

    with pytest.raises(ValueError, match="'id' dan 'text'"):
        ReplyComposer(tmp_path / "b.json", [{"id": "K1"}])
