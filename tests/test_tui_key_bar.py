"""The key bar at 80x24 names every key the screen offers, Quit too, in English
and in Spanish (new-user test: the result's bar was cut before Quit); the
result's "What matters most" lines (the tab What would change) wrap instead of ending
in an ellipsis."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import matters_lines
from pilot_walks import app_in, to_steady_result
from screen_text import screen_lines
from toolmix.text.i18n import _, use_language
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.widgets.key_footer import KeyFooter, flow, key_words
from toolmix.tui.wording import described


@pytest.mark.parametrize(
    ("widths", "width", "lines"),
    [
        ([10, 14, 10], 80, [[0, 1, 2]]),
        ([10, 14, 10], 24, [[0, 1], [2]]),
        ([10, 14, 10], 23, [[0, 1], [2]]),  # the last piece's trailing space may go
        ([10, 14, 10], 22, [[0], [1], [2]]),
        ([90, 5], 80, [[0], [1]]),  # a piece wider than the bar still has its line
        ([], 80, [[]]),
    ],
)
def test_flow_breaks_only_between_keys(
    widths: list[int], width: int, lines: list[list[int]]
) -> None:
    assert flow(widths, width) == lines


@pytest.mark.parametrize("language", ["en", "es"])
async def test_the_result_bar_names_every_key_at_80x24(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setenv("TOOLMIX_LANG", language)
    use_language(language)
    app = app_in(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_steady_result(pilot, app)
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        await pilot.press("m")  # the mix's tab, where Tab moves between its columns
        await pilot.pause()
        bar = screen.query_one(KeyFooter)
        assert bar.region.bottom == 24 and bar.region.height >= 2
        shown = screen_lines(app)[24 - bar.region.height :]
        assert all(len(line) <= 80 for line in shown)
        text = "\n".join(shown)
        offered: dict[str, set[str]] = {}  # each key's words, by the keys that do it
        for active in screen.active_bindings.values():
            if active.binding.show:
                display = key_words(app.get_key_display(active.binding))
                offered.setdefault(described(active.binding.description), set()).add(display)
        assert len(offered) >= 9  # the result's own keys, Tab and Quit
        for description, displays in offered.items():
            assert any(f" {d} {description}" in text for d in displays), (description, text)
        assert _("Quit") in text and "^q" in text
        # A key on the second line is clicked where it is drawn.
        assert "^q" not in shown[0]
        tab = shown[1].index(key_words("tab"))
        await pilot.click(KeyFooter, offset=(tab, 1))
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "right"


async def test_what_matters_most_wraps_instead_of_cutting(tmp_path: Path) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_steady_result(pilot, app)
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        await pilot.press("c")  # What would change
        await pilot.pause()
        lines = matters_lines(screen)
        assert max(len(line) for line in lines) > 76  # too long for one line at 80 columns
        box = screen.query_one("#matters").region
        drawn = " ".join(" ".join(screen_lines(app)[box.y : box.bottom]).split())
        assert "…" not in drawn
        for line in lines:
            assert " ".join(line.split()) in drawn, (line, drawn)
        assert box.bottom <= screen.query_one("#matters-keys").region.y
