"""What if: each answered question, and for each other answer what the mix would become.

The questions on the left, the highlighted one's alternatives on the right
(EXPLORE.md's, computed by the engine's Explorer from a copy of the walk):
the items that would join and leave, the plan and its hours, the answers that
would no longer apply and the question that would need one. A number
question also takes a value typed below its list (a digit typed anywhere
on the screen starts one). Enter on an alternative
adopts it (the screen is dismissed with that question and answer; the app
gives it to the session); Escape leaves everything as it was.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from toolmix.engine.answer_checks import AnswerError, AnswerValue
from toolmix.engine.explorer import Explorer, Option
from toolmix.text.i18n import N_, _
from toolmix.text.words import duration, hours_a_week
from toolmix.tui.safe import literal_line
from toolmix.tui.widgets.content_list import ContentList
from toolmix.tui.widgets.key_footer import KeyFooter
from toolmix.tui.wording import sentence

#: What the screen is dismissed with: the question and the answer adopted, or None.
Adopted = tuple[str, AnswerValue] | None


def option_entry(option: Option, budget: float | None) -> Content:
    """One alternative as lines: the answer, then what the mix would become."""
    lines = [sentence(_("With {answer}"), "dim", answer=literal_line(option.label, "bold"))]
    if option.needs is not None:
        lines.append(
            sentence(
                _("Needs an answer first: {question}"),
                "$warning",
                question=literal_line(option.needs, "italic"),
            )
        )
    else:
        if option.joins:
            lines.append(Content.assemble(("+ ", "bold $success"), _names(option.joins)))
        if option.leaves:
            lines.append(Content.assemble(("- ", "bold $error"), _names(option.leaves)))
        lines += [Content.assemble(("= ", "bold $accent"), literal_line(w)) for w in option.swaps]
        if not option.joins and not option.leaves and not option.swaps:
            lines.append(Content(_("The same items")).stylize("dim"))
        assert option.title is not None
        plan = sentence(_("Plan: {title}"), "dim", title=literal_line(option.title))
        if option.effort is not None:
            hours = duration(option.effort, estimate=True)
            have = (
                _("about {hours} of your {budget}").format(hours=hours, budget=hours_a_week(budget))
                if budget is not None
                else _("about {hours} a week").format(hours=hours)
            )
            plan = Content.assemble(plan, ("  ·  " + have, "dim"))
        lines.append(plan)
    if option.dropped:
        lines.append(
            sentence(
                _("No longer asked: {questions}"),
                "$warning",
                questions=Content("; ").join(literal_line(q, "italic") for q in option.dropped),
            )
        )
    return Content("\n").join(lines)


def _names(names: list[str]) -> Content:
    return Content(", ").join(literal_line(n) for n in names)


class WhatIfScreen(Screen[Adopted]):
    #: The keys help (F1) lists this screen's keys (tui/keymap.py HELP_ROWS).
    HELP_WHERE = "explore"
    # Styled by what_if.tcss, which the app lists (ToolmixApp.CSS_PATH).
    BINDINGS = [
        Binding("enter", "choose", N_("Adopt"), id="whatif.adopt"),
        Binding("escape", "leave", N_("Back"), id="whatif.back"),
        Binding("f1,question_mark", "app.keys", N_("Keys"), id="whatif.keys"),
        Binding("tab", "app.focus_next", N_("Other column"), id="whatif.column"),
    ]

    def __init__(self, explorer: Explorer, question: str | None = None) -> None:
        super().__init__()
        self.explorer = explorer
        self.questions = explorer.questions()
        self.start = self.questions.index(question) if question in self.questions else 0
        #: Opened on one question (What matters most's 1-3), not on them all (w).
        self.asked = question in self.questions
        #: The alternatives shown on the right, for :attr:`question`.
        self.options: list[Option] = []
        self.question: str | None = None

    def compose(self) -> ComposeResult:
        title = Content(_("What if you answered otherwise?")).stylize("bold")
        yield Static(title, id="whatif-title")
        yield Static(
            Content(_("Nothing changes until you adopt an answer with Enter.")).stylize("dim"),
            id="whatif-hint",
        )
        with Horizontal(id="whatif-columns"):
            with Vertical(id="whatif-left"):
                yield Static(_("Your answers"), classes="section")
                yield ContentList(id="questions")
            with Vertical(id="whatif-right"):
                yield Static(_("Instead"), classes="section", id="instead")
                yield ContentList(id="alternatives")
                yield Static(id="whatif-number-label")
                yield Input(id="whatif-number")
                yield Static(id="whatif-error")
        yield KeyFooter()

    def on_mount(self) -> None:
        explorer = self.explorer
        entries = [
            Content.assemble(
                literal_line(explorer.question_text(q), "bold"),
                "\n",
                literal_line(explorer.given_text(q), "italic"),
            )
            for q in self.questions
        ]
        questions = self.query_one("#questions", ContentList)
        questions.show(entries, self.start)
        self.show_question(self.questions[self.start] if self.questions else None)
        # The explored question at the top of its column, once it is laid out.
        self.call_after_refresh(questions.scroll_to_highlight, True)
        # Opened on all of them (w), the questions have the focus: Down picks
        # one. Opened on one (1-3), its alternatives: Down picks one, Enter adopts.
        if not self.asked or (not self.options and not self._takes_numbers()):
            questions.focus()
        elif self.options:
            self.query_one("#alternatives", ContentList).focus()
        else:
            self.query_one("#whatif-number", Input).focus()

    # --- drawing ----------------------------------------------------------------------

    def _takes_numbers(self) -> bool:
        return self.question is not None and self.explorer.takes_numbers(self.question)

    def show_question(self, question: str | None) -> None:
        """The alternatives of ``question`` on the right, and the number field if it takes one."""
        self.question = question
        self.options = [] if question is None else self.explorer.options(question)
        self._draw_options(0)
        numbers = self._takes_numbers()
        label = self.query_one("#whatif-number-label", Static)
        field = self.query_one("#whatif-number", Input)
        label.display = field.display = numbers
        field.value = ""
        self.query_one("#whatif-error", Static).update("")
        if numbers and question is not None:
            hint = self.explorer.number_hint(question)
            label.update(
                Content.assemble(_("Or type a number"), (f" ({hint})" if hint else "", "dim"))
            )

    def _draw_options(self, cursor: int) -> None:
        budget = self.explorer.now.budget
        entries = [
            option_entry(o, o.alternative.mix.budget if o.alternative.mix else budget)
            for o in self.options
        ]
        alternatives = self.query_one("#alternatives", ContentList)
        alternatives.display = bool(entries)
        alternatives.show(entries, cursor)
        none = _("No other answer to try here.") if not self._takes_numbers() else ""
        instead = _("Instead")
        self.query_one("#instead", Static).update(
            instead if entries else Content(none or instead).stylize("dim" if none else "")
        )

    # --- events -----------------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: ContentList.OptionHighlighted) -> None:
        event.stop()
        if event.control.id == "questions":
            question = self.questions[event.option_index]
            if question != self.question:  # not when the list is first shown
                self.show_question(question)

    def on_option_list_option_selected(self, event: ContentList.OptionSelected) -> None:
        event.stop()
        if event.control.id == "alternatives":
            self._adopt(event.option_index)
        elif self.options:
            self.query_one("#alternatives", ContentList).focus()
        elif self._takes_numbers():
            self.query_one("#whatif-number", Input).focus()

    def on_key(self, event: events.Key) -> None:
        """A digit typed anywhere here, for a number question, starts a value in its field."""
        field = self.query_one("#whatif-number", Input)
        char = event.character
        if field.display and not field.has_focus and char and char in "0123456789.":
            event.stop()
            event.prevent_default()
            field.value = ""
            field.focus()
            field.insert_text_at_cursor(char)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """A typed number: shown first among the alternatives, under the cursor, to adopt."""
        event.stop()
        assert self.question is not None
        error = self.query_one("#whatif-error", Static)
        try:
            option = self.explorer.typed(self.question, event.value)
        except AnswerError as exc:
            error.update(Content.assemble(("! ", "bold $error"), literal_line(exc.words)))
            return
        error.update("")
        self.options = [o for o in self.options if o.answer != option.answer]
        self.options.insert(0, option)
        self._draw_options(0)
        self.query_one("#alternatives", ContentList).focus()

    def action_choose(self) -> None:
        focused = self.focused
        if isinstance(focused, ContentList):
            focused.choose()

    def _adopt(self, index: int) -> None:
        option = self.options[index]
        self.dismiss((option.question, option.answer))

    def action_leave(self) -> None:
        self.dismiss(None)
