"""A whole tree file: its groups, items and nodes, and how the result is chosen.

The tree format, version 1 (see docs/tree-format.md). The parts live beside
this module: conditions (:mod:`toolmix.model.conditions`), items and effects
(:mod:`toolmix.model.items`), nodes (:mod:`toolmix.model.nodes`), on the base
of :mod:`toolmix.model.base`. Rules that span parts (references, the graph)
live in :mod:`toolmix.load.lint`.
"""

from __future__ import annotations

from dataclasses import field
from typing import Annotated, Any, Literal, Union

from toolmix.model.base import Id, Markdown, NonNegNumber, OptText, Part, Ref, Slug, Text, part
from toolmix.model.conditions import Condition
from toolmix.model.constraints import N_, Bounds, ExactInt, OneOf
from toolmix.model.items import Group, Item
from toolmix.model.nodes import Node


@part
class BudgetFromAnswer(Part):
    answer: Ref


@part
class BudgetValue(Part):
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
        message=N_('expected {"answer": NUMBER_QUESTION} or {"value": HOURS}'),
    ),
]


@part
class ResultSettings(Part):
    min_score: int = 1
    budget: Budget | None = None
    subject: Ref | None = None


#: How many of its places a step waits for (``x-plan.after_count``): a whole number, at least 1.
Count = Annotated[int, Bounds(ge=1)]


@part
class KeptStep(Part):
    """An item's first step, and its hours, when an answer says the person already runs the place.

    ``x-plan.kept_steps`` (docs/tree-format.md): the same item can be a profile to
    write from scratch or one to check; when the multi question ``answer`` holds
    the option ``has``, the plan shows this shorter step with its own setting-up time.
    """

    answer: Ref
    has: Ref
    first_step: Text
    setup: NonNegNumber = 0


@part
class WithStep(Part):
    """An item's first step, and its hours, when the mix also picks one of ``with``.

    ``x-plan.with_steps`` (docs/tree-format.md): beside photos of children only with
    their parents' yes, Instagram's "post three photos that show what you do" becomes
    "post three photos of the place, the kit or the coaches". ``setup`` absent: the
    item's own hours.
    """

    with_: Annotated[list[Ref], Bounds(min_length=1)]
    first_step: Text
    setup: NonNegNumber | None = None


@part
class Lead(Part):
    """One ``x-plan.lead`` rule: when ``if`` holds, the picks among ``items`` lead week 1.

    The ticket page when the goal is filling events: it comes right after the
    essentials and the places the person runs, with the network it is shared on,
    before the other new places (a podcast listing, a Google listing), which wait
    for the hours left (docs/tree-format.md, *The plan's weeks*).
    """

    items: Annotated[list[Ref], Bounds(min_length=1)]
    if_: Condition


