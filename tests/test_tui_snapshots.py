"""Snapshots of each screen (pytest-textual-snapshot). Update: pytest --snapshot-update."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from conftest import TREES
from conftest import UI_MAIN as MAIN
from pilot_walks import app_for, no_blink, snap
from toolmix.load import discovery
from toolmix.tui.app import make_app


def test_picker(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # The picker lists the shipped trees too: frozen copies stand in for them, so a
    # new version of the shipped content does not change this picture.
    monkeypatch.setattr(discovery, "shipped_trees_dir", lambda: TREES / "picker")
    monkeypatch.chdir(TREES.parent.parent)
    app = make_app(trees_dirs=["tests/trees"], sessions_dir=tmp_path / "sessions")
    assert snap(snap_compare, app, [])


def test_intro(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, app_for(MAIN, tmp_path), [])


def test_single_question(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, app_for(MAIN, tmp_path), ["enter", *"ACME", "enter"])


def test_single_question_80x24(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap(
        snap_compare, app_for(MAIN, tmp_path), ["enter", *"ACME", "enter", "down"], (80, 24)
    )


def test_multi_question(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # intro, empty name, shop, community, nearby, a list: "what else do you run", one ticked
    keys = ["enter", "enter", "1", "2", "1", "2", "3"]
    assert snap(snap_compare, app_for(MAIN, tmp_path), keys)


def test_number_question_with_an_error(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # intro, empty name, b2c, video, continue, on camera: yes -> hours
    keys = ["enter", "enter", "2", "1", "enter", "1"]

    async def before(pilot: Pilot[None]) -> None:
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        session = pilot.app.session  # type: ignore[attr-defined]
        assert session.current == "hours"
        pilot.app.screen.query_one("#number", Input).value = "99"
        await pilot.press("enter")
        await pilot.pause()
        await no_blink(pilot)

    assert snap_compare(
        app_for(TREES / "tiny.json", tmp_path), terminal_size=(100, 32), run_before=before
    )


def test_info_page(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # intro, empty name, a shop, "sell more": the page on relationships
    assert snap(snap_compare, app_for(MAIN, tmp_path), ["enter", "enter", "1", "5"])


RESULT_KEYS = [
    "enter",
    *"ACME",
    "enter",
    "2",
    "2",
    "1",
    "enter",
    "1",
    "enter",
    "1",
    "enter",
    "2",
    "enter",
]


def test_result(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, app_for(TREES / "tiny.json", tmp_path), RESULT_KEYS)


def test_export_dialog(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir("/")  # the file offered is in the current folder, shown in full
    assert snap(snap_compare, app_for(TREES / "tiny.json", tmp_path), [*RESULT_KEYS, "e"])


def test_help(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, app_for(TREES / "tiny.json", tmp_path), ["enter", "f1"])
