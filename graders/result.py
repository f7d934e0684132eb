"""The outcome of a check: :class:`Item` (one feedback line) and :class:`Result`.

A :class:`Result` holds feedback items and a score in ``[0, 1]``. In a graded
test cell it ends the cell with ``hasil.grade(N)``, which shows the feedback and
returns the points as a plain :class:`float` (what nbgrader reads as partial
credit).

>>> hasil = Result([Item("label.benar", True, "Butir 1: jawaban sudah tepat."),
...                 Item("label.salah", False, "Butir 2: jawaban belum tepat.")])
>>> hasil.score
0.5
>>> hasil.points(3)
1.5
>>> print(hasil)
Hasil pemeriksaan: 1 dari 2 butir benar (50%)
  ✔ benar: Butir 1: jawaban sudah tepat.
  ✘ perlu diperbaiki: Butir 2: jawaban belum tepat.
"""

from __future__ import annotations

import html
import math
import os
import re
import sys
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Item", "Result", "show"]

_PASS_MARK = "\u2714"  # heavy check mark
_FAIL_MARK = "\u2718"  # heavy ballot x
_PASS_WORD = "benar"
_FAIL_WORD = "perlu diperbaiki"
_PASS_COLOUR = "#1a7f37"
_FAIL_COLOUR = "#b42318"
DEFAULT_TITLE = "Hasil pemeriksaan"
DEFAULT_VERDICT = "benar"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


@dataclass(frozen=True)
class Item:
    """One feedback line of a check.

    ``code`` is a stable machine code (``"label.salah"``), ``passed`` whether
    this part of the answer is right, ``message`` the Indonesian feedback and
    ``weight`` its share of the score (non-negative).

    >>> Item("angka.benar", True, "Angka sudah tepat.")
    Item(code='angka.benar', passed=True, message='Angka sudah tepat.', weight=1.0)
    """

    code: str
    passed: bool
    message: str
    weight: float = 1.0

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not self.code:
            raise ValueError("Item.code must be a non-empty string")
        if not isinstance(self.message, str):
            raise TypeError("Item.message must be a string")
        weight = float(self.weight)
        if not math.isfinite(weight) or weight < 0:
            raise ValueError("Item.weight must be a finite, non-negative number")
        object.__setattr__(self, "passed", bool(self.passed))
        object.__setattr__(self, "weight", weight)


def _clamp_unit(value: float) -> float:
    """Clamp to [0, 1]; NaN becomes 0."""
    value = float(value)
    if math.isnan(value):
        return 0.0
    return min(1.0, max(0.0, value)) + 0.0


