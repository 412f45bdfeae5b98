"""The tree format, version 1, as dataclasses (see docs/tree-format.md).

These models give the shape of each part of a tree: keys, types, ids and
number bounds. pydantic checks a file against them (:mod:`toolmix.load.validation`
builds the validator from these classes and the markers of
:mod:`toolmix.model.constraints`); the classes themselves do not import pydantic, so
a tree already validated can be used without it. Rules that span parts
(references, the graph) live in :mod:`toolmix.load.lint`. Conditions are plain
data with a :meth:`holds` method: nothing in a tree is ever evaluated as code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields
from typing import Annotated, Any, ClassVar, Literal, Union

from toolmix.model.constraints import Bounds, ExactInt, OneOf, Part

#: Ids of groups, items, nodes and options; never starting with ``x-``.
ID_PATTERN = r"^(?:[A-Za-wyz0-9_][A-Za-z0-9_.-]{0,63}|x(?:[A-Za-z0-9_.][A-Za-z0-9_.-]{0,62})?)$"
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"
URL_PATTERN = r"^https?://[^\s/?#@]+[^\s]*$"
MAX_TEXT = 20_000

Id = Annotated[str, Bounds(pattern=ID_PATTERN)]
#: A reference to an id defined elsewhere: checked against the definitions by
#: the linter (which can say "unknown item ... did you mean"), not by pattern.
Ref = Annotated[str, Bounds(min_length=1, max_length=64)]
Slug = Annotated[str, Bounds(pattern=SLUG_PATTERN)]
Url = Annotated[str, Bounds(pattern=URL_PATTERN, max_length=2048)]
#: A text a person reads; required ones may not be empty.
Text = Annotated[str, Bounds(min_length=1, max_length=MAX_TEXT)]
OptText = Annotated[str, Bounds(max_length=MAX_TEXT)]
Markdown = Annotated[str, Bounds(max_length=200_000)]
NonNegInt = Annotated[int, Bounds(ge=0)]
Number = float
NonNegNumber = Annotated[float, Bounds(ge=0)]

#: Keys that are Python words, and the fields that hold them.
ALIASES = {"is_": "is", "in_": "in", "not_": "not", "if_": "if", "schema_": "$schema"}


def json_key(field_name: str) -> str:
    """The key in the file for a model field."""
    return ALIASES.get(field_name, field_name)


#: Read by pydantic from each model class when it validates a tree.
PYDANTIC_CONFIG: dict[str, Any] = {
    "extra": "forbid",
    "strict": True,
    "alias_generator": json_key,
    "json_schema_extra": {"patternProperties": {"^x-": {}}},
}

#: Every model is a slotted dataclass: its fields are what pydantic validates.
#: Its methods come from :class:`Strict`, not from the decorator (see there).
model = dataclass(init=False, repr=False, eq=False, slots=True, kw_only=True)

_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    return names


class Strict(Part):
    """Base of every part of a tree: frozen, built, compared and shown by its fields.

    ``@dataclass`` would write ``__init__``, ``__repr__``, ``__eq__`` and a
    frozen ``__setattr__`` for every class by compiling source text at import
    time: that made importing this module the largest part of toolmix's start
    (33 ms of 73). These generic methods do the same from the fields. pydantic
    builds instances without ``__init__``; pickle (the tree cache) goes
    through ``__getstate__``/``__setstate__``.
    """

    __slots__ = ()
    __pydantic_config__: ClassVar[dict[str, Any]] = PYDANTIC_CONFIG

    def __init__(self, **values: Any) -> None:
        for f in fields(self):  # type: ignore[arg-type]
            if f.name in values:
                value = values.pop(f.name)
            elif f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                raise TypeError(f"{type(self).__name__}() needs the keyword argument '{f.name}'")
            object.__setattr__(self, f.name, value)
        if values:
            raise TypeError(f"{type(self).__name__}() got unknown keywords: {', '.join(values)}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _field_names(type(self)))

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field '{name}'")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field '{name}'")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in _field_names(type(self)))
        return f"{type(self).__name__}({shown})"

    def __getstate__(self) -> tuple[Any, ...]:
        return self._values()

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(_field_names(type(self)), state, strict=True):
            object.__setattr__(self, name, value)


#: How a condition looks an answer up: the node's type and its answer, or None.
Lookup = Callable[[str], "tuple[str, Any] | None"]


# --- conditions ---------------------------------------------------------------


@model
class _Cond(Strict):
    TAG: ClassVar[str]

    def holds(self, lookup: Lookup) -> bool:
        raise NotImplementedError

    def questions(self) -> list[tuple[str, list[str], str]]:
        """(question id, option ids named, form) for every answer this condition reads."""
        raise NotImplementedError


@model
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


@model
class IsCond(_AnswerCond):
    TAG = "is"
    is_: Ref

    def holds(self, lookup: Lookup) -> bool:
        return bool(self._value(lookup, "single") == self.is_)

    def options(self) -> list[str]:
        return [self.is_]


@model
class InCond(_AnswerCond):
    TAG = "in"
    in_: Annotated[list[Ref], Bounds(min_length=1)]

    def holds(self, lookup: Lookup) -> bool:
        return self._value(lookup, "single") in self.in_

    def options(self) -> list[str]:
        return list(self.in_)


@model
class HasCond(_AnswerCond):
    TAG = "has"
    has: Ref

    def holds(self, lookup: Lookup) -> bool:
        chosen = self._value(lookup, "multi")
        return chosen is not None and self.has in chosen

    def options(self) -> list[str]:
        return [self.has]


@model
class HasAnyCond(_AnswerCond):
    TAG = "has_any"
    has_any: Annotated[list[Ref], Bounds(min_length=1)]

    def holds(self, lookup: Lookup) -> bool:
        chosen = self._value(lookup, "multi")
        return chosen is not None and any(o in chosen for o in self.has_any)

    def options(self) -> list[str]:
        return list(self.has_any)


@model
class HasAllCond(_AnswerCond):
    TAG = "has_all"
    has_all: Annotated[list[Ref], Bounds(min_length=1)]

    def holds(self, lookup: Lookup) -> bool:
        chosen = self._value(lookup, "multi")
        return chosen is not None and all(o in chosen for o in self.has_all)

    def options(self) -> list[str]:
        return list(self.has_all)


@model
class RangeCond(_AnswerCond):
    TAG = "range"
    min: Number | None = None
    max: Number | None = None

    def holds(self, lookup: Lookup) -> bool:
        value = self._value(lookup, "number")
        if value is None:
            return False
        return (self.min is None or self.min <= value) and (self.max is None or value < self.max)


@model
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


@model
class AllCond(_Cond):
    TAG = "all"
    all: Annotated[list[Condition], Bounds(min_length=1)]

    def holds(self, lookup: Lookup) -> bool:
        return all(c.holds(lookup) for c in self.all)

    def questions(self) -> list[tuple[str, list[str], str]]:
        return [q for c in self.all for q in c.questions()]


@model
class AnyCond(_Cond):
    TAG = "any"
    any: Annotated[list[Condition], Bounds(min_length=1)]

    def holds(self, lookup: Lookup) -> bool:
        return any(c.holds(lookup) for c in self.any)

    def questions(self) -> list[tuple[str, list[str], str]]:
        return [q for c in self.any for q in c.questions()]


@model
class NotCond(_Cond):
    TAG = "not"
    not_: Condition

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
    Union[  # noqa: UP007 (a runtime union of classes, for pydantic and isinstance)
        IsCond,
        InCond,
        HasCond,
        HasAnyCond,
        HasAllCond,
        RangeCond,
        AnsweredCond,
        AllCond,
        AnyCond,
        NotCond,
    ],
    OneOf(_condition_tag, error_type="condition", message=CONDITION_EXPECTED),
]

# --- effects, routes ------------------------------------------------------------


@model
class Effect(Strict):
    """Ties a choice to an item: a score, a reason, maybe require or exclude."""

    item: Ref
    score: int = 0
    because: Text
    require: bool = False
    exclude: bool = False


@model
class Route(Strict):
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
        message='expected a node id, or a list of routes [{"if": ..., "goto": ...}, {"goto": ...}]',
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


@model
class _OptionBase(Strict):
    id: Id
    label: Text
    help: Markdown | None = None
    when: Condition | None = None
    effects: list[Effect] = field(default_factory=list)
    limits: dict[Ref, NonNegInt] = field(default_factory=dict)


@model
class SingleOption(_OptionBase):
    next: Next | None = None


@model
class MultiOption(_OptionBase):
    exclusive: bool = False


@model
class NumberRange(Strict):
    min: Number | None = None
    max: Number | None = None
    label: OptText | None = None
    effects: list[Effect] = field(default_factory=list)
    limits: dict[Ref, NonNegInt] = field(default_factory=dict)
    next: Next | None = None

    def applies(self, value: float) -> bool:
        return (self.min is None or self.min <= value) and (self.max is None or value < self.max)


@model
class _Question(Strict):
    text: Text
    help: Markdown | None = None


@model
class SingleNode(_Question):
    type: Literal["single"]
    options: Annotated[list[SingleOption], Bounds(min_length=1)]
    next: Next | None = None


@model
class MultiNode(_Question):
    type: Literal["multi"]
    options: Annotated[list[MultiOption], Bounds(min_length=1)]
    min: NonNegInt = 0
    max: NonNegInt | None = None
    next: Next


@model
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


@model
class TextNode(_Question):
    type: Literal["text"]
    placeholder: OptText | None = None
    max_length: Annotated[int, Bounds(ge=1, le=MAX_TEXT)] = 200
    required: bool = False
    next: Next


@model
class InfoNode(Strict):
    type: Literal["info"]
    title: Text
    body: Markdown
    next: Next


@model
class ResultNode(Strict):
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

# --- top level ----------------------------------------------------------------------


@model
class Group(Strict):
    title: Text
    description: OptText | None = None
    max: NonNegInt | None = None


@model
class Item(Strict):
    name: Text
    group: Ref
    summary: OptText | None = None
    url: Url | None = None
    effort: NonNegNumber = 0
    cost: OptText | None = None
    #: The plan: what to do this week to start, and what keeping it up looks like.
    first_step: OptText | None = None
    routine: OptText | None = None


@model
class BudgetFromAnswer(Strict):
    answer: Ref


@model
class BudgetValue(Strict):
    value: NonNegNumber


def _budget_tag(value: Any) -> str | None:
    if isinstance(value, BudgetFromAnswer) or (isinstance(value, dict) and "answer" in value):
        return "answer"
    if isinstance(value, BudgetValue) or (isinstance(value, dict) and "value" in value):
        return "value"
    return None


Budget = Annotated[
    Union[BudgetFromAnswer, BudgetValue],  # noqa: UP007
    OneOf(
        _budget_tag,
        {"answer": BudgetFromAnswer, "value": BudgetValue},
        error_type="budget",
        message='expected {"answer": NUMBER_QUESTION} or {"value": HOURS}',
    ),
]


@model
class ResultSettings(Strict):
    min_score: int = 1
    budget: Budget | None = None
    subject: Ref | None = None


@model
class Tree(Strict):
    """A whole tree file."""

    schema_: str | None = None
    format: Annotated[Literal[1], ExactInt()]
    id: Slug
    title: Text
    version: Annotated[str, Bounds(min_length=1, max_length=64)]
    description: OptText | None = None
    intro: Markdown | None = None
    start: Ref
    groups: dict[Id, Group]
    items: dict[Id, Item]
    nodes: dict[Id, Node]
    result: ResultSettings = field(default_factory=ResultSettings)


def on_step(value: float, step: float, start: float | None) -> bool:
    """True when ``value`` is a whole number of ``step`` from ``start`` (or 0).

    The rule for a number question's ``step``, shared by the linter (for
    ``default``) and the session (for answers); 1e-9 absorbs float error.
    """
    count = (value - (start or 0)) / step
    # A step so small that the count is past float precision (or infinite)
    # cannot tell whole counts apart: no value is on such a step.
    return abs(count) < 2**53 and abs(count - round(count)) < 1e-9
