"""Hostile sizes (issue 14, rule 4): each input at half size and at full size.

    python bench/scale_inputs.py            # the sizes the issue names
    BENCH_SCALE=0.25 python bench/scale_inputs.py   # a quarter of each (older code)

Seconds (or peak MiB) in-process, one run each, and the growth from half to
full size: 2x is linear, 4x quadratic. The scaling tests
(tests/test_scale_growth.py, tests/test_scale_tui.py) count the work instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import report
from gen_tree import make_tree as big_tree

from toolmix.engine.answer_checks import AnswerError
from toolmix.engine.session import Session
from toolmix.load.index import build_index
from toolmix.load.lint import lint
from toolmix.load.loader import LoadedTree, check_file, load_tree
from toolmix.load.strict_json import parse_text
from toolmix.load.validation import validate_tree
from toolmix.model.problems import Problem

SCALE = float(os.environ.get("BENCH_SCALE", "1"))
FOLDER = Path(tempfile.mkdtemp(prefix="toolmix-bench-scale-"))


def tree(nodes: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {
        "format": 1,
        "id": "t",
        "title": "T",
        "version": "1",
        "start": next(iter(nodes)),
        "groups": {"g": {"title": "G"}},
        "items": {},
        "nodes": nodes,
        **top,
    }


def seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def both(name: str, full: int, unit: str, measure: Callable[[int], float]) -> None:
    """Report ``measure`` at half and at full size, and the growth between them."""
    n = max(2, int(full * SCALE))
    half, whole = measure(n // 2), measure(n)
    shown = f"{whole:.1f} MiB" if unit == "MiB" else f"{whole:.2f} s"
    was = f"{half:.1f} MiB" if unit == "MiB" else f"{half:.2f} s"
    growth = whole / half if half else None
    report(f"14.4 {name} ({n:,})", shown, f"{was} at {n // 2:,}", growth, "<= 2.5x", None)


def multi(n: int) -> float:
    data = tree(
        {
            "m": {"type": "multi", "text": "Pick", "options": [{"id": "a", "label": "A"}]},
            "end": {"type": "result", "title": "Done"},
        }
    )
    data["nodes"]["m"]["next"] = "end"
    t = validate_tree(data)
    session = Session(LoadedTree(t, build_index(t), "<bench>", []))

    def run() -> None:
        with contextlib.suppress(AnswerError):  # "listed twice": the work is the check
            session.answer(["a"] * n)

    return seconds(run)


def lint_seconds(data: dict[str, Any]) -> float:
    t = validate_tree(data)
    index = build_index(t)
    return seconds(lambda: lint(t, index))


def broken(n: int) -> float:
    """n questions whose every ``next`` misspells the next one's id."""
    nodes: dict[str, Any] = {
        f"question-{i}": {
            "type": "single",
            "text": "Q?",
            "options": [{"id": "a", "label": "A"}],
            "next": f"questoin-{i + 1}" if i + 1 < n else "end",
        }
        for i in range(n)
    }
    nodes["end"] = {"type": "result", "title": "Done"}
    return lint_seconds(tree(nodes))


def comb(n: int) -> float:
    """A valid chain of n questions, each of which may leave for the result."""
    nodes: dict[str, Any] = {}
    for i in range(n):
        nxt = f"q{i + 1}" if i + 1 < n else "end"
        nodes[f"q{i}"] = {
            "type": "single",
            "text": "Q?",
            "options": [
                {
                    "id": "a",
                    "label": "On",
                    "next": [{"if": {"answer": "q0", "is": "a"}, "goto": nxt}, {"goto": nxt}],
                },
                {"id": "b", "label": "Stop", "next": "end"},
            ],
        }
    nodes["end"] = {"type": "result", "title": "Done"}
    return lint_seconds(tree(nodes))


