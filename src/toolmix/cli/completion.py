"""``toolmix completion bash|zsh|fish``, and the answers to the shell's TAB it installs.

The script comes from argcomplete: it asks ``toolmix`` itself, with argcomplete's
variables set, for the words that fit where the cursor is, and argcomplete reads
them off the real parser (toolmix.cli.parser.build_parser, handed over by
toolmix.cli.main), so a new command or option completes without anyone
editing a script.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import Any

from toolmix.text.i18n import N_, _

SHELLS = ("bash", "zsh", "fish")

INSTALL = {
    "bash": N_('eval "$(toolmix completion bash)"   # in ~/.bashrc'),
    "zsh": N_('eval "$(toolmix completion zsh)"    # in ~/.zshrc, after compinit'),
    "fish": "toolmix completion fish > ~/.config/fish/completions/toolmix.fish",
}


def cmd_completion(args: argparse.Namespace) -> int:
    from argcomplete.shell_integration import shellcode

    print(shellcode(["toolmix"], shell=args.shell), end="")
    return 0


def add_command(add: Callable[[str, str, str], argparse.ArgumentParser]) -> None:
    p = add(
        "completion",
        _("print the shell script that completes toolmix's commands, options and tree ids"),
        _(INSTALL["bash"]),
    )
    p.add_argument("shell", choices=SHELLS, help=_("the shell the script is for"))
    p.epilog = _("to install:") + "\n" + "\n".join(f"  {_(line)}" for line in INSTALL.values())
    p.set_defaults(func=cmd_completion)


def tree_ids(**_unused: Any) -> list[str]:
    """The ids of the trees toolmix can find, for a TREE argument."""
    from toolmix.load.discovery import discover

    return [f.id for f in discover().trees]


def complete_if_asked(build_parser: Callable[[], argparse.ArgumentParser]) -> None:
    """Answer the shell's TAB and exit, when argcomplete's script is the one calling.

    The parser's builder is passed in, not imported: toolmix.cli.parser imports this
    module for its ``completion`` command, and the two importing each other would be a cycle.
    """
    if "_ARGCOMPLETE" not in os.environ:
        return
    import argcomplete

    parser = build_parser()
    for action in _all_actions(parser):
        if action.dest == "tree":
            action.completer = tree_ids  # type: ignore[attr-defined]
    argcomplete.autocomplete(parser)


def _all_actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    found = list(parser._actions)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += _all_actions(sub)
    return found
