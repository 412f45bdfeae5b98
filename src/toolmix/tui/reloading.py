"""The app's part that follows a tree file being written: ``toolmix TREE --watch``.

A mixin of :class:`~toolmix.tui.app.ToolmixApp`. Once a second it looks at
the file's size and time, and at those of its translation into the language
asked for; when they change it checks the tree again (in a worker thread) and
shows it translated, as it was shown at the start. A tree with problems is shown as problems, and the walk goes
on with the tree as it was; a tree that passes replaces it, the walk rebuilt
with every answer that still applies, as a resumed session is, and the
answers that no longer do named.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.worker import Worker, WorkerState

from toolmix.engine.session import Session
from toolmix.files.problem_line import problem_line
from toolmix.load.loader import CheckResult, LoadedTree, check_file
from toolmix.model.nodes import InfoNode
from toolmix.store.autosave import Saved
from toolmix.text.i18n import _, language, ngettext

if TYPE_CHECKING:
    from toolmix.tui.screens.question import QuestionScreen

#: Problems shown at once when the file does not pass; the rest are counted.
SHOWN = 6


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _signature(path: Path) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The tree file's time and size, and its translation's (None: no tree file)."""
    tree = _stat(path)
    if tree is None:
        return None
    lang = language()[0]
    if not lang:
        return tree, None
    from toolmix.load.translate.side import side_file

    return tree, _stat(side_file(path, lang))


def checked(path: Path) -> CheckResult:
    """The tree file checked, its tree in the language asked for where a side file gives it."""
    result = check_file(path)
    if result.tree is None:
        return result
    from toolmix.load.translate.side import translated

    return replace(result, tree=translated(result.tree))


def saved_form(session: Session) -> Saved:
    """The session as its autosave would hold it, to rebuild it on another tree."""
    answers = {**session.answers}
    answers.update({k: v for k, v in session.remembered.items() if v is not None})
    nodes = session.nodes
    read = [n for n in (*session.path, *session.remembered) if isinstance(nodes.get(n), InfoNode)]
    return Saved(answers, session.finished, list(session.path), read, dict(session.drafts))


class ReloadsTree(App[None]):
    """Watches the tree file and swaps in the new tree when it passes its checks."""

    loaded: LoadedTree | None
    session: Session | None
    question_screen: QuestionScreen | None

    if TYPE_CHECKING:

        def _tell_dropped(self, dropped: list[str]) -> None: ...
        def _show_result(self) -> None: ...
        def _save(self) -> None: ...
        def _show_step(self) -> None: ...

    def _watching(self, path: Path | None) -> None:
        """Set up (from ``__init__``): the file to follow, or None."""
        self.watched = path
        self._seen = _signature(path) if path is not None else None

    def start_watching(self) -> None:
        if self.watched is not None:
            self.set_interval(1.0, self.look_at_tree, name="watch")

    def look_at_tree(self) -> None:
        """Check the tree again if its file changed since the last look."""
        assert self.watched is not None
        now = _signature(self.watched)
        if now is None or now == self._seen:
            return
        self._seen = now
        path = self.watched
        self.run_worker(lambda: checked(path), thread=True, group="watch", exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "watch" or event.state != WorkerState.SUCCESS:
            return
        result = event.worker.result
        assert isinstance(result, CheckResult)
        if result.tree is None:
            self._show_problems(result)
        else:
            self._reload(result.tree)

    def _show_problems(self, result: CheckResult) -> None:
        errors = [p for p in result.problems if p.severity == "error"]
        lines = [problem_line(p) for p in errors[:SHOWN]]
        if len(errors) > SHOWN:
            more = len(errors) - SHOWN
            lines.append(
                ngettext(
                    "… and {n} more (toolmix validate shows them all)",
                    "… and {n} more (toolmix validate shows them all)",
                    more,
                ).format(n=more)
            )
        lines.append(_("The walk goes on with the tree as it was."))
        self.notify(
            "\n".join(lines),
            title=_("The tree file has problems"),
            severity="error",
            markup=False,
            timeout=20,
        )

    def _reload(self, loaded: LoadedTree) -> None:
        from toolmix.store.resume import restore

        if self.session is None or self.question_screen is None:  # not walking yet: nothing to keep
            self.loaded = loaded
            self.notify(_("Reloaded the tree."), title=_("Tree changed"), markup=False)
            return
        restored = restore(loaded, saved_form(self.session))
        self.loaded = loaded
        self.session = restored.session
        while len(self.screen_stack) > 1 and self.screen is not self.question_screen:
            self.pop_screen()
        self.question_screen.show_title(loaded.tree.title)
        self._save()
        self._show_step()
        if restored.session.finished:
            self._show_result()
        kept = _("Reloaded the tree; your answers are kept.")
        self.notify(kept, title=_("Tree changed"), markup=False)
        if restored.dropped:
            self._tell_dropped(restored.dropped)
