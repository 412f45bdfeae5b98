"""The export and the answers' rules in Spanish: the app's own words through core.po.

The Markdown export of tiny.json translated by tests/trees/translated/tiny.es.json
is pinned by tests/golden/tiny-es-changes.md; the English exports stay pinned by
test_export.py, unchanged by the marking.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from conftest import GOLDEN, HERE, TREES, check_golden
from toolmix.engine.answer_words import allowed_numbers, answer_label, refusal_words
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.explorer import Explorer
from toolmix.engine.plan import total_line, why_not
from toolmix.engine.rule_words import multi_limits, range_bounds, text_rules
from toolmix.engine.selection import Mix, choose
from toolmix.engine.sensitivity import effect_words
from toolmix.export.changes import section
from toolmix.export.markdown import render
from toolmix.load.loader import LoadedTree, load_tree
from toolmix.load.translate.side import translated
from toolmix.model.nodes import MultiNode, NumberNode, TextNode
from toolmix.text.i18n import use_language

TREE = TREES / "translated" / "tiny.json"
DAY = dt.date(2026, 1, 2)


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOOLMIX_LANG", "es")
    use_language("es")


def _walk(answers: str) -> tuple[LoadedTree, Any, Mix]:
    loaded = translated(load_tree(TREE))
    session, _unused = replay(loaded, read_answers(HERE / answers))
    return loaded, session, choose(loaded.tree, session.answered_path())


def test_the_markdown_export_speaks_spanish(spanish: None) -> None:
    loaded, session, mix = _walk("tiny-answers-2.5h.json")
    text = render(mix, today=DAY, changes=section(loaded, session, mix))
    check_golden(text, GOLDEN / "tiny-es-changes.md")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[1:] == [
        "## Tu plan",
        "### Esta semana",
        "### Cada semana",
        "## Por qué cada elección",
        "## Qué cambiaría este plan",
        "## También se tuvieron en cuenta",
        "## Tus respuestas",
        "## Apéndice: el camino que seguiste",
    ]
    assert (
        "En total: alrededor de 2 horas y 30 minutos a la semana; tienes 2 horas y 30 minutos."
        in text
    )
    assert "| horas a la semana | entrarían | saldrían |" in text
    assert "necesita 1 hora más a la semana de lo que te dejan tus horas" in text


def test_the_same_walk_in_english_keeps_its_english_words() -> None:
    loaded, session, mix = _walk("tiny-answers-2.5h.json")
    text = render(mix, today=DAY, changes=section(loaded, session, mix))
    assert "## What would change this plan" in text
    assert "In all: about 2 hours 30 minutes a week, of the 2 hours 30 minutes you have." in text


def _tiny_node(node_id: str, **changes: Any) -> Any:
    return replace(load_tree(TREES / "tiny.json").tree.nodes[node_id], **changes)


@pytest.mark.parametrize(
    ("low", "high", "words"),
    [
        (None, None, "cualquier número"),
        (None, 2, "menos de 2"),
        (2.5, None, "2,5 o más"),
        (2, 8, "de 2 a menos de 8"),
    ],
)
def test_range_bounds_in_spanish(
    spanish: None, low: float | None, high: float | None, words: str
) -> None:
    assert range_bounds(low, high) == words


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"min": 1, "max": None}, ["elige al menos 1"]),
        ({"min": 0, "max": 3}, ["como mucho 3"]),
        ({"min": 2, "max": 3}, ["elige al menos 2", "como mucho 3"]),
    ],
)
def test_multi_limits_in_spanish(spanish: None, changes: dict[str, Any], words: list[str]) -> None:
    node = _tiny_node("formats", **changes)
    assert isinstance(node, MultiNode)
    assert multi_limits(node) == words


@pytest.mark.parametrize(
    ("required", "words"),
    [(True, "Hasta 40 caracteres"), (False, "Hasta 40 caracteres; puedes dejarla vacía")],
)
def test_text_rules_in_spanish(spanish: None, required: bool, words: str) -> None:
    node = _tiny_node("name", required=required)
    assert isinstance(node, TextNode)
    assert text_rules(node) == words


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({}, "Un número del 0 al 40, de 0,5 en 0,5"),
        ({"max": None, "step": None}, "Un número de 0 o más"),
        ({"min": None, "step": None}, "Un número hasta 40"),
        ({"min": None, "max": None, "step": None}, "Un número"),
    ],
)
def test_allowed_numbers_in_spanish(spanish: None, changes: dict[str, Any], words: str) -> None:
    node = _tiny_node("hours", **changes)
    assert isinstance(node, NumberNode)
    assert allowed_numbers(node) == words


@pytest.mark.parametrize(
    ("node_id", "value", "words"),
    [
        ("hours", "four", "Escribe un número del 0 al 40"),
        ("hours", 41, "41 es demasiado alto: escribe un número del 0 al 40"),
        ("hours", -1, "-1 es demasiado bajo: escribe un número del 0 al 40"),
        ("hours", 1e300, "Ese número es demasiado grande: escribe un número del 0 al 40"),
        ("hours", 2.2, "Usa intervalos de media hora, por ejemplo 2 o 2,5"),
        ("hours", 39.9, "Usa intervalos de media hora, por ejemplo 39,5 o 40"),
        ("formats", [], "Marca al menos una opción para continuar"),
        ("formats", ["none", "video"], "“None of these” va sola: desmarca esa opción o las demás"),
        ("name", "x" * 41, "No pases de 40 caracteres (llevas 41)"),
    ],
)
def test_refusals_in_spanish(spanish: None, node_id: str, value: Any, words: str) -> None:
    node = _tiny_node(node_id)
    shown = getattr(node, "options", [])
    assert refusal_words(node, value, shown) == words


@pytest.mark.parametrize(
    ("changes", "value", "words"),
    [
        ({"min": 2}, ["video"], "Marca al menos 2 opciones para continuar (llevas 1)"),
        ({"max": 1}, ["video", "photos"], "Marca como mucho una opción (llevas 2)"),
        ({"max": 2}, ["video", "photos", "writing"], "Marca como mucho 2 opciones (llevas 3)"),
    ],
)
def test_counted_refusals_in_spanish(
    spanish: None, changes: dict[str, Any], value: list[str], words: str
) -> None:
    node = _tiny_node("formats", **changes)
    assert refusal_words(node, value, node.options) == words


def test_answers_plan_and_effects_in_spanish(spanish: None) -> None:
    loaded, session, mix = _walk("tiny-answers-2.5h.json")
    assert answer_label(loaded.tree, "hours", 2.5) == "2 horas y 30 minutos a la semana"
    assert answer_label(loaded.tree, "name", "") == "(sin respuesta)"
    assert (
        total_line(mix)
        == "En total: alrededor de 2 horas y 30 minutos a la semana; tienes 2 horas y 30 minutos."
    )
    site = next(r for r in mix.considered if r.item_id == "site")
    assert why_not(mix, site) == "necesita 1 hora más a la semana de lo que te dejan tus horas"
    explorer = Explorer(loaded, session)
    effects = [effect_words(change) for change in explorer.matters]
    assert (
        effects[1]
        == "entraría Sitio web; saldría Instagram; el plan pasaría a ser La mezcla para empezar"
    )
    assert effects[0].startswith("entrarían LinkedIn y Sitio web; saldrían ")
