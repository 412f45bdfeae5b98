"""The app's part that keeps things: the session file, the offer to resume, the settings.

A mixin of :class:`~toolmix.tui.app.ToolmixApp`, apart so the App stays a
router. Every move is saved at once (see toolmix.store.autosave), and what a
question shows but was not given yet (ticks, typing: toolmix.engine.drafts)
within DRAFT_SAVE_DELAY, and on quitting; a saved session, unfinished or
finished, is offered again when its tree is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree
from toolmix.model.problems import ToolmixError
from toolmix.store.autosave import Autosave, claim
from toolmix.store.settings import read_settings, save_settings
from toolmix.text.i18n import _
from toolmix.tui.safe import FilteredApp
from toolmix.tui.themes import THEMES

if TYPE_CHECKING:
    from textual.timer import Timer

    from toolmix.store.resume import Restored
    from toolmix.tui.screens.question_input import QuestionInput

#: Seconds from a tick or a key to the save that keeps it: a save is two fsyncs,
#: too many for every key, and a kill -9 loses at most this much typing.
DRAFT_SAVE_DELAY = 0.3


class KeepsSessions(FilteredApp):  # notifications filtered: they quote file names
    """Claims one session file per opened tree, offers what it held, saves every move."""

    session: Session | None
    question_screen: QuestionInput | None
    sessions_dir: Path | None
    #: False: each start keeps a session file of its own and is offered none.
    resume: bool
    settings_path: Path | None

    def _keeping(self, sessions_dir: Path | None, settings_path: Path | None, resume: bool) -> None:
        """Set up (from ``__init__``): read the settings, nothing claimed yet."""
        self.sessions_dir = sessions_dir
        self.settings_path = settings_path
        self.resume = resume
        self.autosave: Autosave | None = None
        #: The saved session the claimed file held, rebuilt (None: nothing to offer).
        self.saved: Restored | None = None
        self._claim_problems: list[str] = []
        self._autosave_warned = False
        #: The save of a draft to come (None: nothing unsaved).
        self._draft_timer: Timer | None = None
        self._settings_problem: str | None = None
        #: The person's keys (toolmix.tui.keymap), by binding id.
        self.keymap: dict[str, str] = {}
        for own in THEMES:  # before the settings, which may name one
            self.register_theme(own)
        if settings_path is not None:
            settings, self._settings_problem = read_settings(settings_path)
            theme = settings.get("theme")
            if isinstance(theme, str) and theme in self.available_themes:
                self.theme = theme
            self._use_keymap(settings.get("keymap"))

    def _use_keymap(self, value: object) -> None:
        from toolmix.tui.keymap import chosen_keymap

        self.keymap, problems = chosen_keymap(value)
        self.set_keymap(self.keymap)
        if problems:  # said with the settings' own problem, when the first screen is up
            self._settings_problem = "\n".join(filter(None, [self._settings_problem, *problems]))

    def _claim(self, loaded: LoadedTree, *, resume: bool | None = None) -> None:
        """Take this tree's session file (letting go of the last tree's) and read it.

        ``resume=False``: a file of its own, nothing offered (None: as the app was told).
        """
        self.saved = None
        self._claim_problems = []
        if self.autosave is not None:
            self.autosave.release()
            self.autosave = None
        if self.sessions_dir is None:
            return
        found = claim(self.sessions_dir, loaded.id, resume=self.resume and resume is not False)
        self.autosave = found.autosave
        self._claim_problems = found.problems
        if found.saved is not None:
            from toolmix.store.resume import restore

            self.saved = restore(loaded, found.saved)
        if found.held_elsewhere and (self.saved is None or not self.saved.worth_offering):
            self._claim_problems.append(
                _(
                    "This tree is open in another toolmix window. This window keeps a "
                    "session of its own; neither replaces the other's answers."
                )
            )

    def _offer_resume(self, resume: Callable[[Restored], None]) -> None:
        """Report unreadable files, then offer the saved session (unfinished, or its result)."""
        if self._settings_problem is not None:
            self._warn(_("Settings"), self._settings_problem, timeout=12)
            self._settings_problem = None
        for problem in self._claim_problems:
            self._warn(_("Saved session"), problem, timeout=12)
        saved = self.saved
        if saved is None or not saved.worth_offering:
            return
        from toolmix.store.resume import offer_words
        from toolmix.tui.dialogs.confirm import ConfirmDialog

        def answer(yes: bool | None) -> None:
            if yes:
                # After the dialog has gone, so the screen below is on top again.
                self.call_later(resume, saved)

        self.push_screen(ConfirmDialog(*offer_words(saved)), answer)

    def on_question_screen_drafted(self, event: QuestionInput.Drafted) -> None:
        """Keep what the question shows; saved a moment later (every key would be too many)."""
        session = self.session
        if session is None or session.current != event.node_id:
            return
        from toolmix.engine.drafts import keep_draft

        if keep_draft(session, event.node_id, event.value) and self._draft_timer is None:
            self._draft_timer = self.set_timer(DRAFT_SAVE_DELAY, self._save, name="draft")

    def _save(self) -> None:
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        if self.autosave is None or self.session is None:
            return
        try:
            self.autosave.save(self.session)
        except ToolmixError as exc:
            if not self._autosave_warned:
                self._autosave_warned = True
                message = _("Your answers could not be saved: {problem}").format(
                    problem=exc.problems[0].message
                )
                self._warn(_("Autosave"), message, timeout=10)

    def _warn(self, title: str, message: str, timeout: float = 8) -> None:
        self.notify(message, title=title, severity="warning", markup=False, timeout=timeout)

    async def action_quit(self) -> None:
        """Quit once the focused widget has handled the keys typed before Ctrl+Q.

        Ctrl+Q is a priority binding: it runs as the key comes in, while the
        field may still have the last keys to type ('Half typed [club' was
        kept as 'Half typed [c'). Queued behind them, the draft is whole.
        """
        focused = self.focused
        if focused is None:
            self.exit()
        else:
            focused.call_later(self._quit_with_draft)

    def _quit_with_draft(self) -> None:
        screen = self.question_screen
        if screen is not None and screen.is_attached:
            draft = screen.draft()
            if draft is not None and self.session is not None:
                from toolmix.engine.drafts import keep_draft

                if self.session.current == draft[0] and keep_draft(self.session, *draft):
                    self._save()
        self.exit()

    def on_unmount(self) -> None:
        if self._draft_timer is not None:  # quitting within the delay: what was typed is kept
            self._save()
        if self.autosave is not None:
            self.autosave.release()

    def watch_theme(self, theme: str) -> None:
        if self.settings_path is None:
            return
        settings, _problem = read_settings(self.settings_path)
        if settings.get("theme") == theme:
            return
        settings["theme"] = theme
        try:
            save_settings(self.settings_path, settings)
        except ToolmixError as exc:
            self._warn(_("Settings"), exc.problems[0].message)
