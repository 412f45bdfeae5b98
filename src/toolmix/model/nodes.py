"""The nodes of a tree: questions, their options, info and result pages, and where each leads."""

from __future__ import annotations

from dataclasses import field
from typing import Annotated, Any, Literal, Union

from toolmix.model.base import (
    MAX_TEXT,
    Id,
    Markdown,
    NonNegInt,
    Number,
    OptText,
    Part,
    Ref,
    Text,
    part,
)
from toolmix.model.conditions import Condition
from toolmix.model.constraints import N_, Bounds, OneOf
from toolmix.model.items import Effect


@part
class Route(Part):
    if_: Condition | None = None
    goto: Ref


def _next_tag(value: Any) -> str | None:
    if isinstance(value, str):
        return "id"
    if isinstance(value, list):
        return "routes"
    return None


Next = Annotated[
    Union[Ref, list[Route]],  # noqa: UP007
    OneOf(
        _next_tag,
        {"id": Ref, "routes": Annotated[list[Route], Bounds(min_length=1)]},
        error_type="next",
        message=N_(
            'expected a node id, or a list of routes [{"if": ..., "goto": ...}, {"goto": ...}]'
        ),
    ),
]


def next_targets(nxt: Next | None) -> list[str]:
    """Every node a ``next`` may lead to."""
    if nxt is None:
        return []
    if isinstance(nxt, str):
        return [nxt]
    return [r.goto for r in nxt]


# --- options and nodes ------------------------------------------------------------


@part
class _OptionBase(Part):
    id: Id
    label: Text
    help: Markdown | None = None
    when: Condition | None = None
    effects: list[Effect] = field(default_factory=list)
    limits: dict[Ref, NonNegInt] = field(default_factory=dict)


@part
class SingleOption(_OptionBase):
    next: Next | None = None


@part
class MultiOption(_OptionBase):
    exclusive: bool = False


@part
class NumberRange(Part):
    min: Number | None = None
    max: Number | None = None
    label: OptText | None = None
    effects: list[Effect] = field(default_factory=list)
    limits: dict[Ref, NonNegInt] = field(default_factory=dict)
    next: Next | None = None

    def applies(self, value: float) -> bool:
        return (self.min is None or self.min <= value) and (self.max is None or value < self.max)


@part
class _Question(Part):
    text: Text
    help: Markdown | None = None


@part
class SingleNode(_Question):
    type: Literal["single"]
    options: Annotated[list[SingleOption], Bounds(min_length=1)]
    next: Next | None = None


@part
class MultiNode(_Question):
    type: Literal["multi"]
    options: Annotated[list[MultiOption], Bounds(min_length=1)]
    min: NonNegInt = 0
    max: NonNegInt | None = None
    next: Next


@part
class NumberNode(_Question):
    type: Literal["number"]
    min: Number | None = None
    max: Number | None = None
    step: Annotated[Number, Bounds(gt=0)] | None = None
    unit: OptText | None = None
    default: Number | None = None
    ranges: list[NumberRange] = field(default_factory=list)
    next: Next

    def range_for(self, value: float) -> tuple[int, NumberRange] | None:
        for i, rng in enumerate(self.ranges):
            if rng.applies(value):
                return i, rng
        return None


@part
class TextNode(_Question):
    type: Literal["text"]
    placeholder: OptText | None = None
    max_length: Annotated[int, Bounds(ge=1, le=MAX_TEXT)] = 200
    required: bool = False
    next: Next


@part
class InfoNode(Part):
    type: Literal["info"]
    title: Text
    body: Markdown
    next: Next


@part
class ResultNode(Part):
    type: Literal["result"]
    title: Text
    body: Markdown | None = None
    effects: list[Effect] = field(default_factory=list)


Node = Annotated[
    Union[SingleNode, MultiNode, NumberNode, TextNode, InfoNode, ResultNode],  # noqa: UP007
    OneOf(
        "type",
        {
            "single": SingleNode,
            "multi": MultiNode,
            "number": NumberNode,
            "text": TextNode,
            "info": InfoNode,
            "result": ResultNode,
        },
    ),
]
Question = SingleNode | MultiNode | NumberNode | TextNode
ChoiceNode = SingleNode | MultiNode
QUESTION_TYPES = ("single", "multi", "number", "text")


def on_step(value: float, step: float, start: float | None) -> bool:
    """True when ``value`` is a whole number of ``step`` from ``start`` (or 0).

    The rule for a number question's ``step``, shared by the linter (for
    ``default``) and the session (for answers); 1e-9 absorbs float error.
    """
    count = (value - (start or 0)) / step
    # A step so small that the count is past float precision (or infinite)
    # cannot tell whole counts apart: no value is on such a step.
    return abs(count) < 2**53 and abs(count - round(count)) < 1e-9
