"""Each node's own problems: what one node says of itself, without the rest of the tree."""

from __future__ import annotations

from toolmix.load.lint_graph import error
from toolmix.model.nodes import MultiNode, NumberNode, SingleNode, on_step
from toolmix.model.problems import JsonPath, Problem
from toolmix.text.i18n import _
from toolmix.text.words import format_number


def check_node(node_id: str, node: object, problems: list[Problem]) -> None:
    """The node's own problems: options, limits, a number's min, max, default and ranges."""
    base: JsonPath = ("nodes", node_id)
    add = problems.append
    if isinstance(node, (SingleNode, MultiNode)):
        seen: set[str] = set()
        unique = len({o.id for o in node.options}) == len(node.options)
        for i, opt in enumerate([] if unique else node.options):
            if opt.id in seen:
                add(
                    error(
                        _(
                            "option id '{option}' is used twice in this node; expected each "
                            "option id once"
                        ).format(option=opt.id),
                        (*base, "options", i, "id"),
                    )
                )
            seen.add(opt.id)
        if isinstance(node, SingleNode) and node.next is None:
            if any(o.when is not None for o in node.options):
                add(
                    error(
                        _(
                            "this node has options with 'when', so it needs its own 'next' "
                            "(followed when every option is hidden)"
                        ),
                        (*base, "next"),
                    )
                )
            elif any(o.next is None for o in node.options):
                missing = [o.id for o in node.options if o.next is None]
                add(
                    error(
                        _(
                            "missing key 'next': options {options} have no 'next' "
                            "of their own; expected a 'next' on the node or on every option"
                        ).format(options=", ".join(missing)),
                        (*base, "next"),
                    )
                )
    if isinstance(node, MultiNode):
        if node.max is not None and node.min > node.max:
            add(
                error(
                    _("min {low} is above max {high}; expected min <= max").format(
                        low=node.min, high=node.max
                    ),
                    (*base, "min"),
                )
            )
        if node.min > len(node.options):
            add(
                error(
                    _(
                        "min {low} is more than the {n} options; expected a min that can be met"
                    ).format(low=node.min, n=len(node.options)),
                    (*base, "min"),
                )
            )
    if isinstance(node, NumberNode):
        lo, hi = node.min, node.max
        if lo is not None and hi is not None and lo > hi:
            add(
                error(
                    _("min {low} is above max {high}; expected min <= max").format(
                        low=format_number(lo), high=format_number(hi)
                    ),
                    (*base, "min"),
                )
            )
        if node.default is not None:
            if (lo is not None and node.default < lo) or (hi is not None and node.default > hi):
                low = _("(open)") if lo is None else format_number(lo)
                high = _("(open)") if hi is None else format_number(hi)
                add(
                    error(
                        _(
                            "default {default} is outside {low}..{high}; "
                            "expected a default within min and max"
                        ).format(default=format_number(node.default), low=low, high=high),
                        (*base, "default"),
                    )
                )
            elif node.step is not None and not on_step(node.default, node.step, lo):
                add(
                    error(
                        _(
                            "default {default} is not a multiple of step {step} from {start}; "
                            "expected a value the field accepts"
                        ).format(
                            default=format_number(node.default),
                            step=format_number(node.step),
                            start=format_number(lo or 0),
                        ),
                        (*base, "default"),
                    )
                )
        for i, rng in enumerate(node.ranges):
            if rng.min is not None and rng.max is not None and rng.min >= rng.max:
                add(
                    error(
                        _(
                            "range min {low} is not below its max {high}; "
                            "expected min < max (a range holds min <= value < max)"
                        ).format(low=format_number(rng.min), high=format_number(rng.max)),
                        (*base, "ranges", i),
                    )
                )
