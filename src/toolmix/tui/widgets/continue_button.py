"""The question screen's Continue: Textual's Button, with the keys the keymap names.

Button binds Enter alone and with no id; this one binds Enter and Space under
``continue.press``, so a keymap in the settings can change them
(toolmix.tui.keymap). It posts Button.Pressed, handled as ``on_button_pressed``.
With the focus its label has the cursor's "> " (:class:`MarkedButton`): in a multi
question Tab reaches Continue before the answers so far.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from toolmix.text.i18n import N_
from toolmix.tui.widgets.marked_button import MarkedButton


class ContinueButton(MarkedButton, inherit_bindings=False):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "press", N_("Continue"), show=False, id="continue.press"),
    ]

    def __init__(self, label: str, *, id: str | None = None) -> None:
        super().__init__(label, id=id, variant="primary")
