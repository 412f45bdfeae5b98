"""Answers in the words of the person answering: as given, refused, or dropped.

:func:`answer_label` is an answer as a person reads it (option labels, a
number with its unit, the hours of the budget as a duration), for the answers
panel, the summary and the exports.

The checks in session.py say what is wrong in the tree's terms (ids, steps
"from" a minimum), which an answers file's author needs. Someone answering in
the app or at the ``ask`` prompt sees the question, not its id: for them the
same refusal reads "Use steps of half an hour, e.g. 2 or 2.5". The words are
worked out here from the question and the answer, once, for every front end;
``AnswerError.words`` carries them. Tree text (labels, units) is returned as
given: each front end shows it literally.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from toolmix.engine.answer_checks import AnswerValue
from toolmix.model.nodes import (
    MultiNode,
    MultiOption,
    Node,
    NumberNode,
    SingleNode,
    SingleOption,
    TextNode,
)
from toolmix.model.tree import BudgetFromAnswer, Tree
from toolmix.text.i18n import _, ngettext
from toolmix.text.words import and_list, format_number, hours_a_week, with_unit


def answer_label(tree: Tree, node_id: str, value: AnswerValue | None) -> str:
    """An answer as a person reads it: option labels, numbers with their unit."""
    node = tree.nodes[node_id]
    if value is None:
        return ""
    if isinstance(node, SingleNode):
        return next((o.label for o in node.options if o.id == value), str(value))
    if isinstance(node, MultiNode):
        assert isinstance(value, list)
        labels = [o.label for o in node.options if o.id in value]
        # In words: it is also the answer of What if and What would change this
        # plan, where "With *(none)*" read as a label the tree had not written.
        return ", ".join(labels) if labels else _("nothing chosen")
    if isinstance(node, NumberNode):
        assert isinstance(value, (int, float))
        if (
            isinstance(tree.result.budget, BudgetFromAnswer)
            and tree.result.budget.answer == node_id
        ):
            # The hours the plan is measured against: a duration, as the plan says its own
            # ("30 minutes a week", not "0.5 hours a week" beside "about 25 minutes").
            return hours_a_week(value)
        return with_unit(value, node.unit)
    if isinstance(node, TextNode):
        return str(value) if value else _("(no answer)")
    return str(value)


def number_words(node: NumberNode) -> str:
    """The range a question takes: "a number from 0.5 to 20"."""
    if node.min is not None and node.max is not None:
        return _("a number from {low} to {high}").format(
            low=format_number(node.min), high=format_number(node.max)
        )
    if node.min is not None:
        return _("a number of {low} or more").format(low=format_number(node.min))
    if node.max is not None:
        return _("a number up to {high}").format(high=format_number(node.max))
    return _("a number")


def allowed_numbers(node: NumberNode) -> str:
    """The numbers a question takes, shown before any is refused."""
    words = number_words(node)
    if node.step is not None:
        words = _("{numbers}, in steps of {step}").format(
            numbers=words, step=format_number(node.step)
        )
    return words[0].upper() + words[1:]


def _step_words(node: NumberNode) -> str:
    step = node.step
    assert step is not None
    if step == 0.5 and "hour" in (node.unit or ""):
        return _("half an hour")
    return format_number(step)


def _nearest_steps(node: NumberNode, value: float) -> list[float]:
    """The allowed steps either side of ``value`` (one if the other is out of range)."""
    step, start = node.step, node.min or 0
    assert step is not None
    below = start + step * math.floor((value - start) / step)
    near = [v for v in (below, below + step) if _within(node, v)]
    return near or [start]


def _within(node: NumberNode, value: float) -> bool:
    return (node.min is None or value >= node.min) and (node.max is None or value <= node.max)


def _number_words(node: NumberNode, value: Any) -> str | None:
    between = number_words(node)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _("Type {numbers}").format(numbers=between)
    if not math.isfinite(value) or abs(value) > 1e15:
        return _("That number is too large: type {numbers}").format(numbers=between)
    if not _within(node, value):
        shown = format_number(value)
        if node.max is not None and value > node.max:
            return _("{value} is too high: type {numbers}").format(value=shown, numbers=between)
        return _("{value} is too low: type {numbers}").format(value=shown, numbers=between)
    if node.step is not None:
        step = _step_words(node)
        if abs((value - (node.min or 0)) / node.step) >= 2**53:
            return _("Use steps of {step}").format(step=step)
        near = [format_number(v) for v in _nearest_steps(node, value)]
        if len(near) == 1:
            return _("Use steps of {step}, e.g. {value}").format(step=step, value=near[0])
        return _("Use steps of {step}, e.g. {low} or {high}").format(
            step=step, low=near[0], high=near[1]
        )
    return None


def _multi_words(
    node: MultiNode, value: Any, shown: Sequence[SingleOption | MultiOption]
) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    offered = {o.id: o for o in shown}
    if any(v not in offered for v in value) or len(set(value)) != len(value):
        return None  # only an answers file can say so; its message names the ids
    alone = [o for o in node.options if o.exclusive and o.id in value]
    if alone and len(value) > 1:
        return _("“{label}” goes alone: untick it or the others").format(label=alone[0].label)
    count = len(value)
    if count < node.min:
        if not count:
            return ngettext(
                "Tick at least one option to continue",
                "Tick at least {n} options to continue",
                node.min,
            ).format(n=node.min)
        return ngettext(
            "Tick at least one option to continue ({ticked} ticked)",
            "Tick at least {n} options to continue ({ticked} ticked)",
            node.min,
        ).format(n=node.min, ticked=count)
    if node.max is not None and count > node.max:
        return ngettext(
            "Tick at most one option ({ticked} ticked)",
            "Tick at most {n} options ({ticked} ticked)",
            node.max,
        ).format(n=node.max, ticked=count)
    return None


def _text_words(node: TextNode, value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > node.max_length:
        return _("Keep it to {n} characters or fewer (this is {length})").format(
            n=node.max_length, length=len(text)
        )
    if node.required and not text:
        return _("Type an answer: this question needs one")
    return None


def refusal_words(
    node: Node, value: Any, shown: Sequence[SingleOption | MultiOption]
) -> str | None:
    """Why ``value`` is refused, for a person; None when only a file can be that wrong."""
    if isinstance(node, NumberNode):
        return _number_words(node, value)
    if isinstance(node, MultiNode):
        return _multi_words(node, value, shown)
    if isinstance(node, TextNode):
        return _text_words(node, value)
    return None


def change_notes(
    nodes: Mapping[str, Node], dropped: Sequence[str], trimmed: Mapping[str, Sequence[str]]
) -> list[str]:
    """What changing an earlier answer did to later ones, a line each."""
    notes: list[str] = []
    for node_id, gone in trimmed.items():
        node = nodes.get(node_id)
        labels = {o.id: o.label for o in node.options} if isinstance(node, MultiNode) else {}
        names = and_list([labels.get(v, v) if isinstance(v, str) else str(v) for v in gone])
        question = getattr(node, "text", node_id)
        notes.append(
            _("Unticked {names} (no longer offered) in “{question}”; the rest kept").format(
                names=names, question=question
            )
        )
    for node_id in dropped:
        question = getattr(nodes.get(node_id), "text", node_id)
        notes.append(
            _("Dropped your answer to “{question}”: it no longer applies").format(question=question)
        )
    return notes
