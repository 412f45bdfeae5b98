"""Pairs of changes that bring an item in where no single change does, walked once for every item.

Why not's next words, where no one change of an answer brings an item in
(docs/explore.md): pairs of changes that do, least disruptive first. Only
changes that move something on their own are paired (the mix, the plan, or the
item's score): a change that alters nothing cannot help another. The walk of a
pair is the same whichever item is asked about, so :class:`PairWalks` keeps each
one it has walked: the app's Why not asks for the highlighted item as the cursor
moves down the catalogue (newuser8 #4: the reasons trailed the cursor by
seconds), and each item after the first mostly reads walks already made.
"""

from __future__ import annotations

from collections.abc import Sequence

from toolmix.engine.alternatives import follow, session_at
from toolmix.engine.answer_checks import AnswerValue
from toolmix.engine.explore import Alternative, every_alternative
from toolmix.engine.selection import Mix, choose, collect
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree

#: Two answers given (question, answer) and the mix they make together.
Pair = tuple[tuple[str, AnswerValue], tuple[str, AnswerValue], Mix]


def scores(mix: Mix) -> dict[str, int]:
    """Each item's score in a mix, candidate or not (the sum of its effects' scores)."""
    answered = [(n, mix.answers.get(n)) for n in mix.path]
    out: dict[str, int] = {}
    for effect, _unused in collect(mix.tree, answered)[0]:
        out[effect.item] = out.get(effect.item, 0) + effect.score
    return out


def _picked(mix: Mix) -> set[str]:
    return {r.item_id for r in mix.picked}


class PairWalks:
    """The pairs of one walk's single changes, each walked at most once."""

    def __init__(
        self,
        loaded: LoadedTree,
        session: Session,
        now: Mix,
        tried: Sequence[tuple[str, Alternative]] | None = None,
    ) -> None:
        self.loaded = loaded
        self.session = session
        self.now = now
        every = every_alternative(loaded, session) if tried is None else tried
        #: The changes that make a mix (those that need an answer first are not paired).
        self.changes = [(q, alt, alt.mix) for q, alt in every if alt.mix is not None]
        picked = _picked(now)
        #: Whether each change alters the mix or the plan on its own.
        self.moves = [
            bool(_picked(mix) ^ picked) or mix.result_node != now.result_node
            for _q, _alt, mix in self.changes
        ]
        self._now_scores = scores(now)
        self._scores: dict[int, dict[str, int]] = {}
        self._walked: dict[tuple[int, int], Mix | None] = {}

    def _score(self, index: int, item: str) -> int:
        if index not in self._scores:
            self._scores[index] = scores(self.changes[index][2])
        return self._scores[index].get(item, 0)

    def _walk(self, i: int, j: int) -> Mix | None:
        """The mix of changes ``i`` and ``j`` together; None when it needs another answer."""
        if (i, j) not in self._walked:
            (q1, a1, _m1), (q2, a2, _m2) = self.changes[i], self.changes[j]
            answers = self.session.answers
            paired = session_at(self.loaded, answers, q1).fork()
            paired.advance(a1.answer)
            done = follow(paired, {**answers, q2: a2.answer}) is None
            self._walked[i, j] = choose(self.loaded.tree, paired.answered_path()) if done else None
        return self._walked[i, j]

    def bringing_in(self, item: str, limit: int = 3) -> list[Pair]:
        """Where no single change brings ``item`` in: pairs of changes that do, least
        disruptive first (the fewest picks in or out), then in path and option order."""
        now = self._now_scores.get(item, 0)
        moving = [
            i for i in range(len(self.changes)) if self.moves[i] or self._score(i, item) != now
        ]
        found = []
        for n, i in enumerate(moving):
            for j in moving[n + 1 :]:
                if self.changes[j][0] == self.changes[i][0]:
                    continue
                mix = self._walk(i, j)
                if mix is not None and any(r.item_id == item for r in mix.picked):
                    (q1, a1, _m1), (q2, a2, _m2) = self.changes[i], self.changes[j]
                    found.append(((q1, a1.answer), (q2, a2.answer), mix))
        picked = _picked(self.now)
        found.sort(key=lambda f: len(picked ^ _picked(f[2])))
        return found[:limit]
