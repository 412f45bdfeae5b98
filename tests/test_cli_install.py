"""``toolmix install``: check, then copy into the user's trees folder, created when needed."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from conftest import TREES
from toolmix.cli.main import main
from toolmix.load.discovery import user_trees_dir

TINY = TREES / "tiny.json"


def test_install_on_a_new_machine_creates_the_folder_and_the_tree_is_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not user_trees_dir().exists()  # a new machine
    draft = tmp_path / "my draft.json"
    draft.write_bytes(TINY.read_bytes())
    assert main(["install", str(draft)]) == 0
    installed = user_trees_dir() / "tiny.json"
    assert installed.read_bytes() == TINY.read_bytes()
    assert str(installed) in capsys.readouterr().out
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "tiny" in out and "user" in out
    assert not [p for p in user_trees_dir().iterdir() if p.name != "tiny.json"]  # no temp left


def test_install_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install", str(TINY)]) == 0
    data = json.loads(TINY.read_text())
    data["title"] = "Second version"
    newer = tmp_path / "tiny.json"
    newer.write_text(json.dumps(data))
    capsys.readouterr()
    assert main(["install", str(newer)]) == 1
    assert "--force" in capsys.readouterr().err
    assert "Second version" not in (user_trees_dir() / "tiny.json").read_text()
    assert main(["install", str(newer), "--force"]) == 0
    assert "Second version" in (user_trees_dir() / "tiny.json").read_text()


@pytest.mark.parametrize(
    "text, expected",
    [('{"format": 1, "id": "tiny",', "invalid JSON"), ('{"format": 1, "id": "x"}', "start")],
)
def test_a_broken_tree_is_not_installed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(text)
    assert main(["install", str(bad)]) == 1
    err = capsys.readouterr().err
    assert expected in err and "was not installed" in err and "Traceback" not in err
    assert not user_trees_dir().exists() or not any(user_trees_dir().iterdir())


def test_paths_creates_the_user_trees_folder_so_the_docs_copy_step_works(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["paths"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("trees (user): "))
    folder = Path(line.removeprefix("trees (user): "))
    assert folder == user_trees_dir() and stat.S_ISDIR(folder.stat().st_mode)
