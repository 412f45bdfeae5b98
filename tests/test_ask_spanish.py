"""The ``ask`` catalogue in use: ``toolmix ask``'s prompts, the CLI's messages and argparse's
own words ("usage:", "options", its errors) in Spanish; English as it was."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from conftest import TREES
from toolmix.cli.argparse_words import Parser, translated_error
from toolmix.cli.main import main
from toolmix.cli.names import COMMANDS
from toolmix.load.loader import load_tree
from toolmix.plain import PlainWalk
from toolmix.plain_explore import typed_numbers
from toolmix.text.i18n import use_language

TINY = str(TREES / "tiny.json")


def walk(lines: list[str]) -> str:
    """The walk's output, each line whole (the words are checked here, the wrapping in test_plain)."""
    out = io.StringIO()
    PlainWalk(load_tree(TINY), io.StringIO("\n".join(lines) + "\n"), out, width=500).run()
    return out.getvalue()


def test_the_prompts_of_a_walk_in_spanish() -> None:
    use_language("es")
    out = walk(["ACME", "?", "7", "2", "1,2", "1", "", "1"])
    for spanish in (
        "Escribe el número de tu respuesta y pulsa Intro. b: atrás, ?: ayuda, q: salir (tus "
        "respuestas se guardan).",
        "Tu respuesta (Intro para saltarla): ",
        "Escribe un número del 1 al 2: ",
        "No aceptado: escribe un número del 1 al 2",
        "Escribe los números de lo que eliges, p. ej., 1, 3",
        "; Intro para 3: ",
    ):
        assert spanish in out, spanish
    for english in ("Type the number", "Not accepted", "Your answer", "Enter for"):
        assert english not in out, english


def test_the_same_walk_in_english_is_worded_as_before() -> None:
    out = walk(["ACME", "7", "2", "1,2", "1", "", "1"])
    assert "Type the number of your answer and press Enter. b: back, ?: help, q: quit" in out
    assert "Not accepted: type a number from 1 to 2" in out
    assert "Type the numbers of your choices, e.g. 1,3; choose at least 1: " in out
    assert "A number (hours a week), 0 to 40; Enter for 3: " in out


@pytest.mark.parametrize(
    ("lang", "reply", "numbers"),
    [(None, "3,6", [3.0, 6.0]), (None, "2.5", [2.5]), ("es", "3; 6,5", [3.0, 6.5])],
)
def test_numbers_to_try_are_typed_as_the_language_writes_them(
    lang: str | None, reply: str, numbers: list[float]
) -> None:
    use_language(lang)
    assert typed_numbers(reply) == numbers


def test_help_in_spanish_has_none_of_argparses_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "es", "answer", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for spanish in (
        "uso: ",
        "argumentos posicionales:",
        "opciones:",
        "muestra esta ayuda y termina",
    ):
        assert spanish in out, spanish
    assert "el archivo de respuestas (JSON)" in out
    for english in ("usage:", "options:", "show this help", "the answers file", "example:"):
        assert english not in out, english


@pytest.mark.parametrize(
    ("args", "spanish"),
    [
        (["answer", "--format", "x"], "opción no válida: 'x' (elige entre 'md', 'json', 'text')"),
        (["answer", "t.json"], "faltan estos argumentos: --answers"),
        (["list", "--bogus"], "argumentos no reconocidos: --bogus"),
        (["audit", "t", "--walks", "0"], "se esperaba 1 como mínimo, no 0"),
    ],
)
def test_usage_errors_in_spanish(
    args: list[str], spanish: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "es", *args])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("uso: ") and ": error: " in err
    assert spanish in err, err


def test_an_error_argparse_words_otherwise_is_shown_as_it_wrote_it() -> None:
    use_language("es")
    assert translated_error("something argparse never said") == "something argparse never said"
    assert translated_error("argument -x: expected one argument") == (
        "argumento -x: se esperaba un argumento"
    )


@pytest.mark.parametrize("lang", [None, "es"])
def test_the_parser_words_its_help_like_argparse_in_english(lang: str | None) -> None:
    """In English the subclass changes nothing argparse would print."""
    use_language(None)

    def build(cls: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
        p = cls(prog="p", description="d")
        p.add_argument("tree", help="a tree")
        p.add_argument("--n", type=int, help="a number")
        return p

    assert build(Parser).format_help() == build(argparse.ArgumentParser).format_help()
    use_language(lang)
    assert build(Parser).format_usage().startswith("usage: " if lang is None else "uso: ")


def test_command_messages_in_spanish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "es", "validate", TINY]) == 0
    assert capsys.readouterr().out == f"{TINY}: correcto\n"
    assert main(["--lang", "es", "graph", TINY, "--cases", str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "toolmix: no se ha encontrado ningún archivo de caso"


def test_where_trees_are_and_test_counts_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "es", "paths"]) == 0
    out = capsys.readouterr().out
    assert "árboles (de toolmix): " in out and "árboles (tu carpeta): " in out
    persona = str(TREES.parent / "personas" / "local-bakery.json")
    assert main(["--lang", "es", "test", "social-tool-mix", persona]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 correcto, 0 fallidos"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_commands_help_in_spanish(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "es", command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("uso: toolmix ") and "\nopciones:\n" in out, out
    assert "ejemplo:\n" in out or "para instalarlo:\n" in out, out
    for english in ("usage:", "options:", "show this help", "example:", "(repeatable)"):
        assert english not in out, english


def test_lang_before_translate_is_the_language_spoken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After ``translate``, --lang is the language translated into; before it, as for
    every command, the language toolmix speaks."""
    out = tmp_path / "tiny.fr.json"
    assert main(["--lang", "es", "translate", TINY, "--lang", "fr", "-o", str(out)]) == 0
    assert json.loads(out.read_text())["lang"] == "fr"
    assert capsys.readouterr().err.startswith("escrito ")
