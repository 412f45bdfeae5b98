"""The cursor's mark drawn in an option list's prompts, moved with the highlight.

Shared by the question's choices and explore's lists: each option's prompt
holds the mark, so when the highlight moves the two options it moves between
are drawn again, and no other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
