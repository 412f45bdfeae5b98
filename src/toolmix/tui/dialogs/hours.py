"""What another hour buys: the budget one hour less to three more, and what would join or leave.

A small table drawn from the engine's hours table (the same one the Markdown
export ends its "What would change this plan" with); nothing is changed here.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content

from toolmix.engine.explorer import Explorer
from toolmix.engine.swaps import swap_words
from toolmix.text.i18n import N_, _
from toolmix.text.words import format_hours, hours_a_week
from toolmix.tui.dialogs.dialog import InfoDialog
from toolmix.tui.safe import literal_line


def hours_table(explorer: Explorer) -> Content:
    """One line a budget: the hours, then what would join (+) and leave (-), or no change;
    then why each that leaves would leave (another of its group takes its place, say)."""
    budget = explorer.now.budget
    rows = [(hours, change) for hours, change in explorer.hours]
    hours_head = _("hours")
    width = max([len(hours_head)] + [len(format_hours(h)) for h, _change in rows])
    lines = [Content(f"{hours_head:>{width}}  " + _("what would change")).stylize("bold")]
    for hours, change in rows:
        parts: list[Content | tuple[str, str] | str] = [
            (f"{format_hours(hours):>{width}}  ", "bold")
        ]
        said = []
        if change.plain_joins:
            joins = _names(explorer, change.plain_joins)
            said.append(Content.assemble(("+ ", "bold $success"), joins))
        if change.plain_leaves:
            leaves = _names(explorer, change.plain_leaves)
            said.append(Content.assemble(("- ", "bold $error"), leaves))
        # A twin swap once, as What if says it (=), not as a join and a leave.
        said += [
            Content.assemble(("= ", "bold $accent"), literal_line(words))
            for words in swap_words(explorer.tree, change.swaps)
        ]
        parts.append(
            Content("  ").join(said) if said else Content(_("the same mix")).stylize("dim")
        )
        lines.append(Content.assemble(*parts))
    lines += [literal_line(why, "dim") for why in explorer.hours_leaving]
    if budget is not None:
        lines.append(
            Content(_("Now: {budget}.").format(budget=hours_a_week(budget))).stylize("dim")
        )
    return Content("\n").join(lines)


def _names(explorer: Explorer, ids: list[str]) -> Content:
    return Content(", ").join(literal_line(n) for n in explorer.item_names(ids))


class HoursDialog(InfoDialog):
    """The hours table over the result; Escape (or its own key again) closes it."""

    box_id = "hours"
    heading = N_("What another hour buys")
    body_id = "hours-table"

    BINDINGS = [Binding("escape", "close", N_("Close"), id="hours.close")]

    def __init__(self, explorer: Explorer) -> None:
        super().__init__()
        self.explorer = explorer

    def body(self) -> Content:
        return hours_table(self.explorer)
