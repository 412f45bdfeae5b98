"""argparse speaking the person's language: its own words from toolmix's ``ask`` catalogue.

argparse words "usage:", "options", "-h"'s help and its errors through
gettext's default domain, which Python ships in no language but English.
The classes here say them through toolmix's catalogue instead, by argparse's
public hooks only: a formatter's ``add_usage`` and ``start_section``, the
parser's own ``-h`` and ``error``. argparse has already worded an error in
English when ``error`` gets it, so the error is matched against argparse's
wordings (:data:`ERRORS`) and said again in the language; one worded in a
way not listed here (another Python's) is shown as argparse wrote it.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

from toolmix.text.i18n import N_, _

USAGE_PREFIX = N_("usage: ")
#: The titles argparse gives its two sections of arguments.
SECTIONS = (N_("options"), N_("positional arguments"))
HELP = N_("show this help message and exit")
VERSION = N_("show program's version number and exit")
#: argparse's error messages (Python 3.10 to 3.13), in its own %-format.
ERRORS = (
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("one of the arguments %s is required"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
)
_FIELD = re.compile(r"%(?:\((\w+)\))?[sr]")


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression matching what ``template`` becomes once argparse fills it."""
    out, at, index = [], 0, 0
    for field in _FIELD.finditer(template):
        out.append(re.escape(template[at : field.start()]))
        name = field.group(1)
        if name is None:  # %s, %r: named by their place
            name, index = f"f{index}", index + 1
        out.append(f"(?P<{name}>.+?)")
        at = field.end()
    out.append(re.escape(template[at:]))
    return re.compile("".join(out) + r"\Z", re.DOTALL)


_PATTERNS = [(template, _pattern(template)) for template in ERRORS]


def _filled(template: str, values: dict[str, str]) -> str:
    """``template`` with each field replaced by the text argparse put there."""
    places = iter(range(len(values)))

    def value(field: re.Match[str]) -> str:
        return values[field.group(1) or f"f{next(places)}"]

    return _FIELD.sub(value, template)


def translated_error(message: str) -> str:
    """argparse's English ``message`` in the person's language (unchanged if not one of its)."""
    for template, pattern in _PATTERNS:
        found = pattern.match(message)
        if found is None:
            continue
        values = found.groupdict()
        if "message" in values:  # "argument X: <another of argparse's messages>"
            values["message"] = translated_error(values["message"])
        return _filled(_(template), values)
    return message


class WordsFormatter(argparse.HelpFormatter):
    """A help formatter whose "usage:" and section titles are in the person's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, _(USAGE_PREFIX) if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(
            _(heading) if heading is not None and heading in SECTIONS else heading
        )


class RawDescriptionWordsFormatter(WordsFormatter, argparse.RawDescriptionHelpFormatter):
    """:class:`WordsFormatter`, keeping the description's and epilog's own lines."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the person's language, its -h and errors included."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", WordsFormatter)
        super().__init__(add_help=False, **kwargs)
        if add_help:  # as argparse adds it, with its help in the language
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help=_(HELP)
            )

    def add_version(self, version: str) -> None:
        """``--version``, its help in the language."""
        self.add_argument("--version", action="version", version=version, help=_(VERSION))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = _("{prog}: error: {message}").format(
            prog=self.prog, message=translated_error(message)
        )
        self.exit(2, text + "\n")
