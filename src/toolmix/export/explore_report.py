"""What if, why not and compare as a person reads them (``--format md``): the same facts as the JSON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from toolmix.engine.answer_checks import AnswerValue
from toolmix.engine.answer_words import answer_label
from toolmix.engine.explore import Nearest, standing
from toolmix.engine.selection import Mix, choose
from toolmix.engine.session import Session
from toolmix.model.tree import Tree
from toolmix.text.markdown_escape import cell, inline
from toolmix.text.words import hours_a_week

#: Two changes (question, answer) that bring an item in together, and the mix they make.
Pair = tuple[tuple[str, AnswerValue], tuple[str, AnswerValue], Mix]


# _question, _result and _items give inline Markdown, literal and on one line with
# '|' escaped: ready for a table cell as they are (cell() again would escape twice).


def _question(tree: Tree, q: str) -> str:
    node = tree.nodes[q]
    return inline(getattr(node, "text", None) or q)


def _answer(tree: Tree, q: str, value: AnswerValue) -> str:
    return inline(answer_label(tree, q, value) or "(no answer)")


def _items(tree: Tree, ids: list[str]) -> str:
    return ", ".join(inline(tree.items[i].name) for i in ids) or "nothing"


def _hours(effort: float | None) -> str:
    return "" if effort is None else f"; {hours_a_week(effort)}"


def _result(tree: Tree, node: str) -> str:
    return inline(getattr(tree.nodes[node], "title", node))


def _outcome(tree: Tree, alt: dict[str, Any]) -> list[str]:
    if alt["needs"] is not None:
        lines = [f"  - you would first need to answer: {_question(tree, alt['needs'])}"]
    else:
        lines = [f"  - plan: {_result(tree, alt['result_node'])}{_hours(alt['effort'])}"]
        if alt["added"]:
            lines.append(f"  - in: {_items(tree, alt['added'])}")
        if alt["removed"]:
            lines.append(f"  - out: {_items(tree, alt['removed'])}")
        if not alt["added"] and not alt["removed"]:
            lines.append("  - the same mix")
    if alt["dropped"]:
        names = ", ".join(_question(tree, q) for q in alt["dropped"])
        lines.append(f"  - no longer asked: {names}")
    return lines


def what_if_md(tree: Tree, found: dict[str, Any]) -> str:
    q = found["question"]
    out = [
        f"# What if: {_question(tree, q)}",
        "",
        f"You answered: {_answer(tree, q, found['current'])}.",
        "",
    ]
    if not found["alternatives"]:
        kind = tree.nodes[q].type
        out.append(
            {
                "number": "There is no other answer to try here; give values with --what-if Q=V,V.",
                "text": "A written answer has no other answers to try.",
            }.get(kind, "No other answer is allowed here.")
        )
    for alt in found["alternatives"]:
        out.append(f"- **{_answer(tree, q, alt['answer'])}**")
        out += _outcome(tree, alt)
    return "\n".join(out) + "\n"


def _standing_words(status: str, why_not: str | None) -> str:
    """Where an item stands, in a sentence (EXPLORE.md's status and why_not)."""
    if status == "considered":
        return {
            "group full": "It was considered, but that part of your mix is already full.",
            "over budget": "It was considered, but it needs more hours than are left.",
        }.get(why_not or "", "It was considered.")
    return {
        "picked": "It is in your mix.",
        "ruled_out": "It was ruled out by one of your answers.",
        "not_candidate": "Your answers did not make it a candidate.",
    }[status]


def _because(tree: Tree, near: Nearest) -> str:
    """Why nothing brings an item in, from where it comes nearest (:func:`explore.nearest`)."""
    question, value, status, why, score = near
    if status == "ruled_out":
        return "one of your answers rules it out, and with any one of them changed it still is"
    if status == "not_candidate" and (score is None or score <= 0):
        return (
            "neither your answers nor any change of one of them gives it a reason to be in the mix"
        )
    needs = f"an item needs {tree.result.min_score} to be considered"
    if question is None or value is None:  # nearest as things stand
        if status == "considered":
            return "it is considered, but " + (
                "that part of the mix is already full"
                if why == "group full"
                else "it needs more hours than are left"
            )
        return f"your answers give it a score of {score}, and {needs}"
    where = f"at best, with {_question(tree, question)} → **{_answer(tree, question, value)}**"
    if status == "considered":
        return f"{where}, it would be considered, but " + (
            "that part of the mix would be full"
            if why == "group full"
            else "it would need more hours than are left"
        )
    return f"{where}, it would score {score}, and {needs}"


def why_not_md(
    tree: Tree, found: dict[str, Any], pairs: Sequence[Pair] = (), near: Nearest | None = None
) -> str:
    """``near``: where the item comes nearest the mix, said when no change brings it in."""
    item = tree.items[found["item"]]
    status = _standing_words(found["status"], found["why_not"])
    out = [f"# Why not {inline(item.name)}?", "", status, ""]
    if found["reasons"]:
        out += ["What your answers said about it:", ""]
        out += [f"- {inline(r)}" for r in found["reasons"]]
        out.append("")
    if found["status"] == "picked":
        return "\n".join(out).rstrip("\n") + "\n"
    if found["changes"]:
        out += ["Each of these changes, on its own, would bring it in:", ""]
        for c in found["changes"]:
            q = c["question"]
            out.append(
                f"- {_question(tree, q)} → **{_answer(tree, q, c['answer'])}** "
                f"(plan: {_result(tree, c['result_node'])}{_hours(c['effort'])})"
            )
    elif pairs:
        out += ["No single change would bring it in; two together would:", ""]
        for (q1, v1), (q2, v2), mix in pairs:
            out.append(
                f"- {_question(tree, q1)} → **{_answer(tree, q1, v1)}**, and "
                f"{_question(tree, q2)} → **{_answer(tree, q2, v2)}** "
                f"(plan: {_result(tree, mix.result_node)}{_hours(mix.budgeted_effort)})"
            )
    else:
        because = "" if near is None else f", because {_because(tree, near)}"
        out.append(
            f"None of your answers, changed one or two at a time, would bring it in{because}."
        )
    return "\n".join(out) + "\n"


def _side(mix: Mix, item: str) -> str:
    """One side of an item that differs: where it stands in that mix, and why."""
    status, why, _score, reasons = standing(mix.tree, mix, item)
    words = _standing_words(status, why)
    if status == "not_candidate" and not reasons:
        words = "No answer made it a candidate."
    return " ".join([words, *(inline(r) for r in reasons)])


def compare_md(
    tree: Tree, found: dict[str, Any], names: tuple[str, str], sessions: tuple[Session, Session]
) -> str:
    """The mixes side by side, the answers that differ, and why each differing item does."""
    a, b = found["a"], found["b"]
    na, nb = (cell(n) for n in names)
    out = [
        f"# Comparing {inline(names[0])} and {inline(names[1])}",
        "",
        f"| | {na} | {nb} |",
        "|---|---|---|",
        f"| Plan | {_result(tree, a['result_node'])} | {_result(tree, b['result_node'])} |",
    ]
    if a["effort"] is not None or b["effort"] is not None:
        hours = [hours_a_week(e) if e is not None else "—" for e in (a["effort"], b["effort"])]
        out.append(f"| Time | {hours[0]} | {hours[1]} |")
    for item in [*a["picked"], *found["only_b"]]:
        marks = ["in" if item in side["picked"] else "—" for side in (a, b)]
        out.append(f"| {cell(tree.items[item].name)} | {marks[0]} | {marks[1]} |")
    out.append("")
    if not found["answers_differ"]:
        out += ["The answers are the same.", ""]
    else:
        out += ["## Answers that differ", "", f"| Question | {na} | {nb} |", "|---|---|---|"]
        for q in found["answers_differ"]:
            shown = [
                cell(answer_label(tree, q, w.answers[q])) if q in w.answers else "(not asked)"
                for w in sessions
            ]
            out.append(f"| {_question(tree, q)} | {shown[0]} | {shown[1]} |")
        out.append("")
    differing = [(i, names[0]) for i in found["only_a"]] + [(i, names[1]) for i in found["only_b"]]
    if differing:
        out += ["## Why the mixes differ", ""]
        mixes = [choose(tree, w.answered_path()) for w in sessions]
        for item, only in differing:
            out.append(f"- **{inline(tree.items[item].name)}**, only with {inline(only)}:")
            for name, mix in zip(names, mixes, strict=True):
                out.append(f"  - {inline(name)}: {_side(mix, item)}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
