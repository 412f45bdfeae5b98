"""Target 5: `toolmix validate` of generated 10k, 50k and 100k-question trees.

    python bench/scale.py

Whole-process time (median of BENCH_RUNS runs, 5 for the bigger trees) and
peak RSS from /usr/bin/time -v; the CPU (user + system) of the 10k and 100k
validations, clean and, for 10k, with 8,500 unreachable questions (a warning
each, every one located); then the engine's cost per step (one answer) on the
10k and 100k trees, in-process, to show it does not grow with size.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from common import RUNS, TOOLMIX, compile_bytecode, cpu_seconds, max_rss_kib, report
from gen_tree import answers_for, make_tree

from toolmix.engine.session import Session
from toolmix.load.loader import load_tree


def step_cost(path: Path, questions: int, steps: int = 2000) -> float:
    loaded = load_tree(path)
    answers = answers_for(questions)["answers"]
    assert isinstance(answers, dict)
    session = Session(loaded)
    times = []
    for _ in range(steps):
        value = answers[session.current]
        start = time.perf_counter()
        session.answer(value)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def validate_cpu(folder: Path) -> None:
    """CPU of `toolmix validate`: 10k clean, 10k with 8,500 located warnings, 100k clean."""
    warned = make_tree(10_000)
    # Leaving for the result after 1,500 questions makes the other 8,500 unreachable.
    warned["nodes"]["q1499"]["next"] = "end"
    (folder / "warned-10000.json").write_text(json.dumps(warned, indent=1))
    cpu: dict[str, float] = {}
    for name, runs in (("big-10000", RUNS), ("warned-10000", RUNS), ("big-100000", 3)):
        got = [
            cpu_seconds([TOOLMIX, "validate", str(folder / f"{name}.json")]) for _ in range(runs)
        ]
        cpu[name] = statistics.median(g[0] for g in got)
        warnings = got[0][1].count("warning")
        goal = {"big-10000": 0.8, "warned-10000": 1.5}.get(name)
        report(
            f"5 validate CPU, {name}",
            f"{cpu[name]:.2f} s",
            f"{warnings} warnings",
            None,
            f"<= {goal} s" if goal else "",
            goal is None or cpu[name] <= goal,
        )
    growth = cpu["big-100000"] / cpu["big-10000"]
    report("5 CPU growth 10k -> 100k", f"{growth:.1f}x", "", growth, "<= 11x", growth <= 11)


def main() -> None:
    compile_bytecode()
    folder = Path(tempfile.mkdtemp(prefix="toolmix-bench-"))
    sizes = (10_000, 50_000, 100_000)
    seconds: dict[int, float] = {}
    peaks: dict[int, int] = {}
    for n in sizes:
        path = folder / f"big-{n}.json"
        path.write_text(json.dumps(make_tree(n)))
        runs = [
            max_rss_kib([TOOLMIX, "validate", str(path)]) for _ in range(RUNS if n == 10_000 else 5)
        ]
        seconds[n] = statistics.median(r[0] for r in runs)
        rss = peaks[n] = max(r[1] for r in runs)
        size_mb = path.stat().st_size / 1e6
        report(
            f"5 validate {n // 1000}k questions ({size_mb:.0f} MB)",
            f"{seconds[n]:.2f} s",
            f"peak {rss / 1024:.0f} MiB",
            None,
            "<= 0.8 s" if n == 10_000 else "",
            n != 10_000 or seconds[n] <= 0.8,
        )
    marginal = (peaks[100_000] - peaks[10_000]) / 90_000
    report(
        "5 memory per question (10k -> 100k)",
        f"{marginal:.1f} KiB",
        "peak RSS difference / 90,000",
        None,
        "<= 15 KiB",
        marginal <= 15,
    )
    growth = seconds[100_000] / seconds[10_000]
    report("5 growth 10k -> 100k", f"{growth:.1f}x", "", growth, "<= 11x (linear)", growth <= 11)
    validate_cpu(folder)
    small = step_cost(folder / "big-10000.json", 10_000)
    large = step_cost(folder / "big-100000.json", 100_000)
    report(
        "5 engine step, 10k vs 100k",
        f"{large * 1e6:.0f} us at 100k",
        f"{small * 1e6:.0f} us at 10k",
        large / small,
        "does not grow with size",
        large / small < 2,
    )


if __name__ == "__main__":
    main()
