"""Why not, for an item an x-select need left out: said in the need's words, not as
"ruled out by one of your answers" (no answer ruled it out); and its list of items.

On the small tree tests/trees/needs.json: a listing alone is nowhere to post, so
"Post on fixed days" leaves the mix with the need's ``because``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from conftest import HERE, KEPT_OR_NEW, RUNS_BOTH, SHIPPED, TREES
from toolmix.cli.main import main
from toolmix.engine.answers_file import AnswersFile, read_answers, replay
from toolmix.engine.plan import left_out_because
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.screens.why_not import WhyNotScreen
from toolmix.tui.widgets.content_list import ContentList

TREE = TREES / "needs.json"
ANSWERS = {"kind": "shop", "named": ["listing"], "hours": 1}
NEED = next(
    n["because"] for n in json.loads(TREE.read_text())["x-select"]["needs"] if n["item"] == "days"
)


def walked():  # type: ignore[no-untyped-def]
    loaded = load_tree(TREE)
    session, _ = replay(loaded, AnswersFile("needs", ANSWERS))
    return loaded, session, choose(loaded.tree, session.answered_path())


def test_the_need_is_why() -> None:
    _loaded, _session, mix = walked()
    assert "days" in {r.item_id for r in mix.ruled_out}
    assert left_out_because(mix, "days") == NEED
    assert left_out_because(mix, "listing") is None  # picked
    # An item an answer rules out is not a need's: a tree without needs has none.
    loaded = load_tree(KEPT_OR_NEW)
    session, _ = replay(loaded, AnswersFile(loaded.id, RUNS_BOTH))
    kept = choose(loaded.tree, session.answered_path())
    assert "page" in {r.item_id for r in kept.ruled_out}
    assert left_out_because(kept, "page") is None


def test_why_not_md_says_the_need(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"format": 1, "tree": "needs", "answers": ANSWERS}))
    assert main(["answer", str(TREE), "--answers", str(answers), "--why-not", "days"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[2] == NEED
    assert out.count(NEED) == 1
    assert "ruled out by one of your answers" not in out
    assert "one of your answers rules it out" not in out


async def why_not_of(pilot: Pilot[None]) -> WhyNotScreen:
    """The app's Why not, opened with ``n`` from the result it was opened on."""
    await pilot.pause()
    await pilot.press("n")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, WhyNotScreen)
    return screen


async def test_the_app_says_the_need(tmp_path: Path) -> None:
    loaded, session, _mix = walked()
    app = make_app(loaded, sessions_dir=tmp_path / "sessions", opened=session)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await why_not_of(pilot)
        screen.query_one("#items", ContentList).highlighted = screen.items.index("days")
        await pilot.pause()
        text = str(screen.query_one("#whynot-details", Static).render())
    assert text.splitlines()[:2] == ["Post on fixed days", NEED]
    assert text.count(NEED) == 1
    assert "ruled out by one of your answers" not in text


async def test_no_entry_is_drawn_cut_at_the_bottom(tmp_path: Path) -> None:
    """newuser8 #4: "Google Business Profile appears twice in a row": the first line of
    "Google Business Profile (service area)", its tail cut off by the list's bottom edge.
    An entry the edge would cut is left blank, so each name shown has its status under it."""
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    session, _ = replay(loaded, read_answers(HERE / "personas" / "parish-council-uk.json"))
    app = make_app(loaded, sessions_dir=tmp_path / "sessions", opened=session)
    statuses = {"in your mix", "also considered", "ruled out", "not a candidate"}
    # 31 rows (30 until 8.70.0): with the two items of a library or museum, no highlighted
    # position at 30 rows brought an entry to the bottom edge, so nothing was left to check.
    async with app.run_test(size=(100, 31)) as pilot:
        screen = await why_not_of(pilot)
        items = screen.query_one("#items", ContentList)
        cut = 0
        for index in range(len(screen.items)):
            items.highlighted = index
            await pilot.pause()
            lines = [items.render_line(y).text.strip() for y in range(items.size.height)]
            shown = [line for line in lines if line]
            assert shown[-1] in statuses, (index, shown[-3:])
            cut += lines[-1] == ""
        assert cut  # some positions leave a cut entry blank


async def test_type_to_find_an_item(tmp_path: Path) -> None:
    """newuser8 #4: typing "nextdoor" in Why not's list did nothing. Letters typed move the
    cursor to the first item whose name starts with them (else holds them)."""
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    session, _ = replay(loaded, read_answers(HERE / "personas" / "parish-council-uk.json"))
    app = make_app(loaded, sessions_dir=tmp_path / "sessions", opened=session)
    names = [item.name.casefold() for item in loaded.tree.items.values()]
    starts = next(i for i, name in enumerate(names) if name.startswith("next"))
    holds = next(i for i, name in enumerate(names) if "reviews" in name)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await why_not_of(pilot)
        await pilot.press(*"next")
        await pilot.pause()
        assert screen.item == screen.items[starts]
        assert screen.query_one("#items", ContentList).highlighted == starts
        await pilot.pause(0.8)  # a pause: the next letters start a new search
        await pilot.press(*"reviews")
        await pilot.pause()
        assert screen.item == screen.items[holds]
        await pilot.press("escape")  # the screen's keys still work
        await pilot.pause()
        assert not isinstance(app.screen, WhyNotScreen)
