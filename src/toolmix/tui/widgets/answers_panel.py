"""The side panel: the answers so far; choosing one goes back to change it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from toolmix.tui.safe import literal_line


class AnswersPanel(OptionList):
    """One line per step on the path so far."""

    @dataclass
    class JumpRequested(Message):
        node_id: str

    def show_steps(self, steps: list[tuple[str, str, str]]) -> None:
        """(node id, question, answer) for each step before the current one."""
        options = [
            Option(
                Content.assemble(literal_line(question, "bold"), "\n  ", literal_line(answer)),
                id=node_id,
            )
            for node_id, question, answer in steps
        ]
        self.set_options(options)
        if options:
            self.highlighted = len(options) - 1

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.JumpRequested(event.option.id))
