"""Every warning about the tree files, which the picker folds to two lines (newuser6 #7)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from toolmix.text.i18n import N_, _
from toolmix.tui.dialogs.dialog import InfoDialog
from toolmix.tui.widgets.marked_button import MarkedButton


class WarningsDialog(InfoDialog):
    """The notices, one paragraph each; the list scrolls, so any number fits."""

    box_id = "warnings"
    heading = N_("Warnings")

    BINDINGS = [Binding("escape,w", "close", N_("Close"), id="warnings.close")]

    def __init__(self, notices: list[str]) -> None:
        super().__init__()
        self.notices = list(notices)

    def body(self) -> Content:
        # Content, not markup: a notice quotes file names and ids as they are.
        return Content("\n\n").join(
            Content(_("Warning: {notice}").format(notice=n)) for n in self.notices
        )

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id=self.box_id):
            yield Static(Content(_(self.heading)).stylize("bold"), classes="dialog-text")
            with VerticalScroll(id="warnings-list"):
                yield Static(self.body(), id="warnings-body")
            with Horizontal(classes="buttons"):
                yield MarkedButton(_("Close"), id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#warnings-list").focus()  # Up / Down / PageDown scroll it
