"""Untrusted tree text, made safe to show: literal, never parsed as markup."""

from __future__ import annotations

from textual.app import App
from textual.content import Content
from textual.notifications import SeverityLevel

from toolmix.text.clean import clean, one_line
from toolmix.text.output import safe


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


class FilteredApp(App[None]):
    """An App whose notifications pass the output filter: they quote file names and ids."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        super().notify(
            safe(message), title=safe(title), severity=severity, timeout=timeout, markup=markup
        )
