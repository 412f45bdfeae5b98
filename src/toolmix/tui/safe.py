"""Untrusted tree text, made safe to show: literal, never parsed as markup."""

from __future__ import annotations

from textual.content import Content

from toolmix.text import clean, one_line


def literal(text: str, style: str = "") -> Content:
    """Tree text as literal content: ``[b]`` stays ``[b]``, control characters go."""
    content = Content(clean(text))
    return content.stylize(style) if style else content


def literal_line(text: str, style: str = "") -> Content:
    """As :func:`literal`, folded onto one line."""
    return literal(one_line(text), style)


def markdown_source(text: str | None) -> str:
    """A Markdown field ready for the Markdown widget (links stay inert there)."""
    return clean(text or "")
