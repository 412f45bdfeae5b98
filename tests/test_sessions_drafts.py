"""Drafts: what a question shows but was not given yet (ticks, typing) is kept, saved and resumed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import TREES, saved_and_restored
from toolmix.engine.drafts import keep_draft, untouched
from toolmix.engine.session import Draft, Session
from toolmix.engine.step import step_for
from toolmix.load.loader import load_tree
from toolmix.store.autosave import claim
from toolmix.store.resume import offer_words, restore
from toolmix.tui.app import make_app
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.keeping import DRAFT_SAVE_DELAY
from toolmix.tui.screens.question import QuestionScreen

TINY = load_tree(TREES / "tiny.json")
#: tiny.json's answers up to each question that takes a draft.
BEFORE: dict[str, list[Any]] = {
    "name": [],
    "formats": ["ACME", "b2c"],
    "hours": ["ACME", "b2c", ["video"], "yes"],
}
DRAFTS: list[tuple[str, Draft]] = [
    ("formats", ["photos"]),
    ("formats", ["video", "photos"]),
    ("formats", []),  # every tick taken off an earlier answer
    ("name", "Bright Bak"),
    ("name", "  "),
    ("hours", "2,"),
    ("hours", "abc"),
    ("hours", ""),
]


def walk_to(node_id: str, *, earlier: bool = False) -> Session:
    """A session on ``node_id``; ``earlier``: it was answered before and gone back to."""
    session = Session(TINY)  # on 'name' (tiny's intro is a screen, not a node)
    for value in BEFORE[node_id]:
        session.answer(value)
    if earlier:
        session.answer({"formats": ["video"], "name": "ACME", "hours": 3}[node_id])
        session.back()
    assert session.current == node_id
    return session


def shown(session: Session) -> Draft:
    step = step_for(session)
    if step.multi:
        return [o.id for o in step.options if o.checked]
    field = step.number or step.text
    assert field is not None
    return field.value


@pytest.mark.parametrize(
    ("node_id", "draft", "earlier"),
    [
        *((n, d, True) for n, d in DRAFTS),
        *((n, d, False) for n, d in DRAFTS if d != []),  # no tick on a new question: no draft
    ],
)
def test_a_draft_is_shown_saved_and_resumed_on_the_same_question(
    tmp_path: Path, node_id: str, draft: Draft, earlier: bool
) -> None:
    session = walk_to(node_id, earlier=earlier)
    assert keep_draft(session, node_id, draft)
    assert shown(session) == draft
    again = saved_and_restored(tmp_path, session)
    assert again.current == node_id
    assert again.drafts == {node_id: draft}
    assert shown(again) == draft
    assert again.previous_answer() == session.previous_answer()  # the earlier answer is kept too


@pytest.mark.parametrize(("node_id", "draft"), DRAFTS)
def test_a_draft_survives_going_back_and_returning(node_id: str, draft: Draft) -> None:
    session = walk_to(node_id)
    keep_draft(session, node_id, draft)
    if node_id == "name":
        return  # the first question: nowhere to go back to
    session.back()
    session.answer(BEFORE[node_id][-1])  # the same answer again: back on the drafted question
    assert session.current == node_id and shown(session) == draft


@pytest.mark.parametrize(
    ("node_id", "draft", "answer"),
    [("formats", ["photos"], ["photos"]), ("name", "Bright", "Bright"), ("hours", "2", 2)],
)
def test_giving_the_answer_drops_the_draft(node_id: str, draft: Draft, answer: Any) -> None:
    session = walk_to(node_id)
    keep_draft(session, node_id, draft)
    session.answer(answer)
    assert node_id not in session.drafts
    while session.current != node_id:
        session.back()
    assert shown(session) == draft  # now the earlier answer, shown as it was given


@pytest.mark.parametrize("node_id", ["formats", "name", "hours"])
def test_what_the_question_shows_anyway_is_no_draft(node_id: str) -> None:
    for earlier in (False, True):
        session = walk_to(node_id, earlier=earlier)
        base = untouched(session, node_id)
        assert base is not None
        assert not keep_draft(session, node_id, base)
        assert session.drafts == {}


def test_a_question_being_changed_is_not_skipped_by_the_replay() -> None:
    """Back past a drafted question that had an answer, then on: it stops there, draft shown."""
    session = walk_to("formats", earlier=True)  # formats answered [video], gone back to
    keep_draft(session, "formats", ["photos"])
    session.back()  # to audience
    session.answer("b2c")  # formats' old answer would be replayed, but it is being changed
    assert session.current == "formats" and shown(session) == ["photos"]


def test_only_a_draft_is_still_offered_with_words_that_fit(tmp_path: Path) -> None:
    session = walk_to("name")
    keep_draft(session, "name", "Bri")
    found = claim(tmp_path, "tiny")
    found.autosave.save(session)
    found.autosave.release()
    again = claim(tmp_path, "tiny")
    assert again.saved is not None
    restored = restore(TINY, again.saved)
    assert restored.count == 0 and restored.worth_offering
    question, _yes, _no = offer_words(restored)
    assert "0 answers" not in question and "started on a question" in question


@pytest.mark.parametrize(
    "drafts",
    [
        {"formats": "photos"},  # a string for a multi question
        {"hours": 3},  # a number, not what was typed
        {"nowhere": ["x"]},
        {"formats": [1, 2]},
        {"name": "x" * 1000},  # longer than the field takes: cut
        [],
    ],
)
def test_drafts_that_do_not_fit_are_left_out_not_fatal(tmp_path: Path, drafts: Any) -> None:
    session = walk_to("name")
    found = claim(tmp_path, "tiny")
    found.autosave.save(session)
    found.autosave.release()
    path = found.autosave.path
    data = json.loads(path.read_text())
    data["x-drafts"] = drafts
    path.write_text(json.dumps(data))
    again = claim(tmp_path, "tiny")
    assert again.saved is not None and again.problems == []
    restored = restore(TINY, again.saved).session
    if isinstance(drafts, dict) and "name" in drafts:
        assert restored.drafts == {"name": "x" * TINY.tree.nodes["name"].max_length}  # type: ignore[union-attr]
    else:
        assert restored.drafts == {}


# --- the app (Pilot) -------------------------------------------------------------------

#: Keys from the intro to each question, then what is ticked or typed there (not confirmed).
TO = {
    "name": ["enter"],
    "formats": ["enter", *"ACME", "enter", "2"],
    "hours": ["enter", *"ACME", "enter", "2", "1", "enter", "1"],
}
ON_SCREEN: list[tuple[str, list[str], Draft]] = [
    ("formats", ["2"], ["photos"]),
    ("formats", ["1", "2"], ["video", "photos"]),
    ("name", [*"Bright Ba"], "Bright Ba"),
    ("hours", ["backspace", "2", "comma"], "2,"),
]


def on_screen(app: Any) -> Draft:
    from textual.widgets import Input

    from toolmix.tui.widgets.choices import ChoiceList

    screen = app.screen
    assert isinstance(screen, QuestionScreen), screen
    if screen.step.multi:
        choices = screen.query_one("#choices", ChoiceList)
        return [i for i in choices.option_ids() if i in choices.checked]
    field = "#number" if screen.step.number is not None else "#text"
    value: str = screen.query_one(field, Input).value
    return value


@pytest.mark.parametrize("wait", [False, True], ids=["quit-at-once", "after-the-delay"])
@pytest.mark.parametrize(("node_id", "keys", "draft"), ON_SCREEN)
async def test_what_is_on_screen_survives_a_quit_and_comes_back_on_resume(
    tmp_path: Path, node_id: str, keys: list[str], draft: Draft, wait: bool
) -> None:
    app = make_app(TINY, sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(*TO[node_id])
        await pilot.pause()
        assert app.session is not None and app.session.current == node_id
        await pilot.press(*keys)
        await pilot.pause()
        assert on_screen(app) == draft
        if wait:  # what kill -9 would find: saved without quitting
            await pilot.pause(DRAFT_SAVE_DELAY + 0.3)
            data = json.loads((tmp_path / "sessions" / "tiny.json").read_text())
            assert data["x-drafts"] == {node_id: draft}
        await pilot.press("ctrl+q")
    again = make_app(TINY, sessions_dir=tmp_path / "sessions")
    async with again.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, ConfirmDialog), again.screen
        await pilot.press("enter")  # Resume
        await pilot.pause()
        assert again.session is not None and again.session.current == node_id
        assert on_screen(again) == draft


@pytest.mark.parametrize(("node_id", "keys", "draft"), ON_SCREEN)
async def test_ctrl_c_ends_nothing_and_loses_nothing(
    tmp_path: Path, node_id: str, keys: list[str], draft: Draft
) -> None:
    app = make_app(TINY, sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(*TO[node_id], *keys)
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause(DRAFT_SAVE_DELAY + 0.3)
        assert app.is_running and app.session is not None and app.session.current == node_id
        assert on_screen(app) == draft
        data = json.loads((tmp_path / "sessions" / "tiny.json").read_text())
        assert data["x-drafts"] == {node_id: draft}
