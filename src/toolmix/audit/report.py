"""The audit as an author reads it (Markdown) or a script does (JSON, EXPLORE.md exactly)."""

from __future__ import annotations

import json
from collections import Counter
from statistics import median

from toolmix.audit.advice import equivalent, preference, render_advice
from toolmix.audit.space import Audit
from toolmix.engine.outcome import Choice
from toolmix.model.nodes import MultiNode, NumberNode, SingleNode
from toolmix.model.tree import BudgetFromAnswer, Tree
from toolmix.text.i18n import N_, _, thousands
from toolmix.text.markdown_escape import cell, code, inline
from toolmix.text.words import duration, format_hours


def render_json(audit: Audit) -> str:
    return json.dumps(audit.as_dict(), indent=2) + "\n"


def _pct(count: int, total: int) -> str:
    if not total:
        return "0%"
    share = 100 * count / total
    return f"{share:.0f}%" if share >= 1 or count == 0 else "<1%"


def _item(tree: Tree, item_id: str) -> str:
    return f"{inline(tree.items[item_id].name)} ({code(item_id)})"


def _choice(tree: Tree, choice: Choice) -> str:
    node_id, option = choice
    node = tree.nodes[node_id]
    label = option or ""
    if isinstance(node, (SingleNode, MultiNode)):
        label = next((o.label for o in node.options if o.id == option), label)
    question: str = getattr(node, "text", None) or getattr(node, "title", None) or node_id
    return f"{inline(question)}: {inline(label)}" if label else inline(question)


def _list(lines: list[str]) -> list[str]:
    return [f"- {line}" for line in lines] if lines else ["- " + _("none")]


def _findings(audit: Audit, tree: Tree) -> list[str]:
    def question(q: str) -> str:
        return f"{inline(getattr(tree.nodes[q], 'text', q))} ({code(q)})"

    def option(q: str, o: str) -> str:
        node = tree.nodes[q]
        assert isinstance(node, (SingleNode, MultiNode))
        label = next(opt.label for opt in node.options if opt.id == o)
        return _("{option} ({id}) in {question}").format(
            option=inline(label), id=code(o), question=question(q)
        )

    out = ["## " + _("Findings"), ""]
    sections = [
        (N_("Items never picked"), [_item(tree, i) for i in audit.items_never_picked]),
        (N_("Items always picked"), [_item(tree, i) for i in audit.items_always_picked]),
        (N_("Results never reached"), [code(r) for r in audit.results_never_reached]),
        (
            N_("Questions whose answer never changes the result"),
            [question(q) for q in audit.questions_without_effect],
        ),
        (
            N_("Options whose choice never matters"),
            [option(q, o) for q, o in audit.options_without_effect],
        ),
        (
            N_("Groups whose limit is never reached"),
            [inline(tree.groups[g].title) + f" ({code(g)})" for g in audit.groups_never_full],
        ),
    ]
    for title, lines in sections:
        out += ["### " + _(title), "", *_list(lines), ""]
    return out


def _picked(audit: Audit, tree: Tree) -> list[str]:
    out = ["## " + _("How often each item is picked"), "", _("| item | picked | on which result |")]
    out.append("|---|---|---|")
    for item_id in tree.items:
        on = audit.spread.picked_on.get(item_id, Counter())
        count = sum(on.values())
        where = ", ".join(f"{cell(r)} {_pct(n, audit.walks)}" for r, n in on.most_common())
        out.append(f"| {_item(tree, item_id)} | {_pct(count, audit.walks)} | {where or '—'} |")
    return [*out, ""]


def _sizes(audit: Audit) -> list[str]:
    out = ["## " + _("Mix sizes"), "", _("| items picked | walks |"), "|---|---|"]
    for size in sorted(audit.spread.mix_sizes):
        n = audit.spread.mix_sizes[size]
        out.append(f"| {size} | {n} ({_pct(n, audit.walks)}) |")
    return [*out, ""]


def _band(tree: Tree, budget: float) -> tuple[int, str]:
    """The budget question's range holding a budget (its order and label), or the budget itself."""
    spec = tree.result.budget
    node = tree.nodes.get(spec.answer) if isinstance(spec, BudgetFromAnswer) else None
    if isinstance(node, NumberNode):
        found = node.range_for(budget)
        if found is not None:
            i, rng = found
            low = "" if rng.min is None else format_hours(rng.min)
            high = "" if rng.max is None else format_hours(rng.max)
            if low and high:
                bounds = _("{low} to under {high}").format(low=low, high=high)
            elif low:
                bounds = _("{low} or more").format(low=low)
            else:
                bounds = _("under {high}").format(high=high)
            return i, f"{bounds}: {inline(rng.label)}" if rng.label else bounds
    return -1, format_hours(budget)


