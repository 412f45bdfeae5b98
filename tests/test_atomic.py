"""Writing files atomically: failures mid-write leave the old file and no temp file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from toolmix.files.atomic import TargetExists, write_text_atomic
from toolmix.model.problems import ToolmixError


def boom(err: int) -> object:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(err, os.strerror(err))

    return fail


@pytest.mark.parametrize(
    "where, err, message",
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.ENOSPC, "the disk is full"),
        ("fsync", errno.EIO, "Input/output error"),
        ("replace", errno.EACCES, "permission denied"),
        ("open", errno.EACCES, "permission denied"),
        ("open", errno.EROFS, "read-only"),
    ],
)
def test_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, err: int, message: str
) -> None:
    target = tmp_path / "mix.md"
    target.write_text("the old mix")
    monkeypatch.setattr(os, where, boom(err))
    with pytest.raises(ToolmixError, match=message):
        write_text_atomic(target, "the new mix", overwrite=True)
    monkeypatch.undo()
    assert target.read_text() == "the old mix"
    assert [p.name for p in tmp_path.iterdir()] == ["mix.md"]


def test_an_exception_in_the_middle_of_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mix.md"
    target.write_text("the old mix")

    real_fdopen = os.fdopen

    class Breaks:
        def __init__(self, fd: int, mode: str) -> None:
            self.fh = real_fdopen(fd, mode)

        def __enter__(self) -> Breaks:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def write(self, data: bytes) -> int:
            self.fh.write(data[:3])
            raise KeyboardInterrupt  # the user pressed ctrl+c halfway

    monkeypatch.setattr(os, "fdopen", Breaks)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(target, "the new mix", overwrite=True)
    monkeypatch.undo()
    assert target.read_text() == "the old mix"
    assert [p.name for p in tmp_path.iterdir()] == ["mix.md"]


def test_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "mix.md"
    target.write_text("keep")
    with pytest.raises(TargetExists):
        write_text_atomic(target, "new")
    assert target.read_text() == "keep"
    write_text_atomic(target, "new", overwrite=True)
    assert target.read_text() == "new"


def test_missing_folder_and_a_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(ToolmixError, match="does not exist"):
        write_text_atomic(tmp_path / "nope" / "x.md", "x")
    with pytest.raises(ToolmixError, match="is a folder"):
        write_text_atomic(tmp_path, "x")


def test_autosave_and_settings_failures_are_errors_not_tracebacks(tmp_path: Path, tiny) -> None:  # type: ignore[no-untyped-def]
    from toolmix.engine.session import Session
    from toolmix.store.autosave import Autosave
    from toolmix.store.settings import save_settings

    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ToolmixError):
        Autosave(blocker / "sessions", "tiny").save(Session(tiny))
    with pytest.raises(ToolmixError):
        save_settings(blocker / "settings.json", {"theme": "nord"})


def test_two_sessions_saving_the_same_tree_never_leave_a_broken_file(tmp_path: Path, tiny) -> None:  # type: ignore[no-untyped-def]
    import json
    import threading

    from toolmix.engine.session import Session
    from toolmix.store.autosave import Autosave

    saver = Autosave(tmp_path, "tiny")
    first, second = Session(tiny), Session(tiny)
    first.answer("ONE")
    second.answer("TWO")
    errors: list[BaseException] = []

    def hammer(session: Session) -> None:
        try:
            for _ in range(200):
                saver.save(session)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=hammer, args=(s,)) for s in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    saved = json.loads((tmp_path / "tiny.json").read_text())
    assert saved["answers"]["name"] in ("ONE", "TWO")
    assert [p.name for p in tmp_path.iterdir()] == ["tiny.json"]
