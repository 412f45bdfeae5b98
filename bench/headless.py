"""Target 1: a headless answer vs `python -c "import pydantic"`, whole process.

    python bench/headless.py

Three figures: the usual run, where the tree was loaded before and comes from
toolmix's cache of checked trees (no pydantic import at all); a first run of
the tree (a new, empty cache folder: read, validated and linted in full, and kept); and the
cache off (TOOLMIX_NO_CACHE=1: the same, not kept).
"""

from __future__ import annotations

import os
import tempfile

from common import (
    PYTHON,
    ROOT,
    TOOLMIX,
    compile_bytecode,
    new_tree_cache,
    report,
    side_by_side,
    wall,
)

PERSONA = ROOT / "tests" / "personas" / "local-bakery.json"


def main() -> None:
    compile_bytecode()
    answer = [TOOLMIX, "answer", "social-tool-mix", "--answers", str(PERSONA), "--format", "json"]
    env = {**os.environ, "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="toolmix-bench-cache-")}
    off = {**env, "TOOLMIX_NO_CACHE": "1"}
    wall(answer, env=env)  # fills the cache
    result = side_by_side(
        {
            "pydantic": lambda: wall([PYTHON, "-c", "import pydantic"]),
            "answer": lambda: wall(answer, env=env),
            "first": lambda: wall(answer, env={**env, "XDG_CACHE_HOME": new_tree_cache()}),
            "off": lambda: wall(answer, env=off),
        }
    )
    for key, name in (
        ("answer", "1 headless answer"),
        ("first", "1 headless answer, first run of the tree"),
        ("off", "1 headless answer, cache off"),
    ):
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
