"""Every string of a tree a person reads, by a key made of the tree's ids, and a tree rebuilt with other text.

A key is a path of ids and field names joined by ``/`` (no id may hold one):
``title``, ``groups/home/title``, ``items/gbp/first_step``, ``nodes/goal/text``,
``nodes/goal/options/local/label``, ``nodes/hours/ranges/0/label`` (ranges have
no id: their place), ``nodes/goal/options/local/effects/gbp/because`` (an
effect by its item; the second effect on the same item in one list is
``gbp~2``), ``plan/kept_steps/linkedin_profile/first_step`` and
``plan/with_steps/instagram/first_step`` (``x-plan``, the plan extension's texts; a list of ``with_steps`` steps adds the place: ``plan/with_steps/saved_replies/1/first_step``), ``select/needs/fixed_rhythm/because`` (``x-select``, why a need
left an item out). Logic (conditions, routes, scores, limits, ids) has no key: a
translation can change only what is read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from toolmix.model.tree import Tree

#: The fields a person reads (TREE-FORMAT.md's plain-text and Markdown fields).
TEXT_FIELDS = frozenset(
    {
        "title",
        "description",
        "intro",
        "text",
        "help",
        "label",
        "name",
        "summary",
        "cost",
        "first_step",
        "routine",
        "unit",
        "placeholder",
        "because",
        "body",
    }
)

#: Given a key and the tree's own text, the text to use.
Visit = Callable[[str, str], str]


def source_hash(text: str) -> str:
    """The short hash a translation keeps of the text it translates: a changed source shows."""
    import hashlib  # only with a translation: the usual start needs none

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def tree_strings(tree: Tree) -> dict[str, str]:
    """Every string a person reads, by key, in the tree's order."""
    found: dict[str, str] = {}

    def keep(key: str, text: str) -> str:
        found[key] = text
        return text

    rebuild(tree, keep)
    return found


def rebuild(tree: Tree, visit: Visit) -> Tree:
    """The tree with each string replaced by what ``visit`` returns for it."""
    rebuilt: Tree = _part(tree, "", visit)
    return rebuilt


def _part(part: Any, prefix: str, visit: Visit) -> Any:
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(part):
        value = getattr(part, f.name)
        key = f"{prefix}{f.name}"
        if f.name in TEXT_FIELDS and isinstance(value, str):
            new = visit(key, value)
            if new != value:
                changes[f.name] = new
        elif f.name == "x_plan" and value is not None:  # the kept steps' text
            new_plan = _part(value, "plan/", visit)  # not "x-": an x- key is an extension
            if new_plan is not value:
                changes[f.name] = new_plan
        elif f.name == "x_select" and value is not None:  # the needs' reasons
            new_select = _part(value, "select/", visit)
            if new_select is not value:
                changes[f.name] = new_select
        elif f.name in ("groups", "items", "nodes", "kept_steps", "with_steps") and isinstance(
            value, dict
        ):
            new_map = {k: _entry(v, f"{key}/{k}/", visit) for k, v in value.items()}
            if any(new_map[k] is not value[k] for k in value):
                changes[f.name] = new_map
        elif f.name in ("options", "ranges", "effects", "needs") and isinstance(value, list):
            names = _names(f.name, value)
            new_list = [_part(v, f"{key}/{n}/", visit) for v, n in zip(value, names, strict=True)]
            if any(a is not b for a, b in zip(new_list, value, strict=True)):
                changes[f.name] = new_list
    return dataclasses.replace(part, **changes) if changes else part


def _entry(value: Any, prefix: str, visit: Visit) -> Any:
    """A map's value: a part, or a list of parts (``with_steps``), keyed by place."""
    if isinstance(value, list):
        new = [_part(v, f"{prefix}{n}/", visit) for n, v in enumerate(value)]
        return value if all(a is b for a, b in zip(new, value, strict=True)) else new
    return _part(value, prefix, visit)


def _names(kind: str, parts: list[Any]) -> list[str]:
    if kind == "options":
        return [p.id for p in parts]
    if kind == "ranges":
        return [str(i) for i in range(len(parts))]
    seen: dict[str, int] = {}
    names = []
    for effect in parts:
        seen[effect.item] = seen.get(effect.item, 0) + 1
        count = seen[effect.item]
        names.append(effect.item if count == 1 else f"{effect.item}~{count}")
    return names
