"""Help text: plain paragraphs as a Static, real Markdown in a Markdown widget.

Most help is a sentence or two with no Markdown in it. Showing that in a
Static looks the same, costs a fraction of a Markdown update, and means the
Markdown parser is only imported when a tree really uses Markdown (see
docs/performance.md). Links in Markdown stay inert (``open_links=False``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from toolmix.tui.safe import literal, markdown_source

if TYPE_CHECKING:
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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._source: str | None = None
        self._markdown: Markdown | None = None

    def compose(self) -> ComposeResult:
        yield Static(classes="plain")

    def show(self, source: str | None) -> None:
        """Show this help (a Markdown field), or hide the widget when there is none."""
        text = markdown_source(source)
        self.display = bool(text)
        if text == self._source:
            return
        self._source = text
        static = self.query_one(".plain", Static)
        plain = as_plain(text)
        if plain is not None:
            static.update(literal(plain))
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