def _hours(audit: Audit, tree: Tree) -> list[str]:
    bands: dict[tuple[int, str], list[float]] = {}
    for budget, used in audit.spread.effort_by_budget.items():
        bands.setdefault(_band(tree, budget), []).extend(used)
    if not bands:
        return []
    out = [
        "## " + _("Hours used, by budget band"),
        "",
        _("| budget (hours) | walks | least | median | most |"),
    ]
    out.append("|---|---|---|---|---|")
    for (_order, label), used in sorted(bands.items()):
        row = [label, str(len(used))]
        row += [format_hours(v) for v in (min(used), median(used), max(used))]
        out.append("| " + " | ".join(row) + " |")
    return [*out, ""]


def _ties(audit: Audit, tree: Tree) -> list[tuple[str, str, int]]:
    """Per item left out, the walks it lost a tie by catalogue order alone, and who won most."""
    lost: Counter[str] = Counter()
    winners: dict[str, Counter[str]] = {}
    advice = audit.spread.advice
    for (loser, winner), n in audit.spread.ties.items():
        if equivalent(advice, loser, winner) or preference(advice, winner, loser):
            continue  # equivalent, or settled by a tie rule the tree states in x-audit
        lost[loser] += n
        winners.setdefault(loser, Counter())[winner] += n
    return [
        (
            _item(tree, loser),
            ", ".join(_item(tree, w) for w, _times in winners[loser].most_common(3)),
            n,
        )
        for loser, n in lost.most_common()
    ]


def _stated_ties(audit: Audit) -> list[tuple[str, str, int]]:
    """Per tie rule the tree states (x-audit ``prefer``), the walks whose ties it settled."""
    advice = audit.spread.advice
    settled: Counter[str] = Counter()
    order: dict[str, str] = {}
    for (loser, winner), n in audit.spread.ties.items():
        rule = None if equivalent(advice, loser, winner) else preference(advice, winner, loser)
        if rule is not None:
            settled[rule.because] += n
            order[rule.because] = rule.words()
    return [(inline(because), inline(order[because]), n) for because, n in settled.most_common()]


def _counted(title: str, head: str, rows: list[tuple[str, str, int]], walks: int) -> list[str]:
    out = ["## " + title, ""]
    if not rows:
        return [*out, _("None."), ""]
    out += [head, "|---|---|---|"]
    out += [f"| {a} | {b} | {n} ({_pct(n, walks)}) |" for a, b, n in rows]
    return [*out, ""]


def render_markdown(audit: Audit, tree: Tree) -> str:
    s = audit.spread
    if audit.exhaustive:
        how = _("All {n} combinations of answers were walked.").format(n=thousands(audit.walks))
    else:
        how = _(
            "The tree has more combinations of answers than the limit, so "
            "{n} random walks were drawn (seed {seed})."
        ).format(n=thousands(audit.walks), seed=audit.seed)
    out = ["# " + _("Audit: {title}").format(title=inline(tree.title)), "", how, ""]
    out += _findings(audit, tree)
    if s.advice is not None:
        out += render_advice(s.advice)
    out += _picked(audit, tree) + _sizes(audit) + _hours(audit, tree)
    over = [(_item(tree, i), "", n) for i, n in s.required_over.most_common()]
    out += _counted(
        _("Required items that take more than the hours on their own"),
        _("| item | | walks |"),
        over,
        audit.walks,
    )
    if tree.x_select is not None:
        short = [(_item(tree, i), "", n) for i, n in s.essential_short.most_common()]
        title = _("Essentials left out that miss the hours by {time} or less (x-select)")
        time = duration(tree.x_select.slack)
        out += _counted(title.format(time=time), _("| item | | walks |"), short, audit.walks)
    out += _counted(
        _(
            "Ties settled by catalogue order (the item loses only because it comes later in the "
            "file; items declared equivalent, or ordered by a stated tie rule, in x-audit left out)"
        ),
        _("| item left out | most often picked instead, same score | walks |"),
        _ties(audit, tree),
        audit.walks,
    )
    if s.advice is not None and s.advice.roles.prefer:
        out += _counted(
            _("Ties settled by a tie rule the tree states (x-audit prefer)"),
            _("| the rule | its order | walks |"),
            _stated_ties(audit),
            audit.walks,
        )
    against = [(_item(tree, i), _choice(tree, c), n) for (i, c), n in s.against.most_common()]
    out += _counted(
        _("Items picked against a stated constraint (a negative score from the same walk)"),
        _("| item picked | penalised by | walks |"),
        against,
        audit.walks,
    )
    return "\n".join(out).rstrip("\n") + "\n"
