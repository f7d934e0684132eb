"""ipywidgets forms whose input is graded: a POST plan (module 2), a post editor
(module 3) and a reply composer (module 4), each saved as JSON beside the notebook.

The trainee fills the form and presses "Simpan rencana"; the plan is written with
:func:`humas.plans.save` (UTF-8 JSON). The answer cell then reads the file with
:func:`humas.plans.load`, so nbgrader's autograde grades exactly what was entered,
in the same way as a plan typed as a dict.

Re-running the form cell (the trainee, or autograde) never overwrites the file: a new
form reads the saved plan and shows it again. Nothing is written until the button is
pressed (or :meth:`PostPlanForm.save` is called).

Every string the trainee sees is Indonesian. ipywidgets is imported when a form is
built, never when :mod:`humas` is imported.
"""

from __future__ import annotations

import datetime as _dt
import functools
import html
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from humas import plans
from humas.text import format_number

if TYPE_CHECKING:  # pragma: no cover - typing only; ipywidgets and pandas are imported lazily
    import ipywidgets
    import pandas as pd

__all__ = [
    "AGE_BANDS",
    "AREA_TYPES",
    "MAX_ITEMS",
    "REGIONS",
    "PostEditor",
    "PostPlanForm",
    "ReplyComposer",
    "objective_option_label",
    "option_label",
]

MAX_ITEMS = 3
"""Number of segment and objective slots shown by the form."""

# Values of the audience_survey columns the form filters on (the order of schema.json).
AGE_BANDS = ("15-24", "25-34", "35-44", "45-54", "55+")
AREA_TYPES = ("perkotaan", "perdesaan")
REGIONS = (
    "Kota Bahari",
    "Kota Pelabuhan Raya",
    "Kabupaten Teluk Biru",
    "Kabupaten Lembah Hijau",
    "Kabupaten Karang Mas",
    "Kabupaten Pulau Sagara",
    "Kabupaten Tanjung Nila",
)
_FILTER_COLUMNS = ("age_band", "area_type", "region")
_DEFAULT_VALUES = {"age_band": AGE_BANDS, "area_type": AREA_TYPES, "region": REGIONS}
_AGE_LABELS = {band: f"{band.replace('-', '–')} tahun" for band in AGE_BANDS}
_AGE_LABELS["55+"] = "55 tahun ke atas"


def option_label(column: str, value: str) -> str:
    """The text the form shows for ``value`` of a survey column (``age_band``,
    ``area_type`` or ``region``).

    >>> option_label("age_band", "25-34"), option_label("area_type", "perdesaan")
    ('25–34 tahun', 'Perdesaan')
    """
    if column == "age_band":
        return _AGE_LABELS.get(value, value)
    if column == "area_type":
        return value.capitalize()
    return value


OBJECTIVE_DESCRIPTIONS_ID = {
    "listening": "memahami percakapan, aspirasi, dan keluhan masyarakat",
    "talking": "menyampaikan informasi dan pesan kebijakan kepada publik",
    "energizing": "mendorong warga yang antusias agar ikut menyebarkan pesan",
    "supporting": "membantu warga menyelesaikan masalah dan menjawab pertanyaan",
    "embracing": "melibatkan warga dalam menyusun dan memperbaiki kebijakan atau layanan",
}


def objective_option_label(kind: str) -> str:
    """The text the form's objective list shows for one of the five kinds.

    >>> objective_option_label("supporting").startswith("Mendukung (supporting): ")
    True
    """
    name = plans.OBJECTIVE_NAMES_ID[kind].capitalize()
    return f"{name} ({kind}): {OBJECTIVE_DESCRIPTIONS_ID[kind]}"


TONE_SUGGESTIONS = (
    "formal dan ramah",
    "santai dan akrab",
    "formal dan lugas",
    "menenangkan dan informatif",
)
_ROLES = ("administrator", "operator")

_STYLE = {"description_width": "initial"}
_WIDE = {"width": "100%", "max_width": "44rem"}

# Labels above their inputs, text wrapping, inputs as wide as the form: the form stays
# readable at 200% zoom and on narrow screens, where ipywidgets' default (a label
# beside a fixed-width input) truncates options such as "Kabupaten Teluk Biru".
# ipywidgets has no layout option for this, hence scoped CSS in the form itself.
_CSS = """
.humas-form .widget-inline-hbox:not(.widget-checkbox) {
  flex-wrap: wrap; align-items: stretch; height: auto; margin-left: 0; margin-right: 0;
}
.humas-form .widget-inline-hbox:not(.widget-checkbox) > .widget-label {
  width: 100% !important; max-width: 100%; text-align: left; white-space: normal;
  overflow: visible; height: auto; line-height: 1.4; margin: 0.6em 0 0.2em 0;
}
.humas-form .widget-inline-hbox:not(.widget-checkbox) > input,
.humas-form .widget-inline-hbox:not(.widget-checkbox) > select,
.humas-form .widget-inline-hbox:not(.widget-checkbox) > textarea {
  flex: 1 1 100%; min-width: 0; max-width: 100%;
}
.humas-form .widget-datepicker > input { flex: 0 1 14rem; }
.humas-form select[multiple] { height: auto; }
.humas-form .widget-html-content { line-height: 1.4; }
.humas-form :focus-visible { outline: 2px solid #1a5276; outline-offset: 1px; }
"""
_MULTI_HELP = (
    "Pilih satu atau lebih: tahan Ctrl (⌘ di Mac) sambil mengklik, atau Shift + panah "
    "pada papan ketik. Biarkan kosong bila semua termasuk."
)


