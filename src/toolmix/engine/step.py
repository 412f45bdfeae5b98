"""What a front end shows for the current node: one :class:`Step`, the same for every front end.

The question screen and ``toolmix ask`` both draw a Step: the node's texts,
the options shown (with the earlier answer ticked), the field's bounds and
the rules in words, the progress line, the answers so far and whether back
is possible. :func:`step_for` builds it from a :class:`Session` without
changing it; the front end reads the person's input, turns it into a value
(an option id, a list of ids, a number, a text) and hands it to
:meth:`Session.answer` (or :meth:`Session.proceed` on an info page).

Texts are the tree's, cleaned on loading but still untrusted: shown
literally, never as markup. ``help`` and ``body`` are Markdown source.
"""

from __future__ import annotations

from typing import Literal

from toolmix.engine.answer_checks import AnswerValue
from toolmix.engine.answer_words import allowed_numbers, answer_label, number_words
from toolmix.engine.estimate import Progress
from toolmix.engine.rule_words import labelled_ranges, multi_limits, text_rules
from toolmix.engine.session import Session
from toolmix.model.nodes import (
    InfoNode,
    MultiNode,
    MultiOption,
    NumberNode,
    ResultNode,
    SingleNode,
    TextNode,
)
from toolmix.model.record import record
from toolmix.text.i18n import _
from toolmix.text.words import format_number

Kind = Literal["single", "multi", "number", "text", "info", "result"]


@record(frozen=True)
class StepOption:
    """One option shown (an option whose ``when`` does not hold is not in the Step)."""

    id: str
    label: str
    #: Markdown source, or None.
    help: str | None
    #: Ticked now (a draft), else part of the answer given before: the one chosen, or a tick.
    checked: bool
    #: Ticking it clears the others, and ticking another clears it ("None of these").
    exclusive: bool


@record(frozen=True)
class NumberField:
    """A number question's field."""

    #: What the field holds at first: what was typed, the earlier answer, the default, or "".
    value: str
    min: float | None
    max: float | None
    step: float | None
    unit: str | None
    default: float | None
    #: ``0 to 40`` when both bounds are set, else None.
    bounds: str | None
    #: ``a number from 0 to 40``: what to type, as a refusal says it.
    allowed: str
    #: ``A number from 0 to 40, in steps of 0.5``: shown before anything is typed.
    rules: str
    #: (bounds in words, label) of each labelled range: ``2 to under 8``, ``Some time``.
    ranges: tuple[tuple[str, str], ...]

    @property
    def placeholder(self) -> str:
        return self.bounds or _("a number")


@record(frozen=True)
class TextField:
    """A text question's field."""

    #: What the field holds at first: what was typed, the earlier answer, or "".
    value: str
    placeholder: str
    max_length: int
    required: bool
    #: ``Up to 200 characters; you may leave it empty``.
    rules: str


@record(frozen=True)
class Answered:
    """One answer so far, as the person reads it in a summary."""

    node_id: str
    question: str
    answer: str


@record(frozen=True)
class Step:
    """What is shown for the current node of a walk."""

    node_id: str
    kind: Kind
    #: The question's text, or an info page's or result's title.
    title: str
    #: The question's help, or an info page's or result's body (Markdown source).
    help: str | None
    #: The options shown, in the tree's order (single and multi questions).
    options: tuple[StepOption, ...]
    #: How many ticks a multi question takes (0 and None elsewhere).
    fewest: int
    most: int | None
    #: ``choose at least 1``, ``at most 3`` (multi questions).
    rules: tuple[str, ...]
    number: NumberField | None
    text: TextField | None
    progress: Progress
    #: The answers given on the path before this node.
    answers: tuple[Answered, ...]
    can_go_back: bool
    #: The answer given before for this node (after going back), or None.
    previous: AnswerValue | None

    @property
    def multi(self) -> bool:
        return self.kind == "multi"

    @property
    def finished(self) -> bool:
        return self.kind == "result"

    def option_ids(self) -> list[str]:
        return [o.id for o in self.options]


def step_for(session: Session) -> Step:
    """The Step for the session's current node (reads the session, changes nothing)."""
    node = session.node
    previous = session.previous_answer()
    draft = session.drafts.get(session.current)  # what was ticked or typed, not given yet
    shown = previous if draft is None else draft
    options: tuple[StepOption, ...] = ()
    fewest, most = 0, None
    rules: tuple[str, ...] = ()
    number = text = None
    if isinstance(node, (SingleNode, MultiNode)):
        chosen = shown if isinstance(shown, list) else [shown]
        options = tuple(
            StepOption(
                o.id,
                o.label,
                o.help,
                o.id in chosen,
                isinstance(o, MultiOption) and o.exclusive,
            )
            for o in session.visible_options()
        )
        if isinstance(node, MultiNode):
            fewest, most, rules = node.min, node.max, tuple(multi_limits(node))
    elif isinstance(node, NumberNode):
        number = _number_field(node, previous, draft)
    elif isinstance(node, TextNode):
        text = TextField(
            shown if isinstance(shown, str) else "",
            node.placeholder or "",
            node.max_length,
            node.required,
            text_rules(node),
        )
    title = node.title if isinstance(node, (InfoNode, ResultNode)) else node.text
    help_ = node.body if isinstance(node, (InfoNode, ResultNode)) else node.help
    return Step(
        node_id=session.current,
        kind=node.type,
        title=title,
        help=help_,
        options=options,
        fewest=fewest,
        most=most,
        rules=rules,
        number=number,
        text=text,
        progress=session.progress(),
        answers=answers_so_far(session),
        can_go_back=session.can_go_back(),
        previous=previous,
    )


def answers_so_far(session: Session) -> tuple[Answered, ...]:
    """The answered nodes of the path before the current one (info pages have none)."""
    tree, nodes, answers = session.tree, session.nodes, session.answers
    return tuple(
        Answered(
            node_id, getattr(nodes[node_id], "text", node_id), answer_label(tree, node_id, value)
        )
        for node_id in session.path[:-1]
        if (value := answers.get(node_id)) is not None
    )


def _number_field(node: NumberNode, previous: AnswerValue | None, draft: object) -> NumberField:
    value = previous if isinstance(previous, (int, float)) else node.default
    typed = draft if isinstance(draft, str) else None
    bounds = None
    if node.min is not None and node.max is not None:
        bounds = _("{min} to {max}").format(
            min=format_number(node.min), max=format_number(node.max)
        )
    return NumberField(
        value=typed if typed is not None else "" if value is None else format_number(value),
        min=node.min,
        max=node.max,
        step=node.step,
        unit=node.unit,
        default=node.default,
        bounds=bounds,
        allowed=number_words(node),
        rules=allowed_numbers(node),
        ranges=tuple(labelled_ranges(node)),
    )
