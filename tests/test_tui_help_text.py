"""A help text shown before its own parts are mounted (a screen's on_mount can come first)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

from toolmix.tui.widgets.help_text import HelpText


class _Shown(App[None]):
    def compose(self) -> ComposeResult:
        help_text = HelpText(id="help")
        help_text.show("Some **bold** words")  # before HelpText composed its Static
        yield help_text


async def test_a_text_shown_before_mount_is_drawn() -> None:
    app = _Shown()
    async with app.run_test(size=(40, 5)) as pilot:
        await pilot.pause()
        plain = app.query_one("#help .plain", Static)
        assert str(plain.render()) == "Some bold words"
