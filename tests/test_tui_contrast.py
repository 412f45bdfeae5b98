"""Contrast (issue 20): the high-contrast theme reaches WCAG AAA, and the cursor shows without colour."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.color import Color
from textual.constants import DIM_FACTOR
from textual.pilot import Pilot
from textual.widgets import OptionList

from conftest import UI_MAIN as MAIN
from pilot_walks import wait_for
from toolmix.load.loader import load_tree
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.themes import DIM_PAIRS, HIGH_CONTRAST, HIGH_CONTRAST_NAME, TEXT_PAIRS
from toolmix.tui.widgets.choices import ChoiceList

AAA = 7.0
COLOURS = HIGH_CONTRAST.to_color_system().generate()
BLACK = Color(0, 0, 0)


def luminance(colour: Color) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)


def ratio(one: Color, two: Color) -> float:
    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def solid(name: str, under: Color = BLACK) -> Color:
    """The variable's colour as drawn: one with alpha is blended onto what is under it."""
    colour = Color.parse(COLOURS[name])
    return under.blend(colour.with_alpha(1), colour.a) if colour.a < 1 else colour


@pytest.mark.parametrize(("text", "ground"), TEXT_PAIRS, ids=[f"{t} on {g}" for t, g in TEXT_PAIRS])
def test_each_text_colour_reaches_7_to_1(text: str, ground: str) -> None:
    background = solid(ground, solid("background"))
    assert ratio(solid(text, background), background) >= AAA


@pytest.mark.parametrize(("text", "ground"), DIM_PAIRS, ids=[f"{t} on {g}" for t, g in DIM_PAIRS])
def test_dim_text_still_reaches_7_to_1(text: str, ground: str) -> None:
    # Textual draws dim text by blending it towards the background (DIM_FACTOR).
    background = solid(ground, solid("background"))
    dimmed = background.blend(solid(text, background), DIM_FACTOR)
    assert ratio(dimmed, background) >= AAA


def test_the_ratio_is_computed_as_wcag_says() -> None:
    # The two ends of the scale, and a grey WCAG's own examples put at 4.5:1.
    assert ratio(Color(255, 255, 255), Color(0, 0, 0)) == pytest.approx(21.0)
    assert ratio(Color(118, 118, 118), Color(255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    assert ratio(Color(10, 10, 10), Color(10, 10, 10)) == pytest.approx(1.0)


def test_every_colour_read_as_text_is_solid() -> None:
    # "auto" colours are worked out at draw time, against whatever is under
    # them: they could not be checked above.
    for text, ground in TEXT_PAIRS:
        assert not COLOURS[text].startswith("auto") and not COLOURS[ground].startswith("auto")


def settings_app(tmp_path: Path, theme: str) -> ToolmixApp:
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"theme": theme}))
    return make_app(load_tree(MAIN), sessions_dir=tmp_path / "s", settings_path=settings)


async def test_the_settings_choose_the_high_contrast_theme(tmp_path: Path) -> None:
    app = settings_app(tmp_path, HIGH_CONTRAST_NAME)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == HIGH_CONTRAST_NAME
        assert app.screen.styles.background == Color.parse("#000000")


def first_hit(app: ToolmixApp) -> str:
    """The first command the palette lists now (its search runs in a worker)."""
    hits = app.screen.query_one(OptionList)
    return str(hits.get_option_at_index(0).prompt) if hits.option_count else ""


async def test_the_palette_offers_the_high_contrast_theme(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    app = make_app(load_tree(MAIN), sessions_dir=tmp_path / "s", settings_path=settings)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await wait_for(pilot, lambda: "theme" in first_hit(app).lower())  # the search ran
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"high-contrast")
        await wait_for(pilot, lambda: HIGH_CONTRAST_NAME in first_hit(app))
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == HIGH_CONTRAST_NAME
    assert json.loads(settings.read_text())["theme"] == HIGH_CONTRAST_NAME


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "NO_COLOR"])
async def test_the_highlighted_option_is_marked_by_a_glyph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(load_tree(MAIN), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", *"ACME", "enter", "down")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        choices = app.screen.query_one(ChoiceList)
        lines = [choices.render_line(y).text for y in range(choices.content_size.height)]
        marked = [i for i, line in enumerate(lines) if line.startswith("> ")]
        assert marked == [1], lines  # the second option, moved to with "down"
        assert all(line.startswith("  ") for i, line in enumerate(lines) if i != 1)
        assert app.no_color is no_color


def snap(snap_compare, app: ToolmixApp, keys: list[str]) -> bool:  # type: ignore[no-untyped-def]
    async def before(pilot: Pilot[None]) -> None:
        await pilot.press(*keys)
        await pilot.pause()

    return bool(snap_compare(app, terminal_size=(100, 32), run_before=before))


QUESTION = ["enter", *"ACME", "enter", "down"]


def test_snapshot_high_contrast_question(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap(snap_compare, settings_app(tmp_path, HIGH_CONTRAST_NAME), QUESTION)


def test_snapshot_no_color_question(  # type: ignore[no-untyped-def]
    snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(load_tree(MAIN), sessions_dir=tmp_path / "s")
    assert snap(snap_compare, app, QUESTION)
