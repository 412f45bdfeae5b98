"""The audit's walks: every combination of answers, or seeded random ones, and alternatives.

What is tried at each question follows ``shared/EXPLORE.md`` (section Audit);
see :mod:`toolmix.engine.answer_space`. Every answer tried is already in checked
form, so walks move with ``Session.advance``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from toolmix.engine.alternatives import audit_values, follow, session_at, settle, start
from toolmix.engine.answer_checks import AnswerValue
from toolmix.engine.answer_space import number_values, random_subset, subsets
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import MultiNode, Next, NumberNode, SingleNode
from toolmix.model.tree import Tree


class Walk:
    """A finished walk, and the session as it stood before each question it answered."""

    def __init__(self, loaded: LoadedTree, session: Session, before: dict[str, Session]) -> None:
        self.loaded = loaded
        self.session = session
        self._before = before

    @property
    def steps(self) -> list[tuple[str, AnswerValue | None]]:
        return self.session.answered_path()

    def before(self, node_id: str) -> Session:
        """The session at ``node_id`` (replayed from the start if it was not kept)."""
        found = self._before.get(node_id)
        if found is None:
            found = self._before[node_id] = session_at(self.loaded, self.session.answers, node_id)
        return found


def answers_here(session: Session) -> list[AnswerValue]:
    """Every answer the audit tries at the current question, in order."""
    node = session.node
    if isinstance(node, SingleNode):
        return [o.id for o in session.visible_options()]
    if isinstance(node, MultiNode):
        return list(subsets(node, session.visible_options()))  # type: ignore[arg-type]
    if isinstance(node, NumberNode):
        return list(number_values(node))
    return [""]


def _random_answer(session: Session, rng: random.Random) -> AnswerValue:
    node = session.node
    if isinstance(node, MultiNode):
        return random_subset(node, session.visible_options(), rng)  # type: ignore[arg-type]
    return rng.choice(answers_here(session))


def routing_questions(tree: Tree) -> set[str]:
    """Questions whose answers some ``when`` or route reads: all that can change a path."""
    found: set[str] = set()

    def routes(nxt: Next | None) -> None:
        if isinstance(nxt, list):
            for route in nxt:
                if route.if_ is not None:
                    found.update(q for q, _, _ in route.if_.questions())

    for node in tree.nodes.values():
        routes(getattr(node, "next", None))
        for part in getattr(node, "options", []) + getattr(node, "ranges", []):
            routes(getattr(part, "next", None))
            when = getattr(part, "when", None)
            if when is not None:
                found.update(q for q, _, _ in when.questions())
    return found


def count_walks(loaded: LoadedTree, limit: int) -> int | None:
    """How many combinations the tree has, or None when there are more than ``limit``.

    What is still to come depends only on the current node and the answers
    that conditions read, so walks that agree on those share one count.
    """
    read = sorted(routing_questions(loaded.tree))
    memo: dict[tuple[object, ...], int] = {}

    def key(session: Session) -> tuple[object, ...]:
        answers = session.answers
        values = (answers.get(q) for q in read)
        return (session.current, *(tuple(v) if isinstance(v, list) else v for v in values))

    def children(session: Session) -> list[Session]:
        kids = []
        for value in answers_here(session):
            nxt = session.fork()
            nxt.advance(value)
            settle(nxt)
            kids.append(nxt)
        return kids

    first = start(loaded)
    if first.finished:
        return 1
    # Depth first without recursion (paths may be thousands of questions long):
    # a frame is [its key, children not yet counted, the count so far].
    stack: list[list[Any]] = [[key(first), children(first), 0]]
    while stack:
        frame = stack[-1]
        if not frame[1]:
            stack.pop()
            memo[frame[0]] = frame[2]
            if stack:
                stack[-1][2] += frame[2]
            continue
        child = frame[1].pop()
        k = key(child)
        if k in memo:
            frame[2] += memo[k]
        elif child.finished:
            memo[k] = 1
            frame[2] += 1
        else:
            stack.append([k, children(child), 0])
            continue
        if frame[2] > limit:
            return None
    total = memo[key(first)]
    return total if total <= limit else None


def every_walk(loaded: LoadedTree) -> Iterator[Walk]:
    """Every combination, depth first in option order."""
    stack: list[tuple[Session, dict[str, Session]]] = [(start(loaded), {})]
    while stack:
        session, before = stack.pop()
        if session.finished:
            yield Walk(loaded, session, before)
            continue
        here = {**before, session.current: session}
        for value in reversed(answers_here(session)):
            nxt = session.fork()
            nxt.advance(value)
            settle(nxt)
            stack.append((nxt, here))


def random_walks(loaded: LoadedTree, count: int, seed: int) -> Iterator[Walk]:
    """``count`` walks, each answer drawn uniformly from what the audit tries there."""
    rng = random.Random(seed)
    for _ in range(count):
        session = start(loaded)
        while not session.finished:
            session.advance(_random_answer(session, rng))
            settle(session)
        yield Walk(loaded, session, {})


def alternatives(walk: Walk, node_id: str) -> list[tuple[str | None, AnswerValue]]:
    """The alternatives of the walk's answer at ``node_id``, with the option each
    chooses or toggles (None for numbers)."""
    return audit_values(walk.before(node_id), walk.session.answers[node_id])


def replay_with(walk: Walk, node_id: str, value: AnswerValue) -> Session | None:
    """The walk with another answer at ``node_id``; None when it needs a new answer."""
    session = walk.before(node_id).fork()
    session.advance(value)
    return None if follow(session, walk.session.answers) else session
