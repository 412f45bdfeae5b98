"""The tree format, version 1, as pydantic models (see docs/tree-format.md).

These models check the shape of each part of a tree: keys, types, ids and
number bounds. Rules that span parts (references, the graph) live in
:mod:`toolmix.lint`. Conditions are plain data with a :meth:`holds` method:
nothing in a tree is ever evaluated as code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, StringConstraints, Tag

#: Ids of groups, items, nodes and options; never starting with ``x-``.
ID_PATTERN = r"^(?:[A-Za-wyz0-9_][A-Za-z0-9_.-]{0,63}|x(?:[A-Za-z0-9_.][A-Za-z0-9_.-]{0,62})?)$"
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"
URL_PATTERN = r"^https?://[^\s/?#@]+[^\s]*$"
MAX_TEXT = 20_000

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
#: A reference to an id defined elsewhere: checked against the definitions by
#: the linter (which can say "unknown item ... did you mean"), not by pattern.
Ref = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
Url = Annotated[str, StringConstraints(pattern=URL_PATTERN, max_length=2048)]
#: A text a person reads; required ones may not be empty.
Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
OptText = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Markdown = Annotated[str, StringConstraints(max_length=200_000)]
NonNegInt = Annotated[int, Field(ge=0)]
Number = float

#: How a condition looks an answer up: the node's type and its answer, or None.
Lookup = Callable[[str], "tuple[str, Any] | None"]


class Strict(BaseModel):
    """Base of every part: unknown keys are errors, types are not coerced."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        json_schema_extra={"patternProperties": {"^x-": {}}},
        # Parts are only ever validated inside a Tree: building one validator
        # for the Tree (on first use) instead of one per class halves import time.
        defer_build=True,
    )


# --- conditions ---------------------------------------------------------------


class _Cond(Strict):
    TAG: ClassVar[str]

    def holds(self, lookup: Lookup) -> bool:
        raise NotImplementedError

    def questions(self) -> list[tuple[str, list[str], str]]:
        """(question id, option ids named, form) for every answer this condition reads."""
        raise NotImplementedError


class _AnswerCond(_Cond):
    answer: Ref

    def _value(self, lookup: Lookup, kind: str) -> Any:
        found = lookup(self.answer)
        if found is None or found[0] != kind:
            return None
        return found[1]

    def options(self) -> list[str]:
        return []

    def questions(self) -> list[tuple[str, list[str], str]]:
        return [(self.answer, self.options(), self.TAG)]


class IsCond(_AnswerCond):
    TAG = "is"
    is_: Ref = Field(alias="is")

    def holds(self, lookup: Lookup) -> bool:
        return bool(self._value(lookup, "single") == self.is_)

    def options(self) -> list[str]:
        return [self.is_]


class InCond(_AnswerCond):
    TAG = "in"
    in_: list[Ref] = Field(alias="in", min_length=1)

    def holds(self, lookup: Lookup) -> bool:
        return self._value(lookup, "single") in self.in_

    def options(self) -> list[str]:
        return list(self.in_)


class HasCond(_AnswerCond):
    TAG = "has"
    has: Ref

    def holds(self, lookup: Lookup) -> bool:
        chosen = self._value(lookup, "multi")
        return chosen is not None and self.has in chosen

    def options(self) -> list[str]:
        return [self.has]


class HasAnyCond(_AnswerCond):
    TAG = "has_any"
    has_any: list[Ref] = Field(min_length=1)

    def holds(self, lookup: Lookup) -> bool:
        chosen = self._value(lookup, "multi")
        return chosen is not None and any(o in chosen for o in self.has_any)

    def options(self) -> list[str]:
        return list(self.has_any)


class HasAllCond(_AnswerCond):
    TAG = "has_all"
    has_all: list[Ref] = Field(min_length=1)

    def holds(self, lookup: Lookup) -> bool:
        chosen = self._value(lookup, "multi")
        return chosen is not None and all(o in chosen for o in self.has_all)

    def options(self) -> list[str]:
        return list(self.has_all)


