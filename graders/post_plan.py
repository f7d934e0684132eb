"""Check a POST plan against the audience survey: :func:`check_post_plan`.

The plan (a :class:`humas.plans.PostPlan` or a dict shaped like
:func:`humas.plans.template`) is graded on its form *and* on the data. Items are
grouped in seven parts; each part has a fixed weight (out of 20) that is shared
equally by its items, so a plan with more segments or objectives is not graded on
a different scale:

==========  ======  ===========================================================
part        weight  items
==========  ======  ===========================================================
struktur    2       six parts filled in (1/3 each): agency, people, objectives,
                    strategy (at least 15 words), technology (a known platform),
                    responsibilities
segmen      3       per segment (3/n): it exists in the survey (half) and its
                    stated size matches the survey count within 5 % or 5
                    respondents (half)
tujuan      4       per objective (4/n): one of the five kinds, a metric, a
                    positive target number and a deadline from 1 January 2026 to
                    31 December 2027 (a quarter each)
strategi    3       per distinct known objective kind (3/k): the strategy text
                    says how it is pursued (keyword families below)
jangkauan   4       per segment (4/n): the best chosen platform reaches at least
                    ``min_reach`` of the segment at least weekly
kesesuaian  2       tone (1) and channels (1) suit the segments
peran       2       an administrator who is the head of the agency (1) and at
                    least one appointed officer (1)
==========  ======  ===========================================================

A part with nothing to check (no segments, no objectives) gives one failed item
with the whole part's weight. Blank segments and objectives (nothing filled in,
as in the template) are ignored. Unknown top-level keys in a dict that lacks one of the
plan keys (likely a typo, e.g. "strategi") get a weight-0 item that names them.

Rules for *kesesuaian* (few and grounded in the survey):

- **tone** must be filled in. For a segment where at least half the respondents
  are aged 45+ (``45-54``, ``55+``) or whose mean ``trust_gov_info`` is below 2.5,
  the tone must name a plain register (formal, sederhana, ramah, santun, sopan,
  jelas, lugas, baku, mudah dipahami) and must not be casual (gaul, slang,
  kekinian, alay, prokem, bahasa anak muda, lo/gue).
- **cap**: a plan whose chosen platforms miss one of its own segments (a failed
  ``jangkauan.kurang`` item) scores at most ``REACH_CAP`` (0.7), whatever else is right.
- **channels**: X as the only platform fails for a segment where at least half
  the respondents live in a rural area (``perdesaan``); the message quotes X's
  weekly reach in the segment.

Messages never state the true size of a segment (exercise part (a) asks for it);
they do report platform reach, as a planner would read it from the survey.

>>> import humas.data
>>> survey = humas.data.load("audience_survey")
>>> plan = {
...     "agency": "Dinas Kesehatan Provinsi Nusa Bahari",
...     "people": [{"name": "Lansia 55+", "filters": {"age_band": ["55+"]}, "size": 284}],
...     "objectives": [{"kind": "supporting", "description": "Menjawab pertanyaan warga",
...                     "metric": "persentase pertanyaan dijawab dalam 24 jam",
...                     "target": 90, "deadline": "2026-09-27"}],
...     "strategy": "Kami menjawab setiap pertanyaan warga lanjut usia tentang DBD di "
...                 "WhatsApp dan Facebook dengan bahasa yang sederhana dan membantu mereka "
...                 "menemukan layanan puskesmas terdekat.",
...     "technology": ["tiktok"],
...     "tone": "formal, sederhana, dan ramah",
...     "responsibilities": {"administrator": "Kepala Dinas Kesehatan",
...                          "operator": "Pranata Humas Dinas Kesehatan"},
... }
>>> hasil = check_post_plan(plan, survey)
>>> hasil.score  # 0.8 by the weights, capped at REACH_CAP: the plan misses its audience
0.7
>>> print(hasil.failed[0].message)
Segmen 'Lansia 55+': TikTok menjangkau 7% responden setidaknya mingguan, di bawah batas \
50%; platform dengan jangkauan tertinggi untuk segmen ini adalah WhatsApp (77%) dan \
Facebook (72%). Rencana yang tidak menjangkau khalayaknya sendiri mendapat nilai paling \
tinggi 70%.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from graders._text import is_missing, join_id, normalize, type_name
from graders.primitives import parse_date
from graders.result import Item, Result
from humas.calendar import format_date
from humas.plans import (
    OBJECTIVE_KINDS,
    OBJECTIVE_NAMES_ID,
    PLAN_FIELDS,
    PLATFORM_NAMES,
    PLATFORMS,
    Objective,
    PostPlan,
    Segment,
    filter_problems,
    objective_kind,
    platform_code,
    reach,
    segment_mask,
)
from humas.text import format_number as _number_text

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["REACH_CAP", "WEIGHTS", "check_post_plan"]

WEIGHTS = {
    "struktur": 2.0,
    "segmen": 3.0,
    "tujuan": 4.0,
    "strategi": 3.0,
    "jangkauan": 4.0,
    "kesesuaian": 2.0,
    "peran": 2.0,
}
# A plan whose chosen platforms miss one of its own segments fails its purpose for
# that segment: whatever else is right, its score is capped here.
REACH_CAP = 0.7
MIN_STRATEGY_WORDS = 15
SIZE_ABS_TOL = 5
SIZE_REL_TOL = 0.05
PLAN_START = _dt.date(2026, 1, 1)
HORIZON_YEARS = 2
OLDER_AGE_BANDS = ("45-54", "55+")
OLDER_SHARE = 0.5
LOW_TRUST = 2.5
RURAL_SHARE = 0.5

_PREFIXES = r"(?:memper|diper|meng|meny|mem|men|me|di|ter|ber|be|peng|peny|pem|pen|per|pe|ke|se)?"

# Keyword stems per objective kind; a stem matches at a word start, after an optional
# Indonesian prefix (so "jawab" matches "menjawab", "libat" matches "pelibatan").
STRATEGY_KEYWORDS = {
    "listening": (
        "pantau", "mantau", "dengar", "monitor", "listening", "simak", "sentimen",
        "serap aspirasi", "percakapan",
    ),
    "talking": (
        "sosialisasi", "nyosialisasi", "informasi", "edukasi", "kampanye", "ngampanye",
        "suluh", "imbau", "publikasi", "konten", "pesan", "siaran",
    ),
    "energizing": (
        "duta", "relawan", "ajak", "bagikan", "sebarkan", "partisipasi", "kader", "gerakkan",
        "penggerak", "influencer", "pemengaruh", "tokoh masyarakat", "testimoni", "advokasi",
    ),
    "supporting": (
        "jawab", "bantu", "layanan", "respons", "tanggap", "nanggap", "tanya",
        "aduan", "keluhan", "helpdesk", "solusi", "dukung",
    ),
    "embracing": (
        "masukan", "usul", "ko kreasi", "kokreasi", "co creation", "libat", "aspirasi",
        "saran", "umpan balik", "kolaborasi", "rancang bersama", "konsultasi publik",
    ),
}  # fmt: skip
_STRATEGY_HINTS = {
    "listening": "misalnya memantau percakapan warga (pemantauan media sosial)",
    "talking": "misalnya sosialisasi, edukasi, atau kampanye informasi",
    "energizing": "misalnya mengajak duta, relawan, atau kader untuk membagikan pesan",
    "supporting": "misalnya menjawab pertanyaan atau membantu warga mendapatkan layanan",
    "embracing": "misalnya menghimpun masukan dan usulan warga atau melibatkan mereka",
}
PLAIN_TONE_WORDS = (
    "formal", "sederhana", "ramah", "santun", "sopan", "jelas", "lugas", "baku",
    "mudah dipahami", "hormat",
)  # fmt: skip
CASUAL_TONE_WORDS = (
    "gaul", "slang", "kekinian", "alay", "prokem", "anak muda", "lo gue", "lu gue", "casual",
)  # fmt: skip
_ADMIN_KEYS = ("administrator", "admin utama", "penanggung jawab")
_OFFICER_WORDS = (
    "operator", "admin", "pengelola", "petugas", "pelaksana", "moderator", "staf", "tim",
    "pranata", "humas", "pemantau", "penjawab", "editor", "konten", "media sosial", "medsos",
)  # fmt: skip


# --------------------------------------------------------------------------- helpers
def _stem_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(s) for s in stems)
    return re.compile(rf"\b{_PREFIXES}(?:{alternatives})")


_KEYWORD_PATTERNS = {kind: _stem_pattern(stems) for kind, stems in STRATEGY_KEYWORDS.items()}
_PLAIN_PATTERN = re.compile(r"\b(?:" + "|".join(map(re.escape, PLAIN_TONE_WORDS)) + r")")
_OFFICER_PATTERN = re.compile(r"\b(?:" + "|".join(map(re.escape, _OFFICER_WORDS)) + r")")
_CASUAL_PATTERN = re.compile(r"\b(?:" + "|".join(map(re.escape, CASUAL_TONE_WORDS)) + r")\b")


def _percent(share: float) -> str:
    return f"{int(share * 100 + 0.5)}%"


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _join(parts: list[str]) -> str:
    return join_id(parts)


def _objective_label(kind: str) -> str:
    return f"{kind} ({OBJECTIVE_NAMES_ID[kind]})"


def _five_kinds() -> str:
    return ", ".join(_objective_label(k) for k in OBJECTIVE_KINDS)


def _share(items_weight: float, count: int) -> float:
    return items_weight / count if count else items_weight


class _Seg:
    """A plan segment with what the survey says about it."""

    def __init__(self, index: int, segment: Segment, survey: pd.DataFrame) -> None:
        self.segment = segment
        self.label = f"Segmen '{segment.name}'" if segment.name else f"Segmen {index}"
        self.ref = "s" + self.label[1:]  # mid-sentence form
        self.problems = filter_problems(survey, segment.filters) if segment.filters else []
        self.exists = False
        self.count = 0
        self.frame = survey.iloc[0:0]
        if segment.filters and not self.problems:
            mask = segment_mask(survey, segment.filters)
            self.count = int(mask.sum())
            self.exists = self.count > 0
            self.frame = survey[mask]

    def share_where(self, column: str, values: tuple[str, ...]) -> float:
        if not self.count or column not in self.frame.columns:
            return 0.0
        return float(self.frame[column].astype(str).isin(values).mean())

    def mean_trust(self) -> float | None:
        if not self.count or "trust_gov_info" not in self.frame.columns:
            return None
        return float(self.frame["trust_gov_info"].astype(float).mean())


# --------------------------------------------------------------------------- parts
def _structure(plan: PostPlan, segments: list[Segment], objectives: list[Objective]) -> list[Item]:
    w = WEIGHTS["struktur"] / 6
    items = []
    if plan.agency:
        items.append(Item("struktur.instansi", True, "Nama instansi sudah diisi.", w))
    else:
        items.append(
            Item("struktur.instansi_kosong", False, "Nama instansi (agency) belum diisi.", w)
        )
    if segments:
        items.append(
            Item("struktur.segmen", True, f"Ada {len(segments)} segmen khalayak (people).", w)
        )
    else:
        items.append(
            Item(
                "struktur.segmen_kosong",
                False,
                "Belum ada segmen khalayak (people): tentukan siapa yang ingin dijangkau.",
                w,
            )
        )
    if objectives:
        items.append(Item("struktur.tujuan", True, f"Ada {len(objectives)} tujuan.", w))
    else:
        items.append(Item("struktur.tujuan_kosong", False, "Belum ada tujuan (objectives).", w))
    words = len(plan.strategy.split())
    if not plan.strategy:
        items.append(Item("struktur.strategi_kosong", False, "Strategi belum diisi.", w))
    elif words < MIN_STRATEGY_WORDS:
        items.append(
            Item(
                "struktur.strategi_pendek",
                False,
                f"Strategi terlalu singkat ({words} kata): jelaskan hubungan yang ingin "
                f"dibangun dengan khalayak dan caranya, minimal {MIN_STRATEGY_WORDS} kata.",
                w,
            )
        )
    else:
        items.append(Item("struktur.strategi", True, "Strategi sudah diuraikan.", w))
    known = [t for t in plan.technology if platform_code(t)]
    unknown = [t for t in plan.technology if not platform_code(t)]
    platforms = ", ".join(PLATFORMS)
    if known:
        note = ""
        if unknown:
            note = (
                f" {_join([repr(t) for t in unknown])} tidak dikenal sebagai platform media "
                "sosial dalam survei, sehingga tidak dihitung dalam jangkauan."
            )
        items.append(
            Item("struktur.teknologi", True, f"Platform (technology) sudah dipilih.{note}", w)
        )
    elif unknown:
        items.append(
            Item(
                "struktur.teknologi_tidak_dikenal",
                False,
                f"Platform {_join([repr(t) for t in unknown])} tidak dikenal; gunakan kode "
                f"platform: {platforms}.",
                w,
            )
        )
    else:
        items.append(
            Item(
                "struktur.teknologi_kosong",
                False,
                f"Belum ada platform (technology); pilih dari: {platforms}.",
                w,
            )
        )
    if any(who for who in plan.responsibilities.values()):
        items.append(Item("struktur.peran", True, "Pembagian tanggung jawab sudah diisi.", w))
    else:
        items.append(
            Item(
                "struktur.peran_kosong",
                False,
                "Pembagian tanggung jawab (responsibilities) belum diisi.",
                w,
            )
        )
    return items


def _segments(segs: list[_Seg]) -> list[Item]:
    total = WEIGHTS["segmen"]
    if not segs:
        return [
            Item(
                "segmen.tidak_ada",
                False,
                "Belum ada segmen untuk dicocokkan dengan data survei.",
                total,
            )
        ]
    w = _share(total, len(segs)) / 2
    items = []
    for seg in segs:
        if not seg.segment.filters:
            items.append(
                Item(
                    "segmen.tanpa_kriteria",
                    False,
                    f"{seg.label}: belum memiliki kriteria (filters) atas kolom survei, "
                    "misalnya {'age_band': ['55+']}.",
                    w,
                )
            )
        elif seg.problems:
            code = {
                "column": "segmen.kolom_tidak_dikenal",
                "value": "segmen.nilai_tidak_dikenal",
                "no_values": "segmen.nilai_kosong",
            }.get(seg.problems[0].kind, "segmen.kriteria_salah")
            detail = " ".join(p.message for p in seg.problems)
            items.append(
                Item(code, False, f"{seg.label} tidak ditemukan dalam data survei. {detail}", w)
            )
        elif not seg.exists:
            items.append(
                Item(
                    "segmen.tidak_ada_responden",
                    False,
                    f"{seg.label}: tidak ada responden yang memenuhi semua kriteria sekaligus.",
                    w,
                )
            )
        else:
            items.append(Item("segmen.ada", True, f"{seg.label} ditemukan dalam data survei.", w))
        size = seg.segment.size
        if not seg.exists:
            items.append(
                Item(
                    "segmen.ukuran_tidak_diperiksa",
                    False,
                    f"{seg.label}: ukuran segmen tidak dapat diperiksa karena segmennya "
                    "tidak ditemukan dalam data survei.",
                    w,
                )
            )
        elif size is None:
            items.append(
                Item(
                    "segmen.ukuran_kosong",
                    False,
                    f"{seg.label}: ukuran segmen (size) belum diisi dengan jumlah responden.",
                    w,
                )
            )
        elif abs(size - seg.count) <= max(SIZE_ABS_TOL, SIZE_REL_TOL * seg.count):
            items.append(
                Item(
                    "segmen.ukuran",
                    True,
                    f"{seg.label}: ukuran segmen sesuai data survei ({size} responden).",
                    w,
                )
            )
        else:
            items.append(
                Item(
                    "segmen.ukuran_salah",
                    False,
                    f"{seg.label}: ukuran segmen tidak sesuai data survei.",
                    w,
                )
            )
    return items


def _deadline_item(label: str, value: object, start: _dt.date, w: float) -> Item:
    latest = _dt.date(start.year + HORIZON_YEARS, start.month, start.day) - _dt.timedelta(1)
    smart = "sehingga tujuan belum SMART"
    if is_missing(value) or (isinstance(value, str) and not value.strip()):
        return Item(
            "tujuan.tenggat_kosong",
            False,
            f"{label}: belum ada tenggat (deadline), {smart}; tulis tanggal seperti '2026-09-27'.",
            w,
        )
    day = parse_date(value)
    if day is None:
        shown = f"'{value}'" if isinstance(value, str) else f"berupa {type_name(value)}, yang"
        return Item(
            "tujuan.tenggat_format",
            False,
            f"{label}: tenggat {shown} tidak terbaca sebagai tanggal, {smart}; tulis "
            "tanggal seperti '2026-09-27'.",
            w,
        )
    if day < start:
        return Item(
            "tujuan.tenggat_lewat",
            False,
            f"{label}: tenggat {format_date(day)} sudah lewat; rencana ini dimulai "
            f"{format_date(start)}.",
            w,
        )
    if day > latest:
        return Item(
            "tujuan.tenggat_terlalu_jauh",
            False,
            f"{label}: tenggat {format_date(day)} terlalu jauh; buat target yang dapat "
            f"dicapai paling lambat {format_date(latest)}.",
            w,
        )
    return Item("tujuan.tenggat", True, f"{label}: tenggat {format_date(day)}.", w)


def _objectives(objectives: list[Objective], start: _dt.date) -> list[Item]:
    total = WEIGHTS["tujuan"]
    if not objectives:
        return [Item("tujuan.tidak_ada", False, "Belum ada tujuan untuk diperiksa.", total)]
    w = _share(total, len(objectives)) / 4
    items = []
    for i, objective in enumerate(objectives, start=1):
        label = f"Tujuan {i}"
        kind = objective_kind(objective.kind)
        if kind is not None:
            items.append(
                Item(
                    "tujuan.jenis",
                    True,
                    f"{label}: {_objective_label(kind)} termasuk lima tujuan media sosial "
                    "instansi.",
                    w,
                )
            )
        elif not objective.kind:
            items.append(
                Item(
                    "tujuan.jenis_kosong",
                    False,
                    f"{label}: jenis tujuan (kind) belum diisi; pilih salah satu: {_five_kinds()}.",
                    w,
                )
            )
        else:
            items.append(
                Item(
                    "tujuan.jenis_tidak_dikenal",
                    False,
                    f"{label}: '{objective.kind}' tidak termasuk lima tujuan media sosial "
                    f"instansi (Groundswell): {_five_kinds()}.",
                    w,
                )
            )
        if objective.metric:
            items.append(Item("tujuan.metrik", True, f"{label}: metrik '{objective.metric}'.", w))
        else:
            items.append(
                Item(
                    "tujuan.metrik_kosong",
                    False,
                    f"{label}: belum ada metrik (apa yang diukur), sehingga tujuan belum SMART; "
                    "contoh: 'persentase pertanyaan warga yang dijawab dalam 24 jam'.",
                    w,
                )
            )
        target = objective.target
        if target is None:
            items.append(
                Item(
                    "tujuan.target_kosong",
                    False,
                    f"{label}: belum ada angka target (target), sehingga tujuan belum SMART; "
                    "tuliskan angka yang ingin dicapai, misalnya 90.",
                    w,
                )
            )
        elif not target > 0:
            items.append(
                Item(
                    "tujuan.target_tidak_positif",
                    False,
                    f"{label}: angka target harus lebih besar dari nol.",
                    w,
                )
            )
        else:
            items.append(Item("tujuan.target", True, f"{label}: target {_number_text(target)}.", w))
        items.append(_deadline_item(label, objective.deadline, start, w))
    return items


def _strategy(plan: PostPlan, objectives: list[Objective]) -> list[Item]:
    total = WEIGHTS["strategi"]
    kinds: list[str] = []
    for objective in objectives:
        kind = objective_kind(objective.kind)
        if kind is not None and kind not in kinds:
            kinds.append(kind)
    if not kinds:
        return [
            Item(
                "strategi.tidak_diperiksa",
                False,
                "Kesesuaian strategi belum dapat diperiksa karena belum ada tujuan yang "
                "termasuk lima tujuan media sosial instansi.",
                total,
            )
        ]
    w = _share(total, len(kinds))
    text = normalize(plan.strategy)
    items = []
    for kind in kinds:
        label = _objective_label(kind)
        if not text:
            items.append(
                Item(
                    "strategi.tujuan_tidak_dilayani",
                    False,
                    f"Strategi belum diisi, sehingga belum menjelaskan cara mencapai tujuan "
                    f"{label}.",
                    w,
                )
            )
        elif _KEYWORD_PATTERNS[kind].search(text):
            items.append(
                Item(
                    "strategi.tujuan",
                    True,
                    f"Strategi sudah menjelaskan cara mencapai tujuan {label}.",
                    w,
                )
            )
        else:
            items.append(
                Item(
                    "strategi.tujuan_tidak_dilayani",
                    False,
                    f"Strategi belum menjelaskan cara mencapai tujuan {label}; uraikan "
                    f"kegiatannya, {_STRATEGY_HINTS[kind]}.",
                    w,
                )
            )
    return items


def _chosen(plan: PostPlan) -> list[str]:
    codes: list[str] = []
    for name in plan.technology:
        code = platform_code(name)
        if code is not None and code not in codes:
            codes.append(code)
    return codes


def _reach(
    segs: list[_Seg], chosen: list[str], survey: pd.DataFrame, min_reach: float
) -> list[Item]:
    total = WEIGHTS["jangkauan"]
    if not segs:
        return [
            Item(
                "jangkauan.tidak_diperiksa",
                False,
                "Jangkauan platform belum dapat diperiksa karena belum ada segmen.",
                total,
            )
        ]
    w = _share(total, len(segs))
    limit = _percent(min_reach)
    items = []
    for seg in segs:
        if not seg.exists:
            items.append(
                Item(
                    "jangkauan.tidak_diperiksa",
                    False,
                    f"{seg.label}: jangkauan tidak dapat dihitung karena segmennya tidak "
                    "ditemukan dalam data survei.",
                    w,
                )
            )
            continue
        if not chosen:
            items.append(
                Item(
                    "jangkauan.tanpa_platform",
                    False,
                    f"{seg.label}: belum ada platform yang dikenal untuk menjangkau segmen ini.",
                    w,
                )
            )
            continue
        shares = reach(survey, seg.segment.filters, list(PLATFORMS))
        picked = sorted(chosen, key=lambda c: -shares[c])
        first = picked[0]
        said = _join(
            [f"{PLATFORM_NAMES[first]} menjangkau {_percent(shares[first])}"]
            + [f"{PLATFORM_NAMES[c]} {_percent(shares[c])}" for c in picked[1:]]
        )
        best = shares[picked[0]]
        if best >= min_reach:
            items.append(
                Item(
                    "jangkauan.cukup",
                    True,
                    f"{seg.label}: {said} responden setidaknya mingguan (batas minimal {limit}).",
                    w,
                )
            )
            continue
        top = sorted(PLATFORMS, key=lambda c: (-shares[c], PLATFORMS.index(c)))[:2]
        tops = _join([f"{PLATFORM_NAMES[c]} ({_percent(shares[c])})" for c in top])
        items.append(
            Item(
                "jangkauan.kurang",
                False,
                f"{seg.label}: {said} responden setidaknya mingguan, di bawah batas {limit}; "
                f"platform dengan jangkauan tertinggi untuk segmen ini adalah {tops}. "
                f"Rencana yang tidak menjangkau khalayaknya sendiri mendapat nilai paling "
                f"tinggi {round(REACH_CAP * 100)}%.",
                w,
            )
        )
    return items


def _suitability(
    plan: PostPlan, segs: list[_Seg], chosen: list[str], survey: pd.DataFrame
) -> list[Item]:
    w = WEIGHTS["kesesuaian"] / 2
    existing = [seg for seg in segs if seg.exists]
    items = []
    tone = normalize(plan.tone)
    if not tone:
        items.append(
            Item(
                "kesesuaian.nada_kosong",
                False,
                "Nada komunikasi (tone) belum diisi, misalnya 'formal, sederhana, dan ramah'.",
                w,
            )
        )
    elif not existing:
        items.append(
            Item(
                "kesesuaian.nada_tidak_diperiksa",
                False,
                "Kesesuaian nada belum dapat diperiksa karena belum ada segmen yang ditemukan "
                "dalam data survei.",
                w,
            )
        )
    else:
        problems = []
        for seg in existing:
            reasons = []
            older = seg.share_where("age_band", OLDER_AGE_BANDS)
            if older >= OLDER_SHARE:
                reasons.append(f"{_percent(older)} responden berusia 45 tahun ke atas")
            trust = seg.mean_trust()
            if trust is not None and trust < LOW_TRUST:
                reasons.append(
                    f"rata-rata kepercayaan pada informasi pemerintah {_decimal(trust)} dari 5"
                )
            if not reasons:
                continue
            casual = _CASUAL_PATTERN.search(tone)
            plain = _PLAIN_PATTERN.search(tone)
            if casual or not plain:
                problems.append(f"{seg.ref} ({_join(reasons)})")
        if problems:
            items.append(
                Item(
                    "kesesuaian.nada_tidak_sesuai",
                    False,
                    f"Nada '{plan.tone}' kurang sesuai untuk {_join(problems)}: gunakan nada "
                    "formal, sederhana, dan ramah, bukan bahasa gaul.",
                    w,
                )
            )
        else:
            items.append(
                Item(
                    "kesesuaian.nada",
                    True,
                    f"Nada '{plan.tone}' sesuai dengan segmen yang dituju.",
                    w,
                )
            )
    if not existing or not chosen:
        items.append(
            Item(
                "kesesuaian.kanal_tidak_diperiksa",
                False,
                "Kesesuaian kanal belum dapat diperiksa karena belum ada segmen yang ditemukan "
                "dalam data survei atau platform yang dikenal.",
                w,
            )
        )
        return items
    problems = []
    if chosen == ["x"]:
        for seg in existing:
            rural = seg.share_where("area_type", ("perdesaan",))
            if rural >= RURAL_SHARE:
                x_share = reach(survey, seg.segment.filters, ["x"])["x"]
                problems.append(
                    f"{seg.label}: X satu-satunya platform, padahal hanya {_percent(x_share)} "
                    f"responden segmen ini memakai X setidaknya mingguan ({_percent(rural)} "
                    "tinggal di perdesaan)"
                )
    if problems:
        items.append(
            Item(
                "kesesuaian.kanal_tidak_sesuai",
                False,
                "; ".join(problems) + ". Tambahkan kanal yang dipakai warga perdesaan.",
                w,
            )
        )
    else:
        items.append(Item("kesesuaian.kanal", True, "Kanal yang dipilih sesuai dengan segmen.", w))
    return items


def _roles(plan: PostPlan) -> list[Item]:
    w = WEIGHTS["peran"] / 2
    roles = {role: who for role, who in plan.responsibilities.items() if who}
    admin_role = None
    for role, who in roles.items():
        key = normalize(role)
        if any(key.startswith(k) for k in _ADMIN_KEYS) or (
            normalize(who) == "administrator" and "kepala" in key
        ):
            admin_role = role
            break
    items = []
    if admin_role is None:
        items.append(
            Item(
                "peran.administrator_kosong",
                False,
                "Belum ada administrator akun resmi; menurut pedoman, administratornya adalah "
                "kepala instansi (misalnya 'Kepala Dinas ...').",
                w,
            )
        )
    else:
        holder = roles[admin_role]
        text = normalize(f"{admin_role} {holder}")
        if re.search(r"\bkepala\b", text):
            items.append(
                Item("peran.administrator", True, f"Administrator akun resmi: {holder}.", w)
            )
        else:
            items.append(
                Item(
                    "peran.administrator_bukan_kepala",
                    False,
                    f"Administrator akun resmi adalah kepala instansi (misalnya 'Kepala Dinas "
                    f"...'), bukan '{holder}'.",
                    w,
                )
            )
    officers = [
        role
        for role, who in roles.items()
        if role != admin_role and _OFFICER_PATTERN.search(normalize(f"{role} {who}"))
    ]
    if officers:
        items.append(
            Item(
                "peran.operator",
                True,
                f"Petugas pengelola akun sudah ditunjuk ({_join(officers)}).",
                w,
            )
        )
    else:
        items.append(
            Item(
                "peran.operator_kosong",
                False,
                "Belum ada petugas (operator/admin) yang ditunjuk untuk mengelola akun "
                "sehari-hari.",
                w,
            )
        )
    return items


def _unknown_keys(plan: object) -> list[Item]:
    if not isinstance(plan, Mapping):
        return []
    unknown = [str(k) for k in plan if str(k) not in PLAN_FIELDS]
    if not unknown or all(key in plan for key in PLAN_FIELDS):
        return []  # extra keys beside a complete plan are harmless notes
    return [
        Item(
            "rencana.kunci_tidak_dikenal",
            False,
            f"Kunci {_join([repr(k) for k in unknown])} tidak dikenal dan tidak diperiksa; "
            f"gunakan kunci dari humas.plans.template(): {', '.join(PLAN_FIELDS)}.",
            0.0,
        )
    ]


# --------------------------------------------------------------------------- entry point
def check_post_plan(
    plan: object,
    audience: pd.DataFrame,
    *,
    min_reach: float = 0.5,
    start: _dt.date = PLAN_START,
) -> Result:
    """Grade a POST plan against the audience survey; see the module docstring.

    ``plan`` is a :class:`humas.plans.PostPlan` or a dict like
    :func:`humas.plans.template`; anything else (None, a list, a text) gives one
    failed item and score 0. ``audience`` is ``humas.data.load("audience_survey")``.
    ``min_reach`` is the weekly reach the best chosen platform must have in every
    segment; deadlines must fall from ``start`` to two years later.

    >>> import humas.data, humas.plans
    >>> survey = humas.data.load("audience_survey")
    >>> check_post_plan(None, survey).failed[0].code
    'rencana.kosong'
    >>> print(check_post_plan(["whatsapp"], survey).failed[0].message)
    Rencana POST harus berupa kamus (dict) seperti humas.plans.template() atau PostPlan, bukan \
