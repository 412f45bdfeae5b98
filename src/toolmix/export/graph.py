"""The tree (or one walk through it) as a flowchart: Mermaid or Graphviz DOT.

Every label is escaped for its format, so tree text cannot change the diagram.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from toolmix.engine.answer_checks import AnswerValue
from toolmix.model.conditions import (
    AllCond,
    AnsweredCond,
    AnyCond,
    Condition,
    HasAllCond,
    HasAnyCond,
    HasCond,
    InCond,
    IsCond,
    NotCond,
    RangeCond,
)
from toolmix.model.nodes import (
    InfoNode,
    MultiNode,
    Next,
    Node,
    NumberNode,
    ResultNode,
    SingleNode,
    TextNode,
)
from toolmix.model.tree import Tree
from toolmix.text.clean import clean, one_line
from toolmix.text.i18n import _, ngettext, pgettext
from toolmix.text.words import format_number

MAX_LABEL = 60


def describe(cond: Condition) -> str:
    """A condition in words: ``goal is community`` (``goal es community`` in Spanish).

    The ids are the tree's syntax and stay as written; the words between them are the app's.
    """
    # TRANSLATORS: the graph's conditions; {answer} is a question's id, {value} an option's id.
    if isinstance(cond, IsCond):
        return _("{answer} is {value}").format(answer=cond.answer, value=cond.is_)
    if isinstance(cond, InCond):
        return _("{answer} in {values}").format(answer=cond.answer, values=", ".join(cond.in_))
    if isinstance(cond, HasCond):
        return _("{answer} has {value}").format(answer=cond.answer, value=cond.has)
    if isinstance(cond, HasAnyCond):
        values = ", ".join(cond.has_any)
        return _("{answer} has any of {values}").format(answer=cond.answer, values=values)
    if isinstance(cond, HasAllCond):
        values = ", ".join(cond.has_all)
        return _("{answer} has all of {values}").format(answer=cond.answer, values=values)
    if isinstance(cond, RangeCond):
        lo = f"{format_number(cond.min)} <= " if cond.min is not None else ""
        hi = f" < {format_number(cond.max)}" if cond.max is not None else ""
        return f"{lo}{cond.answer}{hi}"
    if isinstance(cond, AnsweredCond):
        return _("{answer} answered").format(answer=cond.answered)
    if isinstance(cond, AllCond):
        joined = " " + pgettext("conditions", "and") + " "
        return joined.join(f"({describe(c)})" for c in cond.all)
    if isinstance(cond, AnyCond):
        joined = " " + pgettext("conditions", "or") + " "
        return joined.join(f"({describe(c)})" for c in cond.any)
    if isinstance(cond, NotCond):
        return _("not ({condition})").format(condition=describe(cond.not_))
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


def edges(node: Node) -> list[tuple[str, str]]:
    """(target, label) for every way out of a node, in the order the tree gives them."""
    out: list[tuple[str, str]] = []

    def add(nxt: Next | None, label: str) -> None:
        if nxt is None:
            return
        if isinstance(nxt, str):
            out.append((nxt, label))
            return
        for route in nxt:
            # TRANSLATORS: the graph's label of a route taken when no other route's condition holds.
            cond = describe(route.if_) if route.if_ is not None else _("otherwise")
            out.append((route.goto, f"{label}: {cond}" if label else cond))

    if isinstance(node, SingleNode):
        for opt in node.options:
            if opt.next is not None:
                add(opt.next, opt.label)
        others = [o.label for o in node.options if o.next is None]
        # Only name the answers that take the shared way out when others leave by their own.
        if len(others) == len(node.options):
            add(node.next, "")
        elif others:
            add(node.next, " / ".join(others) if len(others) <= 3 else _("other answers"))
    elif isinstance(node, NumberNode):
        for i, rng in enumerate(node.ranges):
            if rng.next is not None:
                add(rng.next, rng.label or _("range {n}").format(n=i + 1))
        add(node.next, "")
    elif isinstance(node, (MultiNode, TextNode, InfoNode)):
        add(node.next, "")
    return out


@dataclass
class Marks:
    """What to draw over the tree: one walk's path, or how many cases take each edge."""

    #: Nodes and edges of a walk (``graph --answers``).
    walked_nodes: set[str] = field(default_factory=set)
    walked_edges: set[tuple[str, str]] = field(default_factory=set)
    #: Per edge, the cases that take it; None when no cases were given (``graph --cases``).
    edge_cases: Counter[tuple[str, str]] | None = None
    node_cases: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of_path(cls, path: Sequence[str]) -> Marks:
        return cls(set(path), set(pairwise(path)))

    @classmethod
    def cases(cls, paths: Sequence[Sequence[str]]) -> Marks:
        marks = cls(edge_cases=Counter())
        for path in paths:
            marks.node_cases.update(set(path))
            assert marks.edge_cases is not None
            marks.edge_cases.update(set(pairwise(path)))
        return marks


def _label(node_id: str, node: Node) -> str:
    """The node's real id beside its text, so a diagram can be read against the file."""
    return f"{node_id}: {node_label(node)}"


def _count_label(label: str, count: int) -> str:
    taken = ngettext("{n} case", "{n} cases", count).format(n=count)
    return f"{label} ({taken})" if label else taken


def _start() -> str:
    # TRANSLATORS: the graph's first node, before the tree's first question.
    return pgettext("graph", "start")


