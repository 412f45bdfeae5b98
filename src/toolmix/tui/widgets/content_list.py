"""A list of ready-made entries (one Content each, of one or more lines), for the explore screens.

The screen builds each entry from what the engine gives (tree text made
literal first) and says which one is under the cursor; the list draws them,
wrapped to its width with a hanging indent, and says when the cursor moves
or an entry is chosen (Enter, or a click on the entry under the cursor).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from toolmix.tui.widgets.line_list import LineList


class ContentList(LineList):
    """Entries of Content: the first line of each as it is, the others indented by two."""

    #: The cursor shows without colour too (NO_COLOR), as in the options.
    CURSOR_MARK = "> "

    BINDINGS: ClassVar[list[BindingType]] = []

    DEFAULT_CSS = """
    ContentList {
        height: 1fr;
        padding: 0 1;
    }
    """

    class Highlighted(Message):
        def __init__(self, widget: ContentList, index: int | None) -> None:
            super().__init__()
            self.widget = widget
            self.index = index

        @property
        def control(self) -> ContentList:
            return self.widget

    class Chosen(Message):
        def __init__(self, widget: ContentList, index: int) -> None:
            super().__init__()
            self.widget = widget
            self.index = index

        @property
        def control(self) -> ContentList:
            return self.widget

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: list[Content] = []

    def show(self, entries: Sequence[Content], cursor: int | None = 0) -> None:
        self._entries = list(entries)
        self.set_count(len(self._entries), 0, cursor if self._entries else None)

    @property
    def entries(self) -> list[Content]:
        return list(self._entries)

    def entry_key(self, index: int) -> Hashable:
        return (index, self._entries[index].plain)

    def render_entry(self, index: int, width: int, style: Style) -> list[Strip]:
        first, *rest = self._entries[index].split("\n")
        strips = Visual.to_strips(self, first, width, None, style)
        indent = min(2, width - 1)
        pad = Strip.blank(indent, style.rich_style)
        for line in rest:
            for strip in Visual.to_strips(self, line, max(1, width - indent), None, style):
                strips.append(Strip.join([pad, strip]))
        return strips

    def cursor_moved(self) -> None:
        self.post_message(self.Highlighted(self, self.cursor))

    def choose(self) -> None:
        """The entry under the cursor is chosen (the screen's Enter calls this)."""
        if self.cursor is not None:
            self.post_message(self.Chosen(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        before = self.cursor
        entry = self.clicked_entry(event)
        if entry is not None and entry == before:
            self.post_message(self.Chosen(self, entry))