list.
    >>> check_post_plan(humas.plans.template(), survey).score
    0.0
    """
    import pandas as pd

    if not isinstance(audience, pd.DataFrame):
        raise TypeError("audience must be a pandas DataFrame (the audience_survey dataset)")
    if is_missing(plan):
        return Result([Item("rencana.kosong", False, "Rencana POST belum diisi.")])
    if not isinstance(plan, Mapping | PostPlan):
        return Result(
            [
                Item(
                    "tipe.salah",
                    False,
                    "Rencana POST harus berupa kamus (dict) seperti humas.plans.template() "
                    f"atau PostPlan, bukan {type_name(plan)}.",
                )
            ]
        )
    parsed = PostPlan.from_dict(plan)
    segments = [s for s in parsed.people if not s.is_blank()]
    objectives = [o for o in parsed.objectives if not o.is_blank()]
    segs = [_Seg(i, s, audience) for i, s in enumerate(segments, start=1)]
    chosen = _chosen(parsed)
    items = [
        *_unknown_keys(plan),
        *_structure(parsed, segments, objectives),
        *_segments(segs),
        *_objectives(objectives, start),
        *_strategy(parsed, objectives),
        *_reach(segs, chosen, audience, min_reach),
        *_suitability(parsed, segs, chosen, audience),
        *_roles(parsed),
    ]
    result = Result(items)
    if any(item.code == "jangkauan.kurang" for item in result.failed):
        return Result(items, score=min(result.score, REACH_CAP))
    return result
