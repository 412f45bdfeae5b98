"""One finished walk held still, to explore: what if, why not, what matters, what an hour buys.

The full-screen app draws what this gives and never walks the tree itself;
each answer is one of :mod:`toolmix.engine.explore` and
:mod:`toolmix.engine.sensitivity` (EXPLORE.md), computed from a copy of the
walk, so exploring changes nothing until the person adopts an answer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from toolmix.engine.alternatives import alternative_values, session_at
from toolmix.engine.answer_checks import AnswerError, AnswerValue
from toolmix.engine.answer_words import answer_label, number_words
from toolmix.engine.explore import Alternative, alternative, every_alternative, why_not
from toolmix.engine.pair_walks import Pair, PairWalks
from toolmix.engine.plan import considered_sentence, left_out_because
from toolmix.engine.selection import Mix, choose, collect
from toolmix.engine.sensitivity import (
    Change,
    follow_up_walks,
    follow_ups_bringing_in,
    hours_leaving,
    hours_table,
    what_matters,
)
from toolmix.engine.session import Session
from toolmix.engine.swaps import split, swap_words
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import MultiNode, NumberNode, SingleNode
from toolmix.text.i18n import _
from toolmix.text.words import typed_number, whole


@dataclass
class Option:
    """One other answer to a question, as a person reads it, and what it would do."""

    question: str
    answer: AnswerValue
    label: str
    alternative: Alternative
    #: Item names that would join and leave (empty when the walk needs an answer first),
    #: but for a pick swapped for its twin, which :attr:`swaps` says once.
    joins: list[str]
    leaves: list[str]
    #: The plan's title with this answer; None when the walk needs an answer first.
    title: str | None
    effort: float | None
    #: Question texts that would no longer apply, and the one that would need an answer.
    dropped: list[str]
    needs: str | None
    #: The twin swaps in words (:func:`.swaps.swap_words`): "you would start A Page new ...".
    swaps: list[str] = field(default_factory=list)


def _side(require: bool, exclude: bool, score: int) -> str:
    if require:
        return "required"
    if exclude or score < 0:
        return "against"
    return "for" if score > 0 else ""


class Explorer:
    """The explorations of one finished walk; the session given is never changed."""

    def __init__(self, loaded: LoadedTree, session: Session) -> None:
        self.loaded = loaded
        self.tree = loaded.tree
        self.session = session.fork()
        self.now: Mix = choose(self.tree, self.session.answered_path())
        self._why: dict[str, dict[str, Any]] = {}

    # --- words ----------------------------------------------------------------

    def question_text(self, question: str) -> str:
        return str(getattr(self.tree.nodes[question], "text", question))

    def answer_text(self, question: str, value: AnswerValue | None) -> str:
        return answer_label(self.tree, question, value)

    def given_text(self, question: str) -> str:
        """The answer the walk gave ``question``, in words."""
        return self.answer_text(question, self.session.answers[question])

    def item_names(self, ids: list[str]) -> list[str]:
        return [self.tree.items[i].name for i in ids]

    # --- what if --------------------------------------------------------------

    def questions(self) -> list[str]:
        """The answered choice and number questions of the path, in path order.

        A text question has no alternatives (EXPLORE.md), so it is not offered.
        """
        kinds = (SingleNode, MultiNode, NumberNode)
        nodes = self.tree.nodes
        return [
            q
            for q in self.session.path
            if q in self.session.answers and isinstance(nodes[q], kinds)
        ]

    def takes_numbers(self, question: str) -> bool:
        return isinstance(self.tree.nodes[question], NumberNode)

    def number_hint(self, question: str) -> str:
        node = self.tree.nodes[question]
        return number_words(node) if isinstance(node, NumberNode) else ""

    def options(self, question: str) -> list[Option]:
        """EXPLORE.md's alternatives of one answer, each with what it would do."""
        before = session_at(self.loaded, self.session.answers, question)
        values = [v for _unused, v in alternative_values(before, self.session.answers[question])]
        return [
            self._option(question, alternative(self.loaded, self.session, question, v))
            for v in values
        ]

    def typed(self, question: str, text: str) -> Option:
        """A number typed for a number question; AnswerError (with words) when not allowed."""
        typed = text.strip()
        try:
            number = typed_number(typed)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise AnswerError(
                question, f"'{typed}' is not a number", _("Type a number, like 4 or 2.5.")
            )
        value = whole(number)
        if value == self.session.answers[question]:
            raise AnswerError(question, f"{typed} is the answer now", _("That is your answer now."))
        return self._option(question, alternative(self.loaded, self.session, question, value))

    def _option(self, question: str, alt: Alternative) -> Option:
        picked = [r.item_id for r in self.now.picked]
        new = [] if alt.mix is None else [r.item_id for r in alt.mix.picked]
        joins = [i for i in new if i not in picked]
        leaves = [i for i in picked if i not in new] if alt.mix else []
        joins, leaves, pairs = split(self.tree, joins, leaves)
        return Option(
            question=question,
            answer=alt.answer,
            label=self.answer_text(question, alt.answer),
            alternative=alt,
            joins=self.item_names(joins),
            leaves=self.item_names(leaves),
            swaps=swap_words(self.tree, pairs),
            title=None if alt.mix is None else alt.mix.title,
            effort=None if alt.mix is None else alt.mix.budgeted_effort,
            dropped=[self.question_text(q) for q in alt.dropped],
            needs=None if alt.needs is None else self.question_text(alt.needs),
        )

    # --- what matters most, what an hour buys ---------------------------------------

    @cached_property
    def matters(self) -> list[Change]:
        """The (up to) three answers whose change would change the mix most."""
        return what_matters(self.loaded, self.session, self.now)

    @property
    def hours_question(self) -> str | None:
        """The question the hours are the answer to, when the table has rows."""
        return self.hours[0][1].question if self.hours else None

    @cached_property
    def hours(self) -> list[tuple[float, Change]]:
        """One hour less to three more, when the budget is an answer; else empty."""
        return hours_table(self.loaded, self.session, self.now)

    @cached_property
    def hours_leaving(self) -> list[str]:
        """Why each pick that leaves in :attr:`hours` would leave, once for its hours."""
        return hours_leaving(self.hours)

    # --- why not --------------------------------------------------------------

    def items(self) -> list[str]:
        """Every item of the catalogue, in catalogue order."""
        return list(self.tree.items)

    def why_not(self, item: str) -> dict[str, Any]:
        """EXPLORE.md's "Why not" for one item (kept: the screen asks again as the cursor moves)."""
        if item not in self._why:
            self._why[item] = why_not(self.loaded, self.session, item, self._tried, self.now)
        return self._why[item]

    @cached_property
    def _tried(self) -> list[tuple[str, Alternative]]:
        """Every single alternative of the walk: the same for every item asked about."""
        return every_alternative(self.loaded, self.session)

    def status(self, item: str) -> str:
        """``picked``, ``considered``, ``ruled_out`` or ``not_candidate``, as in "Why not"."""
        now = self.now
        for rows, status in (
            (now.picked, "picked"),
            (now.considered, "considered"),
            (now.ruled_out, "ruled_out"),
        ):
            if any(r.item_id == item for r in rows):
                return status
        return "not_candidate"

    def considered_sentence(self, item: str) -> str | None:
        """Why ``item``, also considered, was not picked (:func:`.plan.considered_sentence`)."""
        return considered_sentence(self.now, item)

    def left_out_because(self, item: str) -> str | None:
        """Why a need left ``item`` out, in the need's words (:func:`.plan.left_out_because`)."""
        return left_out_because(self.now, item)

    def reasons(self, item: str) -> list[tuple[str, str]]:
        """What the answers said about ``item``: ("for" / "against" / "required" / "", text)."""
        for rows in (self.now.picked, self.now.considered, self.now.ruled_out):
            row = next((r for r in rows if r.item_id == item), None)
            if row is not None:
                return [
                    (_side(r.kind == "require", r.kind == "exclude", r.score), r.text)
                    for r in row.reasons
                ]
        effects = [
            e
            for e, _unused in collect(self.tree, self.session.answered_path())[0]
            if e.item == item
        ]
        seen: dict[str, str] = {}
        for e in effects:
            seen.setdefault(e.because, _side(e.require, e.exclude, e.score))
        return [(side, text) for text, side in seen.items()]

    def pairs(self, item: str) -> list[Pair]:
        """Where no single change brings ``item`` in: pairs of changes that do."""
        return self._pair_walks.bringing_in(item)

    @cached_property
    def _pair_walks(self) -> PairWalks:
        """The pairs of changes, each walked once for every item asked about."""
        return PairWalks(self.loaded, self.session, self.now, self._tried)

    def follow_ups(self, item: str) -> list[Pair]:
        """Changes that need an answer first and, with an answer to it, bring ``item`` in."""
        return follow_ups_bringing_in(
            self.loaded, self.session, self.now, item, walks=self._follow_up_walks
        )

    @cached_property
    def _follow_up_walks(self) -> list[Pair]:
        """The walks of every change that opens a question: the same for every item."""
        return follow_up_walks(self.loaded, self.session, self._tried)
