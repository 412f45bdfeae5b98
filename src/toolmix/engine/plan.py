"""The plan built from a mix: what to do this week, and what to keep doing every week.

Shared by the Markdown export and the result screen, so both say the same
thing in the same words. Pure: no I/O, no Textual.
"""

from __future__ import annotations

from toolmix.engine.selection import Mix, Row
from toolmix.model.nodes import ResultNode
from toolmix.model.record import record
from toolmix.text.markdown_escape import inline
from toolmix.text.words import hours_phrase, more_hours

_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


@record(frozen=True)
class PlanLine:
    """One line of the plan: the pick's name, what to do, and the hours it takes."""

    name: str
    text: str
    hours: float


def this_week(mix: Mix) -> list[PlanLine]:
    """Each pick's first step, in the order of the mix (picks without one are left out)."""
    return [
        PlanLine(name=r.item.name, text=r.item.first_step, hours=r.item.effort)
        for r in mix.picked
        if r.item.first_step
    ]


def every_week(mix: Mix) -> list[PlanLine]:
    """Every pick's routine with its hours, so the lines add up to the mix's hours."""
    return [
        PlanLine(name=r.item.name, text=r.item.routine or r.item.summary or "", hours=r.item.effort)
        for r in mix.picked
    ]


def why_not(mix: Mix, row: Row) -> str:
    """Why a considered item was not picked, in the person's words."""
    if row.why_not == "group full":
        same = [r.item.name for r in mix.picked if r.group == row.group]
        if not same:  # a limit of 0: the hours leave no room for this kind of thing
            return "at these hours the plan leaves this kind out"
        if len(same) == 1:
            return f"you already have {same[0]}, and one is enough here"
        count = _WORDS.get(len(same), str(len(same)))
        names = ", ".join(same[:-1]) + " and " + same[-1]
        return f"you already have {count} of this kind ({names})"
    if row.why_not == "over budget" and mix.budget is not None:
        left = max(mix.budget - mix.picked_effort, 0.0)
        need = row.item.effort - left
        return f"it needs {more_hours(need)} a week than your hours leave"
    return row.why_not or ""


def total_line(mix: Mix) -> str:
    """The plan's hours added up, against the hours the person has."""
    effort = mix.picked_effort
    if mix.budget is None:
        return f"In all: about {hours_phrase(effort)} a week."
    have = hours_phrase(mix.budget)
    if effort <= mix.budget + 1e-9:
        return f"In all: about {hours_phrase(effort)} a week, of the {have} you have."
    over = hours_phrase(effort - mix.budget)
    return (
        f"In all: about {hours_phrase(effort)} a week, {over} more than the {have} you have: "
        "what you need in any case comes first."
    )


def plan_markdown(mix: Mix, *, heading: str = "###") -> str:
    """*This week* and *Every week* as Markdown (all tree text escaped)."""
    out: list[str] = []
    steps = this_week(mix)
    if steps:
        out += [f"{heading} This week", ""]
        out += [f"{i}. **{inline(s.name)}**: {inline(s.text)}" for i, s in enumerate(steps, 1)]
        out.append("")
    routines = every_week(mix)
    if routines:
        out += [f"{heading} Every week", ""]
        for s in routines:
            text = f": {inline(s.text)}" if s.text else ""
            out.append(f"- **{inline(s.name)}** ({hours_phrase(s.hours)}){text}")
        out += ["", total_line(mix), ""]
    return "\n".join(out)


def result_text(mix: Mix) -> str:
    """The result node's own body, then the plan: what the result screen shows under "The plan"."""
    node = mix.tree.nodes[mix.result_node]
    body = node.body if isinstance(node, ResultNode) else None
    return "\n\n".join(t for t in (body, plan_markdown(mix)) if t)
