"""Issue 15.14: each browser connection is its own session, and exports are downloads.

The app each connection of ``toolmix serve`` runs (toolmix.tui.served), driven
by Pilot: it is not offered the answers a terminal session left, writes none
of its own into the user's folders, and an export is handed to the browser
with ``deliver_text`` instead of a file on the server.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest

from conftest import TREES
from pilot_walks import app_for, walk_to_result
from toolmix.export.changes import section
from toolmix.export.markdown import render
from toolmix.files.userdirs import sessions_dir, settings_file
from toolmix.load.loader import load_tree
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.dialogs.export import ExportDialog
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.served import connection_app


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


async def leave_a_terminal_session() -> list[Path]:
    """The person running the server answered one question in a terminal, then quit."""
    app = app_for(TREES / "tiny.json", Path("unused"))
    app.sessions_dir = sessions_dir()  # as 'toolmix tiny' in a terminal
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter")  # past the intro
        await pilot.pause()
        await pilot.press(*"ACME", "enter")
        await pilot.pause()
    saved = files_under(sessions_dir())
    assert saved  # there is something a visitor must not be offered
    return saved


async def test_a_visitor_is_not_offered_the_terminal_session(tmp_path: Path) -> None:
    saved = await leave_a_terminal_session()
    before = {p: p.read_bytes() for p in saved}
    with connection_app(load_tree(TREES / "tiny.json"), []) as app:
        own = app.sessions_dir
        assert own is not None and own != sessions_dir()
        assert own.stat().st_mode & 0o777 == 0o700
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            assert not isinstance(app.screen, ConfirmDialog)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
            assert app.session is not None and app.session.answers == {}
            await pilot.press(*"Visitor", "enter")
            await pilot.pause()
        assert files_under(own)  # the visitor's answers were kept, in its own folder
    assert not own.exists()  # and are gone with the connection
    assert {p: p.read_bytes() for p in files_under(sessions_dir())} == before
    assert not settings_file().exists()


async def test_two_connections_have_two_folders() -> None:
    tree = load_tree(TREES / "tiny.json")
    with connection_app(tree, []) as first, connection_app(tree, []) as second:
        assert first.sessions_dir != second.sessions_dir
        assert first.settings_path is None and second.settings_path is None


async def test_export_in_the_browser_is_a_download(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    delivered: list[dict[str, Any]] = []
    with connection_app(load_tree(TREES / "tiny.json"), []) as app:

        def deliver_text(path_or_file: io.StringIO, **options: Any) -> str:
            delivered.append({"text": path_or_file.read(), **options})
            return "key"

        told: list[str] = []
        monkeypatch.setattr(app, "deliver_text", deliver_text)
        monkeypatch.setattr(app, "notify", lambda message, **_: told.append(message))
        async with app.run_test(size=(100, 32)) as pilot:
            await walk_to_result(pilot, app)
            screen = app.screen
            assert isinstance(screen, ResultScreen)
            await pilot.press("e")
            await pilot.pause()
            assert not isinstance(app.screen, ExportDialog)  # no path typed on the server
            assert told == ["Sent to your browser as tiny-mix.md"]
            assert app.session is not None
            changes = section(app.session.loaded, app.session, screen.mix)
    # As the terminal's export: with "What would change this plan".
    assert changes and changes[0] == "## What would change this plan"
    expected = render(screen.mix, changes=changes)
    assert delivered == [{"text": expected, "save_filename": "tiny-mix.md"}]
    assert os.listdir(tmp_path) == []  # nothing written in the server's folder
