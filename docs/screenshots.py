"""Make the README's screenshots with the app's own SVG screenshot support.

    python docs/screenshots.py

writes docs/img/question.svg, docs/img/result.svg and docs/img/what-if.svg
from the shipped tree and the bakery persona (tests/personas/local-bakery.json).
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path

from toolmix.load.discovery import resolve
from toolmix.tui.app import make_app

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
SIZE = (100, 32)


async def question(sessions: Path) -> None:
    app = make_app(resolve("social-tool-mix"), sessions_dir=sessions / "q")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *"Rosie's Bakery", "enter", "down", "down")
        await pilot.pause()
        app.save_screenshot(str(OUT / "question.svg"))


async def bakery_result(sessions: Path, name: str, keys: list[str]) -> None:
    """The bakery's result (its saved session resumed), then ``keys``, saved as ``name``."""
    persona = json.loads((ROOT / "tests" / "personas" / "local-bakery.json").read_text())
    folder = sessions / name
    folder.mkdir(parents=True)
    saved = {"format": 1, "tree": "social-tool-mix", "answers": persona["answers"]}
    (folder / "social-tool-mix.json").write_text(json.dumps(saved))
    app = make_app(resolve("social-tool-mix"), sessions_dir=folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # resume: every answer is there, so the result shows
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        app.save_screenshot(str(OUT / name))


async def result(sessions: Path) -> None:
    await bakery_result(sessions, "result.svg", [])  # the plan, as the result opens


async def what_if(sessions: Path) -> None:
    """What if, on the answer the result rests on most (its key under What matters most)."""
    await bakery_result(sessions, "what-if.svg", ["1"])


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        await question(Path(tmp))
        await result(Path(tmp))
        await what_if(Path(tmp))


if __name__ == "__main__":
    asyncio.run(main())
