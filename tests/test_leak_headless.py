"""Issue 20's leak check, headless: the main tree walked in Spanish by every persona shows
none of the app's English words (any catalogue's) and none of the tree's English text.

Each persona is walked with ``toolmix --lang es answer`` (the Markdown export, and its
plain text), and a spread of them with ``toolmix --lang es ask`` typed line by line as a
person would (help
asked at the first question, then the result, then "what if" and "why not" explored).
What leaks is listed with the message or tree text it comes from (tests/leak_words.py).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, SHIPPED
from leak_words import leaks
from toolmix.cli.main import main
from toolmix.engine.session import Session
from toolmix.engine.step import step_for
from toolmix.load.loader import load_tree
from toolmix.model.nodes import TextNode

TREE = SHIPPED / "social-tool-mix.json"
PERSONAS = sorted((HERE / "personas").glob("*.json"))
#: ask's prompts are the same for every walk; the paths differ, and every persona's
#: result is checked through 'answer' below: a spread of them is asked.
ASKED_BY = PERSONAS[::5]


def persona_answers(persona: Path) -> dict[str, Any]:
    answers: dict[str, Any] = json.loads(persona.read_text(encoding="utf-8"))["answers"]
    return answers


def typed(answers: dict[str, Any]) -> list[str]:
    """The persona's own words (its text answers, a business's name): not the app's."""
    nodes = load_tree(TREE).tree.nodes
    return [a for q, a in answers.items() if isinstance(nodes.get(q), TextNode) and a]


def replies(answers: dict[str, Any]) -> list[str]:
    """The lines a person types at ``ask`` to give ``answers``: each option's number."""
    session = Session(load_tree(TREE))
    lines: list[str] = []
    while not session.finished:
        step = step_for(session)
        if step.kind == "info":
            lines.append("")
            session.proceed()
            continue
        value = answers.get(step.node_id)
        ids = step.option_ids()
        if step.kind == "single":
            lines.append(str(ids.index(value) + 1))
        elif step.kind == "multi":
            lines.append(",".join(str(ids.index(v) + 1) for v in value or []))
        else:
            lines.append("" if value is None else str(value).replace(".", ","))
        session.answer(value if value is not None else step.number and step.number.default)
    return lines


@pytest.mark.parametrize("persona", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_answer_in_spanish_exports_no_english(
    persona: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--lang", "es", "answer", str(TREE), "--answers", str(persona)]
    assert main([*args, "--format", "md"]) == 0
    markdown = capsys.readouterr()
    assert main([*args, "--format", "text"]) == 0
    text = capsys.readouterr()
    shown = "\n".join((markdown.out, markdown.err, text.out, text.err))
    assert "## Tu plan" in markdown.out
    found = leaks(shown, TREE, typed(persona_answers(persona)))
    assert not found, "English in the Spanish export:\n" + "\n".join(found)


def ask(persona: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["?", *replies(persona_answers(persona))]  # the first question's help, the walk
    lines += ["w", "1", "", "n", "1", "", "x", ""]  # what if, why not, a wrong key, Enter
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    monkeypatch.setenv("COLUMNS", "10000")  # lines whole: the check reads a message on one line
    assert main(["--lang", lang, "ask", str(TREE)]) == 0


@pytest.mark.parametrize("persona", ASKED_BY, ids=[p.stem for p in ASKED_BY])
def test_ask_in_spanish_says_no_english(
    persona: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ask(persona, "es", monkeypatch)
    out = capsys.readouterr()
    shown = out.out + out.err
    assert "Escribe el número de tu respuesta" in shown and "Tus respuestas:" in shown
    found = leaks(shown, TREE, typed(persona_answers(persona)))
    assert not found, "English in the Spanish 'ask':\n" + "\n".join(found)


def test_the_check_finds_the_english_of_a_walk_in_english(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ask(PERSONAS[0], "en", monkeypatch)
    out = capsys.readouterr()
    found = leaks(out.out + out.err, TREE)
    for english in (
        "'Type the number of your answer and press Enter. b: back, ?: help, q: quit (your answers "
        "are kept' (ask.po",
        "'Your answers' (",
        "(the tree's text)",
    ):
        assert any(english in line for line in found), (english, found)


@pytest.mark.parametrize(
    "extra",
    [
        ["--what-if", "hours"],
        ["--what-if", "hours=1,5,9"],
        ["--what-if", "goal"],
        ["--why-not", "tiktok"],
        ["--why-not", "website"],
    ],
    ids=lambda extra: " ".join(extra),
)
def test_exploring_in_spanish_says_no_english(
    extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    persona = HERE / "personas" / "local-bakery.json"
    args = ["--lang", "es", "answer", str(TREE), "--answers", str(persona), *extra]
    assert main(args) == 0
    out = capsys.readouterr()
    # A warning may quote the option as typed ("--what-if hours=2,5: la coma..."): the
    # person's words, taken out as a whole so that "hours" elsewhere still counts.
    shown = (out.out + out.err).replace(" ".join(extra), "")
    found = leaks(shown, TREE, typed(persona_answers(persona)))
    assert not found, "English in the Spanish exploring:\n" + "\n".join(found)


def test_compare_in_spanish_says_no_english(capsys: pytest.CaptureFixture[str]) -> None:
    first, second = PERSONAS[0], PERSONAS[-1]
    assert main(["--lang", "es", "compare", str(TREE), str(first), str(second)]) == 0
    out = capsys.readouterr()
    names = typed(persona_answers(first)) + typed(persona_answers(second))
    found = leaks(out.out + out.err, TREE, names)
    assert not found, "English in the Spanish compare:\n" + "\n".join(found)
