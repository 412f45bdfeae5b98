"""CPU of each Down in Why not, scrolling the whole catalogue (newuser8 #4: the reasons
pane trailed the cursor by seconds on a loaded machine).

    python bench/why_not_scroll.py [PERSONA ...]

In-process on the default tree: each persona (default: parish-council-uk, physio,
local-bakery of tests/personas/) replayed, the app opened on its result at 100x30,
``n`` pressed, then Down once for every item of the catalogue, each through Pilot
(press, then pause: the pane redrawn for the new item). The figures are the process
CPU time (time.process_time) of each Down: the slowest and the median of all the
Downs of all personas, and the whole scroll of the slowest persona; BENCH_RUNS
rounds (default 3) of each persona, each round on a new app.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, report

from toolmix.engine.answers_file import read_answers, replay
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.screens.why_not import WhyNotScreen

DEFAULT = ("parish-council-uk", "physio", "local-bakery")
ROUNDS = 3
#: A Down should redraw the pane before the next key of a quick typist (about 10 a second).
GOAL_MS = 100


async def scroll(persona: Path) -> list[float]:
    loaded = load_tree(ROOT / "trees" / "social-tool-mix.json")
    finished, _ = replay(loaded, read_answers(persona))
    folder = Path(tempfile.mkdtemp())
    app = make_app(loaded, sessions_dir=folder / "s", resume=False, opened=finished)
    spent = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WhyNotScreen), screen
        for expected in screen.items[1:]:
            start = time.process_time()
            await pilot.press("down")
            await pilot.pause()
            spent.append(time.process_time() - start)
            assert screen.item == expected, (screen.item, expected)
    return spent


def main() -> None:
    import os

    rounds = int(os.environ.get("BENCH_RUNS", ROUNDS))
    names = sys.argv[1:] or DEFAULT
    downs: list[float] = []
    whole: dict[str, list[float]] = {}
    for name in names:
        for _ in range(rounds):
            spent = asyncio.run(scroll(ROOT / "tests" / "personas" / f"{name}.json"))
            downs += spent
            whole.setdefault(name, []).append(sum(spent))
    worst = max(downs) * 1000
    slowest = max(whole, key=lambda n: statistics.median(whole[n]))
    report(
        "why not: each Down over the catalogue (Pilot, CPU)",
        f"slowest {worst:.0f} ms, median {statistics.median(downs) * 1000:.0f} ms "
        f"({len(downs)} Downs, {', '.join(names)})",
        f"whole scroll of {slowest}: {statistics.median(whole[slowest]) * 1000:.0f} ms",
        None,
        f"<= {GOAL_MS} ms each",
        worst <= GOAL_MS,
    )


if __name__ == "__main__":
    main()
