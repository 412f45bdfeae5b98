"""Snapshots of what if on the tiny test tree. Update: pytest tests/test_tui_snapshots_explore.py --snapshot-update"""

from __future__ import annotations

from pathlib import Path

from conftest import TREES
from pilot_walks import STEADY, app_for, snap

TINY = TREES / "tiny.json"


def test_what_if_with_a_typed_number_80x24(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The hours (What matters most, second); Tab to the number field; 6 typed and shown.
    keys = [*STEADY, "2", "tab", "6", "enter"]
    assert snap(snap_compare, app_for(TINY, tmp_path), keys, (80, 24))


def test_what_if_an_answer_that_needs_another(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # What can you make well?: ticking Video too asks whether you are comfortable on camera.
    keys = [*STEADY, "w", "down", "enter"]
    assert snap(snap_compare, app_for(TINY, tmp_path), keys)
