"""Why not and what another hour buys, in the app: the engine's facts shown, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from pilot_walks import ANSWERS, SIZES, app_in, press, to_steady_result, walked
from toolmix.engine.explore import why_not
from toolmix.engine.plan import considered_sentence
from toolmix.engine.selection import choose
from toolmix.engine.sensitivity import hours_leaving, hours_table
from toolmix.tui.dialogs.hours import HoursDialog
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.screens.why_not import WhyNotScreen
from toolmix.tui.widgets.content_list import ContentList
from toolmix.tui.widgets.mix_list import MixList


def details(screen: WhyNotScreen) -> str:
    return str(screen.query_one("#whynot-details", Static).render())


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_why_not_any_item_of_the_catalogue(tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_in(tmp_path)
    session = walked(ANSWERS)
    async with app.run_test(size=size) as pilot:
        await to_steady_result(pilot, app)
        await press(pilot, "n")  # the highlighted item first: the website
        screen = app.screen
        assert isinstance(screen, WhyNotScreen)
        assert screen.items == ["site", "newsletter", "linkedin", "instagram", "tiktok", "reply"]
        statuses = [
            c.plain.splitlines()[1] for c in screen.query_one("#items", ContentList).entries
        ]
        assert statuses == [
            "in your mix",
            "not a candidate",
            "not a candidate",
            "in your mix",
            "also considered",
            "also considered",
        ]
        text = details(screen)
        assert text.splitlines()[:2] == ["Website", "It is in your mix."]
        assert "+ Keep your site as home base." in text
        await press(pilot, "down", "down")  # LinkedIn: one other answer brings it in
        found = why_not(session.loaded, session, "linkedin")
        assert found["status"] == "not_candidate"
        assert [(c["question"], c["answer"]) for c in found["changes"]] == [("audience", "b2b")]
        text = details(screen)
        assert text.splitlines()[:2] == ["LinkedIn", "Your answers did not make it a candidate."]
        assert (
            "Each of these, on its own, would bring it in\n• Who buys from you? → Businesses"
            in text
        )
        await press(pilot, "down", "down")  # TikTok: over budget; six hours would bring it in
        found = why_not(session.loaded, session, "tiktok")
        assert found["status"] == "considered" and not found["changes"]
        text = details(screen)
        # In the words of the result's list (engine/plan.py), not a sentence of its own.
        said = considered_sentence(choose(session.loaded.tree, session.answered_path()), "tiktok")
        assert said is not None and said.startswith("It was considered, but it needs ")
        assert text.splitlines()[:2] == ["TikTok", said]
        assert "+ Short video reaches people." in text
        assert (
            "With different hours\n• How many hours a week can you give? → 6 hours a week" in text
        )
        await press(pilot, "up", "up", "up")  # the newsletter: nothing would bring it in
        text = details(screen)
        assert "Your answers did not make it a candidate." in text
        assert "None of your answers, changed one or two at a time, would bring it in." in text
        await press(pilot, "escape")
        assert isinstance(app.screen, ResultScreen)
        assert app.session is not None and app.session.answers == ANSWERS


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_what_another_hour_buys(tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_in(tmp_path)
    session = walked(ANSWERS)
    rows = hours_table(session.loaded, session, choose(session.tree, session.answered_path()))
    async with app.run_test(size=size) as pilot:
        await to_steady_result(pilot, app)
        await press(pilot, "h")
        dialog = app.screen
        assert isinstance(dialog, HoursDialog)
        lines = str(dialog.query_one("#hours-table", Static).render()).splitlines()
        table, why = lines[1 : 1 + len(rows)], lines[1 + len(rows) : -1]
        assert [float(line.split()[0]) for line in table] == [h for h, _ in rows]
        assert [line.split(maxsplit=1)[1] for line in table] == [
            "- Website",
            "+ Reply within a day",
            "+ Reply within a day",
            "+ TikTok",
        ]
        # Why the website would leave at 2 hours, as the engine says it.
        assert why == hours_leaving(rows) and len(why) == 1 and "Website" in why[0]
        assert lines[-1] == "Now: 3 hours a week."
        region = dialog.query_one("#hours-table").region
        assert region.bottom <= size[1] and region.right <= size[0]
        await press(pilot, "escape")
        assert isinstance(app.screen, ResultScreen)
        assert app.session is not None and app.session.answers == ANSWERS


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_n_starts_where_the_tab_points(tmp_path: Path, size: tuple[int, int]) -> None:
    """From Your mix, why not starts at the item highlighted there; from the plan (and
    What would change), where no item is highlighted, at the top of the list."""
    app = app_in(tmp_path)
    async with app.run_test(size=size) as pilot:
        result = await to_steady_result(pilot, app)
        await press(pilot, "m")
        mix = result.query_one("#mix", MixList)
        catalogue = list(result.mix.tree.items)
        while (
            (entry := mix.highlighted_entry) is None
            or entry.row is None
            or (entry.row.item_id == catalogue[0])
        ):
            await press(pilot, "down")
        chosen = entry.row.item_id
        await press(pilot, "n")
        assert isinstance(app.screen, WhyNotScreen) and app.screen.item == chosen
        await press(pilot, "escape")
        for tab in ("p", "c"):
            await press(pilot, tab)
            assert result.tab == {"p": "plan-tab", "c": "matters-tab"}[tab]
            await press(pilot, "n")
            screen = app.screen
            assert isinstance(screen, WhyNotScreen)
            assert screen.item == catalogue[0]
            assert screen.query_one("#items", ContentList).highlighted == 0
            assert screen.query_one("#items", ContentList).has_focus
            await press(pilot, "escape")
        await press(pilot, "m", "n")  # the mix's highlight is kept
        assert isinstance(app.screen, WhyNotScreen) and app.screen.item == chosen
