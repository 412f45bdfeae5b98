"""The JSON result of a walk, exactly as the tree format describes it (plus sources)."""

from __future__ import annotations

from typing import Any

from toolmix.engine.plan_weeks import MONTH_2, WEEK_3, FirstSteps, first_steps
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


def _picked(row: Row, steps: FirstSteps) -> dict[str, Any]:
    """A picked row, with the item's plan (``first_step``, ``routine``) where it has one.

    A first step also says when it is done (``when``: ``this_week``, ``next_week``,
    ``week_3`` or ``month_2``; from week 3 on, ``week`` is its week of the first month: 3,
    4, ...; from month 2 on, ``month`` is its month: 2, 3, ...), as the plan shows it.
    """
    out = _row(row, required=row.required)
    line = steps.step(row.item_id)  # the step as the plan shows it (a kept place's own step)
    first = line.text if line is not None else row.item.first_step
    plan: dict[str, Any] = {"first_step": first, "routine": row.item.routine}
    plan["light_of"] = row.light_of  # x-select: the item this light form is picked for
    when = steps.when(row.item_id) if row.item.first_step else None
    if when is not None:
        plan["when"] = when[0]
        if when[0] == WEEK_3:
            plan["week"] = when[1]
        if when[0] == MONTH_2:
            plan["month"] = when[1]
    return {**out, **{k: v for k, v in plan.items() if v}}


def result_dict(mix: Mix) -> dict[str, Any]:
    """The spec's keys, never renamed; ``sources`` (where each reason came from), the plan's
    ``first_step``, ``routine``, ``when``, ``week`` and ``month``, and ``light_of`` (x-select)
    in picked rows are our additions."""
    steps = first_steps(mix)
    return {
        "tree": mix.tree.id,
        "tree_version": mix.tree.version,
        "title": mix.title,
        "path": list(mix.path),
        "answers": dict(mix.answers),
        "result_node": mix.result_node,
        "budget": mix.budget,
        "effort": None if mix.budgeted_effort is None else whole(float(mix.budgeted_effort)),
        "picked": [_picked(r, steps) for r in mix.picked],
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
