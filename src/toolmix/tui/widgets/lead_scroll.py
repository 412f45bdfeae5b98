"""Text above a button that scrolls, rather than push the button off the screen."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.visual import VisualType
from textual.widget import Widget
from textual.widgets import Static

from toolmix.text.i18n import N_
from toolmix.tui.widgets.choice_prompt import CURSOR_MARK


class LeadScroll(VerticalScroll):
    """A question's text and help; most fit, and then it neither scrolls nor takes focus.

    A help longer than its share of the screen (question.tcss caps it) scrolls
    here, beside the list rather than around it, and only then can Tab
    reach it to scroll it by keys; Enter there does what Continue does.

    On an info page it is the body: as tall as its lines, at most the rows the
    column leaves (question.tcss), so a long one scrolls with Continue in view.
    """

    DEFAULT_CSS = """
    LeadScroll {
        height: auto;
        scrollbar-size-vertical: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "confirm", N_("Continue"), show=False, id="lead.continue"),
    ]

    class Confirmed(Message):
        """Enter in the body: the screen continues, as its Continue would."""

    def allow_focus(self) -> bool:
        return self.max_scroll_y > 0

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        # A question's lead, reached by Tab, says so without colour: newuser7 #8 pressed
        # Tab, Home, Down, Enter to change an answer, and Enter here chose the option.
        if not (isinstance(self.parent, Widget) and self.parent.has_class("-info")):
            for text in self.query(LeadText):
                text.mark(has_focus)

    def action_confirm(self) -> None:
        self.post_message(self.Confirmed())


class LeadText(Static):
    """The question at the top of its lead: "> " before it while the lead has the
    focus (only a long help lets it), as the focused list's entry has."""

    _shown: VisualType = ""
    _marked = False

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        self._shown = content
        if self._marked and isinstance(content, Content):
            content = Content.assemble(CURSOR_MARK, content)
        super().update(content, layout=layout)

    def mark(self, on: bool) -> None:
        if on != self._marked:
            self._marked = on
            self.update(self._shown)


class HintScroll(VerticalScroll):
    """The hint under a field (the allowed numbers, the tree's labelled ranges),
    capped by the stylesheet so that Continue stays on screen: a longer one
    scrolls, and only then can Tab reach it to scroll it by keys; Enter there
    continues (newuser6 #10: at 80x24 seven ranges pushed Continue off the screen)."""

    DEFAULT_CSS = """
    HintScroll {
        height: auto;
        scrollbar-size-vertical: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "confirm", N_("Continue"), show=False, id="lead.continue"),
    ]

    def allow_focus(self) -> bool:
        return self.max_scroll_y > 0

    def action_confirm(self) -> None:
        """Enter here does what Continue does, as in the lead."""
        self.post_message(LeadScroll.Confirmed())
