"""Turning pydantic's validation errors into problems a tree author can act on."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING, Any

from pydantic_core import ValidationError

from toolmix.model import base, conditions, items, nodes, tree
from toolmix.model.problems import JsonPath, Problem, suggest
from toolmix.model.tree import Tree
from toolmix.text.words import json_kind

_PATTERN_MEANING = {
    base.ID_PATTERN: (
        "an id: 1 to 64 letters, digits, '_', '.' or '-', starting with a letter, digit or "
        "'_', and not with 'x-'"
    ),
    base.SLUG_PATTERN: "a tree id: 1 to 64 lowercase letters, digits or '-', not starting with '-'",
    base.URL_PATTERN: "an http:// or https:// address",
}

_TYPE_NAMES = {
    "string_type": "a string",
    "int_type": "an integer",
    "int_from_float": "an integer",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "an object",
    "dataclass_type": "an object",
    "dataclass_args_type": "an object",
}

#: Every key the format knows, for "did you mean".
KNOWN_KEYS = frozenset(
    base.json_key(f.name)
    for module in (conditions, items, nodes, tree)
    for cls in vars(module).values()
    if isinstance(cls, type) and issubclass(cls, base.Part) and dataclasses.is_dataclass(cls)
    for f in dataclasses.fields(cls)
)


if TYPE_CHECKING:
    from pydantic import TypeAdapter


@functools.cache
def tree_adapter() -> TypeAdapter[Tree]:
    """pydantic's adapter for a whole tree: its schemas, built on first use."""
    from pydantic import TypeAdapter

    return TypeAdapter(Tree)


def validate_tree(data: Any) -> Tree:
    """The tree the data describes; raises pydantic's ``ValidationError``."""
    return tree_adapter().validate_python(data)


def data_path(loc: tuple[int | str, ...], data: Any) -> JsonPath:
    """Map pydantic's ``loc`` to a path in the data, dropping union tags.

    A part that is not in the data is a union tag, unless it is the last part,
    which then names a missing key.
    """
    path: list[str | int] = []
    current = data
    for i, part in enumerate(loc):
        if isinstance(current, dict) and part == current.get("type") and i < len(loc) - 1:
            continue  # a node's type tag ("text" is both a type and a key)
        if (isinstance(current, dict) and part in current) or (
            isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        ):
            path.append(part)
            current = current[part]  # type: ignore[index]
        elif i == len(loc) - 1 and isinstance(current, dict):
            path.append(part)
    return tuple(path)


def problems_from(error: ValidationError, data: Any) -> list[Problem]:
    """One problem per pydantic error, with path and a plain message."""
    out: list[Problem] = []
    seen: set[tuple[JsonPath, str]] = set()
    for err in error.errors(include_url=False):
        loc = tuple(err["loc"])
        kind = err["type"]
        value = err.get("input")
        ctx = err.get("ctx") or {}
        path = data_path(loc, data)
        at_key = False
        if kind in ("extra_forbidden", "unexpected_keyword_argument"):
            key = str(path[-1]) if path else "?"
            if key in KNOWN_KEYS:
                message = f"key '{key}' is not allowed here; remove it, or see the tree format"
            else:
                message = (
                    f"unknown key '{key}'{suggest(key, KNOWN_KEYS)}; expected a key of the "
                    "tree format, or one starting with 'x-' for your own notes"
                )
            at_key = True
        elif kind == "missing":
            key = str(loc[-1])
            message = f"missing required key '{key}'"
        elif kind == "union_tag_invalid":
            tag = ctx.get("tag", "")
            expected = ctx.get("expected_tags", "")
            names = [t.strip(" '") for t in str(expected).split(",")]
            message = (
                f"unknown node type '{tag}'{suggest(str(tag), names)}; expected one of {expected}"
            )
            path = (*path, "type")
        elif kind == "union_tag_not_found":
            message = f"missing key 'type'; expected one of {', '.join(nodes.QUESTION_TYPES)}, info, result"
        elif kind in ("condition", "next", "budget"):
            message = f"found {json_kind(value)}; {err['msg']}"
        elif kind == "string_pattern_mismatch":
            meaning = _PATTERN_MEANING.get(
                str(ctx.get("pattern")), f"text matching {ctx.get('pattern')}"
            )
            message = f"found {json_kind(value)}; expected {meaning}"
        elif kind == "literal_error":
            message = f"found {json_kind(value)}; expected {ctx.get('expected')}"
        elif kind in _TYPE_NAMES:
            message = f"found {json_kind(value)}; expected {_TYPE_NAMES[kind]}"
        elif kind == "string_too_short":
            message = "found an empty string; expected some text"
        elif kind == "string_too_long":
            message = (
                f"the text is {len(value):,} characters; expected at most {ctx.get('max_length'):,}"
            )
        elif kind == "too_short":
            message = f"found an empty list; expected at least {ctx.get('min_length')} element"
        elif kind in ("greater_than_equal", "greater_than", "less_than_equal"):
            op = {"greater_than_equal": ">=", "greater_than": ">", "less_than_equal": "<="}[kind]
            bound = next(iter(ctx.values()), "")
            if isinstance(bound, float) and bound.is_integer():
                bound = int(bound)
            message = f"found {json_kind(value)}; expected a number {op} {bound}"
        elif kind == "finite_number":
            message = f"found {json_kind(value)}; expected a finite number"
        else:
            message = f"found {json_kind(value)}; {err['msg']}"
        if (path, message) in seen:
            continue
        seen.add((path, message))
        out.append(Problem("error", message, path, at_key=at_key))
    return _without_missing_typos(out)


def _without_missing_typos(problems: list[Problem]) -> list[Problem]:
    """A key typo is one problem: "unknown key 'optoins' (did you mean 'options'?)",
    not also "missing required key 'options'" beside it."""
    meant = {
        (p.path[:-1], m)
        for p in problems
        if p.at_key
        for m in re.findall(r"did you mean '([^']+)'", p.message)
    }
    return [
        p
        for p in problems
        if not (
            p.message.startswith("missing required key '")
            and (p.path[:-1], str(p.path[-1])) in meant
        )
    ]
