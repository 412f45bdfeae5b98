"""Generate a large valid tree for benchmarks.

    python bench/gen_tree.py 10000 /tmp/big-10k.json

N questions in a chain of single-choice nodes, 4 options each, 2 effects per
option, over 1,000 items in 10 groups, ending at one result node; every fifth
question routes on an earlier answer, so conditions are exercised too.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path


def make_tree(questions: int, items: int = 1000, seed: int = 1) -> dict[str, object]:
    rng = random.Random(seed)
    groups = {f"g{i}": {"title": f"Group {i}", "max": 3} for i in range(10)}
    catalogue = {
        f"i{i}": {
            "name": f"Item {i}",
            "group": f"g{i % 10}",
            "summary": f"Item number {i}",
            "url": f"https://example.com/{i}",
            "effort": rng.choice([0, 0.5, 1, 2]),
            "cost": "free",
        }
        for i in range(items)
    }
    nodes: dict[str, object] = {}
    for q in range(questions):
        nxt: object = f"q{q + 1}" if q + 1 < questions else "end"
        if q % 5 == 4:
            nxt = [{"if": {"answer": f"q{q - 1}", "is": "a"}, "goto": nxt}, {"goto": nxt}]
        nodes[f"q{q}"] = {
            "type": "single",
            "text": f"Question {q}?",
            "help": f"Help for question **{q}**.",
            "options": [
                {
                    "id": opt,
                    "label": f"Option {opt} of {q}",
                    "effects": [
                        {
                            "item": f"i{rng.randrange(items)}",
                            "score": rng.randint(-1, 3),
                            "because": f"Because {q}{opt}1",
                        },
                        {
                            "item": f"i{rng.randrange(items)}",
                            "score": rng.randint(0, 2),
                            "because": f"Because {q}{opt}2",
                        },
                    ],
                }
                for opt in "abcd"
            ],
            "next": nxt,
        }
    nodes["end"] = {
        "type": "result",
        "title": "The end",
        "effects": [{"item": f"i{i}", "score": 1, "because": "Covered."} for i in range(items)],
    }
    return {
        "format": 1,
        "id": f"big-{questions}",
        "title": f"Big tree ({questions} questions)",
        "version": "1.0.0",
        "start": "q0",
        "groups": groups,
        "items": catalogue,
        "nodes": nodes,
        "result": {"budget": {"value": 10}},
    }


def answers_for(questions: int) -> dict[str, object]:
    return {
        "format": 1,
        "tree": f"big-{questions}",
        "answers": {f"q{q}": "abcd"[q % 4] for q in range(questions)},
    }


def main() -> None:
    count = int(sys.argv[1])
    out = Path(sys.argv[2])
    out.write_text(json.dumps(make_tree(count)))
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
