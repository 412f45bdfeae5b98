"""The Markdown export of a result: readable as plain text, rendered well by GitHub."""

from __future__ import annotations

import datetime as dt
from functools import reduce

from toolmix.engine.answer_words import answer_label
from toolmix.engine.plan import plan_markdown, why_not
from toolmix.engine.selection import Mix, Row
from toolmix.engine.swaps import ruled_out_to_list
from toolmix.export.graph import path_mermaid
from toolmix.model.nodes import ResultNode
from toolmix.text.i18n import _
from toolmix.text.markdown_escape import inline, quote_block


def _sentence(text: str) -> str:
    text = inline(text)
    return text if text.endswith((".", "!", "?")) else text + "."


def _why_line(row: Row) -> str:
    """A pick's reasons on one line: what speaks for it, then what speaks against it."""
    pro = [_sentence(r.text) for r in row.reasons if r.score >= 0 or r.kind == "require"]
    con = [_sentence(r.text) for r in row.reasons if r.score < 0 and r.kind != "require"]
    text = " ".join(pro)
    if con:
        text += (" " if text else "") + _("Though: {reasons}").format(reasons=" ".join(con))
    return text


def _url(url: str) -> str:
    # The loader allows only http(s) addresses; < and > would end the autolink.
    return url.replace("<", "%3C").replace(">", "%3E")


def _both(first: str, last: str) -> str:
    return _("{first} and {last}").format(first=first, last=last)


def _why(mix: Mix) -> list[str]:
    """One line per pick; picks with the very same reasons share a line."""
    merged: dict[str, list[Row]] = {}
    for row in mix.picked:
        merged.setdefault(_why_line(row), []).append(row)
    out: list[str] = []
    for text, rows in merged.items():
        names = reduce(_both, [f"**{inline(r.item.name)}**" for r in rows])
        costs = {r.item.cost for r in rows if r.item.cost}
        cost = (
            " " + _("Cost: {cost}").format(cost=_sentence(costs.pop())) if len(costs) == 1 else ""
        )
        links = "".join(f" <{_url(r.item.url)}>" for r in rows if r.item.url)
        out.append(f"- {names}: {text}{cost}{links}".rstrip())
    return out


def render(
    mix: Mix,
    *,
    today: dt.date | None = None,
    changes: list[str] | None = None,
    appendix: bool = True,
) -> str:
    """The whole export as Markdown text: the plan first, the reasons, then the record.

    ``changes`` is the section of :mod:`toolmix.export.changes`, placed after the
    reasons (it needs the loaded tree); ``appendix`` False leaves out the
    flowchart of the path."""
    tree = mix.tree
    day = (today or dt.date.today()).isoformat()
    node = tree.nodes[mix.result_node]
    assert isinstance(node, ResultNode)
    out: list[str] = [f"# {inline(mix.title)}", ""]
    out.append(
        _("From the tree *{title}* (`{id}`, version {version}), {day}.").format(
            title=inline(tree.title), id=tree.id, version=inline(tree.version), day=day
        )
    )
    out.append("")
    if node.body:
        out += [quote_block(node.body), ""]

    out += ["## " + _("Your plan"), ""]
    if not mix.picked:
        out += [_("Nothing fits these answers: no item scored high enough."), ""]
    else:
        out += [plan_markdown(mix, heading="###")]
        out += ["## " + _("Why each pick"), "", *_why(mix), ""]

    out += changes or []

    if mix.considered:
        out += ["## " + _("Also considered"), ""]
        for r in mix.considered:
            why = _("not picked: {why}.").format(why=inline(why_not(mix, r)))
            out.append(f"- **{inline(r.item.name)}**: {why}")
        out.append("")
    ruled_out = ruled_out_to_list(mix)
    if ruled_out:
        out += ["## " + _("Ruled out"), ""]
        for r in ruled_out:
            why = " ".join(inline(x.text) for x in r.reasons)
            out.append(f"- **{inline(r.item.name)}**: {why}".rstrip())
        out.append("")

    answered = [(n, mix.answers.get(n)) for n in mix.path]
    questions = [(n, v) for n, v in answered if v is not None]
    if questions:
        out += ["## " + _("Your answers"), ""]
        for i, (n, v) in enumerate(questions, 1):
            q = tree.nodes[n]
            text = getattr(q, "text", n)
            out.append(f"{i}. **{inline(text)}** {inline(answer_label(tree, n, v))}")
        out.append("")

    if not appendix:
        return "\n".join(out)
    labels = [answer_label(tree, n, v) for n, v in answered]
    out += [
        "## " + _("Appendix: the path you took"),
        "",
        "```mermaid",
        path_mermaid(tree, answered, labels).rstrip("\n"),
        "```",
        "",
    ]
    return "\n".join(out)


def render_plain(
    mix: Mix, *, today: dt.date | None = None, changes: list[str] | None = None
) -> str:
    """The export as plain lines, to be read aloud: ``toolmix ask``'s result on the terminal.

    No ``#`` or ``**``, tables as one sentence a row, and no flowchart (a
    diagram's source read aloud is noise; the answers list says the same).
    """
    from toolmix.text.markdown_plain import plain_text

    return plain_text(render(mix, today=today, changes=changes, appendix=False)) + "\n"
