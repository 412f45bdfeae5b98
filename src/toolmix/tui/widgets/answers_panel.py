"""The side panel: the answers so far; choosing one goes back to change it."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from toolmix.engine.step import Answered
from toolmix.text.i18n import N_
from toolmix.tui.safe import literal_line
from toolmix.tui.widgets.choice_prompt import CURSOR_MARK
from toolmix.tui.widgets.line_list import LineList


class AnswersPanel(LineList):
    """One entry (the question, then the answer indented) per answer so far."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", N_("Change this answer"), show=False, id="answers.choose"),
    ]

    DEFAULT_CSS = """
    AnswersPanel {
        height: 1fr;
        padding: 0 1;
        & > .line-list--cursor {
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    class JumpRequested(Message):
        def __init__(self, node_id: str) -> None:
            super().__init__()
            self.node_id = node_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._answers: list[Answered] = []

    def show_answers(self, answers: Sequence[Answered]) -> None:
        """Show these answers, the newest under the cursor and in view.

        Only what changed is measured again: a step forward adds an entry and
        a step back drops entries; the others keep their lines.
        """
        keep = 0
        for old, new in zip(self._answers, answers, strict=False):
            if old != new:
                break
            keep += 1
        self._answers = list(answers)
        self.set_count(len(answers), keep, len(answers) - 1, bottom=True)

    @property
    def answers(self) -> list[Answered]:
        return list(self._answers)

    def entry_key(self, index: int) -> Hashable:
        return self._answers[index]

    def render_entry(self, index: int, width: int, style: Style, kind: str) -> list[Strip]:
        entry = self._answers[index]
        question, answer = entry.question, entry.answer
        rich_style = style.rich_style
        indent = min(len(CURSOR_MARK), width - 1)
        lines = Visual.to_strips(self, literal_line(question, "bold"), width, None, style)
        answer_lines = Visual.to_strips(self, literal_line(answer), width - indent, None, style)
        pad = Strip.blank(indent, rich_style)
        # The answer's indent holds the cursor's ">" while the panel has the
        # focus (as the options' do), so it shows without colour: a tmux
        # capture showed no sign of the answer Enter would change (newuser7
        # finding 8). Without the focus, none: the cursor is the newest answer.
        first = pad
        if kind == "cursor" and self.has_focus and indent == len(CURSOR_MARK):
            first = Strip([Segment(CURSOR_MARK, rich_style)], indent)
        return lines + [  # a hanging indent
            Strip.join([first if number == 0 else pad, strip])
            for number, strip in enumerate(answer_lines)
        ]

    def action_choose(self) -> None:
        if self.cursor is not None:
            self.post_message(self.JumpRequested(self._answers[self.cursor].node_id))

    def on_click(self, event: events.Click) -> None:
        entry = self.clicked_entry(event)
        if entry is not None:
            self.post_message(self.JumpRequested(self._answers[entry].node_id))
