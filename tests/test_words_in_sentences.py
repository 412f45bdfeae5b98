"""The new-user test's wording fixes: in English the Why line quotes the answer
and the question with “ ” (Spanish has «»), and names listed in a sentence read
"A, B and C", not "A, B, C" (toolmix.text.words.and_list)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import TREES
from pilot_walks import app_in, to_steady_result
from toolmix.engine.answer_words import change_notes
from toolmix.engine.session import Session
from toolmix.load.loader import load_tree
from toolmix.text.i18n import use_language
from toolmix.tui.screens.result import ResultScreen


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "because you answered “Yes” to “Do you have a website?”"),
        ("es", "porque a «Do you have a website?» respondiste «Yes»"),  # tiny's English text
    ],
)
async def test_the_why_line_quotes_the_answer_and_the_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, said: str
) -> None:
    monkeypatch.setenv("TOOLMIX_LANG", language)
    use_language(language)
    app = app_in(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await to_steady_result(pilot, app)
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        reasons = str(screen.query_one("#reasons").render())
        assert said in " ".join(reasons.split()), reasons


def test_an_unticked_list_reads_as_a_sentence() -> None:
    session = Session(load_tree(TREES / "layout" / "long-multi.json"))
    for value in ("nearby", ["facebook", "reviewsites", "nextdoor", "discord"], 2):
        session.answer(value)
    session.jump_to("where")
    change = session.answer("anywhere")
    assert len(change.trimmed["gather"]) >= 2
    (note,) = change_notes(session.nodes, change.dropped, change.trimmed)
    assert note.startswith(
        "Unticked Review sites (Google reviews, Yelp, Tripadvisor) and Nextdoor "
    ), note
