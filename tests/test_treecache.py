"""The cache of validated trees: same result as a full load, and never trusted blindly."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import HERE, SHIPPED, TREES
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.selection import choose
from toolmix.export.json_result import result_json
from toolmix.load import cache as treecache
from toolmix.load.loader import check_file
from toolmix.text.i18n import use_language


def entries() -> list[Path]:
    """The tree entries in the cache folder."""
    folder = treecache.cache_dir()
    return sorted(p for p in folder.iterdir() if len(p.name) == 64) if folder.is_dir() else []


def test_a_second_load_comes_from_the_cache_and_gives_the_same_result(tmp_path: Path) -> None:
    path = tmp_path / "tree.json"
    path.write_bytes((SHIPPED / "social-tool-mix.json").read_bytes())
    first = treecache.load_cached(path)
    assert len(entries()) == 1
    key = treecache.key_for(path.read_bytes(), str(path))
    assert key is not None
    kept = treecache.load(key)
    assert kept is not None
    assert kept.tree == first.tree and kept.index == first.index
    assert kept.warnings == first.warnings and kept.source == first.source
    persona = read_answers(HERE / "personas" / "b2b-consultant.json")
    results = []
    for loaded in (first, treecache.load_cached(path)):
        session, _dropped = replay(loaded, persona)
        results.append(result_json(choose(loaded.tree, session.answered_path())))
    assert results[0] == results[1]


def test_warnings_survive_the_cache(write_json, tmp_path: Path) -> None:
    data = json.loads((TREES / "tiny.json").read_text())
    data["items"]["never-used"] = {"name": "Never used", "group": next(iter(data["groups"]))}
    path = write_json(data)
    warned = treecache.check_cached(path)
    assert warned.tree is not None and warned.warnings
    again = treecache.check_cached(path)
    assert [str(p) for p in again.warnings] == [str(p) for p in warned.warnings]


def test_warnings_kept_in_one_language_are_not_shown_in_another(write_json) -> None:
    data = json.loads((TREES / "tiny.json").read_text())
    data["items"]["never-used"] = {"name": "Never used", "group": next(iter(data["groups"]))}
    path = write_json(data)
    worded = {}
    for lang in ("en", "es", "en", "es"):
        use_language(lang)
        found = [p.message for p in treecache.check_cached(path).warnings]
        assert worded.setdefault(lang, found) == found
    assert "no effect mentions item 'never-used'" in worded["en"][0]
    assert "ningún efecto menciona el elemento 'never-used'" in worded["es"][0]
    assert len(entries()) == 2  # one entry per language


def test_the_top_level_x_keys_survive_the_cache(write_json) -> None:
    data = json.loads((TREES / "tiny.json").read_text())
    data["x-audit"] = {"home": ["anything"], "min_hours": 2}
    path = write_json(data)
    first = treecache.load_cached(path)  # checked in full, then kept
    key = treecache.key_for(path.read_bytes(), str(path))
    assert key is not None
    kept = treecache.load(key)
    assert kept is not None
    expected = {"x-note": data["x-note"], "x-audit": {"home": ["anything"], "min_hours": 2}}
    assert first.extras == expected and kept.extras == expected


def test_a_changed_file_is_checked_again(write_json) -> None:
    data = json.loads((TREES / "tiny.json").read_text())
    path = write_json(data)
    assert treecache.check_cached(path).tree is not None
    data["start"] = "nowhere"
    path.write_text(json.dumps(data))
    result = treecache.check_cached(path)
    assert result.tree is None and "nowhere" in str(result.errors[0])


@pytest.mark.parametrize("name", ["os.system", "builtins.eval", "toolmix.model.conditions._Cond"])
def test_an_entry_naming_anything_else_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "tree.json"
    path.write_bytes((TREES / "tiny.json").read_bytes())
    key = treecache.key_for(path.read_bytes(), str(path))
    assert key is not None
    module, attr = name.rsplit(".", 1)
    marker = tmp_path / "ran"
    # A pickle that would call module.attr(...) when loaded.
    payload = (
        b"c"
        + module.encode()
        + b"\n"
        + attr.encode()
        + b"\n"
        + pickle.dumps(f"touch {marker}", protocol=0)[:-1]
        + b"\x85R."
    )
    treecache.cache_dir().mkdir(parents=True, exist_ok=True)
    (treecache.cache_dir() / key).write_bytes(payload)
    assert treecache.load(key) is None
    loaded = treecache.load_cached(path)  # a miss: checked in full, and the entry replaced
    assert loaded.id == "tiny" and not marker.exists()
    assert treecache.load(key) is not None


def test_garbage_in_an_entry_is_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "tree.json"
    path.write_bytes((TREES / "tiny.json").read_bytes())
    key = treecache.key_for(path.read_bytes(), str(path))
    assert key is not None
    treecache.cache_dir().mkdir(parents=True, exist_ok=True)
    (treecache.cache_dir() / key).write_bytes(b"\x80\x05not a pickle")
    assert treecache.load_cached(path).id == "tiny"


def test_the_key_depends_on_bytes_and_path() -> None:
    raw = (TREES / "tiny.json").read_bytes()
    key = treecache.key_for(raw, "a.json")
    assert key == treecache.key_for(raw, "a.json")
    assert key != treecache.key_for(raw, "b.json")
    assert key != treecache.key_for(raw + b" ", "a.json")


def test_big_files_are_not_cached() -> None:
    assert treecache.key_for(b" " * (treecache.MAX_CACHED_BYTES + 1), "big.json") is None


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TOOLMIX_NO_CACHE", "1")
    path = tmp_path / "tree.json"
    path.write_bytes((TREES / "tiny.json").read_bytes())
    treecache.load_cached(path)
    assert entries() == []


def test_validate_never_uses_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "tree.json"
    path.write_bytes((TREES / "tiny.json").read_bytes())
    check_file(path)
    assert entries() == []


def test_an_unwritable_cache_is_no_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert treecache.load_cached(TREES / "tiny.json").id == "tiny"


def test_old_entries_are_pruned(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(treecache, "MAX_ENTRIES", 3)
    data = json.loads((TREES / "tiny.json").read_text())
    for n in range(5):
        data["version"] = f"1.0.{n}"
        path = tmp_path / f"t{n}.json"
        path.write_text(json.dumps(data))
        treecache.load_cached(path)
    assert len(entries()) == 3


CORE = Path(treecache.__file__).resolve().parents[1]


def copy_of_core(folder: Path) -> Path:
    """The core's packages copied into ``folder``, with one package outside the loading ones."""
    for package in (*treecache.LOADING_PACKAGES, "tui"):
        for path in (CORE / package).glob("*.py"):
            target = folder / package / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    return folder


