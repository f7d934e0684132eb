"""graders.check_redaction: answers that pass, fail and earn partial credit."""

from __future__ import annotations

import pytest

import graders
from humas.text import redact

DRAFTS = {
    1: "Hubungi Ibu Sri di 0812-0000-1111 atau sri@contoh.id, NIK 3271010101900001.",
    2: "Keluarga dengan No. KK 3271 0101 0190 0002 sudah menerima bantuan. Kontak: 0813 0000 2468.",
}


def score(answers):
    return graders.check_redaction(answers, DRAFTS).score


def test_redacted_drafts_score_full():
    assert score({k: redact(v) for k, v in DRAFTS.items()}) == 1.0


def test_any_mask_text_is_accepted():
    masked = {k: redact(v, "***") for k, v in DRAFTS.items()}
    assert score(masked) == 1.0


def test_unchanged_drafts_score_zero():
    assert score(dict(DRAFTS)) == 0.0


@pytest.mark.parametrize(
    "second, expected",
    [
        # the KK masked by hand, the phone number left: clean fails, text intact passes
        (DRAFTS[2].replace("3271 0101 0190 0002", "[X]"), 3 / 4),
        # all masked but the last sentence deleted: clean passes, intact fails
        (redact(DRAFTS[2]).split(" Kontak")[0], 3 / 4),
        # only a mask left: nothing of the draft kept
        ("[DISAMARKAN]", 2 / 4),
        # a word changed outside the personal data
        (redact(DRAFTS[2]).replace("menerima", "mendapat"), 3 / 4),
    ],
    ids=["one-left", "sentence-deleted", "emptied", "word-changed"],
)
def test_partly_right_drafts_earn_partial_credit(second, expected):
    assert score({1: redact(DRAFTS[1]), 2: second}) == pytest.approx(expected)


@pytest.mark.parametrize("answers", [None, [redact(DRAFTS[1])], "teks", 3])
def test_wrong_types_score_zero_with_an_indonesian_message(answers):
    result = graders.check_redaction(answers, DRAFTS)
    assert result.score == 0.0
    assert result.items and not result.items[0].passed
    assert "jawaban" in result.items[0].message.lower()


def test_missing_draft_and_non_text_values_fail_only_their_items():
    result = graders.check_redaction({1: redact(DRAFTS[1]), 2: 42}, DRAFTS)
    assert result.score == pytest.approx(0.5)
    assert any("int" in i.message for i in result.failed)


def test_messages_name_the_draft_but_never_the_personal_data():
    result = graders.check_redaction(dict(DRAFTS), DRAFTS)
    for item in result.items:
        assert item.message.startswith("Draf ")
        assert "0812" not in item.message and "3271" not in item.message
