"""Every path the person types for a file to write is checked: errors in words, never a traceback."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import TREES
from toolmix.cli.main import main
from toolmix.files.outpath import expand, export_file_name
from toolmix.model.problems import ToolmixError

TINY = str(TREES / "tiny.json")
ANSWERS = str(Path(__file__).parent / "tiny-answers.json")
LONG = "m" * 300 + ".md"


@pytest.fixture
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The current folder, holding the bad places below.

    Root reads a folder of mode 000 all the same; run as root (as in some
    containers), the folder's denial is made by the system call that would
    give it, ``os.stat``, failing with EACCES for what lies inside it.
    """
    (tmp_path / "locked").mkdir(mode=0o000)
    (tmp_path / "a-file").write_text("")
    (tmp_path / "a-folder").mkdir()
    monkeypatch.chdir(tmp_path)
    if os.geteuid() == 0:
        real_stat = os.stat
        locked = str(tmp_path / "locked") + os.sep

        def stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            if os.path.abspath(os.fsdecode(path)).startswith(locked):
                raise PermissionError(errno.EACCES, "Permission denied", path)
            return real_stat(path, *args, **kwargs)

        monkeypatch.setattr(os, "stat", stat)
    yield tmp_path
    (tmp_path / "locked").chmod(0o700)


#: (what the person typed for -o, a word the message must hold)
BAD_OUTPUTS = [
    pytest.param(LONG, "303 bytes", id="long-name"),
    pytest.param("m" * 300 + "/mix.md", "too long", id="long-folder"),
    pytest.param("locked/mix.md", "permission denied", id="unreadable-folder"),
    pytest.param("a-folder", "is a folder", id="a-folder"),
    pytest.param("missing/mix.md", "does not exist", id="missing-folder"),
    pytest.param("a-file/mix.md", "not a folder", id="under-a-file"),
]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    return code, capsys.readouterr().err


def refused(done: tuple[int, str], word: str) -> None:
    code, err = done
    assert code == 1, err
    assert word in err
    assert len(err.splitlines()) == 1, err


@pytest.mark.parametrize("output, word", BAD_OUTPUTS)
@pytest.mark.parametrize("command", ["answer", "graph"])
def test_a_bad_output_path_is_refused_in_words(
    place: Path, capsys: pytest.CaptureFixture[str], command: str, output: str, word: str
) -> None:
    args = ["answer", TINY, "--answers", ANSWERS] if command == "answer" else ["graph", TINY]
    refused(run([*args, "-o", output], capsys), word)
    assert sorted(p.name for p in place.iterdir()) == ["a-file", "a-folder", "locked"]


@pytest.mark.parametrize(
    "folder, word",
    [
        pytest.param("m" * 300, "too long", id="long"),
        ("locked", "permission denied"),
        ("missing", "does not exist"),
        ("a-file", "not a folder"),
    ],
)
def test_a_bad_schema_folder_is_refused_in_words(
    place: Path, capsys: pytest.CaptureFixture[str], folder: str, word: str
) -> None:
    refused(run(["schema", "--write", folder], capsys), word)


def test_the_written_file_is_named_by_its_full_path(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["graph", TINY, "-o", "tree.mmd"], capsys) == (0, f"wrote {place / 'tree.mmd'}\n")


def test_an_unknown_user_is_refused() -> None:
    with pytest.raises(ToolmixError, match="there is no user 'nosuchuser'"):
        expand("~nosuchuser/x.md")
    assert expand("~/x.md") == Path.home() / "x.md"


@pytest.mark.parametrize(
    "subject, name",
    [
        ("Rosie's Bakery", "rosies-bakery-social-tool-mix.md"),
        ("  Café  Ünïcode & Co. ", "cafe-unicode-co-social-tool-mix.md"),
        ("../../etc/passwd", "etc-passwd-social-tool-mix.md"),
        ("", "social-tool-mix.md"),
        (None, "social-tool-mix.md"),
        ("!!!", "social-tool-mix.md"),
    ],
)
def test_the_export_is_named_after_the_subject_and_the_tree(subject: object, name: str) -> None:
    assert export_file_name("social-tool-mix", subject, ".md") == name


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["validate", LONG], id="validate-long"),
        pytest.param(["validate", "locked/tree.json"], id="validate-unreadable-folder"),
        pytest.param(["list", "--trees", "m" * 300], id="list-trees-long"),
        pytest.param(["list", "--trees", "locked/trees"], id="list-trees-unreadable"),
        pytest.param(["test", TINY, "m" * 300], id="test-cases-long"),
        pytest.param(["test", TINY, "locked/cases"], id="test-cases-unreadable"),
    ],
)
def test_a_bad_path_to_read_is_refused_in_words(
    place: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, err = run(args, capsys)
    assert code == 1, err
    assert err.startswith("toolmix: cannot use ") or ": error: cannot read" in err, err
    assert "too long" in err or "permission denied" in err, err
