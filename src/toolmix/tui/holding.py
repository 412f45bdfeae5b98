"""Keys typed while the next screen is on its way: held, then given to it in order.

Textual gives a key to the focused widget of the active screen. Between the
key that starts the walk (Enter on the intro) and the moment the question
screen has shown its first node and focused its field, there is none that
types: the key reaches the intro's button, or the new screen itself, and is
dropped (newuser7 finding 7: a name typed 0.01-0.05 s after Start was saved
empty in 4 of 5 tmux runs). So while a screen is on its way the app holds
what is typed (keys and pastes from the terminal), and once that screen says
it is ready (:func:`screen_ready`) hands it on, in the order typed, to
whatever then has the focus. At any other time keys go on as Textual sends
them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import App

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.timer import Timer

#: Seconds after which held keys go on even if no screen said it is ready: a
#: screen that never does must not swallow the keyboard.
HOLD_LIMIT = 2.0


class HoldsKeys(App[None]):
    """Mix in before App: :meth:`hold_keys` until :func:`screen_ready`."""

    #: The keys held while a screen is on its way; None: none is.
    _held: list[events.Event] | None = None
    _hold_timer: Timer | None = None

    def hold_keys(self) -> None:
        """A screen is on its way: keys typed from now on wait for it."""
        if self._held is None:
            self._held = []
            self._hold_timer = self.set_timer(HOLD_LIMIT, self._hand_on, name="hold keys")

    async def _hand_on(self) -> None:
        """The screen is ready: what was typed meanwhile goes on, in order."""
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        held, self._held = self._held or [], None
        for event in held:
            if self._held is not None:  # a key handed on started another wait
                self._held.append(event)
            else:  # as Textual would have sent it: a priority binding, or to the focus
                await super().on_event(event)

    async def on_event(self, event: events.Event) -> None:
        held = self._held
        if (
            held is not None
            and isinstance(event, (events.Key, events.Paste))
            and not event.is_forwarded  # from the terminal (or a Pilot), not bubbling up
        ):
            held.append(event)
            return
        await super().on_event(event)


def hold_keys(node: DOMNode) -> None:
    """Hold the keys of ``node``'s app until the next screen is ready (another app: nothing)."""
    app = node.app
    if isinstance(app, HoldsKeys):
        app.hold_keys()


def screen_ready(node: DOMNode) -> None:
    """The screen has focused what it shows: the held keys go on.

    Queued behind the focus it has just asked for (Textual sets it a moment
    later, from the app's queue), so the keys reach the field, not the screen.
    """
    app = node.app
    if isinstance(app, HoldsKeys):
        app.call_later(app._hand_on)
