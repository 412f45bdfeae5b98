"""A mistyped command is told the command it may be, as a mistyped tree id is told the tree.

newuser5 #7: `toolmix answr social-tool-mix` said only "unrecognized arguments:
social-tool-mix", `toolmix answr` "no tree with id 'answr'".
"""

from __future__ import annotations

import pytest

from conftest import SHIPPED
from toolmix.cli.main import main
from toolmix.text.i18n import use_language


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["answr", "social-tool-mix"], "answer"),
        (["valdate", "trees/"], "validate"),
        (["--trees", "trees", "answr", "social-tool-mix"], "answer"),
        (["answr", "social-tool-mix", "--answers", "x.json"], "answer"),
    ],
)
def test_a_mistyped_command_with_arguments_names_the_command(
    argv: list[str], command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert f"(did you mean '{command}'?)" in err
    assert "unrecognized arguments" not in err and "Traceback" not in err


def test_a_mistyped_command_alone_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["answr"]) == 1
    err = capsys.readouterr().err
    assert "'answr' is neither a tree nor a command (did you mean 'answer'?)" in err
    assert "not a full terminal" not in err  # the refusal comes first, alone
    assert "Traceback" not in err


def test_a_mistyped_tree_still_names_the_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["social-tol-mix"]) == 1
    err = capsys.readouterr().err
    assert "(did you mean 'social-tool-mix'?)" in err and "command" not in err


def test_a_tree_file_named_like_a_command_is_a_tree(capsys: pytest.CaptureFixture[str]) -> None:
    # A path is never taken for a mistyped command: its own problems are said.
    assert main([str(SHIPPED / "nothing-here" / "answr.json")]) == 1
    assert "did you mean 'answer'" not in capsys.readouterr().err


def test_the_hint_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    use_language("es")
    with pytest.raises(SystemExit):
        main(["--lang", "es", "answr", "social-tool-mix"])
    err = capsys.readouterr().err
    assert "'answr' no es una orden (¿querías decir 'answer'?)" in err


def test_help_names_the_apps_answers_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "[--answers FILE]" in out.splitlines()[0]
    assert "--answers FILE        open on the result of an answers file" in out
