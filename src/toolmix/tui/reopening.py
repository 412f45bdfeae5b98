"""The app's part that opens a result again: ``toolmix TREE --answers F`` and the picker's
"last result", and that keeps each finished result for the picker to offer.

A mixin of :class:`~toolmix.tui.app.ToolmixApp`, apart so the App stays a router.
Showing a result (:meth:`ExploresResult._show_result`) is extended here: the
result shown is also kept (:mod:`toolmix.store.results`). A walk opened on a
result takes a session file of its own, so the walk the person left
unfinished is never written over; it is offered again next time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree
from toolmix.model.problems import ToolmixError
from toolmix.text.i18n import _
from toolmix.tui.exploring import ExploresResult

if TYPE_CHECKING:
    from textual.screen import Screen

    from toolmix.store.results import LastResult
    from toolmix.tui.screens.question import QuestionScreen


class ReopensResults(ExploresResult):
    """Opens the app on a finished walk, and keeps the last result of each tree."""

    loaded: LoadedTree | None
    #: Where each tree's last result is kept; None: none kept, none offered.
    results_dir: Path | None
    #: The finished walk to open on (``toolmix TREE --answers F``); None: a usual start.
    opened: Session | None

    def _reopening(self, results_dir: Path | None, opened: Session | None) -> None:
        """Set up (from ``__init__``)."""
        self.results_dir = results_dir
        self.opened = opened
        self._keep_warned = False

    if TYPE_CHECKING:  # the App's and KeepsSessions'

        def _question_screen_for(self, session: Session) -> QuestionScreen: ...
        def _claim(self, loaded: LoadedTree, *, resume: bool | None = None) -> None: ...

    def _take(self, session: Session) -> None:
        """Make ``session`` the app's, in a session file of its own (nothing offered)."""
        self.loaded = session.loaded
        self.last_mix = None
        self._claim(session.loaded, resume=False)
        self.session = session

    def _opened_screen(self) -> Screen[None] | None:
        """The first screen when the app starts on a finished walk: its questions, under the result."""
        if self.opened is None:
            return None
        self._take(self.opened)
        return self._question_screen_for(self.opened)

    def _show_opened(self) -> None:
        """Once mounted: the result of the walk the app was opened on."""
        if self.opened is not None:
            self.opened = None
            self._show_result()

    def last_results(self, trees: list[LoadedTree]) -> dict[str, LastResult]:
        """The kept result of each of ``trees`` that has one, by tree id."""
        if self.results_dir is None:
            return {}
        from toolmix.store.results import last_result

        found = {}
        for loaded in trees:
            kept = last_result(self.results_dir, loaded.id, loaded.tree)
            if kept is not None:
                found[loaded.id] = kept
        return found

    def open_last_result(self, loaded: LoadedTree, kept: LastResult) -> None:
        """The picker's "last result": the tree walked with those answers, on its result."""
        from toolmix.engine.answers_file import read_answers, replay

        try:
            session, warnings = replay(loaded, read_answers(kept.path))
        except ToolmixError as exc:
            self.notify(
                _("It no longer fits the tree: {problem}").format(problem=exc.problems[0].message),
                title=_("Last result"),
                severity="error",
                markup=False,
                timeout=10,
            )
            return
        self._take(session)
        self.push_screen(self._question_screen_for(session))
        self._show_result()
        if warnings:
            self.notify(
                "\n".join(warnings), title=_("Last result"), severity="warning", markup=False
            )

    def _show_result(self) -> None:
        super()._show_result()
        self._keep_result()

    def _keep_result(self) -> None:
        if self.results_dir is None or self.last_mix is None:
            return
        from toolmix.store.results import keep_result

        try:
            keep_result(self.results_dir, self.last_mix)
        except ToolmixError as exc:
            if not self._keep_warned:
                self._keep_warned = True
                message = _("The result could not be kept: {problem}").format(
                    problem=exc.problems[0].message
                )
                self.notify(
                    message, title=_("Last result"), severity="warning", markup=False, timeout=10
                )
