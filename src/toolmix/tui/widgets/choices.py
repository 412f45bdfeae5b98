"""The options of a single or multi question: arrows, Enter, Space, clicks."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.css.scalar import Scalar
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual
from textual.widget import Widget

from toolmix.engine.step import StepOption
from toolmix.text.clean import one_line
from toolmix.text.i18n import N_
from toolmix.tui.safe import literal_line
from toolmix.tui.widgets.line_list import LineList

#: Lines of an option's label drawn at most: an option always fits the list's
#: view (walk.tcss: 14 rows less the border).
MAX_LINES = 10


class ChoiceList(LineList):
    """Options with numbers; in a multi question each has a check box."""

    CURSOR_MARK = "> "

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", N_("Choose"), id="choices.submit"),
        Binding("space", "toggle_option", N_("Toggle"), id="choices.toggle"),
    ]

    # The look of Textual's OptionList, which this list replaced.
    DEFAULT_CSS = """
    ChoiceList {
        height: auto;
        max-height: 100%;
        border: tall $border-blurred;
        padding: 0 1;
        & > .line-list--cursor {
            color: $foreground;
        }
        &:focus {
            border: tall $border;
        }
    }
    """

    class Submitted(Message):
        """Enter in a single question (the option chosen) or a multi one (continue)."""

        def __init__(self, choice_list: ChoiceList, option_id: str | None) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.option_id = option_id

    class Toggled(Message):
        def __init__(self, choice_list: ChoiceList, option_id: str) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.option_id = option_id

    class Highlighted(Message):
        """The cursor moved to another option (by key, mouse or number)."""

        def __init__(self, choice_list: ChoiceList, option_id: str) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.option_id = option_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
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
        before = [self.entry_key(index) for index in range(len(self._labels))]
        self.multi = multi
        self.checked = set(checked)
        self.exclusive = set(exclusive or ())
        self._labels = list(choices)
        keep = 0
        for old, index in zip(before, range(len(choices)), strict=False):
            if old != self.entry_key(index):
                break
            keep += 1
        ids = self.option_ids()
        cursor = ids.index(highlight) if highlight in ids else (0 if ids else None)
        self.set_count(len(choices), keep, cursor)
        self._fit()
        if bindings_change:  # the Footer rebuilds itself on every bindings refresh
            self.refresh_bindings()

    def _fit(self) -> None:
        """No taller than the options: the list's height is what the column
        leaves (1fr in walk.tcss), capped here at its lines once measured."""
        width = self.content_size.width
        if not width and isinstance(self.parent, Widget):
            # Hidden until now: the width it is about to have (the column's less
            # its own border and padding), so that one layout shows it capped.
            width = self.parent.content_size.width - self.styles.gutter.width
        if width > 0:
            self._measure(width)
        if self._width > 0:
            lines = len(self._line_entry) + self.styles.gutter.height
            if self.styles.max_height != Scalar.from_number(lines):
                self.styles.max_height = lines

    def on_resize(self) -> None:
        # Before LineList's on_resize (Textual calls the subclass's first),
        # which keeps the cursor in the view this cap may change.
        self._fit()

    def entry_key(self, index: int) -> Hashable:
        option_id, label = self._labels[index]
        return (index, option_id, label, self.multi, option_id in self.checked)

    def render_entry(self, index: int, width: int, style: Style) -> list[Strip]:
        option_id, label = self._labels[index]
        prefix = Content(f"{index + 1} " if index < 9 else "  ").stylize("dim")
        if self.multi:
            prefix += Content("[x] " if option_id in self.checked else "[ ] ")
        indent = min(prefix.cell_length, width - 1)
        rich_style = style.rich_style
        lines = self._label_lines(label, width - indent, style)
        first = Visual.to_strips(self, prefix, indent, None, style)[:1]
        pad = Strip.blank(indent, rich_style)
        # The label wraps under itself, not under the number.
        return [
            Strip.join([first[0] if i == 0 and first else pad, line])
            for i, line in enumerate(lines)
        ]

    def _label_lines(self, label: str, width: int, style: Style) -> list[Strip]:
        """The label wrapped to ``width``: at most MAX_LINES lines, the last cut with "…".

        Only as much of the label as can fill those lines is wrapped (a line
        of words holds at least half the width, so twice that at most), so an
        option costs the same to draw however long its label: 1,000 labels of
        19,000 characters took 26 s to show.
        """
        text = one_line(label)
        enough = (MAX_LINES + 1) * max(width, 1)
        while True:
            cut = len(text) > enough
            lines = Visual.to_strips(self, literal_line(text[:enough]), width, None, style)
            if not cut and len(lines) <= MAX_LINES:
                return lines
            if len(lines) > MAX_LINES or enough >= 2 * (MAX_LINES + 1) * max(width, 1):
                break
            enough *= 2  # short lines (long words): wrap more of the text
        lines = lines[:MAX_LINES]
        last = lines[-1].crop(0, max(0, width - 1))
        lines[-1] = Strip.join([last, Strip([Segment("…", style.rich_style)], 1)])
        return lines

    # --- what the screen asks -------------------------------------------------------

    def option_ids(self) -> list[str]:
        return [oid for oid, _ in self._labels]

    @property
    def highlighted(self) -> int | None:
        return self.cursor

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        self._move_cursor(index)

    @property
    def highlighted_id(self) -> str | None:
        return self._labels[self.cursor][0] if self.cursor is not None else None

    def toggle(self, option_id: str) -> None:
        before = set(self.checked)
        if option_id in self.checked:
            self.checked.discard(option_id)
        elif option_id in self.exclusive:
            self.checked = {option_id}
        else:
            self.checked = (self.checked - self.exclusive) | {option_id}
        for index, (oid, _) in enumerate(self._labels):
            if (oid in before) != (oid in self.checked):
                self._repaint_entry(index)  # its key changed: drawn anew
        self.post_message(self.Toggled(self, option_id))

    # --- events up --------------------------------------------------------------------

    def cursor_moved(self) -> None:
        option_id = self.highlighted_id
        if option_id is not None:
            self.post_message(self.Highlighted(self, option_id))

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
            self.post_message(self.Submitted(self, None))
        elif self.highlighted_id is not None:
            self.post_message(self.Submitted(self, self.highlighted_id))

    def on_click(self, event: events.Click) -> None:
        """A click: choose in a single question, toggle in a multi one."""
        if self.clicked_entry(event) is None:
            return
        if self.multi:
            self.action_toggle_option()
        else:
            self.action_submit()
