"""The recommended mix: by group, why each item, the budget, what was left out."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import ProgressBar, Static

from toolmix.engine.explorer import Explorer
from toolmix.engine.plan import result_text
from toolmix.engine.selection import Mix, Reason
from toolmix.engine.sensitivity import effect_words
from toolmix.text.i18n import N_, _
from toolmix.text.words import duration, hours_a_week
from toolmix.tui.safe import literal, literal_line
from toolmix.tui.screens.result_page import ResultPage, size_classes
from toolmix.tui.screens.styled_at_mount import StyledAtMount
from toolmix.tui.widgets.help_text import HelpText
from toolmix.tui.widgets.key_footer import KeyFooter
from toolmix.tui.widgets.mix_list import MixList
from toolmix.tui.wording import sentence


class ResultScreen(ResultPage, StyledAtMount, Screen[None]):
    # Styled by result.tcss, which the app lists (ToolmixApp.CSS_PATH).
    BINDINGS = [
        Binding("e", "export", N_("Export"), id="result.export"),
        Binding("r", "restart", N_("Start over"), id="result.restart"),
        Binding("escape", "back", N_("Back"), id="result.back"),
        Binding("f1,question_mark", "app.keys", N_("Keys"), id="result.keys"),
        Binding("tab", "app.focus_next", N_("Other column"), id="result.column"),
        Binding("w", "what_if", N_("What if"), id="result.whatif"),
        Binding("n", "why_not", N_("Why not"), id="result.whynot"),
        Binding("h", "hours", N_("Hours"), id="result.hours"),
        *(
            Binding(str(n), f"matters({n - 1})", show=False, id=f"result.matters{n}")
            for n in (1, 2, 3)
        ),
    ]

    class ExportRequested(Message):
        pass

    class RestartRequested(Message):
        pass

    class BackRequested(Message):
        pass

    class WhatIfRequested(Message):
        """Explore other answers, starting at ``question`` (None: the first)."""

        def __init__(self, question: str | None) -> None:
            super().__init__()
            self.question = question

    class WhyNotRequested(Message):
        """Say why an item is or is not in the mix, starting at ``item``."""

        def __init__(self, item: str | None) -> None:
            super().__init__()
            self.item = item

    class HoursRequested(Message):
        pass

    def __init__(
        self, mix: Mix, previous: Mix | None = None, explorer: Explorer | None = None
    ) -> None:
        super().__init__(classes=size_classes(self))
        self.mix = mix
        self.previous = previous
        self.explorer = explorer
        self.plan = result_text(mix)

    def compose(self) -> ComposeResult:
        # The page scrolls only on a small screen (result.tcss); it is never a
        # stop for Tab, but its keys scroll it from a column that does not scroll.
        with VerticalScroll(id="page", can_focus=False):
            yield from self._page()
        yield KeyFooter()

    def _page(self) -> ComposeResult:
        mix = self.mix
        yield Static(literal_line(mix.title, "bold"), id="result-title")
        if mix.budget is not None:
            with Horizontal(id="budget-row"):
                yield Static(self._budget_label(), id="budget-label")
                yield ProgressBar(
                    total=max(mix.budget, mix.picked_effort, 0.01),
                    show_eta=False,
                    show_percentage=False,
                    id="budget",
                )
        yield Static(self._changes(), id="changes")
        if self.explorer is not None and self.explorer.matters:
            # Each answer's line wraps under its own words, past its key.
            with Vertical(id="matters"):
                yield Static(Content(_("What matters most")).stylize("bold"))
                for key, line in self._matters():
                    with Horizontal(classes="matter"):
                        yield Static(key, classes="matter-key")
                        yield Static(line, classes="matter-text")
        with Horizontal(id="columns"):
            # The list reaches every item (picked, also considered, ruled
            # out) by the arrows; Tab goes to the other column, which scrolls
            # by keys when focused: nothing is left for the mouse wheel alone.
            with Vertical(id="left"):
                yield Static(_("Your mix"), classes="section")
                yield MixList(self.mix, id="mix")
            with VerticalScroll(id="right"):
                yield Static(_("Why"), classes="section")
                yield Static(id="reasons")
                if self.plan:
                    yield Static(_("The plan"), classes="section", id="plan-title")
                    # HelpText: the plan's usual Markdown (paragraphs, bold,
                    # lists) as styled text, the Markdown widget only if needed.
                    yield HelpText(id="result-body")

    def on_mount(self) -> None:
        self.query_one("#changes").display = self.previous is not None
        # Not scrolled to: a page that scrolls starts at its top (result_page.py).
        self.query_one("#mix", MixList).focus(scroll_visible=False)
        if self.mix.budget is not None:
            self.query_one("#budget", ProgressBar).update(progress=self.mix.picked_effort)
        self._show_reasons()
        self._show_plan()

    # --- content ------------------------------------------------------------------

    def _budget_label(self) -> Content:
        mix = self.mix
        assert mix.budget is not None
        effort = mix.picked_effort
        over = effort > mix.budget + 1e-9
        words = (
            _("Time: about {hours} of your {budget} (required items go over)")
            if over
            else _("Time: about {hours} of your {budget}")
        )
        text = words.format(hours=duration(effort, estimate=True), budget=hours_a_week(mix.budget))
        return Content(text).stylize("$warning" if over else "")

    def _changes(self) -> Content:
        if self.previous is None:
            return Content("")
        before = {r.item_id for r in self.previous.picked}
        now = {r.item_id for r in self.mix.picked}
        added = [r.item.name for r in self.mix.picked if r.item_id not in before]
        removed = [r.item.name for r in self.previous.picked if r.item_id not in now]
        if not added and not removed:
            return Content(_("Same mix as your last result.")).stylize("dim")
        parts: list[Content | str | tuple[str, str]] = [
            (_("Since your last result:") + " ", "bold")
        ]
        for name in added:
            parts += [("+ ", "bold $success"), literal_line(name), "  "]
        for name in removed:
            parts += [("- ", "bold $error"), literal_line(name), "  "]
        return Content.assemble(*parts)

    def _matters(self) -> list[tuple[Content, Content]]:
        """The answers the mix rests on most: each one's key, and its line."""
        assert self.explorer is not None
        explorer = self.explorer
        keymap: dict[str, str] = getattr(self.app, "keymap", {})
        rows = []
        for n, change in enumerate(explorer.matters, 1):
            key = keymap.get(f"result.matters{n}", str(n)).split(",")[0]
            answer = explorer.answer_text(change.question, change.alternative.answer)
            line = Content.assemble(
                literal_line(explorer.question_text(change.question)),
                sentence(
                    "  " + _("with {answer}: {effect}"),
                    "dim",
                    answer=literal_line(answer, "italic"),
                    effect=literal_line(effect_words(change), "dim"),
                ),
            )
            rows.append((Content.styled(f" {key} ", "bold $accent"), line))
        return rows

    @staticmethod
    def _reason_line(reason: Reason) -> Content:
        src = reason.source
        if src.choice is None:
            origin = sentence(
                "  " + _("from the result {question}"),
                "dim",
                question=literal_line(src.question, "dim italic"),
            )
        else:
            origin = sentence(
                "  " + _("because you answered “{answer}” to “{question}”"),
                "dim",
                answer=literal_line(src.answer, "italic"),
                question=literal_line(src.question, "dim italic"),
            )
        # No score: "+20" means nothing to the person the plan is for (newuser6
        # #4); the JSON result keeps them for authors. A reason against says so
        # in words, as the Markdown export's "Though:" does.
        marks = {"require": _("(required)"), "exclude": _("(ruled out)")}
        mark = " " + marks[reason.kind] if reason.kind in marks else ""
        if not mark and reason.score < 0:
            mark = " " + _("(against it)")
        return Content.assemble(("• ", "bold"), literal(reason.text), (mark, "dim"), "\n", origin)

    def _show_reasons(self) -> None:
        entry = self.query_one("#mix", MixList).highlighted_entry
        reasons = self.query_one("#reasons", Static)
        row = entry.row if entry is not None else None
        if entry is None or row is None:
            reasons.update("")
            return
        lines = [self._reason_line(r) for r in row.reasons]
        head: list[Content | str | tuple[str, str]] = [literal_line(row.item.name, "bold")]
        if entry.kind == "considered":
            why = row.why_not or _("a lower score")
            head.append(("  " + _("not picked: {why}").format(why=why), "dim"))
        elif entry.kind == "ruled out":
            head.append(("  " + _("ruled out"), "dim"))
        reasons.update(Content.assemble(*head, "\n", Content("\n").join(lines)))

    def _show_plan(self) -> None:
        """The result's body, then the plan built from the picks (This week, Every week)."""
        if self.plan:
            self.query_one("#result-body", HelpText).show(self.plan)

    # --- events -------------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: MixList.OptionHighlighted) -> None:
        event.stop()
        self._show_reasons()
        self.mix_in_view(event.option_index)

    def action_export(self) -> None:
        self.post_message(self.ExportRequested())

    def action_restart(self) -> None:
        self.post_message(self.RestartRequested())

    def action_back(self) -> None:
        self.post_message(self.BackRequested())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The explore keys only where there is something to explore (hidden otherwise)."""
        explorer = self.explorer
        if action in ("what_if", "why_not"):
            return explorer is not None
        if action == "hours":
            return explorer is not None and bool(explorer.hours)
        if action == "matters":
            index = parameters[0] if parameters else 0
            return explorer is not None and isinstance(index, int) and index < len(explorer.matters)
        return True

    def action_what_if(self) -> None:
        self.post_message(self.WhatIfRequested(None))

    def action_matters(self, index: int) -> None:
        assert self.explorer is not None
        self.post_message(self.WhatIfRequested(self.explorer.matters[index].question))

    def action_why_not(self) -> None:
        entry = self.query_one("#mix", MixList).highlighted_entry
        row = entry.row if entry is not None else None
        self.post_message(self.WhyNotRequested(row.item_id if row is not None else None))

    def action_hours(self) -> None:
        self.post_message(self.HoursRequested())