@part
class PlanSpec(Part):
    """toolmix's plan extension, ``x-plan`` (docs/tree-format.md): how the first steps are spread.

    ``setup`` gives the hours each item's first step takes, once; ``new`` lists the
    items whose first step starts a new place to keep up (a page, an account, a
    listing), as against tidying one the person runs or starting a habit; ``first``,
    the new places started before the others when picked, in its order (where
    people search for what you offer, say, before a network), and the essentials
    done first in their week (an item not in ``new``: replying within a day); ``kept``, the items
    whose first step tidies a place the person already runs, done before any new
    place is started; ``after``, for an item, the picks whose place its first step
    needs (asking for reviews needs the listing): it comes after the first of them
    to be set up; ``last``, the steps done last in their week, after every other
    step that fits (noting a name for a site built later); ``networks``, the places
    to post (a page, a profile, a group, new or kept): when the mix keeps none, the
    first new one is started ahead of ``first``; ``given``, the questions whose
    answer says who the person is (their kind of organisation, their country), which
    "What would change this plan" leaves out: no one can act on "if you were a
    dentist"; ``kept_steps``, for an item, the shorter first step (and its hours)
    when an answer says the person already runs it (:class:`KeptStep`); ``lead``, the
    picks an answer puts first in week 1 (:class:`Lead`); ``after_count``, for an
    item of ``after``, how many of its places it waits for (a scheduler: two);
    ``with_steps``, for an item, its first step when the mix also picks another
    (:class:`WithStep`, or a list of them: the first that holds); ``keep_running``, the
    picks whose routine goes on in a week given to a step (a market trader's *Where you'll
    be this week*: people only come if they know), named by that week's line. Other
    programs ignore it, as they ignore every ``x-`` key.
    """

    setup: dict[Ref, NonNegNumber] = field(default_factory=dict)
    new: list[Ref] = field(default_factory=list)
    first: list[Ref] = field(default_factory=list)
    kept: list[Ref] = field(default_factory=list)
    after: dict[Ref, list[Ref]] = field(default_factory=dict)
    last: list[Ref] = field(default_factory=list)
    networks: list[Ref] = field(default_factory=list)
    given: list[Ref] = field(default_factory=list)
    kept_steps: dict[Ref, KeptStep] = field(default_factory=dict)
    lead: list[Lead] = field(default_factory=list)
    after_count: dict[Ref, Count] = field(default_factory=dict)
    keep_running: list[Ref] = field(default_factory=list)
    with_steps: dict[Ref, WithStep | Annotated[list[WithStep], Bounds(min_length=1)]] = field(
        default_factory=dict
    )

    def with_steps_for(self, item: str) -> list[WithStep]:
        """The item's ``with_steps`` steps in the tree's order (one object is a list of one)."""
        steps = self.with_steps.get(item)
        return [] if steps is None else [steps] if isinstance(steps, WithStep) else list(steps)


@part
class Essential(Part):
    """One ``x-select`` essential: an item (or the first candidate of a group) kept when a few minutes over.

    It applies when ``if`` holds (absent: always) and, when ``with`` is given,
    when the mix picks at least one of those items (asking for reviews is
    essential beside a review listing).
    """

    item: Ref | None = None
    group: Ref | None = None
    if_: Condition | None = None
    with_: list[Ref] | None = None


@part
class LightForm(Part):
    """One ``x-select`` light form: ``light`` is ``item`` kept at less time a week.

    It makes room for an essential (the picked ``item`` becomes ``light``); with
    ``fill`` instead, it takes the place of an ``item`` the hours or the group left
    out, when ``light`` fits; ``if`` and ``with`` as for an essential.
    """

    item: Ref
    light: Ref
    if_: Condition | None = None
    with_: list[Ref] | None = None
    fill: bool = False


@part
class Need(Part):
    """One ``x-select`` need: ``item`` is picked only beside something it serves.

    Posting on fixed days needs somewhere to post: a pick of one of ``groups``,
    or one of the ``any`` items (or a light form standing for one). When the mix
    holds none, the item is not picked; ``because`` says why, in the person's
    words ("Nowhere to post yet: ..."), under *Ruled out*. ``count`` is how many
    such picks it needs: a scheduler saves time with two of the networks it can
    post to, and a network it cannot post to (Reddit, for Buffer) is not one.
    """

    item: Ref
    because: Text
    groups: list[Ref] = field(default_factory=list)
    any: list[Ref] = field(default_factory=list)
    count: Count = 1


@part
class SelectSpec(Part):
    """toolmix's selection extension, ``x-select`` (docs/tree-format.md, "Essentials and light forms").

    ``slack`` is how many hours an essential may miss the budget by and still take
    its place, by cutting: first a picked item to its light form (``light``, the
    lowest score first), then a pick in ``give_way`` (in its order). A tree
    without it is chosen exactly as the contract says; other programs ignore it.
    """

    slack: NonNegNumber = 0
    essential: list[Essential] = field(default_factory=list)
    light: list[LightForm] = field(default_factory=list)
    give_way: list[Ref] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)


@part
class Tree(Part):
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
    x_plan: PlanSpec | None = None
    x_select: SelectSpec | None = None
