"""Files toolmix writes follow the umask like any program's; an overwritten one keeps its mode.

Private state (autosaves, settings, the caches) is 0600 whatever the umask.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import TREES
from terminal import toolmix_command
from toolmix.files.atomic import write_text_atomic

TINY = str(TREES / "tiny.json")
ANSWERS = str(Path(__file__).parent / "tiny-answers.json")
WALK = "ACME\n2\n2\n\n1\n"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run(
    args: list[str], cwd: Path, umask: int, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [toolmix_command(), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        umask=umask,
    )


#: Each command that writes a file the person asked for, and where that file goes.
WRITERS = {
    "answer -o": (["answer", TINY, "--answers", ANSWERS, "-o", "out.md"], "out.md"),
    "graph -o": (["graph", TINY, "-o", "out.mmd"], "out.mmd"),
    "ask -o": (["ask", TINY, "-o", "out.md"], "out.md"),
    "schema --write": (["schema", "--write", "."], "toolmix-tree.schema.json"),
}


@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_new_file_follows_the_umask(
    tmp_path: Path, command: str, umask: int, expected: int
) -> None:
    args, name = WRITERS[command]
    done = run(args, tmp_path, umask, WALK)
    assert done.returncode == 0, done.stderr
    assert mode(tmp_path / name) == expected


@pytest.mark.parametrize("command", ["answer -o", "graph -o", "schema --write"])
@pytest.mark.parametrize("kept", [0o640, 0o604, 0o755])
def test_overwriting_keeps_the_mode(tmp_path: Path, command: str, kept: int) -> None:
    args, name = WRITERS[command]
    target = tmp_path / name
    target.write_text("old")
    target.chmod(kept)
    done = run([*args, "--force"] if command != "schema --write" else args, tmp_path, 0o077)
    assert done.returncode == 0, done.stderr
    assert target.read_text() != "old"
    assert mode(target) == kept


@pytest.mark.parametrize("umask", [0o000, 0o022])
def test_private_state_is_0600_whatever_the_umask(tmp_path: Path, umask: int, tiny) -> None:  # type: ignore[no-untyped-def]
    from toolmix.engine.session import Session
    from toolmix.store.autosave import Autosave
    from toolmix.store.settings import save_settings

    cache = tmp_path / "cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run(
        [toolmix_command(), "answer", TINY, "--answers", ANSWERS],
        capture_output=True,
        cwd=tmp_path,
        timeout=60,
        umask=umask,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    old = os.umask(umask)
    try:
        Autosave(tmp_path / "sessions", "tiny").save(Session(tiny))
        save_settings(tmp_path / "settings.json", {"theme": "nord"})
    finally:
        os.umask(old)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(written) >= 3  # a cached tree, a session, the settings
    assert {mode(p) for p in written} == {0o600}


def test_in_process_writes_follow_the_umask_too(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        public = write_text_atomic(tmp_path / "mix.md", "x")
        private = write_text_atomic(tmp_path / "state.json", "x", private=True)
    finally:
        os.umask(old)
    assert (mode(public), mode(private)) == (0o640, 0o600)
