"""The base of every dialog: a modal screen whose sheet (dialog.tcss) frames them all."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType]):
    """A modal screen styled as a framed box over the dimmed screen below.

    Textual's type selectors match a class's bases, so ``Dialog`` in
    dialog.tcss styles every dialog; each dialog's own sheet adds only its parts.
    """
