"""Check trees the cache does not hold in a second process, while the app starts.

A tree that was never loaded before must be validated, which means importing
pydantic and building its validators: longer than anything else before the
first question (docs/performance.md). None of that needs the terminal, and
importing Textual does not need the tree. So on a cache miss ``toolmix``
starts ``python -c 'from toolmix.prefetch import main; main()' FILE...``,
which checks the files and fills :mod:`toolmix.treecache`, and meanwhile
imports Textual and builds the app; it waits for the other process only when
it needs the tree. On a machine with two cores the two overlap.

The other process is a helper and nothing depends on it: if it fails, is
killed or is slow, the tree is checked in this process as before, and any
problem with it is reported the same way. With ``TOOLMIX_NO_CACHE=1`` there is
no cache to fill, so nothing is started.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

#: Seconds to wait for the helper before checking the trees here instead.
WAIT = 30.0


def _cached(path: str) -> bool:
    from toolmix import treecache
    from toolmix.readfile import read_head

    raw = read_head(path, treecache.MAX_CACHED_BYTES + 1)
    if raw is None:
        return True  # nothing to check ahead (not a file, unreadable): the app reports it
    key = treecache.key_for(raw, path)
    return key is None or (treecache.cache_dir() / key).is_file()


def missing(paths: Iterable[str]) -> list[str]:
    """The files among ``paths`` that would be checked in full if loaded now."""
    from toolmix import treecache

    if not treecache.enabled():
        return []
    return [path for path in paths if not _cached(path)]


def start(paths: Iterable[str]) -> subprocess.Popen[bytes] | None:
    """Start checking the files that are not cached; None when there are none."""
    todo = missing(paths)
    if not todo:
        return None
    # Python 3.11+: do not put the working folder on the helper's import path.
    env = {**os.environ, "PYTHONSAFEPATH": "1"}
    try:
        return subprocess.Popen(
            [sys.executable, "-c", "from toolmix.prefetch import main; main()", *todo],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    except OSError:
        return None


def finish(helper: subprocess.Popen[bytes] | None, timeout: float = WAIT) -> None:
    """Wait for the helper (if any); stop it if it takes longer than ``timeout``."""
    if helper is None:
        return
    try:
        helper.wait(timeout)
    except subprocess.TimeoutExpired:
        helper.kill()
        helper.wait()


def files_for(tree: str | None, extra: Sequence[str | Path] = ()) -> list[str]:
    """The files the app will load for ``toolmix [TREE]``, as it will name them.

    A path is itself; an id is each file that may hold it, the test
    :func:`toolmix.discovery.resolve` uses (:func:`~toolmix.discovery.may_hold`);
    no tree means the picker, which loads every tree in every search folder.
    """
    from toolmix.discovery import looks_like_path, may_hold, search_dirs

    if tree is not None and looks_like_path(tree):
        return [tree]
    files: list[str] = []
    for folder, _where in search_dirs(extra):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            if tree is None or may_hold(path, tree):
                files.append(str(path))
    return files


def main(argv: Sequence[str] | None = None) -> int:
    """Check each file, keeping those that pass in the cache; never fails."""
    from toolmix.loader import check_file

    for path in sys.argv[1:] if argv is None else argv:
        try:
            check_file(path, use_cache=True)
        except Exception:  # the app checks it again and reports the problem
            continue
    return 0
