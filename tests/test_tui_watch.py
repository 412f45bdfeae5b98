"""``toolmix TREE --watch``: the tree reloaded when its file changes, answers kept, problems shown."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import tiny_data
from pilot_walks import to_formats, touched, wait_for
from toasts import Toasts
from toolmix.cli.app_args import app_args
from toolmix.load.loader import load_tree
from toolmix.tui.app import ToolmixApp, make_app


def write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data))


def watched(tmp_path: Path) -> tuple[Path, dict[str, Any], ToolmixApp]:
    """tiny.json written to a file, and an app following that file."""
    tree = tmp_path / "tiny.json"
    data = tiny_data()
    write(tree, data)
    return tree, data, make_app(load_tree(tree), watch=tree)


async def test_a_changed_tree_is_reloaded_with_the_answers_kept(tmp_path: Path) -> None:
    toasts = Toasts()
    tree, data, app = watched(tmp_path)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        await to_formats(pilot, app)
        assert app.session is not None and app.session.answers["audience"] == "b2c"
        before = app.session
        data["nodes"]["audience"]["text"] = "Who are your customers?"
        touched(tree, data)
        app.look_at_tree()
        await wait_for(pilot, lambda: app.session is not before)
        assert app.session.answers == before.answers
        assert app.session.current == before.current
        assert app.session.nodes["audience"].text == "Who are your customers?"  # type: ignore[union-attr]
        messages = [n.message for n in toasts.shown]
        assert "Reloaded the tree; your answers are kept." in messages


async def test_answers_that_no_longer_fit_are_named(tmp_path: Path) -> None:
    toasts = Toasts()
    tree, data, app = watched(tmp_path)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        await to_formats(pilot, app)
        before = app.session
        # 'b2c' is renamed: the audience answer no longer fits.
        data["nodes"]["audience"]["options"][1]["id"] = "people"
        touched(tree, data)
        app.look_at_tree()
        await wait_for(pilot, lambda: app.session is not before)
        assert app.session is not None
        assert "audience" not in app.session.answers
        assert app.session.current == "audience"
        dropped = [n for n in toasts.shown if n.title == "Answers dropped"]
        assert dropped and "Who buys from you?" in dropped[0].message


async def test_a_broken_change_is_shown_and_the_walk_goes_on(tmp_path: Path) -> None:
    toasts = Toasts()
    tree, data, app = watched(tmp_path)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        await to_formats(pilot, app)
        before = app.session
        data["nodes"]["formats"]["next"] = "nowhere"
        touched(tree, data)
        app.look_at_tree()
        await wait_for(
            pilot, lambda: any(n.title == "The tree file has problems" for n in toasts.shown)
        )
        shown = next(n for n in toasts.shown if n.title == "The tree file has problems")
        assert "unknown node 'nowhere'" in shown.message
        assert "The walk goes on with the tree as it was." in shown.message
        assert app.session is before
        assert app.is_running


def test_no_change_no_check(tmp_path: Path) -> None:
    _, _, app = watched(tmp_path)
    app.look_at_tree()  # nothing changed since the app was made: no worker is started
    assert list(app.workers) == []


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["t.json", "--watch"], ("t.json", [], True, None)),
        (["t.json"], ("t.json", [], False, None)),
        (["--trees", "d", "t"], ("t", ["d"], False, None)),
        (["t", "--answers", "a.json"], ("t", [], False, "a.json")),
        (["--answers", "a.json"], (None, [], False, "a.json")),
    ],
)
def test_the_watch_flag(argv: list[str], expected: tuple[object, ...]) -> None:
    assert app_args(argv) == expected


def test_watch_needs_a_tree(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        app_args(["--watch"])
    assert exc.value.code == 2
    assert "--watch needs a TREE" in capsys.readouterr().err


async def test_a_new_title_is_shown_after_the_reload(tmp_path: Path) -> None:
    from toolmix.tui.widgets.question_header import QuestionHeader

    tree, data, app = watched(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await to_formats(pilot, app)
        before = app.session
        data["title"] = "A renamed tree"
        touched(tree, data)
        app.look_at_tree()
        await wait_for(pilot, lambda: app.session is not before)
        await pilot.pause()
        header = app.screen.query_one(QuestionHeader)
        assert header.render().plain.splitlines()[0] == "A renamed tree"
