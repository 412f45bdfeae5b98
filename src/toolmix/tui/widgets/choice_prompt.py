"""How one option of the choice list is drawn: a Visual for OptionList's prompts.

The cursor's mark, the option's number and its tick (in a multi question)
come first; the label wraps under itself, not under the number, and is cut
short with "…" after :data:`MAX_LINES` lines.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from toolmix.text.clean import one_line
from toolmix.tui.safe import literal_line

#: Lines of an option's label drawn at most: an option always fits the list's
#: view (question.tcss: 14 rows less the border).
MAX_LINES = 10

#: Drawn before the option under the cursor of the list that has the focus
#: (blanks before the others), so the cursor shows without colour too:
#: NO_COLOR, a monochrome terminal, a person who cannot tell the cursor's
#: colour from the list's.
CURSOR_MARK = "> "
#: Drawn instead when the list does not have the focus (the answers panel or
#: the other column does): one ">" on the screen says where the keys go, and
#: this one still says which entry the list is on (What if's explored question).
RESTING_MARK = "· "


def choice_prefix(index: int, *, mark: str, ticked: bool | None) -> Content:
    """The cursor's mark (or blanks), the number (the first nine have one) and the tick, if any."""
    prefix = Content(mark) + Content(f"{index + 1} " if index < 9 else "  ").stylize("dim")
    if ticked is not None:
        prefix += Content("[x] " if ticked else "[ ] ")
    return prefix


class ChoicePrompt(Visual):
    """An option's prefix, then its label (tree text, shown literally)."""

    def __init__(self, prefix: Content, label: str) -> None:
        self.prefix = prefix
        self.label = one_line(label)
        self._wrapped: tuple[int, list[Content]] = (-1, [])

    def label_lines(self, width: int) -> list[Content]:
        """The label wrapped to ``width``: at most MAX_LINES lines, the last cut with "…".

        Only as much of the label as can fill those lines is wrapped (a line
        of words holds at least half the width, so twice that at most), so an
        option costs the same to draw however long its label (a tree may give
        a question a thousand labels of pages each).
        """
        if self._wrapped[0] == width:
            return self._wrapped[1]
        width = max(width, 1)
        text = self.label
        enough = (MAX_LINES + 1) * width
        while True:
            cut = len(text) > enough
            lines = literal_line(text[:enough]).wrap(width)
            if not cut and len(lines) <= MAX_LINES:
                break
            if len(lines) > MAX_LINES or enough >= 2 * (MAX_LINES + 1) * width:
                lines = lines[:MAX_LINES]
                lines[-1] = lines[-1].truncate(width - 1) + "…"
                break
            enough *= 2  # short lines (long words): wrap more of the text
        self._wrapped = (width, lines)
        return lines

    def _indent(self, width: int) -> int:
        return min(self.prefix.cell_length, width - 1)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.prefix.cell_length + literal_line(self.label).cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.label_lines(width - self._indent(width)))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        indent = self._indent(width)
        if indent < 0:
            return []
        rich_style = style.rich_style
        first = Strip(self.prefix.render_segments(style)).crop_extend(0, indent, rich_style)
        pad = Strip.blank(indent, rich_style)
        strips = [
            Strip.join(
                [first if i == 0 else pad, *line.render_strips(width - indent, 1, style, options)]
            )
            for i, line in enumerate(self.label_lines(width - indent))
        ]
        return strips if height is None else strips[:height]
