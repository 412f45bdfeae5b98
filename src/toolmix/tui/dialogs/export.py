"""The export dialog: the result as Markdown or JSON (or, for a tree's author, a test case),
written atomically."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Static
from textual.worker import Worker, WorkerState

from toolmix.engine.selection import Mix
from toolmix.files.atomic import write_text_atomic
from toolmix.files.outpath import TargetExists, check_target, expand, export_file_name, shown
from toolmix.model.problems import ToolmixError
from toolmix.store.settings import export_folder, remember_export_folder
from toolmix.text.i18n import N_, _
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.dialogs.dialog import Dialog
from toolmix.tui.safe import literal


class ExportDialog(Dialog[Path | None]):
    """Write the result as Markdown (Enter) or JSON, atomically, asking before overwriting.

    The file name offered is the subject's and the tree's (``rosies-bakery-
    social-tool-mix.md``) in ``folder``, shown in full. A path that cannot be
    written is refused in the dialog, in words; nothing else changes.
    """

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), id="export.cancel")]

    def __init__(
        self,
        mix: Mix,
        settings_path: Path | None = None,
        changes: list[str] | None = None,
        *,
        for_authors: bool = True,
    ) -> None:
        super().__init__()
        self.mix = mix
        #: Offer the test case (toolmix test's answers + x-expect): not to the
        #: person using a shipped or installed tree, who has no use for it.
        self.for_authors = for_authors
        #: The Markdown's "What would change this plan" (toolmix.export.changes).
        self.changes = changes
        self.settings_path = settings_path
        subject = mix.tree.result.subject
        name = export_file_name(mix.tree.id, mix.answers.get(subject) if subject else None, ".md")
        self.default_path = str(self._folder() / name)

    def _folder(self) -> Path:
        """The last export's folder, else the one toolmix was started in, else home."""
        kept = export_folder(self.settings_path) if self.settings_path is not None else None
        try:
            return kept or Path.cwd()
        except OSError:  # the current folder was removed
            return Path.home()

    def _remember(self, path: Path | None) -> None:
        if self.settings_path is None or path is None:
            return
        # A failure here is not the export's: the next one starts in the current folder.
        with contextlib.suppress(ToolmixError):
            remember_export_folder(self.settings_path, path.parent)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export"):
            yield Static(Content(_("Export your mix")).stylize("bold"), classes="dialog-text")
            yield Static(_("File:"), classes="label")
            yield Input(self.default_path, id="path")
            yield Static(id="export-error")
            with Horizontal(classes="buttons"):
                yield Button("Markdown", id="md", variant="primary")
                yield Button("JSON", id="json")
                yield Button(_("Cancel"), id="cancel")
            # A test case is for whoever writes the tree, not for the person
            # whose mix it is: apart, under its own label, after Cancel; and only
            # for a tree being written (toolmix.tui.exploring says which).
            if not self.for_authors:
                return
            with Horizontal(id="for-authors"):
                yield Static(_("For tree authors:"), classes="label")
                tip = _("answers + x-expect, for toolmix test")
                yield Button(_("Test case"), id="case", tooltip=tip, compact=True)

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def show_error(self, message: str) -> None:
        self.query_one("#export-error", Static).update(
            Content.assemble(("! ", "bold $error"), literal(message))
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.export("md")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "cancel":
            self.dismiss(None)
        elif event.button.id in ("md", "json", "case"):
            self.export(event.button.id)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def export(self, fmt: str) -> None:
        field = self.query_one("#path", Input)
        raw = field.value.strip()
        if not raw:
            self.show_error(_("Type a file name first."))
            return
        try:
            path = Path(os.path.abspath(expand(raw)))
            path = self._named_for(path, fmt)
            field.value = str(path)
            exists = check_target(path, overwrite=True) is not None
        except ToolmixError as exc:
            self.show_error(exc.problems[0].message)
            return
        if exists:

            def answer(overwrite: bool | None) -> None:
                if overwrite:
                    self._write(path, fmt, overwrite=True)

            self.app.push_screen(
                ConfirmDialog(
                    _("{path} exists. Overwrite it?").format(path=shown(path)),
                    _("Overwrite"),
                    _("Cancel"),
                ),
                answer,
            )
            return
        self._write(path, fmt, overwrite=False)

    @staticmethod
    def _named_for(path: Path, fmt: str) -> Path:
        """The offered name, changed to what is written: .md, .json, or -case.json for a case."""
        stem = path.name.removesuffix(".md").removesuffix(".json").removesuffix("-case")
        if path.suffix not in (".md", ".json"):
            return path
        ending = {"md": ".md", "json": ".json", "case": "-case.json"}[fmt]
        return path.with_name(stem + ending)

    def _write(self, path: Path, fmt: str, *, overwrite: bool) -> None:
        mix = self.mix

        def write() -> Path:
            if fmt == "case":
                from toolmix.engine.cases import case_from
                from toolmix.text.output import json_text

                text = json_text(case_from(mix)) + "\n"
            elif fmt == "json":
                from toolmix.export.json_result import result_json

                text = result_json(mix)
            else:
                from toolmix.export.markdown import render

                text = render(mix, changes=self.changes)
            return write_text_atomic(path, text, overwrite=overwrite)

        self.query_one("#export-error", Static).update(_("Writing…"))
        self.run_worker(write, thread=True, exit_on_error=False, group="export", name="export")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "export":
            return
        if event.state == WorkerState.SUCCESS:
            self._remember(event.worker.result)
            self.dismiss(event.worker.result)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            if isinstance(error, TargetExists):  # made between the check and the write
                self.show_error(
                    _("That file exists now. Export again to be asked about replacing it.")
                )
            elif isinstance(error, ToolmixError):
                self.show_error(error.problems[0].message)
            else:
                self.show_error(_("Could not write the file: {error}").format(error=error))