WALKED = "#b58900"
UNTESTED = "#cc3333"


def _mermaid_node(key: str, node: Node, label: str) -> str:
    text = _mermaid_text(label)
    if isinstance(node, ResultNode):
        return f'  {key}(["{text}"])'
    if isinstance(node, InfoNode):
        return f'  {key}[/"{text}"/]'
    return f'  {key}["{text}"]'


def tree_mermaid(tree: Tree, marks: Marks | None = None) -> str:
    """The whole tree; node keys are n0, n1… (Mermaid reserves words such as ``end``)."""
    marks = marks or Marks()
    keys = {n: f"n{i}" for i, n in enumerate(tree.nodes)}
    lines = ["flowchart TD", f'  start(("{_mermaid_text(_start())}"))']
    lines.extend(_mermaid_node(keys[n], node, _label(n, node)) for n, node in tree.nodes.items())
    styles: list[str] = []
    index = 0
    if tree.start in keys:
        lines.append(f"  start --> {keys[tree.start]}")
        if tree.start in marks.walked_nodes:
            styles.append(f"  linkStyle 0 stroke:{WALKED},stroke-width:3px")
        index = 1
    for n, node in tree.nodes.items():
        for target, label in edges(node):
            if target not in keys:
                continue
            style = ""
            if marks.edge_cases is not None:
                count = marks.edge_cases[(n, target)]
                label = _count_label(label, count)
                width = 1 + min(count, 5) * 0.6
                style = (
                    f"stroke:{UNTESTED},stroke-dasharray:4 3"
                    if count == 0
                    else f"stroke-width:{width:.1f}px"
                )
            elif (n, target) in marks.walked_edges:
                style = f"stroke:{WALKED},stroke-width:3px"
            arrow = f' -->|"{_mermaid_text(label)}"| ' if label else " --> "
            lines.append(f"  {keys[n]}{arrow}{keys[target]}")
            if style:
                styles.append(f"  linkStyle {index} {style}")
            index += 1
    walked = [keys[n] for n in tree.nodes if n in marks.walked_nodes]
    if walked:
        lines.append(f"  classDef walked stroke:{WALKED},stroke-width:3px")
        lines.append(f"  class {','.join(walked)} walked")
    if marks.edge_cases is not None:
        untested = [keys[n] for n in tree.nodes if not marks.node_cases[n]]
        if untested:
            lines.append(f"  classDef untested stroke:{UNTESTED},stroke-dasharray:4 3")
            lines.append(f"  class {','.join(untested)} untested")
    return "\n".join(lines + styles) + "\n"


def _dot_id(node_id: str) -> str:
    return f'"{_dot_text(node_id)}"'


def tree_dot(tree: Tree, marks: Marks | None = None) -> str:
    """The whole tree; node names are the tree's ids, quoted."""
    marks = marks or Marks()
    lines = [f'digraph "{_dot_text(tree.id)}" {{', "  rankdir=TB;", "  node [fontname=sans];"]
    lines.append(f'  "start (toolmix)" [label="{_dot_text(_start())}", shape=circle];')
    if tree.start in tree.nodes:
        walked = f' [color="{WALKED}", penwidth=3]' if tree.start in marks.walked_nodes else ""
        lines.append(f'  "start (toolmix)" -> {_dot_id(tree.start)}{walked};')
    for n, node in tree.nodes.items():
        shape = {"result": "doubleoctagon", "info": "note"}.get(node.type, "box")
        attrs = [f'label="{_dot_text(n)}\\n{_dot_text(node_label(node))}"', f"shape={shape}"]
        if n in marks.walked_nodes:
            attrs.append(f'color="{WALKED}", penwidth=3')
        elif marks.edge_cases is not None and not marks.node_cases[n]:
            attrs.append(f'color="{UNTESTED}", style=dashed')
        lines.append(f"  {_dot_id(n)} [{', '.join(attrs)}];")
    for n, node in tree.nodes.items():
        for target, label in edges(node):
            if target not in tree.nodes:
                continue
            attrs = []
            if marks.edge_cases is not None:
                count = marks.edge_cases[(n, target)]
                label = _count_label(label, count)
                if count == 0:
                    attrs.append(f'color="{UNTESTED}", style=dashed')
                else:
                    attrs.append(f"penwidth={1 + min(count, 5) * 0.6:.1f}")
            elif (n, target) in marks.walked_edges:
                attrs.append(f'color="{WALKED}", penwidth=3')
            if label:
                attrs.insert(0, f'label="{_dot_text(label)}"')
            attr = f" [{', '.join(attrs)}]" if attrs else ""
            lines.append(f"  {_dot_id(n)} -> {_dot_id(target)}{attr};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def path_mermaid(
    tree: Tree, answered: Sequence[tuple[str, AnswerValue | None]], labels: Sequence[str]
) -> str:
    """One walk as a chain: each node, each edge labelled with the answer given."""
    lines = ["flowchart TD"]
    for i, (node_id, _value) in enumerate(answered):
        node = tree.nodes[node_id]
        lines.append(_mermaid_node(f"s{i}", node, node_label(node)))
    for i in range(len(answered) - 1):
        label = labels[i]
        arrow = f' -->|"{_mermaid_text(label)}"| ' if label else " --> "
        lines.append(f"  s{i}{arrow}s{i + 1}")
    return "\n".join(lines) + "\n"
