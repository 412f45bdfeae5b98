"""Styled text whose list items wrap under their words, past their number or bullet.

The plan's *This week* and *Every week* are lists of long lines; wrapped at a
column's width, each item's second line started under its "1." and the
items ran together. Here a line that starts with a list label ("1. ", "• ")
wraps in a hanging indent; any other line wraps as it is. The plain text (for
``str()``, as tests and the screen's own reading use) is the Content's.
"""

from __future__ import annotations

import re

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

#: A list item's label, as the plan's Markdown is drawn (quick_markdown): "1. ", "• ".
_LABEL = re.compile(r"(\s*(?:\d{1,9}\. |• ))")


def hanging_lines(content: Content, width: int) -> list[Content]:
    """Each line of ``content`` wrapped to ``width``; a list item's under its words."""
    out: list[Content] = []
    for line in content.split("\n"):
        label = _LABEL.match(line.plain)
        indent = len(label.group(1)) if label else 0
        if not indent or width - indent < 8:  # too narrow to hang: wrap as it is
            out += line.wrap(width) or [Content("")]
            continue
        body = line[indent:].wrap(width - indent) or [Content("")]
        out.append(line[:indent] + body[0])
        out += [Content(" " * indent) + rest for rest in body[1:]]
    return out


class HangingList(Visual):
    """``content`` drawn with :func:`hanging_lines` at the widget's width."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self._wrapped: tuple[int, list[Content]] = (-1, [])

    def __str__(self) -> str:
        return self.content.plain

    def lines(self, width: int) -> list[Content]:
        if self._wrapped[0] != width:
            self._wrapped = (width, hanging_lines(self.content, max(width, 1)))
        return self._wrapped[1]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((line.cell_length for line in self.content.split("\n")), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        strips = [
            Strip.join(line.render_strips(width, 1, style, options)) for line in self.lines(width)
        ]
        return strips if height is None else strips[:height]
