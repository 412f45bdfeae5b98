"""Only regular files are read, and never more than the cap, by every reader.

A named pipe blocked every command forever and ``/dev/zero`` was read until
memory ran out, so each kind of file is tried in a child process with a
timeout and a memory limit: a regression fails the test, it cannot hang or
exhaust the suite.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import TREES
from parse_strategies import FILE_KINDS, file_kinds, make_file
from toolmix.model.problems import ToolmixError

FAST = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)

# Run in the child: make a file of the kind as t.json (in a folder of its own,
# where the autosave, a trees folder and the cache look), then give it to every reader.
CHILD = r"""
import contextlib, io, json, os, resource, sys
from pathlib import Path

resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
kind, folder, tiny = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
path = folder / "t.json"
if kind == "fifo":
    os.mkfifo(path)
elif kind == "dev-zero":
    path = Path("/dev/zero")
elif kind == "dev-urandom":
    path = Path("/dev/urandom")
elif kind == "link-to-dev-zero":
    os.symlink("/dev/zero", path)
elif kind == "folder":
    path.mkdir()
elif kind == "oversized":
    with open(path, "wb") as fh:
        fh.truncate(129 * 1024 * 1024)  # sparse: past the 128 MB cap, nothing written

from toolmix.load import cache as treecache
from toolmix.engine.answers_file import read_answers
from toolmix.store.autosave import Autosave
from toolmix.engine.cases import run_case
from toolmix.cli.main import main
from toolmix.load.discovery import discover, resolve
from toolmix.load.loader import check_file, load_tree
from toolmix.model.problems import ToolmixError
from toolmix.store.settings import load_settings

out = {}

def error(call):
    try:
        call()
    except ToolmixError as exc:
        return exc.problems[0].message
    return "no error"

def command(*args):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(err):
        code = main(list(args))
    return [code, err.getvalue()]

out["tree"] = check_file(path).errors[0].message
out["tree, cached"] = treecache.check_cached(path).errors[0].message
out["answers"] = error(lambda: read_answers(path))
out["case"] = " ".join(run_case(load_tree(tiny), path).differences)
out["settings"] = load_settings(path)
out["validate"] = command("validate", str(path))
out["answer"] = command("answer", tiny, "--answers", str(path))
if path.parent == folder:  # the readers that look in a folder
    out["autosave"] = repr(Autosave(folder, "t").load())
    found = next((f for f in discover([folder]).trees if f.id == "t"), None)
    out["trees folder"] = found.first_error.message if found else "not listed"
    out["tree by id"] = error(lambda: resolve("t", [folder]))
    out["list"] = command("list", "--trees", str(folder))
    out["test"] = command("test", tiny, str(folder))
    os.environ["XDG_CACHE_HOME"] = str(folder.parent / "cache")
    treecache.cache_dir().mkdir(parents=True)
    os.replace(path, treecache.cache_dir() / ("0" * 64))
    out["cache entry"] = repr(treecache.load("0" * 64))
