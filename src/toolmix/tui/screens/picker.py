"""Choose a tree: every tree toolmix found, broken ones shown with their error.

Under a tree whose walk last ended on a result, that result is offered too
(toolmix.store.results): Enter on it opens the tree on that result.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from toolmix.engine.estimate import questions_text, tree_range
from toolmix.files.problem_line import problem_line
from toolmix.load.discovery import Catalogue, Found, where_words
from toolmix.text.i18n import N_, _, ngettext
from toolmix.tui.safe import literal, literal_line
from toolmix.tui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:  # the picker's start reads no result file unless one is kept
    from toolmix.store.results import LastResult


class PickerScreen(Screen[None]):
    """The tree list; Enter opens the highlighted tree."""

    #: The keys help (F1) lists this screen's keys (tui/keymap.py HELP_ROWS).
    HELP_WHERE = "picker"

    BINDINGS = [
        Binding("f1,question_mark", "app.keys", N_("Keys"), id="picker.keys"),
        Binding("w", "warnings", N_("Warnings"), id="picker.warnings"),
    ]

    @dataclass
    class Chosen(Message):
        found: Found
        #: The tree's last result, to open the tree on; None: a walk of the tree.
        last: LastResult | None = None

    def __init__(self, catalogue: Catalogue, last: Mapping[str, LastResult] | None = None) -> None:
        """``last``: each tree's last result by tree id, offered under the tree."""
        super().__init__()
        self.catalogue = catalogue
        #: What each line of the list opens: a tree, or a tree on its last result.
        self.lines: list[tuple[Found, LastResult | None]] = []
        offered: set[str] = set()
        for found in catalogue.trees:
            self.lines.append((found, None))
            kept = (last or {}).get(found.id) if found.tree is not None else None
            if kept is not None and found.id not in offered:  # under the tree the id opens
                offered.add(found.id)
                self.lines.append((found, kept))

    def compose(self) -> ComposeResult:
        title = Content.assemble(("toolmix", "bold"), "  " + _("choose a tree"))
        yield Static(title, id="picker-title")
        options = [
            self._option(found) if kept is None else self._last_option(found, kept)
            for found, kept in self.lines
        ]
        yield OptionList(*options, id="trees")
        yield Static(id="picker-note")
        yield KeyFooter()

    def on_mount(self) -> None:
        trees = self.query_one("#trees", OptionList)
        if self.catalogue.trees:
            trees.highlighted = 0
            if self.catalogue.notices:  # which file an id names, as every command warns
                self._show_notices(self.catalogue.notices)
        else:
            self.query_one("#picker-note", Static).update(
                _(
                    "No trees found. Add one with 'toolmix install my-tree.json', "
                    "or put it in the folder 'toolmix paths' prints."
                )
            )
        trees.focus()

    def _show_notices(self, notices: list[str]) -> None:
        """One warning in full; more folded to two lines, so the list keeps the screen."""
        note = self.query_one("#picker-note", Static)
        first = Content(_("Warning: {notice}").format(notice=notices[0]))
        if len(notices) == 1:
            note.update(first)
            return
        count = ngettext(
            "{n} warning about tree files: w shows them all",
            "{n} warnings about tree files: w shows them all",
            len(notices),
        ).format(n=len(notices))
        note.add_class("-folded")  # each line cut to the width, not wrapped
        note.update(Content("\n").join([Content(count).stylize("bold $warning"), first]))

    def action_warnings(self) -> None:
        from toolmix.tui.dialogs.dialog import open_dialog
        from toolmix.tui.dialogs.warnings import WarningsDialog

        open_dialog(self, WarningsDialog(self.catalogue.notices))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "warnings":
            return len(self.catalogue.notices) > 1
        return True

    @staticmethod
    def _option(found: Found) -> Option:
        # The id of a broken tree, the folder and the file name come from the file
        # system and the command line, not from a checked tree: literal too.
        where = Content.assemble(
            literal(f"{found.id} · {where_words(found.where)} · ", "dim"),
            literal_line(found.path.name, "dim"),
        )
        if found.tree is None:
            error = found.first_error
            return Option(
                Content.assemble(
                    literal(f"{found.path.name}  ", "bold"),
                    (_("broken"), "bold $error"),
                    "\n",
                    literal_line(error.message if error else _("cannot be loaded"), "$error"),
                    "\n",
                    where,
                ),
                id=str(found.path),
            )
        tree = found.tree.tree
        count = questions_text(*tree_range(found.tree))
        parts: list[Content | str | tuple[str, str]] = [
            literal_line(tree.title, "bold"),
            Content("  " + _("{count} · version").format(count=count) + " ").stylize("dim"),
            literal_line(tree.version, "dim"),
        ]
        if tree.description:
            parts += ["\n", literal_line(tree.description)]
        parts += ["\n", where]
        return Option(Content.assemble(*parts), id=str(found.path))

    @staticmethod
    def _last_option(found: Found, kept: LastResult) -> Option:
        # TRANSLATORS: a time.strftime format; %b is the month's English abbreviation.
        when = time.strftime(_("%d %b %H:%M"), time.localtime(kept.saved_at))
        return Option(
            Content.assemble(
                "  ↳ " + _("Your last result:") + " ",
                literal_line(kept.title or _("(untitled)"), "bold"),
                Content(f" · {when}").stylize("dim"),
            ),
            id=f"last:{found.path}",
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        found, kept = self.lines[event.option_index]
        if kept is not None:
            self.post_message(self.Chosen(found, kept))
            return
        if found.tree is None:
            error = found.first_error
            self.notify(
                problem_line(error) if error else _("This tree cannot be loaded."),
                title=_("Broken tree"),
                severity="error",
                markup=False,
            )
            return
        self.post_message(self.Chosen(found))
