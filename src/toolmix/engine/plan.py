"""The plan built from a mix: what to do this week, and what to keep doing every week.

Shared by the Markdown export and the result screen, so both say the same
thing in the same words. Pure: no I/O, no Textual.

The first steps are spread over time the way a practitioner would (a tree
says how long each step takes and which start something new in its
``x-plan``; docs/tree-format.md): this week holds at most one new place to
keep up, since a page, account or listing needs a few weeks of steady care
before the next one; other new places wait until month 2, one at a time. The
steps of this week fit the person's hours, setting up counted: a step that
would take the week past them waits until next week.
"""

from __future__ import annotations

from toolmix.engine.selection import Mix, Row
from toolmix.model.nodes import ResultNode
from toolmix.model.record import record
from toolmix.text.i18n import N_, _
from toolmix.text.markdown_escape import inline
from toolmix.text.words import and_list, hours_phrase, more_hours

_WORDS = {2: N_("two"), 3: N_("three"), 4: N_("four"), 5: N_("five"), 6: N_("six")}
#: At most this many new places are started in the first week.
NEW_IN_WEEK_ONE = 1
#: A first step of at most this many hours (six minutes) is quick: it goes first.
QUICK = 0.1
#: This week holds at most this many first steps, however many hours there are: more is a
#: setup marathon, and the rest keep a week.
WEEK_ONE_MAX = 5


@record(frozen=True)
class PlanLine:
    """One line of the plan: the pick's name, what to do, and the hours it takes.

    For a first step the hours are its setting up, once; for a routine, every week.
    """

    name: str
    text: str
    hours: float
    item: str = ""


@record(frozen=True)
class FirstSteps:
    """Each pick's first step, in the week it is done."""

    this_week: list[PlanLine]
    next_week: list[PlanLine]
    month_two: list[PlanLine]

    @property
    def setup(self) -> float:
        """The hours this week's steps take."""
        return round(sum(s.hours for s in self.this_week), 6)


def _new_in_order(mix: Mix) -> list[str]:
    """The picks that start a new place, in the order to start them.

    Those the tree's ``first`` names lead, in its order; the rest follow in the
    order of the mix (which puts what the person said first).
    """
    spec = mix.tree.x_plan
    if spec is None:
        return []
    new = set(spec.new)
    picked = [r.item_id for r in mix.picked if r.item_id in new and r.item.first_step]
    rank = {item: i for i, item in enumerate(spec.first)}
    return sorted(picked, key=lambda i: rank.get(i, len(rank)))  # stable: mix order after


def first_steps(mix: Mix) -> FirstSteps:
    """Each pick's first step (picks without one left out), spread over the weeks.

    This week's hours go first to the quick steps (a few minutes each: turning on
    notifications, choosing posting days), then to the places the person already
    runs (required picks), then to the one new place, then to the other steps in
    the order of the mix; a step that does not fit, or comes after this week's
    five, waits until next week. Each week's list keeps the order of the mix.
    """
    setup = mix.tree.x_plan.setup if mix.tree.x_plan is not None else {}
    new = _new_in_order(mix)
    starting = set(new[:NEW_IN_WEEK_ONE])
    lines = {
        r.item_id: PlanLine(
            name=r.item.name, text=r.item.first_step, hours=setup.get(r.item_id, 0), item=r.item_id
        )
        for r in mix.picked
        if r.item.first_step
    }
    soon = [i for i in lines if i not in new or i in starting]
    required = {r.item_id for r in mix.picked if r.required}
    quick = [i for i in soon if lines[i].hours <= QUICK + 1e-9]
    # What the person already runs is required: a new place may wait for it, never the reverse.
    rest = [i for i in soon if i in required and i not in new and i not in quick]
    rest += [i for i in soon if i in starting and i not in quick]
    rest += [i for i in soon if i not in quick and i not in rest]
    done: set[str] = set()
    used = 0.0
    for i in quick + rest:
        if mix.tree.x_plan is not None and len(done) >= WEEK_ONE_MAX:
            break  # a tree without x-plan shows every first step this week, as before
        if mix.budget is None or used + lines[i].hours <= mix.budget + 1e-9:
            done.add(i)
            used += lines[i].hours
    return FirstSteps(
        this_week=[lines[i] for i in soon if i in done],
        next_week=[lines[i] for i in soon if i not in done],
        month_two=[lines[i] for i in new if i not in starting],
    )


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
        same = [r.item.name for r in mix.picked if r.group == row.group]
        if not same:  # a limit of 0: the hours leave no room for this kind of thing
            return _("at these hours the plan leaves this kind out")
        if len(same) == 1:
            return _("you already have {name}, and one is enough here").format(name=same[0])
        count = _(_WORDS[len(same)]) if len(same) in _WORDS else str(len(same))
        return _("you already have {count} of this kind ({names})").format(
            count=count, names=and_list(same)
        )
    if row.why_not == "over budget" and mix.budget is not None:
        left = max(mix.budget - mix.picked_effort, 0.0)
        need = row.item.effort - left
        return _("it needs {more} a week than your hours leave").format(more=more_hours(need))
    return row.why_not or ""


