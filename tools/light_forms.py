"""How often a tree's x-select light forms that fill spare hours are taken, and missed.

    python tools/light_forms.py trees/social-tool-mix.json [--walks N] [--seed S]

For each ``x-select`` light form with ``fill``, over the audit's random walks: the walks
that pick it, and the walks where it applies (its ``if`` holds, one of its ``with`` is
picked), its item is left out, and the week still has the light form's minutes spare,
yet it is not picked (review 8, R6: "spare hours left while a named network is out").
"""

from __future__ import annotations

import argparse
from collections import Counter

from toolmix.audit.walks import random_walks
from toolmix.engine.essentials import lookup_for
from toolmix.engine.outcome import Scorer
from toolmix.load.loader import load_tree


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("tree")
    parser.add_argument("--walks", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    loaded = load_tree(args.tree)
    tree = loaded.tree
    fills = [r for r in (tree.x_select.light if tree.x_select else []) if r.fill]
    scorer = Scorer(tree)
    picked: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for walk in random_walks(loaded, args.walks, args.seed):
        out = scorer.score(walk.steps)
        lookup = lookup_for(tree, {n: v for n, v in walk.steps if v is not None})
        for rule in fills:
            if rule.light in out.picked:
                picked[rule.light] += 1
                continue
            applies = (rule.if_ is None or rule.if_.holds(lookup)) and (
                rule.with_ is None or any(i in out.picked for i in rule.with_)
            )
            left_out = any(item == rule.item for item, _why in out.considered)
            spare = out.budget is not None and out.budget - out.effort >= (
                tree.items[rule.light].effort - 1e-9
            )
            if applies and left_out and spare:
                missed[rule.light] += 1
    print(f"{args.walks} walks (seed {args.seed}) of {args.tree}:")
    for rule in fills:
        print(
            f"- {rule.light} (light form of {rule.item}): picked in {picked[rule.light]} walks;"
            f" left out with its item out and its minutes spare in {missed[rule.light]}"
        )


if __name__ == "__main__":
    main()
