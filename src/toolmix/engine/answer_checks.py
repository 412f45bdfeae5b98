"""Whether an answer fits its question, in the words of an answers file's author.

The checks name ids, types and steps "from" a minimum: what someone writing
an answers file needs. A person answering in the app or at the ``ask`` prompt
reads the same refusal in their own words (:mod:`toolmix.engine.answer_words`,
attached by :meth:`toolmix.engine.session.Session.check`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from toolmix.load.numbers import out_of_bounds
from toolmix.model.nodes import (
    MultiNode,
    MultiOption,
    Node,
    NumberNode,
    SingleNode,
    SingleOption,
    TextNode,
    on_step,
)
from toolmix.model.problems import Problem, ToolmixError
from toolmix.text.clean import clean
from toolmix.text.words import format_number, json_kind, whole

AnswerValue = str | list[str] | int | float
#: The options a question shows (those whose ``when`` holds).
Shown = Sequence[SingleOption | MultiOption]


class AnswerError(ToolmixError):
    """An answer the current question does not accept; the message says why.

    ``words`` says it to the person answering (no ids; see answer_words.py),
    ``message`` to an answers file's author (the question's id first).
    """

    def __init__(self, node: str, message: str, words: str | None = None) -> None:
        self.node = node
        self.words = words or message
        super().__init__([Problem("error", f"question '{node}': {message}", ("answers", node))])

    @property
    def message(self) -> str:
        return self.problems[0].message


def check_answer(node_id: str, node: Node, value: Any, shown: Shown) -> AnswerValue:
    """The normalised answer, or :class:`AnswerError` naming what is allowed."""
    if isinstance(node, SingleNode):
        return _check_single(node_id, node, value, shown)
    if isinstance(node, MultiNode):
        return _check_multi(node_id, node, value, shown)
    if isinstance(node, NumberNode):
        return _check_number(node_id, node, value)
    if isinstance(node, TextNode):
        return _check_text(node_id, node, value)
    raise AnswerError(node_id, f"this is a {node.type} node; it takes no answer")


def _allowed(shown: Shown) -> str:
    return ", ".join(f"'{o.id}'" for o in shown)


def _check_option(node_id: str, node: SingleNode | MultiNode, value: Any, shown: Shown) -> None:
    if not isinstance(value, str):
        raise AnswerError(
            node_id,
            f"got {_show(value)}; expected an option id, one of {_allowed(shown)}",
        )
    if all(o.id != value for o in node.options):
        raise AnswerError(
            node_id,
            f"'{clean(value)}' is not an option of this question; "
            f"expected one of {_allowed(shown)}",
        )
    if all(o.id != value for o in shown):
        raise AnswerError(
            node_id,
            f"option '{value}' is not offered here: its 'when' does "
            f"not hold for the earlier answers; expected one of "
            f"{_allowed(shown)}",
        )


def _check_single(node_id: str, node: SingleNode, value: Any, shown: Shown) -> str:
    if isinstance(value, list):
        raise AnswerError(
            node_id,
            f"got a list; this question takes one option id, one of {_allowed(shown)}",
        )
    _check_option(node_id, node, value, shown)
    return str(value)


def _check_multi(node_id: str, node: MultiNode, value: Any, shown: Shown) -> list[str]:
    if not isinstance(value, list):
        raise AnswerError(
            node_id,
            f"got {_show(value)}; expected a list of option ids from {_allowed(shown)}",
        )
    # Each distinct id is checked once, against sets: a list of n ids
    # (repeated or not) costs O(n + options), not O(n * options) or O(n^2).
    distinct = dict.fromkeys(v for v in value if isinstance(v, str))
    ids = {o.id for o in node.options}
    visible = {o.id for o in shown}
    for v in value:
        if not isinstance(v, str) or v not in ids or v not in visible:
            _check_option(node_id, node, v, shown)  # raises, with the message for v
    if len(distinct) != len(value):
        twice = sorted(v for v, times in Counter(value).items() if times > 1)
        raise AnswerError(
            node_id, f"option '{twice[0]}' is listed twice; expected each option at most once"
        )
    exclusive = [o.id for o in node.options if o.exclusive and o.id in distinct]
    if exclusive and len(value) > 1:
        raise AnswerError(
            node_id,
            f"option '{exclusive[0]}' excludes the others; expected "
            f"it alone, or the others without it",
        )
    if len(value) < node.min:
        raise AnswerError(node_id, f"{len(value)} chosen; expected at least {node.min}")
    if node.max is not None and len(value) > node.max:
        raise AnswerError(node_id, f"{len(value)} chosen; expected at most {node.max}")
    return [o.id for o in node.options if o.id in distinct]


def _show(value: Any) -> str:
    return "nothing" if value is None else json_kind(value)


def _check_number(node_id: str, node: NumberNode, value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AnswerError(node_id, f"got {_show(value)}; expected a number" + _bounds(node))
    if out_of_bounds(value):  # typed as 1e400, or from a caller that did not parse JSON
        raise AnswerError(node_id, "the number is too large; expected a number" + _bounds(node))
    if (node.min is not None and value < node.min) or (node.max is not None and value > node.max):
        raise AnswerError(
            node_id, f"{format_number(value)} is out of range; expected a number" + _bounds(node)
        )
    if node.step is not None and not on_step(value, node.step, node.min):
        steps = (value - (node.min or 0)) / node.step
        near = (node.min or 0) + node.step * round(steps) if abs(steps) < 2**53 else node.min
        such = f"; expected a value such as {format_number(near)}" if near is not None else ""
        raise AnswerError(
            node_id,
            f"{format_number(value)} is not a step of "
            f"{format_number(node.step)} from {format_number(node.min or 0)}{such}",
        )
    return whole(value)


def _bounds(node: NumberNode) -> str:
    if node.min is not None and node.max is not None:
        return f" from {format_number(node.min)} to {format_number(node.max)}"
    if node.min is not None:
        return f" of at least {format_number(node.min)}"
    if node.max is not None:
        return f" of at most {format_number(node.max)}"
    return ""


def _check_text(node_id: str, node: TextNode, value: Any) -> str:
    if not isinstance(value, str):
        raise AnswerError(node_id, f"got {_show(value)}; expected a text")
    text = clean(value).strip()
    if len(text) > node.max_length:
        raise AnswerError(
            node_id, f"the text is {len(text)} characters; expected at most {node.max_length}"
        )
    if node.required and not text:
        raise AnswerError(node_id, "the text is empty; this question needs an answer")
    return text
