"""The keys help: the keys as the person's keymap has them."""

from __future__ import annotations

from collections.abc import Mapping

from textual.binding import Binding
from textual.content import Content

from toolmix.text.i18n import N_
from toolmix.tui.dialogs.dialog import InfoDialog


class HelpDialog(InfoDialog):
    """The keys, as the person's keymap (toolmix.tui.keymap) has them."""

    box_id = "help"
    heading = N_("Keys")

    BINDINGS = [Binding("escape,f1,question_mark", "close", N_("Close"), id="help.close")]

    def __init__(self, keymap: Mapping[str, str] | None = None, where: str | None = None) -> None:
        """``where``: the kind of screen it was opened on, whose keys it lists (keymap.HELP_ROWS)."""
        super().__init__()
        self.keymap = dict(keymap or {})
        self.where = where

    def body(self) -> Content:
        from toolmix.tui.keymap import keys_help

        # Without its last newline: a blank line of its own above Close, no more.
        return Content(keys_help(self.keymap, self.where).rstrip("\n"))
