"""What a question shows but the person has not given yet: a draft, so that nothing is lost.

A draft is the ticks of a multi question (option ids) or the text in a number
or text field, as typed (a number not read yet: ``2,`` is a draft too). The
session keeps one per node in :attr:`Session.drafts`, while the person is on
the question, after going back past it, in the autosave and on resume; the
question shows it instead of the earlier answer (:func:`toolmix.engine.step.step_for`).
Giving the answer drops it. A draft equal to what the question shows anyway
(the earlier answer, the default) is not kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toolmix.engine.session import Draft, Session
from toolmix.model.nodes import MultiNode, NumberNode, TextNode
from toolmix.text.words import format_number

#: More characters than any number typed; a text draft is cut to its field's max_length.
_NUMBER_CHARS = 100
#: More ids than any question has options (the loader allows 1,000).
_MAX_TICKS = 1_000


def untouched(session: Session, node_id: str) -> Draft | None:
    """What the question shows before anything is ticked or typed (None: not a draftable node)."""
    node = session.nodes.get(node_id)
    previous = session.previous_answer(node_id)
    if isinstance(node, MultiNode):
        return list(previous) if isinstance(previous, list) else []
    if isinstance(node, NumberNode):
        value = previous if isinstance(previous, (int, float)) else node.default
        return "" if value is None else format_number(value)
    if isinstance(node, TextNode):
        return previous if isinstance(previous, str) else ""
    return None


def keep_draft(session: Session, node_id: str, value: Draft) -> bool:
    """Keep what node ``node_id`` shows; False when nothing changed (nothing to save)."""
    base = untouched(session, node_id)
    if base is None:
        return False
    same = set(value) == set(base) if isinstance(value, list) else value == base
    before = session.drafts.get(node_id)
    if same:
        session.drafts.pop(node_id, None)
    else:
        session.drafts[node_id] = list(value) if isinstance(value, list) else value
    return session.drafts.get(node_id) != before


def read_drafts(session: Session, raw: Any) -> None:
    """Put the drafts a saved session holds back into ``session``; what does not fit is left out."""
    if not isinstance(raw, Mapping):
        return
    for node_id, value in raw.items():
        node = session.nodes.get(node_id) if isinstance(node_id, str) else None
        if isinstance(node, MultiNode) and isinstance(value, list):
            if len(value) <= _MAX_TICKS and all(isinstance(v, str) for v in value):
                keep_draft(session, node_id, value)
        elif isinstance(node, NumberNode) and isinstance(value, str):
            keep_draft(session, node_id, value[:_NUMBER_CHARS])
        elif isinstance(node, TextNode) and isinstance(value, str):
            keep_draft(session, node_id, value[: node.max_length])
