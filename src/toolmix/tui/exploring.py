"""The app's part that shows the result and explores it: what if, why not, what an hour buys.

A mixin of :class:`~toolmix.tui.app.ToolmixApp`, apart so the App stays a
router. The explorations are the engine's (:class:`~toolmix.engine.explorer.Explorer`,
made from a copy of the finished walk); the screens draw them. Nothing
changes until the person adopts an answer, which then goes through the
session's usual path (answer, replay, autosave) as if given on the question
screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from toolmix.engine.session import Session
from toolmix.text.i18n import _

if TYPE_CHECKING:
    from toolmix.engine.explorer import Explorer
    from toolmix.engine.selection import Mix
    from toolmix.engine.session import Change
    from toolmix.tui.screens.question import QuestionScreen
    from toolmix.tui.screens.result import ResultScreen
    from toolmix.tui.screens.what_if import Adopted


class ExploresResult(App[None]):
    """Shows the result with what it rests on, and the screens that explore it."""

    session: Session | None
    last_mix: Mix | None
    settings_path: Path | None
    question_screen: QuestionScreen | None
    #: The explorations of the result shown (None before the first result).
    explorer: Explorer | None = None

    if TYPE_CHECKING:

        def _moved(self, change: Change) -> None: ...

    def _show_result(self) -> None:
        assert self.session is not None
        from toolmix.engine.explorer import Explorer
        from toolmix.tui.screens.result import ResultScreen

        explorer = Explorer(self.session.loaded, self.session)
        self.explorer = explorer
        self.push_screen(ResultScreen(explorer.now, self.last_mix, explorer))
        self.last_mix = explorer.now

    def result_markdown(self) -> str:
        """The Markdown export of the result shown, with "What would change this plan"."""
        from toolmix.export.markdown import render

        assert self.explorer is not None
        return render(self.explorer.now, changes=self._changes_section())

    def _changes_section(self) -> list[str]:
        from toolmix.export.changes import section

        explorer = self.explorer
        assert explorer is not None
        return section(explorer.loaded, explorer.session, explorer.now)

    def on_result_screen_export_requested(self) -> None:
        from toolmix.load.discovery import installed
        from toolmix.tui.dialogs.dialog import open_dialog
        from toolmix.tui.dialogs.export import ExportDialog

        assert self.explorer is not None  # made with the result the screen shows

        def done(path: Path | None) -> None:
            if path is not None:
                self._remember_export_folder(path.parent)
                self.notify(_("Saved {path}").format(path=path), title=_("Exported"), markup=False)

        # The test case is offered to a tree's author: a tree opened by path, from
        # --trees, or watched, not one shipped or installed (newuser6 #10).
        loaded = self.explorer.loaded
        authors = getattr(self, "watched", None) is not None or not installed(loaded.source)
        dialog = ExportDialog(
            self.explorer.now,
            self._export_folder(),
            self._changes_section(),
            for_authors=authors,
        )
        open_dialog(self, dialog, done)

    def _export_folder(self) -> Path | None:
        """The last export's folder, if the settings keep one that is still there."""
        from toolmix.store.settings import export_folder

        return export_folder(self.settings_path) if self.settings_path is not None else None

    def _remember_export_folder(self, folder: Path) -> None:
        """The next export starts in ``folder``. A failure here is not the export's: it
        is said nowhere, and the next one starts in the current folder."""
        import contextlib

        from toolmix.model.problems import ToolmixError
        from toolmix.store.settings import remember_export_folder

        if self.settings_path is not None:
            with contextlib.suppress(ToolmixError):
                remember_export_folder(self.settings_path, folder)

    # --- exploring ------------------------------------------------------------------

    def on_result_screen_what_if_requested(self, event: ResultScreen.WhatIfRequested) -> None:
        from toolmix.tui.screens.what_if import WhatIfScreen

        assert self.explorer is not None
        self.push_screen(WhatIfScreen(self.explorer, event.question), self._adopt)

    def on_result_screen_why_not_requested(self, event: ResultScreen.WhyNotRequested) -> None:
        from toolmix.tui.screens.why_not import WhyNotScreen

        assert self.explorer is not None
        self.push_screen(WhyNotScreen(self.explorer, event.item))

    def on_result_screen_hours_requested(self) -> None:
        from toolmix.tui.dialogs.dialog import open_dialog
        from toolmix.tui.dialogs.hours import HoursDialog

        assert self.explorer is not None
        open_dialog(self, HoursDialog(self.explorer))

    def _adopt(self, chosen: Adopted) -> None:
        """The answer adopted in what if, given to the session as on the question screen.

        Tried on a copy first: were it refused, the walk and the result stay as
        they are. Then the result screen goes, the session goes back to the
        question and takes the answer (later answers replayed, the dropped ones
        named), the move is saved, and the new result or the question that needs
        an answer is shown.
        """
        if chosen is None or self.session is None:
            return
        from toolmix.engine.answer_checks import AnswerError

        question, value = chosen
        trial = self.session.fork()
        trial.jump_to(question)
        try:
            trial.answer(value)
        except AnswerError as exc:
            self.notify(exc.words, title=_("Not adopted"), severity="warning", markup=False)
            return
        while len(self.screen_stack) > 1 and self.screen is not self.question_screen:
            self.pop_screen()
        self.session.jump_to(question)
        self._moved(self.session.answer(value))
