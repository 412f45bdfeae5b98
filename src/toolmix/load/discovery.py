"""Finding trees: shipped ones, the user's folder, TOOLMIX_TREES and --trees.

One rule decides which file a tree id names, for ``toolmix list``, the picker
and every command that takes an id (docs/cli.md, "Which file a tree id names"):

1. Folders are searched from the highest priority down: each ``--trees DIR``
   (the last given first), then ``TOOLMIX_TREES`` (the last entry first),
   the user's trees folder, the shipped trees.
2. Within one folder, the file named ``ID.json`` comes first, then the others
   by name.
3. The first file in that order that loads is used. A broken file that claims
   the id (its first ``"id"``, or its name when it has none) is skipped with
   a warning; when no file loads, the first broken one's problems are the error.
4. Every other file that loads with the same id is not used: a warning names it.

Files that are not trees (a JSON Schema, a file holding only ``$schema``) are
left out: see :func:`toolmix.load.treefiles.not_a_tree`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import field, replace
from importlib import resources
from pathlib import Path

from toolmix.load.cache import check_cached, load_cached
from toolmix.load.hints import suggest
from toolmix.load.loader import CheckResult, LoadedTree
from toolmix.load.treefiles import ids_in_head, may_hold, not_a_tree
from toolmix.model.problems import Problem, ToolmixError
from toolmix.model.record import record
from toolmix.text.clean import clean
from toolmix.text.i18n import N_, _

DEFAULT_TREE = "social-tool-mix"


def shipped_trees_dir() -> Path:
    """The trees that come with toolmix: inside the wheel, or at the repository root."""
    packaged = Path(str(resources.files("toolmix"))) / "trees"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "trees"


def user_trees_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("toolmix", appauthor=False) / "trees"


def installed(source: str) -> bool:
    """The tree file is one toolmix ships or one installed in the user's folder: a
    tree someone uses, as against one being written (opened by path or ``--trees``)."""
    try:
        path = Path(source).resolve()
    except (OSError, RuntimeError, ValueError):
        return False
    return any(path.is_relative_to(d.resolve()) for d in (shipped_trees_dir(), user_trees_dir()))


@record
class Found:
    """One tree file found in a folder, checked."""

    path: Path
    where: str  # "shipped", "user", or the folder it came from
    result: CheckResult
    #: The folder's place in the search, 0 for the highest priority.
    rank: int = 0
    #: For a broken file, the id it claims: its first ``"id"``, or its name.
    claimed: str = ""

    @property
    def tree(self) -> LoadedTree | None:
        return self.result.tree

    @property
    def id(self) -> str:
        """The tree's id; for a broken file, the id it claims (see the module's rule)."""
        if self.result.tree is not None:
            return self.result.tree.id
        return clean(self.claimed or self.path.stem)  # a file name is a string a folder gives us

    @property
    def first_error(self) -> Problem | None:
        errors = self.result.errors
        return errors[0] if errors else None

    def order(self, tree_id: str) -> tuple[int, bool, str]:
        """Where this file stands among the files that claim ``tree_id`` (rule 1 and 2)."""
        return (self.rank, self.path.stem != tree_id, self.path.name)


@record
class Choice:
    """The file a tree id names, and the others that claim it."""

    used: Found
    notices: list[str]
    #: Broken files that claim the id but were passed over for a working one.
    skipped: list[Found]


def choose(tree_id: str, claims: Sequence[Found]) -> Choice:
    """Apply the rule (rules 3 and 4) to every file that claims ``tree_id``."""
    ordered = sorted(claims, key=lambda f: f.order(tree_id))
    working = [f for f in ordered if f.tree is not None]
    used = working[0] if working else ordered[0]
    notices: list[str] = []
    skipped: list[Found] = []
    for f in ordered:
        if f is used:
            continue
        if f.tree is not None:
            notices.append(
                _("tree '{tree}': {used} is used instead of {other}, which has the same id").format(
                    tree=tree_id, used=used.path, other=f.path
                )
            )
        elif used.tree is not None:
            skipped.append(f)
            error = f.first_error
            notices.append(
                _("tree '{tree}': {other} is broken and not used ({why}); using {used}").format(
                    tree=tree_id,
                    other=f.path,
                    why=error.message if error else _("it cannot be loaded"),
                    used=used.path,
                )
            )
    return Choice(used, notices, skipped)


@record
class Catalogue:
    """Trees by id, in the order they should be offered (default first)."""

    trees: list[Found]
    notices: list[str] = field(default_factory=list)


#: The words for the two folders that have no path of the person's: "shipped", "user".
_WHERE = {"shipped": N_("shipped"), "user": N_("user")}


def where_words(where: str) -> str:
    """Where a tree was found, in the person's language: "shipped", "user", or the folder."""
    return _(_WHERE[where]) if where in _WHERE else where


