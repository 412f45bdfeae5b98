"""Target 2: start to the first question visible, in a real terminal (tmux).

    python bench/startup.py

Side by side, medians: toolmix on the default tree with its intro (the first
screen is the intro) and without it (the first screen is the first question),
a bare one-Label Textual app, and questionary's select prompt (skipped when
questionary is not installed). ``BENCH_QUICK=1`` times only the usual starts
and the bare app.
Figures are medians of at least 15 rounds; a ratio is the median of the
ratios within each round, each run against the baseline run of the same
round, and the baseline column gives where the middle half of those fell.
toolmix is timed as it usually starts, with the tree in its cache of checked
trees (one untimed run fills it); on a first run of the tree (a new, empty cache
folder each time: the tree is checked in full in the app's process, and kept); and with the
cache off (TOOLMIX_NO_CACHE=1: checked in full, not kept).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from common import (
    PYTHON,
    ROOT,
    RUNS,
    TOOLMIX,
    Tmux,
    compile_bytecode,
    median,
    middle_half,
    new_tree_cache,
    paired_ratio,
    report,
    round_ratios,
    rounds,
)

CTRL_Q = "C-q"
#: At least this many rounds: a single start varies by 10-30% on this machine,
#: so the median of the per-round ratios needs more samples than other figures.
ROUNDS = 15


def main() -> None:
    compile_bytecode()
    folder = Path(tempfile.mkdtemp(prefix="toolmix-bench-trees-"))
    tree = json.loads((ROOT / "trees" / "social-tool-mix.json").read_text())
    (folder / "intro.json").write_text(json.dumps(tree))
    # A line of the intro's text that is drawn in one style (no Markdown in it).
    plain = (line for line in tree["intro"].splitlines() if line and not set(line) & set("#*_`[]"))
    intro_text = next(plain)[:20]
    tree.pop("intro", None)
    (folder / "no-intro.json").write_text(json.dumps(tree))
    term = Tmux()
    question = tree["nodes"][tree["start"]]["text"]  # the first question, as the tree words it
    command = f"{TOOLMIX} {folder / 'no-intro.json'}"
    intro_command = f"{TOOLMIX} {folder / 'intro.json'}"
    quick = os.environ.get("BENCH_QUICK") == "1"
    try:
        term.time_until(command, question, [CTRL_Q])  # fills the cache
        term.time_until(intro_command, intro_text, [CTRL_Q])
        runs = {
            "toolmix": lambda: term.time_until(command, question, [CTRL_Q]),
            "intro": lambda: term.time_until(intro_command, intro_text, [CTRL_Q]),
            "first": lambda: term.time_until(
                f"XDG_CACHE_HOME={new_tree_cache()} {command}", question, [CTRL_Q]
            ),
            "off": lambda: term.time_until(f"TOOLMIX_NO_CACHE=1 {command}", question, [CTRL_Q]),
            "bare": lambda: term.time_until(
                f"{PYTHON} {ROOT / 'bench' / 'bare_app.py'}", "Hello from a bare app", [CTRL_Q]
            ),
        }
        if quick:
            del runs["first"], runs["off"]
        try:
            if quick:
                raise ImportError
            import questionary  # noqa: F401

            prompt = ROOT / "bench" / "questionary_prompt.py"
            runs["questionary"] = lambda: term.time_until(
                f"{PYTHON} {prompt}", "Which one do you use most?", ["C-c"]
            )
        except ImportError:
            pass
        samples = rounds(runs, max(RUNS, ROUNDS))
    finally:
        term.close()
        shutil.rmtree(folder, ignore_errors=True)
    result = {name: median(values) for name, values in samples.items()}
    for key, name in (
        ("toolmix", "2 start vs bare app (no intro: the first question)"),
        ("intro", "2 start vs bare app (the intro)"),
        ("first", "2 start vs bare app, first run of the tree"),
        ("off", "2 start vs bare app, cache off"),
    ):
        if key not in samples:
            continue
        ratio = paired_ratio(samples, key, "bare")
        spread = middle_half(round_ratios(samples, key, "bare"))
        report(
            name,
            f"{result[key] * 1000:.0f} ms",
            f"bare one-Label app {result['bare'] * 1000:.0f} ms; half the rounds {spread}",
            ratio,
            "<= 1.3x",
            ratio <= 1.3,
        )
    if "questionary" in result:
        ratio = paired_ratio(samples, "toolmix", "questionary")
        spread = middle_half(round_ratios(samples, "toolmix", "questionary"))
        report(
            "2 start vs questionary",
            f"{result['toolmix'] * 1000:.0f} ms",
            f"questionary select {result['questionary'] * 1000:.0f} ms; half the rounds {spread}",
            ratio,
            "<= 2x",
            ratio <= 2,
        )
    else:
        report("2 start vs questionary", "skipped", "pip install questionary", None, "<= 2x", True)


if __name__ == "__main__":
    main()
