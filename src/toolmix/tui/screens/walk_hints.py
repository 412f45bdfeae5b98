"""The short lines under a question's field: how to answer it, and what it allows.

Shown before anything is typed, so the range or the number of options to
tick is known before an answer is refused (issue 15.7). Tree text (units,
range labels) is shown literally.
"""

from __future__ import annotations

from textual.content import Content

from toolmix.engine.answer_words import allowed_numbers
from toolmix.engine.rule_words import labelled_ranges, multi_limits
from toolmix.model.tree import MultiNode, NumberNode, TextNode
from toolmix.text.words import format_number
from toolmix.tui.safe import literal_line


def multi_hint(node: MultiNode) -> Content:
    """Short enough for one line of the question column at 80 columns."""
    parts = ["Space ticks, Enter continues", *multi_limits(node)]
    return Content("; ".join(parts)).stylize("dim")


def number_placeholder(node: NumberNode) -> str:
    if node.min is not None and node.max is not None:
        return f"{format_number(node.min)} to {format_number(node.max)}"
    return "a number"


def number_hint(node: NumberNode) -> Content:
    """The allowed numbers, then the tree's labelled ranges, one a line."""
    lines: list[Content] = [Content(allowed_numbers(node))]
    lines += [
        Content.assemble((bounds, "bold"), ": ", literal_line(label))
        for bounds, label in labelled_ranges(node)
    ]
    return Content("\n").join(lines).stylize("dim")


def text_hint(node: TextNode) -> Content:
    return Content(
        f"Up to {node.max_length} characters"
        + ("" if node.required else "; you may leave it empty")
    ).stylize("dim")
