"""The question screen's keys, with the names a keymap file gives them (tui/keymap.py)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from toolmix.text.i18n import N_

#: The palette's words for the keys 2-9 (the key bar shows them all as "1-9 Pick").
OPTION_WORDS = (
    N_("Option 2"),
    N_("Option 3"),
    N_("Option 4"),
    N_("Option 5"),
    N_("Option 6"),
    N_("Option 7"),
    N_("Option 8"),
    N_("Option 9"),
)

#: The ids are the names a keymap file gives (tui/keymap.py): kept as people wrote them.
QUESTION_KEYS: list[BindingType] = [
    Binding("escape", "back", N_("Back"), id="walk.back"),
    Binding("f1,question_mark", "app.keys", N_("Keys"), id="walk.keys"),
    Binding("1", "pick(1)", N_("Pick"), key_display="1-9", id="walk.pick1"),
    *[
        Binding(str(n), f"pick({n})", words, show=False, id=f"walk.pick{n}")
        for n, words in enumerate(OPTION_WORDS, 2)
    ],
]