class Result:
    """Feedback items plus a score in ``[0, 1]``.

    Without ``score`` the score is the weighted share of passed items (``0.0``
    when there are no items or all weights are zero). A given ``score`` is
    clamped to ``[0, 1]``; checks use it for partial credit that is not a
    simple share of items (multiple choice).

    ``title`` and ``verdict`` only change the heading line (format checks say
    "Pemeriksaan format: 2 dari 3 butir sudah sesuai" rather than "benar").
    ``bool(result)`` is ``result.passed``, so ``assert result`` works in a test.

    >>> Result([]).score
    0.0
    >>> Result([Item("a", True, "ok", weight=3), Item("b", False, "tidak")]).score
    0.75
    >>> Result([Item("a", False, "sebagian")], score=0.5).points(2)
    1.0
    """

    __slots__ = ("_items", "_score", "_title", "_verdict")

    def __init__(
        self,
        items: Iterable[Item] = (),
        score: float | None = None,
        *,
        title: str = DEFAULT_TITLE,
        verdict: str = DEFAULT_VERDICT,
    ) -> None:
        self._title = str(title)
        self._verdict = str(verdict)
        collected = tuple(items)
        for item in collected:
            if not isinstance(item, Item):
                raise TypeError(f"Result items must be Item, not {type(item).__name__}")
        self._items: tuple[Item, ...] = collected
        if score is None:
            total = math.fsum(item.weight for item in collected)
            earned = math.fsum(item.weight for item in collected if item.passed)
            self._score = _clamp_unit(earned / total) if total > 0 else 0.0
        else:
            self._score = _clamp_unit(score)

    # -- data -----------------------------------------------------------------
    @property
    def items(self) -> tuple[Item, ...]:
        """All feedback items, in order."""
        return self._items

    @property
    def score(self) -> float:
        """The score, a plain float in ``[0, 1]``."""
        return self._score

    @property
    def passed(self) -> bool:
        """True when the score is full (1)."""
        return self._score >= 1.0

    @property
    def failed(self) -> tuple[Item, ...]:
        """The items that did not pass."""
        return tuple(item for item in self._items if not item.passed)

    def points(self, max_points: float) -> float:
        """The score scaled to ``max_points``: a builtin float, 2 decimals.

        >>> Result([Item("a", True, "ok"), Item("b", False, "x"), Item("c", False, "y")]).points(1)
        0.33
        >>> type(Result([]).points(2)) is float
        True
        """
        if isinstance(max_points, bool):
            raise TypeError("max_points must be a number, not bool")
        maximum = float(max_points)
        if not math.isfinite(maximum) or maximum < 0:
            raise ValueError("max_points must be a finite, non-negative number")
        value = round(self._score * maximum, 2)
        return float(min(maximum, max(0.0, value)) + 0.0)

    def grade(self, max_points: float) -> float:
        """Show the feedback (in an IPython shell) and return ``points(max_points)``.

        A graded test cell ends with ``hasil.grade(N)`` so that its value is a
        plain float of points. Outside IPython nothing is shown.

        >>> Result([Item("a", True, "ok")]).grade(2)
        2.0
        """
        points = self.points(max_points)
        _display_if_shell(self)
        return points

    @classmethod
    def combine(cls, *results: Result, weights: Sequence[float] | None = None) -> Result:
        """Join several results: items concatenated, score the weighted mean.

        ``weights`` (one non-negative number per result, default all 1) weigh
        the results' scores. A single iterable of results is also accepted.

        >>> a = Result([Item("a", True, "ok")])
        >>> b = Result([Item("b", False, "x")])
        >>> Result.combine(a, b).score
        0.5
        >>> Result.combine(a, b, weights=[3, 1]).score
        0.75
        >>> len(Result.combine([a, b]).items)
        2
        """
        if len(results) == 1 and not isinstance(results[0], Result):
            results = tuple(results[0])
        for result in results:
            if not isinstance(result, Result):
                raise TypeError(f"combine() takes Result objects, not {type(result).__name__}")
        if weights is None:
            factors = [1.0] * len(results)
        else:
            factors = [float(w) for w in weights]
            if len(factors) != len(results):
                raise ValueError("combine() needs exactly one weight per result")
            if any(not math.isfinite(w) or w < 0 for w in factors):
                raise ValueError("combine() weights must be finite and non-negative")
        items = [item for result in results for item in result.items]
        headings = {(r.title, r.verdict) for r in results}
        title, verdict = headings.pop() if len(headings) == 1 else (DEFAULT_TITLE, DEFAULT_VERDICT)
        total = math.fsum(factors)
        if total <= 0:
            return cls(items, score=0.0, title=title, verdict=verdict)
        score = math.fsum(w * r.score for w, r in zip(factors, results, strict=True)) / total
        return cls(items, score=score, title=title, verdict=verdict)

    # -- rendering ------------------------------------------------------------
    @property
    def title(self) -> str:
        """The heading's first words ("Hasil pemeriksaan")."""
        return self._title

    @property
    def verdict(self) -> str:
        """The heading's word for passed items ("benar")."""
        return self._verdict

    def summary(self) -> str:
        """The heading line, e.g. ``Hasil pemeriksaan: 3 dari 4 butir benar (75%)``.

        >>> Result([]).summary()
        'Hasil pemeriksaan: belum ada butir yang diperiksa (0%)'
        """
        n_items = len(self._items)
        percent = _percent(self._score)
        if n_items == 0:
            return f"{self._title}: belum ada butir yang diperiksa ({percent})"
        n_passed = n_items - len(self.failed)
        return f"{self._title}: {n_passed} dari {n_items} butir {self._verdict} ({percent})"

    def __str__(self) -> str:
        lines = [self.summary()]
        for item in self._items:
            mark, word = _mark(item)
            lines.append(f"  {mark} {word}: {item.message}")
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_markdown_(self) -> str:
        lines = [f"**{_escape_markdown(self.summary())}**", ""]
        for item in self._items:
            mark, word = _mark(item)
            lines.append(f"- {mark} **{word}**: {_escape_markdown(item.message)}")
        return "\n".join(lines) + "\n"

    def _repr_html_(self) -> str:
        parts = [
            f'<div class="graders-result" role="group" aria-label="{html.escape(self._title)}">',
            '<p class="graders-summary" role="heading" aria-level="4">'
            f"<strong>{html.escape(self.summary())}</strong></p>",
        ]
        if self._items:
            parts.append(
                '<ul class="graders-items" style="list-style: none; padding-left: 0.5em;">'
            )
            for item in self._items:
                mark, word = _mark(item)
                colour = _PASS_COLOUR if item.passed else _FAIL_COLOUR
                status = "graders-benar" if item.passed else "graders-salah"
                parts.append(
                    f'<li class="graders-item {status}" data-code="{html.escape(item.code)}">'
                    f'<span aria-hidden="true" style="color: {colour}; font-weight: bold;">'
                    f"{mark}</span> "
                    f'<strong style="color: {colour};">{word}</strong>: '
                    f"{html.escape(item.message)}</li>"
                )
            parts.append("</ul>")
        parts.append("</div>")
        return "\n".join(parts)

    # -- comparison -------------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Result):
            return NotImplemented
        return self._items == other._items and self._score == other._score

    def __hash__(self) -> int:
        return hash((self._items, self._score))

    def __bool__(self) -> bool:
        return self.passed


