"""References in toolmix's selection extension, ``x-select``: items and groups that exist, rules it can follow.

A misspelt id there would silently keep an essential out or a light form unused,
so it is an error with its place in the file, like any unknown item. So are the
readings the rule cannot follow: an essential naming both an item and a group (or
neither), an item that is its own light form, and a need that names nothing the
item serves, or a second need for the same item. Its conditions are checked with
every other condition (lint_graph.check_conditions).
"""

from __future__ import annotations

from toolmix.load.hints import Suggester
from toolmix.load.lint_graph import error
from toolmix.model.problems import Problem
from toolmix.model.tree import Tree
from toolmix.text.i18n import _


def _unknown_item(item: str, hint_item: Suggester) -> str:
    return _("unknown item '{item}'{hint}; expected the id of an item").format(
        item=item, hint=hint_item(item)
    )


def check_select(tree: Tree, hint_item: Suggester) -> list[Problem]:
    """An error for every id in ``x-select`` that is not an item (or group), or a rule it cannot follow."""
    spec = tree.x_select
    if spec is None:
        return []
    problems: list[Problem] = []

    def item(value: str, *path: str | int) -> None:
        if value not in tree.items:
            problems.append(error(_unknown_item(value, hint_item), ("x-select", *path)))

    for i, rule in enumerate(spec.essential):
        if (rule.item is None) == (rule.group is None):
            message = _("an essential names one 'item' or one 'group'; expected exactly one")
            problems.append(error(message, ("x-select", "essential", i)))
        if rule.item is not None:
            item(rule.item, "essential", i, "item")
        if rule.group is not None and rule.group not in tree.groups:
            message = _("unknown group '{group}'; expected the id of a group").format(
                group=rule.group
            )
            problems.append(error(message, ("x-select", "essential", i, "group")))
        for j, other in enumerate(rule.with_ or []):
            item(other, "essential", i, "with", j)
    for i, light in enumerate(spec.light):
        item(light.item, "light", i, "item")
        item(light.light, "light", i, "light")
        for j, other in enumerate(light.with_ or []):
            item(other, "light", i, "with", j)
        if light.item == light.light:
            message = _("'{item}' is its own light form; expected another item").format(
                item=light.item
            )
            problems.append(error(message, ("x-select", "light", i, "light")))
    for j, other in enumerate(spec.give_way):
        item(other, "give_way", j)
    seen: set[str] = set()
    for i, need in enumerate(spec.needs):
        item(need.item, "needs", i, "item")
        for j, group in enumerate(need.groups):
            if group not in tree.groups:
                message = _("unknown group '{group}'; expected the id of a group").format(
                    group=group
                )
                problems.append(error(message, ("x-select", "needs", i, "groups", j)))
        for j, other in enumerate(need.any):
            item(other, "needs", i, "any", j)
        if not need.groups and not need.any:
            message = _("a need names what the item serves; expected 'groups' or 'any'")
            problems.append(error(message, ("x-select", "needs", i)))
        if need.item in seen:
            message = _("a second need for '{item}'; expected one per item").format(item=need.item)
            problems.append(error(message, ("x-select", "needs", i, "item")))
        seen.add(need.item)
    return problems
