"""Snapshots of the app in Spanish (issue 20): a question and a result, on tests/trees/tiny.json.

The tree is shown through tests/trees/tiny.es.json and the app's words
through the Spanish catalogues, as ``toolmix --lang es`` starts it. Update:
pytest --snapshot-update tests/test_tui_snapshots_spanish.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from conftest import TREES
from toolmix.load.loader import load_tree
from toolmix.load.translate.side import translated
from toolmix.text.i18n import use_language
from toolmix.tui.app import ToolmixApp, make_app


def spanish_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ToolmixApp:
    monkeypatch.setenv("TOOLMIX_LANG", "es")
    use_language("es")
    return make_app(translated(load_tree(TREES / "tiny.json")), sessions_dir=tmp_path / "s")


def snap(snap_compare, app: ToolmixApp, keys: list[str], size: tuple[int, int]) -> bool:  # type: ignore[no-untyped-def]
    async def before(pilot: Pilot[None]) -> None:
        for key in keys:
            if key.startswith("="):  # a value typed into the number field
                pilot.app.screen.query_one("#number", Input).value = key[1:]
                key = "enter"
            await pilot.press(key)
            await pilot.pause()
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return bool(snap_compare(app, terminal_size=size, run_before=before))


def test_a_multi_question_in_spanish_80x24(  # type: ignore[no-untyped-def]
    snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # intro, the name, People: "what can you make well", Photos ticked
    keys = ["enter", *"ACME", "enter", "2", "2"]
    assert snap(snap_compare, spanish_app(tmp_path, monkeypatch), keys, (80, 24))


def test_the_result_in_spanish(  # type: ignore[no-untyped-def]
    snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # People, Photos and Video, on camera, 3 hours, a website: the steady mix
    keys = ["enter", *"ACME", "enter", "2", "2", "1", "enter", "1", "=3", "1"]
    assert snap(snap_compare, spanish_app(tmp_path, monkeypatch), keys, (100, 32))
