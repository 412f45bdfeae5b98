"""The base of every dialog: a modal screen whose sheet (dialog.tcss) frames them all."""

from __future__ import annotations

from typing import TypeVar

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from toolmix.text.i18n import _
from toolmix.tui.widgets.marked_button import MarkedButton

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType]):
    """A modal screen styled as a framed box over the dimmed screen below.

    Textual's type selectors match a class's bases, so ``Dialog`` in
    dialog.tcss styles every dialog; each dialog's own sheet adds only its parts.
    """


class InfoDialog(Dialog[None]):
    """A dialog that only shows something: a bold heading, a body and Close (or its key)."""

    #: The box's id, by which the dialog's own sheet styles it.
    box_id = ""
    #: Marked with N_ (a class attribute), translated when the dialog is drawn.
    heading = ""
    #: The body's id, where the sheet styles the body too.
    body_id: str | None = None

    def body(self) -> Content:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id=self.box_id):
            yield Static(Content(_(self.heading)).stylize("bold"), classes="dialog-text")
            yield Static(self.body(), id=self.body_id)
            with Horizontal(classes="buttons"):
                yield MarkedButton(_("Close"), id="close", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
