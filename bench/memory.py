"""Target 4: memory. Peak RSS of the app vs the bare app; growth over 1,000 steps.

    python bench/memory.py

Each app runs headless (Textual's run_test) in its own process, which reports
its peak RSS once the first question is shown: toolmix as it usually starts
(the tree in its cache of checked trees); on a first run of the tree (a new,
empty cache folder: the tree is checked in full in the app's process, as the command does); and with the cache off (TOOLMIX_NO_CACHE=1: checked in
full in the app's process). Then, in the toolmix process, 1,000 answers forward and 1,000 steps back on a generated 10,000-question
tree, and the RSS (VmRSS) before and after, after a garbage collection.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from common import PYTHON, ROOT, median, new_tree_cache, report

FIRST_SCREEN = """
import asyncio, resource, sys, tempfile
from pathlib import Path
sys.path.insert(0, {bench!r})
async def main():
    if {which!r} == "bare":
        from bare_app import Bare
        app = Bare()
    else:  # as 'toolmix social-tool-mix' starts (toolmix.cli.main.run_app)
        from toolmix.tui.app import make_app
        from toolmix.load.discovery import resolve
        app = make_app(resolve("social-tool-mix"), sessions_dir=Path(tempfile.mkdtemp()) / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        if {which!r} != "bare":
            await pilot.press("enter")
            await pilot.pause()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(own)
asyncio.run(main())
"""

WALK = """
import asyncio, gc, json, sys, tempfile
from pathlib import Path
sys.path.insert(0, {bench!r})
from gen_tree import make_tree
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app

def rss_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])

async def main():
    folder = Path(tempfile.mkdtemp())
    tree = make_tree(10_000)
    (folder / "big.json").write_text(json.dumps(tree))
    app = make_app(load_tree(folder / "big.json"), sessions_dir=folder / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        for _ in range(50):  # warm up: caches, first screens
            await pilot.press("1")
        for _ in range(50):
            await pilot.press("escape")
        await pilot.pause()
        gc.collect()
        before = rss_kib()
        for _ in range(1000):
            await pilot.press("1")
        for _ in range(1000):
            await pilot.press("escape")
        await pilot.pause()
        gc.collect()
        after = rss_kib()
    print(json.dumps({{"before": before, "after": after}}))
asyncio.run(main())
"""


CACHE = {"XDG_CACHE_HOME": tempfile.mkdtemp(prefix="toolmix-bench-cache-")}


def peak(which: str, env: dict[str, str] | None = None) -> int:
    """Peak RSS in KiB of the app's process."""
    code = FIRST_SCREEN.format(bench=str(ROOT / "bench"), which=which)
    out = subprocess.run(
        [PYTHON, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **CACHE, **(env or {})},
    ).stdout
    return int(out.strip().splitlines()[-1])


def main() -> None:
    peak("toolmix")  # fills the cache
    bare = median([peak("bare") for _ in range(5)])
    first = [peak("toolmix", {"XDG_CACHE_HOME": new_tree_cache()}) for _ in range(5)]
    runs = {
        "4 peak RSS vs bare app": median([peak("toolmix") for _ in range(5)]),
        "4 peak RSS vs bare app, first run of the tree": median(first),
        "4 peak RSS vs bare app, cache off": median(
            [peak("toolmix", {"TOOLMIX_NO_CACHE": "1"}) for _ in range(5)]
        ),
    }
    for name, app in runs.items():
        ratio = app / bare
        report(
            name,
            f"{app / 1024:.0f} MiB",
            f"bare one-Label app {bare / 1024:.0f} MiB",
            ratio,
            "<= 1.3x",
            ratio <= 1.3,
        )
    out = subprocess.run(
        [PYTHON, "-c", WALK.format(bench=str(ROOT / "bench"))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    walk = json.loads(out.strip().splitlines()[-1])
    growth = (walk["after"] - walk["before"]) / 1024
    report(
        "4 RSS growth, 1,000 answers and back",
        f"{growth:+.1f} MiB",
        f"from {walk['before'] / 1024:.0f} MiB",
        None,
        "< 10 MiB",
        growth < 10,
    )


if __name__ == "__main__":
    sys.exit(main())
