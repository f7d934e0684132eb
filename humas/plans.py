"""POST plans (People, Objectives, Strategy, Technology) and audience helpers.

A social-media plan in the POST method used by PermenPAN-RB 83/2012 names the
**people** it wants to reach (segments of ``audience_survey``), its **objectives**
(the five of Li & Bernoff's *Groundswell*: listening, talking, energizing,
supporting, embracing, each with a SMART target), the **strategy** (the
relationship the agency wants and how it gets there) and the **technology**
(platforms), plus the tone and who is responsible for the account.

A plan can be written as a plain dict (start from :func:`template`), built as a
:class:`PostPlan`, or entered in a form that saves it as JSON (:func:`save` /
:func:`load`). :meth:`PostPlan.from_dict` is lenient: it never raises on what a
trainee typed; unknown or missing fields become empty values.

>>> plan = PostPlan.from_dict({
...     "agency": "Dinas Kesehatan",
...     "people": [{"name": "Lansia", "filters": {"age_band": "55+"}, "size": 284}],
...     "objectives": [{"kind": "talking", "metric": "jangkauan unggahan",
...                     "target": "100.000", "deadline": "2026-09-27"}],
...     "technology": "WhatsApp, Facebook",
... })
>>> plan.people[0].filters
{'age_band': ['55+']}
>>> plan.objectives[0].target, plan.objectives[0].deadline
(100000, datetime.date(2026, 9, 27))
>>> plan.technology
['WhatsApp', 'Facebook']
>>> PostPlan.from_dict(plan.to_dict()) == plan
True

The audience helpers work on the survey (``humas.data.load("audience_survey")``):
:func:`segment_mask` selects a segment, :func:`reach` gives the share of it that
uses each platform at least weekly and :func:`segment_profile` summarises it.
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from humas._jsonfile import read_json, write_json
from humas.calendar import parse_iso_date

if TYPE_CHECKING:  # pragma: no cover - typing only; pandas is imported lazily
    import pandas as pd

__all__ = [
    "FREQ_LEVELS",
    "LADDER_RUNGS",
    "OBJECTIVE_KINDS",
    "PLAN_FIELDS",
    "OBJECTIVE_NAMES_ID",
    "PLATFORMS",
    "PLATFORM_NAMES",
    "FilterProblem",
    "Objective",
    "PlanFileError",
    "PostPlan",
    "Segment",
    "filter_problems",
    "load",
    "objective_kind",
    "platform_code",
    "reach",
    "reach_any",
    "save",
    "segment_mask",
    "segment_profile",
    "template",
]

PLATFORMS = ("whatsapp", "facebook", "instagram", "tiktok", "x", "youtube")
PLATFORM_NAMES = {
    "whatsapp": "WhatsApp",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "x": "X",
    "youtube": "YouTube",
}
_PLATFORM_ALIASES = {
    "whatsapp": "whatsapp",
    "wa": "whatsapp",
    "whatsappgroup": "whatsapp",
    "whatsappchannel": "whatsapp",
    "facebook": "facebook",
    "fb": "facebook",
    "instagram": "instagram",
    "ig": "instagram",
    "tiktok": "tiktok",
    "x": "x",
    "twitter": "x",
    "xtwitter": "x",
    "youtube": "youtube",
    "yt": "youtube",
}

# Survey frequency levels, from least to most often; "at least weekly" = mingguan or harian.
FREQ_LEVELS = ("tidak pernah", "jarang", "mingguan", "harian")
_FREQ_ALIASES = {
    "tidak pernah": "tidak pernah",
    "never": "tidak pernah",
    "jarang": "jarang",
    "rarely": "jarang",
    "mingguan": "mingguan",
    "weekly": "mingguan",
    "harian": "harian",
    "daily": "harian",
}

OBJECTIVE_KINDS = ("listening", "talking", "energizing", "supporting", "embracing")
OBJECTIVE_NAMES_ID = {
    "listening": "mendengarkan",
    "talking": "berbicara",
    "energizing": "menggerakkan",
    "supporting": "mendukung",
    "embracing": "merangkul",
}
_OBJECTIVE_ALIASES = {
    **{kind: kind for kind in OBJECTIVE_KINDS},
    **{name: kind for kind, name in OBJECTIVE_NAMES_ID.items()},
    "mendengar": "listening",
    "bicara": "talking",
    "berbicara kepada publik": "talking",
    "memberi energi": "energizing",
    "memberdayakan": "energizing",
    "dukungan": "supporting",
    "melibatkan": "embracing",
}

# Social Technographics ladder (Forrester; Li & Bernoff), from the top rung down.
LADDER_RUNGS = (
    "Creators",
    "Conversationalists",
    "Critics",
    "Collectors",
    "Joiners",
    "Spectators",
    "Inactives",
)

# Columns whose cells hold several values separated by ';' (a filter matches any of them).
_MULTI_VALUE_COLUMNS = {"topics_of_interest": ";"}
_MAX_LISTED_VALUES = 12
_SEPARATORS = re.compile(r"[\s\-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212]+")
_LIST_SPLIT = re.compile(r"[,;/\n]")
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+$")


# --------------------------------------------------------------------------- text helpers
def _norm(text: object) -> str:
    """Comparison form: diacritics dropped, case-folded, hyphens/underscores as spaces.

    >>> _norm("  Laki-Laki ") == _norm("laki_laki")
    True
    """
    decomposed = unicodedata.normalize("NFKD", str(text))
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", kept.casefold()).strip()


def _text(value: object) -> str:
    """A trainee's text field: stripped str, or "" for anything that is not text."""
    return value.strip() if isinstance(value, str) else ""