# JupyterLab runs its notebook shortcuts on keys pressed in controls that are not text
# fields: in a list box or drop-down, Shift+Arrow extends the cell selection, a letter
# changes the cell type, and Enter on a button opens a cell editor, so a keyboard
# user cannot fill the form. Lumino ignores keys from inside an element marked
# ``data-lm-suppress-shortcuts``; ipywidgets cannot set attributes, hence this small
# anywidget, which marks the form's controls (text fields are left alone, so Ctrl+S
# still saves the notebook from them).
_GUARD_ESM = """
const CONTROLS = "select, button, input[type=checkbox], input[type=date]";
function mark(form) {
  for (const el of form.querySelectorAll(CONTROLS)) {
    el.setAttribute("data-lm-suppress-shortcuts", "true");
  }
}
function render({ el }) {
  let tries = 0;
  const attach = () => {
    const form = el.closest(".humas-form");
    if (!form) {
      if (tries++ < 600) requestAnimationFrame(attach);
      return;
    }
    mark(form);
    new MutationObserver(() => mark(form)).observe(form, { childList: true, subtree: true });
  };
  attach();
}
export default { render };
"""


@functools.cache
def _guard_class() -> type:
    import anywidget

    class KeyboardGuard(anywidget.AnyWidget):
        _esm = _GUARD_ESM

    return KeyboardGuard


# --------------------------------------------------------------------------- helpers
def _key(text: object) -> str:
    """Loose comparison form of a value or column name."""
    return " ".join(str(text).casefold().replace("_", " ").replace("-", " ").split())


