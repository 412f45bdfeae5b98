"""The key bar at the bottom of each screen: the keys that apply, clickable.

Textual's Footer recomposes (new FooterKey widgets, new styles) on every
bindings refresh, which comes with each focus change: on the question screen
that took an answer whose help changes past its CPU target (the figures are in
docs/performance.md). This bar is one Static whose text is rebuilt only when
the keys shown change; a click on a key presses it. Under a dialog it shows
the dialog's keys.

Where the keys do not fit on one line they go on as many as they need,
broken between keys, never inside one: every key a screen offers stays
named and clickable, at 80 columns too and in the longer Spanish words.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.screen import ModalScreen, Screen
from textual.widget import Widget

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


def flow(widths: list[int], width: int) -> list[list[int]]:
    """The pieces (by index) on each line: a piece goes on while it fits, else starts a line.

    Each piece ends in a space, which a line's last piece does without.
    """
    lines: list[list[int]] = [[]]
    used = 0
    for index, piece in enumerate(widths):
        if lines[-1] and used + piece - 1 > width:
            lines.append([])
            used = 0
        lines[-1].append(index)
        used += piece
    return lines


class KeyFooter(Widget):
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: auto;
        max-height: 4;
        width: 1fr;
        text-wrap: nowrap;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[tuple[str, str, str, bool], ...] | None = None
        self._pieces: list[tuple[str, Content]] = []
        # Where each key is drawn, for clicks: (line, first column, past the last, key).
        self._spans: list[tuple[int, int, int, str]] = []

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
        self._pieces = []
        for key, display, description, enabled in signature:
            style = "" if enabled else "dim"
            piece = Content.assemble(
                (f" {display} ", f"bold $footer-key-foreground {style}".strip()),
                (f"{description} ", style),
            )
            self._pieces.append((key, piece))
        self.refresh(layout=True)

    def _lines(self, width: int) -> list[list[int]]:
        lines = flow([piece.cell_length for _key, piece in self._pieces], max(width, 1))
        # The palette's key (last) would rather go than take a line of its own
        # from a short screen: the keys help names it, as Textual's palette does.
        if len(lines) > 1 and lines[-1] == [len(self._pieces) - 1]:
            lines.pop()
        return lines

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Content:
        lines: list[Content] = []
        self._spans = []
        width = self.content_region.width or self.app.size.width
        for y, line in enumerate(self._lines(width)):
            offset = 0
            for index in line:
                key, piece = self._pieces[index]
                self._spans.append((y, offset, offset + piece.cell_length, key))
                offset += piece.cell_length
            text = Content.assemble(*(self._pieces[i][1] for i in line))
            lines.append(text.rstrip() if text.cell_length > width else text)
        return Content("\n").join(lines)

    def on_click(self, event: events.Click) -> None:
        for y, start, end, key in self._spans:
            if y == event.y and start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
