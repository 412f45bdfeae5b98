"""What if, why not and compare as a person reads them (``--format md``): the same facts as the JSON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from toolmix.engine.answer_checks import AnswerValue
from toolmix.engine.answer_words import answer_label
from toolmix.engine.selection import Mix
from toolmix.model.tree import Tree
from toolmix.text.markdown import inline
from toolmix.text.words import hours_text

#: Two changes (question, answer) that bring an item in together, and the mix they make.
Pair = tuple[tuple[str, AnswerValue], tuple[str, AnswerValue], Mix]


def _question(tree: Tree, q: str) -> str:
    node = tree.nodes[q]
    return inline(getattr(node, "text", None) or q)


def _answer(tree: Tree, q: str, value: AnswerValue) -> str:
    return inline(answer_label(tree, q, value) or "(no answer)")


def _items(tree: Tree, ids: list[str]) -> str:
    return ", ".join(inline(tree.items[i].name) for i in ids) or "nothing"


def _hours(effort: float | None) -> str:
    return "" if effort is None else f"; {hours_text(effort, 'a week')}"


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
        out.append("There is no other answer to try here; give values with --what-if Q=V,V.")
    for alt in found["alternatives"]:
        out.append(f"- **{_answer(tree, q, alt['answer'])}**")
        out += _outcome(tree, alt)
    return "\n".join(out) + "\n"


def why_not_md(tree: Tree, found: dict[str, Any], pairs: Sequence[Pair] = ()) -> str:
    item = tree.items[found["item"]]
    status = {
        "picked": "It is in your mix.",
        "considered": {
            "group full": "It was considered, but that part of your mix is already full.",
            "over budget": "It was considered, but it needs more hours than are left.",
        }.get(found["why_not"] or "", "It was considered."),
        "ruled_out": "It was ruled out by one of your answers.",
        "not_candidate": "Your answers did not make it a candidate.",
    }[found["status"]]
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
                f"(plan: {_result(tree, mix.result_node)}{_hours(mix.effort)})"
            )
    else:
        out.append(
            "None of your answers, changed one or two at a time, would bring it in"
            + (": the reasons above are all it gets from them." if found["reasons"] else ".")
        )
    return "\n".join(out) + "\n"


def compare_md(tree: Tree, found: dict[str, Any], names: tuple[str, str]) -> str:
    a, b = found["a"], found["b"]
    out = [
        f"# {inline(names[0])} and {inline(names[1])}",
        "",
        f"- {inline(names[0])}: {_result(tree, a['result_node'])}{_hours(a['effort'])}",
        f"- {inline(names[1])}: {_result(tree, b['result_node'])}{_hours(b['effort'])}",
        "",
        f"Both: {_items(tree, found['both'])}.",
        f"Only {inline(names[0])}: {_items(tree, found['only_a'])}.",
        f"Only {inline(names[1])}: {_items(tree, found['only_b'])}.",
    ]
    if found["answers_differ"]:
        out.append(
            "Answers that differ: "
            + ", ".join(_question(tree, q) for q in found["answers_differ"])
            + "."
        )
    return "\n".join(out) + "\n"
