"""What every part of a tree is built on: its field types, its JSON keys, its record base.

The models (:mod:`toolmix.model.conditions`, :mod:`toolmix.model.items`,
:mod:`toolmix.model.nodes`, :mod:`toolmix.model.tree`) give the shape of each
part of a tree: keys, types, ids and number bounds. pydantic checks a file
against them (:mod:`toolmix.load.validation` builds the validator from these
classes and the markers of :mod:`toolmix.model.constraints`); the classes
themselves do not import pydantic, so a tree already validated can be used
without it.
"""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from typing import Annotated, Any, ClassVar

from toolmix.model.constraints import Bounds, Part

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
