"""Every warning about the tree files, which the picker folds to two lines (newuser6 #7)."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content

from toolmix.text.i18n import N_, _
from toolmix.tui.dialogs.dialog import InfoDialog


class WarningsDialog(InfoDialog):
    """The notices, one paragraph each; the box scrolls (DialogBox), so any number fits."""

    box_id = "warnings"
    heading = N_("Warnings")
    body_id = "warnings-body"

    BINDINGS = [Binding("escape,w", "close", N_("Close"), id="warnings.close")]

    def __init__(self, notices: list[str]) -> None:
        super().__init__()
        self.notices = list(notices)

    def body(self) -> Content:
        # Content, not markup: a notice quotes file names and ids as they are.
        return Content("\n\n").join(
            Content(_("Warning: {notice}").format(notice=n)) for n in self.notices
        )
