"""Target 2 in-process: CPU from the interpreter's start to the first screen settled.

    python bench/first_frame.py

Less exposed to a loaded machine than bench/startup.py (CPU time, not the
wall clock; no terminal): each run is a fresh interpreter that imports the
app, loads the tree (from the cache of checked trees, filled by one untimed
run) and runs it headless at 100x32 until the first screen is settled. The
default tree with its intro and without it, against the bare one-Label app,
in interleaved rounds; a ratio is the median of the per-round ratios.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from common import PYTHON, ROOT, compile_bytecode, middle_half, paired_ratio, report, round_ratios

ROUNDS = 9

RUN = """
import gc, os, sys, time
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
gc.disable()  # as toolmix's entry point starts
which, spent = sys.argv[1], []
async def settled(pilot):
    await pilot.pause()
    spent.append(time.process_time())
    pilot.app.exit()
if which == "bare":
    sys.path.insert(0, {bench!r})
    from bare_app import Bare
    app = Bare()
else:
    from toolmix.load.discovery import resolve
    from toolmix.tui.app import make_app
    app = make_app(resolve(which, [], print), sessions_dir=None, settings_path=None)
app.run(headless=True, size=(100, 32), auto_pilot=settled)
print(spent[0])
"""


def cpu(which: str, env: dict[str, str]) -> float:
    code = RUN.format(bench=str(ROOT / "bench"))
    out = subprocess.run(
        [PYTHON, "-c", code, which], capture_output=True, text=True, check=True, env=env
    ).stdout
    return float(out.strip().splitlines()[-1])


def main() -> None:
    compile_bytecode()
    folder = Path(tempfile.mkdtemp(prefix="toolmix-bench-trees-"))
    tree = json.loads((ROOT / "trees" / "social-tool-mix.json").read_text())
    (folder / "intro.json").write_text(json.dumps(tree))
    tree.pop("intro", None)
    (folder / "no-intro.json").write_text(json.dumps(tree))
    env = {**os.environ, "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="toolmix-bench-cache-")}
    runs = {"bare": "bare", "intro": str(folder / "intro.json")}
    runs["no intro"] = str(folder / "no-intro.json")
    for which in runs.values():
        cpu(which, env)  # fills the cache
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(ROUNDS):
        for name, which in runs.items():
            samples[name].append(cpu(which, env))
    for name in ("no intro", "intro"):
        ratio = paired_ratio(samples, name, "bare")
        spread = middle_half(round_ratios(samples, name, "bare"))
        report(
            f"2 start CPU in-process vs bare app ({name})",
            f"{sorted(samples[name])[ROUNDS // 2] * 1000:.0f} ms CPU",
            f"bare one-Label app {sorted(samples['bare'])[ROUNDS // 2] * 1000:.0f} ms; "
            f"half the rounds {spread}",
            ratio,
            "(startup.py holds the goal)",
            None,
        )


if __name__ == "__main__":
    main()
