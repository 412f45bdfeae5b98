"""The cursor's mark drawn in an option list's prompts, moved with the highlight.

Shared by the question's choices and explore's lists: each option's prompt
holds the mark, so when the highlight moves the two options it moves between
are drawn again, and no other. Only the list with the focus draws ">" (a
list without it draws "·"): with two lists on a screen (What if's columns,
a question's options and its answers so far) two ">" left a person unsure
where Down and Enter would go (newuser7, findings 8 and 11).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolmix.tui.widgets.choice_prompt import CURSOR_MARK, RESTING_MARK

# At run time a plain mixin (before OptionList in the bases); type checkers see an OptionList.
if TYPE_CHECKING:
    from textual.visual import VisualType
    from textual.widgets import OptionList

    _Base = OptionList
else:
    _Base = object


class CursorMark(_Base):
    """Keeps ``_marked``, the option drawn with the mark, in step with the highlight."""

    #: The option drawn with the cursor's mark (the highlighted one).
    _marked: int | None = None

    def _mark(self, index: int) -> str:
        """What goes before this option: the mark if it is ``_marked``, else blanks."""
        if index != self._marked:
            return " " * len(CURSOR_MARK)
        return CURSOR_MARK if self.has_focus else RESTING_MARK

    def watch_has_focus(self, has_focus: bool) -> None:
        # Not on_focus: Focus reaches this mixin before Widget sets has_focus.
        super().watch_has_focus(has_focus)
        self._redraw(self._marked)

    def _prompt(self, index: int) -> VisualType:
        """The option's prompt, with the mark if ``index`` is ``_marked``."""
        raise NotImplementedError

    def _redraw(self, index: int | None) -> None:
        """Draw this option again: its mark (or what else its prompt shows) changed."""
        if index is not None and index < self.option_count:
            self.replace_option_prompt_at_index(index, self._prompt(index))

    def watch_highlighted(self, highlighted: int | None) -> None:
        if highlighted is not None and highlighted != self._marked:
            before, self._marked = self._marked, highlighted
            self._redraw(before)
            self._redraw(highlighted)
        super().watch_highlighted(highlighted)
