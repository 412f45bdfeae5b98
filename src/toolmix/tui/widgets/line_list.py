"""A list of entries drawn line by line, for the answers panel.

The one list of the app that is not Textual's OptionList: the panel changes
on every answer, and an OptionList there lays the screen out again on each
(its virtual size changes) and paints twice, which missed the CPU per answer
target (docs/performance.md, "Textual's widgets, and the replacements kept").

Each entry is rendered once into strips, kept per entry and state (plain,
under the cursor, under the mouse), and painted with Textual's Line API.
The list keeps its own scroll offset and draws a one-column scroll
indicator. A change repaints only the lines it touches when nothing
scrolls, and never lays the screen out again unless the list's height
changes. The subclass says what an entry looks like (:meth:`render_entry`)
and what identifies its look (:meth:`entry_key`); this class does the rest,
measuring with :class:`~toolmix.tui.widgets.line_measure.Measured`.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from toolmix.text.i18n import N_
from toolmix.tui.widgets.line_measure import Measured


class LineList(Measured, Widget, can_focus=True):
    """Entries of one or more lines, a cursor, the mouse, and scrolling."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", N_("Up"), show=False, id="list.up"),
        Binding("down", "cursor(1)", N_("Down"), show=False, id="list.down"),
        Binding("home", "cursor_to(0)", N_("First"), show=False, id="list.first"),
        Binding("end", "cursor_to(-1)", N_("Last"), show=False, id="list.last"),
        Binding("pageup", "page(-1)", N_("Page up"), show=False, id="list.pageup"),
        Binding("pagedown", "page(1)", N_("Page down"), show=False, id="list.pagedown"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "line-list--cursor",
        "line-list--hover",
        "line-list--thumb",
    }

    # What both lists share; each adds its size, padding and border, and its
    # cursor's colour when not focused.
    DEFAULT_CSS = """
    LineList {
        color: $foreground;
        background: $surface;
        & > .line-list--cursor {
            background: $block-cursor-blurred-background;
        }
        & > .line-list--hover {
            background: $block-hover-background;
        }
        & > .line-list--thumb {
            color: $scrollbar;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .line-list--cursor {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._count = 0
        self.cursor: int | None = None
        self._hover: int | None = None
        self._top = 0  # the first line shown
        self.init_measure()
        self._frame: tuple[Strip, Strip, Strip, range] = (Strip([]),) * 3 + (range(0),)

    # --- changing the entries -------------------------------------------------------

    def set_count(self, count: int, keep: int, cursor: int | None, bottom: bool = False) -> None:
        """Now ``count`` entries, of which the first ``keep`` look as they did.

        ``bottom`` scrolls the cursor's entry to the bottom of the view (the
        answers panel follows the newest answer).
        """
        keep = min(keep, self._count, count)
        self._before = None  # measured for entries that may have changed
        top, old_cursor, hover = self._top, self.cursor, self._hover
        lines = len(self._line_entry)
        measured = self._width >= 0
        cut = len(self._line_entry)
        if measured:
            cut = self._starts[keep] if keep < len(self._starts) else len(self._line_entry)
            del self._starts[keep:]
            del self._line_entry[cut:]
        self._count = count
        if measured:
            self._measure_from(keep)
        self._hover = None
        self.cursor = None if cursor is None or not count else max(0, min(cursor, count - 1))
        self._scroll_to_cursor(bottom=bottom)
        if not measured or (self.styles.auto_dimensions and len(self._line_entry) != lines):
            self.refresh(layout=True)
        else:
            changed = (old_cursor, self.cursor, hover)  # entries whose state changed
            first = min([cut, *(line for index in changed for line in self._lines_of(index))])
            self._repaint_from(first, top)

    @property
    def count(self) -> int:
        return self._count

    # --- scrolling ----------------------------------------------------------------

    @property
    def _view_height(self) -> int:
        return max(1, self.content_size.height)

    def _set_top(self, top: int) -> None:
        top = max(0, min(top, len(self._line_entry) - self._view_height))
        if top != self._top:
            self._top = top
            self.refresh()

    def _scroll_to_cursor(self, bottom: bool = False) -> None:
        lines = self._lines_of(self.cursor)
        height = self._view_height
        if not lines:
            self._set_top(self._top)
        elif len(lines) >= height and not bottom:
            self._set_top(lines.start)  # taller than the view: its start
        elif bottom or lines.stop > self._top + height:
            self._set_top(lines.stop - height)
        elif lines.start < self._top:
            self._set_top(lines.start)
        else:
            self._set_top(self._top)

    # --- repainting -----------------------------------------------------------------

    def _repaint_from(self, first: int, top: int) -> None:
        """Repaint from line ``first`` down, or all of it if it scrolled or overflows."""
        if self._top != top or len(self._line_entry) > self._view_height:
            self.refresh()
        elif first - top < self._view_height:
            self.refresh(Region(0, first - top, self._width, self._view_height))

    def _repaint_entry(self, index: int | None) -> None:
        lines = self._lines_of(index)
        if lines:
            self.refresh(Region(0, lines.start - self._top, self._width, len(lines)))

    def _move_cursor(self, index: int | None) -> None:
        if index is None or not self._count:
            return
        index = max(0, min(index, self._count - 1))
        if index == self.cursor:
            return
        old, self.cursor = self.cursor, index
        top = self._top
        self._scroll_to_cursor()
        if self._top == top:
            self._repaint_entry(old)
            self._repaint_entry(index)

    # --- drawing ------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # Styles and the scroll indicator, worked out once for all the lines.
        self._measure(self.content_size.width)
        base = self.get_visual_style().rich_style
        total, height = len(self._line_entry), self._view_height
        thumb = range(0)
        if total > height:
            size = max(1, round(height * height / total))
            start = round(self._top * (height - size) / max(1, total - height))
            thumb = range(start, start + size)
        thumb_style = self.get_visual_style("line-list--thumb").rich_style
        thumb_strip = Strip([Segment("▐", thumb_style)], 1)
        self._frame = (Strip.blank(self._width, base), Strip.blank(1, base), thumb_strip, thumb)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        empty, blank, thumb_strip, thumb = self._frame
        line = self._top + y
        if line >= len(self._line_entry):
            return empty
        index = self._line_entry[line]
        kind = "cursor" if index == self.cursor else "hover" if index == self._hover else "plain"
        strip = self._entry_strips(index, kind)[line - self._starts[index]]
        return Strip.join([strip, thumb_strip if y in thumb else blank])

    def notify_style_update(self) -> None:
        self._strips.clear()
        self._before = None
        super().notify_style_update()

    def on_resize(self) -> None:
        self._measure(self.content_size.width)
        self._scroll_to_cursor()

    # --- input --------------------------------------------------------------------

    def entry_at(self, y: int) -> int | None:
        """The entry on this line of the view, if any."""
        line = self._top + y
        return self._line_entry[line] if 0 <= line < len(self._line_entry) else None

    def action_cursor(self, delta: int) -> None:
        """Up or down one entry; past either end it wraps round, as OptionList does."""
        if self._count:
            start = self.cursor if self.cursor is not None else -1
            self._move_cursor((start + delta) % self._count)

    def action_cursor_to(self, index: int) -> None:
        self._move_cursor(index if index >= 0 else self._count - 1)

    def action_page(self, direction: int) -> None:
        self._set_top(self._top + direction * self._view_height)
        self._move_cursor(self.entry_at(0 if direction < 0 else self._view_height - 1))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        entry = self.entry_at(event.y - self.styles.gutter.top)
        if entry != self._hover:
            old, self._hover = self._hover, entry
            self._repaint_entry(old)
            self._repaint_entry(entry)

    def on_leave(self) -> None:
        if self._hover is not None:
            old, self._hover = self._hover, None
            self._repaint_entry(old)

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self._set_top(self._top + 2)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self._set_top(self._top - 2)

    def clicked_entry(self, event: events.Click) -> int | None:
        """The entry a click landed on, now under the cursor."""
        event.stop()
        entry = self.entry_at(event.y - self.styles.gutter.top)
        self._move_cursor(entry)
        return entry
