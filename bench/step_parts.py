"""Where the CPU of one answer goes (target 3), part by part.

    python bench/step_parts.py

In-process with Pilot, on a generated 2,000-question tree without help: the
median CPU of a whole step (key to next question, as bench/transition.py
measures it), of a key bound to nothing (the harness), and of the parts of a
step that toolmix or Textual spend it on, timed by wrapping those methods;
and how many layouts a step takes (none when the next question has the same
shape: every question of this tree has).
Then the same steps with the answers panel not updated, to show what the
panel costs. Figures only: nothing is asserted.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import report
from gen_tree import make_tree
from textual.screen import Screen

from toolmix.load.loader import load_tree
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.widgets.answers_panel import AnswersPanel

PARTS = {
    "autosave": (ToolmixApp, "_save"),
    "show the node (toolmix)": (QuestionScreen, "show_step"),
    "of which the answers panel": (AnswersPanel, "show_answers"),
    # A layout ends by drawing the frame, so a layout's time includes one frame.
    "a layout, when there is one (Textual)": (Screen, "_refresh_layout"),
    "drawing a frame (Textual)": (Screen, "_compositor_refresh"),
}


def timed(spent: list[float], method: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return method(*args, **kwargs)
        finally:
            spent.append(time.process_time() - start)

    return wrapper


async def measure(path: Path, panel: bool, steps: int = 80) -> dict[str, list[float]]:
    spent: dict[str, list[float]] = {name: [] for name in PARTS}
    originals = {name: getattr(cls, attr) for name, (cls, attr) in PARTS.items()}
    skipped = {"of which the answers panel": lambda self, answers: None}
    for name, (cls, attr) in PARTS.items():
        method = originals[name] if panel or name not in skipped else skipped[name]
        setattr(cls, attr, timed(spent[name], method))
    try:
        app = make_app(load_tree(path), sessions_dir=Path(tempfile.mkdtemp()) / "s")
        async with app.run_test(size=(100, 32)) as pilot:
            for _ in range(10):  # warm up
                await pilot.press("1")
                await pilot.pause()
            spent["harness (a key bound to nothing)"] = []
            for _ in range(20):
                await pilot.pause()
                start = time.process_time()
                await pilot.press("f12")
                await pilot.pause(0)
                spent["harness (a key bound to nothing)"].append(time.process_time() - start)
            for values in spent.values():
                if values is not spent["harness (a key bound to nothing)"]:
                    values.clear()
            spent["whole step"] = []
            for _ in range(steps):
                await pilot.pause()
                start = time.process_time()
                await pilot.press("1")
                await pilot.pause(0)
                spent["whole step"].append(time.process_time() - start)
    finally:
        for name, (cls, attr) in PARTS.items():
            setattr(cls, attr, originals[name])
    return spent


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="toolmix-bench-"))
    tree = make_tree(2_000)
    for node in tree["nodes"].values():  # type: ignore[union-attr]
        node.pop("help", None)
    path = folder / "plain.json"
    path.write_text(json.dumps(tree))
    for panel in (True, False):
        spent = asyncio.run(measure(path, panel))
        label = "" if panel else ", answers panel not updated"
        for name, values in spent.items():
            if values and (panel or name in ("whole step", "drawing a frame (Textual)")):
                med = statistics.median(values) * 1000
                report(f"3 parts: {name}{label}", f"{med:.1f} ms CPU", "", None, "", None)
        steps = len(spent["whole step"])
        layouts = len(spent["a layout, when there is one (Textual)"])
        report(f"3 parts: layouts per step{label}", f"{layouts / steps:.2f}", "", None, "", None)


if __name__ == "__main__":
    main()
