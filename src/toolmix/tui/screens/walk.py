"""The one screen for every question and info page, updated in place.

Switching screens per question costs tens of milliseconds and, with a Footer
on each, memory (see docs/performance.md); updating widgets in place does not.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from toolmix.models import InfoNode, MultiNode, NumberNode, ResultNode, SingleNode, TextNode
from toolmix.session import Session, format_number
from toolmix.tui.safe import literal, literal_line
from toolmix.tui.screens.styled_at_mount import StyledAtMount
from toolmix.tui.widgets.answers_panel import AnswersPanel
from toolmix.tui.widgets.choices import ChoiceList
from toolmix.tui.widgets.continue_button import ContinueButton
from toolmix.tui.widgets.help_text import HelpText
from toolmix.tui.widgets.key_footer import KeyFooter
from toolmix.tui.widgets.question_header import QuestionHeader
from toolmix.tui.widgets.settled import SettledRow, SettledStatic
from toolmix.wording import labelled_ranges, multi_limits


class WalkScreen(StyledAtMount, Screen[None]):
    """Shows the session's current node; reports answers up to the app."""

    CSS_PATH = "walk.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (96, "-wide")]
    #: show_current focuses what the node needs; focusing something else
    #: first would restyle the screen twice more before it is shown.
    AUTO_FOCUS = ""
    BINDINGS = [
        Binding("escape", "back", "Back", id="walk.back"),
        Binding("f1,question_mark", "app.keys", "Keys", id="walk.keys"),
        Binding("1", "pick(1)", "Pick", key_display="1-9", id="walk.pick1"),
        *[
            Binding(str(n), f"pick({n})", f"Option {n}", show=False, id=f"walk.pick{n}")
            for n in range(2, 10)
        ],
    ]

    # Messages here and in the widgets are plain classes, not @dataclass: a
    # dataclass compiles its methods at import, about 0.3 ms each (issue 6).
    class Answered(Message):
        def __init__(self, value: Any) -> None:
            super().__init__()
            self.value = value

    class Continued(Message):
        """Leave an info page."""

    class BackRequested(Message):
        pass

    class JumpRequested(Message):
        def __init__(self, node_id: str) -> None:
            super().__init__()
            self.node_id = node_id

    #: Ids of the parts mounted after the first frame (or when a node needs them).
    LATE_PARTS = ("choices", "number-row")

    def __init__(self, session: Session) -> None:
        # The breakpoint class the first resize will give, given now: setting
        # it then would restyle every widget a second time before the first frame.
        try:
            wide = self.app.size.width >= self.HORIZONTAL_BREAKPOINTS[1][0]
        except RuntimeError:  # made outside a running app (no active app): the resize will tell
            wide = False
        super().__init__(classes="-wide" if wide else "-narrow")
        self.session = session
        self._late_mounting = False
        #: show_current was asked for while late parts were being mounted.
        self._show_wanted = False
        #: Picks and confirmations that came while late parts were being mounted,
        #: or number picks typed ahead while an answer was on its way to the
        #: app: replayed in order once the screen shows the node they are for.
        self._held: list[Callable[[], None]] = []
        #: An answer was posted and the app has not yet shown what follows.
        #: Until it has, the widgets still show the question just answered.
        self._moving = False
        #: When the current node was shown, on the clock of Message.time: a
        #: widget's message made before then is for an earlier node.
        self._shown_at = 0.0

    def compose(self) -> ComposeResult:
        with SettledRow(id="body"):
            with VerticalScroll(id="main"):
                yield QuestionHeader(id="header")
                yield SettledStatic(id="question")
                yield HelpText(id="help")
                # #choices, #number-row and #option-help are mounted after the
                # first frame, or when a node needs them first: hidden, each
                # made the first frame slower (#choices and #number-row 10-15%).
                yield Input(id="text")
                yield SettledStatic(id="hint")
                yield ContinueButton("Continue", id="continue")
            with Vertical(id="side"):
                yield SettledStatic("Your answers", id="side-title")
                yield AnswersPanel(id="answers")
        yield KeyFooter()

    def on_screen_suspend(self) -> None:
        # The result or a dialog is on top: what was typed ahead is for a
        # question no longer shown.
        self._moving = False
        self._held.clear()

    def on_mount(self) -> None:
        self.query_one(QuestionHeader).show_title(self.session.tree.title)
        self.show_current()
        # Later, not right after the first frame: that frame is still being
        # written out by another thread, and mounting would hold the GIL.
        self.set_timer(0.1, self._prepare_late_parts)

    # --- method calls down -----------------------------------------------------

    def _late_part(self, part: str) -> Widget | None:
        try:
            return self.query_one(f"#{part}")  # cached by Textual, unlike query()
        except NoMatches:
            return None

    def _needed_parts(self, node: object, every: bool = False) -> list[tuple[Widget, str]]:
        """The late parts this node (or ``every`` node) needs that are not mounted
        yet, each with the widget it goes before."""
        needed: list[tuple[Widget, str]] = []
        choice = every or isinstance(node, (SingleNode, MultiNode))
        if choice and self._late_part("choices") is None:
            needed.append((ChoiceList(id="choices"), "#text"))
        if choice and self._late_part("option-help") is None:
            needed.append((HelpText(id="option-help"), "#continue"))
        if (every or isinstance(node, NumberNode)) and self._late_part("number-row") is None:
            row = SettledRow(
                Input(id="number", compact=True), SettledStatic(id="unit"), id="number-row"
            )
            needed.append((row, "#text"))
        for part, _before in needed:
            part.display = False
        return needed

    def _prepare_late_parts(self) -> None:
        """After the first frame: mount the parts the first node did not need, hidden."""
        parts = [] if self._late_mounting else self._needed_parts(None, every=True)
        if parts:
            self._late_mounting = True
            self.call_later(self._mount_then_show, parts)

    async def _mount_then_show(self, parts: list[tuple[Widget, str]]) -> None:
        try:
            for part, before in parts:
                await self.query_one("#main").mount(part, before=before)
        finally:
            self._late_mounting = False
        if self._show_wanted:
            self.show_current()
        else:
            self._replay_held()

    def _replay_held(self) -> None:
        """Run what was held, in order, now that the screen shows the current node."""
        self._moving = False
        held, self._held = self._held, []
        for action in held:  # queued behind nothing typed later: the order is kept
            self.call_later(action)

    def show_current(self) -> None:
        """Render the session's current node (the same widgets, new content)."""
        if self._late_mounting:
            self._show_wanted = True  # shown once the parts are mounted
            return
        session = self.session
        if session.finished:  # the result is on top (a resumed result, or keys typed ahead)
            return
        node = session.node
        parts = self._needed_parts(node)
        if parts:
            self._late_mounting = self._show_wanted = True
            self.call_later(self._mount_then_show, parts)
            return
        self._show_wanted = False
        self._shown_at = Message().time
        self._replay_held()  # after this call: they run once the node is shown
        self._show_progress()
        self._show_answers()
        question = self.query_one("#question", SettledStatic)
        text = self.query_one("#text", Input)
        button = self.query_one("#continue", ContinueButton)
        # What this node shows, set once at the end: hiding every part and then
        # showing one again asked Textual for a layout even when nothing moved.
        shown: set[Widget] = set()
        hint: Content | None = None
        focus: Widget
        if isinstance(node, InfoNode):
            question.show(literal(node.title, "bold"))
            self._set_help(node.body)
        else:
            assert not isinstance(node, ResultNode)  # a finished walk shows the result screen
            question.show(literal(node.text, "bold"))
            self._set_help(node.help)
        previous = session.previous_answer()
        if isinstance(node, InfoNode):
            shown.add(button)
            focus = button
        elif isinstance(node, (SingleNode, MultiNode)):
            choices = self.query_one("#choices", ChoiceList)
            opts = session.visible_options()
            multi = isinstance(node, MultiNode)
            checked = set(previous) if multi and isinstance(previous, list) else set()
            highlight = previous if isinstance(previous, str) else None
            exclusive = {o.id for o in opts if getattr(o, "exclusive", False)}
            choices.set_choices(
                [(o.id, o.label) for o in opts],
                multi=multi,
                checked=checked,
                highlight=highlight,
                exclusive=exclusive,
            )
            shown.add(choices)
            if isinstance(node, MultiNode):
                hint = self._multi_hint(node)
                shown.add(button)
            focus = choices
        elif isinstance(node, NumberNode):
            field = self.query_one("#number", Input)
            value = previous if isinstance(previous, (int, float)) else node.default
            field.value = "" if value is None else format_number(value)
            field.placeholder = self._number_placeholder(node)
            self.query_one("#unit", SettledStatic).show(literal_line(node.unit or ""))
            hint = self._range_hint(node)
            shown.update((self.query_one("#number-row"), button))
            focus = field
        else:
            assert isinstance(node, TextNode)
            text.max_length = node.max_length
            text.placeholder = node.placeholder or ""
            text.value = previous if isinstance(previous, str) else ""
            hint = Content(
                f"Up to {node.max_length} characters"
                + ("" if node.required else "; you may leave it empty")
            ).stylize("dim")
            shown.update((text, button))
            focus = text
        for widget in (text, button, *filter(None, map(self._late_part, self.LATE_PARTS))):
            widget.display = widget in shown
        self._set_hint(hint)
        focus.focus()
        if isinstance(node, (SingleNode, MultiNode)):
            self._show_highlighted_help()
        else:
            self._set_option_help(None)

    def show_problem(self, message: str) -> None:
        """An inline message under the field (validation), or nothing."""
        if message:
            self._set_hint(Content.assemble(("! ", "bold $error"), literal_line(message)))
            if self._moving:  # the answer was refused: the question stays
                self._replay_held()

    def _set_hint(self, content: Content | None) -> None:
        """The line under the field; hidden when empty, so it leaves no gap."""
        hint = self.query_one("#hint", SettledStatic)
        visible = bool(content and content.plain)
        if visible or hint.display:
            hint.show(content or "")
        hint.display = visible

    # --- rendering helpers ----------------------------------------------------

    def _show_progress(self) -> None:
        p = self.session.progress()
        self.query_one(QuestionHeader).show_progress(p.label, p.answered, max(p.estimated_total, 1))

    def _show_answers(self) -> None:
        session = self.session
        steps = []
        done = session.walk()[:-1]
        if done:  # imported on the first answer: the first frame needs none
            from toolmix.selection import answer_label
        for node_id, value in done:
            node = session.nodes[node_id]
            if value is None:
                continue
            question = getattr(node, "text", node_id)
            steps.append((node_id, question, answer_label(session.tree, node_id, value)))
        self.query_one("#answers", AnswersPanel).show_steps(steps)

    def _set_help(self, source: str | None) -> None:
        self.query_one("#help", HelpText).show(source)

    def _set_option_help(self, source: str | None) -> None:
        found = self._late_part("option-help")
        if isinstance(found, HelpText):  # mounted with the choices, which show it
            found.show(source)

    def _show_highlighted_help(self) -> None:
        choices = self.query_one("#choices", ChoiceList)
        option_id = choices.highlighted_id
        node = self.session.node
        if option_id is None or not isinstance(node, (SingleNode, MultiNode)):
            self._set_option_help(None)
            return
        found = next((o for o in node.options if o.id == option_id), None)
        self._set_option_help(found.help if found else None)

    @staticmethod
    def _multi_hint(node: MultiNode) -> Content:
        parts = ["Space or a number toggles; Enter continues", *multi_limits(node)]
        return Content("; ".join(parts)).stylize("dim")

    @staticmethod
    def _number_placeholder(node: NumberNode) -> str:
        if node.min is not None and node.max is not None:
            return f"{format_number(node.min)} to {format_number(node.max)}"
        return "a number"

    @staticmethod
    def _range_hint(node: NumberNode) -> Content:
        parts = [
            Content.assemble((bounds, "bold"), ": ", literal_line(label))
            for bounds, label in labelled_ranges(node)
        ]
        return Content("\n").join(parts).stylize("dim") if parts else Content("")

    # --- events up --------------------------------------------------------------

    def _answer(self, value: Any) -> None:
        """Post an answer up; until the app shows what follows, the screen is moving."""
        self._moving = True
        self.post_message(self.Answered(value))

    def _for_earlier_node(self, event: Message) -> bool:
        """Whether a widget made this message while an earlier node was shown.

        Keys reach a widget before the app has handled the answer the key
        before made: a second Enter or click is then for the question just
        answered, whose list or field the widget still showed.
        """
        return self._moving or event.time < self._shown_at

    def on_choice_list_submitted(self, event: ChoiceList.Submitted) -> None:
        event.stop()
        if self._for_earlier_node(event):
            return
        if event.choice_list.multi:
            self._submit_multi()
        elif event.option_id is not None:
            self._answer(event.option_id)

    def on_choice_list_highlighted(self, event: ChoiceList.Highlighted) -> None:
        event.stop()
        self._show_highlighted_help()

    def on_answers_panel_jump_requested(self, event: AnswersPanel.JumpRequested) -> None:
        event.stop()
        self.post_message(self.JumpRequested(event.node_id))

    def on_continue_button_pressed(self, event: ContinueButton.Pressed) -> None:
        event.stop()
        if not self._for_earlier_node(event):
            self._continue()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not self._for_earlier_node(event):
            self._continue()

    def _continue(self) -> None:
        node = self.session.node
        if self._late_mounting:  # confirm once the parts are mounted
            self._held.append(self._continue)
            return
        if self._moving:
            return  # a second Enter or click for the page just left
        if isinstance(node, InfoNode):
            self._moving = True
            self.post_message(self.Continued())
        elif isinstance(node, MultiNode):
            self._submit_multi()
        elif isinstance(node, SingleNode):
            choices = self.query_one("#choices", ChoiceList)
            choices.action_submit()
        elif isinstance(node, NumberNode):
            raw = self.query_one("#number", Input).value.strip().replace(",", ".")
            try:
                value = float(raw)
            except ValueError:
                self.show_problem(
                    f"'{raw}' is not a number; type a number such as 3 or 2.5"
                    if raw
                    else "Type a number to continue"
                )
                return
            self._answer(value)
        elif isinstance(node, TextNode):
            self._answer(self.query_one("#text", Input).value)

    def _submit_multi(self) -> None:
        choices = self.query_one("#choices", ChoiceList)
        chosen = [oid for oid in choices.option_ids() if oid in choices.checked]
        self._answer(chosen)

    def action_back(self) -> None:
        self.post_message(self.BackRequested())

    def action_pick(self, number: int) -> None:
        if self._late_mounting or self._moving:
            # Once the parts are mounted, or typed ahead: for the next question,
            # picked once it is shown (a terminal's keys come faster than frames).
            self._held.append(partial(self.action_pick, number))
            return
        choices = self._late_part("choices")
        if not isinstance(choices, ChoiceList) or not choices.display:
            return
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
            return isinstance(self.session.node, (SingleNode, MultiNode))
        return True
