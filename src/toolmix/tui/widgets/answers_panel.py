"""The side panel: the answers so far; choosing one goes back to change it."""

from __future__ import annotations

from collections.abc import Hashable
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from toolmix.engine.session import Session
from toolmix.tui.safe import literal_line
from toolmix.tui.widgets.line_list import LineList

#: (node id, question, answer) for one step on the path.
Step = tuple[str, str, str]


class AnswersPanel(LineList):
    """One entry (the question, then the answer indented) per step so far."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Change this answer", show=False),
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
        self._steps: list[Step] = []

    def show_walk(self, session: Session) -> None:
        """The answered steps of the session's path (not the current node)."""
        steps = []
        done = session.walk()[:-1]
        if done:  # imported on the first answer: the first frame needs none
            from toolmix.engine.answer_words import answer_label
        for node_id, value in done:
            if value is None:
                continue
            question = getattr(session.nodes[node_id], "text", node_id)
            steps.append((node_id, question, answer_label(session.tree, node_id, value)))
        self.show_steps(steps)

    def show_steps(self, steps: list[Step]) -> None:
        """Show these steps, the newest under the cursor and in view.

        Only what changed is measured again: a step forward adds an entry and
        a step back drops entries; the others keep their lines.
        """
        keep = 0
        for old, new in zip(self._steps, steps, strict=False):
            if old != new:
                break
            keep += 1
        self._steps = list(steps)
        self.set_count(len(steps), keep, len(steps) - 1, bottom=True)

    @property
    def steps(self) -> list[Step]:
        return list(self._steps)

    def entry_key(self, index: int) -> Hashable:
        return self._steps[index]

    def render_entry(self, index: int, width: int, style: Style) -> list[Strip]:
        _, question, answer = self._steps[index]
        rich_style = style.rich_style
        indent = min(2, width - 1)
        lines = Visual.to_strips(self, literal_line(question, "bold"), width, None, style)
        answer_lines = Visual.to_strips(self, literal_line(answer), width - indent, None, style)
        pad = Strip.blank(indent, rich_style)
        return lines + [Strip.join([pad, strip]) for strip in answer_lines]  # a hanging indent

    def action_choose(self) -> None:
        if self.cursor is not None:
            self.post_message(self.JumpRequested(self._steps[self.cursor][0]))

    def on_click(self, event: events.Click) -> None:
        entry = self.clicked_entry(event)
        if entry is not None:
            self.post_message(self.JumpRequested(self._steps[entry][0]))
