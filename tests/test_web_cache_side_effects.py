"""Issue 14.11: a refused (or even accepted) tree cache entry changes nothing outside itself.

The entries are pickles written here opcode by opcode, as someone who can write
the cache folder would: a class reached through a module's imports, then
BUILD with a ``(None, {name: value})`` state, which pickle applies with
``setattr`` on whatever the name gave.
"""

from __future__ import annotations

import pathlib
import pickle
from collections.abc import Iterator

import pytest

from conftest import TREES
from toolmix.load import cache as treecache
from toolmix.load import index as treeindex
from toolmix.load import loader
from toolmix.load.loader import load_tree
from toolmix.model import tree as models

KEY = "ab" * 32


def global_(module: str, name: str) -> bytes:
    return b"c" + module.encode() + b"\n" + name.encode() + b"\n"


def text(value: str) -> bytes:
    raw = value.encode()
    return b"X" + len(raw).to_bytes(4, "little") + raw


def set_attribute(target: bytes, name: str, value: bytes) -> bytes:
    """Push ``target``, then BUILD it with the slot state {name: value}: setattr."""
    return target + b"N}" + text(name) + value + b"s\x86b"


def tree_pickle() -> bytes:
    """A real entry for tiny.json, in protocol 2 (no frames, so it can be prefixed)."""
    return pickle.dumps(load_tree(TREES / "tiny.json"), protocol=2)


ATTACKS = {
    # the attack issue 14 reports: afterwards 'answer -o' overwrote files without --force
    "Path.exists = float": set_attribute(
        global_("toolmix.load.loader", "Path"), "exists", global_("toolmix.model.base", "Number")
    )
    + b".",
    "a model class changed by name": set_attribute(
        global_("toolmix.load.index", "TreeIndex"), "question_count", text("many")
    )
    + b".",
    "a chain of setattrs": set_attribute(
        set_attribute(global_("toolmix.load.index", "TreeIndex"), "__eq__", text("x"))
        + b"0"
        # POP, then on to another class
        + global_("toolmix.load.loader", "LoadedTree"),
        "tampered",
        text("yes"),
    )
    + b".",
    # side effect first, then a valid tree: the entry is a hit, and still changed nothing
    "a setattr before a real tree": b"\x80\x02"
    + set_attribute(global_("toolmix.load.loader", "LoadedTree"), "tampered", text("yes"))
    + b"0"
    + tree_pickle()[2:],
}


@pytest.fixture
def untouched() -> Iterator[None]:
    """Undo anything a failing test did to the classes, so other tests are not affected."""
    saved = {
        cls: dict(vars(cls))
        for cls in (pathlib.Path, models.Tree, loader.LoadedTree, treeindex.TreeIndex)
    }
    yield
    for cls, attrs in saved.items():
        for name in set(vars(cls)) - set(attrs):
            delattr(cls, name)
        for name, value in attrs.items():
            if vars(cls).get(name) is not value and name not in ("__dict__", "__weakref__"):
                setattr(cls, name, value)


def classes_now() -> list[object]:
    return [
        pathlib.Path.exists,
        treeindex.TreeIndex.__eq__,
        getattr(loader.LoadedTree, "tampered", None),
        treeindex.TreeIndex.question_count,
    ]


@pytest.mark.parametrize("entry", list(ATTACKS.values()), ids=list(ATTACKS))
def test_a_crafted_entry_changes_no_class(untouched: None, entry: bytes) -> None:
    before = classes_now()
    folder = treecache.cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / KEY).write_bytes(entry)
    kept = treecache.load(KEY)
    assert classes_now() == before
    assert not pathlib.Path(folder / "no-such-file").exists()
    if entry.startswith(b"\x80\x02"):
        assert kept == load_tree(TREES / "tiny.json")
    else:
        assert kept is None


@pytest.mark.parametrize(
    "module, name",
    [
        ("toolmix.load.loader", "Path"),  # imported by loader
        ("toolmix.model.base", "Number"),  # float, under another name
        ("toolmix.model.conditions", "Callable"),
        ("toolmix.model.tree", "Node"),  # a union, not a class
        ("toolmix.model.tree", "Item"),  # a model class, imported from model.items
        ("toolmix.load.index", "Tree"),  # a model class, but not defined there
        ("builtins", "float"),
    ],
)
def test_only_classes_defined_in_the_model_modules_are_named(module: str, name: str) -> None:
    folder = treecache.cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / KEY).write_bytes(global_(module, name) + b".")
    with pytest.raises(pickle.UnpicklingError, match="not allowed"):
        treecache._ModelsOnly((folder / KEY).read_bytes(), treecache.MODEL_MODULES).load()
    assert treecache.load(KEY) is None
