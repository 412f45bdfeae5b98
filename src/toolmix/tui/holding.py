"""Keys typed while the next screen is on its way: held, then given to it in order.

Textual gives a key to the focused widget of the active screen. Between the
key that starts the walk (Enter on the intro), or that answers a question,
and the moment the next screen or question has been shown and its field
focused, there is none that types: the key reaches the intro's button, the
new screen itself, or the field of the question just answered, and is
dropped (newuser7 finding 7: a name typed 0.01-0.05 s after Start was saved
empty in 4 of 5 tmux runs). So while a screen is on its way the app holds
what is typed (keys and pastes from the terminal), and once that screen says
it is ready (:func:`screen_ready`) hands it on, in the order typed, to
whatever then has the focus. At any time, a key goes on only once the one
before it has been handled (stopped by a widget, or bubbled up to the app's
bindings): Textual gives each key to the focus as it comes, so a key typed
behind a Tab reached the field Tab was leaving, and one behind a pick the
list of the question that pick had just answered.

What is handed on is typing, never a choice the person has not seen
(docs/quickstart.md, "You can type ahead"): a held key that would pick, tick, press or
confirm something on the screen that now has the focus (:data:`CHOOSING`)
is dropped. Typed ahead, a name and its Enter land in the next text field;
a '2' does not pick the second option of a list nobody has read yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App
from textual.widgets import Input

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.message_pump import MessagePump
    from textual.timer import Timer

#: Seconds after which held keys go on even if no screen said it is ready: a
#: screen that never does must not swallow the keyboard.
HOLD_LIMIT = 2.0

#: Seconds a dialog's button holds the keys typed after it when no screen comes next.
SETTLE = 0.3

#: The bindings (by id, the names a keymap gives them) that choose or confirm:
#: a key typed before its screen was shown never runs one. A button's press is
#: one too (Textual's Button has no id). A text field's Enter is not: it gives
#: what was typed into the field, all of it by the person.
CHOOSING = frozenset(
    {
        *(f"walk.pick{n}" for n in range(1, 10)),
        "choices.submit",
        "choices.toggle",
        "continue.press",
        "lead.continue",
        "answers.choose",
        *(f"result.matters{n}" for n in (1, 2, 3)),
        "whatif.adopt",
    }
)


class HoldsKeys(App[None]):
    """Mix in before App: :meth:`hold_keys` until :func:`screen_ready`."""

    #: The keys held, in the order typed; None: keys go on as they come.
    _held: list[events.Event] | None = None
    _hold_timer: Timer | None = None
    #: Held for a screen on its way (until screen_ready), or behind a key handed
    #: on and not yet handled (it may move the focus, or answer).
    _for_screen = False
    _for_key = False

    #: How many keys were given back (:meth:`give_back`) since the hold began.
    _given_back = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: The held keys (by id) typed before the screen they go to was shown.
        self._unseen: set[int] = set()
        #: The keys dropped on handing on, as they would have chosen (tests, logs).
        self.dropped_keys: list[str] = []

    #: Counts the holds for a screen: a fallback release is for its own hold only.
    _hold_serial = 0

    def hold_keys(self) -> None:
        """A screen is on its way: keys typed from now on wait for it."""
        self._hold_serial += 1
        self._for_screen = True
        self._given_back = 0
        self._hold()
        assert self._held is not None
        self._unseen.update(id(event) for event in self._held)  # typed before it shows

    def hold_keys_for_a_while(self, seconds: float = SETTLE) -> None:
        """Keys typed from now on wait for what comes next, which may be no new screen
        (a dialog's button: it closes, or says why not): held until that screen is
        ready, else ``seconds`` from now."""
        self.hold_keys()
        serial = self._hold_serial

        async def release() -> None:
            if serial == self._hold_serial and self._for_screen:  # no screen came since
                await self._screen_ready()

        self.set_timer(seconds, release, name="hold keys a while")

    def holding_for_screen(self) -> bool:
        """Whether keys wait for a screen (or a question) on its way."""
        return self._for_screen

    def give_back(self, event: events.Key) -> None:
        """A key that reached the screen (or field) being left once the hold had begun:
        it goes to the next one, in the order typed, before the keys held since."""
        self._hold()
        assert self._held is not None
        again = events.Key(event.key, event.character)
        self._held.insert(self._given_back, again)
        self._unseen.add(id(again))
        self._given_back += 1

    def _hold(self) -> None:
        if self._held is None:
            self._held = []
        if self._hold_timer is not None:
            self._hold_timer.stop()
        self._hold_timer = self.set_timer(HOLD_LIMIT, self._hold_limit, name="hold keys")

    async def _hold_limit(self) -> None:
        self._for_screen = self._for_key = False
        await self._hand_on()

    async def _screen_ready(self, serial: int | None = None) -> None:
        """The screen is ready; ``serial``: for the hold that was on when it said so
        (a later hold is another screen's: it is not ended by this one)."""
        if serial is not None and serial != self._hold_serial:
            return
        self._for_screen = False
        await self._hand_on()

    async def _key_handled(self) -> None:
        self._for_key = False
        await self._hand_on()

    async def _hand_on(self) -> None:
        """What was typed meanwhile goes on, in order, each key once the one before
        has been handled; keys typed while it goes on wait behind it."""
        if self._for_screen or self._for_key:
            return
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        while self._held:
            event = self._held.pop(0)
            unseen = id(event) in self._unseen
            self._unseen.discard(id(event))
            if unseen and isinstance(event, events.Key) and self._would_choose(event.key):
                self.dropped_keys.append(event.key)
                continue
            # An Enter typed ahead gives a text field only what was typed ahead with it.
            if isinstance(event, events.Key) and event.key == "enter":
                self._typed_ahead = False
            elif isinstance(event, events.Paste) or (
                isinstance(event, events.Key) and event.is_printable
            ):
                self._typed_ahead = True
            target = self._key_target()
            await super().on_event(event)  # as Textual would send it: a binding, or to the focus
            if self._for_screen:
                return  # it started another wait (Enter on the intro)
            if self._held and target is not None:
                self._for_key = True
                self._hold()
                self._after(event, target)
                return
        self._held = None
        self._typed_ahead = False
        self._unseen.clear()

    #: A key handed on (of the keys held) typed something: an Enter after it may confirm it.
    _typed_ahead = False

    def _key_target(self) -> MessagePump | None:
        """Where a key handed on now goes (None: nowhere to follow it)."""
        try:
            return self.focused or self.screen
        except Exception:  # no screen yet
            return None

    def _after(self, event: events.Event, node: MessagePump) -> None:
        """Hand on the rest once ``event`` is handled: stopped, or bubbled up to the app."""

        def step() -> None:
            parent = node._parent
            if (
                event._stop_propagation
                or node is self
                or parent is None
                or not (getattr(node, "is_attached", True) and node.is_parent_active)
            ):
                self.call_later(self._key_handled)
            else:
                self._after(event, parent)

        if not node.call_later(step):  # closed meanwhile
            self.call_later(self._key_handled)

    def _runs_at_once(self, event: events.Event) -> bool:
        """A key of a priority binding of the app (Ctrl+Q quits at once) is not held for
        a screen on its way; behind keys being handed on it waits its turn (so that
        they are typed, and kept in the draft, before it quits)."""
        if not isinstance(event, events.Key) or not self._for_screen:
            return False
        try:
            chain = self.screen._binding_chain  # the keymap applied
        except Exception:  # no screen yet
            return False
        return any(
            binding.priority
            for node, bindings in chain
            if node is self
            for binding in bindings.key_to_bindings.get(event.key, ())
        )

    def _would_choose(self, key: str) -> bool:
        """Whether ``key`` would run a binding that chooses (:data:`CHOOSING`) where
        the focus is now: the first binding for it up the focus chain."""
        try:
            chain = self.screen._modal_binding_chain
        except Exception:  # no screen yet
            return False
        for namespace, bindings in chain:
            for binding in bindings.key_to_bindings.get(key, ()):
                if binding.priority:
                    continue
                action = binding.action.split("(", 1)[0]
                if isinstance(namespace, Input) and action == "submit":
                    # A question's field: Enter typed ahead gives only what was typed
                    # ahead with it (a dialog's field shows what it holds: it goes).
                    answers = getattr(namespace, "answers_question", False)
                    return bool(answers) and not self._typed_ahead
                return binding.id in CHOOSING or (action == "press" and binding.id is None)
        return False

    async def on_event(self, event: events.Event) -> None:
        if not isinstance(event, (events.Key, events.Paste)) or event.is_forwarded:
            await super().on_event(event)  # not from the terminal (or a Pilot): bubbling up
            return
        if self._held is not None and not self._runs_at_once(event):
            self._held.append(event)
            if self._for_screen:
                self._unseen.add(id(event))
            return
        # Each key once the one before has been handled: a Backspace or Tab runs
        # once it has bubbled up, and the keys after it wait for it.
        target = self._key_target()
        await super().on_event(event)
        if target is not None and self._held is None:
            self._for_key = True
            self._hold()
            self._after(event, target)


def hold_keys(node: DOMNode) -> None:
    """Hold the keys of ``node``'s app until the next screen is ready (another app: nothing)."""
    app = node.app
    if isinstance(app, HoldsKeys):
        app.hold_keys()


def hold_keys_for_a_while(node: DOMNode) -> None:
    """:meth:`HoldsKeys.hold_keys_for_a_while` for ``node``'s app (another app: nothing)."""
    app = node.app
    if isinstance(app, HoldsKeys):
        app.hold_keys_for_a_while()


def screen_ready(node: DOMNode) -> None:
    """The screen has focused what it shows: the held keys go on.

    Queued behind the focus it has just asked for (Textual sets it a moment
    later, from the app's queue), so the keys reach the field, not the screen.
    """
    app = node.app
    if isinstance(app, HoldsKeys):
        app.call_later(app._screen_ready, app._hold_serial)
