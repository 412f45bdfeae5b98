"""The result's Why column says why an item also considered was not picked in the
words of the list beside it (engine/plan.why_not), in the person's language: not
the contract's "group full" / "over budget"."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from pilot_walks import LONG, app_in, press, to_steady_result
from toolmix.engine.plan import why_not
from toolmix.load.loader import load_tree
from toolmix.text.i18n import _, use_language
from toolmix.tui.app import make_app
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.widgets.mix_list import MixList


async def considered_heads(pilot, result: ResultScreen) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(the Why column's first line, the list's note) for each item also considered."""
    await press(pilot, "m", "home")
    mix = result.query_one("#mix", MixList)
    found: dict[str, tuple[str, str]] = {}
    for _step in range(len(mix.entries)):  # the last entry is reached, then held
        entry = mix.highlighted_entry
        if entry is not None and entry.kind == "considered" and entry.row is not None:
            head = str(result.query_one("#reasons", Static).render()).split("\n")[0]
            found[entry.row.item_id] = (" ".join(head.split()), why_not(result.mix, entry.row))
        await press(pilot, "down")
    return list(found.values())


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("walk", ["over-budget", "group-full"])
async def test_why_an_item_was_not_picked_in_the_lists_words(
    tmp_path: Path, lang: str, walk: str
) -> None:
    use_language(lang)  # conftest's autouse fixture speaks English again after the test
    if walk == "over-budget":
        app = app_in(tmp_path)
    else:
        app = make_app(load_tree(LONG), sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(160, 50)) as pilot:
        if walk == "over-budget":
            result = await to_steady_result(pilot, app)
        else:  # as the snapshot of what was also considered walks it
            await press(pilot, "1", *"1234567", "enter", "enter")
            result = app.screen
            assert isinstance(result, ResultScreen)
        found = await considered_heads(pilot, result)
    kinds = {r.why_not for r in result.mix.considered}
    assert ("over budget" if walk == "over-budget" else "group full") in kinds
    assert found and len(found) == len(result.mix.considered)
    for head, note in found:
        assert note and head.endswith(" ".join(_("not picked: {why}").format(why=note).split()))
        assert "group full" not in head and "over budget" not in head
