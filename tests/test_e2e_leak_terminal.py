"""Issue 20's "done when": ``toolmix --lang es social-tool-mix`` walks and exports in
Spanish in a real terminal. The installed command in a pseudo-terminal (given the tree, or
choosing it in the picker), answered with keys as a persona would answer; every screen on the way and the exported file show none of the
app's English words and none of the tree's English text (tests/leak_words.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pexpect
import pytest

from conftest import HERE, SHIPPED
from leak_words import leaks
from terminal import CTRL_Q, ENTER, Terminal
from toolmix.engine.session import Session
from toolmix.engine.step import Step, step_for
from toolmix.load.loader import load_tree
from toolmix.load.translate.side import translated
from toolmix.model.nodes import TextNode
from toolmix.text.i18n import ASKED

TREE = SHIPPED / "social-tool-mix.json"
PERSONA = HERE / "personas" / "local-bakery.json"
HOME, DOWN, SPACE = "\x1b[H", "\x1b[B", " "
CLEAR = "\x15"  # ctrl+u: the field's text to the left of the cursor, all of it


def keys_for(step: Step, value: Any) -> str:
    """What a person types at ``step`` to answer ``value``."""
    if step.kind == "info":
        return ENTER
    ids = step.option_ids()
    if step.kind == "single":
        at = ids.index(value)
        return str(at + 1) if at < 9 else HOME + DOWN * at + ENTER
    if step.kind == "multi":
        return "".join(HOME + DOWN * ids.index(v) + SPACE for v in value) + ENTER
    if value is None or (step.number is not None and value == step.number.default):
        return ENTER
    if step.number is not None:
        return "\x1b[F" + CLEAR + str(value).replace(".", ",") + ENTER  # end, clear, type
    return str(value) + ENTER


def walk_plan(answers: dict[str, Any]) -> list[tuple[str, str]]:
    """Each step's title as the Spanish screen shows it, and the keys that answer it."""
    mp = pytest.MonkeyPatch()
    mp.setenv(ASKED, "es")
    try:
        session = Session(translated(load_tree(TREE)))
    finally:
        mp.undo()
    plan = []
    while not session.finished:
        step = step_for(session)
        value = answers.get(step.node_id)
        plan.append((step.title, keys_for(step, value)))
        if step.kind == "info":
            session.proceed()
        else:
            session.answer(value if value is not None else step.number and step.number.default)
    return plan


@pytest.mark.parametrize("picked", [False, True], ids=["toolmix TREE", "from the picker"])
def test_the_main_tree_walked_and_exported_in_spanish(tmp_path: Path, picked: bool) -> None:
    answers = json.loads(PERSONA.read_text(encoding="utf-8"))["answers"]
    nodes = load_tree(TREE).tree.nodes
    typed = [a for q, a in answers.items() if isinstance(nodes.get(q), TextNode) and a]
    cwd, home = tmp_path / "work", tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    screens: list[str] = []
    args = ["--lang", "es"] if picked else ["--lang", "es", "social-tool-mix"]
    term = Terminal(args, cwd, home, size=(120, 40))
    try:
        if picked:  # the main tree is the first offered
            term.wait_for("Tu combinación de redes sociales")
            term.wait_for("Dónde alojar tu comunidad")
            screens.append(term.text())
            term.send(ENTER)
        term.wait_for("Empezar")
        screens.append(term.text())
        term.send(ENTER)
        for title, keys in walk_plan(answers):
            term.wait_for(title[:30])
            screens.append(term.text())
            term.send(keys)
        term.wait_for("Tu combinación")
        term.wait_for("Exportar")
        screens.append(term.text())
        term.send("e")
        term.wait_for("Exportar tu combinación")
        screens.append(term.text())
        term.send(ENTER)
        term.wait_for("Guardado en")
        screens.append(term.text())
        (exported,) = cwd.glob("*.md")
        markdown = exported.read_text(encoding="utf-8")
        term.send(CTRL_Q)
        term.child.expect(pexpect.EOF, timeout=10)
    finally:
        term.close()
    assert "## Tu plan" in markdown
    found = leaks("\n".join([*screens, markdown]), TREE, typed)
    assert not found, "English on the Spanish screens or in the export:\n" + "\n".join(found)
