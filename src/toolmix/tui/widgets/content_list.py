"""A list of ready-made entries (one Content each, of one or more lines), for the explore screens.

The screen builds each entry from what the engine gives (tree text made
literal first) and says which one is under the cursor; the list draws them,
wrapped to its width with a hanging indent, and says when the cursor moves
(OptionList's ``OptionHighlighted``) or an entry is chosen (``OptionSelected``:
the screen's Enter, or a click on the entry under the cursor; a click on
another entry only moves the cursor there).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from textual import events
from textual.content import Content
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from toolmix.tui.widgets.cursor_mark import CursorMark
from toolmix.tui.widgets.entry_list import EntryList, Hanging

#: Seconds between two letters typed to find an entry after which the search starts anew.
FIND_PAUSE = 0.7


def _finds(character: str | None) -> bool:
    """Whether typing ``character`` finds an entry: printable, and not '?', which opens
    the keys help on every screen (F1 or ?), as the help itself says."""
    return character is not None and character.isprintable() and character != "?"


class ContentList(CursorMark, EntryList):
    """Entries of Content: the first line of each as it is, the others indented by two."""

    DEFAULT_CSS = """
    ContentList {
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None, whole: bool = False, find: bool = False) -> None:
        super().__init__(id=id)
        #: Type to find: the letters typed (a pause of :data:`FIND_PAUSE` starts anew)
        #: move the cursor to the first entry whose first line starts with them, else
        #: to the first that holds them, as Textual's Select does (newuser8 #4).
        self.find = find
        self._typed = ""
        self._typed_at = 0.0
        #: Draw only whole entries: one the bottom edge would cut is left blank (unless
        #: it is under the cursor or taller than the list), so that its first line alone,
        #: "Google Business Profile" of "... (service area)", never reads as a twin of
        #: the entry above it (newuser8 #4).
        self.whole = whole
        self._entries: list[Content] = []
        #: A click is being handled, and the entry highlighted before it.
        self._clicking = False
        self._before_click: int | None = None

    def show(self, entries: Sequence[Content], cursor: int | None = 0) -> None:
        self._entries = list(entries)
        cursor = None if cursor is None or not entries else max(0, min(cursor, len(entries) - 1))
        self._marked = cursor
        self.set_options(Option(self._prompt(index)) for index in range(len(entries)))
        self.highlighted = cursor

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        return self.find and _finds(character)

    async def _on_key(self, event: events.Key) -> None:
        character = event.character
        if not self.find or not event.is_printable or character is None or not _finds(character):
            return
        event.stop()
        event.prevent_default()
        now = time.monotonic()
        self._typed = (self._typed if now - self._typed_at < FIND_PAUSE else "") + character
        self._typed_at = now
        found = self.finding(self._typed)
        if found is not None:
            self.highlighted = found

    def finding(self, typed: str) -> int | None:
        """The entry typing ``typed`` finds: the first whose first line starts with it,
        else the first that holds it (in any case); None for none."""
        wanted = typed.casefold()
        firsts = [entry.plain.split("\n", 1)[0].casefold() for entry in self._entries]
        starts = next((i for i, line in enumerate(firsts) if line.startswith(wanted)), None)
        if starts is not None:
            return starts
        return next((i for i, line in enumerate(firsts) if wanted in line), None)

    def render_line(self, y: int) -> Strip:
        if self.whole:
            top = self.scroll_offset.y
            try:
                index, _offset = self._lines[top + y]
            except IndexError:
                return super().render_line(y)
            start, height = self._index_to_line[index], self._heights[index]
            bottom = top + self.scrollable_content_region.height
            if start + height > bottom and start > top and index != self.highlighted:
                return Strip.blank(
                    self.scrollable_content_region.width,
                    self.get_visual_style("option-list--option").rich_style,
                )
        return super().render_line(y)

    @property
    def entries(self) -> list[Content]:
        return list(self._entries)

    def _prompt(self, index: int) -> Hanging:
        first, *rest = self._entries[index].split("\n")
        # The cursor shows without colour too (NO_COLOR), as in the options.
        return Hanging(first, rest, self._mark(index))

    def choose(self) -> None:
        """The entry under the cursor is chosen (the screen's Enter calls this)."""
        self._clicking = False
        self.action_select()

    def on_click(self, event: events.Click) -> None:
        # OptionList's own click (after this) highlights the entry clicked and
        # selects it; the selection is let through below only for the entry
        # that was under the cursor already.
        self._clicking, self._before_click = True, self.highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        clicked, self._clicking = self._clicking, False
        if clicked and event.option_index != self._before_click:
            event.stop()  # a click on another entry only moves the cursor there
