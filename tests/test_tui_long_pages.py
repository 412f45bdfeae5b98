"""An intro or info page taller than the terminal: all of it can be read, Continue stays in view.

At 80x24 the main tree's page "Social media are not a shop counter" showed
"What works instead:" and then Continue, its three points cut off with only a
one-cell scrollbar to say so (newuser5 #1). The body now has every row the
column leaves; a longer one scrolls by keys, says "More below", and Enter
continues from it. tests/trees/layout/long-pages.json has an intro and a page
taller than 80x24, and a short page after them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from conftest import SHIPPED_TREES, TREES
from conftest import UI_MAIN as MAIN
from screen_text import screen_text
from toolmix.engine.session import Session
from toolmix.engine.step import step_for
from toolmix.load.loader import LoadedTree, load_tree
from toolmix.load.translate.side import translated
from toolmix.model.nodes import InfoNode
from toolmix.text.i18n import use_language
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.widgets.lead_scroll import LeadScroll

LONG = TREES / "layout" / "long-pages.json"
#: A tree whose intro is a few lines (shorter than any screen here).
SHORT_INTRO = TREES / "tiny.json"


def seen(app: ToolmixApp, widget: Widget) -> Region:
    """The part of the widget a person sees: inside its parent and the screen."""
    parent = widget.parent
    assert isinstance(parent, Widget)
    return widget.region.intersection(parent.region).intersection(app.screen.region)


def whole_in_view(app: ToolmixApp, widget: Widget) -> bool:
    return widget.display and bool(widget.region) and seen(app, widget) == widget.region


def all_shown(body: Widget) -> bool:
    """The body shows every line it has: nothing to scroll to."""
    return body.max_scroll_y == 0 and body.virtual_size.height <= body.size.height


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(3):  # the body is measured after the frame that laid it out
        await pilot.pause()


async def show_node(pilot: Pilot[None], app: ToolmixApp, loaded: LoadedTree, node: str) -> None:
    """The question screen showing this node, as the walk would reach it."""
    if isinstance(app.screen, IntroScreen):
        await pilot.press("enter")
        await settle(pilot)
    session = Session(loaded)
    session.path.append(node)  # reached by some answers; the page is the same whatever they were
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    screen.show_step(step_for(session))
    await settle(pilot)


def info_pages() -> list[tuple[Path, str]]:
    pages = []
    for path in [*SHIPPED_TREES, MAIN]:
        tree = load_tree(path).tree
        pages += [(path, n) for n, node in tree.nodes.items() if isinstance(node, InfoNode)]
    return pages


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(
    ("path", "node"), info_pages(), ids=lambda v: v.stem if isinstance(v, Path) else v
)
async def test_every_shipped_info_page_shows_whole_at_80x24(
    tmp_path: Path, path: Path, node: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = load_tree(path)
    if lang == "es":
        if not path.with_suffix(".es.json").exists():
            pytest.skip("no Spanish side file")
        monkeypatch.setenv("TOOLMIX_LANG", "es")
        use_language("es")
        loaded = translated(loaded)
    app = make_app(loaded, sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await show_node(pilot, app, loaded, node)
        body = app.screen.query_one(LeadScroll)
        assert all_shown(body), (body.virtual_size, body.size)
        assert whole_in_view(app, body)
        assert whole_in_view(app, app.screen.query_one("#continue"))
        assert app.focused is app.screen.query_one("#continue")


@pytest.mark.parametrize("size", [(80, 24), (90, 24), (100, 24)], ids=str)
async def test_the_shop_counter_page_shows_its_three_points(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = make_app(load_tree(MAIN), sessions_dir=tmp_path / "s")
    async with app.run_test(size=size) as pilot:
        for key in ["enter", "enter", "1", "5"]:  # intro, no name, a shop, "sell more"
            await pilot.press(key)
            await pilot.pause()
        await settle(pilot)
        assert app.session is not None and app.session.current == "not-a-shop"
        text = screen_text(app)
        for words in ("Build relationships", "Send people home", "not the likes."):
            assert words in text
        assert "More below" not in text
        continue_ = app.screen.query_one("#continue")
        assert whole_in_view(app, continue_)
        # Continue right under the body, not at the foot of the column.
        assert continue_.region.y <= app.screen.query_one(LeadScroll).region.bottom + 1


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (56, 14)], ids=str)
async def test_a_long_page_scrolls_to_its_end_and_enter_continues(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    loaded = load_tree(LONG)
    app = make_app(loaded, sessions_dir=tmp_path / "s")
    async with app.run_test(size=size) as pilot:
        await show_node(pilot, app, loaded, "long")
        screen = app.screen
        body = screen.query_one(LeadScroll)
        continue_ = screen.query_one("#continue")
        assert body.max_scroll_y > 0
        assert app.focused is body  # so that Down scrolls it
        assert "More below" in screen_text(app)
        assert "The last line of the page." not in screen_text(app)
        assert whole_in_view(app, continue_)
        # The body takes the rows Continue and the hint leave.
        assert body.region.bottom >= screen.query_one("#hint").region.y - 1
        for key in ["down", "pagedown", "end"]:
            await pilot.press(key)
            await settle(pilot)
            assert whole_in_view(app, continue_)
        assert body.scroll_y == body.max_scroll_y
        text = screen_text(app)
        assert "The last line of the page." in text
        assert "More below" not in text
        await pilot.press("home")
        await settle(pilot)
        assert "A page longer than the screen" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.session is not None and app.session.current == "short"
        # A short page: all of it, Continue under it with the focus.
        assert all_shown(body)
        assert app.focused is continue_
        assert continue_.region.y <= body.region.bottom + 1


async def test_a_page_that_fits_after_a_resize_gives_the_focus_back(tmp_path: Path) -> None:
    loaded = load_tree(MAIN)
    app = make_app(loaded, sessions_dir=tmp_path / "s")
    async with app.run_test(size=(60, 16)) as pilot:
        await show_node(pilot, app, loaded, "not-a-shop")
        body = app.screen.query_one(LeadScroll)
        assert app.focused is body and "More below" in screen_text(app)
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert all_shown(body)
        assert app.focused is app.screen.query_one("#continue")
        assert "More below" not in screen_text(app)


@pytest.mark.parametrize("path", [*SHIPPED_TREES, LONG], ids=lambda p: p.stem)
@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=str)
async def test_the_intro_keeps_start_in_view_and_scrolls_to_its_end(
    tmp_path: Path, path: Path, size: tuple[int, int]
) -> None:
    app = make_app(load_tree(path), sessions_dir=tmp_path / "s")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, IntroScreen)
        body = screen.query_one("#intro-body", VerticalScroll)
        start = screen.query_one("#start")
        assert whole_in_view(app, start)
        assert app.focused is body  # Down scrolls it, Enter starts
        if path in SHIPPED_TREES and size == (80, 24):
            assert all_shown(body)
        else:
            # Start right under a short text; under a long one, its box fills the column.
            assert start.region.y <= body.region.bottom + 1
        await pilot.press("end")
        await settle(pilot)
        assert body.scroll_y == body.max_scroll_y
        assert whole_in_view(app, start)
        if path == LONG:
            assert "The last line of the introduction." in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, QuestionScreen)


async def test_the_intro_is_laid_out_once_with_start_under_its_text(tmp_path: Path) -> None:
    """The first frame already has Start right under a short intro: no second layout moves it."""
    app = make_app(load_tree(SHORT_INTRO), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, IntroScreen)
        body = screen.query_one("#intro-body", VerticalScroll)
        start = screen.query_one("#start")
        first = (body.region, start.region)
        assert all_shown(body) and start.region.y == body.region.bottom + 1  # margin-top 1
        await settle(pilot)
        assert (body.region, start.region) == first


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=str)
async def test_a_first_info_page_is_laid_out_once_with_continue_under_it(
    tmp_path: Path, write_json: Callable[..., Path], size: tuple[int, int]
) -> None:
    """A tree that begins on a short info page: the first frame already has Continue right
    under its body, and settling moves nothing (no second layout)."""
    data = json.loads(LONG.read_text())
    del data["nodes"]["long"], data["intro"]
    data["start"] = "short"
    app = make_app(load_tree(write_json(data)), sessions_dir=tmp_path / "s")
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        lead = screen.query_one(LeadScroll)
        button = screen.query_one("#continue")
        first = (lead.region, button.region)
        assert all_shown(lead) and button.region.y == lead.region.bottom
        assert app.focused is button
        await settle(pilot)
        assert (lead.region, button.region) == first


@pytest.mark.parametrize("node", ["intro", "long"])
def test_snapshot_long_page_60x20(snap_compare, tmp_path: Path, node: str) -> None:  # type: ignore[no-untyped-def]
    loaded = load_tree(LONG)
    app = make_app(loaded, sessions_dir=tmp_path / "s")

    async def before(pilot: Pilot[None]) -> None:
        if node == "intro":
            await settle(pilot)
        else:
            await show_node(pilot, app, loaded, node)

    assert snap_compare(app, terminal_size=(60, 20), run_before=before)
