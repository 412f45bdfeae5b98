"""Issue 19's exploring targets, in-process, on the default tree: every what-if of one walk
in at most 50 ms of CPU, and why-not for every item of the catalogue in at most 200 ms.

    python bench/explore.py

For each persona of the default tree (tests/personas/*.json), the tree loaded once and the
answers replayed once, then timed with time.process_time: "what if" is every alternative of
every answered question (``explore.what_if`` for each, as the result screen asks), "why not"
is ``explore.why_not`` for each item. Median of BENCH_RUNS rounds (default 7) per persona;
the figure is the slowest persona's median (the median persona beside it).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from common import ROOT, RUNS, median, report

from toolmix.engine import explore
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree, load_tree

WHAT_IF_MS = 50
WHY_NOT_MS = 200


def every_what_if(loaded: LoadedTree, walk: Session) -> int:
    """Every alternative of every answered question; how many were walked."""
    return sum(len(explore.what_if(loaded, walk, q)["alternatives"]) for q in walk.answers)


def every_why_not(loaded: LoadedTree, walk: Session) -> int:
    """Why-not of every item, as a screen listing them all asks (the alternatives walked once)."""
    return len(explore.why_not_every(loaded, walk))


def each_why_not_alone(loaded: LoadedTree, walk: Session) -> int:
    """Why-not of every item asked one at a time, as ``--why-not ITEM`` does for one."""
    return len([explore.why_not(loaded, walk, item) for item in loaded.tree.items])


def cpu_ms(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return (time.process_time() - start) * 1000


def main() -> None:
    loaded = load_tree(ROOT / "trees" / "social-tool-mix.json")
    walks = []
    for path in sorted((ROOT / "tests" / "personas").glob("*.json")):
        answers = read_answers(path)
        if answers.tree == loaded.id:
            walks.append((path.stem, replay(loaded, answers)[0]))
    figures: dict[str, list[float]] = {"what if": [], "why not": [], "alone": []}
    counts = []
    for _name, walk in walks:
        counts.append(every_what_if(loaded, walk))  # also warms what the first call builds
        for label, work in (
            ("what if", every_what_if),
            ("why not", every_why_not),
            ("alone", each_why_not_alone),
        ):
            figures[label].append(
                median([cpu_ms(lambda w=walk, f=work: f(loaded, w)) for _ in range(RUNS)])
            )
    items = len(loaded.tree.items)
    print(
        f"# {loaded.id} {loaded.tree.version}: {len(walks)} personas, "
        f"{min(counts)}-{max(counts)} alternatives each, {items} items; {RUNS} rounds"
    )
    alone = max(figures["alone"])
    for label, goal, what, baseline in (
        ("what if", WHAT_IF_MS, "every alternative of every answered question", ""),
        (
            "why not",
            WHY_NOT_MS,
            f"why-not of all {items} items",
            f"each item asked alone: {alone:.1f} ms",
        ),
    ):
        worst, middle = max(figures[label]), median(figures[label])
        report(
            f"explore: {what}",
            f"{worst:.1f} ms CPU (slowest persona; median persona {middle:.1f} ms)",
            baseline,
            alone / worst if baseline else None,
            f"<= {goal} ms",
            worst <= goal,
        )


if __name__ == "__main__":
    main()
