"""The keys a person chooses: the settings' ``keymap``, checked, and the keys help drawn from it.

A keymap maps a binding's id to the keys that replace its own, Textual's
format (``{"walk.back": "backspace", "result.export": "x,ctrl+e"}``), applied
with ``App.set_keymap``. An id without a dot stands for every binding whose id
ends in it: ``{"back": "backspace"}`` is Back on every screen. docs/quickstart.md
lists the ids; tests/test_tui_keymap.py checks DEFAULT_KEYS against the BINDINGS.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from toolmix.text.i18n import N_, _

#: Every binding id toolmix has, with its keys when no keymap changes them.
DEFAULT_KEYS: dict[str, str] = {
    "app.quit": "ctrl+q",
    "picker.keys": "f1,question_mark",
    "picker.warnings": "w",
    "warnings.close": "escape,w",
    "intro.start": "enter",
    "intro.back": "escape",
    "intro.keys": "f1,question_mark",
    "walk.back": "escape",
    "walk.keys": "f1,question_mark",
    **{f"walk.pick{n}": str(n) for n in range(1, 10)},
    "result.export": "e",
    "result.restart": "r",
    "result.back": "escape",
    "result.keys": "f1,question_mark",
    "result.column": "tab",
    "result.whatif": "w",
    "result.whynot": "n",
    "result.hours": "h",
    "result.plan": "p",
    "result.mix": "m",
    "result.changes": "c",
    **{f"result.matters{n}": str(n) for n in (1, 2, 3)},
    "whatif.adopt": "enter",
    "whatif.back": "escape",
    "whatif.column": "tab",
    "whatif.keys": "f1,question_mark",
    "whynot.back": "escape",
    "whynot.column": "tab",
    "whynot.keys": "f1,question_mark",
    "hours.close": "escape",
    "confirm.cancel": "escape",
    "export.cancel": "escape",
    "help.close": "escape,f1,question_mark",
    "list.up": "up",
    "list.down": "down",
    "list.first": "home",
    "list.last": "end",
    "list.pageup": "pageup",
    "list.pagedown": "pagedown",
    "choices.submit": "enter",
    "choices.toggle": "space",
    "continue.press": "enter,space",
    "lead.continue": "enter",
    "answers.choose": "enter",
    "buttons.next": "right",
    "buttons.previous": "left",
}

#: Where a row of the keys help is shown: on every screen, or on one kind of screen.
EVERYWHERE = frozenset({"picker", "walk", "result", "explore"})
_WALK, _RESULT, _EXPLORE = frozenset({"walk"}), frozenset({"result"}), frozenset({"explore"})

#: The keys help, one row each: the bindings it is about, its keys when none is
#: remapped, what they do, and the screens it is shown on ("picker", "walk" for
#: the intro and the questions, "result", "explore" for What if and Why not).
#: Each screen lists its own keys: one list of all of them had w twice, the
#: picker's warnings and the result's What if (newuser7 finding 9).
HELP_ROWS: tuple[tuple[tuple[str, ...], str, str, frozenset[str]], ...] = (
    (("list.up", "list.down"), N_("Up / Down"), N_("move between options"), EVERYWHERE),
    (
        ("choices.submit", "continue.press", "lead.continue"),
        N_("Enter"),
        N_("choose, or continue"),
        EVERYWHERE,
    ),
    (
        ("picker.warnings",),
        "w",
        N_("in the tree picker: every warning about tree files"),
        frozenset({"picker"}),
    ),
    (
        tuple(f"walk.pick{n}" for n in range(1, 10)),
        "1-9",
        # Options 10 and up have no number key (newuser8 finding 5).
        N_("pick or toggle the n-th option; 10+: Up / Down"),
        _WALK,
    ),
    (("choices.toggle",), N_("Space"), N_("toggle an option in a multi question"), _WALK),
    (
        ("walk.back", "result.back", "whatif.back", "whynot.back"),
        N_("Escape"),
        N_("back one step (closes a dialog first)"),
        EVERYWHERE,
    ),
    (
        ("buttons.previous", "buttons.next"),
        N_("Left / Right"),
        N_("between a dialog's buttons"),
        EVERYWHERE,
    ),
    # One line, so that the help still fits 80x24.
    ((), N_("Tab"), N_("the answers so far: Enter or a click changes one"), _WALK),
    (("whatif.column", "whynot.column"), N_("Tab"), N_("between the two columns"), _EXPLORE),
    (
        ("result.plan", "result.mix", "result.changes"),
        "p / m / c",
        N_("the result's plan, mix and why, what would change"),
        _RESULT,
    ),
    (
        ("result.export", "result.restart"),
        "e / r",
        N_("export the result; start over (asks first)"),
        _RESULT,
    ),
    (
        ("result.whatif", *(f"result.matters{n}" for n in (1, 2, 3))),
        "w, 1-3",
        N_("what if you answered otherwise (Enter adopts)"),
        _RESULT,
    ),
    (
        ("result.whynot", "result.hours"),
        "n / h",
        N_("why not an item; what another hour buys"),
        _RESULT,
    ),
    ((), "ctrl+p", N_("command palette: every action, and the theme"), EVERYWHERE),
    (("app.quit",), "ctrl+q", N_("quit (your answers are saved)"), EVERYWHERE),
    # Every screen's own Keys binding: a keymap may move the picker's or the intro's too.
    (
        ("picker.keys", "intro.keys", "walk.keys", "result.keys", "whatif.keys", "whynot.keys"),
        N_("F1 or ?"),
        N_("this help"),
        EVERYWHERE,
    ),
)

# A key as Textual names it ("f1", "ctrl+shift+up", "question_mark"), or one character.
_KEY = re.compile(r"(?:[a-z]+\+)*[A-Za-z0-9_]+|\S")


def chosen_keymap(value: object) -> tuple[dict[str, str], list[str]]:
    """The keymap the settings' ``keymap`` value asks for, and what was wrong with it.

    A wrong entry is left out (its binding keeps its keys) and named, so the
    rest of the keymap still applies.
    """
    if value is None:
        return {}, []
    if not isinstance(value, Mapping):
        return {}, [_('"keymap" must be an object, like {"back": "backspace"}; it is not used.')]
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for name, keys in value.items():
        ids = _ids(str(name))
        if not ids:
            problems.append(_unknown(str(name)))
        elif not isinstance(keys, str) or not _keys_ok(keys):
            problems.append(
                _(
                    '"keymap": "{name}" needs keys such as "backspace" or "ctrl+b,f2"; '
                    "{keys} is not used."
                ).format(name=name, keys=repr(keys))
            )
        else:
            keymap.update(dict.fromkeys(ids, ",".join(k.strip() for k in keys.split(","))))
    return keymap, problems


def _ids(name: str) -> list[str]:
    if "." in name:
        return [name] if name in DEFAULT_KEYS else []
    return [i for i in DEFAULT_KEYS if i.rsplit(".", 1)[1] == name]


def _keys_ok(keys: str) -> bool:
    parts = [k.strip() for k in keys.split(",")]
    return all(_KEY.fullmatch(k) for k in parts) and len(parts) <= 8


def _unknown(name: str) -> str:
    """No binding has this id: said with the nearest id, if one is near."""
    from difflib import get_close_matches

    names = sorted({*DEFAULT_KEYS, *(i.rsplit(".", 1)[1] for i in DEFAULT_KEYS)})
    near = get_close_matches(name, names, n=1)
    if near:
        return _('"keymap": no key is called "{name}" (did you mean "{near}"?).').format(
            name=name, near=near[0]
        )
    return _('"keymap": no key is called "{name}".').format(name=name)


def keys_help(keymap: Mapping[str, str], where: str | None = None) -> str:
    """The keys help as aligned lines, with the keys the keymap put in place.

    ``where`` is the kind of screen it is opened on (see :data:`HELP_ROWS`):
    only that screen's rows; None, every row.
    """
    rows = []
    for ids, default, words, shown_on in HELP_ROWS:
        if where is not None and where not in shown_on:
            continue
        label = _(default) if default else ""  # gettext's "" is the catalogue's header
        if any(i in keymap for i in ids):
            shown = dict.fromkeys(keymap.get(i, DEFAULT_KEYS[i]) for i in ids)
            label = (" / " if len(shown) <= 2 else " ").join(shown)
        rows.append((label, _(words)))
    width = max(16, *(len(label) + 1 for label, _words in rows))
    return "".join(f"{label:<{width}} {words}".rstrip() + "\n" for label, words in rows)
