"""Exploring one result: what if I answered otherwise, why not that item, how two walks differ.

The facts and their order are the headless contract (EXPLORE.md: "What if",
"Why not", "Compare"); :mod:`toolmix.export.explore_report` words them. Each
alternative is a walk of the same tree with other answers
(:mod:`toolmix.engine.alternatives`), chosen by the same rules as every mix.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from toolmix.engine.alternatives import alternative_values, follow, session_at
from toolmix.engine.answer_checks import AnswerError, AnswerValue
from toolmix.engine.selection import Mix, choose, collect
from toolmix.engine.session import Session
from toolmix.load.hints import suggest
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import QUESTION_TYPES, NumberNode, SingleNode
from toolmix.model.problems import Problem, ToolmixError
from toolmix.model.tree import Tree
from toolmix.text.i18n import _
from toolmix.text.words import typed_number, whole


def _error(message: str, *path: str | int) -> ToolmixError:
    return ToolmixError([Problem("error", message, tuple(path))])


def effort_of(mix: Mix) -> int | float | None:
    """As in the JSON result: the picked items' hours when there is a budget, else null."""
    return None if mix.budgeted_effort is None else whole(float(mix.budgeted_effort))


@dataclass
class Alternative:
    """One other answer to a question, and the walk it makes."""

    answer: AnswerValue
    mix: Mix | None
    dropped: list[str]
    needs: str | None

    def as_dict(self, now: Mix) -> dict[str, Any]:
        picked = [r.item_id for r in now.picked]
        new = None if self.mix is None else [r.item_id for r in self.mix.picked]
        return {
            "answer": self.answer,
            "result_node": None if self.mix is None else self.mix.result_node,
            "effort": None if self.mix is None else effort_of(self.mix),
            "added": None if new is None else [i for i in new if i not in picked],
            "removed": None if new is None else [i for i in picked if i not in new],
            "dropped": self.dropped,
            "needs": self.needs,
        }


def alternative(loaded: LoadedTree, session: Session, question: str, value: Any) -> Alternative:
    """The walk with ``value`` for ``question``; AnswerError when the value is not allowed."""
    changed = session_at(loaded, session.answers, question).fork()
    changed.answer(value)  # checked: a value someone gave may be refused
    answer = changed.answers[question]
    needs = follow(changed, session.answers)
    position = loaded.index.position
    reached = set(changed.path)
    dropped = [
        q
        for q in session.path
        if q in session.answers
        and q not in reached
        # A question after the one needed may still be reached once it is answered.
        and (needs is None or position.get(q, 0) < position.get(needs, 0))
    ]
    mix = None if needs else choose(loaded.tree, changed.answered_path())
    return Alternative(answer, mix, dropped, needs)


def _given(loaded: LoadedTree, question: str, values: Sequence[str]) -> list[AnswerValue]:
    """Values typed as ``Q=V,V``: option ids for a single question, numbers for a number one."""
    node = loaded.tree.nodes[question]
    if not values or any(not v for v in values):
        raise _error(
            _("--what-if {question}=: a value is missing; expected Q=V or Q=V,V,...").format(
                question=question
            )
        )
    if isinstance(node, SingleNode):
        return list(values)
    if isinstance(node, NumberNode):
        out: list[AnswerValue] = []
        for v in values:
            # Plain decimals only, as the app and toolmix ask read a number typed:
            # float() would also take 1e1, 1_0, inf and nan.
            try:
                number = typed_number(v)
            except ValueError:
                number = math.nan
            if not math.isfinite(number):
                raise _error(
                    _(
                        "'{value}' is not a number; question '{question}' takes numbers "
                        "written like 4 or 2.5"
                    ).format(value=v, question=question)
                ) from None
            out.append(whole(number))
        return out
    raise _error(
        _(
            "values can be given for single and number questions; '{question}' is a {kind} question"
        ).format(question=question, kind=node.type)
    )


def _not_on_path(loaded: LoadedTree, session: Session, question: str) -> ToolmixError:
    """Why ``question`` cannot be explored: not a question of the tree, or not on this path."""
    nodes = loaded.tree.nodes
    on_path = ", ".join(session.answers)
    if question in nodes and nodes[question].type not in QUESTION_TYPES:
        return _error(
            _(
                "'{question}' is a {kind} node, not a question; "
                "expected a question id on the path: {path}"
            ).format(question=question, kind=nodes[question].type, path=on_path)
        )
    if question not in nodes:
        questions = [n for n, node in nodes.items() if node.type in QUESTION_TYPES]
        return _error(
            _(
                "the tree has no question '{question}'{hint}; "
                "expected a question id on the path: {path}"
            ).format(question=question, hint=suggest(question, questions), path=on_path)
        )
    return _error(
        _(
            "question '{question}' is not on the path of these answers; "
            "expected a question id on the path: {path}"
        ).format(question=question, path=on_path)
    )


def what_if(
    loaded: LoadedTree, session: Session, question: str, values: Sequence[str] | None = None
) -> dict[str, Any]:
    """EXPLORE.md's "What if" for one answered question of a finished walk."""
    if question not in session.answers:
        raise _not_on_path(loaded, session, question)
    now = choose(loaded.tree, session.answered_path())
    current = session.answers[question]
    if values is None:
        before = session_at(loaded, session.answers, question)
        tried = [v for _unused, v in alternative_values(before, current)]
    else:
        tried = _given(loaded, question, values)
    alternatives = []
    for i, value in enumerate(tried):
        try:
            alternatives.append(alternative(loaded, session, question, value))
        except AnswerError as exc:
            typed = value if values is None else values[i]  # as typed: 1e400, not inf
            raise _error(f"--what-if {question}={typed}: {exc.message}") from None
    return {
        "question": question,
        "current": current,
        "alternatives": [a.as_dict(now) for a in alternatives],
    }