def _is_number(value: object) -> bool:
    if not isinstance(value, numbers.Real) or isinstance(value, bool):
        return False
    if type(value).__name__ == "bool_":
        return False
    try:
        return math.isfinite(float(value))
    except (OverflowError, ValueError):  # an int too large for a float is not a usable number
        return False


def _number(value: object) -> int | float | None:
    """A number from a number or a numeric text (``"70"``, ``"70%"``, ``"2,5"``, ``"1.000"``)."""
    if _is_number(value):
        if isinstance(value, numbers.Integral):
            return int(value)
        return float(value)  # type: ignore[arg-type]
    if not isinstance(value, str):
        return None
    text = value.strip().rstrip("%").strip().replace(" ", "")
    if not text:
        return None
    if _THOUSANDS.match(text):
        return int(text.replace(".", ""))
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    return int(number) if re.fullmatch(r"[+-]?\d+", text) else number


def _size(value: object) -> int | None:
    number = _number(value)
    if number is None:
        return None
    return int(round(number))


def _deadline(value: object) -> _dt.date | str | None:
    """A date when readable as one (date, datetime, Timestamp, ISO text), else the text."""
    if type(value).__name__ == "NaTType":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if type(value).__name__ == "datetime64":
        value = str(value)[:10]
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    return parse_iso_date(text) or text


def _str_list(value: object, *, split: bool = False) -> list[str]:
    """A list of non-empty texts from a text, a number or a collection (lenient)."""
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, str):
        parts = _LIST_SPLIT.split(value) if split else [value]
        return [p.strip() for p in parts if p.strip()]
    if _is_number(value):
        number = float(value)  # type: ignore[arg-type]
        return [str(int(number)) if number.is_integer() else str(number)]
    if isinstance(value, Mapping):
        return []
    if isinstance(value, Iterable):
        out: list[str] = []
        for item in value:
            if isinstance(item, bool):
                out.append(str(item))
            elif isinstance(item, str) or _is_number(item):
                out.extend(_str_list(item, split=split))
        return out
    return []