@pytest.mark.parametrize("package", treecache.LOADING_PACKAGES)
@pytest.mark.parametrize("change", ["a new module", "a changed module", "a new subpackage module"])
def test_any_source_change_in_the_loading_packages_changes_the_key(
    tmp_path: Path, package: str, change: str
) -> None:
    core = copy_of_core(tmp_path)
    before = treecache.source_fingerprint(core)
    assert treecache.source_fingerprint(core) == before
    if change == "a new module":
        (core / package / "added.py").write_text("X = 1\n")
    elif change == "a changed module":
        first = sorted((core / package).glob("*.py"))[0]
        first.write_text(first.read_text() + "\n# changed\n")
    else:
        (core / package / "sub").mkdir()
        (core / package / "sub" / "deeper.py").write_text("X = 1\n")
    assert treecache.source_fingerprint(core) != before


def test_code_outside_the_loading_packages_keeps_the_key(tmp_path: Path) -> None:
    core = copy_of_core(tmp_path)
    before = treecache.source_fingerprint(core)
    (core / "tui" / "added.py").write_text("X = 1\n")
    (core / "load" / "notes.txt").write_text("not code")
    assert treecache.source_fingerprint(core) == before


def test_the_loading_packages_hold_all_the_code_a_loaded_tree_depends_on() -> None:
    """Every toolmix module the cache and the loader import, function-local imports included."""
    import grimp

    graph = grimp.build_graph("toolmix", include_external_packages=False)
    used = graph.find_upstream_modules("toolmix.load.cache") | {"toolmix.load.cache"}
    packages = {module.split(".")[1] for module in used}
    assert packages <= set(treecache.LOADING_PACKAGES), sorted(used)
    assert {"toolmix.load.loader", "toolmix.load.validation", "toolmix.model.tree"} <= used


WARM = """
import sys
from toolmix.cli.main import main
main({argv!r})
print("PYDANTIC:" + str(any(m.split(".")[0] == "pydantic" for m in sys.modules)), file=sys.stderr)
"""


def test_a_warm_headless_run_does_not_import_pydantic(tmp_path: Path) -> None:
    """The point of the cache (issue 6): no pydantic when the tree was checked before."""
    argv = [
        "answer",
        "social-tool-mix",
        "--answers",
        str(HERE / "personas" / "b2b-consultant.json"),
    ]
    runs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", WARM.format(argv=argv)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)},
        )
        runs.append(done.stderr.strip().splitlines()[-1])
        assert "# " in done.stdout  # the Markdown result
    assert runs == ["PYDANTIC:True", "PYDANTIC:False"]


def test_every_module_of_tree_parts_is_one_the_cache_reads_back() -> None:
    """MODEL_MODULES is listed by hand: a module of parts left out would make every load a miss."""
    import importlib
    import pkgutil

    import toolmix.model
    from toolmix.model.base import Part

    with_parts = set()
    for info in pkgutil.iter_modules(toolmix.model.__path__):
        module = importlib.import_module(f"toolmix.model.{info.name}")
        if any(
            isinstance(value, type)
            and issubclass(value, Part)
            and value.__module__ == module.__name__
            for value in vars(module).values()
        ):
            with_parts.add(module.__name__)
    assert {"toolmix.model.nodes", "toolmix.model.tree"} <= with_parts
    assert with_parts <= set(treecache.MODEL_MODULES)
