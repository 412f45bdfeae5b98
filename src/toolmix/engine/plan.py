"""The plan built from a mix: what to do this week, and what to keep doing every week.

Shared by the Markdown export and the result screen, so both say the same
thing in the same words. Pure: no I/O, no Textual. Which week each first step
falls in is worked out in :mod:`toolmix.engine.plan_weeks`.
"""

from __future__ import annotations

from toolmix.engine.plan_later_weeks import weeks_of
from toolmix.engine.plan_weeks import (
    NEW_IN_WEEK_ONE,
    QUICK,
    WEEK_ONE_MAX,
    WEEK_ONE_STEPS,
    FirstSteps,
    PlanLine,
    first_steps,
)
from toolmix.engine.selection import Mix, Row
from toolmix.model.nodes import ResultNode
from toolmix.text.i18n import N_, _
from toolmix.text.markdown_escape import inline
from toolmix.text.words import and_list, hours_phrase, more_hours

__all__ = [
    "NEW_IN_WEEK_ONE",
    "QUICK",
    "WEEK_ONE_MAX",
    "WEEK_ONE_STEPS",
    "FirstSteps",
    "PlanLine",
    "first_steps",
]

_WORDS = {
    1: N_("one"),
    2: N_("two"),
    3: N_("three"),
    4: N_("four"),
    5: N_("five"),
    6: N_("six"),
}


def count_word(count: int) -> str:
    """A small count in words ("two"), a larger one in figures."""
    return _(_WORDS[count]) if count in _WORDS else str(count)


def this_week(mix: Mix) -> list[PlanLine]:
    """The first steps done this week, in the order of the mix."""
    return first_steps(mix).this_week


def every_week(mix: Mix) -> list[PlanLine]:
    """Every pick's routine with its hours, so the lines add up to the mix's hours."""
    return [
        PlanLine(
            name=r.item.name,
            text=r.item.routine or r.item.summary or "",
            hours=r.item.effort,
            item=r.item_id,
        )
        for r in mix.picked
    ]


def why_not(mix: Mix, row: Row) -> str:
    """Why a considered item was not picked, in the person's words."""
    if row.why_not == "group full":
        return _group_full(mix, row)
    if row.why_not == "over budget" and mix.budget is not None:
        left = max(mix.budget - mix.picked_effort, 0.0)
        need = row.item.effort - left
        return _("it needs {more} a week than your hours leave").format(more=more_hours(need))
    return row.why_not or ""


def considered_words(mix: Mix, item: str) -> str | None:
    """Why ``item``, considered in ``mix``, was not picked, in :func:`why_not`'s words;
    None when it is not considered there or no reason is kept."""
    row = next((r for r in mix.considered if r.item_id == item), None)
    return (why_not(mix, row) or None) if row is not None and row.why_not else None


def considered_sentence(mix: Mix, item: str) -> str | None:
    """:func:`considered_words` as the sentence of where the item stands: "It was
    considered, but it needs 1 hour more a week than your hours leave."."""
    why = considered_words(mix, item)
    return None if why is None else _("It was considered, but {why}.").format(why=why)


def left_out_because(mix: Mix, item: str) -> str | None:
    """For an item an ``x-select`` need left out of ``mix`` (nothing it serves is there,
    docs/tree-format.md): the need's ``because``, the tree's words for why; else None.

    Such an item is listed as ruled out, but no answer ruled it out: "Nowhere to post
    yet: posting on fixed days comes with a page, a group, a channel or a newsletter".
    """
    spec = mix.tree.x_select
    row = next((r for r in mix.ruled_out if r.item_id == item), None)
    if spec is None or row is None:
        return None
    said = {r.text for r in row.reasons}
    return next((n.because for n in spec.needs if n.item == item and n.because in said), None)


def _group_full(mix: Mix, row: Row) -> str:
    """The group's rule, said from the group itself: its items may do different jobs.

    Not "one is enough": Linktree is not enough because the plan has Buffer.
    """
    same = [r.item.name for r in mix.picked if r.group == row.group]
    if not same:  # a limit of 0: the hours leave no room for this kind of thing
        return _("at these hours the plan leaves this kind out")
    return _("{rule}, and has {names}").format(
        rule=group_rule(mix, row.group, len(same)), names=and_list(same)
    )


def group_rule(mix: Mix, group: str, count: int) -> str:
    """The one wording of a full group's rule, for why not and for why a pick would
    leave: "the plan takes one of “Helpers” at a time" (``count``: how many of the
    group the plan has, which is as many as it takes). The group's title is in the
    person's language (the tree's side file)."""
    title = mix.tree.groups[group].title
    if count == 1:
        return _("the plan takes one of “{group}” at a time").format(group=title)
    return _("the plan takes {count} of “{group}” at a time").format(
        count=count_word(count), group=title
    )


def total_line(mix: Mix) -> str:
    """The plan's hours added up, against the hours the person has."""
    hours = hours_phrase(mix.picked_effort, estimate=True)
    if mix.budget is None:
        return _("In all: about {hours} a week.").format(hours=hours)
    have = hours_phrase(mix.budget)
    if mix.picked_effort <= mix.budget + 1e-9:
        return _("In all: about {hours} a week, of the {have} you have.").format(
            hours=hours, have=have
        )
    over = hours_phrase(mix.picked_effort - mix.budget, estimate=True)
    return _(
        "In all: about {hours} a week, {over} more than the {have} you have: "
        "what you need in any case comes first."
    ).format(hours=hours, over=over, have=have)


