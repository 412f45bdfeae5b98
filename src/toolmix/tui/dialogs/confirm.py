"""The yes/no question (start over, overwrite, resume)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Static

from toolmix.text.i18n import N_, _
from toolmix.tui.dialogs.dialog import Dialog, DialogBox
from toolmix.tui.safe import literal
from toolmix.tui.widgets.marked_button import MarkedButton


class ConfirmDialog(Dialog[bool]):
    """A yes/no question; Escape means no."""

    BINDINGS = [Binding("escape", "no", N_("Cancel"), id="confirm.cancel")]

    def __init__(self, question: str, yes: str | None = None, no: str | None = None) -> None:
        """``yes`` and ``no`` are the buttons' words (translated); None: Yes and No."""
        super().__init__()
        self.question = question
        self.yes = _("Yes") if yes is None else yes
        self.no = _("No") if no is None else no

    def compose(self) -> ComposeResult:
        with DialogBox(classes="dialog"):  # a long title or path scrolls
            yield Static(literal(self.question), classes="dialog-text")
            with Horizontal(classes="buttons"):
                yield MarkedButton(self.yes, id="yes", variant="primary")
                yield MarkedButton(self.no, id="no")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_no(self) -> None:
        self.dismiss(False)
