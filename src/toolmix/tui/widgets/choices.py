"""The options of a single or multi question: arrows, Enter, Space, clicks."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from toolmix.tui.safe import literal_line


class ChoiceList(OptionList):
    """Options with numbers; in a multi question each has a check box."""

    BINDINGS = [
        Binding("enter", "submit", "Choose", id="choices.submit"),
        Binding("space", "toggle_option", "Toggle", id="choices.toggle"),
    ]

    @dataclass
    class Submitted(Message):
        """Enter in a single question (the option chosen) or a multi one (continue)."""

        choice_list: ChoiceList
        option_id: str | None

    @dataclass
    class Toggled(Message):
        choice_list: ChoiceList
        option_id: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.multi = False
        self.checked: set[str] = set()
        self.exclusive: set[str] = set()
        self._labels: list[tuple[str, str]] = []

    def set_choices(
        self,
        choices: list[tuple[str, str]],
        *,
        multi: bool,
        checked: set[str],
        highlight: str | None = None,
        exclusive: set[str] | None = None,
    ) -> None:
        """Show these (id, label) options, replacing the previous ones.

        ``exclusive`` options ("None of these") clear the others when checked,
        and are cleared when another is checked.
        """
        bindings_change = multi != self.multi
        self.multi = multi
        self.checked = set(checked)
        self.exclusive = set(exclusive or ())
        self._labels = list(choices)
        self.set_options(self._option(i, oid, label) for i, (oid, label) in enumerate(choices))
        ids = [oid for oid, _ in choices]
        self.highlighted = ids.index(highlight) if highlight in ids else (0 if ids else None)
        if bindings_change:  # the Footer rebuilds itself on every bindings refresh
            self.refresh_bindings()

    def _option(self, index: int, option_id: str, label: str) -> Option:
        number = Content(f"{index + 1} " if index < 9 else "  ").stylize("dim")
        parts = [number]
        if self.multi:
            parts.append(Content("[x] " if option_id in self.checked else "[ ] "))
        parts.append(literal_line(label))
        return Option(Content.assemble(*parts), id=option_id)

    def option_ids(self) -> list[str]:
        return [oid for oid, _ in self._labels]

    def toggle(self, option_id: str) -> None:
        before = set(self.checked)
        if option_id in self.checked:
            self.checked.discard(option_id)
        elif option_id in self.exclusive:
            self.checked = {option_id}
        else:
            self.checked = (self.checked - self.exclusive) | {option_id}
        for index, (oid, label) in enumerate(self._labels):
            if (oid in before) != (oid in self.checked):
                self.replace_option_prompt_at_index(index, self._option(index, oid, label).prompt)
        self.post_message(self.Toggled(self, option_id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_option":
            return self.multi
        return True

    def action_toggle_option(self) -> None:
        option = self.highlighted_option
        if self.multi and option is not None and option.id is not None:
            self.toggle(option.id)

    def action_submit(self) -> None:
        option = self.highlighted_option
        if self.multi:
            self.post_message(self.Submitted(self, None))
        elif option is not None:
            self.post_message(self.Submitted(self, option.id))

    def action_select(self) -> None:
        """A click: choose in a single question, toggle in a multi one."""
        if self.multi:
            self.action_toggle_option()
        else:
            self.action_submit()
