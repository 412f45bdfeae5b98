"""What if, why not and compare as a person reads them (``--format md``): the same facts as the JSON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from toolmix.engine.answer_checks import AnswerValue
from toolmix.engine.answer_words import answer_label
from toolmix.engine.explore import Nearest, standing
from toolmix.engine.plan import considered_sentence, considered_words, left_out_because
from toolmix.engine.selection import Mix, choose
from toolmix.engine.session import Session
from toolmix.engine.swaps import split, swap_words
from toolmix.model.tree import Tree
from toolmix.text.i18n import N_, _, pgettext
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
    return inline(answer_label(tree, q, value) or _("(no answer)"))


def _items(tree: Tree, ids: list[str]) -> str:
    return ", ".join(inline(tree.items[i].name) for i in ids) or _("nothing")


def _hours(effort: float | None) -> str:
    return "" if effort is None else f"; {hours_a_week(effort, estimate=True)}"


def _result(tree: Tree, node: str) -> str:
    return inline(getattr(tree.nodes[node], "title", node))


def _outcome(tree: Tree, alt: dict[str, Any]) -> list[str]:
    if alt["needs"] is not None:
        needs = _question(tree, alt["needs"])
        lines = ["  - " + _("you would first need to answer: {question}").format(question=needs)]
    else:
        plan = _result(tree, alt["result_node"]) + _hours(alt["effort"])
        lines = ["  - " + _("plan: {plan}").format(plan=plan)]
        # A pick swapped for its twin is said once, as the app says it (engine/swaps.py);
        # the JSON's added/removed keep naming both.
        added, removed, pairs = split(tree, alt["added"], alt["removed"])
        if added:
            lines.append("  - " + _("in: {items}").format(items=_items(tree, added)))
        if removed:
            lines.append("  - " + _("out: {items}").format(items=_items(tree, removed)))
        lines += ["  - " + words for words in swap_words(tree, pairs, inline)]
        if not alt["added"] and not alt["removed"]:
            lines.append("  - " + _("the same mix"))
    if alt["dropped"]:
        names = ", ".join(_question(tree, q) for q in alt["dropped"])
        lines.append("  - " + _("no longer asked: {questions}").format(questions=names))
    return lines


def what_if_md(tree: Tree, found: dict[str, Any]) -> str:
    q = found["question"]
    out = [
        "# " + _("What if: {question}").format(question=_question(tree, q)),
        "",
        _("You answered: {answer}.").format(answer=_answer(tree, q, found["current"])),
        "",
    ]
    if not found["alternatives"]:
        kind = tree.nodes[q].type
        if kind == "number":
            out.append(_("There is no other answer to try here; give values with --what-if Q=V,V."))
        elif kind == "text":
            out.append(_("A written answer has no other answers to try."))
        else:
            out.append(_("No other answer is allowed here."))
    for alt in found["alternatives"]:
        out.append(f"- **{_answer(tree, q, alt['answer'])}**")
        out += _outcome(tree, alt)
    return "\n".join(out) + "\n"


def _standing_words(status: str, mix: Mix, item: str) -> str:
    """Where an item stands in ``mix``, in a sentence (EXPLORE.md's status; for an item
    considered, why it was not picked in the words the plan's list uses)."""
    if status == "considered":
        said = considered_sentence(mix, item)
        return _("It was considered.") if said is None else inline(said)
    need = left_out_because(mix, item) if status == "ruled_out" else None
    if need is not None:  # left out by an x-select need, not by an answer: the need's words
        return inline(need)
    return {
        "picked": _("It is in your mix."),
        "ruled_out": _("It was ruled out by one of your answers."),
        "not_candidate": _("Your answers did not make it a candidate."),
    }[status]


def _because(tree: Tree, near: Nearest, now: Mix, item: str) -> str:
    """Why nothing brings an item in, from where it comes nearest (:func:`explore.nearest`)."""
    question, value, status, why, score = near
    if status == "ruled_out" and question is None and left_out_because(now, item):
        return _(
            "what it needs is not in your mix, and with any one of your answers changed it still is not"
        )
    if status == "ruled_out":
        return _("one of your answers rules it out, and with any one of them changed it still is")
    if status == "not_candidate" and (score is None or score <= 0):
        return _(
            "neither your answers nor any change of one of them gives it a reason to be in the mix"
        )
    need = tree.result.min_score
    if question is None or value is None:  # nearest as things stand
        if status == "considered":
            words = considered_words(now, item)
            if words is not None:
                return _("it is considered, but {why}").format(why=inline(words))
            return _("it is considered, but others scored higher")
        return _(
            "your answers give it a score of {score}, and an item needs {need} to be considered"
        ).format(score=score, need=need)
    q, a = _question(tree, question), _answer(tree, question, value)
    if status == "considered":
        if why == "group full":
            return _(
                "at best, with {question} → **{answer}**, it would be considered, "
                "but that part of the mix would be full"
            ).format(question=q, answer=a)
        return _(
            "at best, with {question} → **{answer}**, it would be considered, "
            "but it would need more hours than are left"
        ).format(question=q, answer=a)
    return _(
        "at best, with {question} → **{answer}**, it would score {score}, "
        "and an item needs {need} to be considered"
    ).format(question=q, answer=a, score=score, need=need)


#: One pair of changes, and one change with the answer to the question it opens.
PAIR = N_("{question} → **{answer}**, and {other} → **{other_answer}** (plan: {plan})")
FOLLOW_UP = N_(
    "{question} → **{answer}**; you would first need to answer: "
    "{other} → **{other_answer}** (plan: {plan})"
)


def _pair_lines(tree: Tree, pairs: Sequence[Pair], words: str) -> list[str]:
    out = []
    for (q1, v1), (q2, v2), mix in pairs:
        plan = _result(tree, mix.result_node) + _hours(mix.budgeted_effort)
        change = _(words).format(
            question=_question(tree, q1),
            answer=_answer(tree, q1, v1),
            other=_question(tree, q2),
            other_answer=_answer(tree, q2, v2),
            plan=plan,
        )
        out.append(f"- {change}")
    return out


def why_not_md(
    now: Mix,
    found: dict[str, Any],
    pairs: Sequence[Pair] = (),
    near: Nearest | None = None,
    follow_ups: Sequence[Pair] = (),
) -> str:
    """``now``: the mix asked about; ``near``: where the item comes nearest the mix, said
    when no change brings it in; ``follow_ups``: changes that need an answer first, each
    with that answer."""
    tree = now.tree
    item = tree.items[found["item"]]
    status = _standing_words(found["status"], now, found["item"])
    out = ["# " + _("Why not {item}?").format(item=inline(item.name)), "", status, ""]
    need = left_out_because(now, found["item"])
    reasons = [r for r in found["reasons"] if r != need]  # the need's words are said above
    if reasons:
        out += [_("What your answers said about it:"), ""]
        out += [f"- {inline(r)}" for r in reasons]
        out.append("")
    if found["status"] == "picked":
        return "\n".join(out).rstrip("\n") + "\n"
    if found["changes"]:
        out += [_("Each of these changes, on its own, would bring it in:"), ""]
        for c in found["changes"]:
            q = c["question"]
            plan = _result(tree, c["result_node"]) + _hours(c["effort"])
            change = _("{question} → **{answer}** (plan: {plan})").format(
                question=_question(tree, q), answer=_answer(tree, q, c["answer"]), plan=plan
            )
            out.append(f"- {change}")
    elif follow_ups or pairs:
        if follow_ups:
            out += [
                _(
                    "No single change would bring it in; one would, with an answer to the question it asks first:"
                ),
                "",
            ]
            out += _pair_lines(tree, follow_ups, FOLLOW_UP)
        if follow_ups and pairs:
            out.append("")
        if pairs:
            out += [_("No single change would bring it in; two together would:"), ""]
            out += _pair_lines(tree, pairs, PAIR)
    elif near is None:
        out.append(_("None of your answers, changed one or two at a time, would bring it in."))
    else:
        out.append(
            _(
                "None of your answers, changed one or two at a time, would bring it in, "
                "because {why}."
            ).format(why=_because(tree, near, now, found["item"]))
        )
    return "\n".join(out) + "\n"


def _side(mix: Mix, item: str) -> str:
    """One side of an item that differs: where it stands in that mix, and why."""
    status, _why, _score, reasons = standing(mix.tree, mix, item)
    words = _standing_words(status, mix, item)
    if status == "not_candidate" and not reasons:
        words = _("No answer made it a candidate.")
    need = left_out_because(mix, item)
    return " ".join([words, *(inline(r) for r in reasons if r != need)])


def compare_md(
    tree: Tree, found: dict[str, Any], names: tuple[str, str], sessions: tuple[Session, Session]
) -> str:
    """The mixes side by side, the answers that differ, and why each differing item does."""
    a, b = found["a"], found["b"]
    na, nb = (cell(n) for n in names)
    plan, time, question = _("Plan"), _("Time"), _("Question")
    out = [
        "# " + _("Comparing {a} and {b}").format(a=inline(names[0]), b=inline(names[1])),
        "",
        f"| | {na} | {nb} |",
        "|---|---|---|",
        f"| {plan} | {_result(tree, a['result_node'])} | {_result(tree, b['result_node'])} |",
    ]
    if a["effort"] is not None or b["effort"] is not None:
        hours = [
            hours_a_week(e, estimate=True) if e is not None else "—"
            for e in (a["effort"], b["effort"])
        ]
        out.append(f"| {time} | {hours[0]} | {hours[1]} |")
    for item in [*a["picked"], *found["only_b"]]:
        marks = [pgettext("in the mix", "in") if item in side["picked"] else "—" for side in (a, b)]
        out.append(f"| {cell(tree.items[item].name)} | {marks[0]} | {marks[1]} |")
    out.append("")
    if not found["answers_differ"]:
        out += [_("The answers are the same."), ""]
    else:
        head = f"| {question} | {na} | {nb} |"
        out += ["## " + _("Answers that differ"), "", head, "|---|---|---|"]
        for q in found["answers_differ"]:
            shown = [
                cell(answer_label(tree, q, w.answers[q])) if q in w.answers else _("(not asked)")
                for w in sessions
            ]
            out.append(f"| {_question(tree, q)} | {shown[0]} | {shown[1]} |")
        out.append("")
    differing = [(i, names[0]) for i in found["only_a"]] + [(i, names[1]) for i in found["only_b"]]
    if differing:
        out += ["## " + _("Why the mixes differ"), ""]
        mixes = [choose(tree, w.answered_path()) for w in sessions]
        for item, only in differing:
            name = inline(tree.items[item].name)
            out.append(
                "- " + _("**{item}**, only with {name}:").format(item=name, name=inline(only))
            )
            for name, mix in zip(names, mixes, strict=True):
                out.append(f"  - {inline(name)}: {_side(mix, item)}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
