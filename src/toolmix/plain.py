"""The walk as plain line-by-line prompts: for screen readers, pipes and dumb terminals.

No full screen, no colours, no cursor movement: questions and numbered options
are printed, answers are read a line at a time. ``b`` goes back, ``?`` shows
the help, ``q`` quits (the answers are kept, as when the input ends); Enter
keeps the answer given before, after going back. Lines are wrapped at the
terminal's width (toolmix.text.wrap). A tree's Markdown (intro, help, info pages) is shown as plain text;
the rules are worded as in the app (toolmix.engine.rule_words). Like the app, the walk is
saved after every answer and offered again when it was left unfinished. The
result is printed as Markdown (or JSON), the export format.
"""

from __future__ import annotations

from typing import TextIO

from toolmix.engine.answer_checks import AnswerError, AnswerValue
from toolmix.engine.selection import Mix, choose
from toolmix.engine.session import Session
from toolmix.engine.step import Step, step_for
from toolmix.load.loader import LoadedTree
from toolmix.model.problems import ToolmixError
from toolmix.store.autosave import Autosave
from toolmix.text.i18n import _, ngettext
from toolmix.text.markdown_plain import plain_text
from toolmix.text.words import typed_number
from toolmix.text.wrap import output_width, wrap_prompt, wrap_text


class Stopped(Exception):
    """The input ended before the walk did."""


class Quit(Stopped):
    """The person typed ``q``: the walk ends there, its answers kept."""


def without_title(intro: str, title: str) -> str:
    """The intro less a first heading that says the title again (it was printed twice)."""
    first, _sep, rest = intro.lstrip().partition("\n")
    heading = first.strip()
    if heading.startswith("#") and heading.strip("# ").casefold() == title.strip().casefold():
        return rest.lstrip("\n")
    return intro


