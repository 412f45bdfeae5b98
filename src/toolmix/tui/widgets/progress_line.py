"""A one-line progress bar: how far through the questions, nothing else.

Textual's ProgressBar brings an ETA clock, a percentage label and their
styles; a question screen needs only the bar. This one is a single widget
that draws itself, so updating it never changes the layout.
"""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from toolmix.tui.widgets.settled import Settled


class ProgressLine(Settled, Widget):
    DEFAULT_CSS = """
    ProgressLine {
        height: 1;
        width: 1fr;
    }
    """

    #: Fraction done, from 0 to 1.
    done: reactive[float] = reactive(0.0)

    def update(self, progress: float, total: float) -> None:
        self.done = 0.0 if total <= 0 else max(0.0, min(1.0, progress / total))

    def render(self) -> Content:
        width = self.content_region.width
        filled = round(width * self.done)
        return Content.assemble(("━" * filled, "$accent"), ("━" * (width - filled), "$panel"))
