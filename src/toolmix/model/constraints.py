"""Constraints on the tree models' fields, read by pydantic only when it validates.

The models (:mod:`toolmix.model.tree` and the modules of its parts) are
plain dataclasses, so a tree that was validated before (see
:mod:`toolmix.load.cache`) can be used without importing pydantic at all: that import and the building of its validators are most of
the time toolmix takes to start. The markers here carry what a field must
satisfy; pydantic finds them in ``Annotated[...]`` when
:mod:`toolmix.load.validation` builds the validator, and each one turns itself into
pydantic's own core schema through the ``__get_pydantic_core_schema__`` hook.
Nothing here imports pydantic until then.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial
from typing import TYPE_CHECKING, Any, get_args

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema


class Bounds:
    """Bounds of a value, in pydantic-core's own words.

    ``pattern``, ``min_length`` and ``max_length`` for strings and lists;
    ``ge``, ``gt`` and ``le`` for numbers.
    """

    __slots__ = ("bounds",)

    def __init__(self, **bounds: Any) -> None:
        self.bounds = bounds

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return {**handler(source), **self.bounds}


class ExactInt:
    """An integer and nothing else: not ``true``, not ``1.0`` (for ``format``).

    pydantic's literal check takes both as ``1``.
    """

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        expected = " or ".join(str(v) for v in get_args(source))
        check = partial(exact_int, expected)
        return core_schema.no_info_before_validator_function(check, handler(source))


def N_(message: str) -> str:
    """Mark a message for the core catalogue; returned unchanged.

    The model imports no wording (the layer contract): the loader translates
    what a OneOf says when it turns pydantic's errors into problems.
    """
    return message


def exact_int(expected: str, value: Any) -> Any:
    """``value`` if it is an int (not a bool, not a float); else a literal error."""
    if type(value) is not int:
        from pydantic_core import PydanticCustomError

        raise PydanticCustomError("literal_error", "expected {expected}", {"expected": expected})
    return value


class OneOf:
    """A union told apart by a tag, with a message when no tag fits.

    ``tag`` is either the name of a key whose value is the tag, or a function
    from the raw value to its tag (None when it fits no member). ``members``
    maps each tag to its type; by default each member class's ``TAG``.
    """

    __slots__ = ("error_type", "members", "message", "tag")

    def __init__(
        self,
        tag: str | Callable[[Any], Hashable],
        members: dict[str, Any] | None = None,
        error_type: str | None = None,
        message: str | None = None,
    ) -> None:
        self.tag = tag
        self.members = members
        self.error_type = error_type
        self.message = message

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        members = self.members or {cls.TAG: cls for cls in get_args(source)}
        choices: dict[Hashable, CoreSchema] = {
            tag: handler.generate_schema(kind) for tag, kind in members.items()
        }
        return core_schema.tagged_union_schema(
            choices,
            self.tag,
            custom_error_type=self.error_type,
            custom_error_message=self.message,
        )
