"""Widgets whose new size, found by a layout, does not ask for another layout.

After each layout Textual (8.2.8) gives every widget its size through
``Widget._size_updated``, which sets ``virtual_size``: a reactive declared with
``layout=True``. So a widget whose content changed height (new help, another
number of choices, a longer question, a wider "3 of about 11") asks for a
second layout of the whole screen, which finds the sizes the first one has just
given: on the question screen, most answers were laid out twice, in two frames.

:class:`Settled` keeps the size (and the scroll bars, for widgets that scroll)
but does not ask again. It is for widgets that do not scroll their content
through Textual, whose virtual size is only their content's size: the question
screen's texts, rows, help and lists. A test asserts one layout per answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.containers import Horizontal
from textual.geometry import Size
from textual.visual import VisualType
from textual.widget import Widget
from textual.widgets import Static

# At run time a plain mixin, so that Textual's CSS inheritance (which follows
# the widget classes in the bases) does not see it; type checkers see a Widget.
if TYPE_CHECKING:
    from textual.css.styles import RulesMap

    _Base = Widget
else:
    _Base = object


class Settled(_Base):
    """Mix in before the widget class: ``class X(Settled, Static)``."""

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=False)


class SettledStatic(Settled, Static):
    """A Static for text that changes from question to question."""

    def show(self, content: VisualType) -> None:
        """Show new text; lay the screen out again only if its height changes.

        ``Static.update`` asks for a layout every time. From one question to
        the next of the same shape the texts change but not their heights,
        and the step then needs no layout at all, only a repaint.
        """
        width, height = self.size
        self.update(content, layout=False)
        # Textual passes its styles as the rules too (Widget.get_content_height).
        rules = cast("RulesMap", self.styles)
        if not width or self.visual.get_height(rules, width) != height:
            self.refresh(layout=True)


class SettledRow(Settled, Horizontal):
    """A Horizontal whose children change width from question to question."""
