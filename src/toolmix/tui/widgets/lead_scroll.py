"""Text above a button that scrolls, rather than push the button off the screen."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message

from toolmix.text.i18n import N_
from toolmix.tui.widgets.content_cap import cap_at_content


class LeadScroll(VerticalScroll):
    """A question's text and help; most fit, and then it neither scrolls nor takes focus.

    A help longer than its share of the screen (question.tcss caps it) scrolls
    here, beside the list rather than around it, and only then can Tab
    reach it to scroll it by keys; Enter there does what Continue does.

    On an info page (:meth:`fit_body`) the body has the rows the column
    leaves (1fr in question.tcss), capped at its own lines: a short body
    keeps Continue right under it, a long one fills the column and scrolls,
    Continue still in view below.
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

    _fitting = False
    _capped = False

    def fit_body(self, on: bool) -> None:
        """Cap the height at the body's lines (on an info page), or leave it to the CSS.

        Measured once the new body is laid out: until then Textual's layout of
        this container is the last node's. The frame between shows the body
        with every free row, never cut.
        """
        self._fitting = on
        if self._capped:
            self._capped = False
            self.styles.max_height = None  # the stylesheet's
        if on:
            self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        # As wide as it is, with no scrollbar: a body that fits has none.
        if self._fitting and cap_at_content(self, self.size.width - self.styles.gutter.width):
            self._capped = True

    def on_resize(self) -> None:
        self._fit()

    def allow_focus(self) -> bool:
        return self.max_scroll_y > 0

    def action_confirm(self) -> None:
        self.post_message(self.Confirmed())


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
