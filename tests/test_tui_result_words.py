"""The result screen's words are the owner's: no scores, a reason against said in words.

newuser6 #4: "ask the regulars who thank you. +1" and Spanish "+20" on the Why column;
a business owner cannot read a score. The JSON result keeps them for authors.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from textual.widgets import Static

from conftest import make_tree
from toolmix.engine.answers_file import read_answers, replay
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.widgets.mix_list import MixList

TREE = make_tree(
    {
        "who": {
            "type": "single",
            "text": "Who comes?",
            "options": [
                {
                    "id": "locals",
                    "label": "Locals",
                    "effects": [
                        {"item": "maps", "score": 20, "because": "Locals look you up on a map."},
                        {"item": "maps", "score": -1, "because": "Listings need photos."},
                        {"item": "posts", "score": 2, "because": "Posts remind them."},
                    ],
                }
            ],
            "next": "end",
        },
        "end": {"type": "result", "title": "Done"},
    },
    items={
        "maps": {"name": "A map listing", "group": "g"},
        "posts": {"name": "Posts", "group": "g"},
    },
)


async def test_the_reasons_carry_no_score(tmp_path: Path) -> None:
    path = tmp_path / "tree.json"
    path.write_text(json.dumps(TREE))
    loaded = load_tree(path)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"format": 1, "tree": "t", "answers": {"who": "locals"}}))
    session, _warnings = replay(loaded, read_answers(answers))
    app = make_app(loaded, sessions_dir=tmp_path / "s", opened=session)
    async with app.run_test(size=(100, 32)) as pilot:
        for _ in range(3):
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        await pilot.press("m")  # the mix and why
        await pilot.pause()
        mix = screen.query_one(MixList)
        seen = 0
        for index, entry in enumerate(mix.entries):
            if entry.row is None:
                continue
            mix.highlighted = index
            await pilot.pause()
            shown = str(screen.query_one("#reasons", Static).render())
            for reason in entry.row.reasons:
                assert reason.text in shown
                seen += 1
            assert not re.search(r"[+-]\d", shown), shown
            if entry.row.item_id == "maps":
                line = next(x for x in shown.splitlines() if "Listings need photos." in x)
                assert line.endswith("(against it)")
        assert seen == 3


def test_an_item_that_takes_no_time_says_so_as_the_plan_does(tmp_path: Path) -> None:
    """The mix said "0 hours a week" (ES "0 horas a la semana") where Every week says
    "no extra time"."""
    from toolmix.engine.selection import choose
    from toolmix.text.words import hours_phrase
    from toolmix.tui.widgets.mix_list import mix_entries

    path = tmp_path / "tree.json"
    path.write_text(json.dumps(TREE))  # its items have no effort
    mix = choose(load_tree(path).tree, [("who", "locals"), ("end", None)])
    items = [e for e in mix_entries(mix) if e.row is not None]
    assert items and all(e.facts[0] == hours_phrase(0) == "no extra time" for e in items)


@pytest.mark.parametrize("width", [20, 31, 46, 80])
def test_the_plans_list_items_wrap_under_their_words(width: int) -> None:
    """This week's "1." and Every week's "•" items: their second lines start under the
    words, not under the label, and no word is lost or split."""
    from textual.content import Content

    from toolmix.tui.widgets.hanging_list import hanging_lines

    item = "Turn on notifications for messages and reviews on each place you set up. " * 2
    text = f"This week\n\n1. {item}\n12. {item}\n• {item}\nThese take about an hour of your two."
    lines = [line.plain for line in hanging_lines(Content(text), width)]
    assert all(len(line) <= width for line in lines)
    assert " ".join(" ".join(lines).split()) == " ".join(text.split())
    starts = {"1. ": "   ", "12. ": "    ", "• ": "  "}
    for label, indent in starts.items():
        at = next(i for i, line in enumerate(lines) if line.startswith(label))
        assert lines[at + 1].startswith(indent) and lines[at + 1][len(indent)] != " "
    assert not lines[-1].startswith(" ")  # a paragraph wraps as it is
