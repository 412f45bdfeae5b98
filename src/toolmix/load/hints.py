""" " (did you mean 'options'?)" in the person's language.

The model finds the closest id (:class:`toolmix.model.problems.Suggester`,
which words it in English and imports no wording); this says it through the
core catalogue, for every message of the loader, the linter and the engine.
"""

from __future__ import annotations

from collections.abc import Iterable

from toolmix.model.problems import Suggester as ClosestIds
from toolmix.text.i18n import _


class Suggester(ClosestIds):
    """Close matches among a fixed set of ids, offered in the person's language."""

    def __call__(self, word: str) -> str:
        match = self.closest(word)
        return " " + _("(did you mean '{word}'?)").format(word=match) if match else ""


def suggest(word: str, choices: Iterable[str]) -> str:
    """A " (did you mean 'x'?)" suffix for a close match, or an empty string."""
    return Suggester(choices)(word)
