"""toolmix's own theme: high contrast, for low vision and bright rooms.

Registered by the App, so it is offered with Textual's themes in the command
palette (ctrl+p, "Theme") and kept in the settings file like any of them.
Every colour a person reads text in is given here as a solid colour, not
left to Textual's derived "auto" and alpha colours, so that each pair of
text and background the app draws can be checked: tests/test_tui_contrast.py
computes their WCAG contrast ratios (at least 7:1, level AAA) from
:data:`TEXT_PAIRS`.
"""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST_NAME = "high-contrast"

HIGH_CONTRAST = Theme(
    name=HIGH_CONTRAST_NAME,
    primary="#FFD000",
    secondary="#00E5FF",
    accent="#00E5FF",
    warning="#FFB000",
    error="#FF7A7A",
    success="#5CFF5C",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1C1C1C",
    dark=True,
    variables={
        "text-muted": "#E8E8E8",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#FFD000",
        "block-cursor-text-style": "bold",
        "block-cursor-blurred-foreground": "#FFFFFF",
        "block-cursor-blurred-background": "#3A3A3A",
        "block-cursor-blurred-text-style": "none",
        "block-hover-background": "#262626",
        "button-color-foreground": "#000000",
        "footer-key-foreground": "#FFD000",
        "footer-description-foreground": "#FFFFFF",
        "footer-background": "#1C1C1C",
        # Not text, but lines that must be seen (WCAG asks 3:1 of them).
        "border": "#FFD000",
        "border-blurred": "#A0A0A0",
        "scrollbar": "#C0C0C0",
    },
)

#: Each (text, background) pair of theme variables the app's widgets and
#: stylesheets draw text in. A widget that reads text on another pair adds it.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("foreground", "background"),
    ("foreground", "surface"),
    ("foreground", "panel"),
    ("text-muted", "background"),
    ("text-muted", "surface"),
    ("accent", "background"),
    ("accent", "surface"),
    ("warning", "background"),
    ("error", "background"),
    ("error", "surface"),
    ("success", "surface"),
    ("primary", "surface"),  # the continue button, disabled
    ("block-cursor-foreground", "block-cursor-background"),
    ("foreground", "block-cursor-blurred-background"),  # the choices' cursor, not focused
    ("block-cursor-blurred-foreground", "block-cursor-blurred-background"),
    ("foreground", "block-hover-background"),
    ("button-color-foreground", "primary"),
    ("footer-key-foreground", "footer-background"),
    ("footer-description-foreground", "footer-background"),
)

#: Pairs also drawn dim (numbers of options, hints under a question).
DIM_PAIRS: tuple[tuple[str, str], ...] = (
    ("foreground", "surface"),
    ("foreground", "background"),
    ("text-muted", "background"),
)

THEMES: tuple[Theme, ...] = (HIGH_CONTRAST,)
