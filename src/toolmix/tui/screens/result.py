"""The recommended mix: by group, why each item, the budget, what was left out."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from toolmix.models import ResultNode
from toolmix.plan import plan_markdown, why_not
from toolmix.selection import Mix, Reason, Row
from toolmix.session import format_hours
from toolmix.tui.safe import literal, literal_line
from toolmix.tui.screens.styled_at_mount import StyledAtMount
from toolmix.tui.widgets.help_text import HelpText
from toolmix.tui.widgets.key_footer import KeyFooter


class ResultScreen(StyledAtMount, Screen[None]):
    # result.tcss is read as this screen's default CSS, not as its CSS_PATH:
    # Textual reads a CSS_PATH when the screen is first pushed, and then
    # parses every style sheet again and restyles every widget of every
    # screen (most of the ~100 ms the result took to appear). Default CSS is
    # parsed on its own when the screen is first mounted, scoped to it.
    DEFAULT_CSS = (Path(__file__).parent / "result.tcss").read_text(encoding="utf-8")
    BINDINGS = [
        Binding("e", "export", "Export", id="result.export"),
        Binding("r", "restart", "Start over", id="result.restart"),
        Binding("escape", "back", "Back", id="result.back"),
        Binding("f1,question_mark", "app.keys", "Keys", id="result.keys"),
    ]

    class ExportRequested(Message):
        pass

    class RestartRequested(Message):
        pass

    class BackRequested(Message):
        pass

    def __init__(self, mix: Mix, previous: Mix | None = None) -> None:
        super().__init__()
        self.mix = mix
        self.previous = previous

    def compose(self) -> ComposeResult:
        mix = self.mix
        node = mix.tree.nodes[mix.result_node]
        assert isinstance(node, ResultNode)
        yield Static(literal_line(mix.title, "bold"), id="result-title")
        if mix.budget is not None:
            with Horizontal(id="budget-row"):
                yield Static(self._budget_label(), id="budget-label")
                yield ProgressBar(
                    total=max(mix.budget, mix.total_effort, 0.01),
                    show_eta=False,
                    show_percentage=False,
                    id="budget",
                )
        yield Static(self._changes(), id="changes")
        with Horizontal(id="columns"):
            with VerticalScroll(id="left"):
                yield Static("Your mix", classes="section")
                yield OptionList(*self._mix_options(), id="mix")
                yield Static(self._considered(), id="considered")
                yield Static(self._ruled_out(), id="ruled-out")
            with VerticalScroll(id="right"):
                yield Static("Why", classes="section")
                yield Static(id="reasons")
                if node.body or mix.picked:
                    yield Static("The plan", classes="section", id="plan-title")
                    # HelpText: the plan's usual Markdown (paragraphs, bold,
                    # lists) as styled text, the Markdown widget only if needed.
                    yield HelpText(id="result-body")
        yield KeyFooter()

    def on_mount(self) -> None:
        mix_list = self.query_one("#mix", OptionList)
        first = next((i for i, o in enumerate(mix_list.options) if not o.disabled), None)
        mix_list.highlighted = first
        mix_list.focus()
        if self.mix.budget is not None:
            self.query_one("#budget", ProgressBar).update(progress=self.mix.total_effort)
        self._show_reasons()
        self._show_plan()

    # --- content ------------------------------------------------------------------

    def _mix_options(self) -> list[Option]:
        options: list[Option] = []
        if not self.mix.picked:
            return [Option(Content("Nothing fits these answers."), disabled=True)]
        for gid, rows in self.mix.by_group():
            options.append(
                Option(literal_line(self.mix.tree.groups[gid].title, "bold $accent"), disabled=True)
            )
            for row in rows:
                options.append(Option(self._item(row), id=row.item_id))
        return options

    @staticmethod
    def _item(row: Row) -> Content:
        item = row.item
        facts = f"  {format_hours(item.effort)} h/week"
        parts: list[Content | str | tuple[str, str]] = [
            literal_line(item.name, "bold"),
            (facts, "dim"),
        ]
        if item.cost:
            parts += [("  ·  ", "dim"), literal_line(item.cost, "dim")]
        if row.required:
            parts.append(("  required", "italic"))
        if item.summary:
            parts += ["\n", literal_line(item.summary)]
        return Content.assemble(*parts)

    def _budget_label(self) -> Content:
        mix = self.mix
        assert mix.budget is not None
        effort = mix.total_effort
        over = effort > mix.budget + 1e-9
        text = f"Time: {format_hours(effort)} of your {format_hours(mix.budget)} hours a week"
        return Content(text + (" (required items go over)" if over else "")).stylize(
            "$warning" if over else ""
        )

    def _changes(self) -> Content:
        if self.previous is None:
            return Content("")
        before = {r.item_id for r in self.previous.picked}
        now = {r.item_id for r in self.mix.picked}
        added = [r.item.name for r in self.mix.picked if r.item_id not in before]
        removed = [r.item.name for r in self.previous.picked if r.item_id not in now]
        if not added and not removed:
            return Content("Same mix as your last result.").stylize("dim")
        parts: list[Content | str | tuple[str, str]] = [("Since your last result: ", "bold")]
        for name in added:
            parts += [("+ ", "bold $success"), literal_line(name), "  "]
        for name in removed:
            parts += [("- ", "bold $error"), literal_line(name), "  "]
        return Content.assemble(*parts)

    @staticmethod
    def _reason_line(reason: Reason) -> Content:
        src = reason.source
        if src.choice is None:
            origin = Content.assemble(
                ("  from the result ", "dim"), literal_line(src.question, "dim italic")
            )
        else:
            origin = Content.assemble(
                ("  because you answered ", "dim"),
                literal_line(src.answer, "italic"),
                (" to ", "dim"),
                literal_line(src.question, "dim italic"),
            )
        mark = {"require": " (required)", "exclude": " (ruled out)"}.get(reason.kind, "")
        score = f" {reason.score:+d}" if reason.score else ""
        return Content.assemble(
            ("• ", "bold"), literal(reason.text), (score + mark, "dim"), "\n", origin
        )

    def _considered(self) -> Content:
        rows = self.mix.considered
        if not rows:
            return Content("")
        parts: list[Content | str | tuple[str, str]] = [("Also considered", "bold"), "\n"]
        for row in rows:
            parts += [literal_line(row.item.name), (f"  {why_not(self.mix, row)}", "dim"), "\n"]
        return Content.assemble(*parts)

    def _ruled_out(self) -> Content:
        rows = self.mix.ruled_out
        if not rows:
            return Content("")
        parts: list[Content | str | tuple[str, str]] = [("Ruled out", "bold"), "\n"]
        for row in rows:
            why = "; ".join(r.text for r in row.reasons)
            parts += [literal_line(row.item.name), ("  ", ""), literal_line(why, "dim"), "\n"]
        return Content.assemble(*parts)

    def _show_reasons(self) -> None:
        option = self.query_one("#mix", OptionList).highlighted_option
        reasons = self.query_one("#reasons", Static)
        row = next(
            (r for r in self.mix.picked if option is not None and r.item_id == option.id), None
        )
        if row is None:
            reasons.update("")
            return
        lines = [self._reason_line(r) for r in row.reasons]
        reasons.update(
            Content.assemble(literal_line(row.item.name, "bold"), "\n", Content("\n").join(lines))
        )

    def _show_plan(self) -> None:
        """The result's body, then the plan built from the picks (This week, Every week)."""
        node = self.mix.tree.nodes[self.mix.result_node]
        assert isinstance(node, ResultNode)
        text = "\n\n".join(t for t in (node.body, plan_markdown(self.mix)) if t)
        if text:
            self.query_one("#result-body", HelpText).show(text)

    # --- events -------------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_reasons()
        self._show_plan()

    def action_export(self) -> None:
        self.post_message(self.ExportRequested())

    def action_restart(self) -> None:
        self.post_message(self.RestartRequested())

    def action_back(self) -> None:
        self.post_message(self.BackRequested())
