"""Screens whose first resume does not restyle every widget again.

Textual restyles every widget of a screen each time the screen is resumed
(shown again), in case the theme changed while it was hidden. On the first
resume, right after the screen was mounted, the widgets were styled a moment
before: doing it again would only delay the screen's first frame (the figures
are in docs/performance.md). Later resumes (back from a dialog or
the result, perhaps with another theme) restyle as usual. A test compares
every widget's styles with those a full restyle gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events

# At run time a plain mixin (Textual finds its handler through the MRO); type
# checkers see a Screen.
if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen[Any]
else:
    _Base = object


class StyledAtMount(_Base):
    """Mix in before the screen class: ``class X(StyledAtMount, Screen[None])``."""

    _resumed = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Screen's own handler, which reads refresh_styles.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False