def locate_string(n: int) -> float:
    """Peak MiB to locate a path after a string of n characters."""
    doc = parse_text(json.dumps({"long": "x" * n, "after": 1}))
    tracemalloc.start()
    doc.locate([Problem("error", "m", ("after",))])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def warnings(n: int) -> float:
    """Validate n questions of which 85% cannot be reached (a warning each)."""
    data = big_tree(n)
    nodes = data["nodes"]
    assert isinstance(nodes, dict)
    nodes[f"q{n * 15 // 100 - 1}"]["next"] = "end"
    path = FOLDER / f"warn-{n}.json"
    path.write_text(json.dumps(data, indent=1))
    return seconds(lambda: check_file(path))


def md_table(rows: int, columns: int) -> str:
    """A rows x columns table of one-digit cells (the intro is at most 200,000 characters)."""
    head = "|" + "|".join("h" for _ in range(columns)) + "|\n"
    rule = "|" + "-|" * columns + "\n"
    body = "".join(
        "|" + "|".join(str((r + c) % 10) for c in range(columns)) + "|\n" for r in range(rows)
    )
    return f"An intro.\n\n{head}{rule}{body}"


def app_seconds(
    data: dict[str, Any], keys: list[str], size: tuple[int, int] = (80, 24)
) -> tuple[float, float]:
    """Seconds to the first screen, and the median seconds per key after it."""
    from toolmix.tui.app import make_app

    path = FOLDER / "app.json"
    path.write_text(json.dumps(data))
    loaded = load_tree(path)

    async def run() -> tuple[float, float]:
        start = time.perf_counter()
        app = make_app(loaded, sessions_dir=FOLDER / "sessions")
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            shown = time.perf_counter() - start
            per_key = []
            for key in keys:
                t = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                per_key.append(time.perf_counter() - t)
        return shown, sorted(per_key)[len(per_key) // 2] if per_key else 0.0

    return asyncio.run(run())


def intro(rows: int) -> float:
    question = {
        "type": "single",
        "text": "Q?",
        "options": [{"id": "a", "label": "A"}],
        "next": "end",
    }
    data = tree(
        {"q": question, "end": {"type": "result", "title": "Done"}}, intro=md_table(rows, 200)
    )
    return app_seconds(data, [])[0]


def options(n: int, key: bool = False) -> float:
    words = ("lorem ipsum dolor sit amet " * 800)[:19_000]
    opts = [
        {"id": f"o{i}", "label": f"{i} {words}", **({"help": "Help. " * 80} if i % 2 else {})}
        for i in range(n)
    ]
    data = tree(
        {
            "q": {"type": "multi", "text": "Pick", "options": opts, "next": "end"},
            "end": {"type": "result", "title": "Done"},
        }
    )
    # 80 x 30: the help under the list (on every other option) then brings a
    # scroll bar that comes and goes, changing the list's width on each key.
    shown, per_key = app_seconds(data, ["down", "down", "up", "space", "down", "up"], (80, 30))
    return per_key if key else shown


def main() -> None:
    which = set(sys.argv[1:])

    def wanted(name: str) -> bool:
        return not which or name in which

    if wanted("multi"):
        both("multi answer, duplicate ids", 320_000, "s", multi)
    if wanted("suggest"):
        both("lint, broken references (did you mean)", 4_000, "s", broken)
    if wanted("dominators"):
        both("lint, valid comb of questions (dominators)", 32_000, "s", comb)
    if wanted("locate"):
        both("locate after a string of n chars, peak", 10_000_000, "MiB", locate_string)
    if wanted("warnings"):
        both("validate, 85% unreachable (locating warnings)", 10_000, "s", warnings)
    if wanted("intro"):
        both("intro with a table of n rows x 200", 300, "s", intro)
    if wanted("options"):
        both("show n options of 19,000 characters", 1_000, "s", options)
        both("per key, n options of 19,000 characters", 1_000, "s", lambda n: options(n, key=True))


if __name__ == "__main__":
    main()
