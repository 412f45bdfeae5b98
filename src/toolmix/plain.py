"""The walk as plain line-by-line prompts: for screen readers, pipes and dumb terminals.

No full screen, no colours, no cursor movement: questions and numbered options
are printed, answers are read a line at a time. ``b`` goes back, ``?`` shows
the help. The result is printed as Markdown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from toolmix.loader import LoadedTree
from toolmix.models import InfoNode, MultiNode, NumberNode, SingleNode, TextNode
from toolmix.selection import Mix, choose
from toolmix.session import AnswerError, Session, format_number


class Stopped(Exception):
    """The input ended before the walk did."""


class PlainWalk:
    def __init__(self, loaded: LoadedTree, stdin: TextIO, stdout: TextIO) -> None:
        self.session = Session(loaded)
        self.stdin = stdin
        self.stdout = stdout

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
        if tree.intro:
            self.say()
            self.say(tree.intro.strip())
        from toolmix.estimate import questions_text, tree_range

        self.say()
        self.say(f"{questions_text(*tree_range(self.session.loaded))}.")
        self.say("Type the number of your answer and press Enter. b: back, ?: help.")
        while not self.session.finished:
            self.step()
        return choose(tree, self.session.walk())

    def step(self) -> None:
        s = self.session
        node = s.node
        progress = s.progress()
        self.say()
        if isinstance(node, InfoNode):
            self.say(node.title)
            self.say(node.body.strip())
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
            self.say(getattr(node, "help", None) or "There is no help for this question.")
            return
        try:
            value = self.parse(node, reply)
            change = s.answer(value)
        except (AnswerError, ValueError) as exc:
            self.say(f"Not accepted: {exc.message if isinstance(exc, AnswerError) else exc}")
            return
        if change.dropped:
            names = ", ".join(getattr(s.nodes[n], "text", n) for n in change.dropped)
            self.say(f"These answers no longer apply and were dropped: {names}")

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
        return self.ask(f"Choose 1-{len(self.ids)}: ")

    def prompt_multi(self, node: MultiNode) -> str:
        self.ids = self._options()
        least = f"at least {node.min}" if node.min else "any number"
        return self.ask(f"Choose {least}, separated by commas (e.g. 1,3), or Enter for none: ")

    def prompt_number(self, node: NumberNode) -> str:
        unit = f" ({node.unit})" if node.unit else ""
        bounds = ""
        if node.min is not None and node.max is not None:
            bounds = f", {format_number(node.min)} to {format_number(node.max)}"
        for rng in node.ranges:
            if rng.label:
                lo = format_number(rng.min) if rng.min is not None else ""
                hi = format_number(rng.max) if rng.max is not None else ""
                self.say(f"  {lo}..{hi}: {rng.label}")
        default = f" [{format_number(node.default)}]" if node.default is not None else ""
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
