"""What an app said in toasts, read from the messages it posted (for Pilot tests).

``App.notify`` posts Textual's ``Notify`` message; a ``Toasts`` given to
``run_test(message_hook=...)`` keeps each notification in the order posted,
whether or not its toast is still on the screen.
"""

from __future__ import annotations

from textual.message import Message
from textual.notifications import Notification, Notify


class Toasts:
    def __init__(self) -> None:
        self.shown: list[Notification] = []

    def __call__(self, message: Message) -> None:
        if isinstance(message, Notify):
            self.shown.append(message.notification)

    @property
    def titles(self) -> list[str]:
        return [n.title for n in self.shown]

    @property
    def messages(self) -> list[str]:
        return [n.message for n in self.shown]
