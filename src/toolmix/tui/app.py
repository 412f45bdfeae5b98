"""The App: holds the session and routes between screens. Screens do the drawing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.screen import Screen

from toolmix.engine.answer_checks import AnswerError
from toolmix.engine.answer_words import change_notes
from toolmix.engine.session import Change, Session
from toolmix.engine.step import step_for
from toolmix.load.discovery import discover, in_language
from toolmix.load.loader import LoadedTree
from toolmix.text.i18n import N_, _
from toolmix.tui.holding import HoldsKeys
from toolmix.tui.keeping import KeepsSessions
from toolmix.tui.reloading import ReloadsTree
from toolmix.tui.reopening import ReopensResults
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.textual_words import TextualWords

if TYPE_CHECKING:  # imported where used: a start with a tree shows neither
    from toolmix.engine.selection import Mix
    from toolmix.store.resume import Restored
    from toolmix.tui.screens.picker import PickerScreen


class ToolmixApp(HoldsKeys, KeepsSessions, ReloadsTree, ReopensResults, TextualWords):
    """Walk a tree one question at a time and end on the recommended mix."""

    #: Every screen's sheet (each beside its module), listed here once and
    #: read at the start. Textual does not read the CSS_PATH of the screen
    #: from get_default_screen(), and a screen's own CSS_PATH read when it is
    #: first pushed makes Textual parse every sheet again and restyle every
    #: widget of every screen.
    CSS_PATH = [
        "app.tcss",
        "screens/picker.tcss",
        "screens/intro.tcss",
        "screens/question.tcss",
        "dialogs/dialog.tcss",
        "dialogs/export.tcss",
        "dialogs/hours.tcss",
        "screens/result.tcss",
        "screens/what_if.tcss",
        "screens/why_not.tcss",
    ]
    TITLE = "toolmix"
    BINDINGS = [
        Binding("ctrl+q", "quit", N_("Quit"), id="app.quit", priority=True),
    ]

    def __init__(
        self,
        tree: LoadedTree | None = None,
        *,
        trees_dirs: Sequence[str | Path] = (),
        sessions_dir: Path | None = None,
        settings_path: Path | None = None,
        resume: bool = True,
        watch: Path | None = None,
        results_dir: Path | None = None,
        opened: Session | None = None,
    ) -> None:
        super().__init__()
        self.loaded = tree
        self.trees_dirs = list(trees_dirs)
        self.session: Session | None = None
        self.question_screen: QuestionScreen | None = None
        self.last_mix: Mix | None = None
        self._keeping(sessions_dir, settings_path, resume)
        self._reopening(results_dir, opened)
        self._watching(watch)

    # --- starting -------------------------------------------------------------------

    def get_default_screen(self) -> Screen[None]:
        opened = self._opened_screen()
        if opened is not None:
            return opened
        if self.loaded is None:
            from toolmix.tui.screens.picker import PickerScreen

            catalogue = in_language(discover(self.trees_dirs))
            working = [f.tree for f in catalogue.trees if f.tree is not None]
            return PickerScreen(catalogue, self.last_results(working))
        return self._start_screen(self._new_session(self.loaded))

    def on_mount(self) -> None:
        if self.loaded is not None:
            self._offer_resume(self._resume)
            self._show_opened()
        self.start_watching()

    def _new_session(self, loaded: LoadedTree) -> Session:
        self.loaded = loaded
        self.session = Session(loaded)
        self.last_mix = None
        self._claim(loaded)
        return self.session

    def _start_screen(self, session: Session) -> Screen[None]:
        intro = session.tree.intro
        if intro and not session.answers:
            from toolmix.engine.estimate import questions_text, tree_range
            from toolmix.tui.screens.intro import IntroScreen

            return IntroScreen(intro, questions_text(*tree_range(session.loaded)))
        return self._question_screen_for(session)

    def _question_screen_for(self, session: Session) -> QuestionScreen:
        self.question_screen = QuestionScreen(session.tree.title, step_for(session))
        self.hold_keys()  # until it has shown its first node (tui/holding.py)
        return self.question_screen

    def _show_step(self) -> None:
        """The question screen draws the current node (unless the result is shown instead)."""
        assert self.session is not None and self.question_screen is not None
        if not self.session.finished:
            self.question_screen.show_step(step_for(self.session))

    def _resume(self, restored: Restored) -> None:
        session = restored.session
        self.session = session
        if restored.dropped or restored.trimmed:
            self._tell_dropped(restored.dropped, restored.trimmed)
        if not isinstance(self.screen, QuestionScreen):  # the intro
            self.push_screen(self._question_screen_for(session))
        elif self.question_screen is not None:
            self._show_step()
        if session.finished:  # a result offered again: shown over the question screen
            self._show_result()

    def on_picker_screen_chosen(self, event: PickerScreen.Chosen) -> None:
        assert event.found.tree is not None
        if event.last is not None:
            self.open_last_result(event.found.tree, event.last)
            return
        self.push_screen(self._start_screen(self._new_session(event.found.tree)))
        self._offer_resume(self._resume)

    def on_intro_screen_started(self) -> None:
        assert self.session is not None
        self.push_screen(self._question_screen_for(self.session))

    def on_intro_screen_left(self) -> None:
        if len(self.screen_stack) > 1:
            self.pop_screen()

    # --- walking --------------------------------------------------------------------

    def on_question_screen_answered(self, event: QuestionScreen.Answered) -> None:
        assert self.session is not None and self.question_screen is not None
        try:
            change = self.session.answer(event.value)
        except AnswerError as exc:
            self.question_screen.show_problem(exc.words)
            return
        self._moved(change)

    def on_question_screen_continued(self) -> None:
        assert self.session is not None
        self._moved(self.session.proceed())

    def _moved(self, change: Change) -> None:
        assert self.session is not None and self.question_screen is not None
        self._save()
        if change.dropped or change.trimmed:
            if self.session.finished:
                self._tell_dropped(change.dropped, change.trimmed)
            else:  # on the question screen, above the question: no toast over the options
                notes = change_notes(self.session.nodes, change.dropped, change.trimmed)
                self.question_screen.show_notice(notes)
        if self.session.finished:
            self._show_result()
        else:
            self._show_step()

    def _tell_dropped(
        self, dropped: list[str], trimmed: dict[str, list[str]] | None = None
    ) -> None:
        assert self.session is not None
        notes = change_notes(self.session.nodes, dropped, trimmed or {})
        self.notify(
            "\n".join(notes),
            title=_("Answers dropped"),
            severity="warning",
            markup=False,
            timeout=8,
        )

    def on_question_screen_back_requested(self) -> None:
        assert self.session is not None and self.question_screen is not None
        if self.session.back():
            self._save()
            self._show_step()
        elif len(self.screen_stack) > 1:
            self.pop_screen()

    def on_question_screen_jump_requested(self, event: QuestionScreen.JumpRequested) -> None:
        assert self.session is not None and self.question_screen is not None
        self.session.jump_to(event.node_id)
        self._save()
        self._show_step()

    # --- the result -----------------------------------------------------------------

    def on_result_screen_back_requested(self) -> None:
        assert self.session is not None and self.question_screen is not None
        self.pop_screen()
        self.session.back()
        self._save()
        self._show_step()

    def on_result_screen_restart_requested(self) -> None:
        """Ask first; the saved answers stay until the new walk saves its first answer."""
        from toolmix.tui.dialogs.confirm import ConfirmDialog
        from toolmix.tui.dialogs.dialog import open_dialog

        def answer(restart: bool | None) -> None:
            assert self.session is not None and self.question_screen is not None
            if restart:
                self.pop_screen()
                self.session.restart()
                # A new walk, often for another business: its result is not
                # "since" this one (newuser5 #5). Kept results stay kept.
                self.last_mix = None
                self._show_step()

        question = _("Start over with no answers? Your answers stay saved until you answer again.")
        open_dialog(self, ConfirmDialog(question, _("Start over"), _("Cancel")), answer)

    # --- help ----------------------------------------------------------------------

    def action_keys(self) -> None:
        from toolmix.tui.dialogs.dialog import open_dialog
        from toolmix.tui.dialogs.help import HelpDialog

        if not isinstance(self.screen, HelpDialog):
            # The keys of the screen it is opened on (a dialog's: all of them).
            open_dialog(self, HelpDialog(self.keymap, getattr(self.screen, "HELP_WHERE", None)))


def make_app(
    tree: LoadedTree | None = None,
    *,
    trees_dirs: Sequence[str | Path] = (),
    sessions_dir: Path | None = None,
    settings_path: Path | None = None,
    resume: bool = True,
    watch: Path | None = None,
    results_dir: Path | None = None,
    opened: Session | None = None,
) -> ToolmixApp:
    """The one factory used by the CLI, the Pilot tests and the snapshot tests.

    ``sessions_dir`` None keeps no session; ``resume=False`` keeps one in a
    file of its own and offers none saved before (see toolmix.store.autosave);
    ``watch`` is the tree file to follow (toolmix.tui.reloading); ``results_dir``
    keeps each tree's last result, which the picker offers; ``opened``, a finished
    walk, starts the app on its result (toolmix.tui.reopening).
    """
    return ToolmixApp(
        tree,
        trees_dirs=trees_dirs,
        sessions_dir=sessions_dir,
        settings_path=settings_path,
        resume=resume,
        watch=watch,
        results_dir=results_dir,
        opened=opened,
    )


__all__ = ["ToolmixApp", "make_app"]
