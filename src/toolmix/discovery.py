"""Finding trees: shipped ones, the user's folder, TOOLMIX_TREES and --trees."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import field
from importlib import resources
from pathlib import Path

from toolmix.loader import CheckResult, LoadedTree, check_file, load_tree
from toolmix.problems import Problem, ToolmixError, suggest
from toolmix.records import record

DEFAULT_TREE = "social-tool-mix"
_ID_IN_FILE = re.compile(rb'"id"\s*:\s*"([a-z0-9][a-z0-9-]{0,63})"')


def shipped_trees_dir() -> Path:
    """The trees that come with toolmix: inside the wheel, or at the repository root."""
    packaged = Path(str(resources.files("toolmix"))) / "trees"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "trees"


def user_trees_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("toolmix", appauthor=False) / "trees"


@record
class Found:
    """One tree file found in a folder, checked."""

    path: Path
    where: str  # "shipped", "user", or the folder it came from
    result: CheckResult

    @property
    def tree(self) -> LoadedTree | None:
        return self.result.tree

    @property
    def id(self) -> str:
        if self.result.tree is not None:
            return self.result.tree.id
        return self.path.stem

    @property
    def first_error(self) -> Problem | None:
        errors = self.result.errors
        return errors[0] if errors else None


@record
class Catalogue:
    """Trees by id, in the order they should be offered (default first)."""

    trees: list[Found]
    notices: list[str] = field(default_factory=list)

    def get(self, tree_id: str) -> Found | None:
        for f in self.trees:
            if f.id == tree_id:
                return f
        return None


def search_dirs(extra: Sequence[str | Path] = ()) -> list[tuple[Path, str]]:
    """Folders to search, lowest priority first: shipped, user, TOOLMIX_TREES, --trees."""
    dirs: list[tuple[Path, str]] = [(shipped_trees_dir(), "shipped"), (user_trees_dir(), "user")]
    env = os.environ.get("TOOLMIX_TREES", "")
    dirs.extend((Path(p), p) for p in env.split(os.pathsep) if p)
    dirs.extend((Path(p), str(p)) for p in extra)
    return dirs


def discover(extra: Sequence[str | Path] = ()) -> Catalogue:
    """Every tree in every search folder, later folders winning on the same id."""
    by_id: dict[str, Found] = {}
    notices: list[str] = []
    for folder, where in search_dirs(extra):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            found = Found(path, where, check_file(path, use_cache=True))
            if found.id in by_id:
                old = by_id[found.id]
                notices.append(
                    f"tree '{found.id}' in {path} is used instead of the one in {old.path}"
                )
            by_id[found.id] = found
    ordered = sorted(by_id.values(), key=lambda f: (f.id != DEFAULT_TREE, f.id))
    return Catalogue(ordered, notices)


def resolve(name: str, extra: Sequence[str | Path] = ()) -> LoadedTree:
    """A tree named by path or id, loaded; :class:`ToolmixError` when it cannot be."""
    if looks_like_path(name):
        return load_tree(name)
    # Find the file without loading every tree: only files whose name or first
    # "id" matches are parsed, highest-priority folder first.
    known: list[str] = []
    for folder, _where in reversed(search_dirs(extra)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            ids = ids_in_head(path)
            known.extend(ids[:1] or [path.stem])
            if not may_hold(path, name, ids):
                continue
            found = check_file(path, use_cache=True)
            if found.tree is not None and found.tree.id == name:
                return found.tree
            if found.tree is None and name in (path.stem, *ids[:1]):
                raise ToolmixError(found.problems)  # the tree asked for, but broken
    hint = suggest(name, known)
    raise ToolmixError(
        f"no tree with id '{name}'{hint}; run 'toolmix list' to see the trees, "
        "or give a path to a .json file"
    )


def looks_like_path(name: str) -> bool:
    """Whether ``toolmix NAME`` names a file rather than a tree id."""
    return name.endswith(".json") or os.sep in name or "/" in name or Path(name).is_file()


def ids_in_head(path: Path) -> list[str]:
    """Every ``"id"`` value in the file's head, found without parsing it."""
    return [i.decode() for i in _ID_IN_FILE.findall(_read_head(path))]


def may_hold(path: Path, name: str, ids: Sequence[str] | None = None) -> bool:
    """Whether the file may be the tree with id ``name``: by its name or an id in its head.

    Only a candidate: its top-level id is checked once it is loaded.
    """
    return path.stem == name or name in (ids_in_head(path) if ids is None else ids)


def _read_head(path: Path, limit: int = 65536) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(limit)
    except OSError:
        return b""
