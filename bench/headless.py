"""Target 1: a headless answer vs `python -c "import pydantic"`, whole process.

    python bench/headless.py

Two figures: the usual run, where the tree was loaded before and comes from
toolmix's cache of checked trees (no pydantic import at all), and a first run
of a tree (TOOLMIX_NO_CACHE=1: read, validated and linted in full).
"""

from __future__ import annotations

import os
import tempfile

from common import PYTHON, ROOT, TOOLMIX, compile_bytecode, report, side_by_side, wall

PERSONA = ROOT / "tests" / "personas" / "local-bakery.json"


def main() -> None:
    compile_bytecode()
    answer = [TOOLMIX, "answer", "social-tool-mix", "--answers", str(PERSONA), "--format", "json"]
    env = {**os.environ, "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="toolmix-bench-cache-")}
    cold = {**env, "TOOLMIX_NO_CACHE": "1"}
    wall(answer, env=env)  # fills the cache
    result = side_by_side(
        {
            "pydantic": lambda: wall([PYTHON, "-c", "import pydantic"]),
            "answer": lambda: wall(answer, env=env),
            "first": lambda: wall(answer, env=cold),
        }
    )
    for key, name in (("answer", "1 headless answer"), ("first", "1 headless answer, first run")):
        ratio = result[key] / result["pydantic"]
        report(
            name,
            f"{result[key] * 1000:.0f} ms",
            f"import pydantic {result['pydantic'] * 1000:.0f} ms",
            ratio,
            "<= 3x",
            ratio <= 3,
        )


if __name__ == "__main__":
    main()
