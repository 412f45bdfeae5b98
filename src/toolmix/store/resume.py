"""Resuming a saved session: the walk rebuilt where the person left it.

The session is walked with the saved answers up to the node the person was at
(which may be an earlier question they went back to); the answers given after
it are kept as the session's remembered answers, so each is offered again as
the highlighted previous answer and replayed when the person moves on, exactly
as before they quit. Answers that no longer fit the tree as it is now (it may
have changed since) are dropped and named; they are not counted.
"""

from __future__ import annotations

import math
from dataclasses import field
from typing import Any

from toolmix.engine.answer_checks import AnswerError, AnswerValue
from toolmix.engine.drafts import read_drafts
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import InfoNode, ResultNode
from toolmix.model.record import record
from toolmix.store.autosave import Saved
from toolmix.text.i18n import _, ngettext

#: More ids than any question has options (the loader allows 1,000).
_MAX_LIST = 1_000


@record
class Restored:
    session: Session
    #: Saved answers that no longer fit, by node id, in the saved order.
    dropped: list[str]
    #: Multi answers kept without the options no longer offered: node -> those ids.
    trimmed: dict[str, list[str]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        """The answers the resumed session holds: on its path and remembered after it."""
        ahead = sum(1 for v in self.session.remembered.values() if v is not None)
        return len(self.session.answers) + ahead

    @property
    def worth_offering(self) -> bool:
        """Whether it holds anything the person gave: an answer, or ticks and typing."""
        return self.count > 0 or bool(self.session.drafts)


def restore(loaded: LoadedTree, saved: Saved) -> Restored:
    """The session ``saved`` describes, as far as the tree still allows. Never raises."""
    nodes = loaded.tree.nodes
    session = Session(loaded)
    pending: dict[str, AnswerValue] = {}
    dropped: list[str] = []
    trimmed: dict[str, list[str]] = {}
    for node_id, value in saved.answers.items():
        node = nodes.get(node_id)
        if node is None or isinstance(node, (InfoNode, ResultNode)) or not _plausible(value):
            dropped.append(node_id)
        else:
            pending[node_id] = value
    passable = {n for n in (*saved.path, *saved.read) if isinstance(nodes.get(n), InfoNode)}
    stop = saved.path[-1] if saved.path else None
    while not session.finished and session.current != stop:
        node_id = session.current
        if isinstance(session.node, InfoNode):
            if node_id not in passable:
                break
            session.proceed()
            continue
        if node_id not in pending:
            break
        value = pending.pop(node_id)
        try:
            session.answer(value)
        except AnswerError:
            # The rule for a changed answer (issue 15.2): only the ticks the
            # tree no longer offers here go; too few left, it is asked again.
            kept = session.without_hidden(node_id, value)
            if kept is None:
                dropped.append(node_id)
                break
            trimmed[node_id] = (
                [v for v in value if v not in kept] if isinstance(value, list) else []
            )
            try:
                session.answer(kept)
            except AnswerError:
                pending[node_id] = kept
                break
    _remember(session, pending, passable, dropped)
    read_drafts(session, saved.drafts)
    return Restored(session, dropped, trimmed)


def _remember(
    session: Session, pending: dict[str, AnswerValue], read: set[str], dropped: list[str]
) -> None:
    """Keep the answers still ahead of the current node; drop those it can no longer reach."""
    order = session.loaded.index.position
    here = order.get(session.current, 0)
    on_path = set(session.path)

    def ahead(node_id: str) -> bool:
        if session.finished:
            return False
        return node_id == session.current or order.get(node_id, -1) > here

    for node_id, value in pending.items():
        if ahead(node_id):
            session.remembered[node_id] = value
        else:
            dropped.append(node_id)
    for node_id in read:
        if node_id not in on_path and ahead(node_id):
            session.remembered.setdefault(node_id, None)


def _plausible(value: Any) -> bool:
    """An answer of a kind some question takes, small enough to check cheaply."""
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        return True
    if isinstance(value, int):
        return abs(value) <= 2**53
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return len(value) <= _MAX_LIST and all(isinstance(v, str) for v in value)
    return False


def offer_words(restored: Restored) -> tuple[str, str, str]:
    """The question offering a saved session, and its two answers (resume, start afresh)."""
    count = restored.count
    answers = ngettext("{n} answer", "{n} answers", count).format(n=count)
    left_out = len(restored.dropped)
    note = (
        "\n\n"
        + ngettext(
            "{n} saved answer no longer fits this tree and will be left out.",
            "{n} saved answers no longer fit this tree and will be left out.",
            left_out,
        ).format(n=left_out)
        if left_out
        else ""
    )
    node = restored.session.node
    if isinstance(node, ResultNode):
        question = _("Your last walk ended with a result: {title} ({answers}). Show it again?")
        return (
            question.format(title=node.title, answers=answers) + note,
            _("Show the result"),
            _("Start afresh"),
        )
    if count == 0:  # only what the question shown had ticked or typed
        question = _("You have an unfinished session: you had started on a question. Resume it?")
    else:
        question = _("You have an unfinished session with {answers}. Resume it?")
    return (
        question.format(answers=answers) + note,
        _("Resume"),
        _("Start afresh"),
    )
