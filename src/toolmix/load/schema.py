"""The JSON Schema of the tree format, generated from the models.

pydantic writes each tagged union as a ``oneOf`` (with an OpenAPI
``discriminator`` for nodes, which draft 2020-12 validators ignore). A
validator then tries every branch and blames whichever fails "best": a typo
in ``options`` was reported as "'optoins' does not match any of the regexes",
a missing ``next`` as a ``max_length`` problem. So every such union is
rewritten as a chain of ``if``/``then``/``else`` on what tells the branches
apart (a node's ``type``, a condition's own key): a validator checks the one
branch that applies, and names the key that is wrong or missing.
"""

from __future__ import annotations

import json
from typing import Any

from toolmix.load.validation import tree_adapter
from toolmix.model import conditions, tree

SCHEMA_FILE = "toolmix-tree.schema.json"

_REF = "#/$defs/"


def _ref_name(entry: object) -> str | None:
    if isinstance(entry, dict) and set(entry) == {"$ref"} and entry["$ref"].startswith(_REF):
        return str(entry["$ref"][len(_REF) :])
    return None


def _chain(branches: list[tuple[dict[str, Any], str]], last: str) -> dict[str, Any]:
    """``if a then A else if b then B ... else LAST``, each branch a reference."""
    out: dict[str, Any] = {"$ref": _REF + last}
    for test, name in reversed(branches):
        out = {"if": test, "then": {"$ref": _REF + name}, "else": out}
    return out


def _node_union(names: list[str], defs: dict[str, Any]) -> dict[str, Any]:
    """Nodes: the branch is chosen by ``type``; an unknown type is named as such."""
    types = {defs[n]["properties"]["type"]["const"]: n for n in names}
    branches = [
        ({"properties": {"type": {"const": t}}, "required": ["type"]}, n) for t, n in types.items()
    ]
    return {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"enum": list(types)}},
        "allOf": [{"if": test, "then": {"$ref": _REF + n}} for test, n in branches],
    }


def _tagged_union(names: list[str]) -> dict[str, Any]:
    """Conditions and budgets: the branch is chosen by the key only it has.

    A condition's tag is its key (``is``, ``has_any``, ``all``...), except the
    range form, which is what remains; a budget is ``answer`` or ``value``.
    """
    keyed: list[tuple[dict[str, Any], str]] = []
    rest: list[str] = []
    for name in names:
        model = getattr(conditions, name, None) or getattr(tree, name)
        tag = getattr(model, "TAG", None)
        if name == "BudgetFromAnswer":
            tag = "answer"
        if tag is None or tag == "range" or name == "BudgetValue":
            rest.append(name)
        else:
            keyed.append(({"required": [tag]}, name))
    if len(rest) != 1:
        raise ValueError(f"cannot tell these apart by a key: {rest}")
    return _chain(keyed, rest[0])


def _rewrite(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_rewrite(v, defs) for v in node]
    if not isinstance(node, dict):
        return node
    node = {k: _rewrite(v, defs) for k, v in node.items()}
    union = node.get("oneOf")
    names = [_ref_name(e) for e in union] if isinstance(union, list) else []
    if names and all(names):
        refs = [n for n in names if n is not None]
        node.pop("oneOf")
        if node.pop("discriminator", None) is not None:
            return {**node, **_node_union(refs, defs)}
        return {**node, **_tagged_union(refs)}
    return node


def tree_schema() -> dict[str, Any]:
    """Draft 2020-12 schema: editors complete keys and flag wrong ones."""
    schema = tree_adapter().json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **_rewrite(schema, schema["$defs"]),
        "title": "toolmix tree (format 1)",
    }


def schema_text() -> str:
    return json.dumps(tree_schema(), indent=2, ensure_ascii=False) + "\n"
