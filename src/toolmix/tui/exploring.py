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

if TYPE_CHECKING:
    from toolmix.engine.explorer import Explorer
    from toolmix.engine.selection import Mix


class ExploresResult(App[None]):
    """Shows the result with what it rests on, and the screens that explore it."""

    session: Session | None
    last_mix: Mix | None
    settings_path: Path | None
    #: The explorations of the result shown (None before the first result).
    explorer: Explorer | None = None

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
        return section(explorer.loaded, explorer.walk, explorer.now)

    def on_result_screen_export_requested(self) -> None:
        from toolmix.tui.dialogs.export import ExportDialog

        assert self.explorer is not None  # made with the result the screen shows

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Saved {path}", title="Exported", markup=False)

        dialog = ExportDialog(self.explorer.now, self.settings_path, self._changes_section())
        self.push_screen(dialog, done)