class RangeCond(_AnswerCond):
    TAG = "range"
    min: Number | None = None
    max: Number | None = None

    def holds(self, lookup: Lookup) -> bool:
        value = self._value(lookup, "number")
        if value is None:
            return False
        return (self.min is None or self.min <= value) and (self.max is None or value < self.max)


class AnsweredCond(_Cond):
    TAG = "answered"
    answered: Ref

    def holds(self, lookup: Lookup) -> bool:
        found = lookup(self.answered)
        if found is None:
            return False
        return not (found[0] == "text" and found[1] == "")

    def questions(self) -> list[tuple[str, list[str], str]]:
        return [(self.answered, [], self.TAG)]


class AllCond(_Cond):
    TAG = "all"
    all: list[Condition] = Field(min_length=1)

    def holds(self, lookup: Lookup) -> bool:
        return all(c.holds(lookup) for c in self.all)

    def questions(self) -> list[tuple[str, list[str], str]]:
        return [q for c in self.all for q in c.questions()]


class AnyCond(_Cond):
    TAG = "any"
    any: list[Condition] = Field(min_length=1)

    def holds(self, lookup: Lookup) -> bool:
        return any(c.holds(lookup) for c in self.any)

    def questions(self) -> list[tuple[str, list[str], str]]:
        return [q for c in self.any for q in c.questions()]


class NotCond(_Cond):
    TAG = "not"
    not_: Condition = Field(alias="not")

    def holds(self, lookup: Lookup) -> bool:
        return not self.not_.holds(lookup)

    def questions(self) -> list[tuple[str, list[str], str]]:
        return self.not_.questions()


_COMBINATORS = ("all", "any", "not", "answered")
_ANSWER_FORMS = ("is", "in", "has", "has_any", "has_all")


def _condition_tag(value: Any) -> str | None:
    if isinstance(value, _Cond):
        return value.TAG
    if not isinstance(value, dict):
        return None
    for key in _COMBINATORS:
        if key in value:
            return key
    if "answer" in value:
        for key in _ANSWER_FORMS:
            if key in value:
                return key
        if "min" in value or "max" in value:
            return "range"
    return None


CONDITION_EXPECTED = (
    "expected a condition: an object with 'answer' and one of 'is', 'in', 'has', "
    "'has_any', 'has_all', 'min'/'max'; or one with 'answered', 'all', 'any' or 'not'"
)

Condition = Annotated[
    Annotated[IsCond, Tag("is")]
    | Annotated[InCond, Tag("in")]
    | Annotated[HasCond, Tag("has")]
    | Annotated[HasAnyCond, Tag("has_any")]
    | Annotated[HasAllCond, Tag("has_all")]
    | Annotated[RangeCond, Tag("range")]
    | Annotated[AnsweredCond, Tag("answered")]
    | Annotated[AllCond, Tag("all")]
    | Annotated[AnyCond, Tag("any")]
    | Annotated[NotCond, Tag("not")],
    Discriminator(
        _condition_tag, custom_error_type="condition", custom_error_message=CONDITION_EXPECTED
    ),
]

# --- effects, routes ------------------------------------------------------------


class Effect(Strict):
    """Ties a choice to an item: a score, a reason, maybe require or exclude."""

    item: Ref
    score: int = 0
    because: Text
    require: bool = False
    exclude: bool = False


class Route(Strict):
    if_: Condition | None = Field(default=None, alias="if")
    goto: Ref


def _next_tag(value: Any) -> str | None:
    if isinstance(value, str):
        return "id"
    if isinstance(value, list):
        return "routes"
    return None


