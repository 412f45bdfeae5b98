"""Measuring a line list: which lines each entry takes at the list's width.

Split from :mod:`toolmix.tui.widgets.line_list`: the entries' strips (kept per
entry and state), where each entry starts, and each line's entry, for the
width measured and for the width before it.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, NamedTuple

from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style

# At run time a plain mixin (Textual's CSS follows the widget
# classes in the bases); type checkers see a Widget.
if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    _Base = object

_KEPT = 2048  # strips kept at most; a long walk clears them rather than grow


class _Measure(NamedTuple):
    width: int
    starts: list[int]
    line_entry: list[int]
    strips: dict[tuple[Hashable, str], list[Strip]]


class Measured(_Base):
    """Mix in before the widget class; call :meth:`init_measure` in ``__init__``."""

    _count: int

    def init_measure(self) -> None:
        # For the measured width: where each entry starts, and each line's entry.
        self._width = -1
        self._starts: list[int] = []
        self._line_entry: list[int] = []
        self._strips: dict[tuple[Hashable, str], list[Strip]] = {}
        # The measure at the width before: a scroll bar that comes and goes
        # beside the list (as the help under it changes) swaps two widths,
        # and each swap measured every entry again.
        self._before: _Measure | None = None

    def entry_key(self, index: int) -> Hashable:
        """What the entry's look depends on (besides its state and the width)."""
        raise NotImplementedError

    def render_entry(self, index: int, width: int, style: Style, kind: str) -> list[Strip]:
        """The entry's lines at this width, on this style (not yet padded).

        ``kind`` is its state: "plain", "cursor" or "hover"; an entry takes
        as many lines in each.
        """
        raise NotImplementedError

    def _entry_strips(self, index: int, kind: str) -> list[Strip]:
        key = (self.entry_key(index), kind)
        strips = self._strips.get(key)
        if strips is None:
            if len(self._strips) > _KEPT:
                self._strips.clear()
            style = self.get_visual_style(*([] if kind == "plain" else [f"line-list--{kind}"]))
            width = self._text_width()
            strips = [
                strip.extend_cell_length(width, style.rich_style)
                for strip in self.render_entry(index, width, style, kind)
            ] or [Strip.blank(width, style.rich_style)]
            self._strips[key] = strips
        return strips

    def _text_width(self) -> int:
        """The width of the text: the content less the scroll indicator's column."""
        return max(1, self._width - 1)

    def _measure_from(self, first: int) -> None:
        for index in range(first, self._count):
            self._starts.append(len(self._line_entry))
            self._line_entry.extend([index] * len(self._entry_strips(index, "plain")))

    def _measure(self, width: int) -> None:
        if width == self._width:
            return
        now = _Measure(self._width, self._starts, self._line_entry, self._strips)
        before, self._before = self._before, now
        if before is not None and before.width == width:
            self._width, self._starts, self._line_entry, self._strips = before
            return
        self._width = width
        self._strips, self._starts, self._line_entry = {}, [], []
        if width > 0:
            self._measure_from(0)

    def _lines_of(self, index: int | None) -> range:
        if index is None or index >= len(self._starts):
            return range(0)
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._line_entry)
        return range(start, end)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._measure(width)
        return len(self._line_entry)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width
