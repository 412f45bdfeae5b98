"""An answers file's refusals and a tree test's differences in Spanish (core.po)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, TREES
from toolmix.cli.main import main
from toolmix.engine.answer_checks import AnswerError, check_answer
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.cases import diff_lines, expect_problems, run_case
from toolmix.engine.estimate import SPOKEN, progress_label, questions_text
from toolmix.load.discovery import resolve
from toolmix.load.loader import check_file, load_tree
from toolmix.load.strict_json import parse_json
from toolmix.model.problems import ToolmixError
from toolmix.text.i18n import use_language

TINY = TREES / "tiny.json"


@pytest.fixture(autouse=True)
def spanish() -> None:
    use_language("es")


def _node(node_id: str, **changes: Any) -> Any:
    return replace(load_tree(TINY).tree.nodes[node_id], **changes)


@pytest.mark.parametrize(
    ("node_id", "value", "message"),
    [
        (
            "audience",
            3,
            "se recibió el número 3; se esperaba el id de una opción, uno de 'b2b', 'b2c'",
        ),
        (
            "audience",
            ["b2b"],
            "se recibió una lista; esta pregunta admite el id de una sola opción",
        ),
        (
            "audience",
            "b2x",
            "'b2x' no es una opción de esta pregunta; se esperaba uno de 'b2b', 'b2c'",
        ),
        (
            "formats",
            "video",
            'se recibió la cadena "video"; se esperaba una lista de ids de opciones',
        ),
        ("formats", ["video", "video"], "la opción 'video' aparece dos veces"),
        ("formats", ["none", "video"], "la opción 'none' excluye a las demás"),
        ("formats", [], "0 elegidas; se esperaban al menos 1"),
        ("hours", None, "se recibió nada; se esperaba un número del 0 al 40"),
        ("hours", 41, "41 está fuera del intervalo; se esperaba un número del 0 al 40"),
        ("hours", 2.2, "2,2 no va de 0,5 en 0,5 desde 0; se esperaba un valor como 2"),
        ("name", {}, "se recibió un objeto; se esperaba un texto"),
        ("name", "x" * 41, "el texto tiene 41 caracteres; se esperaban como mucho 40"),
    ],
)
def test_an_answers_files_refusals_in_spanish(node_id: str, value: Any, message: str) -> None:
    node = _node(node_id)
    with pytest.raises(AnswerError) as caught:
        check_answer(node_id, node, value, getattr(node, "options", []))
    assert caught.value.message.startswith(f"pregunta '{node_id}': ")
    assert message in caught.value.message


@pytest.mark.parametrize(
    ("expect", "message"),
    [
        (None, "no hay objeto 'x-expect': nada que comprobar"),
        ({"pickd": []}, "clave de x-expect desconocida 'pickd'"),
        ({"picked": 5}, "x-expect 'picked' tiene que ser una lista de ids de elementos"),
        ({"picked": ["nope"]}, "x-expect 'picked' nombra 'nope', que no es un elemento del árbol"),
        (
            {"result_node": "hours"},
            "x-expect 'result_node' es 'hours', que no es un nodo de resultado",
        ),
    ],
)
def test_mistakes_in_x_expect_in_spanish(expect: object, message: str) -> None:
    problems = expect_problems(load_tree(TINY).tree, expect)
    assert any(message in p for p in problems), problems


def test_a_failing_case_says_what_differs_in_spanish(tmp_path: Path) -> None:
    data = json.loads((HERE / "tiny-answers.json").read_text())
    data["x-expect"] = {"picked": ["tiktok"], "not_picked": ["site"], "result_node": "starter"}
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data))
    result = run_case(load_tree(TINY), path)
    assert not result.passed
    assert "se esperaban elegidos y no lo están: tiktok" in result.differences
    assert "se esperaba no elegido, pero está elegido: site" in result.differences
    assert "se esperaba el nodo de resultado 'starter' y se obtuvo 'done'" in result.differences
    lines = diff_lines(result)
    assert lines[0].startswith("- tiktok: se esperaba elegido; ahora tenido en cuenta, ")
    assert "sin horas suficientes, puntuación" in lines[0]
    assert any(
        line.startswith("+ site: se esperaba no elegido; elegido, puntuación ") for line in lines
    )
    assert "~ resultado: se esperaba 'starter', ahora 'done'" in lines
    assert lines[-1] == "  la combinación ocupa ahora 3 horas y 30 minutos de 4 horas a la semana"


def _syntax_problem(text: str) -> str:
    with pytest.raises(ToolmixError) as caught:
        parse_json(text.encode(), file="f.json")
    (problem,) = caught.value.problems
    return problem.message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": 1,\n}', "JSON no válido: coma sobrante antes de '}'"),
        ('{"a": 1\n "b": 2}', "JSON no válido: falta una coma antes de esta entrada"),
        (
            '{"a": 1, b: 2}',
            "JSON no válido: clave sin comillas b; las claves JSON van entre comillas",
        ),
        ('{"a": True}', "JSON no válido: True no es JSON; escribe true"),
        ('{"a": 1} // x', "JSON no válido: JSON no admite comentarios"),
        ("", "el archivo está vacío; se esperaba un objeto JSON"),
        ('{"a": 1e400}', "1e400 es demasiado grande; se esperaba un número de como mucho 1e15"),
        ('{"a": -1e400}', "-1e400 es demasiado pequeño; se esperaba un número de al menos -1e15"),
        ("[]", "el nivel superior es una lista; se esperaba un objeto JSON"),
    ],
)
def test_json_syntax_errors_in_spanish(text: str, message: str) -> None:
    assert _syntax_problem(text).startswith(message)


def _tree_problems(tmp_path: Path, **changes: Any) -> list[str]:
    data = json.loads(TINY.read_text())
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = data
        for key in parents:
            target = target[key]
        if value is None:
            del target[last]
        else:
            target[last] = value
    tree = tmp_path / "tiny.json"
    tree.write_text(json.dumps(data))
    with pytest.raises(ToolmixError) as caught:
        load_tree(tree)
    return [p.message for p in caught.value.problems]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"titel": "x"},
            "clave desconocida 'titel' (¿querías decir 'title'?); se esperaba una clave",
        ),
        ({"nodes__hours__max": "40"}, 'se encontró la cadena "40"; se esperaba un número'),
        (
            {"nodes__site__type": "singel"},
            "tipo de nodo desconocido 'singel' (¿querías decir 'single'?)",
        ),
        (
            {"nodes__site__next": 5},
            "se encontró el número 5; se esperaba el id de un nodo, o una lista",
        ),
        (
            {"result__budget": []},
            'se encontró una lista; se esperaba {"answer": PREGUNTA_NUMÉRICA}',
        ),
        ({"nodes__name__max_length": 0}, "se encontró el número 0; se esperaba un número >= 1"),
    ],
)
def test_tree_format_errors_in_spanish(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    problems = _tree_problems(tmp_path, **changes)
    assert any(p.startswith(message) for p in problems), problems


def test_a_misspelt_key_is_one_problem_in_spanish(tmp_path: Path) -> None:
    data = json.loads(TINY.read_text())
    data["nodes"]["site"]["optoins"] = data["nodes"]["site"].pop("options")
    tree = tmp_path / "tiny.json"
    tree.write_text(json.dumps(data))
    with pytest.raises(ToolmixError) as caught:
        load_tree(tree)
    messages = [p.message for p in caught.value.problems]
    assert any("clave desconocida 'optoins' (¿querías decir 'options'?)" in m for m in messages)
    assert not any(m.startswith("falta la clave obligatoria 'options'") for m in messages)


def _lint_messages(tmp_path: Path, edit: Any) -> list[str]:
    data = json.loads(TINY.read_text())
    edit(data)
    tree = tmp_path / "tiny.json"
    tree.write_text(json.dumps(data))
    return [p.message for p in check_file(tree).problems]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda d: d["nodes"]["site"].update(next="dnoe"),
            "nodo desconocido 'dnoe' (¿querías decir 'done'?); se esperaba el id de un nodo",
        ),
        (
            lambda d: d["nodes"]["formats"].update(min=9),
            "min 9 es mayor que las 4 opciones; se esperaba un min que se pueda cumplir",
        ),
        (
            lambda d: d["nodes"].update(alone={"type": "result", "title": "Solo"}),
            "al nodo 'alone' no se llega desde el inicio 'name'",
        ),
        (
            lambda d: d["items"]["reply"].update(group="habbits"),
            "grupo desconocido 'habbits' (¿querías decir 'habits'?)",
        ),
    ],
)
def test_lint_problems_in_spanish(tmp_path: Path, edit: Any, message: str) -> None:
    messages = _lint_messages(tmp_path, edit)
    assert any(m.startswith(message) for m in messages), messages


def test_an_unknown_tree_is_said_in_spanish() -> None:
    with pytest.raises(ToolmixError) as caught:
        resolve("social-tool-mx")
    assert caught.value.problems[0].message.startswith(
        "no hay ningún árbol con el id 'social-tool-mx' (¿querías decir 'social-tool-mix'?); "
        "ejecuta 'toolmix list'"
    )


def test_an_answers_files_warnings_in_spanish(tmp_path: Path) -> None:
    answers = json.loads((HERE / "tiny-answers.json").read_text())
    answers["answers"]["nosuch"] = "x"
    answers["tree_version"] = "0.9"
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    _session, warnings = replay(load_tree(TINY), read_answers(path))
    assert warnings == [
        "las respuestas se dieron para la versión 0.9 del árbol 'tiny'; esta es la versión 1.0.0",
        f"{path}:1:{warnings[1].split(':')[2]}: "
        "se ignora la respuesta a 'nosuch': el árbol no tiene ese nodo",
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (lambda: questions_text(12, 16), "12–16 preguntas"),
        (lambda: questions_text(1, 1), "1 pregunta"),
        (lambda: questions_text(12, 16, SPOKEN), "12 a 16 preguntas"),
        (lambda: progress_label(3, 1, 3), "Pregunta 4 de 4–6"),
        (lambda: progress_label(3, 1, 3, SPOKEN), "Pregunta 4 de 4 a 6"),
        (lambda: progress_label(5, 0, 0), "Ya casi está"),
    ],
)
def test_the_count_of_questions_in_spanish(words: Any, expected: str) -> None:
    assert words() == expected


def test_the_audit_report_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(TINY), "--lang", "es"]) == 0
    report = capsys.readouterr().out
    headings = [line for line in report.splitlines() if line.startswith("#")]
    assert headings[0].startswith("# Auditoría: ")
    assert "## Hallazgos" in headings
    assert "### Elementos que nunca se eligen" in headings
    assert "## Con qué frecuencia se elige cada elemento" in headings
    assert "| elemento | elegido | en qué resultado |" in report
    assert "Se recorrieron las " in report
