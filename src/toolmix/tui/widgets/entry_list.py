"""The app's lists of entries on Textual's OptionList: the result's and explore's lists.

Each entry is a :class:`Hanging` prompt: its first part wraps to the list's
width, the parts under it wrap two cells in (a hanging indent), all of it
literal Content built by the caller. :class:`EntryList` is an OptionList
with the moves named for the keymap (``list.*``, as on every list of the
app) and without OptionList's Enter: each list says what Enter does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList

from toolmix.text.i18n import N_

#: OptionList's moves under the ids a keymap names (toolmix.tui.keymap).
LIST_BINDINGS: list[BindingType] = [
    Binding("up", "cursor_up", N_("Up"), show=False, id="list.up"),
    Binding("down", "cursor_down", N_("Down"), show=False, id="list.down"),
    Binding("home", "first", N_("First"), show=False, id="list.first"),
    Binding("end", "last", N_("Last"), show=False, id="list.last"),
    Binding("pageup", "page_up", N_("Page up"), show=False, id="list.pageup"),
    Binding("pagedown", "page_down", N_("Page down"), show=False, id="list.pagedown"),
]

INDENT = 2


class Hanging(Visual):
    """A first part at the list's width, then parts indented under it.

    ``mark`` goes before the first line (blanks of its width before the
    others): the cursor's "> ", so the cursor shows without colour too.
    """

    def __init__(self, first: Content, rest: Sequence[Content] = (), mark: str = "") -> None:
        self.first = first
        self.rest = list(rest)
        self.mark = mark
        self._wrapped: tuple[int, list[tuple[int, Content]]] = (-1, [])

    def indented(self, width: int) -> list[Content]:
        """The parts under the first, for this width (a subclass may lay them out by it)."""
        return self.rest

    def lines(self, width: int) -> list[tuple[int, Content]]:
        """Each line at this width, with the cells before it."""
        if self._wrapped[0] == width:
            return self._wrapped[1]
        mark = len(self.mark)
        text = max(1, width - mark)
        indent = min(INDENT, text - 1)
        lines = [(mark, line) for line in self.first.wrap(text)]
        for part in self.indented(text - indent):
            lines += [(mark + indent, line) for line in part.wrap(text - indent)]
        self._wrapped = (width, lines)
        return lines

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        widths = [self.first.cell_length] + [INDENT + p.cell_length for p in self.rest]
        return len(self.mark) + max(widths)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        rich_style = style.rich_style
        strips = []
        for number, (before, line) in enumerate(self.lines(width)):
            if number == 0 and self.mark:
                lead = Strip([Segment(self.mark, rich_style)], len(self.mark))
                lead = lead.extend_cell_length(before, rich_style)
            else:
                lead = Strip.blank(before, rich_style)
            text = line.render_strips(max(1, width - before), 1, style, options)
            strips.append(Strip.join([lead, *text]))
        return strips if height is None else strips[:height]


class EntryList(OptionList, inherit_bindings=False):
    """Hanging entries; the moves of :data:`LIST_BINDINGS`; Enter is the subclass's."""

    BINDINGS: ClassVar[list[BindingType]] = LIST_BINDINGS

    # Not a form field, a pane of the screen: its column's width (1fr, as
    # OptionList has, leaves out the column's scroll bar gutter), no border,
    # a one-column scroll bar.
    DEFAULT_CSS = """
    EntryList {
        width: 100%;
        height: 1fr;
        max-height: 100%;
        border: none;
        padding: 0;
        scrollbar-size-vertical: 1;
        &:focus {
            border: none;
        }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
