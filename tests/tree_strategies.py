"""A Hypothesis strategy for random valid trees: items in groups, questions of each kind, effects.

Used by tests/test_properties.py (the engine's invariants) and tests/test_cli_estimate.py.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st


@st.composite
def random_tree(draw: st.DrawFn) -> dict[str, Any]:
    n_items = draw(st.integers(1, 8))
    groups = {
        f"g{i}": {
            "title": f"G{i}",
            **({"max": draw(st.integers(0, 3))} if draw(st.booleans()) else {}),
        }
        for i in range(draw(st.integers(1, 3)))
    }
    items = {
        f"i{i}": {
            "name": f"I{i}",
            "group": draw(st.sampled_from(sorted(groups))),
            "effort": draw(st.sampled_from([0, 0.5, 1, 2, 3])),
        }
        for i in range(n_items)
    }
    n_q = draw(st.integers(1, 6))
    ids = [f"q{i}" for i in range(n_q)]

    def effects() -> list[dict[str, Any]]:
        return [
            {
                "item": draw(st.sampled_from(sorted(items))),
                "score": draw(st.integers(-2, 4)),
                "because": draw(st.sampled_from(["a", "b", "c", "d"])),
                "require": draw(st.booleans()) and draw(st.booleans()),
                "exclude": draw(st.booleans()) and draw(st.booleans()) and draw(st.booleans()),
            }
            for _ in range(draw(st.integers(0, 3)))
        ]

    nodes: dict[str, Any] = {}
    for i, q in enumerate(ids):
        later = [*ids[i + 1 :], "end"]
        kind = draw(st.sampled_from(["single", "multi", "number"]))
        nxt = draw(st.sampled_from(later))
        if kind == "number":
            nodes[q] = {
                "type": "number",
                "text": q,
                "min": 0,
                "max": 10,
                "next": nxt,
                "ranges": [
                    {
                        "max": 3,
                        "effects": effects(),
                        "limits": {draw(st.sampled_from(sorted(groups))): draw(st.integers(0, 2))},
                    },
                    {"min": 3, "effects": effects()},
                ],
            }
        else:
            opts = [
                {"id": f"o{j}", "label": f"O{j}", "effects": effects()}
                for j in range(draw(st.integers(1, 4)))
            ]
            if i > 0 and draw(st.booleans()):
                opts[0]["when"] = {"answered": ids[0]}
            if kind == "single" and draw(st.booleans()):
                opts[-1]["next"] = draw(st.sampled_from(later))
            nodes[q] = {"type": kind, "text": q, "options": opts, "next": nxt}
    nodes["end"] = {"type": "result", "title": "End", "effects": effects()}
    budget = draw(st.sampled_from([None, 0, 1, 2.5, 5]))
    tree = {
        "format": 1,
        "id": "rand",
        "title": "R",
        "version": "1",
        "start": ids[0],
        "groups": groups,
        "items": items,
        "nodes": nodes,
    }
    if budget is not None:
        tree["result"] = {"budget": {"value": budget}}
    return tree
