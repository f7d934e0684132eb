"""The team-written language resources (CC0) and the word tools of humas.text.

Files: datasets/leksikon_sentimen.csv, normalisasi.csv, negasi.csv, penguat.csv.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from humas import data
from humas.text import NEGATIONS, load_lexicon, normalize, stopwords, tokens

DATASETS = Path(__file__).resolve().parents[2] / "datasets"
CATEGORIES = {
    "umum",
    "emosi",
    "layanan_publik",
    "infrastruktur",
    "kebencanaan",
    "kesehatan",
    "ekonomi",
    "hukum_politik",
    "konsumen",
    "slang",
    "emoji",
}


@pytest.fixture(scope="module")
def lexicon() -> pd.DataFrame:
    return data.load("leksikon_sentimen")


@pytest.fixture(scope="module")
def normalisation() -> pd.DataFrame:
    return data.load("normalisasi")


@pytest.fixture(scope="module")
def negations() -> frozenset[str]:
    return frozenset(data.load("negasi")["kata"])


@pytest.fixture(scope="module")
def intensifiers() -> dict[str, float]:
    table = data.load("penguat")
    return dict(zip(table["kata"], table["faktor"], strict=True))


# --------------------------------------------------------------------------- loading


@pytest.mark.parametrize(
    ("name", "dtypes"),
    [
        ("leksikon_sentimen", {"kata": "str", "bobot": "int64", "kategori": "category"}),
        ("normalisasi", {"informal": "str", "formal": "str"}),
        ("negasi", {"kata": "str"}),
        ("penguat", {"kata": "str", "faktor": "float64"}),
    ],
)
def test_each_resource_loads_with_the_schema_types(name: str, dtypes: dict[str, str]) -> None:
    df = data.load(name)
    assert {column: str(dtype) for column, dtype in df.dtypes.items()} == dtypes
    assert len(df) > 0
    assert df.notna().all().all()


def test_lexicon_categories_are_the_declared_ones(lexicon: pd.DataFrame) -> None:
    assert set(lexicon["kategori"].cat.categories) == CATEGORIES
    counts = lexicon["kategori"].value_counts()
    assert (counts > 0).all(), counts[counts == 0]


def test_licence_file_dedicates_the_four_files_to_the_public_domain() -> None:
    text = (DATASETS / "LICENSE-leksikon.txt").read_text(encoding="utf-8")
    assert "CC0 1.0 Universal" in text
    for name in ("leksikon_sentimen.csv", "normalisasi.csv", "negasi.csv", "penguat.csv"):
        assert name in text


def test_schema_declares_the_four_files() -> None:
    schema = json.loads((DATASETS / "schema.json").read_text(encoding="utf-8"))["datasets"]
    for name in ("leksikon_sentimen", "normalisasi", "negasi", "penguat"):
        assert name in schema


# --------------------------------------------------------------------------- lexicon


def test_lexicon_has_at_least_1500_unique_entries(lexicon: pd.DataFrame) -> None:
    assert len(lexicon) >= 1500
    assert lexicon["kata"].is_unique, lexicon["kata"][lexicon["kata"].duplicated()].tolist()


def test_lexicon_weights_are_nonzero_integers_from_minus_5_to_5(lexicon: pd.DataFrame) -> None:
    weights = lexicon["bobot"]
    assert weights.between(-5, 5).all()
    assert (weights != 0).all()
    # Both directions are well represented, not a list of complaints only.
    assert (weights > 0).sum() >= 500 and (weights < 0).sum() >= 500


def test_lexicon_entries_are_lower_case_trimmed_and_without_commas(lexicon: pd.DataFrame) -> None:
    for entry in lexicon["kata"]:
        assert entry == entry.lower() == " ".join(entry.split()), entry
        assert unicodedata.normalize("NFC", entry) == entry, entry
        assert "," not in entry, entry


def test_lexicon_is_sorted_by_entry(lexicon: pd.DataFrame) -> None:
    assert lexicon["kata"].tolist() == sorted(lexicon["kata"])


POSITIVE_CORE = [
    "tanggap",
    "sigap",
    "transparan",
    "cepat tanggap",
    "ramah",
    "responsif",
    "cepat",
    "akuntabel",
    "profesional",
    "solutif",
    "membantu",
    "jemput bola",
    "tepat waktu",
    "tepat sasaran",
    "bebas pungli",
    "terima kasih",
]
NEGATIVE_CORE = [
    "antre",
    "antrean",
    "lambat",
    "lamban",
    "ribet",
    "berbelit-belit",
    "pungli",
    "pungutan liar",
    "calo",
    "korupsi",
    "mangkrak",
    "lambat tanggap",
    "terbengkalai",
    "banjir",
    "mogok",
    "rusak",
    "macet",
    "dipersulit",
    "telantar",
    "kecewa",
    "mengecewakan",
    "hoaks",
    "kejadian luar biasa",
]
COLLOQUIAL = {"mantap": 1, "keren": 1, "mantul": 1, "kece": 1, "gercep": 1, "parah": -1}
COLLOQUIAL |= {"lebay": -1, "zonk": -1, "ambyar": -1, "cuek": -1, "kapok": -1}


@pytest.mark.parametrize("word", POSITIVE_CORE)
def test_public_service_praise_is_positive(word: str) -> None:
    assert load_lexicon()[word] > 0


@pytest.mark.parametrize("word", NEGATIVE_CORE)
def test_public_service_complaint_is_negative(word: str) -> None:
    assert load_lexicon()[word] < 0


@pytest.mark.parametrize(("word", "sign"), sorted(COLLOQUIAL.items()))
def test_colloquial_words_are_entries_with_the_right_sign(word: str, sign: int) -> None:
    assert load_lexicon()[word] * sign > 0


def test_intensity_is_ordered_where_it_obviously_should_be() -> None:
    lex = load_lexicon()
    assert lex["lumayan"] < lex["baik"] < lex["bagus"] < lex["luar biasa"]
    assert lex["antre"] > lex["antrean panjang"]
    assert lex["pungli"] < lex["lambat"] < 0
    assert lex["korupsi"] == -5


def test_lexicon_words_are_already_normalised(
    lexicon: pd.DataFrame, normalisation: pd.DataFrame
) -> None:
    """The lexicon is applied after normalize(): none of its words may be a dictionary key."""
    keys = set(normalisation["informal"])
    clashes = [e for e in lexicon["kata"] if e in keys or set(e.split()) & keys]
    assert clashes == []


def test_negations_and_intensifiers_are_not_lexicon_entries(
    lexicon: pd.DataFrame, negations: frozenset[str], intensifiers: dict[str, float]
) -> None:
    entries = set(lexicon["kata"])
    assert not entries & negations
    assert not entries & set(intensifiers)
    assert not negations & set(intensifiers)


def test_load_lexicon_returns_a_fresh_copy() -> None:
    first = load_lexicon()
    first["pungli"] = 5
    assert load_lexicon()["pungli"] < 0


def test_load_lexicon_follows_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema = {"datasets": {"leksikon_sentimen": {"columns": {"kata": "str", "bobot": "int"}}}}
    (tmp_path / "schema.json").write_text(json.dumps(schema), encoding="utf-8")
    (tmp_path / "leksikon_sentimen.csv").write_text("kata,bobot\nsip,2\n", encoding="utf-8")
    monkeypatch.setenv(data.ENV_VAR, str(tmp_path))
    assert load_lexicon() == {"sip": 2}
    monkeypatch.delenv(data.ENV_VAR)
    assert len(load_lexicon()) >= 1500


# --------------------------------------------------------------------------- normalisation


def test_normalisation_has_at_least_800_unique_lower_case_keys(
    normalisation: pd.DataFrame,
) -> None:
    assert len(normalisation) >= 800
    keys = normalisation["informal"]
    assert keys.is_unique, keys[keys.duplicated()].tolist()
    for key, value in zip(keys, normalisation["formal"], strict=True):
        assert key == key.lower() == " ".join(key.split()), key
        assert value == value.lower() == " ".join(value.split()), value
        assert key != value
        assert len(key.split()) <= 2, key


def test_normalisation_is_one_step(normalisation: pd.DataFrame) -> None:
    """No standard form contains a word that is itself a key, so mapping never chains."""
    keys = set(normalisation["informal"])
    chained = [
        (k, v)
        for k, v in zip(normalisation["informal"], normalisation["formal"], strict=True)
        if set(v.split()) & keys
    ]
    assert chained == []


def test_every_key_normalises_to_its_standard_form(normalisation: pd.DataFrame) -> None:
    for key, value in zip(normalisation["informal"], normalisation["formal"], strict=True):
        assert normalize(key) == value, key
        assert normalize(value) == value, value


ABBREVIATIONS = {
    "yg": "yang",
    "gak": "tidak",
    "ga": "tidak",
    "nggak": "tidak",
    "bgt": "sekali",
    "sy": "saya",
    "sdh": "sudah",
    "udh": "sudah",
    "blm": "belum",
    "tdk": "tidak",
    "krn": "karena",
    "dgn": "dengan",
    "utk": "untuk",
    "dr": "dari",
    "pd": "pada",
    "jg": "juga",
    "aja": "saja",
    "gmn": "bagaimana",
    "knp": "mengapa",
    "kpn": "kapan",
    "dmn": "di mana",
    "bs": "bisa",
    "org": "orang",
    "tlg": "tolong",
    "mksh": "terima kasih",
    "trims": "terima kasih",
}
SLANG = {
    "gue": "saya",
    "gw": "saya",
    "lu": "kamu",
    "lo": "kamu",
    "bokap": "ayah",
    "nyokap": "ibu",
    "kepo": "ingin tahu",
    "mager": "malas bergerak",
    "baper": "terbawa perasaan",
    "gabut": "menganggur",
    "santuy": "santai",
}
REGIONAL = {
    "ora": "tidak",  # Javanese
    "piye": "bagaimana",  # Javanese
    "matur nuwun": "terima kasih",  # Javanese
    "teu": "tidak",  # Sundanese
    "hatur nuhun": "terima kasih",  # Sundanese
    "caah": "banjir",  # Sundanese
    "kagak": "tidak",  # Betawi
    "pegimane": "bagaimana",  # Betawi
}
TYPOS = {"tdak": "tidak", "yng": "yang", "silahkan": "silakan", "antrian": "antrean"}


@pytest.mark.parametrize(
    ("informal", "formal"), sorted((ABBREVIATIONS | SLANG | REGIONAL | TYPOS).items())
)
def test_required_entry_is_in_the_dictionary(
    informal: str, formal: str, normalisation: pd.DataFrame
) -> None:
    mapping = dict(zip(normalisation["informal"], normalisation["formal"], strict=True))
    assert mapping[informal] == formal


def test_a_realistic_colloquial_complaint_is_normalised() -> None:
    text = (
        "Min @DisdukcapilNB, udh 3 jam ngantri di kantor kec tp blm dilayanin jg. "
        "Petugasnya lelet bgt & gak ramah 😡😡 Gmn nih?? #PelayananPublik"
    )
    assert normalize(text) == (
        "admin @disdukcapilnb sudah 3 jam mengantre di kantor kecamatan tetapi belum "
        "dilayani juga petugasnya lambat sekali tidak ramah 😡 😡 bagaimana ini "
        "#pelayananpublik"
    )


def test_a_realistic_thank_you_is_normalised() -> None:
    text = "Makasih BPBD, gercep bangeeet evakuasinya! Matur nuwun, semoga sehat2 selalu 🙏🏽"
    assert normalize(text) == (
        "terima kasih bpbd gercep sekali evakuasinya terima kasih semoga sehat-sehat selalu 🙏"
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("bangeeet", "sekali"),  # stretched letters, then the dictionary
        ("kereeen", "keren"),  # stretched letters, known word
        ("parahh", "parah"),  # one extra letter
        ("maaf", "maaf"),  # real double letters stay
        ("saat", "saat"),
        ("kayaknya", "sepertinya"),  # clitic after a dictionary word
        ("hati2", "hati-hati"),  # reduplication with 2
        ("bener2", "benar-benar"),
        ("bener-bener", "benar-benar"),
        ("Jum’at", "jumat"),  # typographic apostrophe
        ("Rp1.500.000", "rp 1.500.000"),
        ("", ""),
    ],
)
def test_word_rules(written: str, expected: str) -> None:
    assert normalize(written) == expected


def test_normalize_is_idempotent_on_realistic_posts() -> None:
    posts = [
        "Jalan di Kec. Teluk Biru rusak parah, udah lapor dr bulan kemaren gak ditanggepin!!",
        "Info dong min, jadwal fogging DBD di kelurahan kami kpn ya? Nyamuknya banyak bgt",
        "Mantul, pelayanan RSUD skrg cepet & ramah. Salut buat nakesnya 👍👍",
        "HOAX!!! jgn asal share, cek dulu ke @kominfo_nb https://nusabahari.go.id/cekfakta.",
    ]
    for post in posts:
        once = normalize(post)
        assert normalize(once) == once


# --------------------------------------------------------------------------- tokens


def test_tokens_keep_hashtags_mentions_addresses_numbers_and_emoji() -> None:
    text = "Cek @dinkes.nusabahari & #CegahDBD: https://x.id/a, 1.500 warga 👍🏾❤️ 🇮🇩 (ok)"
    assert tokens(text) == [
        "cek",
        "@dinkes.nusabahari",
        "#cegahdbd",
        "https://x.id/a",
        "1.500",
        "warga",
        "👍",
        "❤",
        "🇮🇩",
        "oke",
    ]


def test_hashtags_and_mentions_are_not_normalised() -> None:
    assert tokens("#GakJelas @yg_bgt gak jelas") == ["#gakjelas", "@yg_bgt", "tidak", "jelas"]


def test_raw_tokens_are_only_lower_cased() -> None:
    assert tokens("Udh LAPOR, gk ditanggepin", raw=True) == ["udh", "lapor", "gk", "ditanggepin"]


@pytest.mark.parametrize("function", [normalize, tokens])
def test_non_text_is_refused_with_an_indonesian_message(function) -> None:
    with pytest.raises(TypeError, match="harus berupa str"):
        function(None)


# --------------------------------------------------------------------------- stopwords


def test_stopwords_never_contain_negations(negations: frozenset[str]) -> None:
    words = stopwords()
    assert isinstance(words, frozenset)
    required = {"tidak", "bukan", "jangan", "belum", "tak", "tanpa", "gak", "ga", "nggak"}
    assert required | {"enggak"} <= NEGATIONS
    assert not words & NEGATIONS
    assert not words & negations


def test_stopwords_hold_the_common_function_words() -> None:
    words = stopwords()
    assert len(words) > 500
    assert {"yang", "dan", "di", "ke", "dari", "ini", "itu", "untuk", "dengan"} <= words


# ------------------------------------------------------------ negation and intensifiers


def test_negation_list_covers_standard_colloquial_and_regional_forms(
    negations: frozenset[str],
) -> None:
    assert NEGATIONS <= negations
    assert {"kurang", "tiada", "ngga", "kagak", "ndak", "ora", "teu"} <= negations
    assert len(negations) == len(data.load("negasi"))


def test_intensifier_factors_strengthen_or_weaken(intensifiers: dict[str, float]) -> None:
    assert intensifiers["sangat"] == intensifiers["sekali"] == intensifiers["banget"] == 1.5
    assert intensifiers["paling"] > intensifiers["sangat"]
    assert intensifiers["agak"] < 1 and intensifiers["sedikit"] < 1
    assert all(0 < factor <= 2 for factor in intensifiers.values())
    assert len(intensifiers) == len(data.load("penguat"))


# --------------------------------------------------------------------------- measured use


def _score(text: str, lexicon: dict[str, int], negations: frozenset[str]) -> int:
    """Sum of lexicon weights; a negation flips the next sentiment word within 3 tokens.

    Phrases (up to 4 words) are matched first, longest first; a word not in the lexicon is
    tried once more without a clitic (-nya, -lah, -kah, -pun, -ku, -mu).
    """
    words = tokens(text)
    total, negate, i = 0, 0, 0
    while i < len(words):
        weight, size = None, 1
        for n in (4, 3, 2):
            phrase = " ".join(words[i : i + n])
            if len(words) - i >= n and phrase in lexicon:
                weight, size = lexicon[phrase], n
                break
        if weight is None:
            word = words[i]
            weight = lexicon.get(word)
            for clitic in ("nya", "lah", "kah", "pun", "ku", "mu"):
                if weight is None and word.endswith(clitic):
                    weight = lexicon.get(word[: -len(clitic)])
        if weight is not None:
            total += -weight if negate else weight
            negate = 0
        elif words[i] in negations:
            negate = 3
        else:
            negate = max(0, negate - 1)
        i += size
    return total


def _accuracy(name: str, negations: frozenset[str]) -> float:
    """Share of positive and negative rows whose score has the label's sign (0 = wrong)."""
    df = data.load(name)
    df = df[df["label"] != "neutral"]
    lexicon = load_lexicon()
    scores = [_score(text, lexicon, negations) for text in df["text"]]
    right = sum(
        (s > 0 and label == "positive") or (s < 0 and label == "negative")
        for s, label in zip(scores, df["label"], strict=True)
    )
    return right / len(df)


def test_lexicon_scorer_reaches_about_84_percent_on_nusax_test_positive_vs_negative(
    negations: frozenset[str],
) -> None:
    """Measured: 84% (254 of 304 rows; chance and the majority class are about 50%).

    The NusaX-Senti test file is human-labelled real Indonesian text (mostly reviews).
    Neutral rows are left out; a score of 0 counts as wrong. The lexicon was reviewed
    against the train file only. Without negation flipping the same scorer gets 78%.
    """
    accuracy = _accuracy("nusax_senti_test", negations)
    assert accuracy >= 0.80, f"accuracy {accuracy:.1%}"


def test_negation_flipping_improves_the_nusax_score(negations: frozenset[str]) -> None:
    assert _accuracy("nusax_senti_test", negations) > _accuracy("nusax_senti_test", frozenset())


def test_negation_flips_a_sentence(negations: frozenset[str]) -> None:
    lexicon = load_lexicon()
    assert _score("Pelayanannya ramah", lexicon, negations) > 0
    assert _score("Pelayanannya gak ramah", lexicon, negations) < 0
    assert _score("Antreannya tidak lama, petugas sigap", lexicon, negations) > 0
