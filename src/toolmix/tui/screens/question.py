"""The one screen for every question and info page: it draws a Step, in place.

The app hands it each node's :class:`~toolmix.engine.step.Step` and the screen
updates the same widgets: a screen per question would cost a screen's
styling, layout and footer on every answer. What the person does goes up as
messages (question_input.py).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from toolmix.engine.step import Step
from toolmix.text.i18n import _
from toolmix.tui.safe import literal, literal_line
from toolmix.tui.screens.question_hints import multi_hint, number_hint, text_hint
from toolmix.tui.screens.question_input import QuestionInput, listed
from toolmix.tui.screens.question_keys import QUESTION_KEYS
from toolmix.tui.screens.styled_at_mount import StyledAtMount
from toolmix.tui.widgets.answers_panel import AnswersPanel
from toolmix.tui.widgets.choices import ChoiceList
from toolmix.tui.widgets.continue_button import ContinueButton
from toolmix.tui.widgets.field_input import FieldInput
from toolmix.tui.widgets.help_text import HelpText
from toolmix.tui.widgets.key_footer import KeyFooter
from toolmix.tui.widgets.lead_scroll import HintScroll, LeadScroll, LeadText
from toolmix.tui.widgets.question_header import QuestionHeader


class QuestionScreen(QuestionInput, StyledAtMount, Screen[None]):
    """Shows the Step it is given; reports answers up to the app."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (96, "-wide")]
    #: Under 30 lines (80x24) margins and Continue are slimmer: the list keeps room.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
    #: show_step focuses what the node needs (another focus first: two more restyles).
    AUTO_FOCUS = ""
    BINDINGS = QUESTION_KEYS
    HELP_WHERE = "walk"  # the keys help (F1) lists the walk's keys (keymap.HELP_ROWS)

    def __init__(self, title: str, step: Step) -> None:
        """``title`` is the tree's; ``step`` the first node's, shown once mounted."""
        # The breakpoint class the first resize will give, given now: setting
        # it then would restyle every widget a second time before the first frame.
        try:
            wide = self.app.size.width >= self.HORIZONTAL_BREAKPOINTS[1][0]
            tall = self.app.size.height >= self.VERTICAL_BREAKPOINTS[1][0]
        except RuntimeError:  # made outside a running app (no active app): the resize will tell
            wide = tall = False
        classes = ["-wide" if wide else "-narrow", "-tall" if tall else "-short"]
        super().__init__(classes=" ".join(classes))
        self._title = title
        self.step = step
        self.init_input()
        #: When the current node was shown, on the clock of Message.time: a
        #: widget's message made before then is for an earlier node.
        self._shown_at = 0.0
        #: What the last move did to later answers, shown with the next node.
        self._notice: list[str] = []
        #: The line under the field as the node has it, and whether a refusal
        #: replaced it (an edit then puts it back: a corrected value clears it).
        self._hint: Content | None = None
        self._refused = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            # Only the list scrolls (or, when a question's own help is taller
            # than its share of the screen, that help): the column does not,
            # so the highlighted option, its help and Continue stay in view.
            with Vertical(id="main"):
                yield QuestionHeader(id="header")
                yield Static(id="notice")
                # -no-list on the lead, -info on #main: a screen's class restyles every widget.
                with LeadScroll(id="lead", classes="" if listed(self.step) else "-no-list"):
                    yield LeadText(id="question")
                    yield HelpText(id="help")
                # Each node shows the parts it needs (show_step); the list of
                # options is mounted here when a node first has one.
                with Horizontal(id="number-row"):
                    yield FieldInput(id="number", compact=True, answers=True)
                    yield Static(id="unit")
                # Not selected on focus: a resumed draft stays as typing goes on.
                yield FieldInput(id="text", answers=True, select_on_focus=False)
                yield HelpText(id="option-help")
                with HintScroll(id="hint-box"):
                    yield Static(id="hint")
                yield ContinueButton(_("Continue"), id="continue")
            with Vertical(id="side"):
                yield Static(_("Your answers"), id="side-title")
                yield AnswersPanel(id="answers")
        yield KeyFooter()

    def on_screen_suspend(self) -> None:
        # The result or a dialog is on top: what was typed ahead is for a node not shown.
        self.drop_typed_ahead()

    def on_mount(self) -> None:
        self.show_title(self._title)
        self.show_step(self.step)  # which hands it the keys typed since it was pushed
        lead = self.query_one(LeadScroll)
        # Scrolled, or given new content: "More below" follows (on_resize: resized).
        self.watch(lead, "scroll_y", self._more_below, init=False)
        self.watch(lead, "virtual_size", self._more_below_when_laid_out, init=False)

    def on_resize(self) -> None:
        if self.step.kind == "info":
            self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        """Resized: a body that now fits gives the focus back to Continue."""
        lead = self.query_one(LeadScroll)
        if self.focused is lead and not lead.allow_focus():
            self.query_one("#continue").focus()
        elif lead.allow_focus() and self.focused is self.query_one("#continue"):
            lead.focus()
        self._more_below()

    def show_title(self, title: str) -> None:
        """The tree's title, above the progress (a reloaded tree may have another)."""
        self._title = title
        self.query_one(QuestionHeader).show_title(title)

    # --- method calls down -----------------------------------------------------

    def show_step(self, step: Step) -> None:
        """Draw this node (the same widgets, new content)."""
        self.step = step
        self._shown_at = Message().time
        self._moving = False
        progress = step.progress
        self.query_one(QuestionHeader).show_progress(
            progress.label, progress.answered, max(progress.estimated_total, 1)
        )
        self.query_one("#answers", AnswersPanel).show_answers(step.answers)
        self._show_notice()
        question = self.query_one("#question", Static)
        text = self.query_one("#text", Input)
        button = self.query_one("#continue", ContinueButton)
        # What this node shows, set once at the end: hiding every part and then
        # showing one again asked Textual for a layout even when nothing moved.
        shown: set[Widget] = set()
        hint: Content | None = None
        focus: Widget
        question.update(literal(step.title, "bold"))
        self.query_one("#help", HelpText).show(step.help)
        if listed(step):
            choices = self._choices()
            choices.show_options(step.options, step.multi)
            shown.add(choices)
            if step.multi:
                hint = multi_hint(step)
                shown.add(button)
            focus = choices
        elif step.number is not None:
            field = self.query_one("#number", Input)
            field.value = step.number.value
            field.placeholder = step.number.placeholder
            self.query_one("#unit", Static).update(literal_line(step.number.unit or ""))
            hint = number_hint(step.number)
            shown.update((self.query_one("#number-row"), button))
            focus = field
        elif step.text is not None:
            text.max_length = step.text.max_length
            text.placeholder = step.text.placeholder
            text.value = step.text.value
            hint = text_hint(step.text)
            shown.update((text, button))
            focus = text
        else:  # an info page (a finished walk shows the result screen instead)
            shown.add(button)
            focus = button
        self.query_one(LeadScroll).set_class(not listed(step), "-no-list")
        self.query_one("#main").set_class(step.kind == "info", "-info")
        for widget in (text, button, self.query_one("#number-row"), *self.query("#choices")):
            widget.display = widget in shown
        self._hint, self._refused = hint, False
        self._set_hint(hint)
        focus.focus()
        self.take_typed_ahead()  # queued behind the focus: what was typed ahead reaches it
        if listed(step):
            self._show_highlighted_help()
        else:
            self._set_option_help(None)
        if step.kind == "info":
            self.call_after_refresh(self._body_in_reach, step)

    # --- an info page's long body --------------------------------------------------

    def _body_in_reach(self, step: Step) -> None:
        """A body taller than the column starts focused: Down scrolls it, Enter continues."""
        lead = self.query_one(LeadScroll)
        if step is not self.step:
            return
        if lead.allow_focus() and self.focused is not lead:
            lead.scroll_home(animate=False)
            lead.focus()
        self._more_below()

    def _more_below_when_laid_out(self) -> None:
        # While virtual_size changes, the lead's container size is still the last
        # one's: a "More below" shown in error would take the row the body needs.
        self.call_after_refresh(self._more_below)

    def _more_below(self) -> None:
        """On an info page, say under a body that scrolls that more of it is below."""
        if self.step.kind != "info":
            return
        lead = self.query_one(LeadScroll)
        more = lead.max_scroll_y > 0 and lead.scroll_y < lead.max_scroll_y
        self._hint = Content.assemble(("↓ ", "bold $accent"), _("More below")) if more else None
        self._set_hint(self._hint)

    def on_lead_scroll_confirmed(self, event: LeadScroll.Confirmed) -> None:
        event.stop()
        if self.query_one("#continue").display and not self._for_earlier_node(event):
            self._continue()

    def _choices(self) -> ChoiceList:
        """The list of options, mounted above the fields the first time a node shows one.

        A tree whose first question is a text or a number has no list to
        style before its first screen.
        """
        try:
            return self.query_one("#choices", ChoiceList)
        except NoMatches:
            choices = ChoiceList(id="choices")
            self.query_one("#main").mount(choices, before="#number-row")
            return choices

    def show_notice(self, notes: list[str]) -> None:
        """Lines shown above the next node (what a changed answer did to later ones).

        Inline, not a toast: at 80x24 a toast covered the options.
        """
        self._notice = list(notes)

    def _show_notice(self) -> None:
        notice = self.query_one("#notice", Static)
        notes, self._notice = self._notice, []
        if notes or notice.display:
            lines = Content("\n").join(literal_line(note) for note in notes)
            notice.update(Content.assemble(("! ", "bold $warning"), lines) if notes else "")
        notice.display = bool(notes)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._clear_refusal()
        self._drafted(event)

    def on_choice_list_toggled(self, event: ChoiceList.Toggled) -> None:
        event.stop()
        self._clear_refusal()
        self._drafted(event)

    def _clear_refusal(self) -> None:
        if self._refused:
            self._refused = False
            self._set_hint(self._hint)

    def show_problem(self, message: str) -> None:
        """An inline message under the field (validation), the hint kept under it, or nothing.

        The hint (a number's range, the ticks allowed) stays: it is what the
        person needs to answer again.
        """
        if message:
            self._refused = True
            problem = Content.assemble(("! ", "bold $error"), literal_line(message))
            hint = self._hint
            self._set_hint(problem if hint is None else Content("\n").join((problem, hint)))
            self._moving = False  # refused: the question stays, and so do the keys since
            self.take_typed_ahead()

    def _set_hint(self, content: Content | None) -> None:
        """The line under the field; hidden when empty, so it leaves no gap."""
        hint = self.query_one("#hint", Static)
        visible = bool(content and content.plain)
        if visible or hint.display:
            hint.update(content or "")
        hint.display = visible
        self.query_one("#hint-box").display = visible

    # --- rendering helpers ----------------------------------------------------

    def _set_option_help(self, source: str | None) -> None:
        self.query_one("#option-help", HelpText).show(source)

    def _show_highlighted_help(self) -> None:
        choices = self.query_one("#choices", ChoiceList)
        option_id = choices.highlighted_id
        found = next((o for o in self.step.options if o.id == option_id), None)
        self._set_option_help(found.help if found else None)
