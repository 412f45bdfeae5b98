"""The short lines under a question's field: how to answer it, and what it allows.

Shown before anything is typed, so the range or the number of options to
tick is known before an answer is refused (issue 15.7). Tree text (units,
range labels) is shown literally.
"""

from __future__ import annotations

from textual.content import Content

from toolmix.engine.step import NumberField, Step, TextField
from toolmix.text.i18n import _
from toolmix.tui.safe import literal_line


def multi_hint(step: Step) -> Content:
    """Short enough for one line of the question column at 80 columns."""
    parts = [_("Space ticks, Enter continues"), *step.rules]
    return Content("; ".join(parts)).stylize("dim")


def number_hint(field: NumberField) -> Content:
    """The allowed numbers, then the tree's labelled ranges, one a line."""
    lines: list[Content] = [Content(field.rules)]
    lines += [
        Content.assemble((bounds, "bold"), ": ", literal_line(label))
        for bounds, label in field.ranges
    ]
    return Content("\n").join(lines).stylize("dim")


def text_hint(field: TextField) -> Content:
    return Content(field.rules).stylize("dim")
