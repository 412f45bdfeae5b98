"""What the parts kept for speed avoid, each measured as it stands now.

    python bench/avoided.py

The code says why each part is there; the figures are here and in
docs/performance.md. Each is a median of BENCH_RUNS runs (CPU time):

- the restyle a screen's first resume would do (``StyledAtMount``): Textual's
  ``update_node_styles`` on the intro, the question and the result screen of
  the default tree, in-process with Pilot, just after each was shown;
- a ``@dataclass`` compiled at import against a ``@record`` with the same six
  fields (``toolmix.model.record``), frozen, slotted and by keyword as the models are;
- importing ``hashlib`` (``toolmix.load.cache.new_hash`` avoids it),
  ``argparse`` with ``json`` (the usual start imports neither), and markdown-it
  with a first parse (``tui/widgets/quick_markdown.py`` reads a plain intro
  without it), each in a new interpreter against ``python -c pass``;
- ``toolmix validate`` of a generated 10k-question tree with the collector on
  against off (the entry point turns it off while a command builds its objects).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import PYTHON, ROOT, RUNS, cpu_seconds, report
from gen_tree import make_tree

from toolmix.engine.answers_file import read_answers, replay
from toolmix.load.discovery import DEFAULT_TREE, resolve
from toolmix.model.record import record
from toolmix.tui.app import make_app


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def restyles() -> dict[str, float]:
    """CPU of the restyle each screen's first resume skips, by screen."""
    loaded = resolve(DEFAULT_TREE, [], lambda _: None)
    persona = sorted((ROOT / "tests" / "personas").glob("*.json"))[0]
    finished, _ = replay(loaded, read_answers(str(persona)))
    spent: dict[str, list[float]] = {}

    def restyle(screen: object) -> None:
        start = time.process_time()
        screen.update_node_styles(animate=False)  # type: ignore[attr-defined]
        spent.setdefault(type(screen).__name__, []).append(time.process_time() - start)

    async def once() -> None:
        folder = Path(tempfile.mkdtemp())
        app = make_app(loaded, sessions_dir=folder / "s", resume=False)
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            restyle(app.screen)
            await pilot.press("enter")
            await pilot.pause()
            restyle(app.screen)
        app = make_app(loaded, sessions_dir=folder / "s", resume=False, opened=finished)
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            restyle(app.screen)

    for _ in range(RUNS):
        asyncio.run(once())
    return {name: statistics.median(values) for name, values in spent.items()}


def class_cost(make: Callable[[int], type]) -> float:
    """CPU of building one class, over 200 classes."""
    start = time.process_time()
    for n in range(200):
        make(n)
    return (time.process_time() - start) / 200


def fields(n: int) -> dict[str, object]:
    names = ("a", "b", "c", "d", "e", "f")
    return {"__annotations__": dict.fromkeys(names, "int"), "f": 0, "__qualname__": f"C{n}"}


def compiled(n: int) -> type:
    return dataclasses.dataclass(frozen=True, slots=True, kw_only=True)(
        type(f"C{n}", (), fields(n))
    )


def shared(n: int) -> type:
    return record(frozen=True, slots=True, kw_only=True)(type(f"C{n}", (), fields(n)))


def import_cost(code: str) -> float:
    """CPU of ``code`` (imports) in a new interpreter, less that of ``python -c pass``."""
    with_them = [cpu_seconds([PYTHON, "-c", code])[0] for _ in range(RUNS)]
    bare = [cpu_seconds([PYTHON, "-c", "pass"])[0] for _ in range(RUNS)]
    return statistics.median(with_them) - statistics.median(bare)


IMPORTS = {
    "import hashlib": "import hashlib",
    "import argparse, json": "import argparse, json",
    "import markdown-it and a first parse": (
        "from markdown_it import MarkdownIt; MarkdownIt('commonmark').enable(['table', 'strikethrough'])"
        ".parse('# Hi\\n\\nSome **words**.')"
    ),
}


def validate_cpu(tree: Path, collector: bool) -> float:
    code = (
        "import gc, sys\n"
        f"gc.{'enable' if collector else 'disable'}()\n"
        "from toolmix.cli.main import main\n"
        f"sys.exit(main(['validate', {str(tree)!r}]))"
    )
    return cpu_seconds([PYTHON, "-c", code])[0]


def main() -> None:
    for name, seconds in restyles().items():
        report(f"restyle a first resume skips: {name}", ms(seconds), "", None, "", None)
    dataclass_s = statistics.median(class_cost(compiled) for _ in range(RUNS))
    record_s = statistics.median(class_cost(shared) for _ in range(RUNS))
    report("a frozen, slotted class of 6 fields: @dataclass", ms(dataclass_s), "", None, "", None)
    report("the same class: @record", ms(record_s), "", None, "", None)
    for what, code in IMPORTS.items():
        report(what, ms(import_cost(code)), "python -c pass", None, "", None)
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "big.json"
        tree.write_text(json.dumps(make_tree(10_000)))
        on = statistics.median(validate_cpu(tree, True) for _ in range(RUNS))
        off = statistics.median(validate_cpu(tree, False) for _ in range(RUNS))
    report("validate a 10k tree, collector on", f"{on:.2f} s", "", None, "", None)
    report("the same, collector off", f"{off:.2f} s", "", None, "", None)


if __name__ == "__main__":
    main()
