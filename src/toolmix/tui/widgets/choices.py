"""The options of a single or multi question, on Textual's OptionList.

Arrows, Home, End and the page keys move the highlight as in any OptionList
(it posts ``OptionHighlighted``). In a single question Enter or a click
chooses (``OptionSelected``); in a multi one Space or a click ticks an option
(:class:`ChoiceList.Toggled`) and Enter goes on (:class:`ChoiceList.Confirmed`).
Each option is drawn by a :class:`~toolmix.tui.widgets.choice_prompt.ChoicePrompt`:
the cursor's mark, the number, the tick and the label, literally.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from toolmix.engine.step import StepOption
from toolmix.text.i18n import N_
from toolmix.tui.widgets.choice_prompt import ChoicePrompt, choice_prefix
from toolmix.tui.widgets.content_cap import cap_at_content
from toolmix.tui.widgets.cursor_mark import CursorMark
from toolmix.tui.widgets.entry_list import LIST_BINDINGS


class ChoiceList(CursorMark, OptionList):
    """Options with numbers; in a multi question each has a check box."""

    # OptionList's moves under the ids a keymap names (toolmix.tui.keymap),
    # as on every list of the app.
    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_BINDINGS,
        Binding("enter", "submit", N_("Choose"), id="choices.submit"),
        Binding("space", "toggle_option", N_("Toggle"), id="choices.toggle"),
    ]

    class Toggled(Message):
        """An option of a multi question was ticked or unticked."""

        def __init__(self, choice_list: ChoiceList, option_id: str) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.option_id = option_id

    class Confirmed(Message):
        """Enter in a multi question: go on with the options ticked."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.multi = False
        self.checked: set[str] = set()
        self.exclusive: set[str] = set()
        self._labels: list[tuple[str, str]] = []

    def show_options(self, options: Sequence[StepOption], multi: bool) -> None:
        """A question's shown options, its earlier answer ticked (multi) or highlighted."""
        checked = {o.id for o in options if o.checked}
        self.set_choices(
            [(o.id, o.label) for o in options],
            multi=multi,
            checked=checked if multi else set(),
            highlight=None if multi else next(iter(checked), None),
            exclusive={o.id for o in options if o.exclusive},
        )

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
        ids = self.option_ids()
        self._marked = ids.index(highlight) if highlight in ids else (0 if ids else None)
        self.set_options(
            Option(self._prompt(index), id=option_id) for index, option_id in enumerate(ids)
        )
        self.highlighted = self._marked
        self._fit()
        if bindings_change:  # Space toggles only in a multi question
            self.refresh_bindings()

    def _prompt(self, index: int) -> ChoicePrompt:
        option_id, label = self._labels[index]
        ticked = option_id in self.checked if self.multi else None
        return ChoicePrompt(choice_prefix(index, mark=self._mark(index), ticked=ticked), label)

    def _fit(self) -> None:
        """No taller than the options (question.tcss gives it what the column leaves)."""
        width = self.scrollable_content_region.width  # as OptionList measures
        if not width and isinstance(self.parent, Widget):
            # Hidden until now: the width it is about to have (the column's less
            # its own border and padding), so that one layout shows it capped.
            width = self.parent.content_size.width - self.styles.gutter.width
        cap_at_content(self, width)

    def on_resize(self) -> None:
        # The help under the list changes its height: the highlighted option stays in view.
        self._fit()
        self.scroll_to_highlight()

    # --- what the screen asks -------------------------------------------------------

    def option_ids(self) -> list[str]:
        return [option_id for option_id, _ in self._labels]

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def toggle(self, option_id: str) -> None:
        before = set(self.checked)
        if option_id in self.checked:
            self.checked.discard(option_id)
        elif option_id in self.exclusive:
            self.checked = {option_id}
        else:
            self.checked = (self.checked - self.exclusive) | {option_id}
        for index, oid in enumerate(self.option_ids()):
            if (oid in before) != (oid in self.checked):
                self._redraw(index)
        self.post_message(self.Toggled(self, option_id))

    # --- keys and clicks ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_option":
            return self.multi
        return True

    def action_toggle_option(self) -> None:
        option_id = self.highlighted_id
        if self.multi and option_id is not None:
            self.toggle(option_id)

    def action_submit(self) -> None:
        if self.multi:
            self.post_message(self.Confirmed())
        else:
            self.action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A click in a multi question ticks the option (OptionList selects it)."""
        if self.multi:
            event.stop()
            if event.option.id is not None:
                self.toggle(event.option.id)