def _fields(value: object, names: Iterable[str]) -> Mapping[str, Any] | None:
    """The fields of a mapping or of an object with those attributes (a dataclass)."""
    if isinstance(value, Mapping):
        return value
    if isinstance(value, Segment | Objective | PostPlan):
        return {name: getattr(value, name, None) for name in names}
    return None


def _records(value: object) -> list[object]:
    """Entries of a list field; one mapping/object counts as a list of one."""
    if isinstance(value, Mapping | Segment | Objective):
        return [value]
    if isinstance(value, list | tuple):
        return list(value)
    return []


# --------------------------------------------------------------------------- codes
def platform_code(name: object) -> str | None:
    """The platform code for a name as a trainee may write it; None if unknown.

    >>> platform_code("TikTok"), platform_code(" WA "), platform_code("Twitter")
    ('tiktok', 'whatsapp', 'x')
    >>> platform_code("situs web") is None
    True
    """
    if not isinstance(name, str):
        return None
    key = re.sub(r"[^a-z]", "", _norm(name))
    return _PLATFORM_ALIASES.get(key)


def objective_kind(name: object) -> str | None:
    """The objective code for an English or Indonesian name; None if not one of the five.

    >>> objective_kind("Mendengarkan"), objective_kind("energizing")
    ('listening', 'energizing')
    >>> objective_kind("viral") is None
    True
    """
    if not isinstance(name, str):
        return None
    return _OBJECTIVE_ALIASES.get(_norm(name))


def _freq_level(min_freq: object) -> int:
    key = _FREQ_ALIASES.get(_norm(min_freq)) if isinstance(min_freq, str) else None
    if key is None:
        raise ValueError(
            f"min_freq {min_freq!r} tidak dikenal; gunakan salah satu dari: "
            + ", ".join(FREQ_LEVELS)
            + "."
        )
    return FREQ_LEVELS.index(key)


# --------------------------------------------------------------------------- plan model
@dataclass
class Segment:
    """A target segment: a name, filters over ``audience_survey`` columns, the stated size.

    ``filters`` maps a column to the accepted values (OR within a column, AND across
    columns), e.g. ``{"age_band": ["55+"], "area_type": ["perdesaan"]}``.

    >>> Segment.from_dict({"name": "Lansia", "filters": {"age_band": "55+"}, "size": "284"})
    Segment(name='Lansia', filters={'age_band': ['55+']}, size=284)
    >>> Segment.from_dict("bukan segmen")
    Segment(name='', filters={}, size=None)
    """

    name: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    size: int | None = None

    @classmethod
    def from_dict(cls, data: object) -> Segment:
        """Build a segment from a dict (lenient: never raises)."""
        raw = _fields(data, ("name", "filters", "size"))
        if raw is None:
            return cls()
        filters_raw = raw.get("filters")
        filters: dict[str, list[str]] = {}
        if isinstance(filters_raw, Mapping):
            for column, values in filters_raw.items():
                if isinstance(column, str) and column.strip():
                    filters[column.strip()] = _str_list(values)
        return cls(name=_text(raw.get("name")), filters=filters, size=_size(raw.get("size")))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict.

        >>> Segment("Lansia", {"age_band": ["55+"]}, 284).to_dict()
        {'name': 'Lansia', 'filters': {'age_band': ['55+']}, 'size': 284}
        """
        clean = Segment.from_dict(self)
        return {
            "name": clean.name,
            "filters": {k: list(v) for k, v in clean.filters.items()},
            "size": clean.size,
        }

    def is_blank(self) -> bool:
        """True when nothing has been filled in.

        >>> Segment().is_blank(), Segment(name="Lansia").is_blank()
        (True, False)
        """
        return not self.name and not self.filters and self.size is None


@dataclass
class Objective:
    """An objective: one of the five kinds, with a SMART target.

    ``kind`` is kept as typed (``"talking"`` or ``"berbicara"``; see
    :func:`objective_kind`), ``target`` is a number (a numeric text is read as one;
    other values become None) and ``deadline`` a date (ISO text is read as one;
    other text is kept as typed so that a checker can quote it).

    >>> Objective.from_dict({"kind": "Berbicara", "target": "70%", "deadline": "akhir tahun"})
    Objective(kind='Berbicara', description='', metric='', target=70, deadline='akhir tahun')
    """

    kind: str = ""
    description: str = ""
    metric: str = ""
    target: int | float | None = None
    deadline: _dt.date | str | None = None

    @classmethod
    def from_dict(cls, data: object) -> Objective:
        """Build an objective from a dict (lenient: never raises)."""
        raw = _fields(data, ("kind", "description", "metric", "target", "deadline"))
        if raw is None:
            return cls()
        return cls(
            kind=_text(raw.get("kind")),
            description=_text(raw.get("description")),
            metric=_text(raw.get("metric")),
            target=_number(raw.get("target")),
            deadline=_deadline(raw.get("deadline")),
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the deadline as ISO text).

        >>> Objective("talking", "", "jangkauan", 1000, _dt.date(2026, 9, 27)).to_dict()["deadline"]
        '2026-09-27'
        """
        clean = Objective.from_dict(self)
        deadline = clean.deadline
        return {
            "kind": clean.kind,
            "description": clean.description,
            "metric": clean.metric,
            "target": clean.target,
            "deadline": deadline.isoformat() if isinstance(deadline, _dt.date) else deadline,
        }

    def is_blank(self) -> bool:
        """True when nothing has been filled in.

        >>> Objective().is_blank()
        True
        """
        return not (self.kind or self.description or self.metric) and (
            self.target is None and self.deadline is None
        )


