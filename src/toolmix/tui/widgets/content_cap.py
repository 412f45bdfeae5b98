"""A widget no taller than its content, under a stylesheet that gives it what the column leaves.

The question's list of options is ``height: 1fr`` (every free row of the
column), so that a long one fills the column and scrolls with Continue still
in view below it. Capped at its own lines, a short one keeps Continue right
under it. (An info page's body needs no cap: question.tcss sizes it.)
"""

from __future__ import annotations

from textual.widget import Widget


def cap_at_content(widget: Widget, width: int) -> bool:
    """Cap ``widget``'s height at its content laid out ``width`` cells wide (gutter included).

    A width of 0 (nothing to measure by yet) leaves it as it is; the result
    says whether the cap was set.
    """
    if width <= 0:
        return False
    lines = widget.get_content_height(widget.size, widget.app.size, width)
    widget.styles.max_height = lines + widget.styles.gutter.height
    return True
