"""A button that shows its focus without colour: the cursor's "> " before its label.

Where Tab moves between buttons and fields (Continue, a dialog's buttons), a
focused Button differed from the others only by colour: in a monochrome
terminal, with NO_COLOR or in a screen reader's text nothing said where Enter
would go (newuser7 #8: Tab on a multi question reached Continue, unseen, and
Enter went on). The focused list's entry, and this button, have the "> ".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.widgets import Button

from toolmix.text.i18n import N_
from toolmix.tui.holding import hold_keys_for_a_while
from toolmix.tui.widgets.choice_prompt import CURSOR_MARK

if TYPE_CHECKING:
    from typing_extensions import Self


class MarkedButton(Button):
    """Textual's Button; its label (plain words) has "> " before it while it has the focus.

    Left and Right move between the buttons of its row, as Tab does (newuser8:
    Right, then Enter, pressed the first button).
    """

    BINDINGS = [
        Binding("right", "neighbour(1)", N_("Next button"), show=False, id="buttons.next"),
        Binding("left", "neighbour(-1)", N_("Previous button"), show=False, id="buttons.previous"),
    ]

    def __init__(self, label: str, **options: object) -> None:
        super().__init__(label, **options)  # type: ignore[arg-type]
        self._words = label

    def press(self) -> Self:
        """Pressed, the dialog goes (or says why not): the keys typed after it wait for
        the screen that comes next, which the Enter on Resume used to leave behind
        (newuser8: the name typed right after Resume was lost)."""
        hold_keys_for_a_while(self)
        return super().press()

    def action_neighbour(self, step: int) -> None:
        """Focus the next (1) or previous (-1) button of the row, round at its ends."""
        row = (
            [b for b in self.parent.children if isinstance(b, Button) and b.focusable]
            if self.parent
            else []
        )
        if self in row and len(row) > 1:
            row[(row.index(self) + step) % len(row)].focus()

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        self.label = CURSOR_MARK + self._words if has_focus else self._words
