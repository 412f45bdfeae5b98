"""The command line as a new user meets it: --help, --trees before COMMAND, validate DIR, docs."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHIPPED, SHIPPED_TREES, TREES
from toolmix.cli.main import main
from toolmix.cli.names import COMMANDS
from toolmix.cli.parser import build_parser


def test_help_names_the_app_form_and_trees(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "toolmix [TREE]" in out and "--trees DIR" in out and "install" in out


def test_the_command_names_are_the_commands_the_parser_builds() -> None:
    commands = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert len(commands) == 1
    assert list(commands[0].choices) == list(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_name_reaches_its_command(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main([name, "--help"])
    out = capsys.readouterr().out
    assert exc.value.code == 0
    assert re.search(rf"toolmix {name}\b", out)  # its example
    assert "run 'toolmix COMMAND --help'" not in out  # the command's help, not the program's


@pytest.mark.parametrize("name", COMMANDS)
def test_a_commands_help_starts_with_its_own_usage(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``toolmix COMMAND --help``: "usage: toolmix COMMAND [options] ...", not the
    program's three usage lines with the command's arguments after them."""
    with pytest.raises(SystemExit):
        main([name, "--help"])
    usage = capsys.readouterr().out.split("\n\n", 1)[0]
    assert usage.startswith(f"usage: toolmix {name} ")
    assert "--version" not in usage and "COMMAND" not in usage


def test_a_commands_wrong_usage_shows_its_own_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["compare", "social-tool-mix", "a.json"])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.startswith("usage: toolmix compare ")
    assert err.rstrip().endswith("toolmix compare: error: the following arguments are required: B")


def test_the_compare_usage_reads_as_the_docs_write_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["compare", "--help"])
    usage = " ".join(capsys.readouterr().out.split("\n\n", 1)[0].split())
    assert usage.endswith("[--trees DIR] TREE A B [C ...]")
    assert "`toolmix compare TREE A B [C...]" in (ROOT / "docs" / "cli.md").read_text()


@pytest.mark.parametrize("form", [["--trees", str(TREES)], [f"--trees={TREES}"]])
def test_trees_before_the_command(form: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*form, "list", "--format", "json"]) == 0
    ids = {row["id"] for row in json.loads(capsys.readouterr().out)}
    assert "tiny" in ids


def test_trees_before_a_command_that_finds_no_trees_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--trees", str(TREES), "schema"])
    assert exc.value.code == 2 and "does not look for trees" in capsys.readouterr().err


def test_validate_a_folder_reports_each_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(SHIPPED)]) == 0
    out = capsys.readouterr().out
    assert all(f"{p}: ok" in out for p in SHIPPED_TREES)
    (tmp_path / "good.json").write_text((TREES / "tiny.json").read_text())
    (tmp_path / "bad.json").write_text("{ nope")
    assert main(["schema", "--write", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "good.json: ok" in out and "bad.json:1:" in out
    assert "toolmix-tree.schema.json: skipped, not a tree" in out


def test_validate_an_empty_folder_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path)]) == 1
    assert "no tree files" in capsys.readouterr().err


def test_the_console_script_lists_with_trees_first() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "toolmix", "--trees", str(TREES), "list"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert proc.returncode == 0 and "tiny" in proc.stdout, proc.stderr


def test_the_format_doc_points_only_to_files_in_the_repository() -> None:
    text = (ROOT / "docs" / "tree-format.md").read_text()
    for target in re.findall(r"\]\(([^)#]+)", text):
        if not target.startswith("http"):
            assert (ROOT / "docs" / target).exists(), target
    for name in re.findall(r"`([\w./-]+\.md)`", text):
        assert (ROOT / name).exists() or (ROOT / "docs" / name).exists(), name
