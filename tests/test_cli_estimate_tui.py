"""The picker, the intro and the progress line give the engine's one count of questions."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static

from conftest import SHIPPED, TREES
from toolmix.engine.estimate import questions_text, tree_range
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.widgets.question_header import QuestionHeader

MAIN = SHIPPED / "social-tool-mix.json"


async def test_the_picker_shows_each_trees_range(tmp_path: Path) -> None:
    app = make_app(trees_dirs=[TREES], sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32)):
        screen = app.screen
        assert isinstance(screen, PickerScreen)
        options = screen.query_one("#trees", OptionList)
        for i, found in enumerate(screen.catalogue.trees):
            if found.tree is None:
                continue
            prompt = options.get_option_at_index(i).prompt
            text = prompt.plain if hasattr(prompt, "plain") else str(prompt)
            assert f"  {questions_text(*tree_range(found.tree))} · " in text, text
        main_count = questions_text(*tree_range(load_tree(MAIN)))
        assert f"  {main_count} · " in str(options.get_option_at_index(0).prompt)


async def test_the_picker_shows_which_file_an_id_names(tmp_path: Path) -> None:
    folder = tmp_path / "trees"
    folder.mkdir()
    (folder / "tiny-draft.json").write_text('{"format": 1, "id": "tiny", "title": ')
    app = make_app(trees_dirs=[TREES, folder], sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32)):
        assert isinstance(app.screen, PickerScreen)
        note = str(app.screen.query_one("#picker-note", Static).render())
        assert "tiny-draft.json" in note and "broken and not used" in note


async def test_the_intro_and_the_progress_line_give_the_same_range(tmp_path: Path) -> None:
    loaded = load_tree(MAIN)
    fewest, most = tree_range(loaded)
    app = make_app(loaded, sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32)) as pilot:
        assert isinstance(app.screen, IntroScreen)
        count = str(app.screen.query_one("#intro-count", Static).render())
        assert count == f"{fewest}–{most} questions"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.query_one(QuestionHeader).label == f"Question 1 of {fewest}–{most}"
