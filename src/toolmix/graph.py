"""The tree (or one walk through it) as a flowchart: Mermaid or Graphviz DOT.

Every label is escaped for its format, so tree text cannot change the diagram.
"""

from __future__ import annotations

from collections.abc import Sequence

from toolmix.models import (
    AllCond,
    AnsweredCond,
    AnyCond,
    Condition,
    HasAllCond,
    HasAnyCond,
    HasCond,
    InCond,
    InfoNode,
    IsCond,
    MultiNode,
    Next,
    Node,
    NotCond,
    NumberNode,
    RangeCond,
    ResultNode,
    SingleNode,
    Tree,
)
from toolmix.session import AnswerValue, format_number
from toolmix.text import clean, one_line

MAX_LABEL = 60


def describe(cond: Condition) -> str:
    """A condition in words: ``goal is community``."""
    if isinstance(cond, IsCond):
        return f"{cond.answer} is {cond.is_}"
    if isinstance(cond, InCond):
        return f"{cond.answer} in {', '.join(cond.in_)}"
    if isinstance(cond, HasCond):
        return f"{cond.answer} has {cond.has}"
    if isinstance(cond, HasAnyCond):
        return f"{cond.answer} has any of {', '.join(cond.has_any)}"
    if isinstance(cond, HasAllCond):
        return f"{cond.answer} has all of {', '.join(cond.has_all)}"
    if isinstance(cond, RangeCond):
        lo = f"{format_number(cond.min)} <= " if cond.min is not None else ""
        hi = f" < {format_number(cond.max)}" if cond.max is not None else ""
        return f"{lo}{cond.answer}{hi}"
    if isinstance(cond, AnsweredCond):
        return f"{cond.answered} answered"
    if isinstance(cond, AllCond):
        return " and ".join(f"({describe(c)})" for c in cond.all)
    if isinstance(cond, AnyCond):
        return " or ".join(f"({describe(c)})" for c in cond.any)
    if isinstance(cond, NotCond):
        return f"not ({describe(cond.not_)})"
    raise TypeError(cond)


def _short(text: str) -> str:
    text = one_line(clean(text))
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def node_label(node: Node) -> str:
    if isinstance(node, (InfoNode, ResultNode)):
        return _short(node.title)
    return _short(node.text)


def _mermaid_text(text: str) -> str:
    """Mermaid entity codes for anything that could close a label or a fence."""
    out = []
    for ch in _short(text):
        if ch in '"#<>`|[](){}':
            out.append(f"#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out)


def _dot_text(text: str) -> str:
    return _short(text).replace("\\", "\\\\").replace('"', '\\"')


def _edges(node_id: str, node: Node) -> list[tuple[str, str]]:
    """(target, label) for every way out of a node."""
    out: list[tuple[str, str]] = []

    def add(nxt: Next | None, label: str) -> None:
        if nxt is None:
            return
        if isinstance(nxt, str):
            out.append((nxt, label))
            return
        for route in nxt:
            cond = describe(route.if_) if route.if_ is not None else "otherwise"
            out.append((route.goto, f"{label}: {cond}" if label else cond))

    if isinstance(node, SingleNode):
        for opt in node.options:
            if opt.next is not None:
                add(opt.next, opt.label)
        others = [o.label for o in node.options if o.next is None]
        if node.next is not None and others:
            add(node.next, " / ".join(others) if len(others) <= 3 else "other answers")
    elif isinstance(node, NumberNode):
        for i, rng in enumerate(node.ranges):
            if rng.next is not None:
                add(rng.next, rng.label or f"range {i + 1}")
        add(node.next, "")
    elif isinstance(node, (MultiNode, InfoNode)):
        add(node.next, "")
    return out


def _mermaid_node(key: str, node: Node) -> str:
    label = _mermaid_text(node_label(node))
    if isinstance(node, ResultNode):
        return f'  {key}(["{label}"])'
    if isinstance(node, InfoNode):
        return f'  {key}[/"{label}"/]'
    return f'  {key}["{label}"]'


def tree_mermaid(tree: Tree) -> str:
    keys = {n: f"n{i}" for i, n in enumerate(tree.nodes)}
    lines = ["flowchart TD"]
    lines.extend(_mermaid_node(keys[n], node) for n, node in tree.nodes.items())
    for n, node in tree.nodes.items():
        for target, label in _edges(n, node):
            if target not in keys:
                continue
            arrow = f' -->|"{_mermaid_text(label)}"| ' if label else " --> "
            lines.append(f"  {keys[n]}{arrow}{keys[target]}")
    lines.append(f"  start((start)) --> {keys.get(tree.start, 'n0')}")
    return "\n".join(lines) + "\n"


def tree_dot(tree: Tree) -> str:
    keys = {n: f"n{i}" for i, n in enumerate(tree.nodes)}
    lines = [f'digraph "{_dot_text(tree.id)}" {{', "  rankdir=TB;", "  node [fontname=sans];"]
    for n, node in tree.nodes.items():
        shape = {"result": "doubleoctagon", "info": "note"}.get(node.type, "box")
        lines.append(f'  {keys[n]} [label="{_dot_text(node_label(node))}", shape={shape}];')
    for n, node in tree.nodes.items():
        for target, label in _edges(n, node):
            if target in keys:
                attr = f' [label="{_dot_text(label)}"]' if label else ""
                lines.append(f"  {keys[n]} -> {keys[target]}{attr};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def path_mermaid(
    tree: Tree, walk: Sequence[tuple[str, AnswerValue | None]], labels: Sequence[str]
) -> str:
    """One walk as a chain: each node, each edge labelled with the answer given."""
    lines = ["flowchart TD"]
    for i, (node_id, _value) in enumerate(walk):
        lines.append(_mermaid_node(f"s{i}", tree.nodes[node_id]))
    for i in range(len(walk) - 1):
        label = labels[i]
        arrow = f' -->|"{_mermaid_text(label)}"| ' if label else " --> "
        lines.append(f"  s{i}{arrow}s{i + 1}")
    return "\n".join(lines) + "\n"
