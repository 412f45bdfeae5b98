"""The JSON result of a walk, exactly as the tree format describes it (plus sources)."""

from __future__ import annotations

from typing import Any

from toolmix.engine.selection import Mix, Row
from toolmix.text.output import json_text
from toolmix.text.words import whole


def _sources(row: Row) -> list[dict[str, Any]]:
    return [
        {
            "because": r.text,
            "node": r.source.node,
            "option": r.source.choice,
            "score": r.score,
            "kind": r.kind,
        }
        for r in row.reasons
    ]


def _row(row: Row, **middle: Any) -> dict[str, Any]:
    """A picked or considered row: the spec's keys in the spec's order, then sources."""
    return {
        "item": row.item_id,
        "name": row.item.name,
        "group": row.group,
        "score": row.score,
        **middle,
        "reasons": [x.text for x in row.reasons],
        "sources": _sources(row),
    }


def _picked(row: Row) -> dict[str, Any]:
    """A picked row, with the item's plan (``first_step``, ``routine``) where it has one."""
    out = _row(row, required=row.required)
    plan = {"first_step": row.item.first_step, "routine": row.item.routine}
    return {**out, **{k: v for k, v in plan.items() if v}}


def result_dict(mix: Mix) -> dict[str, Any]:
    """The spec's keys, never renamed; ``sources`` is our addition (where each reason came from)."""
    return {
        "tree": mix.tree.id,
        "tree_version": mix.tree.version,
        "title": mix.title,
        "path": list(mix.path),
        "answers": dict(mix.answers),
        "result_node": mix.result_node,
        "budget": mix.budget,
        "effort": None if mix.budgeted_effort is None else whole(float(mix.budgeted_effort)),
        "picked": [_picked(r) for r in mix.picked],
        "considered": [_row(r, why_not=r.why_not) for r in mix.considered],
        "ruled_out": [
            {
                "item": r.item_id,
                "name": r.item.name,
                "group": r.group,
                "reasons": [x.text for x in r.reasons],
            }
            for r in mix.ruled_out
        ],
    }


def result_json(mix: Mix) -> str:
    return json_text(result_dict(mix)) + "\n"
