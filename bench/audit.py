"""Issue 16's audit targets: the default tree with 20,000 random walks under 10 s, and an
exhaustive tree of about 200,000 combinations under 30 s.

    python bench/audit.py

Times the whole command (``toolmix audit TREE --format json``) in a process of its own,
median of BENCH_AUDIT_RUNS runs (default 3). The generated tree has six questions of five
options and one of twelve (187,500 combinations), each option scoring items of 30, in
three groups with limits, so every walk is scored in full.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

from common import ROOT, TOOLMIX, median, report

RUNS = int(os.environ.get("BENCH_AUDIT_RUNS", "3"))


def generated_tree() -> dict[str, object]:
    items = {f"i{k}": {"name": f"Item {k}", "group": f"g{k % 3}", "effort": 0.5} for k in range(30)}
    sizes = [5, 5, 5, 5, 5, 5, 12]
    nodes: dict[str, object] = {}
    for q, size in enumerate(sizes):
        options = [
            {
                "id": f"o{o}",
                "label": f"Option {o}",
                "effects": [
                    {
                        "item": f"i{(q * 7 + o * 3 + e) % 30}",
                        "score": 1 + e,
                        "because": f"q{q} o{o}",
                    }
                    for e in range(3)
                ],
            }
            for o in range(size)
        ]
        nxt = f"q{q + 1}" if q + 1 < len(sizes) else "end"
        nodes[f"q{q}"] = {
            "type": "single",
            "text": f"Question {q}",
            "options": options,
            "next": nxt,
        }
    nodes["end"] = {"type": "result", "title": "End"}
    return {
        "format": 1,
        "id": "audit-bench",
        "title": "Audit bench",
        "version": "1",
        "start": "q0",
        "groups": {f"g{k}": {"title": f"G{k}", "max": 2 + k} for k in range(3)},
        "items": items,
        "nodes": nodes,
        "result": {"min_score": 3, "budget": {"value": 4}},
    }


def timed(args: list[str]) -> tuple[float, dict[str, object]]:
    start = time.perf_counter()
    done = subprocess.run(
        [TOOLMIX, "audit", *args, "--format", "json"], capture_output=True, text=True, check=True
    )
    return time.perf_counter() - start, json.loads(done.stdout)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="toolmix-bench-audit-"))
    big = folder / "audit-bench.json"
    big.write_text(json.dumps(generated_tree()))
    default = str(ROOT / "trees" / "social-tool-mix.json")
    cases = [
        ("audit: default tree, 20,000 random walks", [default, "--walks", "20000"], 10.0),
        ("audit: 187,500 combinations, exhaustive", [str(big)], 30.0),
    ]
    for target, args, goal in cases:
        times = []
        for _ in range(RUNS):
            seconds, out = timed(args)
            times.append(seconds)
        figure = median(times)
        how = "exhaustive" if out["exhaustive"] else "random"
        report(
            target,
            f"{figure:.2f} s ({out['walks']:,} walks, {how})",
            "",
            None,
            f"< {goal:.0f} s",
            figure < goal,
        )


if __name__ == "__main__":
    main()
