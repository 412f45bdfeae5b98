"""What every part of a tree is built on: its field types, its JSON keys, its base.

The models (:mod:`toolmix.model.conditions`, :mod:`toolmix.model.items`,
:mod:`toolmix.model.nodes`, :mod:`toolmix.model.tree`) give the shape of each
part of a tree: keys, types, ids and number bounds. pydantic checks a file
against them (:mod:`toolmix.load.validation` builds the validator from these
classes and the markers of :mod:`toolmix.model.constraints`); the classes
themselves do not import pydantic, so a tree already validated can be used
without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from toolmix.model.constraints import Bounds
from toolmix.model.record import record

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

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
ALIASES = {
    "is_": "is",
    "in_": "in",
    "not_": "not",
    "if_": "if",
    "x_if": "x-if",
    "schema_": "$schema",
    "x_plan": "x-plan",
    "x_select": "x-select",
    "with_": "with",
}


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

#: Every part of a tree is a frozen, slotted record built by keyword: its
#: fields are what pydantic validates (it builds instances without ``__init__``),
#: and the tree cache pickles each as the tuple of its fields.
part = record(frozen=True, slots=True, kw_only=True)


class Part:
    """Base of every part of a tree: unknown keys are errors, types are not coerced.

    Each part is validated from the dicts a JSON file gives. Scalars are
    checked strictly (``"3"`` is not a number, ``1`` is not ``true``); the
    parts themselves are built from objects, which pydantic's strict mode
    would refuse for dataclasses, hence ``strict`` off for them alone. The
    methods (built by keyword, frozen, compared, hashed, shown and pickled by
    the fields) come from :data:`part`, toolmix's one record mechanism.
    """

    __slots__ = ()
    __pydantic_config__: ClassVar[dict[str, Any]] = PYDANTIC_CONFIG

    if TYPE_CHECKING:  # @part gives each class its keyword-only __init__

        def __init__(self, **values: Any) -> None: ...

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        schema = handler(source)
        if schema["type"] == "dataclass":
            return {**schema, "strict": False}
        return schema
