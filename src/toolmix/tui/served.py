"""The app as ``toolmix serve`` runs it: one process for each browser connection.

textual-serve starts the command :func:`toolmix.tui.web.command` gives once per WebSocket
connection, so each process is one visitor's session, and it keeps to
itself: its autosave goes to a private folder of its own (created 0700 in the
system's temporary folder, removed when the connection ends), it reads and
writes no settings, and an export is sent to that visitor's browser as a
download (Textual's ``deliver_text``) instead of being written on the server.
No visitor is offered another's answers, or the answers of the person
running the server in a terminal.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from textual import on

from toolmix.files.problem_line import problem_line
from toolmix.load.loader import LoadedTree
from toolmix.text.i18n import _
from toolmix.tui.app import ToolmixApp
from toolmix.tui.screens.result import ResultScreen


class ServedApp(ToolmixApp):
    """The full-screen app for one browser connection; exports are downloads."""

    @on(ResultScreen.ExportRequested)
    def download(self, event: ResultScreen.ExportRequested) -> None:
        event.prevent_default()  # not ToolmixApp's dialog, which writes on the server
        screen = self.screen
        if not isinstance(screen, ResultScreen):
            return
        name = f"{screen.mix.tree.id}-mix.md"
        self.deliver_text(io.StringIO(self.result_markdown()), save_filename=name)
        sent = _("Sent to your browser as {name}").format(name=name)
        self.notify(sent, title=_("Exported"), markup=False, timeout=6)


@contextlib.contextmanager
def connection_app(tree: LoadedTree | None, trees_dirs: Sequence[str]) -> Iterator[ServedApp]:
    """The app for one connection, with a private autosave folder removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="toolmix-web-") as folder:
        yield ServedApp(tree, trees_dirs=trees_dirs, sessions_dir=Path(folder))


def main(argv: Sequence[str]) -> int:
    """Run the app for one connection: ``[--trees DIR]... [TREE]``."""
    import argparse

    from toolmix.load.discovery import resolve
    from toolmix.model.problems import ToolmixError
    from toolmix.text.clean import clean

    parser = argparse.ArgumentParser(prog="toolmix serve (one connection)")
    parser.add_argument("tree", nargs="?")
    parser.add_argument("--trees", action="append", default=[])
    args = parser.parse_args(argv)
    try:
        tree = resolve(args.tree, args.trees) if args.tree else None
    except ToolmixError as exc:
        for problem in exc.problems:
            print(clean(problem_line(problem)), file=sys.stderr)
        return 1
    with connection_app(tree, args.trees) as app:
        app.run()
    return 0
