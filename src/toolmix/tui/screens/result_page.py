"""The result's mix on a small screen: one page that scrolls, brought into view by the keys.

Under 32 lines (80x24) or 72 columns the mix tab is one page (result.tcss):
narrow, the mix, then Why under it. Moving in the mix brings the mix into
view; Tab brings Why, whose keys scroll the page when the column itself does
not scroll. What matters most has a tab of its own: at 60 columns its three
answers took the first screen whole (newuser5 #2), and at 100x32 it pushed
the plan out of sight (newuser6 #1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.widgets import OptionList

# At run time a plain mixin (Textual finds its handlers through the MRO); type
# checkers see a Screen.
if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen[Any]
else:
    _Base = object

#: Narrower than this, the mix and Why are one column, and so are This week and Every week.
WIDE = 72
#: Shorter than this, the result is a page that scrolls.
TALL = 32


def size_classes(screen: DOMNode) -> str:
    """The breakpoint classes the first resize would give, to give them at once:
    set then, they would restyle every widget again before the first frame."""
    try:
        size = screen.app.size
    except RuntimeError:  # made outside a running app: the resize will tell
        return "-wide -tall"
    return " ".join(
        ("-wide" if size.width >= WIDE else "-narrow", "-tall" if size.height >= TALL else "-short")
    )


class ResultPage(_Base):
    """Mix in before the screen class, which composes ``#page``, ``#left``, ``#mix``."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (TALL, "-tall")]
    #: The screen focuses the plan without scrolling to it (Textual's would):
    #: a pane that scrolls starts at its top.
    AUTO_FOCUS = ""

    def mix_in_view(self, index: int) -> None:
        """On a page that scrolls, moving in the mix brings the mix into view;
        its first entry, the top of the page."""
        page = self.query_one("#page", VerticalScroll)
        mix = self.query_one("#mix", OptionList)
        if not page.max_scroll_y or not mix.has_focus:
            return
        first = next(
            (i for i in range(mix.option_count) if not mix.get_option_at_index(i).disabled), 0
        )
        if index <= first:
            page.scroll_home(animate=False)
        else:
            page.scroll_to_widget(self.query_one("#left"), animate=False, top=True)
