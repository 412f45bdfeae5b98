"""Target 3: CPU work of one answer, from the key to the next question shown.

    python bench/transition.py

In-process, the process CPU time (time.process_time, so waiting is not
counted) from the key that answers to the next question drawn. Steps
alternate between two ways of measuring:

- direct (the figure for the goal): the key events are posted to the app as
  a terminal's driver posts them, and the CPU of a 0.1 s window is taken,
  less the CPU of an idle window of the same length;
- through Pilot (press, then pause(0)): the same work plus Pilot's own,
  which waits on every widget of the screen; a key bound to nothing shows
  what that costs.

Transitions are split by whether the help shown (the question's or an
option's) changed. Trees: the default tree, and generated 10,000-question
trees with and without help text.
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
from textual import events

from toolmix.load.loader import load_tree
from toolmix.model.nodes import InfoNode, MultiNode, NumberNode, SingleNode, TextNode
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.screens.question import QuestionScreen


def help_of(session) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    node = session.node
    first = None
    if isinstance(node, (SingleNode, MultiNode)):
        opts = session.visible_options()
        first = opts[0].help if opts else None
    return getattr(node, "help", None) or getattr(node, "body", None), first


IDLE_WINDOW = 0.1  # seconds: long enough for a step and the frame it draws


async def key_cpu(app: ToolmixApp, keys: list[str]) -> float:
    """CPU of the app from these keys' events to the frame they lead to, no harness.

    The keys are posted as a terminal's driver posts them; the window is long
    enough for the next frame to be drawn; the CPU of an idle window of the
    same length is subtracted by the caller.
    """
    start = time.process_time()
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))
    await asyncio.sleep(IDLE_WINDOW)
    return time.process_time() - start


async def idle_cpu() -> float:
    start = time.process_time()
    await asyncio.sleep(IDLE_WINDOW)
    return time.process_time() - start


async def measure(tree_path: Path, steps: int, first: int = 0) -> dict[str, list[float]]:
    """Samples per kind of step and way of measuring.

    Steps alternate between the two ways: "direct" (key events posted to the
    app, as from a terminal, less an idle window's CPU) and "pilot" (Pilot's
    press and pause(0), which also spend CPU on waiting for every widget);
    ``first`` 1 starts with Pilot, so two walks measure every question both
    ways. The last answer, which opens the result rather than a next
    question, is not counted (bench/screens.py times the result).
    """
    loaded = load_tree(tree_path)
    app = make_app(loaded, sessions_dir=Path(tempfile.mkdtemp()) / "s")
    samples: dict[str, list[float]] = {"noop": [], "idle": []}
    async with app.run_test(size=(100, 32)) as pilot:
        if not isinstance(app.screen, QuestionScreen):
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
            samples["idle"].append(await idle_cpu())
        for step in range(steps):
            if session.finished or not isinstance(app.screen, QuestionScreen):
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
            if (step + first) % 2:
                way = "pilot"
                start = time.process_time()
                await pilot.press(*keys)
                await pilot.pause(0)
                spent = time.process_time() - start
            else:
                way = "direct"
                await asyncio.sleep(0.02)
                spent = await key_cpu(app, keys)
            if session.finished or not isinstance(app.screen, QuestionScreen):
                break
            kind = "markdown" if help_of(session) != before else "plain"
            samples.setdefault(f"{way} {kind}", []).append(spent)
        # The result may still be mounting: leaving now would end the app under it.
        await pilot.pause()
    idle = statistics.median(samples["idle"])
    for kind in ("plain", "markdown"):
        samples[f"direct {kind}"] = [v - idle for v in samples.get(f"direct {kind}", [])]
    return samples


def summary(name: str, samples: dict[str, list[float]]) -> None:
    harness = statistics.median(samples["noop"])
    for kind, goal in (("plain", 0.016), ("markdown", 0.033)):
        what = "help changes" if kind == "markdown" else "same help"
        direct = samples.get(f"direct {kind}", [])
        if direct:
            med = statistics.median(direct)
            report(
                f"3 answer -> next ({name}, {what})",
                f"{med * 1000:.1f} ms CPU (n={len(direct)})",
                "",
                None,
                f"<= {goal * 1000:.0f} ms",
                med <= goal,
            )
        pilot = samples.get(f"pilot {kind}", [])
        if pilot:
            med = statistics.median(pilot)
            report(
                f"3 the same through Pilot ({name}, {what})",
                f"{med * 1000:.1f} ms CPU (n={len(pilot)}), "
                f"of which Pilot's own {harness * 1000:.1f} ms",
                "",
                None,
                "",
                None,
            )


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="toolmix-bench-"))
    big = make_tree(10_000)
    (folder / "big.json").write_text(json.dumps(big))
    for node in big["nodes"].values():  # type: ignore[union-attr]
        node.pop("help", None)
    big["id"] = "big-plain"
    (folder / "big-plain.json").write_text(json.dumps(big))
    walks: dict[str, list[float]] = {}
    for walk in range(6):  # the default tree is short: six walks, each question 3 times each way
        for kind, values in asyncio.run(
            measure(ROOT / "trees" / "social-tool-mix.json", 40, walk % 2)
        ).items():
            walks.setdefault(kind, []).extend(values)
    summary("default tree, 6 walks", walks)
    summary("10k tree, help on every question", asyncio.run(measure(folder / "big.json", 150)))
    summary("10k tree, no help", asyncio.run(measure(folder / "big-plain.json", 150)))


if __name__ == "__main__":
    main()
