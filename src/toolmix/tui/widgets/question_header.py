"""The top of the question screen: the tree's title, then how far along.

One widget that draws both lines::

    Find your social tool mix
    Question 4 of about 11  ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

One widget rather than a title, a label and a bar: each widget costs
styling, layout and a render of its own, on the first frame and on every
answer. Only a new title asks for a layout; the progress only repaints.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from toolmix.tui.safe import literal_line

#: Columns between the label and the bar.
GAP = 2


class QuestionHeader(Widget):
    DEFAULT_CSS = """
    QuestionHeader {
        height: auto;
        margin: 1 0;
        color: $text-muted;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._title = Content("")
        self._label = ""
        self._done = 0.0

    @property
    def label(self) -> str:
        """What the progress line says, e.g. "Question 4 of about 11"."""
        return self._label

    def show_title(self, title: str) -> None:
        """The tree's title (tree text: shown literally, on one line)."""
        self._title = literal_line(title)
        self.refresh(layout=True)

    def show_progress(self, label: str, progress: float, total: float) -> None:
        """The label and the bar's fill, ``progress`` out of ``total``."""
        done = 0.0 if total <= 0 else max(0.0, min(1.0, progress / total))
        if (label, done) != (self._label, self._done):
            self._label, self._done = label, done
            self.refresh()

    def render(self) -> Content:
        width = self.content_region.width
        bar = max(0, width - len(self._label) - GAP)
        filled = round(bar * self._done)
        return Content.assemble(
            self._title,
            "\n",
            self._label,
            " " * GAP if bar else "",
            ("━" * filled, "$accent"),
            ("━" * (bar - filled), "$panel"),
        )
