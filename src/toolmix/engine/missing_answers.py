"""Every answer an answers file lacks, found in one run, each with its question's words.

The walk stops at the first question the file does not answer: the path after
it depends on that answer. To name the others in the same run (a partial file
reported one missing answer at a time, newuser8 finding 10), a copy of the walk
goes on with a stand-in for each missing answer (the first option shown, a
number's default or lowest value, an empty text) and the file's own answers for
the rest; the questions it then reaches without an answer are named too. The
stand-ins decide nothing that is reported: they only carry the walk on.
"""

from __future__ import annotations

from collections.abc import Callable

from toolmix.engine.answer_checks import AnswerError, AnswerValue
from toolmix.engine.session import Session
from toolmix.model.nodes import InfoNode, MultiNode, NumberNode, SingleNode, TextNode
from toolmix.model.problems import Problem
from toolmix.text.clean import one_line
from toolmix.text.i18n import _


def missing_answer(session: Session, node_id: str, expected: str) -> AnswerError:
    """The error for a question the file does not answer, with the question's words."""
    question = one_line(session.nodes[node_id].text)  # type: ignore[union-attr]
    return AnswerError(
        node_id,
        _("no answer given; expected {expected} (it asks “{question}”)").format(
            question=question, expected=expected
        ),
    )


def later_missing(
    session: Session,
    pending: dict[str, AnswerValue],
    expected: Callable[[Session, str], str],
) -> list[Problem]:
    """The questions after ``session.current`` (unanswered) the file does not answer either."""
    probe = session.fork()
    rest = dict(pending)
    found: list[Problem] = []
    for _turn in range(len(probe.nodes)):  # each question is missed once at most
        try:
            probe.answer(_stand_in(probe))
        except AnswerError:
            return found
        while not probe.finished:
            node_id, node = probe.current, probe.node
            try:
                if isinstance(node, InfoNode):
                    probe.proceed()
                elif node_id in rest:
                    probe.answer(rest.pop(node_id))
                elif isinstance(node, TextNode) and not node.required:
                    probe.answer("")
                else:
                    found += missing_answer(probe, node_id, expected(probe, node_id)).problems
                    break
            except AnswerError:  # a wrong answer: reported with the file's other errors
                return found
        else:
            return found
    return found


def _stand_in(probe: Session) -> AnswerValue:
    node = probe.node
    if isinstance(node, SingleNode):
        return probe.visible_options()[0].id
    if isinstance(node, MultiNode):
        return [o.id for o in probe.visible_options()[: max(node.min, 1)]]
    if isinstance(node, NumberNode):
        if node.default is not None:
            return node.default
        return node.min if node.min is not None else 0
    return ""
