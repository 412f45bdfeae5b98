"""The question screen's keys, clicks and fields, turned into answers posted up.

The messages keep the ``question_screen`` namespace: the app handles them as
``on_question_screen_answered`` and so on, whichever module defines them.

Keys come faster than frames: a terminal can deliver a second key before the
app has handled the answer the first one made. From an answer until the next
node is shown, the app holds what is typed (tui/holding.py), and the keys
that still reach this screen go back to it, in order: the next node gets
them as typing, never as a pick or a confirmation of a list not yet seen
(docs/quickstart.md, "You can type ahead"). A click made before the current node was shown
is for the node just answered and is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events
from textual.message import Message
from textual.widgets import Input, OptionList

from toolmix.engine.step import Step
from toolmix.text.i18n import _
from toolmix.text.words import typed_number
from toolmix.tui.holding import HoldsKeys, hold_keys, screen_ready
from toolmix.tui.widgets.answers_panel import AnswersPanel
from toolmix.tui.widgets.choices import ChoiceList
from toolmix.tui.widgets.continue_button import ContinueButton

# At run time a plain mixin; type checkers see a Screen.
if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen[Any]
else:
    _Base = object


def listed(step: Step) -> bool:
    """Whether the node shows a list of options (the others give the lead more room)."""
    return step.kind in ("single", "multi")


class QuestionInput(_Base):
    """Mix in before the screen class, which shows the nodes."""

    #: The node shown.
    step: Step
    #: When the current node was shown, on the clock of Message.time.
    _shown_at: float

    def init_input(self) -> None:
        #: An answer was posted and the app has not yet shown what follows.
        #: Until it has, the widgets still show the question just answered.
        self._moving = False

    # Messages here and in the widgets are plain classes, not @dataclass: a
    # dataclass compiles its methods at import, on every start.
    class Answered(Message, namespace="question_screen"):
        def __init__(self, value: Any) -> None:
            super().__init__()
            self.value = value

    class Continued(Message, namespace="question_screen"):
        """Leave an info page."""

    class Drafted(Message, namespace="question_screen"):
        """A tick or a key changed what the question shows: kept (not yet an answer)."""

        def __init__(self, node_id: str, value: list[str] | str) -> None:
            super().__init__()
            self.node_id = node_id
            self.value = value

    class BackRequested(Message, namespace="question_screen"):
        pass

    class JumpRequested(Message, namespace="question_screen"):
        def __init__(self, node_id: str) -> None:
            super().__init__()
            self.node_id = node_id

    def show_problem(self, message: str) -> None:
        raise NotImplementedError

    def take_typed_ahead(self) -> None:
        """The current node is shown (its focus asked for): the keys typed since the
        last answer go to it, as typing (tui/holding.py drops what would choose)."""
        screen_ready(self)

    def drop_typed_ahead(self) -> None:
        """Another screen is on top: the keys held go to it (it says when it is ready)."""
        self._moving = False

    def on_key(self, event: events.Key) -> None:
        """A key that reached the question just answered: for the next one."""
        app = self.app
        if self._moving and isinstance(app, HoldsKeys) and app.holding_for_screen():
            event.stop()
            event.prevent_default()
            app.give_back(event)

    def _show_highlighted_help(self) -> None:
        raise NotImplementedError

    # --- events up --------------------------------------------------------------

    def _drafted(self, event: Message) -> None:
        """Post what the question shows now, so that quitting or a crash loses none of it."""
        if self._for_earlier_node(event):
            return
        draft = self.draft()
        if draft is not None:
            self.post_message(self.Drafted(*draft))

    def draft(self) -> tuple[str, list[str] | str] | None:
        """(node id, what the question shows but was not given); None: nothing to keep."""
        step = self.step
        if self._moving:
            return None
        if step.multi:
            choices = self.query_one("#choices", ChoiceList)
            value: list[str] | str = [i for i in choices.option_ids() if i in choices.checked]
        elif step.number is not None:
            value = self.query_one("#number", Input).value
        elif step.text is not None:
            value = self.query_one("#text", Input).value
        else:
            return None
        return step.node_id, value

    def _answer(self, value: Any) -> None:
        """Post an answer up; until the app shows what follows, the screen is moving
        and the keys typed meanwhile wait for what follows."""
        self._moving = True
        hold_keys(self)
        self.post_message(self.Answered(value))

    def _for_earlier_node(self, event: Message) -> bool:
        """Whether a widget made this message while an earlier node was shown.

        Keys reach a widget before the app has handled the answer the key
        before made: a second Enter or click is then for the question just
        answered, whose list or field the widget still showed.
        """
        return self._moving or event.time < self._shown_at

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """An option chosen in a single question (a multi one's list ticks it)."""
        event.stop()
        if not self._for_earlier_node(event) and event.option.id is not None:
            self._answer(event.option.id)

    def on_choice_list_confirmed(self, event: ChoiceList.Confirmed) -> None:
        event.stop()
        if not self._for_earlier_node(event):
            self._submit_multi()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_highlighted_help()

    def on_answers_panel_jump_requested(self, event: AnswersPanel.JumpRequested) -> None:
        event.stop()
        self.post_message(self.JumpRequested(event.node_id))

    def on_button_pressed(self, event: ContinueButton.Pressed) -> None:
        event.stop()
        if not self._for_earlier_node(event):
            self._continue()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not self._for_earlier_node(event):
            # What the field held at the Enter: keys typed after it may already be in the field.
            self._continue(event.value)

    def _continue(self, typed: str | None = None) -> None:
        """``typed``: the field's value when Enter was pressed (None: read it now)."""
        step = self.step
        if self._moving:
            return  # a second Enter or click for the page just left
        if step.kind == "info":
            self._moving = True
            hold_keys(self)
            self.post_message(self.Continued())
        elif step.multi:
            self._submit_multi()
        elif step.kind == "single":
            choices = self.query_one("#choices", ChoiceList)
            choices.action_submit()
        elif step.number is not None:
            raw = (self.query_one("#number", Input).value if typed is None else typed).strip()
            try:
                value = typed_number(raw)
            except ValueError:
                allowed = step.number.allowed
                self.show_problem(
                    _("'{raw}' is not a number: type {allowed}").format(raw=raw, allowed=allowed)
                    if raw
                    else _("Type {allowed}").format(allowed=allowed)
                )
                return
            self._answer(value)
        elif step.text is not None:
            self._answer(self.query_one("#text", Input).value if typed is None else typed)

    def _submit_multi(self) -> None:
        choices = self.query_one("#choices", ChoiceList)
        chosen = [oid for oid in choices.option_ids() if oid in choices.checked]
        self._answer(chosen)

    def action_back(self) -> None:
        self.post_message(self.BackRequested())

    def action_pick(self, number: int) -> None:
        if self._moving:  # typed before the next question was shown: it picks nothing there
            return
        if not listed(self.step):
            return  # no list shown (a number typed ahead for a text question, say)
        choices = self.query_one("#choices", ChoiceList)
        ids = choices.option_ids()
        if number > len(ids):
            return
        choices.highlighted = number - 1
        if choices.multi:
            choices.toggle(ids[number - 1])
        else:
            self._answer(ids[number - 1])

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick":
            return listed(self.step)
        return True
