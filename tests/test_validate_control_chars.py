"""Control and invisible characters in a tree (newuser6 #9): warned about, quoted escaped, inert."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import tiny_data
from screen_text import screen_text
from toolmix.cli.main import main
from toolmix.load.loader import check_file, load_tree
from toolmix.tui.app import make_app

#: (a character the cleaning rule removes, as a tree would write it in JSON, its escape shown).
CHARS = [
    ("\\u001b[2J", "\\x1b"),
    ("\\u0007", "\\x07"),
    ("\\b", "\\x08"),
    ("\\u007f", "\\x7f"),
    ("\\u009b", "\\x9b"),
    ("\\u202e", "\\u202e"),
    ("\\u200b", "\\u200b"),
]
#: Where text is in tiny.json: (path, the JSON path as validate names it).
TEXTS: list[tuple[tuple[str | int, ...], str]] = [
    (("title",), "title"),
    (("nodes", "audience", "text"), "nodes.audience.text"),
    (("nodes", "audience", "help"), "nodes.audience.help"),
    (("nodes", "audience", "options", 1, "label"), "nodes.audience.options[1].label"),
    (
        ("nodes", "audience", "options", 0, "effects", 0, "because"),
        "nodes.audience.options[0].effects[0].because",
    ),
    (("items", "tiktok", "name"), "items.tiktok.name"),
    (("nodes", "lean", "body"), "nodes.lean.body"),
]
MARK = "@@MARK@@"


def write_with(tmp_path: Path, where: tuple[str | int, ...], raw: str, data: Any = None) -> Path:
    """tiny.json with ``raw`` (JSON escapes, as written in a file) inside the text at ``where``."""
    data = data or tiny_data()
    parent = data
    for part in where[:-1]:
        parent = parent[part]
    parent[where[-1]] = f"Who {MARK} buys?"
    path = tmp_path / "tree.json"
    path.write_text(json.dumps(data, indent=1).replace(MARK, raw))
    return path


@pytest.mark.parametrize(("where", "json_path"), TEXTS)
@pytest.mark.parametrize(("raw", "escaped"), CHARS)
def test_a_control_character_in_text_is_warned_about_where_it_is(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    where: tuple[str | int, ...],
    json_path: str,
    raw: str,
    escaped: str,
) -> None:
    path = write_with(tmp_path, where, raw)
    result = check_file(path)
    assert result.tree is not None  # a warning: the tree still loads, cleaned
    [problem] = [p for p in result.problems if escaped in p.message]
    assert (problem.severity, problem.json_path) == ("warning", json_path)
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if raw in text)
    assert problem.line == line and problem.column > 1
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}:{line}:{problem.column}: warning: the text holds {escaped}" in out
    assert main(["validate", "--strict", str(path)]) == 1


def test_the_characters_are_named_once_each(tmp_path: Path) -> None:
    path = write_with(tmp_path, ("nodes", "audience", "text"), "\\u001b[2J\\u001b[31m\\u0007")
    [problem] = check_file(path).problems
    assert "holds \\x1b, \\x07:" in problem.message


def test_many_are_reported_up_to_a_bound_then_counted(tmp_path: Path) -> None:
    data = tiny_data()
    for n in range(30):
        data["items"][f"extra{n}"] = {"name": f"Extra {MARK}", "group": "outposts"}
    path = write_with(tmp_path, ("title",), "\\u0007", data)
    messages = [p.message for p in check_file(path).problems]
    assert sum("holds \\x07" in m for m in messages) == 20  # 31 texts: 20 named, 11 counted
    assert "11 more texts hold such characters" in messages


@pytest.mark.parametrize(
    ("key", "raw", "quoted"),
    [
        ("next", "[bold red]x[/]\\u001b[2J\\u0007", "[bold red]x[/]\\x1b[2J\\x07"),
        ("next", "end\\u200b", "end\\u200b"),
    ],
)
def test_an_id_is_quoted_as_the_file_holds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, raw: str, quoted: str
) -> None:
    """The ESC and BEL were dropped from the message: the quoted id was not the file's."""
    path = write_with(tmp_path, ("nodes", "lean", key), raw)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"error: unknown node 'Who {quoted} buys?'" in out
    assert "\x1b" not in out and "\x07" not in out


def test_a_key_with_a_control_character_is_shown_escaped_in_the_path(
    write_json: Callable[..., Path],
) -> None:
    data = tiny_data()
    data["nodes"]["audience"]["x\x1bbad"] = 1
    messages = [str(p) for p in check_file(write_json(data)).problems]
    assert any('[nodes.audience["x\\x1bbad"]]' in m for m in messages), messages


async def test_the_app_shows_the_text_without_the_characters_and_inert(tmp_path: Path) -> None:
    path = write_with(tmp_path, ("nodes", "name", "text"), "\\u001b[2J\\u001b[31m\\u0007")
    app = make_app(load_tree(path))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter")  # past the intro
        await pilot.pause()
        text = screen_text(app)
        assert "Who [2J[31m buys?" in text  # shown literally: not markup, not a command
        assert "\x1b" not in text and "\x07" not in text
