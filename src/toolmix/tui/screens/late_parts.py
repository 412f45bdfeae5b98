"""The question screen's parts mounted after the first frame, and keys held meanwhile.

Hidden, the choices, the option's help and the number row each made the first
frame slower (#choices and #number-row 10-15%, docs/performance.md): they are
mounted after it, or when a node needs them first. Keys that come while they
are being mounted, or while an answer is on its way to the app, are held and
replayed in order once the screen shows the node they are for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.css.query import NoMatches
from textual.widget import Widget
from textual.widgets import Input

from toolmix.model.tree import MultiNode, NumberNode, SingleNode
from toolmix.tui.widgets.choices import ChoiceList
from toolmix.tui.widgets.help_text import HelpText
from toolmix.tui.widgets.settled import SettledRow, SettledStatic

# At run time a plain mixin; type checkers see a Screen.
if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen[Any]
else:
    _Base = object


class LateParts(_Base):
    """Mix in before the screen class; the screen defines :meth:`show_current`."""

    #: Ids of the parts mounted after the first frame (or when a node needs them).
    LATE_PARTS = ("choices", "number-row")

    def init_late_parts(self) -> None:
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

    def show_current(self) -> None:
        raise NotImplementedError

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
            needed.append((HelpText(id="option-help"), "#hint"))
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
