"""graders.check_order: full, partial and no credit, and wrong input."""

from __future__ import annotations

import pytest

from graders.ordering import check_order

KEY = ["identifikasi khalayak", "siapkan akun", "unggah", "pantau", "tanggapi"]


@pytest.mark.parametrize(
    "answer, score",
    [
        (KEY, 1.0),
        ([k.upper() for k in KEY], 1.0),  # case does not matter
        (["siapkan akun", "identifikasi khalayak", "unggah", "pantau", "tanggapi"], 0.9),
        (list(reversed(KEY)), 0.0),
        (KEY[:4], 0.6),  # 'tanggapi' missing: the 4 pairs with it count as wrong
        (KEY + ["rapat"], 1.0),  # an extra step is reported but costs no pair
    ],
    ids=["right", "case", "one-swap", "reversed", "missing", "extra"],
)
def test_share_of_pairs_in_order(answer, score):
    assert check_order(answer, KEY).score == score


def test_feedback_names_missing_extra_and_repeated_steps_but_not_the_order():
    result = check_order(["unggah", "unggah", "rapat"], KEY)
    codes = [i.code for i in result.items]
    assert codes.count("urutan.kurang") == 4
    assert "urutan.tidak_dikenal" in codes and "urutan.ganda" in codes
    assert "pasangan langkah" in result.items[0].message


@pytest.mark.parametrize("answer", [None, "identifikasi khalayak", 3, {"a": 1}])
def test_wrong_types_score_zero_with_an_indonesian_message(answer):
    result = check_order(answer, KEY)
    assert result.score == 0.0 and result.items[0].code == "tipe.salah"
    assert "daftar" in result.items[0].message


def test_a_broken_key_is_the_author_s_error():
    with pytest.raises(ValueError):
        check_order(["a"], ["a", "a"])