def search_dirs(extra: Sequence[str | Path] = ()) -> list[tuple[Path, str]]:
    """Folders to search, lowest priority first: shipped, user, TOOLMIX_TREES, --trees."""
    dirs: list[tuple[Path, str]] = [(shipped_trees_dir(), "shipped"), (user_trees_dir(), "user")]
    env = os.environ.get("TOOLMIX_TREES", "")
    dirs.extend((Path(p), p) for p in env.split(os.pathsep) if p)
    dirs.extend((Path(p), str(p)) for p in extra)
    return dirs


def tree_files(extra: Sequence[str | Path] = ()) -> list[tuple[Path, str, int]]:
    """Every ``*.json`` file of the search folders: path, where, rank (0 searched first)."""
    files: list[tuple[Path, str, int]] = []
    for rank, (folder, where) in enumerate(reversed(search_dirs(extra))):
        if folder.is_dir():
            from toolmix.load.translate.side import is_side_file  # a tree's translation is no tree

            files.extend(
                (path, where, rank)
                for path in sorted(folder.glob("*.json"))
                if not is_side_file(path)
            )
    return files


def _checked(path: Path, where: str, rank: int) -> Found | None:
    """The file checked, or None when it is not a tree at all."""
    result = check_cached(path)
    if result.tree is not None:
        return Found(path, where, result, rank)
    if not_a_tree(path):
        return None
    return Found(path, where, result, rank, (ids_in_head(path)[:1] or [path.stem])[0])


def discover(extra: Sequence[str | Path] = ()) -> Catalogue:
    """Every tree in every search folder: the file each id names, then broken drafts."""
    claims: dict[str, list[Found]] = {}
    for path, where, rank in tree_files(extra):
        found = _checked(path, where, rank)
        if found is not None:
            claims.setdefault(found.id, []).append(found)
    shown: list[tuple[Found, bool]] = []
    notices: list[str] = []
    for tree_id, files in claims.items():
        choice = choose(tree_id, files)
        notices += choice.notices
        shown.append((choice.used, True))
        shown += [(f, False) for f in choice.skipped]  # listed, so their errors are seen
    shown.sort(key=lambda s: (s[0].id != DEFAULT_TREE, s[0].id, not s[1], s[0].path.name))
    return Catalogue([f for f, _unused in shown], notices)


def in_language(catalogue: Catalogue) -> Catalogue:
    """The catalogue with each tree shown in the language asked for, where a side file
    gives it (toolmix.load.translate.side), as :func:`resolve` shows the tree it loads."""
    from toolmix.load.translate.side import translated

    trees = [
        found
        if found.tree is None
        else replace(found, result=replace(found.result, tree=translated(found.tree)))
        for found in catalogue.trees
    ]
    return replace(catalogue, trees=trees)


def resolve(
    name: str,
    extra: Sequence[str | Path] = (),
    warn: Callable[[str], None] | None = None,
    *,
    translate: bool = True,
) -> LoadedTree:
    """A tree named by path or id, loaded; :class:`ToolmixError` when it cannot be.

    ``warn`` receives the notices of the rule (files not used, broken drafts),
    and those of the translation: ``translate`` shows the tree in the
    language asked for (toolmix.load.translate.side), when a side file gives it.
    """
    if translate:
        from toolmix.load.translate.side import translated

        return translated(resolve(name, extra, warn, translate=False), warn)
    if looks_like_path(name):
        return load_cached(name)
    # Only files whose name or head mentions the id are checked, not every tree.
    known: list[str] = []
    claims: list[Found] = []
    for path, where, rank in tree_files(extra):
        ids = ids_in_head(path)
        known.extend(ids[:1] or [path.stem])
        if may_hold(path, name, ids):
            found = _checked(path, where, rank)
            if found is not None and found.id == name:
                claims.append(found)
    if not claims:
        hint = suggest(name, known)
        raise ToolmixError(
            _(
                "no tree with id '{name}'{hint}; run 'toolmix list' to see the trees, "
                "or give a path to a .json file"
            ).format(name=name, hint=hint)
        )
    choice = choose(name, claims)
    for notice in choice.notices:
        if warn is not None:
            warn(notice)
    if choice.used.tree is None:
        raise ToolmixError(choice.used.result.problems)  # the tree asked for, but broken
    return choice.used.tree


def looks_like_path(name: str) -> bool:
    """Whether ``toolmix NAME`` names a file rather than a tree id."""
    return name.endswith(".json") or os.sep in name or "/" in name or Path(name).is_file()


__all__ = [
    "DEFAULT_TREE",
    "Catalogue",
    "Choice",
    "Found",
    "choose",
    "discover",
    "ids_in_head",
    "installed",
    "looks_like_path",
    "may_hold",
    "resolve",
    "search_dirs",
    "shipped_trees_dir",
    "tree_files",
    "user_trees_dir",
]
