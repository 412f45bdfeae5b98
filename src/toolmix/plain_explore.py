"""Exploring the result in ``toolmix ask``: what if, why not, as numbered line prompts.

After the result, ``w`` lists the answered questions (type a number to see what
each other answer would do, or for a number question any values typed), ``n``
lists the catalogue (type a number to see why that item is or is not in the
mix, and what would bring it in). Enter, or the end of the input, finishes.
The facts are :mod:`toolmix.engine.explore`'s and are worded as
``--what-if``/``--why-not`` word them (:mod:`toolmix.export.explore_report`),
as plain text. Nothing changes: the walk and its result stay as they were.
"""

from __future__ import annotations

from typing import Any

from toolmix.engine import explore
from toolmix.engine.answer_checks import AnswerError, AnswerValue
from toolmix.engine.answer_words import answer_label
from toolmix.engine.selection import Mix, choose
from toolmix.engine.session import Session
from toolmix.export import explore_report
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import NumberNode
from toolmix.plain import PlainWalk, Stopped
from toolmix.text.i18n import N_, _, decimal_separator
from toolmix.text.markdown_plain import plain_text
from toolmix.text.words import typed_number, whole

MENU = N_("Explore: w what if you answered otherwise, n why not an item, Enter to finish: ")
_STATUS = {
    "picked": N_("in your mix"),
    "considered": N_("considered"),
    "ruled_out": N_("ruled out"),
    "not_candidate": N_("not a candidate"),
}


def typed_numbers(reply: str) -> list[float]:
    """Numbers typed in a row: ``3,6`` in English; where a comma is the decimal mark
    (Spanish), ``3; 6,5``. ValueError when one is no number."""
    if decimal_separator() == ",":
        return [typed_number(v) for v in reply.split(";") if v.strip()]
    return [typed_number(v) for v in reply.split(",") if v.strip()]


class PlainExplore:
    """The exploring prompts over one finished walk, read and written through ``walk``."""

    def __init__(self, walk: PlainWalk) -> None:
        self.io = walk
        self.loaded: LoadedTree = walk.loaded
        self.session: Session = walk.session.fork()
        self.now: Mix = choose(self.loaded.tree, self.session.answered_path())

    def run(self) -> None:
        """Offer ``w`` and ``n`` until Enter, or until the input ends (which is no error)."""
        try:
            while True:
                self.io.say()
                reply = self.io.ask(_(MENU)).lower()
                if reply == "w":
                    self.what_if()
                elif reply == "n":
                    self.why_not()
                elif not reply:
                    return
                else:
                    self.io.say(_("Type w, n, or just Enter."))
        except Stopped:
            return

    def choose_from(self, lines: list[str], prompt: str) -> int | None:
        """Show numbered ``lines``, then ask ``prompt``; the index chosen, or None for Enter
        (back to the menu)."""
        for i, line in enumerate(lines, 1):
            self.io.say(f"  {i}. {line}")
        while True:
            reply = self.io.ask(prompt)
            if not reply or reply.lower() == "b":
                return None
            if reply.isdigit() and 1 <= int(reply) <= len(lines):
                return int(reply) - 1
            self.io.say(_("Type a number from 1 to {count}.").format(count=len(lines)))

    def show(self, markdown: str) -> None:
        self.io.say()
        self.io.say(plain_text(markdown).rstrip("\n"))

    # --- what if ----------------------------------------------------------------

    def what_if(self) -> None:
        tree = self.loaded.tree
        questions = [q for q in self.session.path if q in self.session.answers]
        lines = [
            f"{getattr(tree.nodes[q], 'text', q)}: "
            + (answer_label(tree, q, self.session.answers[q]) or _("(no answer)"))
            for q in questions
        ]
        self.io.say()
        self.io.say(_("Your answers:"))
        index = self.choose_from(lines, _("Type the number of an answer to change (Enter: back): "))
        if index is None:
            return
        question = questions[index]
        self.show(
            explore_report.what_if_md(tree, explore.what_if(self.loaded, self.session, question))
        )
        if isinstance(tree.nodes[question], NumberNode):
            self.try_numbers(question)

    def try_numbers(self, question: str) -> None:
        """Other values of a number question, typed, until Enter."""
        while True:
            reply = self.io.ask(_("Type other numbers to try, e.g. 3,6 (Enter: back): "))
            if not reply or reply.lower() == "b":
                return
            tried: list[Any] = []
            try:
                values: list[AnswerValue] = [whole(v) for v in typed_numbers(reply)]
                for value in values:
                    tried.append(explore.alternative(self.loaded, self.session, question, value))
            except ValueError:
                self.io.say(
                    _("Not accepted: '{reply}' is not a list of numbers").format(reply=reply)
                )
                continue
            except AnswerError as exc:
                self.io.say(_("Not accepted: {why}").format(why=exc.words))
                continue
            found = {
                "question": question,
                "current": self.session.answers[question],
                "alternatives": [alt.as_dict(self.now) for alt in tried],
            }
            self.show(explore_report.what_if_md(self.loaded.tree, found))

    # --- why not ----------------------------------------------------------------

    def why_not(self) -> None:
        tree = self.loaded.tree
        items = list(tree.items)
        lines = [
            f"{tree.items[i].name} ({_(_STATUS[explore.standing(tree, self.now, i)[0]])})"
            for i in items
        ]
        self.io.say()
        self.io.say(_("The items of this tree:"))
        index = self.choose_from(lines, _("Type the number of an item (Enter: back): "))
        if index is None:
            return
        item = items[index]
        found = explore.why_not(self.loaded, self.session, item, now=self.now)
        from toolmix.engine.sensitivity import beyond_one_change

        follow_ups, pairs, near = (
            beyond_one_change(self.loaded, self.session, self.now, item)
            if found["status"] != "picked" and not found["changes"]
            else ([], [], None)
        )
        self.show(explore_report.why_not_md(self.now, found, pairs, near, follow_ups))
