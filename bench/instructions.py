"""Target 2 counted: instructions from the interpreter's start to the first screen.

    python bench/instructions.py

The run of bench/first_frame.py (a fresh interpreter imports the app, loads
the tree from the cache of checked trees and runs it headless at 100x32
until the first screen is settled), once each under valgrind's callgrind,
which counts the instructions executed: the default tree without its intro
and with it, and the bare one-Label app. The count is the same from one run
to the next (PYTHONHASHSEED fixed), however busy the machine, so a change of
a few milliseconds shows where timing a shared machine cannot; it is not a
time (a cache miss costs more than an instruction), and bench/startup.py
holds the goal. Needs valgrind (Debian package valgrind); about a minute.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from common import PYTHON, ROOT, compile_bytecode, report
from first_frame import RUN


def instructions(which: str, env: dict[str, str]) -> int:
    code = RUN.format(bench=str(ROOT / "bench"))
    subprocess.run([PYTHON, "-c", code, which], check=True, env=env, capture_output=True)
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            PYTHON,
            "-c",
            code,
            which,
        ],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(done.stderr[-500:])
    return int(found.group(1))


def main() -> None:
    if shutil.which("valgrind") is None:
        report("2 start instructions", "skipped", "valgrind not installed", None, "", None)
        return
    compile_bytecode()
    folder = Path(tempfile.mkdtemp(prefix="toolmix-bench-trees-"))
    tree = json.loads((ROOT / "trees" / "social-tool-mix.json").read_text())
    (folder / "intro.json").write_text(json.dumps(tree))
    tree.pop("intro", None)
    (folder / "no-intro.json").write_text(json.dumps(tree))
    env = {
        **os.environ,
        "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="toolmix-bench-cache-"),
        "PYTHONHASHSEED": "0",
        "PYTHONMALLOC": "malloc",  # valgrind follows malloc, not Python's own allocator
    }
    bare = instructions("bare", env)
    for name, path in (("no intro", folder / "no-intro.json"), ("intro", folder / "intro.json")):
        count = instructions(str(path), env)
        report(
            f"2 start instructions vs bare app ({name})",
            f"{count / 1e6:,.1f} M",
            f"bare one-Label app {bare / 1e6:,.1f} M",
            count / bare,
            "(startup.py holds the goal)",
            None,
        )


if __name__ == "__main__":
    main()
