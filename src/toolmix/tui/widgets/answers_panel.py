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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: list[tuple[str, str, str]] = []

    def show_steps(self, steps: list[tuple[str, str, str]]) -> None:
        """(node id, question, answer) for each step before the current one.

        Only what changed is redrawn: a step forward adds one line and a step
        back removes lines, rather than rebuilding the whole list each time.
        """
        keep = 0
        for old, new in zip(self._shown, steps, strict=False):
            if old != new:
                break
            keep += 1
        for index in range(len(self._shown) - 1, keep - 1, -1):
            self.remove_option_at_index(index)
        self.add_options(
            Option(Content.assemble(literal_line(q, "bold"), "\n  ", literal_line(a)), id=node_id)
            for node_id, q, a in steps[keep:]
        )
        self._shown = list(steps)
        if steps:
            self.highlighted = len(steps) - 1

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.JumpRequested(event.option.id))
