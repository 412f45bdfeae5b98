"""Where Textual itself speaks, in the person's language: the command palette, the ctrl+c hint.

A mixin of :class:`~toolmix.tui.app.ToolmixApp`. Textual's own commands
(Theme, Quit, Keys…), the palettes' prompts and the hint that ctrl+c does
not quit are English in Textual; the words are listed here so that the
catalogue translates them. The keys' commands take their bindings'
descriptions, translated (toolmix.tui.wording).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from textual.app import App, SystemCommand
from textual.command import CommandPalette
from textual.screen import Screen

from toolmix.text.i18n import N_, _
from toolmix.tui.keymap import DEFAULT_KEYS
from toolmix.tui.wording import described

#: Textual's command titles and help lines (App.get_system_commands), to translate.
TEXTUAL_WORDS = (
    N_("Theme"),
    N_("Change the current theme"),
    N_("Quit"),
    N_("Quit the application as soon as possible"),
    N_("Keys"),
    N_("Hide the keys and widget help panel"),
    N_("Show help for the focused widget and a summary of available keys"),
    N_("Minimize"),
    N_("Minimize the widget and restore to normal size"),
    N_("Maximize"),
    N_("Maximize the focused widget"),
    N_("Screenshot"),
    N_("Save an SVG 'screenshot' of the current screen"),
)

#: Textual's commands the palette keeps (by Textual's English titles).
TEXTUAL_COMMANDS = frozenset({"Theme", "Quit"})

#: The descriptions of the keys of Textual's widgets the app uses (Screen, Input,
#: Button, OptionList, VerticalScroll), which the palette lists with ours.
TEXTUAL_KEYS = (
    N_("Focus Next"),
    N_("Focus Previous"),
    N_("Copy selected text"),
    N_("Cut selected text"),
    N_("Paste text from the clipboard"),
    N_("Scroll Up"),
    N_("Scroll Down"),
    N_("Scroll Left"),
    N_("Scroll Right"),
    N_("Scroll Home"),
    N_("Scroll End"),
    N_("Page Up"),
    N_("Page Down"),
    N_("Page Left"),
    N_("Page Right"),
    N_("Move cursor left"),
    N_("Move cursor right or accept the completion suggestion"),
    N_("Move cursor left and select"),
    N_("Move cursor left a word"),
    N_("Move cursor left a word and select"),
    N_("Move cursor right and select"),
    N_("Move cursor right a word"),
    N_("Move cursor right a word and select"),
    N_("Go to start"),
    N_("Go to end"),
    N_("Select all"),
    N_("Select line start"),
    N_("Select line end"),
    N_("Delete character left"),
    N_("Delete character right"),
    N_("Delete left to start of word"),
    N_("Delete all to the left"),
    N_("Delete right to start of word"),
    N_("Delete all to the right"),
    N_("Submit"),
    N_("Press button"),
    N_("Select"),
)


#: What each key's command does, in the palette under its title ("Key: e" said
#: nothing, newuser6 #10); a binding not listed shows only its key.
COMMAND_HELP: dict[str, str] = {
    "picker.keys": N_("Every key, and what it does"),
    "intro.start": N_("Go to the first question"),
    "intro.back": N_("Back to the list of trees"),
    "intro.keys": N_("Every key, and what it does"),
    "walk.back": N_("Back to the question before; your answers are kept"),
    "walk.keys": N_("Every key, and what it does"),
    "result.export": N_("Save your plan and mix as a Markdown or JSON file"),
    "result.restart": N_("Answer again from the first question (asks first)"),
    "result.back": N_("Back to the last question, to change an answer"),
    "result.keys": N_("Every key, and what it does"),
    "result.column": N_("In your mix: move between the list and why"),
    "result.whatif": N_("See what the plan would become with other answers"),
    "result.whynot": N_("Why an item is in your mix or not, and what would bring it in"),
    "result.hours": N_("What one hour less, or up to three more, would change"),
    "result.plan": N_("Show your plan: this week and every week"),
    "result.mix": N_("Show your mix, by group, and why each item is there"),
    "result.changes": N_("Show the answers your plan rests on most"),
    "whatif.adopt": N_("Take this answer: your plan changes to it"),
    "whatif.back": N_("Back to your plan, nothing changed"),
    "whatif.column": N_("Move between your answers and the other answers"),
    "whatif.keys": N_("Every key, and what it does"),
    "whynot.back": N_("Back to your plan"),
    "whynot.column": N_("Move between the items and what is said about one"),
    "whynot.keys": N_("Every key, and what it does"),
}

#: Textual's Quit says "as soon as possible"; the app's says what is kept.
QUIT_HELP = N_("Quit toolmix; your answers are saved")


class TextualWords(App[None]):
    """Textual's commands and the active keys, each once, and Textual's hints, translated."""

    def action_help_quit(self) -> None:
        """ctrl+c (which copies in a field) says which key quits, as Textual's own does."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                hint = _("Press [b]{key}[/b] to quit the app").format(key=key)
                self.notify(hint, title=_("Do you want to quit?"))
                return

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(cast("App[object]", self)):
            placeholder = _("Search for commands…")
            self.push_screen(CommandPalette(id="--command-palette", placeholder=placeholder))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        self.push_screen(
            CommandPalette(providers=[ThemeProvider], placeholder=_("Search for themes…"))
        )

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The app's own commands: Theme and Quit of Textual's, then the screen's keys.

        Textual's Keys (its help panel beside ours, the keys dialog), Maximize
        and Screenshot are Textual's tools, not the app's: left out.
        """
        for command in super().get_system_commands(screen):
            if command.title in TEXTUAL_COMMANDS:
                words = _(QUIT_HELP) if command.title == "Quit" else described(command.help)
                yield command._replace(title=described(command.title), help=words)
        yield from self._binding_commands(screen)

    def _binding_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        seen: set[str] = set()
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if not active.enabled or not binding.description or binding.action in seen:
                continue
            if binding.action in ("quit", "app.quit", "command_palette"):
                continue
            # A screen's or the app's own keys. A widget's (a list's Down and
            # First, a field's Copy) and Textual's (Focus Previous) act where
            # the focus is: the key bar and the keys help name those.
            if binding.id not in DEFAULT_KEYS or not isinstance(active.node, (Screen, App)):
                continue
            seen.add(binding.action)
            node, action = active.node, binding.action

            def run(node: object = node, action: str = action) -> None:
                self.call_later(self.run_action, action, node)

            shown = _("Key: {key}").format(key=binding.key_display or key)
            if binding.id in COMMAND_HELP:
                shown = _("{what}. Key: {key}").format(
                    what=_(COMMAND_HELP[binding.id]), key=binding.key_display or key
                )
            yield SystemCommand(described(binding.description), shown, run)
