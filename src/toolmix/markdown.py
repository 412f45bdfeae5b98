"""Escaping untrusted text for Markdown, so no tree can break a document's structure."""

from __future__ import annotations

import re

from toolmix.text import clean, one_line

# Characters with inline meaning in CommonMark / GitHub Flavored Markdown.
_INLINE_RE = re.compile(r"([\\`*_\[\]<>|~&!#])")
_BLOCK_START_RE = re.compile(r"^(\s*)([-+=>]|\d+[.)])")


def inline(text: str, *, line_start: bool = False) -> str:
    """Plain text as literal inline Markdown, on one line.

    ``line_start``: the text begins a line, where ``-``, ``+``, ``>`` or ``1.``
    would start a list or a quote, so those are escaped too.
    """
    folded = _INLINE_RE.sub(r"\\\1", one_line(clean(text)))
    if not line_start:
        return folded
    return _BLOCK_START_RE.sub(lambda m: m.group(1) + "\\" + m.group(2), folded)


def cell(text: str) -> str:
    """Plain text for a table cell (``|`` and newlines cannot split the row)."""
    return inline(text) or " "


def quote_block(markdown: str) -> str:
    """A Markdown field as a blockquote: its headings and fences stay inside it.

    Raw HTML is made literal (``<`` escaped) since Markdown fields never render it.
    """
    text = clean(markdown).replace("<", "&lt;").strip("\n")
    return "\n".join(f"> {line}".rstrip() for line in text.split("\n"))
