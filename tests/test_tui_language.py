"""The tree picker, ``toolmix list`` and ``--watch`` show trees in the language asked for,
as ``toolmix TREE`` does: titles from the side file, a reload translated again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import TREES
from pilot_walks import to_formats, touched, wait_for
from toolmix.cli.main import main
from toolmix.load.loader import load_tree
from toolmix.load.translate.side import translated
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.widgets.question_header import QuestionHeader

SPANISH_TITLE = "Árbol de prueba mínimo"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tiny.json and its Spanish side file in a folder of their own; Spanish asked for."""
    for name in ("tiny.json", "tiny.es.json"):
        shutil.copy(TREES / "translated" / name, tmp_path / name)
    monkeypatch.setenv("TOOLMIX_LANG", "es")
    return tmp_path


def option_text(app: ToolmixApp, path: Path) -> str:
    from textual.widgets import OptionList

    trees = app.screen.query_one("#trees", OptionList)
    return str(trees.get_option(str(path)).prompt)


async def test_the_picker_shows_a_trees_title_from_its_translation(folder: Path) -> None:
    app = ToolmixApp(trees_dirs=[folder])
    async with app.run_test(size=(100, 32)) as pilot:
        assert isinstance(app.screen, PickerScreen)
        shown = option_text(app, folder / "tiny.json")
        assert SPANISH_TITLE in shown and "Tiny test tree" not in shown
        assert "Un árbol pequeño que usa todos los tipos de nodo" in shown
        found = next(f for f in app.screen.catalogue.trees if f.path == folder / "tiny.json")
        app.screen.post_message(PickerScreen.Chosen(found))
        await wait_for(pilot, lambda: app.loaded is not None and app.loaded.id == "tiny")
        assert app.loaded is not None and app.loaded.tree.title == SPANISH_TITLE


async def test_the_picker_in_english_shows_the_trees_own_title(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOOLMIX_LANG", "")
    app = ToolmixApp(trees_dirs=[folder])
    async with app.run_test(size=(100, 32)):
        assert "Tiny test tree" in option_text(app, folder / "tiny.json")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_list_shows_the_translated_title(
    fmt: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "--trees", str(folder), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert SPANISH_TITLE in out and "Tiny test tree" not in out


def header_title(app: ToolmixApp) -> str:
    return str(app.screen.query_one(QuestionHeader).render().plain.splitlines()[0])


def rewrite(path: Path, change: Any) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


async def test_a_reloaded_tree_is_translated_again(folder: Path) -> None:
    tree = folder / "tiny.json"
    app = make_app(translated(load_tree(tree)), watch=tree)
    async with app.run_test(size=(100, 32)) as pilot:
        await to_formats(pilot, app)
        assert header_title(app) == SPANISH_TITLE
        before = app.session
        data = json.loads(tree.read_text())
        touched(tree, data)  # the tree changes, not its title
        app.look_at_tree()
        await wait_for(pilot, lambda: app.session is not before)
        await pilot.pause()
        assert header_title(app) == SPANISH_TITLE
        assert app.loaded is not None and app.loaded.tree.title == SPANISH_TITLE


async def test_a_changed_translation_is_reloaded_too(folder: Path) -> None:
    tree = folder / "tiny.json"
    app = make_app(translated(load_tree(tree)), watch=tree)
    async with app.run_test(size=(100, 32)) as pilot:
        await to_formats(pilot, app)
        before = app.session

        def retitle(data: dict[str, Any]) -> None:
            data["strings"]["title"]["text"] = "Un árbol diminuto"

        rewrite(folder / "tiny.es.json", retitle)
        app.look_at_tree()
        await wait_for(pilot, lambda: app.session is not before)
        await pilot.pause()
        assert header_title(app) == "Un árbol diminuto"
