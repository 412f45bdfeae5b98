"""Numbers and values in words: the one wording the engine, exporters, screens and CLI use.

Numbers are shown as people write them (4, not 4.0; 2.5, not 2.50), hours
rounded to the hundredth, a unit after exactly 1 in the singular ("1 hour a
week", never "1 hours"), and a JSON value by what it is ("the string
\"abc\"", "a list") when a message says what was found instead.
"""

from __future__ import annotations

from typing import Any

from toolmix.text.i18n import _, decimal_separator, ngettext

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


def typed_number(text: str) -> float:
    """A number as a person types it, ``2.5`` or ``2,5``; ValueError when it is none."""
    return float(text.strip().replace(",", "."))


def _count(shown: str) -> int:
    # gettext counts whole numbers; 2.5 takes the plural, as 1 takes the singular.
    return 1 if shown == "1" else 2


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


def hours_text(value: float) -> str:
    """``1 hour``, ``2.5 hours``."""
    shown = format_hours(value)
    return ngettext("{n} hour", "{n} hours", _count(shown)).format(n=shown)


def hours_a_week(value: float) -> str:
    """``1 hour a week``, ``2.5 hours a week``."""
    shown = format_hours(value)
    return ngettext("{n} hour a week", "{n} hours a week", _count(shown)).format(n=shown)


def hours_phrase(hours: float) -> str:
    """Hours in plain words: "15 minutes", "1 hour", "2.5 hours", never "1 hours"."""
    if hours <= 0:
        return _("no extra time")
    if hours < 1:
        minutes = round(hours * 60)
        return ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)
    return hours_text(hours)


def more_hours(hours: float) -> str:
    """ "1.5 more hours", "1 more hour", "6 more minutes"."""
    if hours < 1:
        minutes = max(round(hours * 60), 1)
        return ngettext("{n} more minute", "{n} more minutes", minutes).format(n=minutes)
    shown = format_hours(hours)
    return ngettext("{n} more hour", "{n} more hours", _count(shown)).format(n=shown)


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
