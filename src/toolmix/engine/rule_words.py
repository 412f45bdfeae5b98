"""The words the app and the line-by-line walk both use for a question's rules.

One place, so the full-screen app and ``toolmix ask`` say the same thing.
"""

from __future__ import annotations

from toolmix.model.nodes import MultiNode, NumberNode, TextNode
from toolmix.text.i18n import _
from toolmix.text.words import format_number


def range_bounds(low: float | None, high: float | None) -> str:
    """A number range (``low`` included, ``high`` not) in words: ``2 to under 8``."""
    lo = format_number(low) if low is not None else ""
    hi = format_number(high) if high is not None else ""
    if not lo and not hi:
        return _("any number")
    if not lo:
        return _("under {high}").format(high=hi)
    if not hi:
        return _("{low}+").format(low=lo)
    return _("{low} to under {high}").format(low=lo, high=hi)


def labelled_ranges(node: NumberNode) -> list[tuple[str, str]]:
    """(bounds in words, label) for each of the node's ranges that has a label."""
    return [(range_bounds(r.min, r.max), r.label) for r in node.ranges if r.label]


def multi_limits(node: MultiNode) -> list[str]:
    """How many options a multi question takes: ``choose at least 1``, ``at most 3``."""
    parts = []
    if node.min:
        parts.append(_("choose at least {n}").format(n=node.min))
    if node.max is not None:
        parts.append(_("at most {n}").format(n=node.max))
    return parts


def text_rules(node: TextNode) -> str:
    """How long a text answer may be, and whether it may be empty."""
    if node.required:
        return _("Up to {n} characters").format(n=node.max_length)
    return _("Up to {n} characters; you may leave it empty").format(n=node.max_length)
