"""Other answers to one question of a walk, and where the walk goes with each (EXPLORE.md).

Shared by the audit (every walk, every question) and by exploring one result
(``--what-if``, ``--why-not``): an alternative keeps every other answer;
answers for questions the new path does not reach are dropped; the first
question reached without a usable answer is what the alternative *needs*.
"""

from __future__ import annotations

from collections.abc import Mapping

from toolmix.engine.answer_checks import AnswerValue
from toolmix.engine.answer_space import (
    number_alternatives,
    number_values,
    smallest_in,
    toggled,
)
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import InfoNode, MultiNode, NumberNode, SingleNode, TextNode


def settle(session: Session) -> None:
    """Pass info pages: a walk stops at questions and results only."""
    while isinstance(session.node, InfoNode):
        session.proceed()


def start(loaded: LoadedTree) -> Session:
    session = Session(loaded)
    settle(session)
    return session


def session_at(loaded: LoadedTree, answers: Mapping[str, AnswerValue], node_id: str) -> Session:
    """The walk of ``answers`` as it stood when ``node_id`` was asked (it must be on the path)."""
    session = start(loaded)
    while session.current != node_id:
        session.advance(answers[session.current])
        settle(session)
    return session


def alternative_values(
    before: Session, current: AnswerValue
) -> list[tuple[str | None, AnswerValue]]:
    """The alternatives of ``current`` at the question ``before`` stands at.

    Each with the option it chooses (single) or toggles (multi); None for numbers.
    A number question without ranges has none (values must be given).
    """
    node = before.node
    if isinstance(node, SingleNode):
        return [(o.id, o.id) for o in before.visible_options() if o.id != current]
    if isinstance(node, MultiNode):
        assert isinstance(current, list)
        return list(toggled(node, before.visible_options(), current))  # type: ignore[arg-type]
    if isinstance(node, NumberNode):
        assert isinstance(current, (int, float))
        return [(None, v) for v in number_alternatives(node, current)]
    return []


def audit_values(before: Session, current: AnswerValue) -> list[tuple[str | None, AnswerValue]]:
    """As :func:`alternative_values`, but a number question without ranges tries the
    audit's own values for it (min, default, max), since the audit gives the values."""
    node = before.node
    if isinstance(node, NumberNode) and not node.ranges:
        return [(None, v) for v in number_values(node) if v != current]
    return alternative_values(before, current)


def first_values(before: Session, old: AnswerValue | None) -> list[AnswerValue]:
    """Answers to try at a question a changed walk newly needs answered (``before`` stands at it).

    As the alternatives of an answer: each visible option of a single question;
    for a multi question, the kept part of the old answer (or nothing) with one
    visible option toggled; a number question the smallest allowed value of each
    range (its min, default and max without ranges). A text question: none.
    """
    node = before.node
    if isinstance(node, SingleNode):
        return [o.id for o in before.visible_options()]
    if isinstance(node, MultiNode):
        visible = before.visible_options()
        shown = {o.id for o in visible}
        kept = [v for v in old if v in shown] if isinstance(old, list) else []
        return [new for _unused, new in toggled(node, visible, kept)]  # type: ignore[arg-type]
    if isinstance(node, NumberNode):
        if not node.ranges:
            return list(number_values(node))
        found = [smallest_in(node, rng) for rng in node.ranges]
        return list(dict.fromkeys(v for v in found if v is not None))
    return []


def follow(session: Session, answers: Mapping[str, AnswerValue]) -> str | None:
    """Walk on with the answers kept; the question that needs a new answer, or None.

    A multi answer loses the options the new path hides (and needs answering
    if it falls below its ``min``); a single answer whose option is hidden
    needs answering, as does a question not answered before (an optional text
    counts as answered with the empty string).
    """
    while True:
        settle(session)
        if session.finished:
            return None
        node = session.node
        here = session.current
        if here not in answers:
            if isinstance(node, TextNode) and not node.required:
                session.advance("")
                continue
            return here
        old = answers[here]
        if isinstance(node, (SingleNode, MultiNode)):
            shown = {o.id for o in session.visible_options()}
            if isinstance(node, SingleNode):
                if old not in shown:
                    return here
            else:
                assert isinstance(old, list)
                old = [v for v in old if v in shown]
                if len(old) < node.min:
                    return here
        session.advance(old)
