"""The question and its help, above the list: scrolls only if taller than its share."""

from __future__ import annotations

from textual.containers import VerticalScroll


class LeadScroll(VerticalScroll):
    """A question's text and help; most fit, and then it neither scrolls nor takes focus.

    A help longer than its share of the screen (question.tcss caps it) scrolls
    here, beside the list rather than around it, and only then can Tab
    reach it to scroll it by keys.
    """

    DEFAULT_CSS = """
    LeadScroll {
        height: auto;
        scrollbar-size-vertical: 1;
    }
    """

    def allow_focus(self) -> bool:
        return self.max_scroll_y > 0
