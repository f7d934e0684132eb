"""Assessment checks for Lab Humas Digital: answers in, :class:`Result` out.

This package holds no answer keys: hidden tests in the source notebooks pass
the key to a check. It never imports nbgrader; the nbgrader plugins live in
``graders.nbgrader_ext`` and are imported only by nbgrader's configuration.
"""

from graders.calendar_check import check_content_calendar
from graders.figure_check import check_figure
from graders.ordering import check_order
from graders.post_check import PLATFORM_RULES, check_post
from graders.post_plan import check_post_plan
from graders.primitives import (
    check_choice,
    check_date,
    check_dates,
    check_format_choice,
    check_format_choices,
    check_format_date,
    check_format_dates,
    check_format_labels,
    check_format_multiple_choice,
    check_format_number,
    check_labels,
    check_multiple_choice,
    check_number,
    format_date,
    parse_date,
)
from graders.recommendation_check import check_recommendation
from graders.redaction import check_redaction
from graders.reply_check import check_reply
from graders.result import Item, Result, answer, show
from graders.table_check import check_table

__all__ = [
    "PLATFORM_RULES",
    "Item",
    "Result",
    "answer",
    "check_choice",
    "check_content_calendar",
    "check_date",
    "check_dates",
    "check_format_choice",
    "check_format_choices",
    "check_format_date",
    "check_figure",
    "check_format_dates",
    "check_format_labels",
    "check_format_multiple_choice",
    "check_format_number",
    "check_labels",
    "check_multiple_choice",
    "check_number",
    "check_order",
    "check_post",
    "check_post_plan",
    "check_recommendation",
    "check_redaction",
    "check_reply",
    "check_table",
    "format_date",
    "parse_date",
    "show",
]
