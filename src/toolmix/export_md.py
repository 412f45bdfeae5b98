"""The Markdown export of a result: readable as plain text, rendered well by GitHub."""

from __future__ import annotations

import datetime as dt

from toolmix.graph import path_mermaid
from toolmix.markdown import cell, inline, quote_block
from toolmix.models import ResultNode
from toolmix.selection import Mix, Reason, Row, answer_label
from toolmix.session import format_hours


def _source(reason: Reason) -> str:
    src = reason.source
    if src.choice is None:
        return f"from the result *{inline(src.question)}*"
    return f"because you answered *{inline(src.answer)}* to *{inline(src.question)}*"


def _reason_line(reason: Reason) -> str:
    mark = {"require": " (required)", "exclude": " (ruled out)"}.get(reason.kind, "")
    score = f"{reason.score:+d}" if reason.score else "±0"
    return f"- {inline(reason.text)} — {_source(reason)} ({score}{mark})"


def _row_reasons(row: Row) -> list[str]:
    return [_reason_line(r) for r in row.reasons]


def render(mix: Mix, *, today: dt.date | None = None, changes: list[str] | None = None) -> str:
    """The whole export as Markdown text; ``changes`` is the section of
    :mod:`toolmix.export_changes`, placed after the time (it needs the loaded tree)."""
    tree = mix.tree
    day = (today or dt.date.today()).isoformat()
    node = tree.nodes[mix.result_node]
    assert isinstance(node, ResultNode)
    out: list[str] = [f"# {inline(mix.title)}", ""]
    out.append(
        f"From the tree *{inline(tree.title)}* (`{tree.id}`, version "
        f"{inline(tree.version)}), {day}."
    )
    out.append("")
    out.append(f"## {inline(node.title)}")
    out.append("")
    if node.body:
        out += [quote_block(node.body), ""]

    out += ["## Your mix", ""]
    if not mix.picked:
        out += ["Nothing fits these answers: no item scored high enough.", ""]
    else:
        out += ["| Item | Group | Score | Effort (h/week) | Cost |", "|---|---|--:|--:|---|"]
        for gid, rows in mix.by_group():
            for r in rows:
                req = " (required)" if r.required else ""
                out.append(
                    f"| {cell(r.item.name)}{req} | {cell(tree.groups[gid].title)} | "
                    f"{r.score} | {format_hours(r.item.effort)} | {cell(r.item.cost or '')} |"
                )
        out.append("")
        for gid, rows in mix.by_group():
            group = tree.groups[gid]
            out += [f"### {inline(group.title)}", ""]
            if group.description:
                out += [f"*{inline(group.description)}*", ""]
            for r in rows:
                out.append(f"#### {inline(r.item.name)}")
                out.append("")
                if r.item.summary:
                    out += [inline(r.item.summary, line_start=True), ""]
                if r.item.url:
                    url = r.item.url.replace("<", "%3C").replace(">", "%3E")
                    out += [f"<{url}>", ""]
                out += [*_row_reasons(r), ""]

    if mix.budget is not None:
        out += ["## Your time", ""]
        effort = mix.total_effort
        verdict = "within" if effort <= mix.budget + 1e-9 else "over"
        out += [
            f"The mix takes about **{format_hours(effort)} hours a week**, {verdict} the "
            f"**{format_hours(mix.budget)} hours** you have.",
            "",
        ]
        over = [r for r in mix.picked if r.required]
        if verdict == "over" and over:
            out += [
                "Required items count whatever the budget: "
                + ", ".join(inline(r.item.name) for r in over)
                + ".",
                "",
            ]

    out += changes or []
    if mix.considered:
        out += ["## Also considered", ""]
        for r in mix.considered:
            out.append(
                f"- **{inline(r.item.name)}** ({inline(tree.groups[r.group].title)}, "
                f"score {r.score}): not picked, {r.why_not}."
            )
            out += [f"  {line}" for line in _row_reasons(r)]
        out.append("")
    if mix.ruled_out:
        out += ["## Ruled out", ""]
        for r in mix.ruled_out:
            out.append(f"- **{inline(r.item.name)}**")
            out += [f"  {line}" for line in _row_reasons(r)]
        out.append("")

    walk = [(n, mix.answers.get(n)) for n in mix.path]
    questions = [(n, v) for n, v in walk if v is not None]
    if questions:
        out += ["## Your answers", ""]
        for i, (n, v) in enumerate(questions, 1):
            q = tree.nodes[n]
            text = getattr(q, "text", n)
            out.append(f"{i}. **{inline(text)}** {inline(answer_label(tree, n, v))}")
        out.append("")

    labels = [answer_label(tree, n, v) for n, v in walk]
    out += [
        "## Your path",
        "",
        "```mermaid",
        path_mermaid(tree, walk, labels).rstrip("\n"),
        "```",
        "",
    ]
    return "\n".join(out)
