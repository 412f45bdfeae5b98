"""Items, the groups they belong to, and the effects that tie a choice to an item."""

from __future__ import annotations

from toolmix.model.base import NonNegInt, NonNegNumber, OptText, Part, Ref, Text, Url, part
from toolmix.model.conditions import Condition


@part
class Effect(Part):
    """Ties a choice to an item: a score, a reason, maybe require or exclude."""

    item: Ref
    score: int = 0
    because: Text
    require: bool = False
    exclude: bool = False
    #: The effect counts only when this holds on the walk's answers (one kind in one country).
    x_if: Condition | None = None


@part
class Group(Part):
    title: Text
    description: OptText | None = None
    max: NonNegInt | None = None


@part
class Item(Part):
    name: Text
    group: Ref
    summary: OptText | None = None
    url: Url | None = None
    effort: NonNegNumber = 0
    cost: OptText | None = None
    #: The plan: what to do this week to start, and what keeping it up looks like.
    first_step: OptText | None = None
    routine: OptText | None = None
