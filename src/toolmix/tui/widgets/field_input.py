"""A text field whose keys take effect in the order typed, Enter included.

Textual's Input types a letter as the key reaches it, but runs its other keys
(Backspace, Home, End, Ctrl+U, Enter: its bindings) only once the key has
bubbled up to the app. Typed quickly, the letters behind such a key are typed
first: Backspaces rubbed out the path typed after them ('council.md' saved as
'council.m', newuser8 finding 2), 'x' typed after End went in at the old
cursor ('Li Parish Councilxttle Wickham', finding 7), and '11' typed after the
name's Enter was added to the name. Here the field runs its own bindings as
the key reaches it, so Enter submits exactly what was typed before it.

A question's field (``answers=True``) also holds the keys after its Enter
for the next question (tui/holding.py): those the app had already given it
go back to the app, in order, and land in the next question's field.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input

from toolmix.tui.holding import HoldsKeys


class FieldInput(Input):
    def __init__(self, *args: Any, answers: bool = False, **kwargs: Any) -> None:
        """``answers``: a question's field, whose Enter moves on to the next question."""
        super().__init__(*args, **kwargs)
        self.answers_question = answers
        #: Its Enter was pressed and the keys after it are for the next question.
        self._entered = False

    async def on_key(self, event: events.Key) -> None:
        # Runs before Input's own handler (Textual calls each class's, subclass first).
        app = self.app
        if self._entered and isinstance(app, HoldsKeys) and app.holding_for_screen():
            event.stop()
            event.prevent_default()
            app.give_back(event)  # typed after the Enter: for the next question
            return
        self._entered = False
        if self.answers_question and event.key == "enter" and isinstance(app, HoldsKeys):
            app.hold_keys()  # what is typed next waits for the next question
            self._entered = True
        if event.is_printable:
            return  # Input types it, as it comes
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority:  # a priority one ran as the key came in
                event.stop()
                event.prevent_default()
                await self.run_action(binding.action)
                return
