"""Numbers and values in words: the one wording the engine, exporters, screens and CLI use.

Numbers are shown as people write them (4, not 4.0; 2.5, not 2.50), a
number of hours (a table of answers, a tree author's figure) rounded to the
hundredth, a duration in minutes or hours and minutes ("1 hour 25 minutes",
never "1.42 hours"), a unit after exactly 1 in the singular ("1 hour a week",
never "1 hours"), and a JSON value by what it is ("the string
\"abc\"", "a list") when a message says what was found instead.
"""

from __future__ import annotations

import re
from typing import Any

from toolmix.text.i18n import _, decimal_separator, ngettext, pgettext

#: Units (a tree's, in the languages toolmix speaks) whose first word reads wrong after
#: exactly 1 ("1 hours a week", "1 horas").
_SINGULAR = {
    "hours": "hour",
    "minutes": "minute",
    "days": "day",
    "weeks": "week",
    "horas": "hora",
    "minutos": "minuto",
    "días": "día",
    "semanas": "semana",
}


def format_number(value: float) -> str:
    """``4``, ``2.5`` (``2,5`` in Spanish), ``0.1``: whole numbers without a decimal point."""
    text = str(int(value)) if float(value).is_integer() else repr(float(value))
    separator = decimal_separator()
    return text if separator == "." else text.replace(".", separator)


#: A number as a person types it: digits with at most one decimal mark, a sign allowed.
_TYPED = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")


def typed_number(text: str) -> float:
    """A number as a person types it, ``2.5`` or ``2,5``; ValueError when it is none.

    Only plain decimals: ``1e1``, ``1_0``, ``inf``, ``nan`` and ``0x1`` are
    what Python reads, not what a person means (``1e1`` was taken as 10 hours).
    """
    plain = text.strip()
    if _TYPED.fullmatch(plain) is None:
        raise ValueError(text)
    return float(plain.replace(",", "."))


def format_hours(value: float) -> str:
    """Hours as people read them: 0.5, 1, 2.25 (rounded to the hundredth)."""
    return format_number(round(value, 2))


def with_unit(value: float, unit: str | None, shown: str | None = None) -> str:
    """``value`` then ``unit``, its first word singular after exactly 1: ``1 hour a week``.

    ``shown`` is the number as already worded (e.g. by :func:`format_hours`).
    """
    number = format_number(value) if shown is None else shown
    if not unit:
        return number
    first, _space, rest = unit.partition(" ")
    if number == "1" and first in _SINGULAR:
        unit = " ".join(w for w in (_SINGULAR[first], rest) if w)
    return f"{number} {unit}"


def _minutes(hours: float, estimate: bool) -> int:
    # An estimate is rounded to 5 minutes (never to 0 when there is some time);
    # a figure a person gave or a tree states, to the minute.
    step = 5 if estimate else 1
    minutes = step * round(hours * 60 / step)
    return max(minutes, step) if hours > 0 else max(minutes, 0)


def duration(hours: float, *, estimate: bool = False) -> str:
    """Time as people read it: ``57 minutes``, ``1 hour``, ``1 hour 25 minutes``, ``2 hours``.

    Under an hour in minutes, above in hours and minutes, never a decimal fraction
    of an hour ("1.45" reads as 1 h 45). ``estimate`` rounds to 5 minutes: for a
    plan's totals, which are estimates, not for the hours a person typed. The
    one wording of a duration: every other one here is built on it.
    """
    whole_hours, minutes = divmod(_minutes(hours, estimate), 60)
    if not whole_hours and not minutes:  # no time at all, as a person answers it: 0 hours
        return ngettext("{n} hour", "{n} hours", 0).format(n=0)
    minute_words = ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)
    if not whole_hours:
        return minute_words
    hour_words = ngettext("{n} hour", "{n} hours", whole_hours).format(n=whole_hours)
    if not minutes:
        return hour_words
    return pgettext("a duration", "{hours} {minutes}").format(
        hours=hour_words, minutes=minute_words
    )


def hours_text(value: float, *, estimate: bool = False) -> str:
    """``1 hour``, ``2 hours 30 minutes``: :func:`duration`."""
    return duration(value, estimate=estimate)


def hours_a_week(value: float, *, estimate: bool = False) -> str:
    """``1 hour a week``, ``2 hours 30 minutes a week``, ``45 minutes a week``."""
    return _("{duration} a week").format(duration=duration(value, estimate=estimate))


def hours_phrase(hours: float, *, estimate: bool = False) -> str:
    """Hours in plain words: "15 minutes", "1 hour", "2 hours 30 minutes"; none is "no extra time"."""
    if hours <= 0:
        return _("no extra time")
    return duration(hours, estimate=estimate)


def more_hours(hours: float) -> str:
    """ "1 hour 30 minutes more", "1 hour more", "6 minutes more"."""
    return _("{duration} more").format(duration=duration(max(hours, 1 / 60)))


def and_list(names: list[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``: a list as a sentence says it."""
    if len(names) < 2:
        return "".join(names)
    return _("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def whole(value: float) -> int | float:
    """Whole numbers as int (so JSON shows 4, not 4.0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def short(value: Any, limit: int = 40) -> str:
    """A JSON value as JSON text, cut to ``limit`` characters."""
    import json  # only a refusal needs it; the usual start does not import json

    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_kind(value: Any) -> str:
    """What a JSON value is, for a message that says what was found instead."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _("the number {value}").format(value=value)
    if isinstance(value, str):
        return _("the string {text}").format(text=short(value))
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("an object")
    return type(value).__name__
