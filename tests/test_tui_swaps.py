"""What matters most and what another hour buys, on screen, for a walk that keeps
places it runs (tests/trees/explore/kept-or-new.json; newuser6 findings 2 and 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from conftest import HERE, KEPT_OR_NEW, RUNS_BOTH, SHIPPED, matters_lines
from pilot_walks import SIZES, press
from toolmix.engine.answers_file import AnswersFile, read_answers, replay
from toolmix.engine.selection import choose
from toolmix.engine.sensitivity import effect_words, hours_leaving, hours_table, what_matters
from toolmix.engine.swaps import swap_words
from toolmix.load.loader import load_tree
from toolmix.text.words import format_hours
from toolmix.tui.app import make_app
from toolmix.tui.dialogs.hours import HoursDialog
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.screens.what_if import WhatIfScreen
from toolmix.tui.widgets.content_list import ContentList


def opened(tmp_path: Path, **changes: object):  # type: ignore[no-untyped-def]
    loaded = load_tree(KEPT_OR_NEW)
    session, _ = replay(loaded, AnswersFile(loaded.id, {**RUNS_BOTH, **changes}))
    app = make_app(loaded, sessions_dir=tmp_path / "sessions", opened=session)
    return app, loaded, session, choose(loaded.tree, session.answered_path())


@pytest.mark.parametrize("size", [(80, 24), (160, 40)], ids=str)
async def test_swapping_kept_places_for_new_ones_does_not_lead(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app, loaded, session, mix = opened(tmp_path)
    expected = what_matters(loaded, session, mix)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        rows = matters_lines(screen)[1:]
    # Each line as the engine ranks and words it (cut short on a narrow screen); the
    # swap of both kept places ("Nothing yet") is not among them.
    assert len(rows) == len(expected) == 3
    for n, (row, change) in enumerate(zip(rows, expected, strict=True), 1):
        text = getattr(loaded.tree.nodes[change.question], "text", "")
        assert row.startswith(f" {n} {text}")
        assert row.endswith(effect_words(change)) or (size[0] < 100 and row.endswith("…"))
    assert rows[0].startswith(" 1 How many hours a week?")
    assert not any("What do you run already?" in row for row in rows)


async def test_a_swap_is_worded_as_starting_anew(tmp_path: Path) -> None:
    """Running the group chat: starting it anew instead is worded once, not as a join and
    a leave. Running nothing, ticking a place is no change to rank (a claim, docs/explore.md)."""
    app, *_walk = opened(tmp_path, already=["chat"], letter="yes", hours=1)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        rows = matters_lines(app.screen)[1:]
    line = next(row for row in rows if "What do you run already?" in row)
    assert line.endswith(
        "with Nothing yet: Tips would leave; "
        "you would start A group chat new instead of keeping yours"
    )
    app, *_walk = opened(tmp_path, already=["nothing"], letter="yes", hours=1)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        rows = matters_lines(app.screen)[1:]
    assert rows and not any("What do you run already?" in row for row in rows)


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_more_hours_say_why_a_tool_leaves(tmp_path: Path, size: tuple[int, int]) -> None:
    app, loaded, session, mix = opened(tmp_path)
    rows = hours_table(loaded, session, mix)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await press(pilot, "h")
        dialog = app.screen
        assert isinstance(dialog, HoursDialog)
        table = dialog.query_one("#hours-table", Static)
        lines = str(table.render()).splitlines()
        region = table.region
        assert region.bottom <= size[1] and region.right <= size[0]
    assert [line.split(maxsplit=1)[1] for line in lines[1 : 1 + len(rows)]] == [
        "the same mix",
        "+ Scheduler  - Templates",
        "+ Scheduler  - Templates",
        "+ Scheduler  - Templates",
    ]
    why = lines[1 + len(rows) : -1]
    assert why == hours_leaving(rows)
    assert why == [
        "At 4, 5 and 6 hours, Templates would leave: Scheduler takes its place "
        "(the plan takes one of “Helpers” at a time)."
    ]
    assert lines[-1] == "Now: 3 hours a week."


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_what_if_says_a_swap_once(tmp_path: Path, size: tuple[int, int]) -> None:
    """What if on 'What do you run already?': "Nothing yet" starts both places new,
    said once (=), not as two items joining and their twins leaving."""
    app, *_walk = opened(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await press(pilot, "w")
        screen = app.screen
        assert isinstance(screen, WhatIfScreen)
        assert screen.question == "already"
        entries = [c.plain for c in screen.query_one("#alternatives", ContentList).entries]
        region = screen.query_one("#alternatives").region
        assert region.right <= size[0]
    by_answer = {o.label: e.splitlines() for o, e in zip(screen.options, entries, strict=True)}
    nothing = by_answer["Nothing yet"]
    assert "= you would start A Page and A group chat new instead of keeping yours" in nothing
    assert not any(line.startswith(("+ ", "- ")) for line in nothing)
    assert "The same items" not in nothing
    # The Page toggled off (the answer is then the chat alone): the Page would start new.
    assert "= you would start A Page new instead of keeping yours" in by_answer["A group chat"]
    assert "= you would start A group chat new instead of keeping yours" in by_answer["A Page"]


async def test_the_hours_dialog_says_a_twin_swap_once(tmp_path: Path) -> None:
    """newuser7: at 0.5 h the hours table showed a kept place's light form joining
    and the place leaving; it says the swap once (=), as What if does."""
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    for path in sorted((HERE / "personas").glob("*.json")):
        session, _ = replay(loaded, read_answers(path))
        mix = choose(loaded.tree, session.answered_path())
        swapped = [(h, c) for h, c in hours_table(loaded, session, mix) if c.swaps]
        if swapped:
            break
    assert swapped  # the shipped tree has light forms of kept places
    hours, change = swapped[0]
    app = make_app(loaded, sessions_dir=tmp_path / "sessions", opened=session)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await press(pilot, "h")
        assert isinstance(app.screen, HoursDialog)
        lines = str(app.screen.query_one("#hours-table", Static).render()).splitlines()
    row = next(line for line in lines if line.split(maxsplit=1)[0] == format_hours(hours))
    for words in swap_words(loaded.tree, change.swaps):
        assert f"= {words}" in row
    for _joined, left in change.swaps:
        assert f", {loaded.tree.items[left].name} would leave" not in "\n".join(lines)
        assert f"- {loaded.tree.items[left].name}" not in row