class PlainWalk:
    def __init__(
        self,
        loaded: LoadedTree,
        stdin: TextIO,
        stdout: TextIO,
        autosave: Autosave | None = None,
        width: int | None = None,
    ) -> None:
        self.loaded = loaded
        self.session = Session(loaded)
        self.stdin = stdin
        self.stdout = stdout
        self.autosave = autosave
        self.width = width or output_width(stdout)
        self._save_warned = False

    def say(self, text: str = "") -> None:
        self.stdout.write(wrap_text(text, self.width) + "\n")

    def ask(self, prompt: str) -> str:
        self.stdout.write(wrap_prompt(prompt, self.width))
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise Stopped
        if line.strip().lower() == "q":
            raise Quit
        return line.strip()

    def run(self) -> Mix:
        tree = self.session.tree
        self.say(tree.title)  # no underline of "=": read aloud, it is a row of "equals"
        resumed = self.offer_resume()
        if tree.intro and not resumed:
            self.say()
            self.say(plain_text(without_title(tree.intro, tree.title)))
        from toolmix.engine.estimate import SPOKEN, questions_text, tree_range

        self.say()
        self.say(f"{questions_text(*tree_range(self.session.loaded), SPOKEN)}.")
        self.say(
            _(
                "Type the number of your answer and press Enter. "
                "b: back, ?: help, q: quit (your answers are kept)."
            )
        )
        while not self.session.finished:
            self.step()
            self.save()
        return choose(tree, self.session.answered_path())

    def offer_resume(self) -> bool:
        """Offer the unfinished session saved before, as the app does; whether it was taken."""
        saved = self.autosave.load() if self.autosave else None
        if saved is None or saved.finished:
            return False
        from toolmix.store.resume import restore

        restored = restore(self.loaded, saved)
        count = restored.count  # only the answers that still fit the tree
        if not restored.worth_offering:
            return False
        self.say()
        reply = self.ask(
            ngettext(
                "You have an unfinished session with {n} answer. "
                "Resume it? Enter resumes, n starts afresh: ",
                "You have an unfinished session with {n} answers. "
                "Resume it? Enter resumes, n starts afresh: ",
                count,
            ).format(n=count)
            if count
            else _(
                "You have an unfinished session: you had started on a question. "
                "Resume it? Enter resumes, n starts afresh: "
            )
        )
        if reply.lower() in ("n", "no"):
            return False
        self.session = restored.session
        self.say_dropped(restored.dropped, restored.trimmed)
        return True

    def save(self) -> None:
        if self.autosave is None:
            return
        try:
            self.autosave.save(self.session)
        except ToolmixError as exc:
            if not self._save_warned:
                self._save_warned = True
                self.say(
                    _("Your answers could not be saved: {why}").format(why=exc.problems[0].message)
                )

    def say_dropped(self, dropped: list[str], trimmed: dict[str, list[str]] | None = None) -> None:
        from toolmix.engine.answer_words import change_notes

        for note in change_notes(self.session.nodes, dropped, trimmed or {}):
            self.say(note)

    def step(self) -> None:
        """Show the current node's Step, read a reply, and answer (or go back)."""
        step = step_for(self.session)
        self.say()
        if step.kind == "info":
            self.say(step.title)
            if step.help:
                self.say(plain_text(step.help))
            reply = self.ask(_("Press Enter to continue (b: back): "))
            if reply.lower() == "b":
                self.back(step)
            else:
                self.session.proceed()
            return
        self.say(step.progress.spoken)
        self.say(step.title)
        reply = self.prompt(step)
        if reply.lower() == "b":
            self.back(step)
            return
        if reply == "?":
            self.show_help(step)
            return
        try:
            value = self.parse(step, reply)
            change = self.session.answer(value)
        except (AnswerError, ValueError) as exc:
            why = exc.words if isinstance(exc, AnswerError) else str(exc)
            self.say(_("Not accepted: {why}").format(why=why))
            return
        self.say_dropped(change.dropped, change.trimmed)

    def show_help(self, step: Step) -> None:
        """The question's help, then each option's, as plain text."""
        shown = False
        if step.help:
            self.say(plain_text(step.help))
            shown = True
        for i, opt in enumerate(step.options, 1):
            if opt.help:
                self.say(f"  {i}. {opt.label}: {' '.join(plain_text(opt.help).split())}")
                shown = True
        if not shown:
            self.say(_("There is no help for this question."))

    def back(self, step: Step) -> None:
        if step.can_go_back:
            self.session.back()
        else:
            self.say(_("This is the first question."))

    def prompt(self, step: Step) -> str:
        """Show the options or the field's rules, and read the reply."""
        # Ticks kept from before a quit (a draft) were never given: not "your earlier answer".
        drafted = step.node_id in self.session.drafts
        mark = _("{label} (what you had ticked)") if drafted else _("{label} (your earlier answer)")
        for i, opt in enumerate(step.options, 1):
            self.say(f"  {i}. " + (mark if opt.checked else "{label}").format(label=opt.label))
        earlier = any(opt.checked for opt in step.options)
        if step.kind == "single":
            ask = (
                _("Type a number from 1 to {count}, or just Enter to keep your earlier answer: ")
                if earlier
                else _("Type a number from 1 to {count}: ")
            )
            return self.ask(ask.format(count=len(step.options)))
        if step.kind == "multi":
            rules = "".join(f"; {rule}" for rule in step.rules)
            if earlier and drafted and step.fewest:
                ask = _(
                    "Type the numbers of your choices, e.g. 1,3{rules}, "
                    "or just Enter to give what you had ticked: "
                )
            elif earlier and drafted:
                ask = _(
                    "Type the numbers of your choices, e.g. 1,3{rules}, 0 for none, "
                    "or just Enter to give what you had ticked: "
                )
            elif earlier and step.fewest:
                ask = _(
                    "Type the numbers of your choices, e.g. 1,3{rules}, "
                    "or just Enter to keep your earlier answer: "
                )
            elif earlier:
                ask = _(
                    "Type the numbers of your choices, e.g. 1,3{rules}, 0 for none, "
                    "or just Enter to keep your earlier answer: "
                )
            elif step.fewest:
                ask = _("Type the numbers of your choices, e.g. 1,3{rules}: ")
            else:
                ask = _(
                    "Type the numbers of your choices, e.g. 1,3{rules}, or just Enter for none: "
                )
            return self.ask(ask.format(rules=rules))
        if step.number is not None:
            field = step.number
            what = _("A number ({unit})").format(unit=field.unit) if field.unit else _("A number")
            bounds = f", {field.bounds}" if field.bounds else ""
            for words, label in field.ranges:
                self.say(f"  {words}: {label}")
            # The field's value: the earlier answer, else the default.
            default = _("; Enter for {value}").format(value=field.value) if field.value else ""
            return self.ask(f"{what}{bounds}{default}: ")
        assert step.text is not None
        if step.text.value:
            return self.ask(
                _("Your answer (Enter keeps “{answer}”): ").format(answer=step.text.value)
            )
        return self.ask(
            _("Your answer: ") if step.text.required else _("Your answer (Enter to skip): ")
        )

    def parse(self, step: Step, reply: str) -> AnswerValue:
        """The reply as the answer the session takes; ValueError says what is wrong."""
        ids = step.option_ids()
        earlier = [opt.id for opt in step.options if opt.checked]
        if step.kind == "single":
            if not reply and earlier:
                return earlier[0]
            return ids[self._number(reply, len(ids)) - 1]
        if step.kind == "multi":
            if not reply:
                return earlier
            if reply == "0":
                return []
            picks = [
                self._number(p.strip(), len(ids))
                for p in reply.replace(" ", ",").split(",")
                if p.strip()
            ]
            return [ids[i - 1] for i in dict.fromkeys(picks)]
        if step.number is not None:
            if not reply and isinstance(step.previous, (int, float)):
                return step.previous
            if not reply and step.number.default is not None:
                return step.number.default
            try:
                return typed_number(reply)
            except ValueError:
                raise ValueError(_("'{reply}' is not a number").format(reply=reply)) from None
        if not reply and step.text is not None:
            return step.text.value
        return reply

    @staticmethod
    def _number(text: str, count: int) -> int:
        if not text.isdigit() or not 1 <= int(text) <= count:
            raise ValueError(_("type a number from 1 to {count}").format(count=count))
        return int(text)
