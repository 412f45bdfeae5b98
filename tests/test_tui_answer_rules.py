"""Engine rules every front end shares: a changed answer trims later multi answers
(issue 15.2), and refusals are said in the words of the person answering (15.7)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import TREES
from toasts import Toasts
from toolmix.engine.answer_checks import AnswerError
from toolmix.engine.answer_words import change_notes
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree, load_tree
from toolmix.plain import PlainWalk
from toolmix.store.autosave import Saved
from toolmix.store.resume import restore
from toolmix.tui.app import make_app
from toolmix.tui.screens.question import QuestionScreen

LONG = TREES / "layout" / "long-multi.json"


@pytest.fixture(scope="module")
def long_tree() -> LoadedTree:
    return load_tree(LONG)


def walked(loaded: LoadedTree, gather: list[str]) -> Session:
    session = Session(loaded)
    for value in ("nearby", gather, 2):
        session.answer(value)
    return session


@pytest.mark.parametrize(
    ("ticked", "kept", "gone"),
    [
        (["facebook", "reviewsites", "nextdoor"], ["facebook"], ["reviewsites", "nextdoor"]),
        (["reviewsites", "youtube"], ["youtube"], ["reviewsites"]),
        (["instagram", "nextdoor", "discord"], ["instagram", "discord"], ["nextdoor"]),
    ],
)
def test_a_changed_answer_drops_only_the_hidden_ticks(
    long_tree: LoadedTree, ticked: list[str], kept: list[str], gone: list[str]
) -> None:
    session = walked(long_tree, ticked)
    session.jump_to("where")
    change = session.answer("anywhere")
    assert session.answers["gather"] == kept
    assert change.trimmed == {"gather": gone}
    assert change.dropped == []
    assert session.finished  # hours was kept too: the walk went on to the result
    (note,) = change_notes(session.nodes, change.dropped, change.trimmed)
    assert "Review sites" in note or "Nextdoor" in note
    assert "reviewsites" not in note and "nextdoor" not in note  # labels, not ids


def test_a_multi_left_with_too_few_ticks_is_asked_again_with_the_rest(
    tmp_path: Path,
) -> None:
    data = json.loads(LONG.read_text(encoding="utf-8"))
    data["nodes"]["gather"]["min"] = 2
    (tmp_path / "min2.json").write_text(json.dumps(data), encoding="utf-8")
    session = walked(load_tree(tmp_path / "min2.json"), ["facebook", "nextdoor"])
    session.jump_to("where")
    change = session.answer("anywhere")
    assert session.current == "gather"
    assert change.trimmed == {"gather": ["nextdoor"]} and change.dropped == []
    assert session.previous_answer() == ["facebook"]
    assert session.remembered.get("hours") == 2  # the answers after it are still kept


def test_a_multi_left_with_no_tick_is_dropped(long_tree: LoadedTree) -> None:
    session = walked(long_tree, ["reviewsites", "nextdoor"])
    session.jump_to("where")
    change = session.answer("anywhere")
    assert session.current == "gather" and change.dropped == ["gather"]
    assert session.previous_answer() is None


def test_resuming_keeps_the_ticks_that_still_show(long_tree: LoadedTree) -> None:
    answers: dict[str, Any] = {"where": "anywhere", "gather": ["facebook", "nextdoor"], "hours": 2}
    saved = Saved(answers=answers, finished=False, path=[], read=[])
    restored = restore(long_tree, saved)
    assert restored.session.answers["gather"] == ["facebook"]
    assert restored.trimmed == {"gather": ["nextdoor"]}
    assert restored.dropped == [] and restored.session.finished


def test_the_ask_prompt_says_which_ticks_went(long_tree: LoadedTree) -> None:
    # nearby; Facebook and Review sites; back twice; anywhere
    out = io.StringIO()
    lines = ["1", "1,12", "b", "b", "2"]
    walk = PlainWalk(long_tree, io.StringIO("\n".join(lines) + "\n"), out)
    for _ in lines:
        walk.step()
    said = " ".join(out.getvalue().split())  # wrapped at 80 columns
    assert "Unticked Review sites" in said and "the rest kept" in said
    assert walk.session.answers["gather"] == ["facebook"]


async def test_the_app_says_which_ticks_went_above_the_question(
    long_tree: LoadedTree, tmp_path: Path
) -> None:
    """The issue's walk: nearby, tick Facebook and Review sites, back, anywhere."""
    toasts = Toasts()
    app = make_app(long_tree, sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24), notifications=True, message_hook=toasts) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("1", *["down"] * 11, "space", "enter")
        await pilot.pause()
        assert app.session is not None and app.session.current == "hours"
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.session.current == "where"
        await pilot.press("2")
        await pilot.pause()
        assert app.session.answers["gather"] == ["facebook"]
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        notice = screen.query_one("#notice")
        said = str(notice.render())
        assert notice.display and "Unticked Review sites" in said and "the rest kept" in said
        assert notice.region.bottom <= screen.query_one("#question").region.y
        assert not toasts.shown  # no toast over the options
        await pilot.press("escape")  # the next step: the notice was about this one
        await pilot.pause()
        assert not notice.display


ENTER_WORDS = [
    ("hours", 2.3, "Use steps of half an hour, e.g. 2 or 2.5"),
    ("hours", 25, "25 is too high: type a number from 0.5 to 20"),
    ("hours", 0, "0 is too low: type a number from 0.5 to 20"),
    ("hours", "two", "Type a number from 0.5 to 20"),
    ("gather", [], "Tick at least one option to continue"),
    ("gather", ["facebook", "notsure"], "“I'm not sure” goes alone: untick it or the others"),
]


@pytest.mark.parametrize(("node", "value", "words"), ENTER_WORDS)
def test_a_refusal_is_said_in_the_answerers_words(
    long_tree: LoadedTree, node: str, value: Any, words: str
) -> None:
    session = Session(long_tree)
    session.answer("nearby")
    if node == "hours":
        session.answer(["facebook"])
    with pytest.raises(AnswerError) as caught:
        session.answer(value)
    assert caught.value.words == words
    assert f"'{node}'" in caught.value.message  # an answers file's author still gets the id


async def test_the_app_shows_the_words_and_a_corrected_value_clears_them(
    long_tree: LoadedTree, tmp_path: Path
) -> None:
    from textual.widgets import Input

    app = make_app(long_tree, sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("1", "enter")
        await pilot.pause()
        hint = app.screen.query_one("#hint")
        assert "From 0.5 to 20" in str(hint.render()) or "0.5 to 20" in str(hint.render())
        field = app.screen.query_one("#number", Input)
        field.value = "2.3"
        await pilot.press("enter")
        await pilot.pause()
        assert "Use steps of half an hour, e.g. 2 or 2.5" in str(hint.render())
        assert "'hours'" not in str(hint.render())
        await pilot.press("backspace")
        await pilot.pause()
        assert "Use steps" not in str(hint.render())
        assert "in steps of 0.5" in str(hint.render())
