"""Which changes of one answer a person could make: not those that claim a place they do not run.

"What would change this plan" ranks the answers whose change would change the
advice most (:func:`.sensitivity.what_matters`). Some alternatives are not a
change anyone can choose: with *An Etsy or other marketplace shop* ticked under
"What else do you already run", "Your Etsy shop would join" (review 9, F6),
which a parish council cannot decide to have run all along. Read from the
tree's own rules (docs/explore.md, "Readings where the contract is silent"):
an alternative **claims** a place when its mix picks an item of ``x-plan.kept``
(a place the person runs, "Your Etsy shop") that the mix now does not, unless a
pick now that is kept too is its twin (:mod:`.swaps`: the same place the person
runs, kept in another form, as "Your Facebook Page at one post a month" for
"Your Facebook Page"). An item with ``x-plan.kept_steps`` is kept only when the
answers hold the option its step names (a LinkedIn profile is the person's own
when they said they have one; one their people's LinkedIn brings in is new).
A tree without ``x-plan`` ``kept`` has no claims.
"""

from __future__ import annotations

from collections.abc import Mapping

from toolmix.engine.answer_checks import AnswerValue
from toolmix.engine.selection import Mix
from toolmix.engine.swaps import twins
from toolmix.model.tree import Tree


def kept_in(tree: Tree, item: str, answers: Mapping[str, AnswerValue]) -> bool:
    """Whether ``item`` is a place the person runs, with these answers (``x-plan.kept``)."""
    plan = tree.x_plan
    if plan is None or item not in plan.kept:
        return False
    step = plan.kept_steps.get(item)
    if step is None:
        return True
    held = answers.get(step.answer)
    return isinstance(held, list) and step.has in held


def claimed(now: Mix, new: Mix) -> list[str]:
    """The places the ``new`` mix would have the person run that they do not now:
    picked there, kept with its answers, and neither picked now nor a twin of a
    kept pick now. In the new mix's picked order; empty when the change claims none."""
    tree = now.tree
    picked = {r.item_id for r in now.picked}
    held = {i for i in picked if kept_in(tree, i, now.answers)}
    of = twins(tree)
    return [
        i
        for i in (r.item_id for r in new.picked)
        if i not in picked and kept_in(tree, i, new.answers) and not (of.get(i, set()) & held)
    ]