def _number_text(value: object) -> str:
    """A number as the form shows it; floats with a decimal comma (read back exactly)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


def _percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def _survey_values(survey: pd.DataFrame | None, column: str) -> list[str]:
    """The values of a survey column (categories first), defaults when unavailable."""
    values = list(_DEFAULT_VALUES[column])
    if survey is None:
        return values
    try:
        series = survey[column]
        if hasattr(series, "cat"):
            found = [str(v) for v in series.cat.categories]
        else:
            found = sorted({str(v) for v in series.dropna().unique()})
    except Exception:  # noqa: BLE001 - any odd survey falls back to the defaults
        return values
    return found or values


class _SegmentFields:
    """The widgets of one segment slot."""

    def __init__(self, w: Any, index: int, options: Mapping[str, list[str]]) -> None:
        optional = "" if index == 0 else " (opsional)"
        self.heading = w.HTML(f"<h4>Segmen {index + 1}{optional}</h4>")
        self.name = w.Text(
            description=f"Nama segmen {index + 1}",
            placeholder="contoh: Warga lansia di perdesaan",
            style=_STYLE,
            layout=w.Layout(**_WIDE),
        )
        self.age_band = w.SelectMultiple(
            options=[(option_label("age_band", v), v) for v in options["age_band"]],
            rows=len(options["age_band"]),
            description=f"Kelompok usia segmen {index + 1}",
            style=_STYLE,
            layout=w.Layout(**_WIDE),
        )
        self.area_type = w.SelectMultiple(
            options=[(option_label("area_type", v), v) for v in options["area_type"]],
            rows=len(options["area_type"]),
            description=f"Jenis wilayah segmen {index + 1}",
            style=_STYLE,
            layout=w.Layout(**_WIDE),
        )
        self.region = w.SelectMultiple(
            options=[(option_label("region", v), v) for v in options["region"]],
            rows=len(options["region"]),
            description=f"Kabupaten/kota segmen {index + 1}",
            style=_STYLE,
            layout=w.Layout(**_WIDE),
        )
        self.size = w.Text(
            description=f"Ukuran segmen {index + 1} (jumlah responden survei)",
            placeholder="contoh: 284",
            style=_STYLE,
            layout=w.Layout(**_WIDE),
        )
        self.size_hint = w.HTML()
        self.note = w.HTML()
        self.extra_filters: dict[str, list[str]] = {}
        self.box = w.VBox(
            [
                self.heading,
                self.name,
                self.age_band,
                self.area_type,
                self.region,
                w.HTML(f"<small>{html.escape(_MULTI_HELP)}</small>"),
                self.size,
                self.size_hint,
                self.note,
            ],
            layout=w.Layout(flex_flow="column", margin="0 0 1em 0"),
        )

    def selects(self) -> dict[str, Any]:
        return {"age_band": self.age_band, "area_type": self.area_type, "region": self.region}

    def inputs(self) -> list[Any]:
        return [self.name, self.age_band, self.area_type, self.region, self.size]

    def filters(self) -> dict[str, list[str]]:
        found = {col: list(sel.value) for col, sel in self.selects().items() if sel.value}
        for column, values in self.extra_filters.items():
            found.setdefault(column, list(values))
        return found

    def to_dict(self) -> dict[str, Any] | None:
        entry = {"name": self.name.value, "filters": self.filters(), "size": self.size.value}
        segment = plans.Segment.from_dict(entry)
        return None if segment.is_blank() else segment.to_dict()

    def fill(self, segment: plans.Segment) -> None:
        self.name.value = segment.name
        self.size.value = _number_text(segment.size)
        selects = self.selects()
        self.extra_filters = {}
        for column, values in segment.filters.items():
            managed = next((c for c in _FILTER_COLUMNS if _key(c) == _key(column)), None)
            if managed is None:
                self.extra_filters[column] = list(values)
                continue
            select = selects[managed]
            chosen: list[str] = []
            for value in values:
                known = next((v for _, v in select.options if _key(v) == _key(value)), None)
                if known is None:
                    select.options = [*select.options, (f"{value} (dari berkas)", value)]
                    select.rows = len(select.options)
                    known = value
                if known not in chosen:
                    chosen.append(known)
            if not chosen:  # a column listed without values: keep it as it was
                self.extra_filters[column] = []
            select.value = tuple(chosen)
        if self.extra_filters:
            listed = "; ".join(
                f"{col} = {', '.join(vals) or '(kosong)'}"
                for col, vals in self.extra_filters.items()
            )
            self.note.value = (
                "<small>Kriteria lain dari berkas (tetap disimpan, tidak dapat diubah di "
                f"formulir ini): {html.escape(listed)}</small>"
            )


class _ObjectiveFields:
    """The widgets of one objective slot."""

    def __init__(self, w: Any, index: int) -> None:
        optional = "" if index == 0 else " (opsional)"
        self.heading = w.HTML(f"<h4>Tujuan {index + 1}{optional}</h4>")
        options = [("— pilih jenis tujuan —", "")]
        options += [(objective_option_label(kind), kind) for kind in plans.OBJECTIVE_KINDS]
        self.kind = w.Dropdown(
            options=options,
            value="",
            description=f"Jenis tujuan {index + 1}",
            style=_STYLE,
            layout=w.Layout(**_WIDE),
        )
        self.description = w.Textarea(
            description=f"Uraian tujuan {index + 1}",
            placeholder="contoh: Warga lansia mengetahui cara 3M Plus untuk mencegah DBD",
            rows=2,
            style=_STYLE,
            layout=w.Layout(**_WIDE),
        )
        self.metric = w.Text(
            description=f"Ukuran keberhasilan (metrik) tujuan {index + 1}",
            placeholder="contoh: jangkauan unggahan",
            style=_STYLE,
            layout=w.Layout(**_WIDE),
        )
        self.target = w.Text(
            description=f"Target angka tujuan {index + 1}",
            placeholder="contoh: 100.000 atau 70",
            style=_STYLE,
            layout=w.Layout(**_WIDE),
        )
        self.target_hint = w.HTML()
        self.deadline = w.DatePicker(
            description=f"Tenggat tujuan {index + 1}",
            value=None,
            style=_STYLE,
            layout=w.Layout(width="100%", max_width="20rem"),
        )
        self.note = w.HTML()
        self.deadline_text: str | None = None
        self.box = w.VBox(
            [
                self.heading,
                self.kind,
                self.description,
                self.metric,
                self.target,
                self.target_hint,
                self.deadline,
                self.note,
            ],
            layout=w.Layout(flex_flow="column", margin="0 0 1em 0"),
        )

    def inputs(self) -> list[Any]:
        return [self.kind, self.description, self.metric, self.target, self.deadline]

    def to_dict(self) -> dict[str, Any] | None:
        deadline = self.deadline.value if self.deadline.value is not None else self.deadline_text
        entry = {
            "kind": self.kind.value,
            "description": self.description.value,
            "metric": self.metric.value,
            "target": self.target.value,
            "deadline": deadline,
        }
        objective = plans.Objective.from_dict(entry)
        return None if objective.is_blank() else objective.to_dict()

    def fill(self, objective: plans.Objective) -> None:
        kind = plans.objective_kind(objective.kind) or objective.kind
        if kind and kind not in {v for _, v in self.kind.options}:
            label = f"{kind} (dari berkas; bukan salah satu dari lima jenis tujuan)"
            self.kind.options = [*self.kind.options, (label, kind)]
        self.kind.value = kind
        self.description.value = objective.description
        self.metric.value = objective.metric
        self.target.value = _number_text(objective.target)
        self.deadline_text = None
        if isinstance(objective.deadline, _dt.date):
            self.deadline.value = objective.deadline
        elif isinstance(objective.deadline, str) and objective.deadline:
            self.deadline_text = objective.deadline
            self.note.value = (
                f"<small>Tenggat di berkas tertulis “{html.escape(objective.deadline)}”, "
                "bukan tanggal. Pilih tanggal di atas untuk menggantinya.</small>"
            )


# --------------------------------------------------------------------------- the form
class PostPlanForm:
    """A form for a POST plan that saves it to ``path`` as JSON.

    ``survey`` (optional, e.g. ``humas.data.load("audience_survey")``) adds a live
    preview of the weekly reach of the chosen platforms for each segment and takes the
    segment options from the data. When ``path`` exists, the form shows the plan saved
    there; building a form never writes anything.

    Widgets are attributes, so a notebook or a test can fill them as a trainee would:
    ``agency``, ``segments[i].name / age_band / area_type / region / size``,
    ``objectives[i].kind / description / metric / target / deadline``, ``strategy``,
    ``platforms[code]`` (one checkbox per platform code), ``other_channels``, ``tone``,
    ``administrator``, ``operator``, ``save_button``, ``status`` and ``preview``.
    """

    def __init__(
        self, path: str | Path = "rencana_post.json", *, survey: pd.DataFrame | None = None
    ) -> None:
        import ipywidgets as w

        self.path = Path(path)
        self.survey = survey
        self._extra_people: list[dict[str, Any]] = []
        self._extra_objectives: list[dict[str, Any]] = []
        self._extra_roles: dict[str, str] = {}
        self._dirty = False
        self._build(w)
        self._load_saved()
        self._update_hints()
        self._update_preview()
        for widget in self.inputs():
            widget.observe(self._on_change, names="value")

    # ------------------------------------------------------------------ building
    def _build(self, w: Any) -> None:
        wide = _WIDE
        options = {col: _survey_values(self.survey, col) for col in _FILTER_COLUMNS}

        self.agency = w.Text(
            description="Nama instansi",
            placeholder="contoh: Dinas Kesehatan Kabupaten Teluk Biru",
            style=_STYLE,
            layout=w.Layout(**wide),
        )
        self.segments = [_SegmentFields(w, i, options) for i in range(MAX_ITEMS)]
        self.people_note = w.HTML()
        self.objectives = [_ObjectiveFields(w, i) for i in range(MAX_ITEMS)]
        self.objectives_note = w.HTML()
        self.strategy = w.Textarea(
            description="Strategi: hubungan yang ingin dibangun dengan khalayak dan caranya",
            placeholder=(
                "contoh: Dinas menjadi sumber rujukan tepercaya tentang DBD bagi warga lansia; "
                "pesan singkat setiap minggu, menjawab pertanyaan dalam 1 hari kerja, ..."
            ),
            rows=5,
            style=_STYLE,
            layout=w.Layout(**wide),
        )
        self.platforms = {
            code: w.Checkbox(value=False, description=name, indent=False, style=_STYLE)
            for code, name in plans.PLATFORM_NAMES.items()
        }
        self.other_channels = w.Text(
            description="Kanal lain (opsional, pisahkan dengan koma)",
            placeholder="contoh: situs web dinas",
            style=_STYLE,
            layout=w.Layout(**wide),
        )
        self.tone = w.Combobox(
            description="Gaya bahasa (nada) akun",
            options=list(TONE_SUGGESTIONS),
            ensure_option=False,
            placeholder="pilih dari saran atau tulis sendiri",
            style=_STYLE,
            layout=w.Layout(**wide),
        )
        self.administrator = w.Text(
            description="Administrator akun (penanggung jawab)",
            placeholder="contoh: Kepala Dinas Kesehatan",
            style=_STYLE,
            layout=w.Layout(**wide),
        )
        self.operator = w.Text(
            description="Operator akun (pengelola harian)",
            placeholder="contoh: Pranata Humas Dinas Kesehatan",
            style=_STYLE,
            layout=w.Layout(**wide),
        )
        self.roles_note = w.HTML()
        self.preview = w.HTML()
        self.save_button = w.Button(
            description="Simpan rencana",
            button_style="primary",
            icon="save",
            tooltip=f"Simpan rencana ke berkas {self.path.name}",
            layout=w.Layout(width="auto"),
        )
        self.save_button.on_click(lambda _button: self.save())
        self.status = w.HTML()

        for widget, name in self._named_widgets():
            widget.add_class(f"humas-plan-{name}")

        def heading(text: str) -> Any:
            return w.HTML(f"<h3>{html.escape(text)}</h3>")

        platform_box = w.HBox(
            list(self.platforms.values()), layout=w.Layout(flex_flow="row wrap", **wide)
        )
        self.widget = w.VBox(
            [
                w.HTML(f"<style>{_CSS}</style>"),
                _guard_class()(layout=w.Layout(display="none")),
                w.HTML(
                    "<p>Isi rencana, lalu tekan <b>Simpan rencana</b>. Rencana disimpan di "
                    f"berkas <code>{html.escape(self.path.name)}</code> dan dinilai dari "
                    "berkas itu. Isian yang belum disimpan tidak ikut dinilai.</p>"
                ),
                self.agency,
                heading("1. Khalayak sasaran (People)"),
                *(seg.box for seg in self.segments),
                self.people_note,
                heading("2. Tujuan (Objectives)"),
                w.HTML(
                    "<small>Setiap tujuan perlu metrik, target angka, dan tenggat (SMART).</small>"
                ),
                *(obj.box for obj in self.objectives),
                self.objectives_note,
                heading("3. Strategi (Strategy)"),
                self.strategy,
                heading("4. Teknologi (Technology)"),
                w.HTML("<small>Platform yang dipakai (centang satu atau lebih):</small>"),
                platform_box,
                self.other_channels,
                self.preview,
                heading("5. Gaya bahasa dan penanggung jawab"),
                self.tone,
                self.administrator,
                self.operator,
                self.roles_note,
                self.save_button,
                self.status,
            ],
            layout=w.Layout(flex_flow="column", width="100%", max_width="48rem"),
        )
        self.widget.add_class("humas-form")
        self.widget.add_class("humas-plan-form")

    def _named_widgets(self) -> Iterator[tuple[Any, str]]:
        """Every input with a stable CSS class name (for browser tests)."""
        yield self.agency, "agency"
        for i, seg in enumerate(self.segments, start=1):
            yield seg.name, f"segment{i}-name"
            yield seg.age_band, f"segment{i}-age-band"
            yield seg.area_type, f"segment{i}-area-type"
            yield seg.region, f"segment{i}-region"
            yield seg.size, f"segment{i}-size"
        for i, obj in enumerate(self.objectives, start=1):
            yield obj.kind, f"objective{i}-kind"
            yield obj.description, f"objective{i}-description"
            yield obj.metric, f"objective{i}-metric"
            yield obj.target, f"objective{i}-target"
            yield obj.deadline, f"objective{i}-deadline"
        yield self.strategy, "strategy"
        for code, box in self.platforms.items():
            yield box, f"platform-{code}"
        yield self.other_channels, "other-channels"
        yield self.tone, "tone"
        yield self.administrator, "administrator"
        yield self.operator, "operator"
        yield self.save_button, "save"
        yield self.status, "status"
        yield self.preview, "preview"

    def inputs(self) -> list[ipywidgets.ValueWidget]:
        """Every widget the trainee types into or chooses from, in display order."""
        found: list[Any] = [self.agency]
        for seg in self.segments:
            found.extend(seg.inputs())
        for obj in self.objectives:
            found.extend(obj.inputs())
        found.append(self.strategy)
        found.extend(self.platforms.values())
        found.extend([self.other_channels, self.tone, self.administrator, self.operator])
        return found

    # ------------------------------------------------------------------ plan <-> widgets
    def to_dict(self) -> dict[str, Any]:
        """The plan as the widgets show it now (a dict in :func:`humas.plans.template` form).

        Blank segment and objective slots are left out; the plan is normalised with
        :meth:`humas.plans.PostPlan.from_dict`, so it equals a typed plan with the same
        content.
        """
        people = [d for d in (seg.to_dict() for seg in self.segments) if d is not None]
        objectives = [d for d in (obj.to_dict() for obj in self.objectives) if d is not None]
        technology = [code for code, box in self.platforms.items() if box.value]
        for name in self.other_channels.value.split(","):
            if name.strip() and name.strip() not in technology:
                technology.append(name.strip())
        roles = {"administrator": self.administrator.value, "operator": self.operator.value}
        for role, who in self._extra_roles.items():
            roles.setdefault(role, who)
        plan = {
            "agency": self.agency.value,
            "people": people + self._extra_people,
            "objectives": objectives + self._extra_objectives,
            "strategy": self.strategy.value,
            "technology": technology,
            "tone": self.tone.value,
            "responsibilities": roles,
        }
        return plans.PostPlan.from_dict(plan).to_dict()

    def _fill(self, plan: object) -> None:
        """Show ``plan`` (a dict or a PostPlan) in the empty widgets; nothing is saved."""
        clean = plans.PostPlan.from_dict(plan)
        self.agency.value = clean.agency
        people = [s for s in clean.people if not s.is_blank()]
        for seg, segment in zip(self.segments, people, strict=False):
            seg.fill(segment)
        self._extra_people = [s.to_dict() for s in people[MAX_ITEMS:]]
        objectives = [o for o in clean.objectives if not o.is_blank()]
        for obj, objective in zip(self.objectives, objectives, strict=False):
            obj.fill(objective)
        self._extra_objectives = [o.to_dict() for o in objectives[MAX_ITEMS:]]
        self.strategy.value = clean.strategy
        others: list[str] = []
        for name in clean.technology:
            code = plans.platform_code(name)
            if code in self.platforms:
                self.platforms[code].value = True
            elif name not in others:
                others.append(name)
        self.other_channels.value = ", ".join(others)
        self.tone.value = clean.tone
        roles = dict(clean.responsibilities)
        self.administrator.value = roles.pop("administrator", "")
        self.operator.value = roles.pop("operator", "")
        self._extra_roles = roles
        self._show_extras_notes()

    def _show_extras_notes(self) -> None:
        def note(count: int, what: str) -> str:
            if not count:
                return ""
            return (
                f"<small>Berkas memuat {count} {what} lagi di luar {MAX_ITEMS} yang tampil di "
                "formulir; semuanya tetap disimpan.</small>"
            )

        self.people_note.value = note(len(self._extra_people), "segmen")
        self.objectives_note.value = note(len(self._extra_objectives), "tujuan")
        if self._extra_roles:
            listed = "; ".join(f"{role}: {who}" for role, who in self._extra_roles.items())
            self.roles_note.value = (
                f"<small>Peran lain dari berkas (tetap disimpan): {html.escape(listed)}</small>"
            )
        else:
            self.roles_note.value = ""

    def _load_saved(self) -> None:
        if not self.path.exists():
            return
        try:
            saved = plans.load(self.path)
        except Exception as err:  # noqa: BLE001 - the message is shown to the trainee
            self.status.value = self._message(
                "✘",
                f"Berkas {self.path.name} tidak dapat dibaca ({err}). Formulir dimulai "
                "kosong; menekan “Simpan rencana” akan menimpa berkas itu.",
                "#b00020",
            )
            return
        self._fill(saved)
        self.status.value = self._message(
            "ℹ",
            f"Formulir menampilkan rencana yang tersimpan di berkas {self.path.name}.",
            "#1a5276",
        )

    # ------------------------------------------------------------------ saving
    def save(self) -> Path | None:
        """Write the plan to ``path`` and show a confirmation; return the path.

        Never raises: if the file cannot be written, the reason is shown in Indonesian
        and None is returned.
        """
        try:
            plan = plans.PostPlan.from_dict(self.to_dict())
            written = plan.save(self.path)
        except Exception as err:  # noqa: BLE001 - a widget callback must not raise
            self.status.value = self._message(
                "✘",
                f"Rencana belum tersimpan ke berkas {self.path.name}: {err}",
                "#b00020",
            )
            return None
        self._dirty = False
        now = _dt.datetime.now().strftime("%H.%M")
        self.status.value = self._message(
            "✔",
            f"Rencana tersimpan di berkas {self.path.name} (pukul {now}). Jalankan sel "
            "berikutnya untuk membaca dan memeriksanya. Jika Anda mengubah isian, tekan "
            "“Simpan rencana” lagi.",
            "#1e7e34",
        )
        return written

    @staticmethod
    def _message(mark: str, text: str, color: str) -> str:
        return (
            f'<p style="color: {color}"><span aria-hidden="true">{mark}</span> '
            f"{html.escape(text)}</p>"
        )

    # ------------------------------------------------------------------ live feedback
    def _on_change(self, _change: object) -> None:
        try:
            self._update_hints()
            self._update_preview()
            if not self._dirty:
                self._dirty = True
                self.status.value = self._message(
                    "•",
                    "Ada isian yang belum disimpan. Tekan “Simpan rencana” agar ikut dinilai.",
                    "#8a6d00",
                )
        except Exception:  # noqa: BLE001 - feedback must never break the form  # pragma: no cover
            pass

    def _update_hints(self) -> None:
        for seg in self.segments:
            seg.size_hint.value = self._number_hint(
                seg.size.value, plans.Segment.from_dict({"size": seg.size.value}).size
            )
        for obj in self.objectives:
            obj.target_hint.value = self._number_hint(
                obj.target.value, plans.Objective.from_dict({"target": obj.target.value}).target
            )

    @staticmethod
    def _number_hint(text: str, number: float | None) -> str:
        if not text.strip():
            return ""
        if number is None:
            return (
                '<small style="color: #b00020">Belum terbaca sebagai angka. Tulis angkanya '
                "saja, misalnya 70 atau 100.000.</small>"
            )
        return f"<small>Terbaca sebagai angka {format_number(number)}.</small>"

    def _update_preview(self) -> None:
        if self.survey is None:
            return
        chosen = [code for code, box in self.platforms.items() if box.value]
        lines: list[str] = []
        for i, seg in enumerate(self.segments, start=1):
            filters = seg.filters()
            if not seg.name.value.strip() and not filters:
                continue
            title = seg.name.value.strip() or f"Segmen {i}"
            if not chosen:
                text = "centang platform untuk melihat jangkauannya."
            else:
                try:
                    shares = plans.reach(self.survey, filters, chosen)
                    any_share = plans.reach_any(self.survey, filters, chosen)
                    count = int(plans.segment_mask(self.survey, filters).sum())
                except Exception:  # noqa: BLE001 - e.g. a survey without the columns
                    text = "jangkauan tidak dapat dihitung dari data survei ini."
                else:
                    if count == 0:
                        text = "tidak ada responden survei yang cocok dengan kriteria ini."
                    else:
                        parts = ", ".join(
                            f"{plans.PLATFORM_NAMES[c]} {_percent(shares[c])}" for c in chosen
                        )
                        text = f"{parts}; minimal satu platform: {_percent(any_share)}."
            lines.append(f"<li><b>{html.escape(title)}</b>: {html.escape(text)}</li>")
        if not lines:
            self.preview.value = ""
            return
        self.preview.value = (
            "<p><b>Pratinjau jangkauan mingguan</b> (bagian segmen yang memakai platform "
            "minimal sekali seminggu, menurut survei khalayak):</p><ul>" + "".join(lines) + "</ul>"
        )

    # ------------------------------------------------------------------ display
    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        """The widget view, with a short Indonesian text where widgets cannot be shown
        (nbconvert feedback, formgrader)."""
        bundle = dict(self.widget._repr_mimebundle_(**kwargs) or {})
        bundle["text/plain"] = (
            f"Formulir rencana POST (berkas {self.path.name}). Formulir tampil bila sel "
            "dijalankan di JupyterLab."
        )
        return bundle

    def __repr__(self) -> str:
        return f"PostPlanForm({str(self.path)!r})"


# --------------------------------------------------------------------------- text forms
def _counter_html(length: int, limit: int | None) -> str:
    """The live character count under a text area, red with the excess when over."""
    if limit is None:
        return f"<small>{format_number(length)} karakter</small>"
    if length > limit:
        return (
            f'<small style="color: #b00020">{format_number(length)} / {format_number(limit)} '
            f"karakter: melebihi batas {format_number(length - limit)} karakter.</small>"
        )
    return f"<small>{format_number(length)} / {format_number(limit)} karakter</small>"


def _feedback_html(check: Any, *args: Any, **kwargs: Any) -> str:
    """The checker's Result as HTML; a failing checker is reported, never raised."""
    try:
        result = check(*args, **kwargs)
        if hasattr(result, "_repr_html_"):
            return result._repr_html_()
        return html.escape(str(result))
    except Exception as err:  # noqa: BLE001 - the trainee keeps typing
        return (
            '<small style="color: #b00020">Umpan balik tidak dapat dibuat: '
            f"{html.escape(str(err))}</small>"
        )


