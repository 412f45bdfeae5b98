"""CPU to open the screens off the answering path: the result, what if, why not.

    python bench/screens.py

In-process on the default tree, a persona of tests/personas/ replayed and
the app opened on its result at 100x32. Each figure is the process CPU time
(time.process_time) from a key to its screen drawn, through Pilot (press,
then pause), median of BENCH_RUNS rounds (default 7):

- result: Enter on the last question (Escape first goes back to it);
- what if: ``w`` on the result;
- why not: ``n`` on the result.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from common import ROOT, RUNS, report
from textual.pilot import Pilot

from toolmix.engine.answers_file import read_answers, replay
from toolmix.load.discovery import DEFAULT_TREE, resolve
from toolmix.tui.app import make_app
from toolmix.tui.screens.result import ResultScreen


async def timed(pilot: Pilot[None], key: str) -> float:
    start = time.process_time()
    await pilot.press(key)
    await pilot.pause()
    return time.process_time() - start


async def once(spent: dict[str, list[float]]) -> None:
    loaded = resolve(DEFAULT_TREE, [], lambda _: None)
    persona = sorted((ROOT / "tests" / "personas").glob("*.json"))[0]
    finished, _ = replay(loaded, read_answers(str(persona)))
    folder = Path(tempfile.mkdtemp())
    app = make_app(loaded, sessions_dir=folder / "s", resume=False, opened=finished)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        for name, keys in (("result", ["escape", "enter"]), ("what if", ["w"]), ("why not", ["n"])):
            for key in keys[:-1]:
                await pilot.press(key)
                await pilot.pause()
            spent.setdefault(name, []).append(await timed(pilot, keys[-1]))
            if name != "result":
                await pilot.press("escape")
                await pilot.pause()
            assert isinstance(app.screen, ResultScreen), app.screen


def main() -> None:
    spent: dict[str, list[float]] = {}
    for _ in range(RUNS):
        asyncio.run(once(spent))
    for name, values in spent.items():
        figure = f"{statistics.median(values) * 1000:.1f} ms"
        report(f"CPU to open {name} (Pilot)", figure, "", None, "", None)


if __name__ == "__main__":
    main()
