"""The base of every dialog: a modal screen whose sheet (dialog.tcss) frames them all."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, ScreenResultCallbackType
from textual.widgets import Button, Static

from toolmix.text.i18n import _
from toolmix.tui.holding import hold_keys, screen_ready
from toolmix.tui.widgets.marked_button import MarkedButton

ResultType = TypeVar("ResultType")


class DialogBox(VerticalScroll):
    """A dialog's frame: as tall as its text, at most the screen; a longer text scrolls.

    Its heading and its buttons are docked (dialog.tcss), so they stay in view
    while the text between them scrolls: the keys help had to be cut to fit
    80x24, and in a language with longer words its last rows fell off the screen.
    It never takes the focus, which stays on a button: Enter still closes or
    answers, and the dialog's own keys (:class:`Dialog`) scroll it.
    """

    can_focus = False


#: The dialog's scrolling keys: the ids, and keys, of a list's (a keymap moves both).
_SCROLL_KEYS = (
    ("up", "scroll_up", "list.up"),
    ("down", "scroll_down", "list.down"),
    ("home", "scroll_home", "list.first"),
    ("end", "scroll_end", "list.last"),
    ("pageup", "scroll_page_up", "list.pageup"),
    ("pagedown", "scroll_page_down", "list.pagedown"),
)


class Dialog(ModalScreen[ResultType]):
    """A modal screen styled as a framed box over the dimmed screen below.

    Textual's type selectors match a class's bases, so ``Dialog`` in
    dialog.tcss styles every dialog; each dialog's own sheet adds only its parts.
    Up, Down, Page Up / Down, Home and End scroll its :class:`DialogBox` from
    wherever the focus is (a focused field keeps its own Home and End). No
    description: they are no command of the palette's, and the bar shows none.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(key, f"scroll_box('{how}')", show=False, id=binding)
        for key, how, binding in _SCROLL_KEYS
    ]

    def action_scroll_box(self, how: str) -> None:
        for box in self.query(DialogBox):
            getattr(box, how)(animate=False)

    def on_mount(self) -> None:
        # After the dialog's own on_mount (Textual calls the subclass's first), which
        # asks for its focus: the keys typed since it was opened go to that focus.
        screen_ready(self)


def open_dialog(
    node: DOMNode,
    dialog: Dialog[ResultType],
    callback: ScreenResultCallbackType[ResultType] | None = None,
) -> None:
    """Push ``dialog`` from a key's action, the keys typed from now on held for it.

    Between the key that opens a dialog and its first focus the keys typed
    reached the screen below, or the new one with nothing focused, and were
    lost: 'e' and a file name typed at once lost the name's first letter, a Tab
    did not move. Held (tui/holding.py), they go to the dialog once it is up,
    in order; one that would press a button the person has not seen is dropped.
    """
    hold_keys(node)
    node.app.push_screen(dialog, callback)


class InfoDialog(Dialog[None]):
    """A dialog that only shows something: a bold heading, a body and Close (or its key)."""

    #: The box's id, by which the dialog's own sheet styles it.
    box_id = ""
    #: Marked with N_ (a class attribute), translated when the dialog is drawn.
    heading = ""
    #: The body's id, where the sheet styles the body too.
    body_id: str | None = None

    def body(self) -> Content:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with DialogBox(classes="dialog", id=self.box_id):
            yield Static(Content(_(self.heading)).stylize("bold"), classes="dialog-text heading")
            yield Static(self.body(), id=self.body_id)
            with Horizontal(classes="buttons"):
                yield MarkedButton(_("Close"), id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()  # before the keys held go on (Dialog)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
