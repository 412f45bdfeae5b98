"""A tree's introduction (Markdown, shown as HelpText); Enter starts the questions."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Static

from toolmix.text.i18n import N_, _
from toolmix.tui.holding import hold_keys
from toolmix.tui.screens.styled_at_mount import StyledAtMount
from toolmix.tui.widgets.help_text import HelpText
from toolmix.tui.widgets.key_footer import KeyFooter


class IntroScreen(StyledAtMount, Screen[None]):
    #: The keys help (F1) lists this screen's keys (tui/keymap.py HELP_ROWS).
    HELP_WHERE = "walk"
    BINDINGS = [
        # Priority: run as the key comes in, so the keys typed after it wait
        # for the first question (tui/holding.py), not for the button to press.
        Binding("enter", "start", N_("Start"), id="intro.start", priority=True),
        Binding("escape", "leave", N_("Back"), id="intro.back"),
        Binding("f1,question_mark", "app.keys", N_("Keys"), id="intro.keys"),
    ]

    class Started(Message):
        pass

    class Left(Message):
        pass

    def __init__(self, intro: str, count: str = "") -> None:
        """``count`` is the walk's length as toolmix.engine.estimate words it, e.g. "14–16 questions"."""
        super().__init__()
        self.intro = intro
        self.count = count

    def compose(self) -> ComposeResult:
        # Start under the text, never scrolled away with it: a long intro (or
        # a small terminal) scrolls in its own box above the button.
        with Vertical(id="intro-column"):
            with VerticalScroll(id="intro-body"):
                yield HelpText(id="intro-text")
                if self.count:
                    yield Static(self.count, id="intro-count", markup=False)
            yield Button(_("Start"), id="start", variant="primary")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(HelpText).show(self.intro)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_start()

    def action_start(self) -> None:
        hold_keys(self)  # what is typed next is for the first question
        self.post_message(self.Started())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Started on a tree, the intro is the first screen: nothing to go back to.
        if action == "leave":
            return len(self.app.screen_stack) > 1
        return True

    def action_leave(self) -> None:
        self.post_message(self.Left())
