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
from toolmix.text.i18n import _
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
        where = _("question '{node}': {message}").format(node=node, message=message)
        super().__init__([Problem("error", where, ("answers", node))])

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
    raise AnswerError(
        node_id, _("this is a {kind} node; it takes no answer").format(kind=node.type)
    )


def _allowed(shown: Shown) -> str:
    return ", ".join(f"'{o.id}'" for o in shown)


def _check_option(node_id: str, node: SingleNode | MultiNode, value: Any, shown: Shown) -> None:
    if not isinstance(value, str):
        raise AnswerError(
            node_id,
            _("got {found}; expected an option id, one of {allowed}").format(
                found=_show(value), allowed=_allowed(shown)
            ),
        )
    if all(o.id != value for o in node.options):
        raise AnswerError(
            node_id,
            _("'{value}' is not an option of this question; expected one of {allowed}").format(
                value=clean(value), allowed=_allowed(shown)
            ),
        )
    if all(o.id != value for o in shown):
        raise AnswerError(
            node_id,
            _(
                "option '{value}' is not offered here: its 'when' does not hold for the "
                "earlier answers; expected one of {allowed}"
            ).format(value=value, allowed=_allowed(shown)),
        )


def _check_single(node_id: str, node: SingleNode, value: Any, shown: Shown) -> str:
    if isinstance(value, list):
        raise AnswerError(
            node_id,
            _("got a list; this question takes one option id, one of {allowed}").format(
                allowed=_allowed(shown)
            ),
        )
    _check_option(node_id, node, value, shown)
    return str(value)


def _check_multi(node_id: str, node: MultiNode, value: Any, shown: Shown) -> list[str]:
    if not isinstance(value, list):
        raise AnswerError(
            node_id,
            _("got {found}; expected a list of option ids from {allowed}").format(
                found=_show(value), allowed=_allowed(shown)
            ),
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
            node_id,
            _("option '{value}' is listed twice; expected each option at most once").format(
                value=twice[0]
            ),
        )
    exclusive = [o.id for o in node.options if o.exclusive and o.id in distinct]
    if exclusive and len(value) > 1:
        raise AnswerError(
            node_id,
            _(
                "option '{value}' excludes the others; expected it alone, or the others without it"
            ).format(value=exclusive[0]),
        )
    if len(value) < node.min:
        raise AnswerError(
            node_id,
            _("{count} chosen; expected at least {n}").format(count=len(value), n=node.min),
        )
    if node.max is not None and len(value) > node.max:
        raise AnswerError(
            node_id, _("{count} chosen; expected at most {n}").format(count=len(value), n=node.max)
        )
    return [o.id for o in node.options if o.id in distinct]


def _show(value: Any) -> str:
    return _("nothing") if value is None else json_kind(value)


def _check_number(node_id: str, node: NumberNode, value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        found = _("got {found}").format(found=_show(value))
        raise AnswerError(node_id, _expected_number(found, node))
    if out_of_bounds(value):  # typed as 1e400, or from a caller that did not parse JSON
        raise AnswerError(node_id, _expected_number(_("the number is too large"), node))
    if (node.min is not None and value < node.min) or (node.max is not None and value > node.max):
        found = _("{value} is out of range").format(value=format_number(value))
        raise AnswerError(node_id, _expected_number(found, node))
    if node.step is not None and not on_step(value, node.step, node.min):
        steps = (value - (node.min or 0)) / node.step
        near = (node.min or 0) + node.step * round(steps) if abs(steps) < 2**53 else node.min
        words = _("{value} is not a step of {step} from {start}").format(
            value=format_number(value),
            step=format_number(node.step),
            start=format_number(node.min or 0),
        )
        if near is not None:
            words = _("{problem}; expected a value such as {near}").format(
                problem=words, near=format_number(near)
            )
        raise AnswerError(node_id, words)
    return whole(value)


def _expected_number(found: str, node: NumberNode) -> str:
    """What was found, then the numbers the question takes."""
    low = None if node.min is None else format_number(node.min)
    high = None if node.max is None else format_number(node.max)
    if low is not None and high is not None:
        return _("{found}; expected a number from {low} to {high}").format(
            found=found, low=low, high=high
        )
    if low is not None:
        return _("{found}; expected a number of at least {low}").format(found=found, low=low)
    if high is not None:
        return _("{found}; expected a number of at most {high}").format(found=found, high=high)
    return _("{found}; expected a number").format(found=found)


def _check_text(node_id: str, node: TextNode, value: Any) -> str:
    if not isinstance(value, str):
        raise AnswerError(node_id, _("got {found}; expected a text").format(found=_show(value)))
    text = clean(value).strip()
    if len(text) > node.max_length:
        raise AnswerError(
            node_id,
            _("the text is {length} characters; expected at most {n}").format(
                length=len(text), n=node.max_length
            ),
        )
    if node.required and not text:
        raise AnswerError(node_id, _("the text is empty; this question needs an answer"))
    return text
