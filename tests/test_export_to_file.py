"""Exporting to a typed path, below the dialog (toolmix.export.to_file): where the path
leads, the file written, and every refusal in words, never an exception."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pilot_walks import ANSWERS, TINY, walked
from toolmix.engine.selection import Mix, choose
from toolmix.export import to_file
from toolmix.export.markdown import render


def mix() -> Mix:
    session = walked(ANSWERS)
    assert session.loaded.source == str(TINY)
    return choose(session.loaded.tree, session.answered_path())


def test_a_file_made_between_the_check_and_the_write_is_not_replaced(tmp_path: Path) -> None:
    where = to_file.target(str(tmp_path / "mix.md"), "md")
    assert where == to_file.Target(tmp_path / "mix.md", exists=False, refusal=None)
    assert where.path is not None
    where.path.write_text("someone else's")  # after the check, before the write
    written = to_file.write(mix(), "md", where.path, overwrite=False)
    assert written.path is None and written.refusal is not None
    assert "Export again" in written.refusal and "--force" not in written.refusal
    assert where.path.read_text() == "someone else's"


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("  ", "Type a file name first."),
        ("missing/mix.md", "does not exist"),
        ("a-file/mix.md", "not a folder"),
        ("a-folder", "is a folder"),
        ("~nosuchuser/x.md", "there is no user 'nosuchuser'"),
    ],
)
def test_a_path_that_cannot_be_written_is_refused_in_words(
    tmp_path: Path, typed: str, words: str
) -> None:
    (tmp_path / "a-file").write_text("")
    (tmp_path / "a-folder").mkdir()
    value = typed if typed.startswith(("~", " ")) else str(tmp_path / typed)
    where = to_file.target(value, "md")
    assert where.refusal is not None and words in where.refusal


@pytest.mark.parametrize(
    ("fmt", "name"), [("md", "plan.md"), ("json", "plan.json"), ("case", "plan-case.json")]
)
def test_the_file_is_named_for_its_format_and_written(tmp_path: Path, fmt: str, name: str) -> None:
    (tmp_path / name).write_text("old")
    where = to_file.target(str(tmp_path / "plan.md"), fmt)
    assert where.path == tmp_path / name and where.exists and where.refusal is None
    the_mix = mix()
    written = to_file.write(the_mix, fmt, tmp_path / name, overwrite=True)
    assert written == to_file.Written(tmp_path / name)
    text = (tmp_path / name).read_text()
    assert text == to_file.export_text(the_mix, fmt)
    if fmt == "md":
        assert text == render(the_mix)
    else:
        assert json.loads(text)["answers"] == ANSWERS


def test_the_name_offered_is_the_subjects_in_the_folder(tmp_path: Path) -> None:
    assert to_file.offered_path(mix(), tmp_path) == tmp_path / "acme-tiny.md"


def test_without_a_folder_the_documents_folder_is_offered_else_the_current_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """newuser7 finding 10: the file was offered wherever toolmix was started."""
    import os

    monkeypatch.chdir(tmp_path)
    assert to_file.offered_path(mix(), None) == tmp_path / "acme-tiny.md"  # none (conftest)
    documents = tmp_path / "Dokumente"
    documents.mkdir()
    dirs = Path(os.environ["XDG_CONFIG_HOME"]) / "user-dirs.dirs"
    dirs.write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n')
    assert to_file.offered_path(mix(), None) == documents / "acme-tiny.md"
    assert to_file.offered_path(mix(), tmp_path) == tmp_path / "acme-tiny.md"  # the last one's
