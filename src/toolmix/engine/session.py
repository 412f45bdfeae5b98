"""A walk through a tree: the current node, the path, the answers, going back.

Pure Python. The full-screen app drives a :class:`Session`; the headless run
replays an answers file through one. No operation walks the whole tree:
progress comes from per-node tables computed once when the tree is loaded.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Mapping
from dataclasses import field
from typing import Any

from toolmix.load.loader import LoadedTree
from toolmix.load.numbers import out_of_bounds
from toolmix.model.problems import Problem, ToolmixError
from toolmix.model.record import record
from toolmix.model.tree import (
    InfoNode,
    MultiNode,
    MultiOption,
    Next,
    Node,
    NumberNode,
    ResultNode,
    SingleNode,
    SingleOption,
    TextNode,
    on_step,
)
from toolmix.text.clean import clean

AnswerValue = str | list[str] | int | float


class AnswerError(ToolmixError):
    """An answer the current question does not accept; the message says why.

    ``words`` says it to the person answering (no ids; see answer_words.py),
    ``message`` to an answers file's author (the question's id first).
    """

    def __init__(self, node: str, message: str, words: str | None = None) -> None:
        self.node = node
        self.words = words or message
        super().__init__([Problem("error", f"question '{node}': {message}", ("answers", node))])

    @property
    def message(self) -> str:
        return self.problems[0].message


@record(frozen=True)
class Progress:
    """Questions answered, and the fewest / most still to come (current one included)."""

    answered: int
    fewest_left: int
    most_left: int

    @property
    def position(self) -> int:
        """The number of the question being asked (1-based)."""
        return self.answered + 1

    @property
    def estimated_total(self) -> int:
        return self.answered + round((self.fewest_left + self.most_left) / 2)

    @property
    def label(self) -> str:
        """``Question 4 of 12–16``: the one wording of progress (toolmix.engine.estimate)."""
        from toolmix.engine.estimate import progress_label

        return progress_label(self.answered, self.fewest_left, self.most_left)

    @property
    def fraction(self) -> float:
        total = self.answered + self.most_left
        return 1.0 if total == 0 else self.answered / max(total, 1)


@record
class Change:
    """What a re-answer did to the answers after it."""

    kept: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    #: Multi answers kept without the options that no longer show: node -> those ids.
    trimmed: dict[str, list[str]] = field(default_factory=dict)


def format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def format_hours(value: float) -> str:
    """Hours as people read them: 0.5, 1, 2.25 (rounded to the hundredth)."""
    return format_number(round(value, 2))


def whole(value: float) -> int | float:
    """Whole numbers as int (so JSON shows 4, not 4.0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class Session:
    """One person's walk through one tree."""

    def __init__(self, loaded: LoadedTree) -> None:
        self.loaded = loaded
        self.tree = loaded.tree
        self.nodes: Mapping[str, Node] = loaded.tree.nodes
        #: Nodes shown, in order; the last one is the current node.
        self.path: list[str] = []
        #: Recorded answers of the questions on the path before the current node.
        self.answers: dict[str, AnswerValue] = {}
        #: Answers given earlier for nodes after the current one (kept after going back).
        self.remembered: dict[str, AnswerValue | None] = {}
        #: Nodes skipped because every option was hidden (an ordered set).
        self._skipped: dict[str, None] = {}
        self._enter(self.tree.start)

    # --- reading -------------------------------------------------------------

    @property
    def skipped(self) -> list[str]:
        """Nodes passed over because every option was hidden, first seen first."""
        return list(self._skipped)

    @property
    def current(self) -> str:
        return self.path[-1]

    @property
    def node(self) -> Node:
        return self.nodes[self.current]

    @property
    def finished(self) -> bool:
        return isinstance(self.node, ResultNode)

    def lookup(self, question: str) -> tuple[str, Any] | None:
        if question in self.answers:
            return self.nodes[question].type, self.answers[question]
        return None

    def visible_options(self, node_id: str | None = None) -> list[SingleOption] | list[MultiOption]:
        node = self.nodes[node_id or self.current]
        if not isinstance(node, (SingleNode, MultiNode)):
            return []
        opts = node.options
        if all(o.when is None for o in opts):
            return opts
        return [o for o in opts if o.when is None or o.when.holds(self.lookup)]  # type: ignore[return-value]

    def progress(self) -> Progress:
        index = self.loaded.index
        return Progress(
            answered=len(self.answers),
            fewest_left=index.min_left.get(self.current, 0),
            most_left=index.max_left.get(self.current, 0),
        )

    def previous_answer(self, node_id: str | None = None) -> AnswerValue | None:
        """The answer given before for a node (to pre-fill it after going back)."""
        node_id = node_id or self.current
        if node_id in self.answers:
            return self.answers[node_id]
        return self.remembered.get(node_id)

    def walk(self) -> list[tuple[str, AnswerValue | None]]:
        """The path with each node's answer (None for info and result nodes)."""
        return [(n, self.answers.get(n)) for n in self.path]

    # --- moving --------------------------------------------------------------

    def answer(self, value: Any) -> Change:
        """Answer the current question and move on, replaying kept later answers."""
        node_id = self.current
        normal = self.check(node_id, value)
        self.answers[node_id] = normal
        self.remembered.pop(node_id, None)
        self._enter(self._next_after(node_id, normal))
        return self._replay()

    def proceed(self) -> Change:
        """Leave the current info node."""
        node = self.node
        if not isinstance(node, InfoNode):
            raise ToolmixError(f"node '{self.current}' is a {node.type} node, not an info page")
        self._enter(self._follow(node.next))
        return self._replay()

    def can_go_back(self) -> bool:
        return len(self.path) > 1

    def back(self) -> bool:
        """Go back one step (info nodes are steps too). False when at the start."""
        if len(self.path) <= 1:
            return False
        left = self.path.pop()
        if isinstance(self.nodes[left], InfoNode):
            self.remembered[left] = None
        previous = self.current
        if previous in self.answers:
            self.remembered[previous] = self.answers.pop(previous)
        elif isinstance(self.nodes[previous], InfoNode):
            self.remembered[previous] = None
        return True

    def jump_to(self, node_id: str) -> None:
        """Go back to an earlier node on the path, to change its answer."""
        if node_id not in self.path:
            raise ToolmixError(f"node '{node_id}' is not on the path")
        while self.current != node_id:
            self.back()

    def advance(self, value: AnswerValue) -> None:
        """Answer with a value already in checked form (one the engine made itself), unchecked."""
        node_id = self.current
        self.answers[node_id] = value
        self._enter(self._next_after(node_id, value))

    def fork(self) -> Session:
        """An independent copy of this walk, to try other answers without touching it."""
        other = copy.copy(self)
        other.path = list(self.path)
        other.answers = dict(self.answers)
        other.remembered = dict(self.remembered)
        other._skipped = dict(self._skipped)
        return other

    def restart(self) -> None:
        self.path.clear()
        self.answers.clear()
        self.remembered.clear()
        self._skipped.clear()
        self._enter(self.tree.start)

    # --- internals -----------------------------------------------------------

    def _enter(self, node_id: str) -> None:
        """Enter a node, skipping choice nodes whose options are all hidden."""
        while True:
            node = self.nodes[node_id]
            if isinstance(node, (SingleNode, MultiNode)) and not self.visible_options(node_id):
                self._skipped[node_id] = None
                if node_id in self.remembered:
                    self.remembered.pop(node_id)
                assert node.next is not None  # lint: such a node has its own next
                node_id = self._follow(node.next)
                continue
            self.path.append(node_id)
            return

    def _follow(self, nxt: Next) -> str:
        if isinstance(nxt, str):
            return nxt
        for route in nxt:
            if route.if_ is None or route.if_.holds(self.lookup):
                return route.goto
        return nxt[-1].goto  # unreachable for a linted tree: the last route has no if

    def _next_after(self, node_id: str, value: AnswerValue) -> str:
        node = self.nodes[node_id]
        if isinstance(node, SingleNode):
            opt = next(o for o in node.options if o.id == value)
            if opt.next is not None:
                return self._follow(opt.next)
        if isinstance(node, NumberNode):
            assert isinstance(value, (int, float))
            found = node.range_for(value)
            if found is not None and found[1].next is not None:
                return self._follow(found[1].next)
        assert not isinstance(node, (ResultNode, InfoNode)) and node.next is not None
        return self._follow(node.next)

    def replay_remembered(self) -> Change:
        """Move forward through remembered answers (used when resuming a session)."""
        return self._replay()

    def _replay(self) -> Change:
        """Re-apply kept answers while they are still valid on the new path."""
        change = Change()
        while self.remembered and not self.finished:
            node_id = self.current
            if node_id not in self.remembered:
                break
            value = self.remembered.pop(node_id)
            node = self.node
            if isinstance(node, InfoNode):
                self._enter(self._follow(node.next))
                continue
            try:
                normal = self.check(node_id, value)
            except AnswerError:
                kept = self.without_hidden(node_id, value)
                if kept is None or not isinstance(value, list):
                    change.dropped.append(node_id)
                    break
                change.trimmed[node_id] = [v for v in value if v not in kept]
                try:
                    normal = self.check(node_id, kept)
                except AnswerError:  # too few ticks left: asked again, with those ticked
                    self.remembered[node_id] = kept
                    break
            self.answers[node_id] = normal
            change.kept.append(node_id)
            self._enter(self._next_after(node_id, normal))
        order = self.loaded.index.position
        here = order.get(self.current, 0)
        for node_id in list(self.remembered):
            unreachable = self.finished or order.get(node_id, -1) <= here
            if unreachable and node_id != self.current:
                value = self.remembered.pop(node_id)
                if value is not None:
                    change.dropped.append(node_id)
        return change

    def without_hidden(self, node_id: str, value: Any) -> list[str] | None:
        """A kept multi answer less the options an earlier answer now hides.

        The rule for changing an earlier answer: only the ticks that no longer
        show go, the others stay (None when no option of it became hidden, or
        none of its ticks is left: then the whole answer is dropped).
        """
        if not isinstance(self.nodes[node_id], MultiNode) or not isinstance(value, list):
            return None
        shown = {o.id for o in self.visible_options(node_id)}
        kept = [v for v in value if v in shown]
        return kept if kept and len(kept) < len(value) else None

    # --- validation ----------------------------------------------------------

    def check(self, node_id: str, value: Any) -> AnswerValue:
        """The normalised answer, or :class:`AnswerError` naming what is allowed."""
        try:
            return self._check(node_id, value)
        except AnswerError as exc:
            from toolmix.engine.answer_words import refusal_words

            words = refusal_words(self.nodes[node_id], value, self.visible_options(node_id))
            if words is None:
                raise
            exc.words = words
            raise

    def _check(self, node_id: str, value: Any) -> AnswerValue:
        node = self.nodes[node_id]
        if isinstance(node, SingleNode):
            return self._check_single(node_id, value)
        if isinstance(node, MultiNode):
            return self._check_multi(node_id, node, value)
        if isinstance(node, NumberNode):
            return _check_number(node_id, node, value)
        if isinstance(node, TextNode):
            return _check_text(node_id, node, value)
        raise AnswerError(node_id, f"this is a {node.type} node; it takes no answer")

    def _allowed(self, node_id: str) -> str:
        return ", ".join(f"'{o.id}'" for o in self.visible_options(node_id))

    def _check_option(self, node_id: str, value: Any) -> None:
        node = self.nodes[node_id]
        assert isinstance(node, (SingleNode, MultiNode))
        if not isinstance(value, str):
            raise AnswerError(
                node_id,
                f"got {_show(value)}; expected an option id, one of {self._allowed(node_id)}",
            )
        if all(o.id != value for o in node.options):
            raise AnswerError(
                node_id,
                f"'{clean(value)}' is not an option of this question; "
                f"expected one of {self._allowed(node_id)}",
            )
        if all(o.id != value for o in self.visible_options(node_id)):
            raise AnswerError(
                node_id,
                f"option '{value}' is not offered here: its 'when' does "
                f"not hold for the earlier answers; expected one of "
                f"{self._allowed(node_id)}",
            )

    def _check_single(self, node_id: str, value: Any) -> str:
        if isinstance(value, list):
            raise AnswerError(
                node_id,
                f"got a list; this question takes one option id, one of {self._allowed(node_id)}",
            )
        self._check_option(node_id, value)
        return str(value)

    def _check_multi(self, node_id: str, node: MultiNode, value: Any) -> list[str]:
        if not isinstance(value, list):
            raise AnswerError(
                node_id,
                f"got {_show(value)}; expected a list of option ids from {self._allowed(node_id)}",
            )
        # Each distinct id is checked once, against sets: a list of n ids
        # (repeated or not) costs O(n + options), not O(n * options) or O(n^2).
        distinct = dict.fromkeys(v for v in value if isinstance(v, str))
        ids = {o.id for o in node.options}
        visible = {o.id for o in self.visible_options(node_id)}
        for v in value:
            if not isinstance(v, str) or v not in ids or v not in visible:
                self._check_option(node_id, v)  # raises, with the message for v
        if len(distinct) != len(value):
            twice = sorted(v for v, times in Counter(value).items() if times > 1)
            raise AnswerError(
                node_id, f"option '{twice[0]}' is listed twice; expected each option at most once"
            )
        exclusive = [o.id for o in node.options if o.exclusive and o.id in distinct]
        if exclusive and len(value) > 1:
            raise AnswerError(
                node_id,
                f"option '{exclusive[0]}' excludes the others; expected "
                f"it alone, or the others without it",
            )
        if len(value) < node.min:
            raise AnswerError(node_id, f"{len(value)} chosen; expected at least {node.min}")
        if node.max is not None and len(value) > node.max:
            raise AnswerError(node_id, f"{len(value)} chosen; expected at most {node.max}")
        return [o.id for o in node.options if o.id in distinct]


def _show(value: Any) -> str:
    from toolmix.load.validation import json_kind

    return "nothing" if value is None else json_kind(value)


def _check_number(node_id: str, node: NumberNode, value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AnswerError(node_id, f"got {_show(value)}; expected a number" + _bounds(node))
    if out_of_bounds(value):  # typed as 1e400, or from a caller that did not parse JSON
        raise AnswerError(node_id, "the number is too large; expected a number" + _bounds(node))
    if (node.min is not None and value < node.min) or (node.max is not None and value > node.max):
        raise AnswerError(
            node_id, f"{format_number(value)} is out of range; expected a number" + _bounds(node)
        )
    if node.step is not None and not on_step(value, node.step, node.min):
        steps = (value - (node.min or 0)) / node.step
        near = (node.min or 0) + node.step * round(steps) if abs(steps) < 2**53 else node.min
        such = f"; expected a value such as {format_number(near)}" if near is not None else ""
        raise AnswerError(
            node_id,
            f"{format_number(value)} is not a step of "
            f"{format_number(node.step)} from {format_number(node.min or 0)}{such}",
        )
    return whole(value)


def _bounds(node: NumberNode) -> str:
    if node.min is not None and node.max is not None:
        return f" from {format_number(node.min)} to {format_number(node.max)}"
    if node.min is not None:
        return f" of at least {format_number(node.min)}"
    if node.max is not None:
        return f" of at most {format_number(node.max)}"
    return ""


def _check_text(node_id: str, node: TextNode, value: Any) -> str:
    if not isinstance(value, str):
        raise AnswerError(node_id, f"got {_show(value)}; expected a text")
    text = clean(value).strip()
    if len(text) > node.max_length:
        raise AnswerError(
            node_id, f"the text is {len(text)} characters; expected at most {node.max_length}"
        )
    if node.required and not text:
        raise AnswerError(node_id, "the text is empty; this question needs an answer")
    return text