# The keys of a plan dict, in the order of humas.plans.template().
PLAN_FIELDS = (
    "agency",
    "people",
    "objectives",
    "strategy",
    "technology",
    "tone",
    "responsibilities",
)


@dataclass
class PostPlan:
    """A POST plan: People, Objectives, Strategy, Technology (plus tone and roles).

    ``technology`` holds platform names (codes: whatsapp, facebook, instagram,
    tiktok, x, youtube; see :func:`platform_code`), ``responsibilities`` maps a role
    to a unit or person, e.g. ``{"administrator": "Kepala Dinas Kesehatan"}``.

    >>> PostPlan.from_dict(None)
    PostPlan(agency='', people=[], objectives=[], strategy='', technology=[], tone='', \
responsibilities={})
    """

    agency: str = ""
    people: list[Segment] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    strategy: str = ""
    technology: list[str] = field(default_factory=list)
    tone: str = ""
    responsibilities: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: object) -> PostPlan:
        """Build a plan from a dict (or another PostPlan); never raises on trainee input.

        Unknown keys are ignored; missing fields and fields of the wrong type become
        empty values. ``technology`` may be one text ("WhatsApp, Facebook").

        >>> PostPlan.from_dict({"people": "lansia", "technology": ["ig", 3]}).technology
        ['ig']
        """
        raw = _fields(data, PLAN_FIELDS)
        if raw is None:
            return cls()
        roles_raw = raw.get("responsibilities")
        roles: dict[str, str] = {}
        if isinstance(roles_raw, Mapping):
            for role, who in roles_raw.items():
                if isinstance(role, str) and role.strip():
                    roles[role.strip()] = _text(who)
        return cls(
            agency=_text(raw.get("agency")),
            people=[Segment.from_dict(s) for s in _records(raw.get("people"))],
            objectives=[Objective.from_dict(o) for o in _records(raw.get("objectives"))],
            strategy=_text(raw.get("strategy")),
            technology=[
                t for t in _str_list(raw.get("technology"), split=True) if not _is_numeric(t)
            ],
            tone=_text(raw.get("tone")),
            responsibilities=roles,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the keys of :func:`template`.

        >>> list(PostPlan().to_dict()) == list(template())
        True
        """
        clean = PostPlan.from_dict(self)
        return {
            "agency": clean.agency,
            "people": [s.to_dict() for s in clean.people],
            "objectives": [o.to_dict() for o in clean.objectives],
            "strategy": clean.strategy,
            "technology": list(clean.technology),
            "tone": clean.tone,
            "responsibilities": dict(clean.responsibilities),
        }

    def save(self, path: str | Path) -> Path:
        """Write the plan as UTF-8 JSON (indent 2, non-ASCII kept); return the path."""
        return save(self, path)

    @classmethod
    def load(cls, path: str | Path) -> PostPlan:
        """Read a plan written by :meth:`save` (see :func:`load`)."""
        return load(path)


def _is_numeric(text: str) -> bool:
    return _number(text) is not None


def template() -> dict[str, Any]:
    """An empty plan to fill in: one blank segment and one blank objective.

    >>> t = template()
    >>> sorted(t)
    ['agency', 'objectives', 'people', 'responsibilities', 'strategy', 'technology', 'tone']
    >>> t["people"]
    [{'name': '', 'filters': {}, 'size': None}]
    >>> t["responsibilities"]
    {'administrator': '', 'operator': ''}
    """
    return {
        "agency": "",
        "people": [{"name": "", "filters": {}, "size": None}],
        "objectives": [
            {"kind": "", "description": "", "metric": "", "target": None, "deadline": None}
        ],
        "strategy": "",
        "technology": [],
        "tone": "",
        "responsibilities": {"administrator": "", "operator": ""},
    }


class PlanFileError(ValueError):
    """A plan file that cannot be read as JSON (Indonesian message)."""


def save(plan: PostPlan | Mapping[str, Any], path: str | Path) -> Path:
    """Write ``plan`` (a PostPlan or a dict) to ``path`` as UTF-8 JSON; return the path.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> p = save({"agency": "Dinas Kesehatan", "tone": "ramah"}, folder / "rencana.json")
    >>> load(p).agency
    'Dinas Kesehatan'
    """
    return write_json(PostPlan.from_dict(plan).to_dict(), path)


def load(path: str | Path) -> PostPlan:
    """Read a plan from a JSON file written by :func:`save` or by the form.

    A missing file raises ``FileNotFoundError`` and a file that is not JSON raises
    :class:`PlanFileError`, both with Indonesian messages. JSON that is not a plan
    gives an empty plan (the checker then says what is missing).
    """
    data = read_json(
        path,
        noun="rencana",
        missing_hint="simpan rencana terlebih dahulu.",
        error=PlanFileError,
    )
    return PostPlan.from_dict(data)


# --------------------------------------------------------------------------- audience
class FilterProblem(NamedTuple):
    """Why a segment's filters select nobody: ``kind`` is ``"type"``, ``"column"``,
    ``"value"`` or ``"no_values"``; ``message`` is Indonesian."""

    kind: str
    column: str | None
    value: str | None
    message: str


def _check_survey(survey: object) -> pd.DataFrame:
    import pandas as pd

    if not isinstance(survey, pd.DataFrame):
        raise TypeError(
            "Data survei harus berupa pandas.DataFrame, misalnya "
            f"humas.data.load('audience_survey'), bukan {type(survey).__name__}."
        )
    return survey


def _find_column(survey: pd.DataFrame, name: str) -> str | None:
    if name in survey.columns:
        return name
    wanted = _norm(name)
    for column in survey.columns:
        if isinstance(column, str) and _norm(column) == wanted:
            return column
    return None


def _column_values(series: pd.Series, column: str) -> pd.Series:
    """The comparison form of every cell (lists of forms for multi-value columns)."""
    sep = _MULTI_VALUE_COLUMNS.get(column)
    text = series.astype(str)
    if sep is not None:
        return text.map(lambda cell: {_norm(part) for part in cell.split(sep) if part.strip()})
    return text.map(_norm)


def _known_values(forms: pd.Series, column: str) -> dict[str, str]:
    """Comparison form -> one display form of the values present in a column."""
    if column in _MULTI_VALUE_COLUMNS:
        found: dict[str, str] = {}
        for cell in forms:
            for form in cell:
                found.setdefault(form, form)
        return found
    return {form: form for form in forms.unique()}


def _display_values(series: pd.Series, column: str) -> list[str]:
    sep = _MULTI_VALUE_COLUMNS.get(column)
    if sep is not None:
        seen: dict[str, None] = {}
        for cell in series.astype(str):
            for part in cell.split(sep):
                if part.strip():
                    seen.setdefault(part.strip(), None)
        return list(seen)
    if hasattr(series, "cat"):
        return [str(v) for v in series.cat.categories]
    return sorted({str(v) for v in series.unique()})


def _evaluate(
    survey: pd.DataFrame, filters: object
) -> tuple[pd.Series | None, list[FilterProblem]]:
    import pandas as pd

    if not isinstance(filters, Mapping):
        problem = FilterProblem(
            "type",
            None,
            None,
            "Kriteria segmen (filters) harus berupa kamus (dict) kolom -> daftar nilai, "
            f"misalnya {{'age_band': ['55+']}}, bukan {type(filters).__name__}.",
        )
        return None, [problem]
    mask = pd.Series(True, index=survey.index)
    problems: list[FilterProblem] = []
    for column_name, raw_values in filters.items():
        name = str(column_name)
        column = _find_column(survey, name) if isinstance(column_name, str) else None
        if column is None:
            listed = ", ".join(str(c) for c in survey.columns if c != "respondent_id")
            problems.append(
                FilterProblem(
                    "column",
                    name,
                    None,
                    f"Kolom '{name}' tidak ada dalam data survei; kolom yang tersedia: {listed}.",
                )
            )
            continue
        values = _str_list(raw_values)
        if not values:
            problems.append(
                FilterProblem(
                    "no_values", column, None, f"Kolom '{column}' belum diberi nilai kriteria."
                )
            )
            continue
        forms = _column_values(survey[column], column)
        known = _known_values(forms, column)
        wanted = set()
        for value in values:
            form = _norm(value)
            if form in known:
                wanted.add(form)
                continue
            shown = _display_values(survey[column], column)
            hint = (
                f"; nilai yang ada: {', '.join(shown)}" if len(shown) <= _MAX_LISTED_VALUES else ""
            )
            problems.append(
                FilterProblem(
                    "value",
                    column,
                    value,
                    f"Nilai '{value}' tidak ada pada kolom '{column}'{hint}.",
                )
            )
        if column in _MULTI_VALUE_COLUMNS:
            mask &= forms.map(lambda cell, w=frozenset(wanted): bool(cell & w)).astype(bool)
        else:
            mask &= forms.isin(wanted)
    return mask, problems


def filter_problems(survey: pd.DataFrame, filters: object) -> list[FilterProblem]:
    """What is wrong with ``filters`` (unknown columns or values); empty when nothing is.

    >>> import pandas as pd
    >>> survey = pd.DataFrame({"age_band": ["15-24", "55+"], "area_type": ["perkotaan"] * 2})
    >>> [p.message for p in filter_problems(survey, {"age_band": ["60-70"], "usia": ["55+"]})]
    ["Nilai '60-70' tidak ada pada kolom 'age_band'; nilai yang ada: 15-24, 55+.", \
"Kolom 'usia' tidak ada dalam data survei; kolom yang tersedia: age_band, area_type."]
    >>> filter_problems(survey, {"Age_Band": "55+"})
    []
    """
    return _evaluate(_check_survey(survey), filters)[1]


def segment_mask(survey: pd.DataFrame, filters: object) -> pd.Series:
    """Boolean mask of the respondents in the segment described by ``filters``.

    ``filters`` maps columns to accepted values: a respondent is in the segment when,
    for every column, the value is one of those listed (OR within a column, AND across
    columns). Values are compared case-insensitively (``"Perdesaan"`` = ``"perdesaan"``);
    for ``topics_of_interest`` a respondent matches when any listed topic is among theirs.
    Empty filters (``{}``) select everyone. Unknown columns or values, or filters that
    are not a dict, give an all-False mask (see :func:`filter_problems` for why); it
    never raises on what a trainee typed.

    >>> import pandas as pd
    >>> survey = pd.DataFrame({
    ...     "age_band": ["15-24", "55+", "55+"],
    ...     "area_type": ["perkotaan", "perdesaan", "perkotaan"],
    ...     "topics_of_interest": ["pendidikan", "kesehatan;bansos", "bansos"],
    ... })
    >>> segment_mask(survey, {"age_band": ["55+"], "area_type": "Perdesaan"}).tolist()
    [False, True, False]
    >>> segment_mask(survey, {"topics_of_interest": ["kesehatan", "pendidikan"]}).tolist()
    [True, True, False]
    >>> segment_mask(survey, {"age_band": ["60-70"]}).tolist()
    [False, False, False]
    >>> segment_mask(survey, ["55+"]).tolist()
    [False, False, False]
    """
    import pandas as pd

    frame = _check_survey(survey)
    mask, problems = _evaluate(frame, filters)
    if mask is None or problems:
        return pd.Series(False, index=frame.index, name="segmen")
    return mask.astype(bool).rename("segmen")


def _platform_list(platforms: object) -> list[tuple[str, str | None]]:
    """(key, code) pairs: key is the code when known, else the text as given."""
    if platforms is None:
        return [(code, code) for code in PLATFORMS]
    names = _str_list(platforms, split=True) if isinstance(platforms, str) else platforms
    pairs: list[tuple[str, str | None]] = []
    if not isinstance(names, Iterable) or isinstance(names, Mapping):
        return pairs
    for name in names:
        code = platform_code(name)
        key = code if code is not None else str(name)
        if all(key != k for k, _ in pairs):
            pairs.append((key, code))
    return pairs


def _uses(survey: pd.DataFrame, code: str, level: int) -> pd.Series:
    column = f"freq_{code}"
    if column not in survey.columns:
        return survey.index.to_series().map(lambda _: False).astype(bool)
    ranks = {form: i for i, form in enumerate(FREQ_LEVELS)}
    return survey[column].astype(str).map(lambda v: ranks.get(_norm(v), -1) >= level)


def reach(
    survey: pd.DataFrame,
    filters: object,
    platforms: object = None,
    min_freq: str = "mingguan",
) -> dict[str, float]:
    """Share (0..1) of the segment that uses each platform at least ``min_freq``.

    ``platforms`` is a list of platform names (``"TikTok"``, ``"wa"``) or one name;
    None means all six. Keys are platform codes (unknown names are kept as given and
    get 0.0). An empty or unknown segment gives 0.0 everywhere. ``min_freq`` is
    ``"jarang"``, ``"mingguan"`` (default: weekly or daily) or ``"harian"``.

    >>> import pandas as pd
    >>> survey = pd.DataFrame({
    ...     "age_band": ["55+", "55+", "55+", "15-24"],
    ...     "freq_whatsapp": ["harian", "mingguan", "jarang", "harian"],
    ...     "freq_tiktok": ["tidak pernah", "jarang", "jarang", "harian"],
    ... })
    >>> reach(survey, {"age_band": ["55+"]}, ["WhatsApp", "TikTok"])
    {'whatsapp': 0.6666666666666666, 'tiktok': 0.0}
    >>> reach(survey, {"age_band": ["55+"]}, "whatsapp", min_freq="harian")
    {'whatsapp': 0.3333333333333333}
    >>> reach(survey, {"age_band": ["60-70"]}, ["whatsapp", "line"])
    {'whatsapp': 0.0, 'line': 0.0}
    """
    frame = _check_survey(survey)
    level = _freq_level(min_freq)
    mask = segment_mask(frame, filters)
    segment = frame[mask]
    n = len(segment)
    shares: dict[str, float] = {}
    for key, code in _platform_list(platforms):
        if code is None or n == 0:
            shares[key] = 0.0
        else:
            shares[key] = float(_uses(segment, code, level).sum()) / n
    return shares


def reach_any(
    survey: pd.DataFrame,
    filters: object,
    platforms: object = None,
    min_freq: str = "mingguan",
) -> float:
    """Share (0..1) of the segment that uses at least one of ``platforms`` that often.

    >>> import pandas as pd
    >>> survey = pd.DataFrame({"age_band": ["55+"] * 2,
    ...                        "freq_whatsapp": ["harian", "jarang"],
    ...                        "freq_facebook": ["jarang", "mingguan"]})
    >>> reach_any(survey, {"age_band": ["55+"]}, ["whatsapp", "facebook"])
    1.0
    """
    frame = _check_survey(survey)
    level = _freq_level(min_freq)
    segment = frame[segment_mask(frame, filters)]
    if len(segment) == 0:
        return 0.0
    codes = [code for _, code in _platform_list(platforms) if code is not None]
    if not codes:
        return 0.0
    hit = None
    for code in codes:
        uses = _uses(segment, code, level)
        hit = uses if hit is None else hit | uses
    return float(hit.sum()) / len(segment)  # type: ignore[union-attr]


def segment_profile(survey: pd.DataFrame, filters: object) -> dict[str, Any]:
    """A summary of a segment for planning (and for feedback).

    Keys: ``size`` (respondents), ``share`` (of all respondents), ``reach`` (weekly
    reach of every platform, highest first), ``top_platforms`` (the three codes with
    the highest weekly reach), ``ladder`` (share of each Social Technographics rung,
    top rung first), ``mean_trust`` (mean ``trust_gov_info``, None for an empty
    segment) and ``top_topics`` (the three most frequent topics). Shares are 0..1.

    >>> import humas.data
    >>> profile = segment_profile(humas.data.load("audience_survey"), {"age_band": ["55+"]})
    >>> profile["size"], round(profile["share"], 3), profile["top_platforms"][:2]
    (284, 0.118, ['whatsapp', 'facebook'])
    >>> round(profile["reach"]["tiktok"], 3), round(profile["mean_trust"], 2)
    (0.067, 3.49)
    >>> list(profile["ladder"])[-1], round(profile["ladder"]["Inactives"], 2)
    ('Inactives', 0.23)
    >>> segment_profile(humas.data.load("audience_survey"), {"age_band": ["60-70"]})["size"]
    0
    """
    frame = _check_survey(survey)
    mask = segment_mask(frame, filters)
    segment = frame[mask]
    n = len(segment)
    shares = reach(frame, filters, None)
    ordered = dict(sorted(shares.items(), key=lambda kv: (-kv[1], PLATFORMS.index(kv[0]))))
    ladder: dict[str, float] = {}
    if "ladder_rung" in segment.columns:
        counts = segment["ladder_rung"].astype(str).value_counts()
        ladder = {rung: (float(counts.get(rung, 0)) / n if n else 0.0) for rung in LADDER_RUNGS}
    mean_trust = None
    if n and "trust_gov_info" in segment.columns:
        mean_trust = float(segment["trust_gov_info"].astype(float).mean())
    topics: list[str] = []
    if n and "topics_of_interest" in segment.columns:
        exploded = segment["topics_of_interest"].astype(str).str.split(";").explode()
        topics = [str(t) for t in exploded[exploded != ""].value_counts().index[:3]]
    return {
        "size": int(n),
        "share": float(n) / len(frame) if len(frame) else 0.0,
        "reach": ordered,
        "top_platforms": list(ordered)[:3] if n else [],
        "ladder": ladder,
        "mean_trust": mean_trust,
        "top_topics": topics,
    }
