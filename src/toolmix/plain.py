"""The walk as plain line-by-line prompts: for screen readers, pipes and dumb terminals.

No full screen, no colours, no cursor movement: questions and numbered options
are printed, answers are read a line at a time. ``b`` goes back, ``?`` shows
the help. A tree's Markdown (intro, help, info pages) is shown as plain text;
the rules are worded as in the app (toolmix.engine.rule_words). Like the app, the walk is
saved after every answer and offered again when it was left unfinished. The
result is printed as Markdown (or JSON), the export format.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from toolmix.engine.rule_words import labelled_ranges, multi_limits
from toolmix.engine.selection import Mix, choose
from toolmix.engine.session import AnswerError, Session, format_number
from toolmix.load.loader import LoadedTree
from toolmix.model.problems import ToolmixError
from toolmix.model.tree import InfoNode, MultiNode, NumberNode, SingleNode, TextNode
from toolmix.store.autosave import Autosave
from toolmix.text.markdown_plain import plain_text


class Stopped(Exception):
    """The input ended before the walk did."""


class PlainWalk:
    def __init__(
        self,
        loaded: LoadedTree,
        stdin: TextIO,
        stdout: TextIO,
        autosave: Autosave | None = None,
    ) -> None:
        self.loaded = loaded
        self.session = Session(loaded)
        self.stdin = stdin
        self.stdout = stdout
        self.autosave = autosave
        self._save_warned = False

    def say(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def ask(self, prompt: str) -> str:
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise Stopped
        return line.strip()

    def run(self) -> Mix:
        tree = self.session.tree
        self.say(tree.title)
        self.say("=" * min(len(tree.title), 72))
        resumed = self.offer_resume()
        if tree.intro and not resumed:
            self.say()
            self.say(plain_text(tree.intro))
        from toolmix.engine.estimate import questions_text, tree_range

        self.say()
        self.say(f"{questions_text(*tree_range(self.session.loaded))}.")
        self.say("Type the number of your answer and press Enter. b: back, ?: help.")
        while not self.session.finished:
            self.step()
            self.save()
        return choose(tree, self.session.walk())

    def offer_resume(self) -> bool:
        """Offer the unfinished session saved before, as the app does; whether it was taken."""
        saved = self.autosave.load() if self.autosave else None
        if saved is None or saved.finished:
            return False
        from toolmix.store.resume import restore

        restored = restore(self.loaded, saved)
        count = restored.count  # only the answers that still fit the tree
        if count == 0:
            return False
        self.say()
        reply = self.ask(
            f"You have an unfinished session with {count} answer{'s' * (count != 1)}. "
            "Resume it? Enter resumes, n starts afresh: "
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
                self.say(f"Your answers could not be saved: {exc.problems[0].message}")

    def say_dropped(self, dropped: list[str], trimmed: dict[str, list[str]] | None = None) -> None:
        from toolmix.engine.answer_words import change_notes

        for note in change_notes(self.session.nodes, dropped, trimmed or {}):
            self.say(note)

    def step(self) -> None:
        s = self.session
        node = s.node
        progress = s.progress()
        self.say()
        if isinstance(node, InfoNode):
            self.say(node.title)
            if node.body:
                self.say(plain_text(node.body))
            reply = self.ask("Press Enter to continue (b: back): ")
            if reply.lower() == "b":
                self.back()
            else:
                s.proceed()
            return
        self.say(progress.label)
        self.say(getattr(node, "text", ""))
        handlers: dict[type, Callable[[Any], str]] = {
            SingleNode: self.prompt_single,
            MultiNode: self.prompt_multi,
            NumberNode: self.prompt_number,
            TextNode: self.prompt_text,
        }
        reply = handlers[type(node)](node)
        if reply.lower() == "b":
            self.back()
            return
        if reply == "?":
            self.show_help(node)
            return
        try:
            value = self.parse(node, reply)
            change = s.answer(value)
        except (AnswerError, ValueError) as exc:
            self.say(f"Not accepted: {exc.words if isinstance(exc, AnswerError) else exc}")
            return
        self.say_dropped(change.dropped, change.trimmed)

    def show_help(self, node: Any) -> None:
        """The question's help, then each option's, as plain text."""
        shown = False
        if getattr(node, "help", None):
            self.say(plain_text(node.help))
            shown = True
        if isinstance(node, (SingleNode, MultiNode)):
            for i, opt in enumerate(self.session.visible_options(), 1):
                if opt.help:
                    self.say(f"  {i}. {opt.label}: {' '.join(plain_text(opt.help).split())}")
                    shown = True
        if not shown:
            self.say("There is no help for this question.")

    def back(self) -> None:
        if not self.session.back():
            self.say("This is the first question.")

    def _options(self) -> list[str]:
        opts = self.session.visible_options()
        previous = self.session.previous_answer()
        chosen = previous if isinstance(previous, list) else [previous]
        for i, opt in enumerate(opts, 1):
            mark = " (your earlier answer)" if opt.id in chosen else ""
            self.say(f"  {i}. {opt.label}{mark}")
        return [o.id for o in opts]

    def prompt_single(self, node: SingleNode) -> str:
        self.ids = self._options()
        return self.ask(f"Type a number from 1 to {len(self.ids)}: ")

    def prompt_multi(self, node: MultiNode) -> str:
        self.ids = self._options()
        rules = "".join(f"; {rule}" for rule in multi_limits(node))
        none = "" if node.min else ", or just Enter for none"
        return self.ask(f"Type the numbers of your choices, e.g. 1,3{rules}{none}: ")

    def prompt_number(self, node: NumberNode) -> str:
        unit = f" ({node.unit})" if node.unit else ""
        bounds = ""
        if node.min is not None and node.max is not None:
            bounds = f", {format_number(node.min)} to {format_number(node.max)}"
        for words, label in labelled_ranges(node):
            self.say(f"  {words}: {label}")
        default = f"; Enter for {format_number(node.default)}" if node.default is not None else ""
        return self.ask(f"A number{unit}{bounds}{default}: ")

    def prompt_text(self, node: TextNode) -> str:
        skip = "" if node.required else " (Enter to skip)"
        return self.ask(f"Your answer{skip}: ")

    def parse(self, node: Any, reply: str) -> Any:
        if isinstance(node, SingleNode):
            return self.ids[self._number(reply, len(self.ids)) - 1]
        if isinstance(node, MultiNode):
            if not reply:
                return []
            picks = [
                self._number(p.strip(), len(self.ids))
                for p in reply.replace(" ", ",").split(",")
                if p.strip()
            ]
            return [self.ids[i - 1] for i in dict.fromkeys(picks)]
        if isinstance(node, NumberNode):
            if not reply and node.default is not None:
                return node.default
            try:
                return float(reply.replace(",", "."))
            except ValueError:
                raise ValueError(f"'{reply}' is not a number") from None
        return reply

    @staticmethod
    def _number(text: str, count: int) -> int:
        if not text.isdigit() or not 1 <= int(text) <= count:
            raise ValueError(f"type a number from 1 to {count}")
        return int(text)
