"""How many questions a walk has: one rule for the README, the picker, the intro and progress.

The count is a range, from the shortest to the longest path still possible
(:class:`toolmix.load.index.TreeIndex` ``min_left`` / ``max_left``). Questions
already answered count on both ends, so as answers come in the range only
narrows: its low end never falls and its high end never rises.
"""

from __future__ import annotations

from toolmix.load.loader import LoadedTree
from toolmix.model.record import record
from toolmix.text.i18n import _, ngettext


def tree_range(loaded: LoadedTree) -> tuple[int, int]:
    """The fewest and the most questions of a walk from the start."""
    start = loaded.tree.start
    index = loaded.index
    return index.min_left.get(start, 0), index.max_left.get(start, 0)


#: Between the ends of a range read aloud (``toolmix ask``): a screen reader
#: may say "12 en dash 16", or nothing between them.
SPOKEN = " to "


def span(fewest: int, most: int, between: str = "–") -> str:
    """``12–16``, or ``9`` when every path asks as many questions; ``12 to 16`` read aloud."""
    if fewest >= most:
        return str(most)
    if between == SPOKEN:  # words, which the language gives
        return _("{fewest} to {most}").format(fewest=fewest, most=most)
    return f"{fewest}{between}{most}"


def questions_text(fewest: int, most: int, between: str = "–") -> str:
    """``12–16 questions``, ``9 questions``, ``1 question``."""
    count = span(fewest, most, between)
    return ngettext("{count} question", "{count} questions", most).format(count=count)


def progress_label(answered: int, fewest_left: int, most_left: int, between: str = "–") -> str:
    """The progress line of a walk, e.g. ``Question 4 of 12–16``.

    ``fewest_left`` and ``most_left`` count the current question. On a node
    with no question left (an info page before the result) it says so.
    """
    if most_left == 0:
        return _("Almost done")
    most = span(answered + fewest_left, answered + most_left, between)
    return _("Question {number} of {count}").format(number=answered + 1, count=most)


@record(frozen=True)
class Progress:
    """Questions answered, and the fewest / most still to come (current one included)."""

    answered: int
    fewest_left: int
    most_left: int

    @property
    def position(self) -> int:
        """The number of the question being asked (1-based)."""
        return self.answered + 1

    @property
    def estimated_total(self) -> int:
        return self.answered + round((self.fewest_left + self.most_left) / 2)

    @property
    def label(self) -> str:
        """``Question 4 of 12–16``: the one wording of progress."""
        return progress_label(self.answered, self.fewest_left, self.most_left)

    @property
    def spoken(self) -> str:
        """``Question 4 of 12 to 16``: the label as ``toolmix ask`` prints it."""
        return progress_label(self.answered, self.fewest_left, self.most_left, SPOKEN)
