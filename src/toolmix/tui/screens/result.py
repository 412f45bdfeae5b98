"""The result: the plan first, then the mix with why each item, then what would change it.

Three tabs under the title and the time bar (issue 17, newuser6 #1): *Your
plan* (the result's words, *This week* beside *Every week*), *Your mix* (the
list by group, also considered and ruled out, and why the highlighted one),
*What would change* (the answers the plan rests on most). p, m and c (named
on the tabs) switch; the explore keys (w, n, h, 1-3) and Export work from each.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import ProgressBar, Static, TabbedContent, TabPane, Tabs

from toolmix.engine.explorer import Explorer
from toolmix.engine.plan import (
    first_steps,
    result_body,
    routines_markdown,
    steps_markdown,
    why_not,
)
from toolmix.engine.selection import Mix
from toolmix.text.i18n import N_, _
from toolmix.tui.holding import hold_keys, screen_ready
from toolmix.tui.safe import literal_line
from toolmix.tui.screens import result_words
from toolmix.tui.screens.result_page import ResultPage, size_classes
from toolmix.tui.screens.styled_at_mount import StyledAtMount
from toolmix.tui.widgets.help_text import HelpText
from toolmix.tui.widgets.key_footer import KeyFooter
from toolmix.tui.widgets.mix_list import MixList

#: Each tab: its id, the binding that shows it, its key, its title, what takes the focus.
TABS = (
    ("plan-tab", "result.plan", "p", N_("Your plan"), "#plan"),
    ("mix-tab", "result.mix", "m", N_("Your mix"), "#mix"),
    ("matters-tab", "result.changes", "c", N_("What would change"), "#matters-scroll"),
)


class ResultScreen(ResultPage, StyledAtMount, Screen[None]):
    #: The keys help (F1) lists this screen's keys (tui/keymap.py HELP_ROWS).
    HELP_WHERE = "result"
    # Styled by result.tcss, which the app lists (ToolmixApp.CSS_PATH).
    BINDINGS = [
        Binding("e", "export", N_("Export"), id="result.export"),
        Binding("r", "restart", N_("Start over"), id="result.restart"),
        Binding("escape", "back", N_("Back"), id="result.back"),
        Binding("f1,question_mark", "app.keys", N_("Keys"), id="result.keys"),
        Binding("tab", "focus_next_column", N_("Other column"), id="result.column"),
        Binding("w", "what_if", N_("What if"), id="result.whatif"),
        Binding("n", "why_not", N_("Why not"), id="result.whynot"),
        Binding("h", "hours", N_("Hours"), id="result.hours"),
        # Named on the tabs themselves, so not in the key bar too.
        *(
            Binding(key, f"show_tab('{tab}')", title, show=False, id=binding)
            for tab, binding, key, title, _focus in TABS
        ),
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

    @property
    def has_matters(self) -> bool:
        return self.explorer is not None and bool(self.explorer.matters)

    def compose(self) -> ComposeResult:
        mix = self.mix
        yield Static(literal_line(mix.title, "bold"), id="result-title")
        if mix.budget is not None:
            with Horizontal(id="budget-row"):
                yield Static(result_words.budget_label(mix), id="budget-label")
                yield ProgressBar(
                    total=max(mix.budget, mix.picked_effort, 0.01),
                    show_eta=False,
                    show_percentage=False,
                    id="budget",
                )
        yield Static(result_words.changes(mix, self.previous), id="changes")
        # No initial tab here: on_mount shows the plan. Textual's tab bar, given
        # one, fails when the app ends before its tabs are mounted.
        with TabbedContent(id="tabs"):
            with TabPane(self._tab_title(0), id="plan-tab"):
                yield from self._plan()
            with TabPane(self._tab_title(1), id="mix-tab"):
                yield from self._mix()
            if self.has_matters:
                with TabPane(self._tab_title(2), id="matters-tab"):
                    yield from self._matters()
        yield KeyFooter()

    def _tab_title(self, index: int) -> Content:
        _tab, binding, key, title, _focus = TABS[index]
        keymap: dict[str, str] = getattr(self.app, "keymap", {})
        shown = keymap.get(binding, key).split(",")[0]
        return Content.assemble((shown, "bold $accent"), " ", _(title))

    def _plan(self) -> ComposeResult:
        # The result's words frame the plan; This week and Every week side by
        # side (one under the other when narrow), so both start on the first screen.
        with VerticalScroll(id="plan"):
            yield HelpText(id="result-body")
            with Horizontal(id="weeks"):
                yield HelpText(id="this-week", hanging=True)
                yield HelpText(id="every-week", hanging=True)

    def _mix(self) -> ComposeResult:
        # The page scrolls only on a small screen (result.tcss); it is never a
        # stop for Tab, but its keys scroll it from a column that does not scroll.
        with VerticalScroll(id="page", can_focus=False), Horizontal(id="columns"):
            # The list reaches every item (picked, also considered, ruled
            # out) by the arrows; Tab goes to the other column, which scrolls
            # by keys when focused: nothing is left for the mouse wheel alone.
            with Vertical(id="left"):
                yield Static(_("Your mix"), classes="section")
                yield MixList(self.mix, id="mix")
            with VerticalScroll(id="right"):
                yield Static(_("Why"), classes="section")
                yield Static(id="reasons")

    def _matters(self) -> ComposeResult:
        assert self.explorer is not None
        keymap: dict[str, str] = getattr(self.app, "keymap", {})
        with VerticalScroll(id="matters-scroll"):
            # Each answer's line wraps under its own words, past its key.
            with Vertical(id="matters"):
                yield Static(Content(_("What would change this plan")).stylize("bold"))
                for key, line in result_words.matters(self.explorer, keymap):
                    with Horizontal(classes="matter"):
                        yield Static(key, classes="matter-key")
                        yield Static(line, classes="matter-text")
            yield Static(result_words.explore_keys(keymap), id="matters-keys")

    def on_mount(self) -> None:
        # The app is ending while this screen mounts (its run cancelled, or left by
        # a test): Textual mounts nothing more, and the screen's parts are going away.
        if not self.is_attached or not all(self.query(part) for part in ("#mix", "#plan", Tabs)):
            return
        self.query_one("#changes").display = self.previous is not None
        self.query_one("#tabs", TabbedContent).active = "plan-tab"
        # The tabs are switched by their keys (p, m, c) or a click; Tab moves
        # between the columns of the mix, never onto the tab bar.
        self.query_one("#tabs", TabbedContent).query_one(Tabs).can_focus = False
        self.query_one("#plan").focus(scroll_visible=False)
        screen_ready(self)  # keys typed after the last answer: here, but never a choice
        if self.mix.budget is not None:
            self.query_one("#budget", ProgressBar).update(progress=self.mix.picked_effort)
        self._show_reasons()
        self._show_plan()

    # --- content ------------------------------------------------------------------

    def _show_reasons(self) -> None:
        entry = self.query_one("#mix", MixList).highlighted_entry
        reasons = self.query_one("#reasons", Static)
        row = entry.row if entry is not None else None
        if entry is None or row is None:
            reasons.update("")
            return
        lines = [result_words.reason_line(r) for r in row.reasons]
        head: list[Content | str | tuple[str, str]] = [literal_line(row.item.name, "bold")]
        if entry.kind == "considered":  # in the words the list's note says it in
            why = why_not(self.mix, row) or _("a lower score")
            head.append(("  " + _("not picked: {why}").format(why=why), "dim"))
        elif entry.kind == "ruled out":
            head.append(("  " + _("ruled out"), "dim"))
        reasons.update(Content.assemble(*head, "\n", Content("\n").join(lines)))

    def _show_plan(self) -> None:
        """The result's body, then the plan built from the picks: This week, Every week."""
        steps = first_steps(self.mix)
        self.query_one("#result-body", HelpText).show(result_body(self.mix))
        self.query_one("#this-week", HelpText).show(steps_markdown(self.mix, steps))
        self.query_one("#every-week", HelpText).show(routines_markdown(self.mix, steps))

    # --- events -------------------------------------------------------------------

    @property
    def tab(self) -> str:
        """The id of the tab shown."""
        return self.query_one("#tabs", TabbedContent).active

    def action_show_tab(self, tab: str) -> None:
        self.query_one("#tabs", TabbedContent).active = tab

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """By key or click: the tab's own widget takes the focus, the key bar follows."""
        event.stop()
        focus = next(f for tab, *_rest, f in TABS if tab == event.pane.id)
        self.query_one(focus).focus(scroll_visible=False)
        self.refresh_bindings()

    def on_option_list_option_highlighted(self, event: MixList.OptionHighlighted) -> None:
        event.stop()
        self._show_reasons()
        self.mix_in_view(event.option_index)

    def action_export(self) -> None:
        # The dialog asked for opens a moment later (the app pushes it): the keys
        # typed from now on are for it (tui/dialogs/dialog.py open_dialog).
        hold_keys(self)
        self.post_message(self.ExportRequested())

    def action_restart(self) -> None:
        hold_keys(self)
        self.post_message(self.RestartRequested())

    def action_back(self) -> None:
        self.post_message(self.BackRequested())

    def action_focus_next_column(self) -> None:
        self.focus_next()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The explore keys only where there is something to explore (hidden otherwise)."""
        explorer = self.explorer
        if action == "focus_next_column":
            return self.tab == "mix-tab"
        if action == "show_tab":
            return parameters != ("matters-tab",) or self.has_matters
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
        # From Your mix, the item highlighted there; from the plan or What would
        # change, where nothing is highlighted, the list from its top, to choose from.
        if self.tab != "mix-tab":
            self.post_message(self.WhyNotRequested(None))
            return
        entry = self.query_one("#mix", MixList).highlighted_entry
        row = entry.row if entry is not None else None
        self.post_message(self.WhyNotRequested(row.item_id if row is not None else None))

    def action_hours(self) -> None:
        hold_keys(self)
        self.post_message(self.HoursRequested())
