"""The app ended while the result screen is still mounting: it ends quietly, no traceback.

The last answer pushes the result screen; Textual holds the app's next message
(a person's ctrl+q) until the screen is mounted, so the key finds it whole. The
app is ended under a screen still mounting from outside its queue: a run
cancelled (KeyboardInterrupt) or, as bench/transition.py did (dddbba8), a run
left at once. Textual then mounts none of the widgets composed, and the screen's
setup found none (NoMatches '#mix'), nor did the tab bar its first tab
(ValueError: No Tab with id '--content-tab-plan-tab'); each error was printed
on the way out.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot

from pilot_walks import STEADY, app_in, press
from toolmix.tui.app import ToolmixApp
from toolmix.tui.screens.result import ResultScreen


async def last_answer(pilot: Pilot[None], app: ToolmixApp, turns: int) -> None:
    """tiny.json to its last question, its answer as a terminal sends the key (Pilot's
    press would wait for the screen), then ``turns`` turns of the loop once the result
    screen is pushed: the screen is still mounting."""
    await press(pilot, *STEADY[:-1])
    app.post_message(events.Key(STEADY[-1], STEADY[-1]))
    while not isinstance(app.screen, ResultScreen):
        await asyncio.sleep(0)
    for _ in range(turns):
        await asyncio.sleep(0)
    assert not app.screen.is_mounted


@pytest.mark.parametrize("turns", [0, 1, 3, 5])
async def test_the_run_left_as_the_result_mounts(tmp_path: Path, turns: int) -> None:
    app = app_in(tmp_path)
    # run_test raises, on leaving, the first error the app met.
    async with app.run_test() as pilot:
        await last_answer(pilot, app, turns)
        app.post_message(events.Key("ctrl+q", None))
    assert app.return_code == 0


@pytest.mark.parametrize("turns", [0, 1, 3, 5])
async def test_a_run_cancelled_as_the_result_mounts(
    tmp_path: Path, turns: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """As KeyboardInterrupt ends a real run: its task cancelled, the app shut down."""
    app = app_in(tmp_path)
    run: asyncio.Task[None]

    async def cancel_at_the_result(pilot: Pilot[None]) -> None:
        await last_answer(pilot, app, turns)
        run.cancel()

    run = asyncio.create_task(app.run_async(headless=True, auto_pilot=cancel_at_the_result))
    with contextlib.suppress(asyncio.CancelledError):  # Textual's loop may take it
        await run
    assert app.return_code is None  # ended by the cancel: no exit, and no error (1)
    assert "Traceback" not in capsys.readouterr().err
