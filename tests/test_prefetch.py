"""Trees checked ahead in a helper process while the app starts (toolmix.prefetch)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHIPPED, TREES
from toolmix import prefetch, treecache
from toolmix.discovery import resolve
from toolmix.loader import load_tree

FIRST_START = """
import sys
from toolmix import prefetch
helper = prefetch.start(prefetch.files_for({tree!r}))
prefetch.finish(helper)
from toolmix.discovery import resolve
loaded = resolve({tree!r})
print(helper is not None, any(m.split(".")[0] == "pydantic" for m in sys.modules), loaded.id)
"""


def first_start(tree: str, cache: Path) -> str:
    """What the app's process does before building the app, in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", FIRST_START.format(tree=tree)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
    )
    return done.stdout.strip()


def test_a_first_start_leaves_pydantic_to_the_helper(tmp_path: Path) -> None:
    """Issue 6: a tree never loaded before is checked in the helper, not in the app."""
    # helper started / pydantic in the app's process / the tree loaded
    assert first_start("social-tool-mix", tmp_path) == "True False social-tool-mix"
    assert first_start("social-tool-mix", tmp_path) == "False False social-tool-mix"


APP_START = """
import sys
from textual.app import App
App.run = lambda self, *args, **kwargs: None  # everything up to the app's first frame
from toolmix.cli import main
main({argv!r})
print(sorted(m for m in sys.modules if m.split(".")[0] in {unneeded!r}))
"""


@pytest.mark.parametrize("argv", [[], ["social-tool-mix"]], ids=["picker", "tree"])
def test_the_usual_start_imports_only_what_it_needs(tmp_path: Path, argv: list[str]) -> None:
    """No pydantic (the tree comes from the cache), and no argparse, json or hashlib
    (docs/performance.md): the bare Textual app it is measured against has none."""
    unneeded = ["argparse", "hashlib", "json", "pydantic", "pydantic_core"]
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver",  # as under 'toolmix serve': not the line-by-line mode
    }
    code = APP_START.format(argv=argv, unneeded=unneeded)
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        ).stdout.strip()
        for _ in range(2)  # a first start (the helper fills the cache), then the usual one
    ]
    assert runs == ["[]", "[]"]


def test_the_files_are_those_the_app_will_load(tmp_path: Path) -> None:
    own = tmp_path / "mine"
    own.mkdir()
    (own / "renamed.json").write_text((TREES / "tiny.json").read_text())
    tiny_id = json.loads((TREES / "tiny.json").read_text())["id"]
    assert prefetch.files_for("some/where.json") == ["some/where.json"]
    assert prefetch.files_for(tiny_id, [own]) == [str(own / "renamed.json")]
    assert prefetch.files_for("social-tool-mix") == [str(SHIPPED / "social-tool-mix.json")]
    every = prefetch.files_for(None, [own])  # the picker loads them all
    assert str(own / "renamed.json") in every and len(every) == 3
    assert prefetch.files_for("no-such-tree", [own]) == []


def test_an_id_after_other_ids_is_found_as_resolve_finds_it(tmp_path: Path) -> None:
    data = json.loads((TREES / "tiny.json").read_text())
    tree_id = data.pop("id")
    late = {"nodes": data.pop("nodes"), "id": tree_id, **data}  # option ids come first
    path = tmp_path / "late.json"
    path.write_text(json.dumps(late))
    assert prefetch.files_for(tree_id, [tmp_path]) == [str(path)]
    assert resolve(tree_id, [tmp_path]).id == tree_id


def test_the_helper_fills_the_cache_and_the_app_needs_no_check(tmp_path: Path) -> None:
    path = tmp_path / "tree.json"
    path.write_text((TREES / "tiny.json").read_text())
    assert prefetch.missing([str(path)]) == [str(path)]
    helper = prefetch.start([str(path)])
    assert helper is not None
    prefetch.finish(helper)
    assert helper.returncode == 0
    assert prefetch.missing([str(path)]) == []
    assert prefetch.start([str(path)]) is None  # nothing left to do
    key = treecache.key_for(path.read_bytes(), str(path))
    assert key is not None and treecache.load(key) == load_tree(path)


def test_a_broken_tree_is_left_to_the_app(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": 1, "id": "broken"')
    helper = prefetch.start([str(path)])
    prefetch.finish(helper)
    assert helper is not None and helper.returncode == 0  # the helper never fails
    assert prefetch.missing([str(path)]) == [str(path)]  # nothing kept: the app reports it


def test_nothing_is_started_with_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOOLMIX_NO_CACHE", "1")
    path = tmp_path / "tree.json"
    path.write_text((TREES / "tiny.json").read_text())
    assert prefetch.start([str(path)]) is None


def test_a_slow_helper_is_stopped() -> None:
    helper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    prefetch.finish(helper, timeout=0.2)
    assert helper.returncode is not None and helper.returncode != 0


def test_an_unreadable_file_is_not_checked_ahead(tmp_path: Path) -> None:
    assert prefetch.missing([str(tmp_path / "absent.json")]) == []
