"""A tree's Markdown fields as readable plain text, for the line-by-line walk.

``toolmix ask`` is for screen readers, pipes and dumb terminals: ``#`` and
``**`` read aloud or printed raw are noise. Headings, paragraphs, lists,
quotes, code, tables and links become plain lines: emphasis marks go, a list
keeps its ``-`` or ``1.``, a link shows its text then its address in brackets
(shown, never followed), raw HTML stays literal text. A table row becomes one
sentence naming each cell by its column's heading (``hours a week: 2; would
leave: Website.``): a row of cells between ``|`` means nothing read aloud, and
a screen reader cannot look up at the heading row. The result goes through
the same cleaning as all output (no control characters).

markdown-it-py parses it (a CommonMark parser; the app's own Markdown already
depends on it through Textual and Rich, neither of which this module imports).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolmix.text.clean import clean

if TYPE_CHECKING:
    from markdown_it.token import Token

#: Block tokens whose end ends a top-level block (a blank line follows it).
_BLOCK_ENDS = {"paragraph_close", "heading_close", "table_close", "blockquote_close"}


def plain_text(source: str) -> str:
    """``source`` (Markdown) as plain text lines."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    out = _Lines()
    lists: list[list[int]] = []  # per open list: [next number], or [] for bullets
    quotes = 0
    marker: str | None = None  # the bullet or number waiting for its item's first line
    cells: list[str] = []
    headings: list[str] = []
    in_cell = in_head = False
    for token in parser.parse(source):
        kind = token.type
        indent = "  " * quotes + "  " * max(len(lists) - 1, 0)
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrs.get("start", 1) if kind == "ordered_list_open" else None
            lists.append([] if start is None else [int(start)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            out.gap = out.gap or not lists
        elif kind == "list_item_open":
            numbers = lists[-1]
            marker = f"{numbers[0]}. " if numbers else "- "
            if numbers:
                numbers[0] += 1
        elif kind == "blockquote_open":
            quotes += 1
        elif kind == "blockquote_close":
            quotes -= 1
        elif kind in ("thead_open", "thead_close"):
            in_head = kind == "thead_open"
        elif kind == "tr_open":
            cells = []
        elif kind in ("th_open", "td_open", "th_close", "td_close"):
            in_cell = kind.endswith("_open")
        elif kind == "tr_close" and in_head:
            headings = cells
        elif kind == "tr_close":
            out.add(indent + _row_sentence(headings, cells))
        elif kind == "inline" and token.children is not None:
            text = _inline(token.children)
            if in_cell:
                cells.append(" ".join(text.split()))
            elif lists:
                lead = marker if marker is not None else "   "
                marker = None
                for i, line in enumerate(text.split("\n")):
                    out.add(indent + (lead if i == 0 else "   ") + line)
            else:
                for line in text.split("\n"):
                    out.add(indent + line)
        elif kind in ("fence", "code_block"):
            for line in token.content.rstrip("\n").split("\n"):
                out.add(indent + "    " + line)
            out.gap = not lists
        elif kind == "hr":
            out.gap = True
        if kind in _BLOCK_ENDS and not lists and not in_cell:
            out.gap = True
    return clean("\n".join(out.lines))


#: Cells that say "nothing here": left out of a row's sentence.
_EMPTY_CELLS = {"", "-", "—", "–"}


def _row_sentence(headings: list[str], cells: list[str]) -> str:
    parts = [
        f"{heading}: {cell}" if heading else cell
        for heading, cell in zip([*headings, *[""] * len(cells)], cells, strict=False)
        if cell not in _EMPTY_CELLS
    ]
    text = "; ".join(parts)
    return text if not text or text.endswith((".", "!", "?")) else text + "."


class _Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.gap = False

    def add(self, line: str) -> None:
        if self.gap and self.lines:
            self.lines.append("")
        self.gap = False
        self.lines.append(line.rstrip())


def _inline(children: list[Token]) -> str:
    parts: list[str] = []
    links: list[tuple[str, int]] = []  # (address, where its text starts in parts)
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
        elif kind == "image":
            parts.append(child.content or "image")
        elif kind == "link_open":
            links.append((str(child.attrs.get("href", "")), len(parts)))
        elif kind == "link_close" and links:
            href, start = links.pop()
            label = "".join(parts[start:])
            if href and href not in (label, f"mailto:{label}"):
                parts.append(f" ({href})")
    return "".join(parts)
