"""The key bar at the bottom of each screen: the keys that apply, clickable.

Textual's Footer recomposes (new FooterKey widgets, new styles) on every
bindings refresh, which comes with each focus change: on the question screen
that took an answer whose help changes past its CPU target (the figures are in
docs/performance.md). This bar is one Static whose text is rebuilt only when
the keys shown change; a click on a key presses it. Under a dialog it shows
the dialog's keys.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from toolmix.text.i18n import _, pgettext
from toolmix.tui.wording import described


def key_words(display: str) -> str:
    """A key's name in the person's language; Textual names keys in English."""
    names = {
        # TRANSLATORS: key names in the key bar, lower case and short (Textual's own).
        "space": pgettext("key", "space"),
        "tab": pgettext("key", "tab"),
        "enter": pgettext("key", "enter"),
        "esc": pgettext("key", "esc"),
    }
    return names.get(display, display)


class KeyFooter(Static):
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        width: 1fr;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[tuple[str, str, str, bool], ...] | None = None
        self._spans: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.app.screen_change_signal.subscribe(self, self._screen_changed)
        self._bindings_changed(self.screen)

    def _keys_of(self) -> Screen[object]:
        """Whose keys the bar shows: a dialog's over this screen, else this screen's.

        A dialog leaves this bar in view under its dimmed background; it
        showed this screen's keys, which do nothing while the dialog is up.
        """
        top = self.app.screen
        if top is not self.screen and isinstance(top, ModalScreen):
            return top
        return self.screen

    def _screen_changed(self, screen: Screen[object]) -> None:
        target = self._keys_of()
        if target is not self.screen:
            target.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(target)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if not self.is_attached or screen is not self._keys_of():
            return
        shown: list[tuple[str, str, str, bool]] = []
        last: list[tuple[str, str, str, bool]] = []
        seen: set[tuple[str, str]] = set()
        for key, active in screen.active_bindings.items():
            binding = active.binding
            description = described(binding.description)
            if not binding.show or (binding.action, description) in seen:
                continue
            seen.add((binding.action, description))
            # Tab is bound first (by Screen itself): shown, it goes after the
            # screen's own keys, which keep their places.
            (last if "focus_next" in binding.action else shown).append(
                (key, key_words(self.app.get_key_display(binding)), description, active.enabled)
            )
        shown += last
        shown.append(("ctrl+p", "^p", _("palette"), True))
        signature = tuple(shown)
        if signature == self._shown:
            return
        self._shown = signature
        parts: list[Content] = []
        self._spans = []
        offset = 0
        for key, display, description, enabled in signature:
            style = "" if enabled else "dim"
            piece = Content.assemble(
                (f" {display} ", f"bold $footer-key-foreground {style}".strip()),
                (f"{description} ", style),
            )
            self._spans.append((offset, offset + len(piece.plain), key))
            offset += len(piece.plain)
            parts.append(piece)
        self.update(Content.assemble(*parts))

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
