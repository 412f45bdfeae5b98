"""The question screen's Continue button: a primary Button's look and keys.

Textual's Button brings a large default CSS (every variant and style), and the
question screen is often the first screen: parsing that CSS alone was about
5.5 ms of a start whose goal is 1.3x a bare app's (docs/performance.md). This
widget draws the one button the screen needs, with the same colours, hover,
focus and press effect, and posts :class:`ContinueButton.Pressed`.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

#: Seconds the pressed look lasts (as Textual's Button).
PRESSED_LOOK = 0.2


class ContinueButton(Widget, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "press", "Continue", show=False, id="continue.press"),
    ]

    DEFAULT_CSS = """
    ContinueButton {
        width: auto;
        min-width: 16;
        height: 3;
        padding: 0 1;
        content-align: center middle;
        text-style: bold;
        pointer: pointer;
        color: $button-color-foreground;
        background: $primary;
        border-top: tall $primary-lighten-3;
        border-bottom: tall $primary-darken-3;
        &:focus {
            text-style: $button-focus-text-style;
            background-tint: $foreground 5%;
        }
        &:hover {
            background: $primary-darken-2;
            border-top: tall $primary;
        }
        &.-active {
            background: $primary;
            border-bottom: tall $primary-lighten-3;
            border-top: tall $primary-darken-3;
            tint: $background 30%;
        }
        &:ansi {
            color: $primary;
            border: tall $primary;
            background: ansi_default;
        }
    }
    """

    class Pressed(Message):
        def __init__(self, button: ContinueButton) -> None:
            super().__init__()
            self.button = button

    def __init__(self, label: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label = label

    def render(self) -> Content:
        return Content(self.label)

    def press(self) -> None:
        """Look pressed for a moment and say so."""
        self.add_class("-active")
        self.set_timer(PRESSED_LOOK, lambda: self.remove_class("-active"))
        self.post_message(self.Pressed(self))

    def action_press(self) -> None:
        self.press()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.press()
