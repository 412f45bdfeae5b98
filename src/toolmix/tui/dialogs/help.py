"""The keys help: the keys as the person's keymap has them."""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from toolmix.tui.dialogs.dialog import Dialog


class HelpDialog(Dialog[None]):
    """The keys, as the person's keymap (toolmix.tui.keymap) has them."""

    BINDINGS = [Binding("escape,f1,question_mark", "close", "Close", id="help.close")]

    def __init__(self, keymap: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.keymap = dict(keymap or {})

    def compose(self) -> ComposeResult:
        from toolmix.tui.keymap import keys_help

        with Vertical(classes="dialog", id="help"):
            yield Static(Content("Keys").stylize("bold"), classes="dialog-text")
            yield Static(Content(keys_help(self.keymap)))
            with Horizontal(classes="buttons"):
                yield Button("Close", id="close", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