class _TextForm:
    """What the post editor and the reply composer share: text areas checked while the
    trainee types, one JSON file written by a save button, Indonesian status lines.

    Subclasses set ``noun`` ("draf", "balasan"), ``button`` and ``plain``, build their
    fields, call :meth:`_frame`, and implement :meth:`to_dict`, :meth:`_write`,
    :meth:`_read` and :meth:`_refresh`.
    """

    noun = "draf"
    button = "Simpan draf"
    plain = "Formulir"

    def _frame(self, w: Any, intro: str, blocks: list[Any], *classes: str) -> None:
        self.save_button = w.Button(
            description=self.button,
            button_style="primary",
            icon="save",
            tooltip=f"{self.button} ke berkas {self.path.name}",
            layout=w.Layout(width="auto"),
        )
        self.save_button.on_click(lambda _button: self.save())
        self.status = w.HTML()
        self.widget = w.VBox(
            [
                w.HTML(f"<style>{_CSS}</style>"),
                _guard_class()(layout=w.Layout(display="none")),
                w.HTML(intro),
                *blocks,
                self.save_button,
                self.status,
            ],
            layout=w.Layout(flex_flow="column", width="100%", max_width="48rem"),
        )
        self.widget.add_class("humas-form")
        for name in classes:
            self.widget.add_class(name)
        self._dirty = False

    def _watch(self, widgets: list[Any], key: Any) -> None:
        for widget in widgets:
            widget.observe(lambda _change, k=key: self._on_change(k), names="value")

    def _load_saved(self) -> None:
        if not self.path.exists():
            return
        try:
            self._read()
        except Exception as err:  # noqa: BLE001 - shown to the trainee
            self.status.value = PostPlanForm._message(
                "✘",
                f"Berkas {self.path.name} tidak dapat dibaca ({err}). Formulir dimulai kosong; "
                f"menekan “{self.button}” akan menimpa berkas itu.",
                "#b00020",
            )
            return
        self.status.value = PostPlanForm._message(
            "ℹ",
            f"Formulir menampilkan {self.noun} yang tersimpan di berkas {self.path.name}.",
            "#1a5276",
        )

    def save(self) -> Path | None:
        """Write the file; show a confirmation. Never raises."""
        try:
            written = self._write()
        except Exception as err:  # noqa: BLE001 - a widget callback must not raise
            self.status.value = PostPlanForm._message(
                "✘",
                f"{self.noun.capitalize()} belum tersimpan ke berkas {self.path.name}: {err}",
                "#b00020",
            )
            return None
        self._dirty = False
        now = _dt.datetime.now().strftime("%H.%M")
        self.status.value = PostPlanForm._message(
            "✔",
            f"{self.noun.capitalize()} tersimpan di berkas {self.path.name} (pukul {now}). "
            f"Jika Anda mengubah teks, tekan “{self.button}” lagi.",
            "#1e7e34",
        )
        return written

    def _on_change(self, key: Any) -> None:
        try:
            self._refresh(key)
        except Exception:  # noqa: BLE001 - feedback must never break typing  # pragma: no cover
            pass
        if not self._dirty:
            self._dirty = True
            self.status.value = PostPlanForm._message(
                "•",
                f"Ada {self.noun} yang belum disimpan. Tekan “{self.button}” agar ikut dinilai.",
                "#8a6d00",
            )

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        """The widget view, with a short Indonesian text where widgets cannot be shown."""
        bundle = dict(self.widget._repr_mimebundle_(**kwargs) or {})
        bundle["text/plain"] = (
            f"{self.plain} (berkas {self.path.name}). Formulir tampil bila sel dijalankan di "
            "JupyterLab."
        )
        return bundle

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    # subclasses
    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _write(self) -> Path:  # pragma: no cover - abstract
        raise NotImplementedError

    def _read(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _refresh(self, key: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


# --------------------------------------------------------------------------- post editor
class _DraftFields:
    """The widgets of one platform's draft."""

    def __init__(self, w: Any, code: str, *, image: bool) -> None:
        from humas import posts

        name = posts.platform_label(code)
        self.code = code
        self.heading = w.HTML(f"<h4>{html.escape(name)}</h4>")
        self.text = w.Textarea(
            description=f"Teks unggahan {name}",
            placeholder="Tulis unggahan di sini: pembuka, pesan utama, ajakan, sumber dan tanggal.",
            rows=6,
            continuous_update=True,
            style=_STYLE,
            layout=w.Layout(**_WIDE),
        )
        self.counter = w.HTML()
        self.alt_text = (
            w.Textarea(
                description=f"Teks alternatif gambar (alt text) {name}",
                placeholder="contoh: Infografik tiga langkah 3M Plus: menguras, menutup, "
                "mendaur ulang.",
                rows=2,
                continuous_update=True,
                style=_STYLE,
                layout=w.Layout(**_WIDE),
            )
            if image
            else None
        )
        self.feedback = w.HTML()
        children = [self.heading, self.text, self.counter]
        if self.alt_text is not None:
            children.append(self.alt_text)
        children.append(self.feedback)
        self.box = w.VBox(children, layout=w.Layout(flex_flow="column", margin="0 0 1em 0"))
        for widget, part in self.named():
            widget.add_class(f"humas-post-{code}-{part}")

    def named(self) -> Iterator[tuple[Any, str]]:
        yield self.text, "text"
        yield self.counter, "counter"
        if self.alt_text is not None:
            yield self.alt_text, "alt"
        yield self.feedback, "feedback"

    def inputs(self) -> list[Any]:
        return [self.text] + ([self.alt_text] if self.alt_text is not None else [])

    def to_dict(self) -> dict[str, str]:
        alt = self.alt_text.value if self.alt_text is not None else ""
        return {"text": self.text.value, "alt_text": alt}


class PostEditor(_TextForm):
    """Drafts of one announcement for several platforms, with live feedback, saved as JSON.

    While the trainee types, each platform shows its character count against the
    platform's limit (:func:`humas.posts.post_length`) and, when ``check`` is given
    (``graders.check_post``; :mod:`humas` never imports :mod:`graders`, so the notebook
    passes it in), the checker's feedback. "Simpan draf" writes the drafts with
    :func:`humas.posts.save_drafts`; the answer cell reads them with
    :func:`humas.posts.load_drafts`, so autograde grades exactly what was typed.

    ``context`` maps a platform code to keyword arguments for ``check`` (for example
    ``{"x": {"required_mentions": ["@bpbdnusabahari"]}}``). Platforms in
    ``image_platforms`` get an alternative-text field and are checked with
    ``image=True``. Building an editor never writes anything; an existing file is
    shown again.
    """

    noun = "draf"
    button = "Simpan draf"
    plain = "Editor unggahan"

    def __init__(
        self,
        path: str | Path = "draf_unggahan.json",
        *,
        platforms: tuple[str, ...] | list[str] = ("x", "instagram", "facebook"),
        check: Any = None,
        context: Mapping[str, Mapping[str, Any]] | None = None,
        image_platforms: tuple[str, ...] | list[str] = ("instagram",),
    ) -> None:
        import ipywidgets as w

        codes = []
        for name in platforms:
            code = plans.platform_code(name)
            if code is None:
                raise ValueError(f"Platform '{name}' tidak dikenal.")
            if code not in codes:
                codes.append(code)
        images = {plans.platform_code(n) for n in image_platforms}
        self.path = Path(path)
        self.check = check
        self.context = {plans.platform_code(k) or k: dict(v) for k, v in (context or {}).items()}
        self.drafts = {code: _DraftFields(w, code, image=code in images) for code in codes}
        self._frame(
            w,
            "<p>Tulis unggahan untuk setiap platform. Jumlah karakter dan umpan balik "
            "diperbarui saat Anda mengetik. Tekan <b>Simpan draf</b>: draf disimpan di berkas "
            f"<code>{html.escape(self.path.name)}</code> dan dinilai dari berkas itu.</p>",
            [d.box for d in self.drafts.values()],
            "humas-post-editor",
        )
        self.save_button.add_class("humas-post-save")
        self.status.add_class("humas-post-status")
        self._load_saved()
        for code, draft in self.drafts.items():
            self._refresh(code)
            self._watch(draft.inputs(), code)

    def to_dict(self) -> dict[str, dict[str, str]]:
        """The drafts as the editor shows them now."""
        from humas import posts

        return posts.normalize_drafts({c: d.to_dict() for c, d in self.drafts.items()})

    def _write(self) -> Path:
        from humas import posts

        return posts.save_drafts(self.to_dict(), self.path)

    def _read(self) -> None:
        from humas import posts

        for code, draft in posts.load_drafts(self.path).items():
            if code in self.drafts:
                fields = self.drafts[code]
                fields.text.value = draft["text"]
                if fields.alt_text is not None:
                    fields.alt_text.value = draft["alt_text"]

    def _refresh(self, code: str) -> None:
        from humas import posts

        draft = self.drafts[code]
        text = draft.text.value
        draft.counter.value = _counter_html(
            posts.post_length(text, code), posts.CHARACTER_LIMITS.get(code)
        )
        if self.check is None:
            return
        if not text.strip():
            draft.feedback.value = "<small>Umpan balik tampil setelah Anda mulai menulis.</small>"
            return
        kwargs = dict(self.context.get(code, {}))
        if draft.alt_text is not None:
            kwargs.setdefault("image", True)
            kwargs["alt_text"] = draft.alt_text.value
        draft.feedback.value = _feedback_html(self.check, text, code, **kwargs)


# --------------------------------------------------------------------------- reply composer
class ReplyComposer(_TextForm):
    """Replies to citizens' comments (module 4), with live feedback, saved as JSON.

    ``comments`` is a list of mappings with ``id``, ``text`` and optionally ``platform``
    (default ``"x"``) and ``category`` (passed to ``check``), or a pandas DataFrame with
    those columns. Each comment is shown above a reply field with its platform's
    character count and, when ``check`` is given (``graders.check_reply``, called as
    ``check(comment, reply, platform, category=...)``), the checker's feedback while the
    trainee types. "Simpan balasan" writes ``{id: reply}`` with
    :func:`humas.posts.save_replies`; the answer cell reads it with
    :func:`humas.posts.load_replies`.
    """

    noun = "balasan"
    button = "Simpan balasan"
    plain = "Penyusun balasan"

    def __init__(
        self, path: str | Path = "balasan.json", comments: Any = (), *, check: Any = None
    ) -> None:
        import ipywidgets as w

        self.path = Path(path)
        self.check = check
        self.comments = self._comments(comments)
        self.fields: dict[str, tuple[Any, Any, Any]] = {}
        blocks = []
        for cid, comment in self.comments.items():
            from humas import posts

            label = posts.platform_label(comment["platform"])
            quote = w.HTML(
                f"<h4>Komentar {html.escape(cid)} ({html.escape(label)})</h4>"
                f'<blockquote style="border-left: 4px solid #1a5276; margin: 0; '
                f'padding: 0.3em 0.8em">{html.escape(comment["text"])}</blockquote>'
            )
            reply = w.Textarea(
                description=f"Balasan untuk komentar {cid}",
                placeholder="Sapa, ucapkan terima kasih, jawab atau beri langkah berikutnya, "
                "dan sebut kanal resmi bila perlu.",
                rows=4,
                continuous_update=True,
                style=_STYLE,
                layout=w.Layout(**_WIDE),
            )
            counter, feedback = w.HTML(), w.HTML()
            slug = "".join(ch if ch.isalnum() else "-" for ch in cid)
            for widget, part in ((reply, "text"), (counter, "counter"), (feedback, "feedback")):
                widget.add_class(f"humas-reply-{slug}-{part}")
            self.fields[cid] = (reply, counter, feedback)
            blocks.append(
                w.VBox(
                    [quote, reply, counter, feedback],
                    layout=w.Layout(flex_flow="column", margin="0 0 1em 0"),
                )
            )
        self._frame(
            w,
            "<p>Tulis balasan untuk setiap komentar. Jumlah karakter dan umpan balik "
            "diperbarui saat Anda mengetik. Tekan <b>Simpan balasan</b>: balasan disimpan di "
            f"berkas <code>{html.escape(self.path.name)}</code> dan dinilai dari berkas itu.</p>",
            blocks,
            "humas-reply-composer",
        )
        self.save_button.add_class("humas-reply-save")
        self.status.add_class("humas-reply-status")
        self._load_saved()
        for cid, (reply, _counter, _feedback) in self.fields.items():
            self._refresh(cid)
            self._watch([reply], cid)

    @staticmethod
    def _comments(comments: Any) -> dict[str, dict[str, str]]:
        if hasattr(comments, "to_dict") and hasattr(comments, "columns"):
            comments = comments.to_dict("records")
        found: dict[str, dict[str, str]] = {}
        for item in comments or ():
            if not isinstance(item, Mapping) or "text" not in item:
                raise ValueError("Setiap komentar perlu kunci 'id' dan 'text'.")
            cid = str(item.get("id", item.get("message_id", len(found) + 1)))
            platform = plans.platform_code(item.get("platform", "x") or "x") or "x"
            category = item.get("category")
            found[cid] = {
                "text": str(item["text"]),
                "platform": platform,
                "category": str(category) if category else "",
            }
        return found

    def to_dict(self) -> dict[str, str]:
        """The replies as the composer shows them now: ``{comment id: reply}``."""
        return {cid: reply.value for cid, (reply, _c, _f) in self.fields.items()}

    def _write(self) -> Path:
        from humas import posts

        return posts.save_replies(self.to_dict(), self.path)

    def _read(self) -> None:
        from humas import posts

        for cid, text in posts.load_replies(self.path).items():
            if cid in self.fields:
                self.fields[cid][0].value = text

    def _refresh(self, cid: str) -> None:
        from humas import posts

        reply, counter, feedback = self.fields[cid]
        comment = self.comments[cid]
        platform = comment["platform"]
        counter.value = _counter_html(
            posts.post_length(reply.value, platform), posts.CHARACTER_LIMITS.get(platform)
        )
        if self.check is None:
            return
        if not reply.value.strip():
            feedback.value = "<small>Umpan balik tampil setelah Anda mulai menulis.</small>"
            return
        kwargs = {"category": comment["category"]} if comment["category"] else {}
        feedback.value = _feedback_html(
            self.check, comment["text"], reply.value, platform, **kwargs
        )
