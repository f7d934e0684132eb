"""``audience_survey.csv``: who the province's audience is, where they are and what they do online.

One row per respondent of a (fictional) audience survey run by Diskominfo Nusa Bahari.
The file holds the "People" of a POST plan: platform use by segment, the Social
Technographics ladder (Forrester; Li & Bernoff, *Groundswell*), topics of interest,
trust in government information and the preferred channel for it.

Every draw comes from the ``rng`` passed in, in a fixed order, so the output is
byte-identical for a given seed. Segment effects are written as logits of
ordinal or binary models below, so they can be read (and taught) directly.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .world import REGIONS

DEFAULT_ROWS = 2400

AGE_BANDS = ["15-24", "25-34", "35-44", "45-54", "55+"]
AGE_WEIGHTS = [0.25, 0.24, 0.21, 0.17, 0.13]
GENDERS = ["laki-laki", "perempuan"]
AREA_TYPES = ["perkotaan", "perdesaan"]

# Platforms asked about, in column order (column ``freq_<platform>``).
SURVEY_PLATFORMS = ["whatsapp", "facebook", "instagram", "tiktok", "x", "youtube"]
FREQUENCIES = ["tidak pernah", "jarang", "mingguan", "harian"]
# Cut points of the ordinal (logistic) model: P(at least weekly) = sigmoid(mu),
# P(daily) = sigmoid(mu - 1.2), P(never) = sigmoid(-1.5 - mu).
_FREQ_CUTS = np.array([-1.5, 0.0, 1.2])

# mu by platform (rows, SURVEY_PLATFORMS order) and age band (columns, AGE_BANDS order):
# the logit of "uses it at least weekly" for an average urban man.
_PLATFORM_MU = np.array(
    [
        [2.6, 3.2, 2.9, 2.4, 1.7],  # whatsapp: almost everyone
        [-0.6, 0.4, 0.95, 1.1, 0.85],  # facebook: the older the more
        [1.7, 0.85, 0.0, -0.85, -2.0],  # instagram: young
        [1.5, 0.4, -0.4, -1.25, -2.6],  # tiktok: young, rare above 55
        [-0.6, -1.1, -1.9, -2.6, -3.5],  # x: small, young, urban
        [1.7, 1.4, 0.85, 0.4, -0.2],  # youtube: broad
    ]
)
_PLATFORM_RURAL = np.array([-0.3, 0.3, -0.4, 0.1, -1.2, -0.2])
_PLATFORM_WOMEN = np.array([0.1, 0.0, 0.2, 0.1, -0.3, -0.1])

# Behaviours that place a respondent on the ladder, highest rung first, with the rung
# each one defines (Forrester's Social Technographics).
BEHAVIOURS = ["creates", "converses", "critiques", "collects", "joins", "reads"]
RUNGS = [
    "Creators",
    "Conversationalists",
    "Critics",
    "Collectors",
    "Joiners",
    "Spectators",
    "Inactives",
]
# Logit of doing the behaviour (at least monthly) by age band, for an average respondent.
_BEHAVIOUR_LOGIT = np.array(
    [
        [-0.5, -1.1, -1.7, -2.45, -3.2],  # creates
        [0.2, -0.2, -0.6, -1.1, -1.7],  # converses
        [-0.6, -0.6, -0.85, -1.3, -2.0],  # critiques
        [-1.1, -1.4, -1.7, -2.2, -2.9],  # collects
        [1.7, 1.4, 0.85, 0.4, -0.2],  # joins
        [2.6, 2.4, 2.0, 1.4, 0.6],  # reads
    ]
)
_BEHAVIOUR_RURAL = np.array([-0.3, -0.1, -0.3, -0.2, -0.1, -0.2])

# Topics of interest (codes; ';'-separated in the file, in this order).
INTEREST_TOPICS = [
    "kesehatan",
    "pendidikan",
    "transportasi",
    "bansos",
    "layanan_publik",
    "infrastruktur",
    "kebencanaan",
    "lowongan_kerja",
    "umkm",
    "pariwisata",
]
_TOPIC_LOGIT = -0.5 + np.array(  # by age band
    [
        [-1.2, -0.6, -0.2, 0.3, 0.9],  # kesehatan
        [0.6, 0.2, 0.3, -0.4, -1.4],  # pendidikan
        [-0.6, -0.6, -0.7, -0.8, -1.0],  # transportasi
        [-1.6, -1.0, -0.6, -0.2, 0.5],  # bansos
        [-1.0, -0.6, -0.5, -0.5, -0.7],  # layanan_publik
        [-1.4, -0.9, -0.7, -0.6, -0.9],  # infrastruktur
        [-1.5, -1.2, -1.0, -1.0, -1.1],  # kebencanaan
        [0.5, 0.3, -0.6, -1.6, -2.8],  # lowongan_kerja
        [-1.2, -0.5, -0.5, -0.8, -1.6],  # umkm
        [-0.4, -0.8, -1.2, -1.4, -1.8],  # pariwisata
    ]
)
_TOPIC_RURAL = np.array([0.0, 0.0, -0.2, 0.5, -0.2, 0.7, 0.1, 0.0, 0.1, -0.3])
# Flood-prone areas care more about disasters.
_FLOOD_PRONE = ["Kota Bahari", "Kabupaten Teluk Biru"]

TRUST_LEVELS = [1, 2, 3, 4, 5]
_TRUST_AGE = np.array([-0.5, -0.3, 0.0, 0.3, 0.6])
_TRUST_CUTS = np.array([-2.2, -1.0, 0.6, 2.1])
# Remote island kabupaten: services reach it late, trust is lower.
_TRUST_REGION = {"Kabupaten Pulau Sagara": -1.0, "Kota Pelabuhan Raya": -0.2}

CHANNELS = [*SURVEY_PLATFORMS, "situs_web", "tv_radio", "tatap_muka"]
_CHANNEL_BASE = np.array([0.9, 0.3, 0.5, 0.0, -0.5, -0.6])
_FREQ_UTILITY = np.array([-np.inf, -1.0, 0.2, 1.0])  # by FREQUENCIES index


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def ladder_rung(behaviours: pd.DataFrame) -> pd.Series:
    """The Social Technographics rung: the highest rung whose behaviour is done.

    ``behaviours`` has the boolean columns ``BEHAVIOURS``; rows with none are Inactives.
    """
    done = behaviours[BEHAVIOURS].to_numpy(dtype=bool)
    first = np.where(done.any(axis=1), done.argmax(axis=1), len(BEHAVIOURS))
    return pd.Series(np.asarray(RUNGS, dtype=object)[first], index=behaviours.index)


def make_survey(rng: np.random.Generator, n: int) -> pd.DataFrame:
    """``n`` survey respondents (``DEFAULT_ROWS`` for the committed file)."""
    # --- who: age, gender, region, urban/rural
    age = rng.choice(len(AGE_BANDS), size=n, p=AGE_WEIGHTS)
    women = rng.random(n) < 0.51
    region_names = [r[0] for r in REGIONS]
    region_weights = np.array([r[1] for r in REGIONS])
    region = rng.choice(len(REGIONS), size=n, p=region_weights / region_weights.sum())
    urban_share = np.array([0.92 if r[2] else 0.28 for r in REGIONS])
    urban_share[region_names.index("Kabupaten Pulau Sagara")] = 0.15
    rural = rng.random(n) >= urban_share[region]
    rural_f = rural.astype(float)

    # --- platforms: ordinal logit with a shared "how online is this person" effect
    online = rng.normal(0.0, 0.7, size=n) - 0.2 * rural_f
    mu = (
        _PLATFORM_MU[:, age].T
        + np.outer(rural_f, _PLATFORM_RURAL)
        + np.outer(women.astype(float), _PLATFORM_WOMEN)
        + online[:, None]
    )
    latent = mu + rng.logistic(size=mu.shape)
    freq = (latent[:, :, None] > _FREQ_CUTS).sum(axis=2)  # 0..3, FREQUENCIES index

    # --- behaviours (monthly or more); a second shared effect ties them together
    engaged = rng.normal(0.0, 0.8, size=n)
    logit = (
        _BEHAVIOUR_LOGIT[:, age].T
        + np.outer(rural_f, _BEHAVIOUR_RURAL)
        + 0.8 * online[:, None]
        + engaged[:, None]
    )
    does = rng.random(logit.shape) < _sigmoid(logit)
    uses_any = (freq > 0).any(axis=1)
    social = [SURVEY_PLATFORMS.index(p) for p in ("facebook", "instagram", "tiktok", "x")]
    uses_social = (freq[:, social] > 0).any(axis=1)
    does &= uses_any[:, None]  # nobody offline does anything online
    uses_youtube = freq[:, SURVEY_PLATFORMS.index("youtube")] > 0
    for b in ("converses", "critiques", "joins"):  # these need a social network
        does[:, BEHAVIOURS.index(b)] &= uses_social
    does[:, BEHAVIOURS.index("creates")] &= uses_social | uses_youtube

    # --- topics of interest (at least one per respondent)
    flood_prone = np.isin(region, [region_names.index(r) for r in _FLOOD_PRONE])
    topic_logit = _TOPIC_LOGIT[:, age].T + np.outer(rural_f, _TOPIC_RURAL)
    topic_logit[:, INTEREST_TOPICS.index("kebencanaan")] += 1.0 * flood_prone
    topic_logit[:, INTEREST_TOPICS.index("kesehatan")] += 0.3 * women
    topic_logit[:, INTEREST_TOPICS.index("pendidikan")] += 0.3 * women * (age == 1)
    picks = rng.random(topic_logit.shape) < _sigmoid(topic_logit)
    fallback = (topic_logit + rng.gumbel(size=topic_logit.shape)).argmax(axis=1)
    none = ~picks.any(axis=1)
    picks[none, fallback[none]] = True
    labels = np.array([t + ";" for t in INTEREST_TOPICS], dtype=object)
    topics = pd.DataFrame(np.where(picks, labels, "")).sum(axis=1).str.rstrip(";")

    # --- trust in government information (1-5)
    x_daily = freq[:, SURVEY_PLATFORMS.index("x")] == 3
    region_trust = np.array([_TRUST_REGION.get(r, 0.0) for r in region_names])
    trust_mu = (
        _TRUST_AGE[age]
        + 0.25 * rural_f
        + region_trust[region]
        - 0.4 * x_daily
        - 0.35 * does[:, BEHAVIOURS.index("critiques")]
    )
    trust = 1 + ((trust_mu + rng.logistic(size=n))[:, None] > _TRUST_CUTS).sum(axis=1)

    # --- preferred channel for government information (a multinomial logit)
    utility = np.empty((n, len(CHANNELS)))
    utility[:, :6] = _CHANNEL_BASE + _FREQ_UTILITY[freq]
    young, old = age == 0, age == 4
    utility[:, CHANNELS.index("instagram")] += 0.5 * young
    utility[:, CHANNELS.index("tiktok")] += 0.6 * young
    utility[:, CHANNELS.index("whatsapp")] += 0.3 * old
    utility[:, CHANNELS.index("situs_web")] = -1.0 + 0.3 * ~rural + 0.2 * np.isin(age, [1, 2])
    utility[:, CHANNELS.index("tv_radio")] = -0.8 + 1.2 * old + 0.6 * (age == 3)
    utility[:, CHANNELS.index("tatap_muka")] = -1.1 + 0.6 * rural + 0.8 * old
    channel = (utility + rng.gumbel(size=utility.shape)).argmax(axis=1)

    frame = pd.DataFrame(
        {
            "respondent_id": [f"R{i:05d}" for i in range(1, n + 1)],
            "age_band": np.asarray(AGE_BANDS, dtype=object)[age],
            "gender": np.where(women, GENDERS[1], GENDERS[0]),
            "region": np.asarray(region_names, dtype=object)[region],
            "area_type": np.where(rural, AREA_TYPES[1], AREA_TYPES[0]),
        }
    )
    freq_labels = np.asarray(FREQUENCIES, dtype=object)
    for j, platform in enumerate(SURVEY_PLATFORMS):
        frame[f"freq_{platform}"] = freq_labels[freq[:, j]]
    for j, behaviour in enumerate(BEHAVIOURS):
        frame[behaviour] = does[:, j]
    frame["ladder_rung"] = ladder_rung(frame)
    frame["topics_of_interest"] = topics.to_numpy()
    frame["trust_gov_info"] = trust.astype(np.int64)
    frame["preferred_channel"] = np.asarray(CHANNELS, dtype=object)[channel]
    return frame
