"""Help text: simple Markdown as a Static, the rest in a Markdown widget.

Most help is a sentence or two, maybe with some bold; an intro, a heading, some
paragraphs, a list. Showing that as styled Content in a Static looks much the
same, costs a fraction of a Markdown update, and
means the Markdown parser is only imported when a tree uses Markdown (see
docs/performance.md). Links stay inert: in the Static they are only text, in
the Markdown widget ``open_links=False``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from toolmix.tui.safe import literal, markdown_source
from toolmix.tui.widgets.quick_markdown import quick_content

if TYPE_CHECKING:
    from markdown_it.token import Token
    from textual.widgets import Markdown

_MARKUP_RE = re.compile(r"[*_`#\[\]<>|~\\&]|https?://")
_BLOCK_RE = re.compile(r"^(\s{4,}\S|\s*([-+=>]|\d+[.)])(\s|$))")


def as_plain(text: str) -> str | None:
    """The text as plain paragraphs, or None when it holds any Markdown syntax."""
    if _MARKUP_RE.search(text):
        return None
    lines = text.split("\n")
    if any(_BLOCK_RE.match(line) for line in lines):
        return None
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


_INLINE_STYLES = {"strong": "bold", "em": "italic", "s": "strike"}
_HEADING_STYLES = {"h1": "bold $accent", "h2": "bold $accent"}


def simple_content(text: str) -> Content | None:
    """Headings, paragraphs and lists with bold, italic, code and links, as literal Content.

    Anything else (tables, quotes, code blocks, rules, images, HTML) returns
    None and goes to the Markdown widget. Links keep their text and show their
    address after it, unstyled: shown, never followed.
    """
    quick = quick_content(text)
    return quick if quick is not None else markdown_content(text)


def markdown_content(text: str) -> Content | None:
    """:func:`simple_content` read by markdown-it, imported only for the text that needs it."""
    from markdown_it import MarkdownIt

    blocks: list[Content] = []
    lines: list[Content] = []  # of the list being read
    lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
    rows: list[list[Content]] | None = None  # of the table being read
    heading = ""
    item_start = False
    for token in MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text):
        kind = token.type
        if kind in ("paragraph_open", "paragraph_close", "heading_close", "list_item_close"):
            continue
        if kind in _TABLE_PARTS:
            if kind == "table_open":
                rows = []
            elif kind == "tr_open" and rows is not None:
                rows.append([])
            elif kind == "table_close" and rows is not None:
                if sum(map(len, rows)) <= MAX_TABLE_CELLS:
                    return None  # the Markdown widget draws it, as a grid
                blocks.append(_table(rows))
                rows = None
            continue
        if kind == "inline" and rows is not None and token.children is not None:
            cell = _inline(token.children, "bold" if len(rows) == 1 else "")
            if cell is None or not rows:
                return None
            rows[-1].append(cell)
            continue
        if kind == "heading_open":
            heading = _HEADING_STYLES.get(token.tag, "bold")
        elif kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrs.get("start", 1) if kind == "ordered_list_open" else None
            lists.append([] if start is None else [int(start)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            if not lists:
                blocks.append(Content("\n").join(lines))
                lines = []
        elif kind == "list_item_open":
            item_start = True
        elif kind == "inline" and token.children is not None:
            line = _inline(token.children, heading)
            if line is None:
                return None
            heading = ""
            if not lists:
                blocks.append(line)
                continue
            indent = "  " * (len(lists) - 1)
            if item_start:
                numbers = lists[-1]
                marker = f"{numbers[0]}. " if numbers else "• "
                if numbers:
                    numbers[0] += 1
                lines.append(Content.assemble(indent, (marker, "$accent"), line))
            else:
                lines.append(Content.assemble(indent, "  ", line))
            item_start = False
        else:
            return None
    return Content("\n\n").join(blocks)


#: Past this many cells a table is drawn here as lines of text: the Markdown
#: widget mounts a widget per cell, and a big table would freeze the app.
MAX_TABLE_CELLS = 400
_TABLE_PARTS = {
    f"{part}_{end}"
    for part in ("table", "thead", "tbody", "tr", "th", "td")
    for end in ("open", "close")
}


def _table(rows: list[list[Content]]) -> Content:
    """A big table as aligned plain lines: the header in bold over a rule, cells split by bars.

    Plain, not a style per cell and bar: a big table would carry a span for
    each, and drawing them would take most of its time.
    """
    columns = max(map(len, rows), default=0)
    widths = [0] * columns
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], cell.cell_length)

    def line(row: list[Content]) -> str:
        cells = [(c.plain, c.cell_length) for c in row] + [("", 0)] * (columns - len(row))
        return " │ ".join(t + " " * (w - n) for (t, n), w in zip(cells, widths, strict=True))

    lines = [line(row) for row in rows]
    rule = "─┼─".join("─" * w for w in widths)
    head = Content(lines[0]).stylize("bold") if lines else Content("")
    return Content("\n").join([head, Content(rule).stylize("dim"), Content("\n".join(lines[1:]))])


def _has_big_table(text: str) -> bool:
    """Whether some table (in a list or a quote too) has more than MAX_TABLE_CELLS cells."""
    from markdown_it import MarkdownIt

    cells = 0
    for token in MarkdownIt("commonmark").enable(["table"]).parse(text):
        if token.type == "table_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
            if cells > MAX_TABLE_CELLS:
                return True
    return False


def _inline(children: list[Token], base: str) -> Content | None:
    """One line of inline Markdown as styled Content; None for anything but text styles."""
    parts: list[Content] = []
    styles: list[str] = [base] if base else []
    href: list[str] = []
    for child in children:
        kind = child.type
        if kind == "text":
            parts.append(literal(child.content, " ".join(styles)))
        elif kind == "code_inline":
            parts.append(literal(child.content, "bold $accent"))
        elif kind == "softbreak":
            parts.append(Content(" "))
        elif kind == "hardbreak":
            parts.append(Content("\n"))
        elif kind.endswith("_open") and kind[:-5] in _INLINE_STYLES:
            styles.append(_INLINE_STYLES[kind[:-5]])
        elif kind.endswith("_close") and kind[:-6] in _INLINE_STYLES:
            if styles:
                styles.pop()
        elif kind == "link_open":
            href.append(str(child.attrs.get("href", "")))
            styles.append("underline")
        elif kind == "link_close":
            if styles:
                styles.pop()
            url = href.pop() if href else ""
            if url:
                parts.append(literal(f" ({url})", "dim"))
        else:
            return None
    return Content.assemble(*parts)


class HelpText(Vertical):
    DEFAULT_CSS = """
    HelpText {
        height: auto;
    }
    HelpText > Markdown {
        margin: 0;
        padding: 0;
        background: transparent;
    }
    """

    def __init__(self, *, id: str | None = None, hanging: bool = False) -> None:
        super().__init__(id=id)
        #: List items wrap under their words, past their label (the plan's lists).
        self.hanging = hanging
        self._source: str | None = None
        self._markdown: Markdown | None = None
        # Kept, not queried: a screen's on_mount may show a text before this
        # widget's own children are mounted.
        self._plain = Static(classes="plain")

    def compose(self) -> ComposeResult:
        yield self._plain

    def show(self, source: str | None) -> None:
        """Show this help (a Markdown field), or hide the widget when there is none."""
        text = markdown_source(source)
        self.display = bool(text)
        if text == self._source:
            return
        self._source = text
        static = self._plain
        plain = as_plain(text)
        content = literal(plain) if plain is not None else simple_content(text)
        if content is None and _has_big_table(text):
            # With Markdown only the widget draws, a big table is shown as
            # written rather than as a widget per cell.
            content = literal(text)
        if content is not None:
            if self.hanging:
                from toolmix.tui.widgets.hanging_list import HangingList

                static.update(HangingList(content))
            else:
                static.update(content)
            static.display = True
            if self._markdown is not None:
                self._markdown.display = False
            return
        static.display = False
        if self._markdown is None:
            from textual.widgets import Markdown

            self._markdown = Markdown(text, open_links=False)
            self.mount(self._markdown)
        else:
            self._markdown.update(text)
            self._markdown.display = True
