"""Which file a tree id names: one rule for list, the picker and every by-id command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import TREES
from toolmix.cli.main import main
from toolmix.load.discovery import discover, resolve

TINY = TREES / "tiny.json"
ANSWERS = str(Path(__file__).parent / "tiny-answers.json")
BROKEN_TINY = '{"format": 1, "id": "tiny", "title": '


def tiny_titled(title: str) -> str:
    data = json.loads(TINY.read_text())
    data["title"] = title
    return json.dumps(data)


def by_id_commands(folder: Path) -> list[list[str]]:
    trees = ["--trees", str(TREES), "--trees", str(folder)]
    return [
        ["answer", "tiny", "--answers", ANSWERS, *trees],
        ["graph", "tiny", *trees],
    ]


@pytest.mark.parametrize("draft_name", ["tiny.json", "a-draft.json", "zz-draft.json"])
def test_a_broken_draft_with_the_same_id_breaks_nothing_and_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], draft_name: str
) -> None:
    (tmp_path / draft_name).write_text(BROKEN_TINY)
    for argv in by_id_commands(tmp_path):
        assert main(argv) == 0, argv
        err = capsys.readouterr().err
        assert draft_name in err and "broken and not used" in err, argv
        assert "Traceback" not in err
    assert main(["list", "--trees", str(TREES), "--trees", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert draft_name in captured.err and "broken and not used" in captured.err
    assert "BROKEN" in captured.out  # the draft is still shown, with its error


def test_list_the_picker_and_by_id_commands_use_the_same_file(tmp_path: Path) -> None:
    # Two working files with one id in one folder: the one named after the id wins.
    (tmp_path / "a-copy.json").write_text(tiny_titled("The copy"))
    (tmp_path / "tiny.json").write_text(tiny_titled("The original"))
    notices: list[str] = []
    loaded = resolve("tiny", [tmp_path], notices.append)
    listed = next(f for f in discover([tmp_path]).trees if f.id == "tiny")
    assert listed.tree is not None
    assert loaded.tree.title == listed.tree.tree.title == "The original"
    assert notices == discover([tmp_path]).notices
    assert any("a-copy.json" in n and "is used instead of" in n for n in notices)


@pytest.mark.parametrize("command", ["answer", "graph", "list", "audit"])
def test_every_command_names_the_shadowed_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    (tmp_path / "tiny.json").write_text(tiny_titled("Mine"))
    argv = {
        "answer": ["answer", "tiny", "--answers", ANSWERS],
        "graph": ["graph", "tiny"],
        "list": ["list"],
        "audit": ["audit", "tiny", "--walks", "5"],
    }[command]
    assert main([*argv, "--trees", str(TREES), "--trees", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and str(TREES / "tiny.json") in err


def test_only_a_broken_file_with_the_id_is_the_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "draft.json").write_text(BROKEN_TINY)
    assert main(["graph", "tiny", "--trees", str(tmp_path)]) == 1
    assert "draft.json:1:" in capsys.readouterr().err
    listed = next((f for f in discover([tmp_path]).trees if f.id == "tiny"), None)
    assert listed is not None and listed.tree is None  # list agrees: 'tiny' is broken


NOT_TREES = {
    "only-schema.json": {"$schema": "./toolmix-tree.schema.json"},
    "settings.json": {"editor.tabSize": 2},
}


@pytest.mark.parametrize("name", [*NOT_TREES, "toolmix-tree.schema.json"])
def test_files_that_are_not_trees_are_not_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    if name in NOT_TREES:
        (tmp_path / name).write_text(json.dumps(NOT_TREES[name]))
    else:
        assert main(["schema", "--write", str(tmp_path)]) == 0
    (tmp_path / "tiny.json").write_text(TINY.read_text())
    capsys.readouterr()
    assert main(["list", "--trees", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "BROKEN" not in out and "tiny" in out
    assert [f.path.name for f in discover([tmp_path]).trees if f.where != "shipped"] == [
        "tiny.json"
    ]


@pytest.mark.parametrize("text", ["{ nope", "[1, 2]", '{"id": "x", "nodes": 3}'])
def test_broken_trees_are_still_trees(tmp_path: Path, text: str) -> None:
    (tmp_path / "draft.json").write_text(text)
    broken = [f for f in discover([tmp_path]).trees if f.path.name == "draft.json"]
    assert len(broken) == 1 and broken[0].tree is None


@pytest.mark.parametrize("argv", [["ask", "tiny"], ["tiny"]], ids=["ask", "app"])
def test_the_walking_commands_name_the_shadowed_file_too(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    import io

    (tmp_path / "tiny.json").write_text(tiny_titled("Mine"))
    (tmp_path / "zz-draft.json").write_text(BROKEN_TINY)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: the line-by-line walk
    assert main([*argv, "--trees", str(TREES), "--trees", str(tmp_path)]) == 1  # input ended
    captured = capsys.readouterr()
    assert "Mine" in captured.out  # the file the rule names
    assert str(TREES / "tiny.json") in captured.err and "zz-draft.json" in captured.err
