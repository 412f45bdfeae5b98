"""Pilot: opening a result again (issue 19, "Reopen").

``toolmix TREE --answers F`` opens the app on the result of those answers; each
finished walk's result is kept, and the picker offers it under its tree.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from conftest import HERE, TREES
from pilot_walks import walk_to_result
from toasts import Toasts
from toolmix.cli.main import main
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.session import Session
from toolmix.load.loader import load_tree
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen

TINY = TREES / "tiny.json"
BASE: dict[str, Any] = json.loads((HERE / "tiny-answers.json").read_text())
# The mix of BASE: instagram, site, reply; the plan "The steady mix".


def walk_of(answers: Path) -> Session:
    session, _ = replay(load_tree(TINY), read_answers(answers))
    return session


def opened_app(tmp_path: Path, answers: Path) -> ToolmixApp:
    return make_app(
        load_tree(TINY),
        sessions_dir=tmp_path / "sessions",
        results_dir=tmp_path / "results",
        opened=walk_of(answers),
    )


def base_file(tmp_path: Path, **changes: Any) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({**BASE, "answers": {**BASE["answers"], **changes}}))
    return path


def picked(app: ToolmixApp) -> list[str]:
    assert isinstance(app.screen, ResultScreen)
    return [r.item_id for r in app.screen.mix.picked]


@pytest.mark.parametrize("kind", ["answers file", "JSON result"])
async def test_the_app_opens_on_the_result_of_an_answers_file(tmp_path: Path, kind: str) -> None:
    answers = base_file(tmp_path)
    if kind == "JSON result":
        result = tmp_path / "result.json"
        assert main(["answer", str(TINY), "--answers", str(answers), "--format", "json",
                     "-o", str(result)]) == 0  # fmt: skip
        answers = result
    app = opened_app(tmp_path, answers)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        assert picked(app) == ["instagram", "site", "reply"]
        assert app.session is not None and app.session.answers == BASE["answers"]
        await pilot.press("escape")  # back: the last question, as after any walk
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and app.session.current == "site"


async def test_opening_on_answers_leaves_an_unfinished_walk_saved(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    unfinished = {"format": 1, "tree": "tiny", "answers": {"name": "Other"}, "x-path": ["name"]}
    (sessions / "tiny.json").write_text(json.dumps(unfinished))
    app = opened_app(tmp_path, base_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)  # nothing offered over it
        await pilot.press("escape")  # a move: saved, in a file of its own
        await pilot.pause()
    assert json.loads((sessions / "tiny.json").read_text())["answers"] == {"name": "Other"}
    assert json.loads((sessions / "tiny+2.json").read_text())["answers"] == BASE["answers"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
async def test_a_finished_walk_keeps_its_result(tmp_path: Path, umask: int, mode: int) -> None:
    app = make_app(load_tree(TINY), results_dir=tmp_path / "results")
    old = os.umask(umask)
    try:
        async with app.run_test(size=(100, 32)) as pilot:
            await walk_to_result(pilot, app)
            assert app.session is not None
            answers = dict(app.session.answers)
            assert app.last_mix is not None
            shown = app.last_mix.result_node
    finally:
        os.umask(old)
    kept = tmp_path / "results" / "tiny.json"
    data = json.loads(kept.read_text())
    assert (data["tree"], data["answers"], data["result_node"]) == ("tiny", answers, shown)
    assert stat.S_IMODE(kept.stat().st_mode) == mode


async def highlight_last_result(pilot: Pilot[None], app: ToolmixApp) -> str:
    """Down the picker's list to the first "last result" line; its text."""
    assert isinstance(app.screen, PickerScreen)
    options = app.screen.query_one("#trees", OptionList)
    for _ in range(options.option_count):
        option = options.highlighted_option
        if option is not None and str(option.id).startswith("last:"):
            return str(option.prompt)
        await pilot.press("down")
    raise AssertionError("no last result offered")


async def test_the_picker_offers_the_last_result_and_opens_it(tmp_path: Path) -> None:
    results = tmp_path / "results"
    first = make_app(load_tree(TINY), opened=walk_of(base_file(tmp_path)), results_dir=results)
    async with first.run_test(size=(80, 24)) as pilot:
        await pilot.pause()  # the result shown: kept
    app = make_app(trees_dirs=[TREES], sessions_dir=tmp_path / "sessions", results_dir=results)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        lines = app.screen.lines
        assert [kept.title for _, kept in lines if kept is not None] == ["ACME: The steady mix"]
        assert "Your last result: ACME: The steady mix" in await highlight_last_result(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        assert picked(app) == ["instagram", "site", "reply"]
        assert app.session is not None and app.session.answers == BASE["answers"]
        assert not isinstance(app.screen, ConfirmDialog)


async def test_a_last_result_the_tree_no_longer_takes_is_named(tmp_path: Path) -> None:
    results = tmp_path / "results"
    results.mkdir()
    stale = {"tree": "tiny", "title": "Old", "result_node": "done", "answers": {"name": "A"}}
    (results / "tiny.json").write_text(json.dumps(stale))
    toasts = Toasts()
    app = make_app(trees_dirs=[TREES], results_dir=results)
    async with app.run_test(size=(80, 24), message_hook=toasts) as pilot:
        await pilot.pause()
        await highlight_last_result(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
    assert any("no longer fits the tree" in m and "audience" in m for m in toasts.messages)


@pytest.mark.parametrize("content", ["", "not json", '{"tree": "tiny", "answers": {}}'])
async def test_no_last_result_offered_without_one(tmp_path: Path, content: str) -> None:
    results = tmp_path / "results"
    results.mkdir()
    if content:
        (results / "tiny.json").write_text(content)
    app = make_app(trees_dirs=[TREES], results_dir=results)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert all(kept is None for _, kept in app.screen.lines)
        assert len(app.screen.lines) == len(app.screen.catalogue.trees)


def test_without_a_full_terminal_answers_print_the_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Under pytest stdin and stdout are not a terminal: the app is not started.
    assert main(["--trees", str(TREES), "--answers", str(base_file(tmp_path))]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("# ACME: The steady mix\n")
    assert "so the result is printed" in captured.err
    assert main([str(TINY), "--answers", str(HERE / "personas" / "musician.json")]) == 1
    assert "the answers are for tree 'social-tool-mix', not 'tiny'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("walked_in", "shown_in", "title"),
    [
        ("en", "es", "ACME: La combinación constante"),
        ("es", "en", "ACME: The steady mix"),
        ("es", "es", "ACME: La combinación constante"),
    ],
)
async def test_the_last_result_is_named_in_the_language_shown_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, walked_in: str, shown_in: str, title: str
) -> None:
    """newuser6 #6: the picker said the title in the language of the walk."""
    from toolmix.load.translate.side import translated
    from toolmix.text.i18n import use_language

    results = tmp_path / "results"
    monkeypatch.setenv("TOOLMIX_LANG", walked_in)  # the trees' language (--lang)
    use_language(walked_in)  # toolmix's own words; put back after each test (conftest)
    session, _ = replay(translated(load_tree(TINY)), read_answers(base_file(tmp_path)))
    first = make_app(translated(load_tree(TINY)), opened=session, results_dir=results)
    async with first.run_test(size=(80, 24)) as pilot:
        await pilot.pause()  # the result shown: kept, its title in the walk's language
    monkeypatch.setenv("TOOLMIX_LANG", shown_in)
    use_language(shown_in)
    app = make_app(trees_dirs=[TREES], sessions_dir=tmp_path / "sessions", results_dir=results)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        prompt = await highlight_last_result(pilot, app)
        assert title in prompt, prompt
