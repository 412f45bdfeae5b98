"""A question's text or number field: Enter gives what it held when Enter was pressed.

Textual runs the field's Enter binding (submit) once the key has bubbled up
to the app, and the field meanwhile types the keys that came after it: "1"
typed right after the name's Enter was added to the name ('Otters <Swim>
Club [juniors]11' in 1 of 3 tmux runs). The value is taken as the Enter key
reaches the field, in the order typed.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class FieldInput(Input):
    #: The value when the last Enter reached the field; None: none since the last submit.
    _at_enter: str | None = None

    def on_key(self, event: events.Key) -> None:
        # Runs before Input's own handler (Textual calls each class's, subclass first).
        if event.key == "enter":
            self._at_enter = self.value

    async def action_submit(self) -> None:
        value = self.value if self._at_enter is None else self._at_enter
        self._at_enter = None
        validation = self.validate(value) if "submitted" in self.validate_on else None
        self.post_message(self.Submitted(self, value, validation))
