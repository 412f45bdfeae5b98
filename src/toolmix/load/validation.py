"""Turning pydantic's validation errors into problems a tree author can act on."""

from __future__ import annotations

import dataclasses
import functools
from typing import TYPE_CHECKING, Any

from pydantic_core import ValidationError

from toolmix.load.hints import Suggester, suggest
from toolmix.model import base, conditions, items, nodes, tree
from toolmix.model.problems import JsonPath, Problem
from toolmix.model.tree import Tree
from toolmix.text.i18n import N_, _, thousands
from toolmix.text.words import json_kind

_PATTERN_MEANING = {
    base.ID_PATTERN: N_(
        "an id: 1 to 64 letters, digits, '_', '.' or '-', starting with a letter, digit or "
        "'_', and not with 'x-'"
    ),
    base.SLUG_PATTERN: N_(
        "a tree id: 1 to 64 lowercase letters, digits or '-', not starting with '-'"
    ),
    base.URL_PATTERN: N_("an http:// or https:// address"),
}

_TYPE_NAMES = {
    "string_type": N_("a string"),
    "int_type": N_("an integer"),
    "int_from_float": N_("an integer"),
    "float_type": N_("a number"),
    "bool_type": N_("true or false"),
    "list_type": N_("a list"),
    "dict_type": N_("an object"),
    "model_type": N_("an object"),
    "model_attributes_type": N_("an object"),
    "dataclass_type": N_("an object"),
    "dataclass_args_type": N_("an object"),
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
    #: (object path, key) of the unknown keys' closest known keys, and of the missing keys.
    meant: set[tuple[JsonPath, str]] = set()
    missing: dict[int, tuple[JsonPath, str]] = {}
    for err in error.errors(include_url=False):
        loc = tuple(err["loc"])
        kind = err["type"]
        value = err.get("input")
        ctx = err.get("ctx") or {}
        path = data_path(loc, data)
        at_key = False
        found = json_kind(value)
        if kind in ("extra_forbidden", "unexpected_keyword_argument"):
            key = str(path[-1]) if path else "?"
            if key in KNOWN_KEYS:
                message = _(
                    "key '{key}' is not allowed here; remove it, or see the tree format"
                ).format(key=key)
            else:
                close = Suggester(KNOWN_KEYS).closest(key)
                if close is not None:
                    meant.add((path[:-1], close))
                message = _(
                    "unknown key '{key}'{hint}; expected a key of the "
                    "tree format, or one starting with 'x-' for your own notes"
                ).format(key=key, hint=suggest(key, KNOWN_KEYS))
            at_key = True
        elif kind == "missing":
            key = str(loc[-1])
            missing[len(out)] = (path[:-1], key)
            message = _("missing required key '{key}'").format(key=key)
        elif kind == "union_tag_invalid":
            tag = ctx.get("tag", "")
            expected = ctx.get("expected_tags", "")
            names = [t.strip(" '") for t in str(expected).split(",")]
            message = _("unknown node type '{tag}'{hint}; expected one of {expected}").format(
                tag=tag, hint=suggest(str(tag), names), expected=expected
            )
            path = (*path, "type")
        elif kind == "union_tag_not_found":
            types = ", ".join([*nodes.QUESTION_TYPES, "info", "result"])
            message = _("missing key 'type'; expected one of {types}").format(types=types)
        elif kind in ("condition", "next", "budget"):  # a OneOf's message, marked in the model
            message = _("found {found}; {problem}").format(found=found, problem=_(err["msg"]))
        elif kind == "string_pattern_mismatch":
            pattern = str(ctx.get("pattern"))
            meaning = (
                _(_PATTERN_MEANING[pattern])
                if pattern in _PATTERN_MEANING
                else _("text matching {pattern}").format(pattern=pattern)
            )
            message = _("found {found}; expected {meaning}").format(found=found, meaning=meaning)
        elif kind == "literal_error":
            expected = ctx.get("expected")
            message = _("found {found}; expected {meaning}").format(found=found, meaning=expected)
        elif kind in _TYPE_NAMES:
            meaning = _(_TYPE_NAMES[kind])
            message = _("found {found}; expected {meaning}").format(found=found, meaning=meaning)
        elif kind == "string_too_short":
            message = _("found an empty string; expected some text")
        elif kind == "string_too_long":
            message = _("the text is {length} characters; expected at most {most}").format(
                length=thousands(len(value)), most=thousands(int(ctx.get("max_length", 0)))
            )
        elif kind == "too_short":
            message = _("found an empty list; expected at least {n} element").format(
                n=ctx.get("min_length")
            )
        elif kind in ("greater_than_equal", "greater_than", "less_than_equal"):
            op = {"greater_than_equal": ">=", "greater_than": ">", "less_than_equal": "<="}[kind]
            bound = next(iter(ctx.values()), "")
            if isinstance(bound, float) and bound.is_integer():
                bound = int(bound)
            message = _("found {found}; expected a number {op} {bound}").format(
                found=found, op=op, bound=bound
            )
        elif kind == "finite_number":
            message = _("found {found}; expected a finite number").format(found=found)
        else:
            message = _("found {found}; {problem}").format(found=found, problem=err["msg"])
        if (path, message) in seen:
            missing.pop(len(out), None)
            continue
        seen.add((path, message))
        out.append(Problem("error", message, path, at_key=at_key))
    # A key typo is one problem: "unknown key 'optoins' (did you mean 'options'?)",
    # not also "missing required key 'options'" beside it.
    return [p for i, p in enumerate(out) if missing.get(i) not in meant]