print(json.dumps(out))
"""

SAYS = {
    "fifo": "found a named pipe (FIFO); only regular files are read",
    "dev-zero": "found a device file; only regular files are read",
    "dev-urandom": "found a device file; only regular files are read",
    "link-to-dev-zero": "found a device file; only regular files are read",
    "link-to-dev-urandom": "found a device file; only regular files are read",
    "folder": "found a folder",
    "oversized": "is 135,266,304 bytes; expected at most 134,217,728 bytes",
}
assert set(SAYS) >= set(FILE_KINDS)


@pytest.mark.parametrize("kind", FILE_KINDS)
def test_every_reader_refuses_what_is_not_a_regular_file_in_bounds(
    tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    try:
        child = subprocess.run(
            [sys.executable, "-c", CHILD, kind, str(folder), str(TREES / "tiny.json")],
            capture_output=True,
            text=True,
            timeout=90,
            env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"a reader blocked on a {kind} for 90 s")
    assert child.returncode == 0, child.stderr[-2000:]
    out = json.loads(child.stdout)
    says = SAYS[kind]
    for reader in ("tree", "tree, cached", "answers", "case", "trees folder", "tree by id"):
        if reader in out:
            assert says in out[reader], (reader, out[reader])
    assert out["settings"] == {}
    for cmd in ("validate", "answer", "list", "test"):
        if cmd in out and (cmd, kind) != ("validate", "folder"):  # `validate DIR` checks a folder
            code, text = out[cmd]
            assert says in text and "Traceback" not in text, (cmd, text)
            assert code == (0 if cmd == "list" else 1)
    if "autosave" in out:
        assert (out["autosave"], out["cache entry"]) == ("None", "None")


# --- the cap holds whatever size a file claims ---------------------------------------------


@FAST
@given(st.integers(0, 300), st.integers(0, 300))
def test_a_regular_file_is_read_whole_or_refused_at_the_cap(
    tmp_path: Path, size: int, cap: int
) -> None:
    from toolmix.load.strict_json import read_bytes

    path = tmp_path / "f.json"
    path.write_bytes(b"x" * size)
    if size <= cap:
        assert read_bytes(path, max_bytes=cap) == b"x" * size
    else:
        with pytest.raises(ToolmixError, match=f"expected at most {cap:,} bytes"):
            read_bytes(path, max_bytes=cap)


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs Linux /proc")
@FAST
@given(st.integers(0, 200))
def test_a_file_that_claims_size_0_is_still_read_only_to_the_cap(cap: int) -> None:
    from toolmix.load.strict_json import read_bytes

    path = Path("/proc/self/environ")  # reports size 0, holds a few kilobytes
    assert path.stat().st_size == 0
    with pytest.raises(ToolmixError, match=f"more than {cap:,} bytes; expected at most"):
        read_bytes(path, max_bytes=cap)


def test_a_symlink_loop_and_a_missing_file_get_messages(tmp_path: Path) -> None:
    from toolmix.load.strict_json import read_bytes

    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(ToolmixError, match="cannot read the tree file"):
        read_bytes(loop, what="tree file")
    with pytest.raises(ToolmixError, match="no such tree file"):
        read_bytes(tmp_path / "nope.json", what="tree file")


# --- the same, generated, in this process (guarded) ----------------------------------------


@contextmanager
def _guarded(seconds: float = 10, memory: int = 1 << 30) -> Iterator[None]:
    """Fail instead of blocking (an alarm breaks a blocked open) or eating memory (a limit)."""

    def alarm(signum: int, frame: Any) -> None:
        raise TimeoutError(f"blocked for {seconds} s")

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as fh:
        used = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    old = signal.signal(signal.SIGALRM, alarm)
    resource.setrlimit(resource.RLIMIT_AS, (used + memory, hard))
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _message(call: Callable[[], Any]) -> str:
    try:
        call()
    except ToolmixError as exc:
        return exc.problems[0].message
    return "read"


def _readers(path: Path) -> dict[str, Callable[[], Any]]:
    from toolmix.engine.answers_file import read_answers
    from toolmix.engine.cases import run_case
    from toolmix.load.discovery import discover, resolve
    from toolmix.load.loader import check_file, load_tree
    from toolmix.store.autosave import Autosave
    from toolmix.store.settings import load_settings

    folder = path.parent
    found = lambda: next((f for f in discover([folder]).trees if f.id == "t"), None)  # noqa: E731
    return {
        "tree": lambda: check_file(path).errors[0].message,
        "answers": lambda: _message(lambda: read_answers(path)),
        "case": lambda: " ".join(run_case(load_tree(TREES / "tiny.json"), path).differences),
        "trees folder": lambda: found().first_error.message,  # type: ignore[union-attr]
        "tree by id": lambda: _message(lambda: resolve("t", [folder])),
        "settings": lambda: load_settings(path),
        "autosave": lambda: Autosave(folder, "t").load(),
    }


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux /proc")
@FAST
@given(file_kinds, st.sampled_from(sorted(_readers(Path("t.json")))))
def test_any_reader_given_any_kind_of_file_refuses_it_in_words(
    tmp_path_factory: pytest.TempPathFactory, kind: str, reader: str
) -> None:
    path = tmp_path_factory.mktemp("kind") / "t.json"
    make_file(kind, path)
    with _guarded():
        got = _readers(path)[reader]()
    if reader in ("settings", "autosave"):
        assert got in ({}, None)  # nothing to offer
    else:
        assert SAYS[kind] in got, (kind, reader, got)
