"""The answers the audit tries at each question, and the alternatives of one answer.

Both follow ``shared/EXPLORE.md``: the audit's combinations (section Audit)
and the alternatives of an answer (section "Alternatives of one answer").
Pure functions of a node and the options the walk shows there.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from itertools import combinations

from toolmix.engine.answer_checks import AnswerValue
from toolmix.model.nodes import MultiNode, MultiOption, NumberNode, NumberRange, on_step
from toolmix.text.words import whole


def _first_on_step(node: NumberNode, low: float) -> float:
    """The smallest value >= ``low`` on the node's step (``low`` itself without a step)."""
    if node.step is None:
        return low
    base = node.min or 0
    count = math.ceil((low - base) / node.step - 1e-9)
    return round(base + count * node.step, 9)


def _last_on_step(node: NumberNode, high: float, inclusive: bool) -> float | None:
    """The largest value on the step below ``high`` (or at it, when inclusive)."""
    if node.step is None:
        return high if inclusive else None
    base = node.min or 0
    count = math.floor((high - base) / node.step + 1e-9)
    value = base + count * node.step
    if not inclusive and value >= high - 1e-9:
        value -= node.step
    return round(value, 9)


def _allowed(node: NumberNode, value: float) -> bool:
    if node.min is not None and value < node.min - 1e-9:
        return False
    if node.max is not None and value > node.max + 1e-9:
        return False
    return node.step is None or on_step(value, node.step, node.min)


def smallest_in(node: NumberNode, rng: NumberRange) -> int | float | None:
    """The smallest allowed value of a range (within min/max, on the step), or None."""
    lows = [b for b in (rng.min, node.min) if b is not None]
    if not lows:
        return None
    value = _first_on_step(node, max(lows))
    if rng.max is not None and value >= rng.max:
        return None
    return whole(value) if _allowed(node, value) else None


def largest_in(node: NumberNode, rng: NumberRange) -> int | float | None:
    """The largest allowed value of a range; None where there is none (open, or exclusive)."""
    candidates: list[float | None] = []
    if node.max is not None and (rng.max is None or node.max < rng.max):
        candidates.append(_last_on_step(node, node.max, inclusive=True))
    elif rng.max is not None:
        candidates.append(_last_on_step(node, rng.max, inclusive=False))
    value = candidates[0] if candidates else None
    if value is None or (rng.min is not None and value < rng.min):
        return None
    return whole(value) if _allowed(node, value) else None


def number_values(node: NumberNode) -> list[int | float]:
    """What the audit answers at a number question, in order, without repeats.

    Each range's smallest and largest allowed value; without ranges the
    node's min, default and max. A question that gives no value that way
    (no bounds at all) is answered 0, the value the step counts from.
    """
    values: list[int | float | None] = []
    if node.ranges:
        for rng in node.ranges:
            values += [smallest_in(node, rng), largest_in(node, rng)]
    else:
        values += [node.min, node.default, node.max]
    found = list(dict.fromkeys(whole(v) for v in values if v is not None))
    return found or [0]


def subsets(node: MultiNode, visible: Sequence[MultiOption]) -> list[list[str]]:
    """Every allowed answer of a multi question, in option order, smallest first."""
    plain = [o.id for o in visible if not o.exclusive]
    top = len(plain) if node.max is None else min(node.max, len(plain))
    out: list[list[str]] = []
    for size in range(node.min, top + 1):
        out += [list(c) for c in combinations(plain, size)]
    if node.min <= 1 and (node.max is None or node.max >= 1):
        out += [[o.id] for o in visible if o.exclusive]
    return out


def subset_count(node: MultiNode, visible: Sequence[MultiOption]) -> int:
    plain = sum(1 for o in visible if not o.exclusive)
    top = plain if node.max is None else min(node.max, plain)
    count = sum(math.comb(plain, k) for k in range(node.min, top + 1))
    if node.min <= 1 and (node.max is None or node.max >= 1):
        count += sum(1 for o in visible if o.exclusive)
    return count


def random_subset(node: MultiNode, visible: Sequence[MultiOption], rng: random.Random) -> list[str]:
    """An allowed answer drawn uniformly from all of them (without listing them)."""
    plain = [o.id for o in visible if not o.exclusive]
    lone = [o.id for o in visible if o.exclusive]
    lone_ok = node.min <= 1 and (node.max is None or node.max >= 1)
    total = subset_count(node, visible)
    if lone_ok and lone and rng.randrange(total) < len(lone):
        return [rng.choice(lone)]
    top = len(plain) if node.max is None else min(node.max, len(plain))
    while True:  # rejection sampling: sizes out of [min, top] are redrawn
        chosen = [o for o in plain if rng.random() < 0.5]
        if node.min <= len(chosen) <= top:
            return chosen


def toggled(
    node: MultiNode, visible: Sequence[MultiOption], current: list[str]
) -> list[tuple[str, list[str]]]:
    """The multi alternatives: each visible option toggled (with the answer it gives),
    where min/max still hold."""
    exclusive = {o.id for o in visible if o.exclusive}
    order = [o.id for o in node.options]
    out: list[tuple[str, list[str]]] = []
    for opt in visible:
        if opt.id in current:
            new = [v for v in current if v != opt.id]
        elif opt.exclusive:
            new = [opt.id]
        else:
            new = [v for v in current if v not in exclusive] + [opt.id]
        if len(new) < node.min or (node.max is not None and len(new) > node.max):
            continue
        out.append((opt.id, sorted(new, key=order.index)))
    return out


def number_alternatives(node: NumberNode, current: float) -> list[AnswerValue]:
    """For each range not holding ``current``, its smallest allowed value."""
    out: list[AnswerValue] = []
    for rng in node.ranges:
        if rng.applies(current):
            continue
        value = smallest_in(node, rng)
        if value is not None:
            out.append(value)
    return out
