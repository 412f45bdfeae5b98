"""The result screen's words: the time line, what changed, what matters most, an item's reasons.

Split from :mod:`toolmix.tui.screens.result`, which lays them out. Pure: each
takes the mix (or the explorer) and returns styled, literal Content.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content

from toolmix.engine.explorer import Explorer
from toolmix.engine.selection import Mix, Reason
from toolmix.engine.sensitivity import effect_words
from toolmix.text.i18n import _
from toolmix.text.words import duration, hours_a_week
from toolmix.tui.safe import literal, literal_line
from toolmix.tui.wording import sentence


def budget_label(mix: Mix) -> Content:
    assert mix.budget is not None
    effort = mix.picked_effort
    over = effort > mix.budget + 1e-9
    words = (
        _("Time: about {hours} of your {budget} (required items go over)")
        if over
        else _("Time: about {hours} of your {budget}")
    )
    text = words.format(hours=duration(effort, estimate=True), budget=hours_a_week(mix.budget))
    return Content(text).stylize("$warning" if over else "")


def changes(mix: Mix, previous: Mix | None) -> Content:
    """What joined and left since the last result shown (nothing without one)."""
    if previous is None:
        return Content("")
    before = {r.item_id for r in previous.picked}
    now = {r.item_id for r in mix.picked}
    added = [r.item.name for r in mix.picked if r.item_id not in before]
    removed = [r.item.name for r in previous.picked if r.item_id not in now]
    if not added and not removed:
        return Content(_("Same mix as your last result.")).stylize("dim")
    parts: list[Content | str | tuple[str, str]] = [(_("Since your last result:") + " ", "bold")]
    for name in added:
        parts += [("+ ", "bold $success"), literal_line(name), "  "]
    for name in removed:
        parts += [("- ", "bold $error"), literal_line(name), "  "]
    return Content.assemble(*parts)


def matters(explorer: Explorer, keymap: Mapping[str, str]) -> list[tuple[Content, Content]]:
    """The answers the mix rests on most: each one's key, and its line."""
    rows = []
    for n, change in enumerate(explorer.matters, 1):
        key = keymap.get(f"result.matters{n}", str(n)).split(",")[0]
        answer = explorer.answer_text(change.question, change.alternative.answer)
        line = Content.assemble(
            literal_line(explorer.question_text(change.question)),
            sentence(
                "  " + _("with {answer}: {effect}"),
                "dim",
                answer=literal_line(answer, "italic"),
                effect=literal_line(effect_words(change), "dim"),
            ),
        )
        rows.append((Content.styled(f" {key} ", "bold $accent"), line))
    return rows


def reason_line(reason: Reason) -> Content:
    """One reason, and the answer it came from; no score (below)."""
    src = reason.source
    if src.choice is None:
        origin = sentence(
            "  " + _("from the result {question}"),
            "dim",
            question=literal_line(src.question, "dim italic"),
        )
    else:
        origin = sentence(
            "  " + _("because you answered “{answer}” to “{question}”"),
            "dim",
            answer=literal_line(src.answer, "italic"),
            question=literal_line(src.question, "dim italic"),
        )
    # No score: "+20" means nothing to the person the plan is for (newuser6
    # #4); the JSON result keeps them for authors. A reason against says so
    # in words, as the Markdown export's "Though:" does.
    marks = {"require": _("(required)"), "exclude": _("(ruled out)")}
    mark = " " + marks[reason.kind] if reason.kind in marks else ""
    if not mark and reason.score < 0:
        mark = " " + _("(against it)")
    return Content.assemble(("• ", "bold"), literal(reason.text), (mark, "dim"), "\n", origin)


def explore_keys(keymap: Mapping[str, str]) -> Content:
    """Under What matters most: the keys that try other answers, as the keymap has them."""

    def key(binding: str, default: str) -> str:
        return keymap.get(binding, default).split(",")[0]

    matters = ", ".join(key(f"result.matters{n}", str(n)) for n in (1, 2, 3))
    words = _(
        "Press {matters} to try that answer, {whatif} to try any other answer, "
        "{hours} for what other hours would change, {whynot} for why an item is in "
        "your mix or not."
    ).format(
        matters=matters,
        whatif=key("result.whatif", "w"),
        hours=key("result.hours", "h"),
        whynot=key("result.whynot", "n"),
    )
    return Content(words).stylize("dim")
