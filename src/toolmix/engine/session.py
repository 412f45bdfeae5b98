"""A walk through a tree: the current node, the path, the answers, going back.

Pure Python. The full-screen app drives a :class:`Session`; the headless run
replays an answers file through one. No operation walks the whole tree:
progress comes from per-node tables computed once when the tree is loaded.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import field
from typing import Any

from toolmix.engine.answer_checks import AnswerError, AnswerValue, check_answer
from toolmix.engine.answer_words import refusal_words
from toolmix.engine.estimate import Progress
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import (
    InfoNode,
    MultiNode,
    MultiOption,
    Next,
    Node,
    NumberNode,
    ResultNode,
    SingleNode,
    SingleOption,
)
from toolmix.model.problems import ToolmixError
from toolmix.model.record import record
from toolmix.text.i18n import _


@record
class Change:
    """What a re-answer did to the answers after it."""

    kept: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    #: Multi answers kept without the options that no longer show: node -> those ids.
    trimmed: dict[str, list[str]] = field(default_factory=dict)


#: The path with each node's answer, as :meth:`Session.answered_path` gives it.
AnsweredPath = Sequence[tuple[str, AnswerValue | None]]
#: What a question shows, not given yet: ticks, or a field's text (toolmix.engine.drafts).
Draft = list[str] | str


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
        #: Ticks and typing not given as answers yet, by node (toolmix.engine.drafts).
        self.drafts: dict[str, Draft] = {}
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

    def answered_path(self) -> list[tuple[str, AnswerValue | None]]:
        """The path with each node's answer (None for info and result nodes, and the current one)."""
        return [(n, self.answers.get(n)) for n in self.path]

    # --- moving --------------------------------------------------------------

    def answer(self, value: Any) -> Change:
        """Answer the current question and move on, replaying kept later answers."""
        node_id = self.current
        normal = self.check(node_id, value)
        self.answers[node_id] = normal
        self.remembered.pop(node_id, None)
        self.drafts.pop(node_id, None)
        self._enter(self._next_after(node_id, normal))
        return self._replay()

    def proceed(self) -> Change:
        """Leave the current info node."""
        node = self.node
        if not isinstance(node, InfoNode):
            raise ToolmixError(
                # TRANSLATORS: {kind} is the node's type as the tree writes it: single, number…
                _("node '{node}' is a {kind} node, not an info page").format(
                    node=self.current, kind=node.type
                )
            )
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
            raise ToolmixError(_("node '{node}' is not on the path").format(node=node_id))
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
        other.drafts = dict(self.drafts)
        other._skipped = dict(self._skipped)
        return other

    def restart(self) -> None:
        self.path.clear()
        self.answers.clear()
        self.remembered.clear()
        self.drafts.clear()
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

    def _replay(self) -> Change:
        """Re-apply kept answers while they are still valid on the new path."""
        change = Change()
        while self.remembered and not self.finished:
            node_id = self.current
            if node_id not in self.remembered or node_id in self.drafts:
                break  # a question being changed stops here: its draft is shown
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

    # --- checking --------------------------------------------------------------

    def check(self, node_id: str, value: Any) -> AnswerValue:
        """The normalised answer, or :class:`AnswerError` naming what is allowed.

        The error's ``words`` say it to the person answering (answer_words.py).
        """
        node = self.nodes[node_id]
        shown = self.visible_options(node_id)
        try:
            return check_answer(node_id, node, value, shown)
        except AnswerError as exc:
            words = refusal_words(node, value, shown)
            if words is not None:
                exc.words = words
            raise
