"""A text field whose keys take effect in the order typed, Enter included.

Textual's Input types a letter as the key reaches it, but runs its other keys
(Backspace, Home, End, Ctrl+U, Enter: its bindings) only once the key has
bubbled up to the app. Typed quickly, the letters behind such a key are typed
first: Backspaces rubbed out the path typed after them ('council.md' saved as
'council.m', newuser8 finding 2), 'x' typed after End went in at the old
cursor ('Li Parish Councilxttle Wickham', finding 7), and '11' typed after the
name's Enter was added to the name. Here the field runs its own bindings as
the key reaches it, so Enter submits exactly what was typed before it.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class FieldInput(Input):
    async def on_key(self, event: events.Key) -> None:
        # Runs before Input's own handler (Textual calls each class's, subclass first).
        if event.is_printable:
            return  # Input types it, as it comes
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority:  # a priority one ran as the key came in
                event.stop()
                event.prevent_default()
                await self.run_action(binding.action)
                return
