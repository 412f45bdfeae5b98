"""Snapshots at 80x24 of what issue 15 found hidden there (tests/trees/layout).

Update: pytest tests/test_tui_snapshots_80x24.py --snapshot-update
"""

from __future__ import annotations

from textual.pilot import Pilot

from conftest import TREES
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app

LONG = TREES / "layout" / "long-multi.json"


def snap_long(snap_compare, tmp_path, keys: list[str]) -> bool:  # type: ignore[no-untyped-def]
    async def before(pilot: Pilot[None]) -> None:
        # Once the first question is shown: a pick typed before it picks nothing
        # (docs/quickstart.md, "You can type ahead").
        await pilot.pause()
        await pilot.press("1")  # nearby
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()

    app = make_app(load_tree(LONG), sessions_dir=tmp_path / "sessions")
    return bool(snap_compare(app, terminal_size=(80, 24), run_before=before))


def test_a_long_multi_scrolled_to_its_end(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert snap_long(snap_compare, tmp_path, ["1", *["down"] * 12, "space"])


def test_the_result_with_what_was_also_considered(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keys = [*"1234567", "enter", "enter", "m", *["down"] * 6]  # m: the mix's tab
    assert snap_long(snap_compare, tmp_path, keys)


def test_a_changed_answer_says_which_ticks_went(snap_compare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keys = ["1", *["down"] * 11, "space", "enter", "escape", "escape", "2"]
    assert snap_long(snap_compare, tmp_path, keys)