def total_line(mix: Mix) -> str:
    """The plan's hours added up, against the hours the person has."""
    hours = hours_phrase(mix.picked_effort)
    if mix.budget is None:
        return _("In all: about {hours} a week.").format(hours=hours)
    have = hours_phrase(mix.budget)
    if mix.picked_effort <= mix.budget + 1e-9:
        return _("In all: about {hours} a week, of the {have} you have.").format(
            hours=hours, have=have
        )
    over = hours_phrase(mix.picked_effort - mix.budget)
    return _(
        "In all: about {hours} a week, {over} more than the {have} you have: "
        "what you need in any case comes first."
    ).format(hours=hours, over=over, have=have)


def setup_line(mix: Mix, steps: FirstSteps) -> str:
    """How long this week's steps take, against the hours: said only when the tree sizes them."""
    if mix.tree.x_plan is None or not steps.setup:
        return ""
    took = hours_phrase(steps.setup)
    if mix.budget is None:
        return _("These take about {took}; routines start next week.").format(took=took)
    return _("These take about {took} of your {have}; routines start next week.").format(
        took=took, have=hours_phrase(mix.budget)
    )


def _numbered(lines: list[PlanLine]) -> list[str]:
    return [f"{i}. **{inline(s.name)}**: {inline(s.text)}" for i, s in enumerate(lines, 1)]


def plan_markdown(mix: Mix, *, heading: str = "###") -> str:
    """*This week*, *Next week*, *From month 2* and *Every week* as Markdown (tree text escaped).

    This week's time goes to the first steps, so the routines start next week.
    """
    out: list[str] = []
    steps = first_steps(mix)
    if steps.this_week:
        out += [heading + " " + _("This week"), "", *_numbered(steps.this_week)]
        said = setup_line(mix, steps)
        out += ["", said, ""] if said else [""]
    if steps.next_week:
        out += [heading + " " + _("Next week"), ""]
        out += [*_numbered(steps.next_week), ""]
    if steps.month_two:
        month_two = heading + " " + _("From month 2, one a month")
        out += [month_two, "", *_numbered(steps.month_two), ""]
    routines = every_week(mix)
    if routines:
        later = {s.item for s in steps.month_two}
        out += [heading + " " + _("Every week"), ""]
        for s in routines:
            hours = hours_phrase(s.hours)
            if s.item in later:
                hours = _("{hours} from month 2").format(hours=hours)
            text = f": {inline(s.text)}" if s.text else ""
            out.append(f"- **{inline(s.name)}** ({hours}){text}")
        out += ["", total_line(mix), ""]
    return "\n".join(out)


def result_text(mix: Mix) -> str:
    """The result node's own body, then the plan: what the result screen shows under "The plan"."""
    node = mix.tree.nodes[mix.result_node]
    body = node.body if isinstance(node, ResultNode) else None
    return "\n\n".join(t for t in (body, plan_markdown(mix)) if t)
