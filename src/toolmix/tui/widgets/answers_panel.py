"""The side panel: the answers so far; choosing one goes back to change it.

Drawn line by line (Textual's Line API) from strips kept per entry, with its
own scroll offset and a one-column scroll indicator. A step forward adds an
entry and repaints the visible lines from those strips: nothing is laid out
again. An OptionList here cost about half the CPU of each answer, because it
re-rendered every visible line and, through its scroll bar, painted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

from toolmix.tui.safe import literal_line

#: (node id, question, answer) for one step on the path.
Step = tuple[str, str, str]

_KINDS = ("plain", "cursor", "hover")


class AnswersPanel(Widget, can_focus=True):
    """One entry (the question, then the answer indented) per step so far."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("home", "cursor_to(0)", "First", show=False),
        Binding("end", "cursor_to(-1)", "Last", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("enter", "choose", "Change this answer", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "answers-panel--cursor",
        "answers-panel--hover",
        "answers-panel--thumb",
    }

    DEFAULT_CSS = """
    AnswersPanel {
        height: 1fr;
        padding: 0 1;
        color: $foreground;
        background: $surface;
        & > .answers-panel--cursor {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .answers-panel--hover {
            background: $block-hover-background;
        }
        & > .answers-panel--thumb {
            color: $scrollbar;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .answers-panel--cursor {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
    }
    """

    @dataclass
    class JumpRequested(Message):
        node_id: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._steps: list[Step] = []
        self.cursor: int | None = None
        self._hover: int | None = None
        self._top = 0  # the first line shown
        # For the current width: where each entry starts, and each line's entry.
        self._width = -1
        self._starts: list[int] = []
        self._line_entry: list[int] = []
        self._strips: dict[tuple[Step, str], list[Strip]] = {}

    # --- method calls down -----------------------------------------------------

    def show_steps(self, steps: list[Step]) -> None:
        """Show these steps, the last one under the cursor.

        Only what changed is measured again: a step forward adds an entry and
        a step back drops entries; the others keep their lines.
        """
        keep = 0
        for old, new in zip(self._steps, steps, strict=False):
            if old != new:
                break
            keep += 1
        if self._width >= 0:
            cut = self._starts[keep] if keep < len(self._starts) else len(self._line_entry)
            del self._starts[keep:]
            del self._line_entry[cut:]
        self._steps = list(steps)
        if self._width >= 0:
            self._measure_from(keep)
        self._hover = None
        self.cursor = len(steps) - 1 if steps else None
        self._scroll_to_cursor(bottom=True)
        self.refresh()

    @property
    def steps(self) -> list[Step]:
        return list(self._steps)

    # --- layout of entries -------------------------------------------------------

    def _entry_strips(self, index: int, kind: str) -> list[Strip]:
        step = self._steps[index]
        key = (step, kind)
        strips = self._strips.get(key)
        if strips is None:
            if len(self._strips) > 1024:  # a long walk: keep memory flat
                self._strips.clear()
            _, question, answer = step
            style = self.get_visual_style(*([f"answers-panel--{kind}"] if kind != "plain" else []))
            rich_style = style.rich_style
            width = self._text_width()
            indent = min(2, width - 1)
            lines = Visual.to_strips(self, literal_line(question, "bold"), width, None, style)
            lines += [  # the answer, with a hanging indent
                Strip.join([Strip.blank(indent, rich_style), strip])
                for strip in Visual.to_strips(
                    self, literal_line(answer), width - indent, None, style
                )
            ]
            strips = [strip.extend_cell_length(width, rich_style) for strip in lines]
            self._strips[key] = strips
        return strips

    def _height_of(self, index: int) -> int:
        return len(self._entry_strips(index, "plain"))

    def _text_width(self) -> int:
        """The width of the text: the content less the scroll indicator's column."""
        return max(1, self._width - 1)

    def _measure_from(self, first: int) -> None:
        for index in range(first, len(self._steps)):
            self._starts.append(len(self._line_entry))
            self._line_entry.extend([index] * self._height_of(index))

    def _remeasure(self) -> None:
        width = self.content_size.width
        if width == self._width:
            return
        self._width = width
        self._strips.clear()
        self._starts.clear()
        self._line_entry.clear()
        if width > 0:
            self._measure_from(0)

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
        if self.cursor is None or self.cursor >= len(self._starts):
            self._set_top(self._top)
            return
        start = self._starts[self.cursor]
        end = start + self._height_of(self.cursor)
        height = self._view_height
        if bottom or end > self._top + height:
            self._set_top(end - height)
        elif start < self._top:
            self._set_top(start)
        else:
            self._set_top(self._top)

    # --- drawing ------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        self._remeasure()
        width = self._width
        line = self._top + y
        base = self.get_visual_style().rich_style
        if line >= len(self._line_entry):
            return Strip.blank(width, base)
        index = self._line_entry[line]
        kind = "cursor" if index == self.cursor else "hover" if index == self._hover else "plain"
        strip = self._entry_strips(index, kind)[line - self._starts[index]]
        return Strip.join([strip, self._indicator(y, base)])

    def _indicator(self, y: int, base: RichStyle) -> Strip:
        total = len(self._line_entry)
        height = self._view_height
        if total <= height:
            return Strip.blank(1, base)
        size = max(1, round(height * height / total))
        start = round(self._top * (height - size) / max(1, total - height))
        if start <= y < start + size:
            style = self.get_visual_style("answers-panel--thumb").rich_style
            return Strip([Segment("▐", style)], 1)
        return Strip.blank(1, base)

    def notify_style_update(self) -> None:
        self._strips.clear()
        super().notify_style_update()

    def on_resize(self) -> None:
        self._remeasure()
        self._scroll_to_cursor()

    # --- input --------------------------------------------------------------------

    def _entry_at(self, y: int) -> int | None:
        line = self._top + y
        return self._line_entry[line] if 0 <= line < len(self._line_entry) else None

    def _move_cursor(self, index: int) -> None:
        if not self._steps:
            return
        self.cursor = max(0, min(index, len(self._steps) - 1))
        self._scroll_to_cursor()
        self.refresh()

    def action_cursor(self, delta: int) -> None:
        self._move_cursor((self.cursor if self.cursor is not None else -1) + delta)

    def action_cursor_to(self, index: int) -> None:
        self._move_cursor(index if index >= 0 else len(self._steps) - 1)

    def action_page(self, direction: int) -> None:
        self._set_top(self._top + direction * self._view_height)
        entry = self._entry_at(0 if direction < 0 else self._view_height - 1)
        if entry is not None:
            self._move_cursor(entry)

    def action_choose(self) -> None:
        if self.cursor is not None and self.cursor < len(self._steps):
            self.post_message(self.JumpRequested(self._steps[self.cursor][0]))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        entry = self._entry_at(event.y - self.styles.gutter.top)
        if entry is not None:
            self.cursor = entry
            self.refresh()
            self.post_message(self.JumpRequested(self._steps[entry][0]))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        entry = self._entry_at(event.y - self.styles.gutter.top)
        if entry != self._hover:
            self._hover = entry
            self.refresh()

    def on_leave(self) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self._set_top(self._top + 2)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self._set_top(self._top - 2)
