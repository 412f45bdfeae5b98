"""Target 3: CPU work of one answer, from the key to the next question shown.

    python bench/transition.py

In-process, with Textual's Pilot: the process CPU time (time.process_time,
so waiting is not counted) of pressing a digit and letting the app settle.
Transitions are split by whether a Markdown widget (the question's or an
option's help) had to be updated. Trees: the default tree, and generated
10,000-question trees with and without help text.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

from common import ROOT, report
from gen_tree import make_tree

from toolmix.loader import load_tree
from toolmix.models import InfoNode, MultiNode, NumberNode, SingleNode, TextNode
from toolmix.tui.app import make_app
from toolmix.tui.screens.walk import WalkScreen


def help_of(session) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    node = session.node
    first = None
    if isinstance(node, (SingleNode, MultiNode)):
        opts = session.visible_options()
        first = opts[0].help if opts else None
    return getattr(node, "help", None) or getattr(node, "body", None), first


async def measure(tree_path: Path, steps: int) -> dict[str, list[float]]:
    loaded = load_tree(tree_path)
    app = make_app(loaded, sessions_dir=Path(tempfile.mkdtemp()) / "s")
    samples: dict[str, list[float]] = {"plain": [], "markdown": [], "noop": []}
    async with app.run_test(size=(100, 32)) as pilot:
        if not isinstance(app.screen, WalkScreen):
            await pilot.press("enter")
            await pilot.pause()
        session = app.session
        assert session is not None
        for _ in range(20):  # the harness alone: a key bound to nothing
            await pilot.pause()
            start = time.process_time()
            await pilot.press("f12")
            await pilot.pause(0)
            samples["noop"].append(time.process_time() - start)
        for _ in range(steps):
            if session.finished or not isinstance(app.screen, WalkScreen):
                break
            node = session.node
            before = help_of(session)
            if isinstance(node, SingleNode):
                keys = ["1"]
            elif isinstance(node, MultiNode):
                keys = ["1", "enter"]
            elif isinstance(node, (NumberNode, TextNode, InfoNode)):
                keys = ["enter"]
            await pilot.pause()
            start = time.process_time()
            await pilot.press(*keys)
            await pilot.pause(0)
            spent = time.process_time() - start
            kind = "markdown" if help_of(session) != before else "plain"
            samples[kind].append(spent)
    return samples


def summary(name: str, samples: dict[str, list[float]]) -> None:
    for kind, goal in (("plain", 0.016), ("markdown", 0.033)):
        values = samples[kind]
        if not values:
            continue
        med = statistics.median(values)
        report(
            f"3 answer -> next ({name}, {'help changes' if kind == 'markdown' else 'same help'})",
            f"{med * 1000:.1f} ms CPU (n={len(values)})",
            "",
            None,
            f"<= {goal * 1000:.0f} ms",
            med <= goal,
        )


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="toolmix-bench-"))
    big = make_tree(10_000)
    (folder / "big.json").write_text(json.dumps(big))
    for node in big["nodes"].values():  # type: ignore[union-attr]
        node.pop("help", None)
    big["id"] = "big-plain"
    (folder / "big-plain.json").write_text(json.dumps(big))
    summary("default tree", asyncio.run(measure(ROOT / "trees" / "social-tool-mix.json", 40)))
    summary("10k tree, help on every question", asyncio.run(measure(folder / "big.json", 150)))
    summary("10k tree, no help", asyncio.run(measure(folder / "big-plain.json", 150)))


if __name__ == "__main__":
    main()
