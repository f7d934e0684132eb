"""The fictional world every synthetic file shares: time window, places, agencies, events.

Pemerintah Provinsi Nusa Bahari and everything in it is invented. Handles,
names and numbers are synthetic; no real person, account or place is meant.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

DEFAULT_SEED = 20261127
TZ = "Asia/Jakarta"  # WIB, UTC+7, no daylight saving

# 90 days of conversation: Monday 3 August 2026 up to and including Saturday 31 October 2026.
START = date(2026, 8, 3)
DAYS = 90
END = START + timedelta(days=DAYS - 1)

PLATFORMS = ["x", "instagram", "facebook", "tiktok", "youtube"]


@dataclass(frozen=True)
class Agency:
    key: str
    name: str
    handle: str  # the official account on every platform (synthetic)


AGENCIES = [
    Agency("pemprov", "Pemerintah Provinsi Nusa Bahari", "pemprovnusabahari"),
    Agency("dinkes", "Dinas Kesehatan Provinsi Nusa Bahari", "dinkesnusabahari"),
    Agency("bpbd", "BPBD Provinsi Nusa Bahari", "bpbdnusabahari"),
    Agency("dishub", "Dinas Perhubungan Provinsi Nusa Bahari", "dishubnusabahari"),
    Agency("diskominfo", "Diskominfo Provinsi Nusa Bahari", "diskominfonusabahari"),
    Agency("disdik", "Dinas Pendidikan Provinsi Nusa Bahari", "disdiknusabahari"),
    Agency("dinsos", "Dinas Sosial Provinsi Nusa Bahari", "dinsosnusabahari"),
]
AGENCY_BY_KEY = {a.key: a for a in AGENCIES}

# Kabupaten/kota of the province, with their share of the population and whether
# they are mostly urban. All invented.
REGIONS = [
    ("Kota Bahari", 0.24, True),  # the provincial capital
    ("Kota Pelabuhan Raya", 0.14, True),
    ("Kabupaten Teluk Biru", 0.15, False),
    ("Kabupaten Lembah Hijau", 0.13, False),
    ("Kabupaten Karang Mas", 0.12, False),
    ("Kabupaten Pulau Sagara", 0.09, False),
    ("Kabupaten Tanjung Nila", 0.13, False),
]

# Conversation topics (code -> label used in the files) and the agency in charge.
TOPICS = {
    "kesehatan": "dinkes",
    "dbd": "dinkes",
    "banjir": "bpbd",
    "transportasi": "dishub",
    "pendidikan": "disdik",
    "bansos": "dinsos",
    "layanan_publik": "pemprov",
    "infrastruktur": "pemprov",
    "informasi_hoaks": "diskominfo",
}


@dataclass(frozen=True)
class Event:
    key: str
    topic: str
    start: date
    end: date
    description: str


EVENTS = [
    Event(
        "hoaks_fogging",
        "informasi_hoaks",
        date(2026, 8, 24),
        date(2026, 8, 28),
        "Hoaks 'fogging DBD beracun' menyebar 24-25 Agustus; klarifikasi Diskominfo dan Dinkes "
        "26 Agustus; percakapan mereda sampai 28 Agustus.",
    ),
    Event(
        "kampanye_dbd",
        "dbd",
        date(2026, 9, 7),
        date(2026, 9, 27),
        "Kampanye pencegahan DBD '3M Plus' Dinas Kesehatan selama tiga minggu.",
    ),
    Event(
        "banjir",
        "banjir",
        date(2026, 10, 12),
        date(2026, 10, 18),
        "Banjir besar di Kabupaten Teluk Biru dan Kota Bahari mulai 12 Oktober dini hari; "
        "krisis 12-14 Oktober, pemulihan sampai 18 Oktober.",
    ),
]
EVENT_BY_KEY = {e.key: e for e in EVENTS}


def stream(seed: int, name: str) -> np.random.Generator:
    """An independent random stream for one output file (stable across runs and sizes)."""
    return np.random.default_rng(np.random.SeedSequence([seed, zlib.crc32(name.encode())]))


def wib_iso(values: pd.Series) -> pd.Series:
    """Timestamps (tz-aware WIB) as ISO 8601 text with the +07:00 offset, vectorised."""
    return values.dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write a CSV deterministically: UTF-8, LF line ends, no index, fixed float format."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8", float_format="%.4f")


def day_index(day: date) -> int:
    return (day - START).days


def datetime_wib(day: date, seconds: np.ndarray) -> pd.Series:
    """WIB timestamps for one day plus an array of seconds after midnight."""
    base = pd.Timestamp(datetime(day.year, day.month, day.day), tz=TZ)
    return base + pd.to_timedelta(seconds, unit="s")
