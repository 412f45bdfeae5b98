"""``toolmix completion SHELL``: the script, sourced in a real bash, completes from the parser."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from toolmix.cli.main import main
from toolmix.cli.names import COMMANDS

BIN = Path(sys.executable).parent  # where this environment's `toolmix` command is

# Sets what bash sets before calling a completion function, calls the one
# `complete -p toolmix` names, and prints each word it offers on its own line.
COMPLETE = r"""
source <(toolmix completion bash) || exit 3
complete -p toolmix
line="$1"
read -ra COMP_WORDS <<< "$line"
[[ "$line" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE="$line"
COMP_POINT=${#line}
func=$(complete -p toolmix | sed -E 's/.* -F ([^ ]+) .*/\1/')
"$func" toolmix "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
printf 'offered:%s\n' "${COMPREPLY[@]}"
"""


def offered(line: str, tmp_path: Path) -> tuple[str, list[str]]:
    """What bash, with toolmix's script sourced, offers after ``line``; and `complete -p`."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    if not (BIN / "toolmix").exists():
        pytest.skip(f"no toolmix command beside {sys.executable} (not installed in this venv)")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        [bash, "--norc", "--noprofile", "-c", COMPLETE, "complete", line],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    words = [w.removeprefix("offered:").strip() for w in lines if w.startswith("offered:")]
    return lines[0], words


def test_sourcing_the_bash_script_registers_toolmix(tmp_path: Path) -> None:
    registered, _ = offered("toolmix ", tmp_path)
    assert registered.startswith("complete ") and registered.endswith(" toolmix")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("toolmix comp", {"compare", "completion"}),
        ("toolmix val", {"validate"}),
        ("toolmix completion ", {"bash", "zsh", "fish", "-h", "--help"}),
        ("toolmix answer social-tool-mix --ans", {"--answers"}),
        ("toolmix validate --str", {"--strict"}),
    ],
)
def test_bash_completes_commands_and_options_from_the_parser(
    line: str, expected: set[str], tmp_path: Path
) -> None:
    _, words = offered(line, tmp_path)
    assert set(words) == expected


def test_every_command_is_offered(tmp_path: Path) -> None:
    _, words = offered("toolmix ", tmp_path)
    assert set(COMMANDS) <= set(words)


def test_tree_ids_complete_for_a_tree_argument(tmp_path: Path) -> None:
    _, words = offered("toolmix answer soc", tmp_path)
    assert words == ["social-tool-mix"]


@pytest.mark.parametrize(("shell", "mark"), [("bash", "complete "), ("zsh", "#compdef toolmix")])
def test_each_shell_gets_its_own_script(
    shell: str, mark: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["completion", shell]) == 0
    assert mark in capsys.readouterr().out


def test_fish_gets_a_fish_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "fish"]) == 0
    out = capsys.readouterr().out
    assert "complete --command toolmix" in out or "complete -c toolmix" in out


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_the_script_parses_in_its_shell(shell: str, tmp_path: Path) -> None:
    program = shutil.which(shell)
    if program is None:
        pytest.skip(f"{shell} is not installed, so its script is not parsed")
    script = tmp_path / f"toolmix.{shell}"
    done = subprocess.run(
        [sys.executable, "-m", "toolmix", "completion", shell], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    script.write_text(done.stdout)
    checked = subprocess.run([program, "-n", str(script)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_an_unknown_shell_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["completion", "powershell"])
    assert stop.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