def _mark(item: Item) -> tuple[str, str]:
    return (_PASS_MARK, _PASS_WORD) if item.passed else (_FAIL_MARK, _FAIL_WORD)


def _percent(score: float) -> str:
    """A whole percentage that never shows 100% for a partial or 0% for a non-zero score."""
    value = round(score * 100)
    if score < 1.0:
        value = min(value, 99)
    if score > 0.0:
        value = max(value, 1)
    return f"{value}%"


def _escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _active_shell() -> object | None:
    """The running IPython shell, or None (IPython is never imported here)."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return None
    try:
        return ipython.get_ipython()
    except Exception:
        return None


def _display_if_shell(obj: object) -> bool:
    """Display ``obj`` through IPython when a shell is running; report success."""
    if _active_shell() is None:
        return False
    try:
        from IPython.display import display

        display(obj)
    except Exception:
        return False
    return True


def show(obj: object) -> None:
    """Show ``obj`` (usually a :class:`Result`) and return None.

    In a notebook it is displayed with IPython's ``display``, so a visible test
    cell ending with ``graders.show(...)`` has no value of its own. Elsewhere
    (a plain Python script) it is printed to standard output.

    >>> show(Result([Item("a", True, "Format sudah sesuai.")]))
    Hasil pemeriksaan: 1 dari 1 butir benar (100%)
      ✔ benar: Format sudah sesuai.
    """
    if not _display_if_shell(obj):
        print(obj)
    if isinstance(obj, Result) and not obj.passed and _validating():
        # nbgrader's Validate button lists a grade cell as failed only when it shows
        # an error or writes to stderr; a check that found problems says so there,
        # in Indonesian, so the trainee learns it before submitting.
        sys.stderr.write(validation_message(obj) + "\n")


def _validating() -> bool:
    """Whether nbgrader's Validate (button or command) is running this notebook."""
    return os.environ.get("NBGRADER_EXECUTION") == "validate"


def validation_message(result: Result) -> str:
    """What the Validate dialog shows for a check that is not fully met.

    >>> r = Result([Item("a", True, "Format benar."), Item("b", False, "Tenggat belum diisi.")])
    >>> print(validation_message(r))
    Pemeriksaan ini belum terpenuhi seluruhnya (1 dari 2 butir benar). Yang perlu diperbaiki:
      - Tenggat belum diisi.
    """
    failed = result.failed
    passed_count = len(result.items) - len(failed)
    lines = [
        "Pemeriksaan ini belum terpenuhi seluruhnya "
        f"({passed_count} dari {len(result.items)} butir benar). Yang perlu diperbaiki:"
    ]
    # The dialog shows this in a <pre>: wrap long messages instead of a scroll bar.
    for item in failed:
        lines.append(
            textwrap.fill(item.message, 88, initial_indent="  - ", subsequent_indent="    ")
        )
    return "\n".join(lines)


def answer(name: str, default: object = None) -> object:
    """The trainee's variable ``name`` from the notebook, or ``default`` if it is not there.

    Check cells read answers through this, so that a check run before the answer
    cell gives an Indonesian "belum diisi" item instead of Python's English
    ``NameError``.

    >>> jawaban_contoh = {1: "berkala"}
    >>> answer("jawaban_contoh")
    {1: 'berkala'}
    >>> answer("tidak_ada") is None
    True
    """
    frame = sys._getframe(1)  # the caller's module namespace is the notebook's
    return frame.f_globals.get(name, default)
