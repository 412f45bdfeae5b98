"""Reference and graph problems of the parts of a tree that parsed, beside its shape errors.

``validate`` should report every problem in one pass: a typo in one effect
must not hide a wrong ``goto`` elsewhere. When the shape check fails, the
parts it blames are set aside (the smallest part holding each error: an
effect, an option, a range, a route, a node, an item, a group; an unknown
key is just dropped), the rest is checked again until it passes, and the
linter runs on what is left. Its problems that name a part set aside are
left out: they follow from the shape errors already reported.

A node whose type is unknown but close to a known one ("singel") is not set
aside but checked as that type, so the errors inside it are reported too (the
first check stops at the type); and so its effects still mention their items.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from pydantic_core import ValidationError

from toolmix.load.hints import Suggester
from toolmix.load.index import build_index
from toolmix.load.lint import lint
from toolmix.load.validation import data_path, problems_from, validate_tree
from toolmix.model.problems import JsonPath, Problem

#: Shape checks before giving up: each pass sets aside at least one part.
MAX_PASSES = 12

#: Parts that can be set aside, as path patterns ("*" is any key or index).
_PARTS: list[tuple[str, ...]] = [
    ("nodes", "*", "options", "*", "effects", "*"),
    ("nodes", "*", "ranges", "*", "effects", "*"),
    ("nodes", "*", "options", "*"),
    ("nodes", "*", "ranges", "*"),
    ("nodes", "*", "effects", "*"),
    ("nodes", "*", "next", "*"),
    ("nodes", "*"),
    ("items", "*"),
    ("groups", "*"),
    ("result",),
]

#: Stand-ins for required top-level values, only so that the linter can run.
_STAND_INS: dict[str, Any] = {"format": 1, "id": "tree", "title": "tree", "version": "0"}


def _part_of(path: JsonPath) -> JsonPath | None:
    for pattern in _PARTS:
        if len(path) >= len(pattern) and all(
            p == "*" or p == q for p, q in zip(pattern, path, strict=False)
        ):
            return path[: len(pattern)]
    return None


def _remove(data: Any, path: JsonPath) -> None:
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    del parent[path[-1]]


class _Repair:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        #: Ids of nodes, items, groups and options set aside, for filtering messages.
        self.ids: set[str] = set()
        self.paths: list[JsonPath] = []
        #: Nodes of an unknown type checked as the type it is closest to: path -> that type.
        self.retagged: dict[JsonPath, str] = {}

    def action(self, error: dict[str, Any]) -> tuple[str, JsonPath] | None:
        """What to do about one error: drop a path, retag a node, or put in a stand-in."""
        path = data_path(tuple(error["loc"]), self.data)
        if error["type"] in ("extra_forbidden", "unexpected_keyword_argument") and path:
            return "drop", path
        if error["type"] == "union_tag_invalid" and len(path) == 2 and path not in self.retagged:
            expected = str((error.get("ctx") or {}).get("expected_tags", ""))
            tag = str((error.get("ctx") or {}).get("tag", ""))
            close = Suggester([t.strip(" '") for t in expected.split(",")]).closest(tag)
            if close is not None:
                self.retagged[path] = close
                return "retag", path
        part = _part_of(path)
        if part is not None:
            return "drop", part
        key = path[0] if path else None
        if isinstance(key, str) and (key in _STAND_INS or key == "start"):
            return "stand-in", (key,)
        return None

    def apply(self, errors: list[dict[str, Any]]) -> bool:
        """Set aside every part an error is in; False when nothing could be done."""
        actions = {a for a in map(self.action, errors) if a is not None}
        # Deepest and last first, so that the list indexes of the others stay right.
        for kind, path in sorted(
            actions, key=lambda a: [(isinstance(p, str), p) for p in a[1]], reverse=True
        ):
            if kind == "drop":
                self._drop(path)
            elif kind == "retag":
                self.data[str(path[0])][path[1]]["type"] = self.retagged[path]
            elif path[0] == "start":
                nodes = self.data.get("nodes")
                self.data["start"] = next(iter(nodes)) if isinstance(nodes, dict) and nodes else "?"
            else:
                self.data[str(path[0])] = _STAND_INS[str(path[0])]
        return bool(actions)

    def _drop(self, path: JsonPath) -> bool:
        target: Any = self.data
        try:
            for part in path:
                target = target[part]
        except (KeyError, IndexError, TypeError):
            return False
        if isinstance(target, dict):
            # Its own id, and the items its effects name (which may now seem unmentioned).
            self.ids.update(v for k, v in target.items() if k == "id" and isinstance(v, str))
            self.ids.update(_items_named(target))
        if len(path) == 2 and path[0] in ("nodes", "items", "groups"):
            self.ids.add(str(path[1]))
        self.paths.append(path)
        _remove(self.data, path)
        return True


def _items_named(part: Any) -> set[str]:
    """The items the effects anywhere inside ``part`` name."""
    found: set[str] = set()
    stack = [part]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if isinstance(value.get("item"), str):
                found.add(value["item"])
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


def _mentions(problem: Problem, ids: set[str], paths: list[JsonPath]) -> bool:
    if any(problem.path[: len(p)] == p for p in paths):
        return True
    named = set(re.findall(r"'([^']*)'", problem.message))
    return bool(named & ids)


def lint_what_parsed(data: Any, error: ValidationError) -> list[Problem]:
    """The linter's problems for the valid parts of ``data`` (unlocated), or none.

    With them, the shape errors inside nodes whose unknown type hid them.
    """
    if not isinstance(data, dict):
        return []
    try:
        return _lint_repaired(_Repair(copy.deepcopy(data)), error)
    except RecursionError:  # conditions nested too deeply: the shape errors say so
        return []


def _lint_repaired(repair: _Repair, error: ValidationError) -> list[Problem]:
    hidden: list[Problem] = []  # errors inside retagged nodes
    for _ in range(MAX_PASSES):
        checked = set(repair.retagged)
        if not repair.apply([dict(e) for e in error.errors(include_url=False)]):
            return hidden
        fresh = set(repair.retagged) - checked  # first checked as their closest type now
        try:
            tree = validate_tree(repair.data)
        except ValidationError as again:
            error = again
            if fresh:  # before anything inside them is set aside: the paths are the file's
                found = problems_from(again, repair.data)
                hidden += [p for p in found if p.path[:2] in fresh]
            continue
        except (RecursionError, ValueError):
            return hidden
        problems = lint(tree, build_index(tree))
        return hidden + [p for p in problems if not _mentions(p, repair.ids, repair.paths)]
    return hidden