def every_alternative(
    loaded: LoadedTree, session: Session, skip: frozenset[str] = frozenset()
) -> list[tuple[str, Alternative]]:
    """Every alternative of the answered questions but ``skip``: path order, then option order."""
    out = []
    for question in [q for q in session.path if q in session.answers and q not in skip]:
        before = session_at(loaded, session.answers, question)
        for _unused, value in alternative_values(before, session.answers[question]):
            out.append((question, alternative(loaded, session, question, value)))
    return out


def standing(tree: Tree, mix: Mix, item: str) -> tuple[str, str | None, int | None, list[str]]:
    """Where ``item`` stands in ``mix``: status, why not (considered only), score, reasons.

    As in "Why not": the score is None for a ruled-out item; a not-candidate
    item has the reasons (and the score) its effects gave, possibly none.
    """
    for rows, status in (
        (mix.picked, "picked"),
        (mix.considered, "considered"),
        (mix.ruled_out, "ruled_out"),
    ):
        row = next((r for r in rows if r.item_id == item), None)
        if row is not None:
            reasons = [r.text for r in row.reasons]
            if status == "ruled_out":
                return status, None, None, reasons
            return status, row.why_not if status == "considered" else None, row.score, reasons
    for light in (r for r in mix.picked if r.light_of == item):  # x-select: picked light
        return "considered", "over budget", light.score, [r.text for r in light.reasons]
    answered = [(n, mix.answers.get(n)) for n in mix.path]
    effects = [e for e, _unused in collect(tree, answered)[0] if e.item == item]
    reasons = list(dict.fromkeys(e.because for e in effects))
    return "not_candidate", None, sum(e.score for e in effects), reasons


def why_not(
    loaded: LoadedTree,
    session: Session,
    item: str,
    tried: Sequence[tuple[str, Alternative]] | None = None,
    now: Mix | None = None,
) -> dict[str, Any]:
    """EXPLORE.md's "Why not" for one item of the catalogue.

    ``tried`` (:func:`every_alternative` of ``walk``) and ``now`` (its mix) may be
    given when asking about many items: they are the same for each.
    """
    tree = loaded.tree
    if item not in tree.items:
        raise _error(
            _("unknown item '{item}'{hint}; expected an item id of the tree").format(
                item=item, hint=suggest(item, tree.items)
            )
        )
    mix = now if now is not None else choose(tree, session.answered_path())
    status, why, score, reasons = standing(tree, mix, item)
    changes = [
        {
            "question": question,
            "answer": alt.answer,
            "result_node": alt.mix.result_node,
            "effort": effort_of(alt.mix),
        }
        for question, alt in (every_alternative(loaded, session) if tried is None else tried)
        if alt.mix is not None and any(r.item_id == item for r in alt.mix.picked)
    ]
    return {
        "item": item,
        "status": status,
        "why_not": why,
        "score": score,
        "reasons": reasons,
        "changes": changes,
    }


#: How near an item is to the mix, by status (a larger score breaks ties among candidates-to-be).
_NEARNESS = {"ruled_out": 0, "not_candidate": 1, "considered": 2, "picked": 3}

#: Where an item comes nearest the mix: (question, answer) of the change, None for none,
#: then its status, why not, and score there.
Nearest = tuple[str | None, AnswerValue | None, str, str | None, int | None]


def nearest(
    loaded: LoadedTree, session: Session, item: str, tried: Sequence[tuple[str, Alternative]]
) -> Nearest:
    """Where ``item`` comes nearest the mix: as things stand, or after one change of ``tried``.

    For saying why nothing brings it in: considered is nearer than not a candidate
    (a higher score nearer), which is nearer than ruled out; the walk as it is wins ties.
    """
    tree = loaded.tree
    now = standing(tree, choose(tree, session.answered_path()), item)
    best: Nearest = (None, None, now[0], now[1], now[2])
    for question, alt in tried:
        if alt.mix is None:
            continue
        status, why, score, _reasons = standing(tree, alt.mix, item)
        key = (_NEARNESS[status], score if score is not None else 0)
        if key > (_NEARNESS[best[2]], best[4] if best[4] is not None else 0):
            best = (question, alt.answer, status, why, score)
    return best


def why_not_every(loaded: LoadedTree, session: Session) -> list[dict[str, Any]]:
    """ "Why not" for every item, in catalogue order: the walk's alternatives walked once."""
    tried = every_alternative(loaded, session)
    now = choose(loaded.tree, session.answered_path())
    return [why_not(loaded, session, item, tried, now) for item in loaded.tree.items]


def compare(loaded: LoadedTree, a: Session, b: Session) -> dict[str, Any]:
    """EXPLORE.md's "Compare" of two walks of one tree."""
    ma, mb = choose(loaded.tree, a.answered_path()), choose(loaded.tree, b.answered_path())
    pa, pb = [r.item_id for r in ma.picked], [r.item_id for r in mb.picked]
    differ = [q for q in a.path if q in a.answers and a.answers[q] != b.answers.get(q)]
    differ += [q for q in b.path if q in b.answers and q not in a.answers and q not in differ]
    return {
        "a": {"result_node": ma.result_node, "effort": effort_of(ma), "picked": pa},
        "b": {"result_node": mb.result_node, "effort": effort_of(mb), "picked": pb},
        "only_a": [i for i in pa if i not in pb],
        "only_b": [i for i in pb if i not in pa],
        "both": [i for i in pa if i in pb],
        "answers_differ": differ,
    }
