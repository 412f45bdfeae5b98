"""The question screen's Continue: Textual's Button, with the keys the keymap names.

Button binds Enter alone and with no id; this one binds Enter and Space under
``continue.press``, so a keymap in the settings can change them
(toolmix.tui.keymap). It posts Button.Pressed, handled as ``on_button_pressed``.
With the focus its label has the cursor's "> ", as the focused list's entry has: in a
multi question Tab reaches Continue before the answers so far, and newuser7 (#8),
seeing no sign of it, pressed Enter there to change an earlier answer.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Button

from toolmix.text.i18n import N_
from toolmix.tui.widgets.choice_prompt import CURSOR_MARK


class ContinueButton(Button, inherit_bindings=False):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "press", N_("Continue"), show=False, id="continue.press"),
    ]

    def __init__(self, label: str, *, id: str | None = None) -> None:
        super().__init__(label, id=id, variant="primary")
        self._words = label

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        self.label = CURSOR_MARK + self._words if has_focus else self._words
