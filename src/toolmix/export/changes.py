"""The export's "What would change this plan": the answers it rests on, and the hours table."""

from __future__ import annotations

from toolmix.engine.answer_words import answer_label
from toolmix.engine.selection import Mix
from toolmix.engine.sensitivity import effect_words, hours_leaving, hours_table, what_matters
from toolmix.engine.session import Session
from toolmix.engine.swaps import swap_words
from toolmix.load.loader import LoadedTree
from toolmix.text.i18n import _
from toolmix.text.markdown_escape import cell, inline
from toolmix.text.words import format_hours


def _italic(title: str) -> str:
    return f"*{inline(title)}*"


def _names(mix: Mix, ids: list[str]) -> str:
    return ", ".join(inline(mix.tree.items[i].name) for i in ids)


def section(loaded: LoadedTree, session: Session, mix: Mix) -> list[str]:
    """Markdown lines of the section, or none when no answer would change anything."""
    tree = loaded.tree
    matters = what_matters(loaded, session, mix)
    table = hours_table(loaded, session, mix)
    if not matters and not table:
        return []
    out = ["## " + _("What would change this plan"), ""]
    if matters:
        out += [_("The answers this plan rests on most:"), ""]
        for change in matters:
            q = change.question
            question = inline(getattr(tree.nodes[q], "text", q))
            answer = inline(answer_label(tree, q, change.alternative.answer))
            effect = _("With *{answer}*: {effect}.").format(
                answer=answer, effect=effect_words(change, inline, _italic)
            )
            out.append(f"- **{question}** {effect}")
        out.append("")
    if table:
        head = (_("hours a week"), _("would join"), _("would leave"))
        out += ["| {} | {} | {} |".format(*(cell(h) for h in head)), "|--:|---|---|"]
        for hours, change in table:
            # A twin swap once, in words, with what joins (not as a join and a leave).
            said = [_names(mix, change.plain_joins)] if change.plain_joins else []
            said += swap_words(tree, change.swaps, inline)
            joins = cell("; ".join(said)) if said else "—"
            leaves = cell(_names(mix, change.plain_leaves)) if change.plain_leaves else "—"
            out.append(f"| {format_hours(hours)} | {joins} | {leaves} |")
        out.append("")
        leaving = hours_leaving(table)  # tree text inside: each sentence escaped whole
        if leaving:
            out += [f"- {inline(why)}" for why in leaving] + [""]
    return out