def setup_line(mix: Mix, steps: FirstSteps) -> str:
    """How long this week's steps take, against the hours: said only when the tree sizes them."""
    if mix.tree.x_plan is None or not steps.setup:
        return ""
    took = hours_phrase(steps.setup, estimate=True)
    if mix.budget is None:
        return _("These take about {took}; routines start next week.").format(took=took)
    return _("These take about {took} of your {have}; routines start next week.").format(
        took=took, have=hours_phrase(mix.budget)
    )


def week_title(number: int) -> str:
    """A week's heading: "Next week" for week 2, "In two weeks" for week 3, ..."""
    if number == 2:
        return _("Next week")
    return _("In {count} weeks").format(count=count_word(number - 1))


def week_line(mix: Mix, steps: FirstSteps, number: int) -> str:
    """For a week given to a step the routines cannot make room for, what they get.

    The steps after it that fit the hours with it join it ("These take ...").

    Every other week after the first fits beside the routines running, and says
    nothing more: the plan is read more easily without a sum under each week.
    """
    if mix.budget is None or number not in steps.paused:
        return ""
    took = sum(s.hours for s in steps.week(number))
    words = {"took": hours_phrase(took, estimate=True), "have": hours_phrase(mix.budget)}
    words["but"] = _but_still(mix, steps, number)
    if took > mix.budget + 1e-9:
        count = count_word(weeks_of(took, mix.budget))
        return _(
            "This takes about {took}, more than your {have} a week: give it {count} weeks, and "
            "let the routines wait until it is done {but}."
        ).format(count=count, **words)
    many = len(steps.week(number)) > 1  # the steps that joined the week given to the first
    if took > mix.budget - 1 / 60:
        if many:
            return _(
                "These take about {took}, all of your {have}: let the routines wait that week {but}."
            ).format(**words)
        return _(
            "This takes about {took}, all of your {have}: let the routines wait that week {but}."
        ).format(**words)
    left = hours_phrase(mix.budget - took, estimate=True)
    if many:
        return _(
            "These take about {took} of your {have}: that week the routines get the {left} left."
        ).format(left=left, **words)
    return _(
        "This takes about {took} of your {have}: that week the routines get the {left} left."
    ).format(left=left, **words)


def _but_still(mix: Mix, steps: FirstSteps, number: int) -> str:
    """What goes on in a week the routines wait: messages, and the running routines the tree
    says must not wait (``x-plan.keep_running``: a trader's *Where you'll be this week*)."""
    keep = mix.tree.x_plan.keep_running if mix.tree.x_plan else []
    going = [
        r.item.name for r in mix.picked if r.item_id in keep and steps.runs_by(r.item_id, number)
    ]
    if not going:
        return _("(but still answer messages)")
    names = and_list([f"*{inline(name)}*" for name in going])
    return _("(but keep up {names}, and still answer messages)").format(names=names)


def _numbered(lines: list[PlanLine]) -> list[str]:
    return [f"{i}. **{inline(s.name)}**: {inline(s.text)}" for i, s in enumerate(lines, 1)]


def _by_month(lines: list[PlanLine]) -> list[str]:
    """One numbered line a month; a step that needs that month's place follows it, indented."""
    out: list[str] = []
    number, month = 0, -1
    for s in lines:
        if s.month == month:
            step = _("then {name}: {text}").format(
                name=f"**{inline(s.name)}**", text=inline(s.text)
            )
            out.append(f"   - {step}")
            continue
        number, month = number + 1, s.month
        out.append(f"{number}. **{inline(s.name)}**: {inline(s.text)}")
    return out


def plan_markdown(mix: Mix, *, heading: str = "###") -> str:
    """*This week*, *Next week* (and *In two weeks*, ...), *From month 2* and *Every week* as
    Markdown (tree text escaped).

    This week's time goes to the first steps, so the routines start next week.
    """
    steps = first_steps(mix)
    parts = (
        steps_markdown(mix, steps, heading=heading),
        routines_markdown(mix, steps, heading=heading),
    )
    return "\n".join(t for t in parts if t)


def steps_markdown(mix: Mix, steps: FirstSteps, *, heading: str = "###") -> str:
    """The first steps: *This week*, *Next week* and the weeks after, *From month 2* (the
    result screen's left half). A week given to a step the routines leave no room for says so."""
    out: list[str] = []
    if steps.this_week:
        out += [heading + " " + _("This week"), "", *_numbered(steps.this_week)]
        said = setup_line(mix, steps)
        out += ["", said, ""] if said else [""]
    for number in range(2, steps.weeks + 1):
        if steps.week(number):
            out += [heading + " " + week_title(number), "", *_numbered(steps.week(number)), ""]
            said = week_line(mix, steps, number)
            out += [said, ""] if said else []
    if steps.month_two:
        month_two = heading + " " + _("From month 2: start one new place a month")
        out += [month_two, "", *_by_month(steps.month_two), ""]
    return "\n".join(out)


def routines_markdown(mix: Mix, steps: FirstSteps, *, heading: str = "###") -> str:
    """*Every week*: each pick's routine with its hours, then the hours added up."""
    out: list[str] = []
    routines = every_week(mix)
    if routines:
        later = {s.item: s.month for s in steps.month_two}
        out += [heading + " " + _("Every week"), ""]
        for s in routines:
            hours = hours_phrase(s.hours)
            if later.get(s.item) == 2:
                hours = _("{hours} from month 2").format(hours=hours)
            elif s.item in later:
                hours = _("{hours} from month {month}").format(hours=hours, month=later[s.item])
            text = f": {inline(s.text)}" if s.text else ""
            out.append(f"- **{inline(s.name)}** ({hours}){text}")
        out += ["", total_line(mix), ""]
    return "\n".join(out)


def result_body(mix: Mix) -> str | None:
    """The result node's own body: the words that frame the plan (Markdown, tree text)."""
    node = mix.tree.nodes[mix.result_node]
    return node.body if isinstance(node, ResultNode) else None
