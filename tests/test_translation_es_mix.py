"""The Spanish translation of the main tree, social-tool-mix (issue 20): complete, current, used.

The check finds nothing missing, stale or unknown; walking every persona with
``--lang es`` exports none of the tree's English text (in JSON and Markdown),
and the full-screen app asks its questions in Spanish. Only brand names read
the same in both languages, and they are listed here: a string left in
English by mistake is not one of them. The app's own words ("Your plan",
"Continue") are not the tree's and are not tested here.

When the English tree changes, ``toolmix translate --check trees/social-tool-mix.json``
lists what to translate in ``trees/social-tool-mix.es.json``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from conftest import HERE, SHIPPED
from pilot_walks import answer_with_keys
from toolmix.cli.main import main
from toolmix.load.discovery import resolve
from toolmix.load.loader import LoadedTree, load_tree
from toolmix.load.translate.check import check_translation
from toolmix.load.translate.side import read_translation, side_file
from toolmix.load.translate.strings import source_hash, tree_strings
from toolmix.text.i18n import ASKED
from toolmix.tui.app import make_app
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen

TREE = SHIPPED / "social-tool-mix.json"
PERSONAS = sorted((HERE / "personas").glob("*.json"))

#: Names that are the same in Spanish: the networks and tools themselves.
SAME_IN_SPANISH = frozenset(
    {
        "Bluesky",
        "Brand24",
        "Buffer",
        "Canva",
        "Discord",
        "Eventbrite",
        "Facebook",
        "Instagram",
        "LinkedIn",
        "Linktree",
        "Luma",
        "Meetup",
        "Metricool",
        "Nextdoor",
        "Pinterest",
        "Telegram",
        "Threads",
        "TikTok",
        "Twitch",
        "Untappd",
        "WhatsApp",
        "X",
        "YouTube",
    }
)


def spanish(loaded: LoadedTree) -> LoadedTree:
    mp = pytest.MonkeyPatch()
    mp.setenv(ASKED, "es")
    try:
        from toolmix.load.translate.side import translated

        return translated(loaded)
    finally:
        mp.undo()


def test_the_spanish_translation_is_complete_and_current() -> None:
    problems = check_translation(load_tree(TREE), side_file(TREE, "es"))
    # A change to the English tree shows here: translate what the check lists.
    assert [str(p) for p in problems] == []


def test_only_brand_names_read_the_same_in_both_languages() -> None:
    loaded = load_tree(TREE)
    english = tree_strings(loaded.tree)
    translated = tree_strings(spanish(loaded).tree)
    same = {text for key, text in english.items() if translated[key] == text}
    assert same == SAME_IN_SPANISH


@functools.cache
def english_only() -> tuple[str, ...]:
    """The tree's English texts a walk in Spanish must not show: all but the brand names,
    and but those a change of the English tree left untranslated (the check above fails)."""
    english = tree_strings(load_tree(TREE).tree)
    entries = read_translation(side_file(TREE, "es")).entries
    current = {
        key
        for key, text in english.items()
        if key in entries and entries[key].text and entries[key].hash == source_hash(text)
    }
    return tuple(
        sorted({t for key, t in english.items() if key in current and t not in SAME_IN_SPANISH})
    )


def strings_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def leaked(shown: list[str], answers: dict[str, Any], shortest: int = 1) -> list[str]:
    """The English tree texts (of ``shortest`` characters or more) found in what was shown,
    once the person's own words are taken out (a persona may call itself what the tree's
    placeholder suggests)."""
    typed = [a for a in answers.values() if isinstance(a, str)]
    for words in typed:
        shown = [s.replace(words, "") for s in shown]
    return [t for t in english_only() if len(t) >= shortest and any(t in s for s in shown)]


@pytest.mark.parametrize("persona", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_a_walk_in_spanish_exports_none_of_the_trees_english(
    persona: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = json.loads(persona.read_text(encoding="utf-8"))["answers"]
    args = ["answer", str(TREE), "--lang", "es", "--answers", str(persona)]
    assert main([*args, "--format", "json"]) == 0
    export = json.loads(capsys.readouterr().out)
    assert export["picked"]
    assert leaked(strings_in(export), answers) == []
    assert main([*args, "--format", "md"]) == 0
    markdown = capsys.readouterr().out
    # The tree's title, whatever the app's own words around it say.
    assert "*Tu combinación de redes sociales*" in markdown
    # The Markdown holds the app's own words too (from core.po): only the tree's longer
    # texts are looked for there; the JSON has them all.
    assert leaked(markdown.splitlines(), answers, shortest=13) == []


def heading(node: Any) -> str:
    """What the question screen shows at the top: a question's text, an info page's title."""
    return str(getattr(node, "text", None) or node.title)


async def test_the_app_asks_each_question_in_spanish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ASKED, "es")
    loaded = resolve(str(TREE))
    english = {heading(node) for node in load_tree(TREE).tree.nodes.values()}
    spanish_headings = {heading(node) for node in loaded.tree.nodes.values()}
    app = make_app(loaded, sessions_dir=tmp_path / "sessions")
    asked: list[str] = []
    async with app.run_test(size=(100, 32)) as pilot:
        assert isinstance(app.screen, IntroScreen)
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(60):
            if isinstance(app.screen, ResultScreen):
                break
            assert isinstance(app.screen, QuestionScreen)
            assert app.session is not None
            shown = str(app.screen.query_one("#question", Static).render())
            assert shown in spanish_headings
            assert shown not in english
            asked.append(shown)
            await answer_with_keys(pilot, app, text="Panadería Rosa")
        assert isinstance(app.screen, ResultScreen)
        result_title = str(app.screen.query_one("#result-title", Static).render())
    assert asked[:2] == ["¿Cómo se llama?", "¿Para qué es este plan?"]
    assert "Panadería Rosa" in result_title
