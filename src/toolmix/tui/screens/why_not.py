"""Why not: any item of the catalogue, where it stands, what your answers said, what would bring it in.

Every item is listed (in your mix, also considered, ruled out, or never a
candidate); the highlighted one's facts are EXPLORE.md's "Why not" as the
engine's Explorer gives them: the reasons for and against it, then each single
change of one answer after which it would be picked, or where none would,
the smallest pairs of changes, or a plain "none would". Nothing is changed here.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from toolmix.engine.explorer import Explorer
from toolmix.text.i18n import N_, _
from toolmix.tui.safe import literal_line
from toolmix.tui.widgets.content_list import ContentList
from toolmix.tui.widgets.key_footer import KeyFooter
from toolmix.tui.wording import sentence

STATUS = {
    "picked": N_("in your mix"),
    "considered": N_("also considered"),
    "ruled_out": N_("ruled out"),
    "not_candidate": N_("not a candidate"),
}

STANDING = {
    "picked": N_("It is in your mix."),
    "considered": N_("It was considered, but others scored higher."),
    "ruled_out": N_("It was ruled out by one of your answers."),
    "not_candidate": N_("Your answers did not make it a candidate."),
}

SIDE = {
    "for": ("+ ", "bold $success"),
    "against": ("- ", "bold $error"),
    "required": ("! ", "bold $accent"),
    "": ("· ", "dim"),
}


class WhyNotScreen(Screen[None]):
    #: The keys help (F1) lists this screen's keys (tui/keymap.py HELP_ROWS).
    HELP_WHERE = "explore"
    # Styled by why_not.tcss, which the app lists (ToolmixApp.CSS_PATH).
    BINDINGS = [
        Binding("escape", "leave", N_("Back"), id="whynot.back"),
        Binding("f1,question_mark", "app.keys", N_("Keys"), id="whynot.keys"),
        Binding("tab", "app.focus_next", N_("Other column"), id="whynot.column"),
    ]

    def __init__(self, explorer: Explorer, item: str | None = None) -> None:
        super().__init__()
        self.explorer = explorer
        self.items = explorer.items()
        self.start = self.items.index(item) if item in self.items else 0
        #: The item whose details are shown.
        self.item: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content(_("Why, or why not?")).stylize("bold"), id="whynot-title")
        with Horizontal(id="whynot-columns"):
            with Vertical(id="whynot-left"):
                yield Static(_("Every item"), classes="section")
                yield ContentList(id="items", whole=True, find=True)
            with VerticalScroll(id="whynot-right"):
                yield Static(id="whynot-details")
        yield KeyFooter()

    def on_mount(self) -> None:
        tree = self.explorer.tree
        entries = [
            Content.assemble(
                literal_line(tree.items[i].name, "bold"),
                "\n",
                (_(STATUS[self.explorer.status(i)]), "dim"),
            )
            for i in self.items
        ]
        items = self.query_one("#items", ContentList)
        items.show(entries, self.start)
        items.focus()
        if self.items:
            self.show_item(self.items[self.start])

    def show_item(self, item: str) -> None:
        self.item = item
        self.query_one("#whynot-details", Static).update(self.details(item))

    def details(self, item: str) -> Content:
        explorer = self.explorer
        found = explorer.why_not(item)
        status = found["status"]
        lines: list[Content] = [literal_line(explorer.tree.items[item].name, "bold")]
        # Left out for its group or the hours: said in the words of the result's list.
        left_out = explorer.considered_sentence(item) if status == "considered" else None
        # Left out by an x-select need, not by an answer: said in the need's words, once.
        need = explorer.left_out_because(item) if status == "ruled_out" else None
        left_out = left_out or need
        lines.append(literal_line(left_out) if left_out else Content(_(STANDING[status])))
        reasons = [(side, text) for side, text in explorer.reasons(item) if text != need]
        if reasons:
            lines += [Content(""), Content(_("What your answers said about it")).stylize("bold")]
            lines += [Content.assemble(SIDE[side], literal_line(text)) for side, text in reasons]
        if status == "picked":
            return Content("\n").join(lines)
        lines.append(Content(""))
        if found["changes"]:
            lines.append(Content(_("Each of these, on its own, would bring it in")).stylize("bold"))
            for change in found["changes"]:
                lines.append(self._change(change["question"], change["answer"]))
        follow_ups = [] if found["changes"] else explorer.follow_ups(item)
        if follow_ups:
            # As what if words a change that opens a question: it needs an answer first.
            lines.append(
                Content(_("One change would, with an answer it needs first")).stylize("bold")
            )
            for (q1, v1), (q2, v2), _size in follow_ups:
                needs = literal_line(explorer.question_text(q2), "italic")
                lines.append(
                    Content.assemble(
                        self._change(q1, v1),
                        "\n  ",
                        sentence(_("Needs an answer first: {question}"), "", question=needs),
                        (" → ", "dim"),
                        literal_line(explorer.answer_text(q2, v2), "italic"),
                    )
                )
        pairs = [] if found["changes"] else explorer.pairs(item)
        if pairs:
            lines.append(Content(_("No single change would; two together would")).stylize("bold"))
            for (q1, v1), (q2, v2), _size in pairs:
                lines.append(
                    Content.assemble(
                        self._change(q1, v1),
                        ("  " + _("and"), "dim"),
                        "\n  ",
                        self._change(q2, v2),
                    )
                )
        hours = [h for h, change in explorer.hours if item in change.joins]
        if hours and explorer.hours_question is not None:
            # The app shows more than the contract's changes: the hours table's budgets too.
            lines.append(Content(_("With different hours")).stylize("bold"))
            lines.append(self._change(explorer.hours_question, hours[0]))
        elif not found["changes"] and not pairs and not follow_ups:
            none = (
                _(
                    "None of your answers, changed one or two at a time, would bring it in: "
                    "the reasons above are all it gets from them."
                )
                if reasons
                else _("None of your answers, changed one or two at a time, would bring it in.")
            )
            lines.append(Content(none))
        return Content("\n").join(lines)

    def _change(self, question: str, answer: object) -> Content:
        explorer = self.explorer
        return Content.assemble(
            ("• ", "bold"),
            literal_line(explorer.question_text(question)),
            (" → ", "dim"),
            literal_line(explorer.answer_text(question, answer), "italic"),  # type: ignore[arg-type]
        )

    def on_option_list_option_highlighted(self, event: ContentList.OptionHighlighted) -> None:
        event.stop()
        item = self.items[event.option_index]
        if item != self.item:  # not when the list is first shown
            self.show_item(item)

    def on_option_list_option_selected(self, event: ContentList.OptionSelected) -> None:
        event.stop()
        self.query_one("#whynot-right").focus()

    def action_leave(self) -> None:
        self.dismiss(None)
