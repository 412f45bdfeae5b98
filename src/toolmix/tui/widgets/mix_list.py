"""The result's list: the mix by group, then what was also considered and ruled out.

Every item, picked or not, is an entry the cursor reaches, so the arrows
reach every part of the result (the "Why" column shows the highlighted
one's reasons). Headings are entries the cursor skips. An item's facts
("30 minutes a week", the cost, "required") wrap between phrases, never inside one.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets.option_list import Option

from toolmix.engine.plan import why_not
from toolmix.engine.selection import Mix, Row
from toolmix.text.i18n import _
from toolmix.text.words import hours_a_week, hours_phrase
from toolmix.tui.safe import literal_line
from toolmix.tui.widgets.entry_list import EntryList, Hanging

SEP = "  ·  "


class Entry:
    """A heading (no row) or an item of the mix, also considered, or ruled out."""

    def __init__(
        self, title: Content, row: Row | None = None, facts: Sequence[str] = (), kind: str = ""
    ) -> None:
        self.title = title
        self.row = row
        #: "picked", "considered" or "ruled out" for an item; "" for a heading.
        self.kind = kind
        self.facts = list(facts)
        self.summary = row.item.summary if row is not None else None
        #: A sentence shown dim after the facts (why an item was not picked).
        self.note: str | None = None


def mix_entries(mix: Mix) -> list[Entry]:
    entries: list[Entry] = []
    if not mix.picked:
        entries.append(Entry(Content(_("Nothing fits these answers.")).stylize("italic")))
    for gid, rows in mix.by_group():
        entries.append(Entry(literal_line(mix.tree.groups[gid].title, "bold $accent")))
        entries += [_item(row, "picked", [_("required")] if row.required else []) for row in rows]
    if mix.considered:
        entries.append(Entry(Content(_("Also considered")).stylize("bold")))
        for row in mix.considered:  # why not: a sentence, wrapped as prose after the facts
            entry = _item(row, "considered", [])
            entry.note = why_not(mix, row)
            entries.append(entry)
    if mix.ruled_out:
        entries.append(Entry(Content(_("Ruled out")).stylize("bold")))
        entries += [_item(row, "ruled out", [_("ruled out")]) for row in mix.ruled_out]
    return entries


def _item(row: Row, kind: str, extra: list[str]) -> Entry:
    # "no extra time", as the plan's Every week says it, not "0 hours a week".
    effort = row.item.effort
    facts = [hours_a_week(effort) if effort > 0 else hours_phrase(effort)]
    if row.item.cost:
        facts.append(row.item.cost)
    return Entry(literal_line(row.item.name, "bold"), row, facts + [e for e in extra if e], kind)


def pack(phrases: Sequence[str], width: int) -> list[str]:
    """Phrases joined by SEP, a new line where the next would not fit."""
    lines: list[str] = []
    for phrase in phrases:
        if lines and len(lines[-1]) + len(SEP) + len(phrase) <= width:
            lines[-1] += SEP + phrase
        else:
            lines.append(phrase)
    return lines


class ItemPrompt(Hanging):
    """An item: its name, then its facts packed to the width, why not, its summary."""

    def __init__(self, entry: Entry) -> None:
        rest = []
        if entry.note:
            rest.append(literal_line(entry.note, "dim italic"))
        if entry.summary:
            rest.append(literal_line(entry.summary))
        super().__init__(entry.title, rest)
        self.facts = entry.facts

    def indented(self, width: int) -> list[Content]:
        return [Content(line).stylize("dim") for line in pack(self.facts, width)] + self.rest


def entry_prompt(entry: Entry, first: bool) -> Hanging:
    if entry.row is not None:
        return ItemPrompt(entry)
    # A heading: a blank line above it, but at the top.
    return Hanging(entry.title if first else Content("\n") + entry.title)


class MixList(EntryList):
    """Headings and items; the cursor moves over the items only (headings are disabled options)."""

    DEFAULT_CSS = """
    MixList > .option-list--option-disabled {
        color: $foreground;
    }
    """

    def __init__(self, mix: Mix, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries = mix_entries(mix)
        self.add_options(
            Option(entry_prompt(entry, index == 0), disabled=entry.row is None)
            for index, entry in enumerate(self.entries)
        )
        self.highlighted = self._item_from(0, 1)

    @property
    def highlighted_entry(self) -> Entry | None:
        return self.entries[self.highlighted] if self.highlighted is not None else None

    def _item_from(self, start: int, step: int) -> int | None:
        index = start
        while 0 <= index < len(self.entries):
            if self.entries[index].row is not None:
                return index
            index += step
        return None

    def action_cursor_up(self) -> None:
        """Up one item; at the first, the heading above it comes into view (no wrapping round)."""
        if self.highlighted is None:
            return
        found = self._item_from(self.highlighted - 1, -1)
        if found is None:
            self.scroll_home(animate=False, immediate=True)
        else:
            self.highlighted = found

    def action_cursor_down(self) -> None:
        """Down one item; it stops at the last."""
        if self.highlighted is not None:
            found = self._item_from(self.highlighted + 1, 1)
            if found is not None:
                self.highlighted = found

    def action_first(self) -> None:
        super().action_first()
        self.scroll_home(animate=False, immediate=True)
