"""Conditions: plain data with a :meth:`holds` method, never evaluated as code.

A condition reads the answers given so far through a :data:`Lookup`; the
tagged union :data:`Condition` tells its forms apart by the key only each has.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, ClassVar, Union

from toolmix.model.base import Number, Part, Ref, part
from toolmix.model.constraints import N_, Bounds, OneOf

#: How a condition looks an answer up: the node's type and its answer, or None.
Lookup = Callable[[str], "tuple[str, Any] | None"]


@part
class _Cond(Part):
    TAG: ClassVar[str]

    def holds(self, lookup: Lookup) -> bool:
        raise NotImplementedError

    def questions(self) -> list[tuple[str, list[str], str]]:
        """(question id, option ids named, form) for every answer this condition reads."""
        raise NotImplementedError


@part
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


@part
class IsCond(_AnswerCond):
    TAG = "is"
    is_: Ref

    def holds(self, lookup: Lookup) -> bool:
        return bool(self._value(lookup, "single") == self.is_)

    def options(self) -> list[str]:
        return [self.is_]


@part
class InCond(_AnswerCond):
    TAG = "in"
    in_: Annotated[list[Ref], Bounds(min_length=1)]

    def holds(self, lookup: Lookup) -> bool:
        return self._value(lookup, "single") in self.in_

    def options(self) -> list[str]:
        return list(self.in_)


@part
class HasCond(_AnswerCond):
    TAG = "has"
    has: Ref

    def holds(self, lookup: Lookup) -> bool:
        chosen = self._value(lookup, "multi")
        return chosen is not None and self.has in chosen

    def options(self) -> list[str]:
        return [self.has]


@part
class HasAnyCond(_AnswerCond):
    TAG = "has_any"
    has_any: Annotated[list[Ref], Bounds(min_length=1)]

    def holds(self, lookup: Lookup) -> bool:
        chosen = self._value(lookup, "multi")
        return chosen is not None and any(o in chosen for o in self.has_any)

    def options(self) -> list[str]:
        return list(self.has_any)


@part
class HasAllCond(_AnswerCond):
    TAG = "has_all"
    has_all: Annotated[list[Ref], Bounds(min_length=1)]

    def holds(self, lookup: Lookup) -> bool:
        chosen = self._value(lookup, "multi")
        return chosen is not None and all(o in chosen for o in self.has_all)

    def options(self) -> list[str]:
        return list(self.has_all)


@part
class RangeCond(_AnswerCond):
    TAG = "range"
    min: Number | None = None
    max: Number | None = None

    def holds(self, lookup: Lookup) -> bool:
        value = self._value(lookup, "number")
        if value is None:
            return False
        return (self.min is None or self.min <= value) and (self.max is None or value < self.max)


@part
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


@part
class AllCond(_Cond):
    TAG = "all"
    all: Annotated[list[Condition], Bounds(min_length=1)]

    def holds(self, lookup: Lookup) -> bool:
        return all(c.holds(lookup) for c in self.all)

    def questions(self) -> list[tuple[str, list[str], str]]:
        return [q for c in self.all for q in c.questions()]


@part
class AnyCond(_Cond):
    TAG = "any"
    any: Annotated[list[Condition], Bounds(min_length=1)]

    def holds(self, lookup: Lookup) -> bool:
        return any(c.holds(lookup) for c in self.any)

    def questions(self) -> list[tuple[str, list[str], str]]:
        return [q for c in self.any for q in c.questions()]


@part
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


CONDITION_EXPECTED = N_(
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
