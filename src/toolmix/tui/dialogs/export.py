"""The export dialog: the result as Markdown or JSON (or, for a tree's author, a test case).

It draws the path and the words it is given: where a typed path leads, and why
nothing can be written there, are :mod:`toolmix.export.to_file`'s, which also
writes (atomically, in a worker); the App offers the folder and remembers it.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Static
from textual.worker import Worker, WorkerState

from toolmix.engine.selection import Mix
from toolmix.export import to_file
from toolmix.files.outpath import shown
from toolmix.text.i18n import N_, _
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.dialogs.dialog import Dialog, open_dialog
from toolmix.tui.safe import literal
from toolmix.tui.widgets.field_input import FieldInput
from toolmix.tui.widgets.marked_button import MarkedButton


class ExportDialog(Dialog[Path | None]):
    """Write the result as Markdown (Enter) or JSON, atomically, asking before overwriting.

    The file name offered is the subject's and the tree's (``rosies-bakery-
    social-tool-mix.md``) in ``folder`` (the last export's, when the App knows
    one), shown in full. A path that cannot be written is refused in the
    dialog, in words; nothing else changes. Dismissed with the file written.
    """

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), id="export.cancel")]

    def __init__(
        self,
        mix: Mix,
        folder: Path | None = None,
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
        offered = to_file.offered_path(mix, folder)
        self.default_path = str(offered)
        #: Where a name typed alone (or a relative path) goes: the folder offered.
        self.folder = offered.parent

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export"):
            yield Static(Content(_("Export your mix")).stylize("bold"), classes="dialog-text")
            yield Static(_("File:"), classes="label")
            # Its keys in the order typed: Enter writes what was typed before it.
            yield FieldInput(self.default_path, id="path")
            yield Static(
                literal(
                    _("A name without a folder is saved in {folder}").format(
                        folder=shown(self.folder)
                    )
                ),
                id="export-hint",
            )
            yield Static(id="export-error")
            with Horizontal(classes="buttons"):
                yield MarkedButton("Markdown", id="md", variant="primary")
                yield MarkedButton("JSON", id="json")
                yield MarkedButton(_("Cancel"), id="cancel")
            # A test case is for whoever writes the tree, not for the person
            # whose mix it is: apart, under its own label, after Cancel; and only
            # for a tree being written (toolmix.tui.exploring says which).
            if not self.for_authors:
                return
            with Horizontal(id="for-authors"):
                yield Static(_("For tree authors:"), classes="label")
                tip = _("answers + x-expect, for toolmix test")
                yield MarkedButton(_("Test case"), id="case", tooltip=tip, compact=True)

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def show_error(self, message: str) -> None:
        self.query_one("#export-error", Static).update(
            Content.assemble(("! ", "bold $error"), literal(message))
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.export("md", event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "cancel":
            self.dismiss(None)
        elif event.button.id in ("md", "json", "case"):
            self.export(event.button.id)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def export(self, fmt: str, typed: str | None = None) -> None:
        """``typed``: the path as it was at the Enter (None: as the field holds it now)."""
        field = self.query_one("#path", Input)
        where = to_file.target(field.value if typed is None else typed, fmt, self.folder)
        if where.path is not None:
            field.value = str(where.path)
        if where.refusal is not None or where.path is None:
            self.show_error(where.refusal or "")
            return
        path = where.path
        if where.exists:

            def answer(overwrite: bool | None) -> None:
                if overwrite:
                    self._write(path, fmt, overwrite=True)

            open_dialog(
                self,
                ConfirmDialog(
                    _("{path} exists. Overwrite it?").format(path=shown(path)),
                    _("Overwrite"),
                    _("Cancel"),
                ),
                answer,
            )
            return
        self._write(path, fmt, overwrite=False)

    def _write(self, path: Path, fmt: str, *, overwrite: bool) -> None:
        mix, changes = self.mix, self.changes

        def write() -> to_file.Written:
            return to_file.write(mix, fmt, path, changes, overwrite=overwrite)

        self.query_one("#export-error", Static).update(_("Writing…"))
        self.run_worker(write, thread=True, exit_on_error=False, group="export", name="export")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "export":
            return
        if event.state == WorkerState.SUCCESS:
            written = event.worker.result
            assert isinstance(written, to_file.Written)
            if written.path is not None:
                self.dismiss(written.path)
            else:
                self.show_error(written.refusal or "")
        elif event.state == WorkerState.ERROR:  # not a refusal: a fault of toolmix's own
            self.show_error(_("Could not write the file: {error}").format(error=event.worker.error))