Next = Annotated[
    Annotated[Ref, Tag("id")] | Annotated[list[Route], Tag("routes"), Field(min_length=1)],
    Discriminator(
        _next_tag,
        custom_error_type="next",
        custom_error_message=(
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


class _OptionBase(Strict):
    id: Id
    label: Text
    help: Markdown | None = None
    when: Condition | None = None
    effects: list[Effect] = Field(default_factory=list)
    limits: dict[Ref, NonNegInt] = Field(default_factory=dict)


class SingleOption(_OptionBase):
    next: Next | None = None


class MultiOption(_OptionBase):
    exclusive: bool = False


class NumberRange(Strict):
    min: Number | None = None
    max: Number | None = None
    label: OptText | None = None
    effects: list[Effect] = Field(default_factory=list)
    limits: dict[Ref, NonNegInt] = Field(default_factory=dict)
    next: Next | None = None

    def applies(self, value: float) -> bool:
        return (self.min is None or self.min <= value) and (self.max is None or value < self.max)


class _Question(Strict):
    text: Text
    help: Markdown | None = None


class SingleNode(_Question):
    type: Literal["single"]
    options: list[SingleOption] = Field(min_length=1)
    next: Next | None = None


class MultiNode(_Question):
    type: Literal["multi"]
    options: list[MultiOption] = Field(min_length=1)
    min: NonNegInt = 0
    max: NonNegInt | None = None
    next: Next


class NumberNode(_Question):
    type: Literal["number"]
    min: Number | None = None
    max: Number | None = None
    step: Annotated[Number, Field(gt=0)] | None = None
    unit: OptText | None = None
    default: Number | None = None
    ranges: list[NumberRange] = Field(default_factory=list)
    next: Next

    def range_for(self, value: float) -> tuple[int, NumberRange] | None:
        for i, rng in enumerate(self.ranges):
            if rng.applies(value):
                return i, rng
        return None


class TextNode(_Question):
    type: Literal["text"]
    placeholder: OptText | None = None
    max_length: Annotated[int, Field(ge=1, le=MAX_TEXT)] = 200
    required: bool = False
    next: Next


class InfoNode(Strict):
    type: Literal["info"]
    title: Text
    body: Markdown
    next: Next


class ResultNode(Strict):
    type: Literal["result"]
    title: Text
    body: Markdown | None = None
    effects: list[Effect] = Field(default_factory=list)


Node = Annotated[
    SingleNode | MultiNode | NumberNode | TextNode | InfoNode | ResultNode,
    Field(discriminator="type"),
]
Question = SingleNode | MultiNode | NumberNode | TextNode
ChoiceNode = SingleNode | MultiNode
QUESTION_TYPES = ("single", "multi", "number", "text")

# --- top level ----------------------------------------------------------------------


class Group(Strict):
    title: Text
    description: OptText | None = None
    max: NonNegInt | None = None


class Item(Strict):
    name: Text
    group: Ref
    summary: OptText | None = None
    url: Url | None = None
    effort: Annotated[Number, Field(ge=0)] = 0
    cost: OptText | None = None


class BudgetFromAnswer(Strict):
    answer: Ref


class BudgetValue(Strict):
    value: Annotated[Number, Field(ge=0)]


def _budget_tag(value: Any) -> str | None:
    if isinstance(value, BudgetFromAnswer) or (isinstance(value, dict) and "answer" in value):
        return "answer"
    if isinstance(value, BudgetValue) or (isinstance(value, dict) and "value" in value):
        return "value"
    return None


Budget = Annotated[
    Annotated[BudgetFromAnswer, Tag("answer")] | Annotated[BudgetValue, Tag("value")],
    Discriminator(
        _budget_tag,
        custom_error_type="budget",
        custom_error_message='expected {"answer": NUMBER_QUESTION} or {"value": HOURS}',
    ),
]


class ResultSettings(Strict):
    min_score: int = 1
    budget: Budget | None = None
    subject: Ref | None = None


class Tree(Strict):
    """A whole tree file."""

    schema_: str | None = Field(default=None, alias="$schema")
    format: Literal[1]
    id: Slug
    title: Text
    version: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    description: OptText | None = None
    intro: Markdown | None = None
    start: Ref
    groups: dict[Id, Group]
    items: dict[Id, Item]
    nodes: dict[Id, Node]
    result: ResultSettings = ResultSettings()
