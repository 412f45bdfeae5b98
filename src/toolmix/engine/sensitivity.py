"""What a result rests on: the answers whose change would change it most, and what an hour buys.

Both are read off the alternatives of :mod:`toolmix.engine.explore`; a person sees
which of their answers the recommendation depends on, and what one hour less
or a few more would change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from toolmix.engine.alternatives import first_values, follow, session_at
from toolmix.engine.answer_checks import AnswerError
from toolmix.engine.claims import claimed
from toolmix.engine.explore import Alternative, Nearest, alternative, every_alternative, nearest
from toolmix.engine.pair_walks import Pair, PairWalks
from toolmix.engine.selection import Mix, choose
from toolmix.engine.session import Session
from toolmix.engine.swaps import Swaps, leaving_words, swap_words, swaps
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import NumberNode, ResultNode, on_step
from toolmix.model.tree import BudgetFromAnswer
from toolmix.text.i18n import _, ngettext
from toolmix.text.words import and_list, whole

#: The budgets shown beside the person's own: one hour less to three more.
HOUR_STEPS = (-1, 1, 2, 3)


@dataclass
class Change:
    """One answer changed, and what it does to the mix."""

    question: str
    alternative: Alternative
    joins: list[str]
    leaves: list[str]
    new_plan: bool
    #: Items that would join paired with their twins that would leave (:mod:`.swaps`):
    #: the same place, started new instead of kept (or the other way).
    swaps: Swaps = field(default_factory=list)

    @property
    def plain_joins(self) -> list[str]:
        """The items that would join, but for those of a twin swap (said once, as the swap)."""
        swapped = {joined for joined, _left in self.swaps}
        return [i for i in self.joins if i not in swapped]

    @property
    def plain_leaves(self) -> list[str]:
        """The items that would leave, but for those of a twin swap."""
        swapped = {left for _joined, left in self.swaps}
        return [i for i in self.leaves if i not in swapped]

    @property
    def size(self) -> int:
        """Everything that would change: items in and out, and a different plan."""
        return len(self.joins) + len(self.leaves) + int(self.new_plan)

    @property
    def weight(self) -> int:
        """How much the advice would change: as :attr:`size`, a twin swap counting nothing."""
        return self.size - 2 * len(self.swaps)


def effect_words(
    change: Change, name: Callable[[str], str] = str, title: Callable[[str], str] = str
) -> str:
    """What a change would do, worded once for the app and the export: the items
    that would join, those that would leave, what would be started new instead of
    kept (a twin swap, said once rather than as a join and a leave), then the new
    plan, e.g. "TikTok would join; Instagram and X would leave; the plan would
    become The steady mix".

    ``name`` and ``title`` render an item's name and the plan's title as the
    caller shows text (the export escapes both for Markdown, the title in italics).
    """
    new = change.alternative.mix
    assert new is not None
    tree = new.tree
    swapped = {i for pair in change.swaps for i in pair}
    parts = []
    joining = [i for i in change.joins if i not in swapped]
    if joining:
        names = and_list([name(tree.items[i].name) for i in joining])
        joins = ngettext("{names} would join", "{names} would join", len(joining))
        parts.append(joins.format(names=names))
    leaving = [i for i in change.leaves if i not in swapped]
    if leaving:
        names = and_list([name(tree.items[i].name) for i in leaving])
        leaves = ngettext("{names} would leave", "{names} would leave", len(leaving))
        parts.append(leaves.format(names=names))
    parts += swap_words(tree, change.swaps, name)
    if change.new_plan:
        node = tree.nodes[new.result_node]
        plan = node.title if isinstance(node, ResultNode) else new.result_node
        parts.append(_("the plan would become {title}").format(title=title(plan)))
    return "; ".join(parts)


def change_of(now: Mix, question: str, alt: Alternative) -> Change:
    assert alt.mix is not None
    picked = [r.item_id for r in now.picked]
    new = [r.item_id for r in alt.mix.picked]
    joins = [i for i in new if i not in picked]
    leaves = [i for i in picked if i not in new]
    return Change(
        question,
        alt,
        joins,
        leaves,
        alt.mix.result_node != now.result_node,
        swaps(now.tree, joins, leaves),
    )


def what_matters(loaded: LoadedTree, session: Session, now: Mix, top: int = 3) -> list[Change]:
    """The answers whose change would change the mix most: each with its largest change.

    Ordered by how much the advice changes (items in and out, and a different
    plan; an item swapped for its twin, the same place started new instead of
    kept, counts nothing), then by how many twins are swapped, then by path
    order; answers whose every alternative leaves the mix as it is are left out,
    and so are the answers the tree marks as given (``x-plan.given``: who the
    person is, which they cannot choose to change), and every alternative that
    claims a place the person does not run (:mod:`.claims`: "Your Etsy shop
    would join" is not a change they can choose).
    """
    given = frozenset(now.tree.x_plan.given) if now.tree.x_plan is not None else frozenset()
    best: dict[str, Change] = {}
    for question, alt in every_alternative(loaded, session, given):
        if alt.mix is None or claimed(now, alt.mix):
            continue
        change = change_of(now, question, alt)
        if change.size and (question not in best or _rank(change) > _rank(best[question])):
            best[question] = change
    order = {q: i for i, q in enumerate(session.path)}
    ranked = sorted(best.values(), key=lambda c: (*(-n for n in _rank(c)), order[c.question]))
    return ranked[:top]


def _rank(change: Change) -> tuple[int, int]:
    return change.weight, len(change.swaps)


def hours_table(loaded: LoadedTree, session: Session, now: Mix) -> list[tuple[float, Change]]:
    """For a budget taken from a number question: one hour less to three more, what changes."""
    budget = loaded.tree.result.budget
    if not isinstance(budget, BudgetFromAnswer) or budget.answer not in session.answers:
        return []
    question = budget.answer
    node = loaded.tree.nodes[question]
    current = session.answers[question]
    if not isinstance(node, NumberNode) or not isinstance(current, (int, float)):
        return []
    rows = []
    for step in HOUR_STEPS:
        hours = whole(current + step)
        if (node.min is not None and hours < node.min) or (
            node.max is not None and hours > node.max
        ):
            continue
        if node.step is not None and not on_step(hours, node.step, node.min):
            continue
        try:
            alt = alternative(loaded, session, question, hours)
        except AnswerError:
            continue
        if alt.mix is not None:
            rows.append((hours, change_of(now, question, alt)))
    return rows


def hours_leaving(rows: list[tuple[float, Change]], name: Callable[[str], str] = str) -> list[str]:
    """Why each pick that leaves in the hours table would leave (:func:`.swaps.leaving_words`)."""
    # A pick swapped for its twin does not leave: the same place goes on in another form.
    walks = [
        (h, c.alternative.mix, c.plain_joins, c.plain_leaves) for h, c in rows if c.alternative.mix
    ]
    return leaving_words(walks, name)


def pairs_bringing_in(
    loaded: LoadedTree, session: Session, now: Mix, item: str, limit: int = 3
) -> list[Pair]:
    """Where no single change brings ``item`` in: pairs of changes that do, least disruptive
    first (:class:`.pair_walks.PairWalks`, which keeps its walks for the next item asked)."""
    return PairWalks(loaded, session, now).bringing_in(item, limit)


def follow_up_walks(
    loaded: LoadedTree, session: Session, tried: Sequence[tuple[str, Alternative]] | None = None
) -> list[Pair]:
    """Each change that needs an answer first (what if's "needs an answer first"), with
    each answer to the question it opens, and the mix they make; the same for every item.

    The needed question is tried as :func:`first_values` says, with every other
    answer kept; a walk that then needs yet another answer is left out.
    """
    found = []
    for question, alt in every_alternative(loaded, session) if tried is None else tried:
        if alt.needs is None:
            continue
        walk = session_at(loaded, session.answers, question).fork()
        walk.advance(alt.answer)
        if follow(walk, session.answers) != alt.needs:
            continue
        for value in first_values(walk, session.answers.get(alt.needs)):
            answered = walk.fork()
            try:
                answered.answer(value)
            except AnswerError:
                continue
            if follow(answered, session.answers) is not None:
                continue
            mix = choose(loaded.tree, answered.answered_path())
            found.append(((question, alt.answer), (alt.needs, answered.answers[alt.needs]), mix))
    return found


def follow_ups_bringing_in(
    loaded: LoadedTree,
    session: Session,
    now: Mix,
    item: str,
    tried: Sequence[tuple[str, Alternative]] | None = None,
    limit: int = 3,
    walks: Sequence[Pair] | None = None,
) -> list[Pair]:
    """The :func:`follow_up_walks` (``walks`` when given) that bring ``item`` in,
    least disruptive first."""
    every = follow_up_walks(loaded, session, tried) if walks is None else walks
    found = [f for f in every if any(r.item_id == item for r in f[2].picked)]
    picked = {r.item_id for r in now.picked}
    found.sort(key=lambda f: len(picked ^ {r.item_id for r in f[2].picked}))
    return found[:limit]


def beyond_one_change(
    loaded: LoadedTree, session: Session, now: Mix, item: str
) -> tuple[list[Pair], list[Pair], Nearest | None]:
    """Where no single change brings ``item`` in, the Markdown report's next words:
    changes that need an answer first (with it), pairs of changes, and, when
    neither does, where the item comes nearest the mix."""
    tried = every_alternative(loaded, session)
    follow_ups = follow_ups_bringing_in(loaded, session, now, item, tried)
    pairs = pairs_bringing_in(loaded, session, now, item)
    near = None if follow_ups or pairs else nearest(loaded, session, item, tried)
    return follow_ups, pairs, near
