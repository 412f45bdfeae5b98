"""The result's list: the mix by group, then what was also considered and ruled out.

Every item, picked or not, is an entry the cursor reaches, so the arrows
reach every part of the result (the "Why" column shows the highlighted
one's reasons). Headings are entries the cursor skips. An item's facts
("0.5 h/week", the cost, "required") wrap between phrases, never inside one.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from toolmix.engine.plan import why_not
from toolmix.engine.selection import Mix, Row
from toolmix.text.i18n import _
from toolmix.text.words import format_hours
from toolmix.tui.safe import literal_line
from toolmix.tui.widgets.line_list import LineList

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

    def key(self) -> Hashable:
        item = self.row.item_id if self.row else None
        return (self.title.plain, item, tuple(self.facts), self.note)


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
    facts = [_("{hours} h/week").format(hours=format_hours(row.item.effort))]
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


class MixList(LineList):
    """Headings and items; the cursor moves over the items only."""

    BINDINGS: ClassVar[list[BindingType]] = []

    DEFAULT_CSS = """
    MixList {
        height: 1fr;
        & > .line-list--cursor {
            color: $foreground;
        }
    }
    """

    class Highlighted(Message):
        def __init__(self, entry: Entry | None) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, mix: Mix, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries = mix_entries(mix)
        first = next((i for i, e in enumerate(self.entries) if e.row is not None), None)
        self.set_count(len(self.entries), 0, first)

    @property
    def highlighted(self) -> Entry | None:
        return self.entries[self.cursor] if self.cursor is not None else None

    def entry_key(self, index: int) -> Hashable:
        return self.entries[index].key()

    def render_entry(self, index: int, width: int, style: Style) -> list[Strip]:
        entry = self.entries[index]
        if entry.row is None:  # a heading: a blank line above it, but at the top
            above = [Strip.blank(width, style.rich_style)] if index else []
            return above + Visual.to_strips(self, entry.title, width, None, style)
        indent = min(2, width - 1)
        inner = max(1, width - indent)
        pad = Strip.blank(indent, style.rich_style)
        strips = Visual.to_strips(self, entry.title, width, None, style)
        parts = [Content(line).stylize("dim") for line in pack(entry.facts, inner)]
        if entry.note:
            parts.append(literal_line(entry.note, "dim italic"))
        if entry.summary:
            parts.append(literal_line(entry.summary))
        for part in parts:
            strips += [
                Strip.join([pad, s]) for s in Visual.to_strips(self, part, inner, None, style)
            ]
        return strips

    def cursor_moved(self) -> None:
        self.post_message(self.Highlighted(self.highlighted))

    def _item_from(self, start: int, step: int) -> int | None:
        index = start
        while 0 <= index < self.count:
            if self.entries[index].row is not None:
                return index
            index += step
        return None

    def action_cursor(self, delta: int) -> None:
        """Up or down one item, skipping headings; it stops at either end."""
        if self.cursor is None:
            return
        found = self._item_from(self.cursor + delta, delta)
        if found is not None:
            self._move_cursor(found)
        elif delta < 0:
            self._set_top(0)  # the heading above the first item comes into view

    def action_cursor_to(self, index: int) -> None:
        found = self._item_from(0, 1) if index >= 0 else self._item_from(self.count - 1, -1)
        self._move_cursor(found)
        if index >= 0:
            self._set_top(0)

    def action_page(self, direction: int) -> None:
        super().action_page(direction)
        if self.cursor is not None and self.entries[self.cursor].row is None:
            found = self._item_from(self.cursor, direction) or self._item_from(
                self.cursor, -direction
            )
            self._move_cursor(found)

    def on_click(self, event: events.Click) -> None:
        event.stop()
        index = self.entry_at(event.y - self.styles.gutter.top)
        if index is not None and self.entries[index].row is not None:
            self._move_cursor(index)
