"""Reading JSON input files strictly, and locating JSON paths in their text.

jiter (Rust) parses what it can, refusing duplicate keys; the standard
library's decoder parses the rest and words the errors. A slower scanner over
the raw text runs only when there is something to report, to turn JSON paths
into line and column numbers and to find duplicate keys, which ``json`` would
otherwise silently collapse. Every number is then checked to be finite and
bounded (:mod:`toolmix.load.numbers`), and syntax errors are worded by
:mod:`toolmix.load.syntax`; files are read by :mod:`toolmix.files.read`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import field
from pathlib import Path
from typing import Any

from toolmix.files.read import MAX_BYTES, read_bytes, too_big
from toolmix.load.locate import line_columns, locate, scan
from toolmix.load.numbers import MAX_REPORTED, bad_number_paths, number_problems, parse_int
from toolmix.model.problems import Problem, ToolmixError, format_path
from toolmix.model.record import record
from toolmix.text.clean import ID_KEYS, clean_strings, json_may_need_cleaning, unsafe_strings
from toolmix.text.i18n import _, thousands
from toolmix.text.words import json_kind

#: Files bigger than this do not keep their text in memory after parsing.
RELEASE_TEXT_ABOVE = 1024 * 1024


@record
class JsonText:
    """A parsed JSON document with its source text, for locating problems.

    For a large file the text is let go after parsing (it is as big as the
    file) and read again from ``source`` only if a problem must be located.
    """

    data: Any
    _text: str | None
    file: str
    had_duplicates: bool = False
    source: Path | None = None
    #: The top-level ``x-`` keys, which ``data`` goes without (x-expect, x-saved).
    extras: dict[str, Any] = field(default_factory=dict)
    #: (path, the characters escaped) of each string the cleaning rule changed.
    cleaned: list[tuple[tuple[str | int, ...], str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        if self._text is None:
            assert self.source is not None
            raw = read_bytes(self.source, what="file")
            self._text = raw.decode("utf-8-sig", errors="replace")
        return self._text

    def release_text(self) -> None:
        """Forget the text if it can be read again from the file."""
        if self.source is not None:
            self._text = None

    def locate(self, problems: Iterable[Problem]) -> list[Problem]:
        """Fill in line and column of each problem from its JSON path."""
        problems = list(problems)
        return locate(self.text, self.file, problems) if problems else []

    def duplicate_problems(self) -> list[Problem]:
        if not self.had_duplicates:
            return []
        found = scan(self.text, None)
        places = line_columns(self.text, [o for _key, o in found.duplicates])
        return [p.located(self.file, *places[o]) for p, o in found.duplicates]


def _pairs_hook(flags: dict[str, bool]) -> Any:
    """Build objects, noting duplicate keys."""

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            flags["duplicates"] = True
        return obj

    return hook


def _parse_fast(raw: bytes | None) -> Any:
    """The data, parsed in Rust by jiter; None for what it refuses.

    jiter refuses duplicate keys, NaN and Infinity, as toolmix does; where it
    takes a text, the standard library's parser gives the same data, but that
    one needs a Python call per object (the hook above) to notice duplicate
    keys: half again its own time on a big tree. Everything jiter refuses
    (bad JSON, duplicates, a byte-order mark, a lone surrogate, nesting past
    its limit, an integer of thousands of digits) goes to the standard
    library's parser, which then finds and reports the problem, or gives the data.
    """
    if raw is None:  # a lone surrogate: not UTF-8, so not for jiter
        return None
    from jiter import from_json

    try:
        return from_json(
            raw,
            allow_inf_nan=False,
            catch_duplicate_keys=True,
            # Equal short strings (ids, item references) become one object,
            # which the models then share: less memory for a big tree.
            cache_mode="all",
        )
    except ValueError:
        return None


def _strip_extensions(value: Any) -> None:
    """Remove ``x-`` keys from every object in ``value``, in place.

    An effect's ``x-if`` (an object with an ``item``) stays: toolmix reads it into the
    model, where a bad condition gets a located error like any other part.
    """
    stack = [value]  # not recursive: the standard parser nests deeper than Python recurses
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            for key in [k for k in v if k[:2] == "x-" and not (k == "x-if" and "item" in v)]:
                del v[key]
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)


def _parse_standard(text: str, file: str, what: str, flags: dict[str, bool]) -> Any:
    """The data, parsed by the standard library; a located error if it is not JSON.

    NaN, Infinity and integers of more than a few dozen digits are let through
    as infinite floats: the number check then refuses them, located.
    """
    import json  # here, not at the top: the usual start reads no JSON at all

    from toolmix.load.syntax import describe, line_col

    def constant(name: str) -> float:
        flags["constants"] = True
        return float(name)

    try:
        return json.loads(
            text, object_pairs_hook=_pairs_hook(flags), parse_int=parse_int, parse_constant=constant
        )
    except json.JSONDecodeError as exc:
        message, pos = describe(exc.msg, text, exc.pos)
        raise _fail(
            file, _("invalid JSON: {problem}").format(problem=message), *line_col(text, pos)
        ) from None
    except RecursionError:
        raise _fail(
            file,
            _(
                "the {what} is nested too deeply (hundreds of levels); expected a tree "
                "nested a few levels deep"
            ).format(what=_(what)),
        ) from None


def read_json(
    path: str | Path,
    *,
    what: str = "file",
    max_bytes: int = MAX_BYTES,
    clean: bool = True,
) -> JsonText:
    """Read a UTF-8 JSON object from ``path`` or raise :class:`ToolmixError`.

    ``x-`` keys are dropped from the returned data (they are for authors), string
    values but ids are cleaned (:func:`toolmix.text.clean.clean`), NaN and Infinity refused.
    """
    raw = read_bytes(path, what=what, max_bytes=max_bytes)
    size = len(raw)
    text = _decode(raw, str(path), what)
    del raw  # as big as the file: free it before parsing
    doc = parse_text(text, file=str(path), what=what, clean=clean)
    del text
    return _read_from(doc, path, size)


def parse_read(raw: bytes, path: str | Path, *, what: str = "file", clean: bool = True) -> JsonText:
    """Parse bytes already read from ``path`` (by :func:`read_bytes`), as :func:`read_json` does.

    The caller holds the bytes while they are parsed; :func:`read_json` lets
    go of them first, which matters for big files.
    """
    return _read_from(parse_json(raw, file=str(path), what=what, clean=clean), path, len(raw))


def _read_from(doc: JsonText, path: str | Path, size: int) -> JsonText:
    doc.source = Path(path)
    if size > RELEASE_TEXT_ABOVE:
        doc.release_text()
    return doc


def parse_json(
    raw: bytes,
    *,
    file: str = "",
    what: str = "file",
    max_bytes: int = MAX_BYTES,
    clean: bool = True,
) -> JsonText:
    """Parse raw bytes as in :func:`read_json`."""
    if len(raw) > max_bytes:
        raise _fail(file, too_big(what, thousands(len(raw)), max_bytes))
    return parse_text(_decode(raw, file, what), file=file, what=what, clean=clean)


def _fail(file: str, message: str, line: int = 0, col: int = 0) -> ToolmixError:
    return ToolmixError([Problem("error", message, file=file, line=line, column=col)])


def _decode(raw: bytes, file: str, what: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _fail(
            file,
            _(
                "the {what} is not UTF-8 text (byte {byte} cannot start a UTF-8 "
                "character); expected a UTF-8 encoded JSON file"
            ).format(what=_(what), byte=f"0x{raw[exc.start]:02x}"),
            line,
            col,
        ) from None


def parse_text(text: str, *, file: str = "", what: str = "file", clean: bool = True) -> JsonText:
    """Parse decoded JSON text: duplicate keys noted, numbers checked, ``x-`` keys set apart."""
    if not text.strip():
        raise _fail(
            file, _("the {what} is empty; expected a JSON object").format(what=_(what)), 1, 1
        )
    from toolmix.load.numbers import may_hold_bad_numbers

    flags = {"duplicates": False}
    try:
        raw: bytes | None = text.encode()
    except UnicodeEncodeError:
        raw = None
    data = _parse_fast(raw)
    if data is None:
        data = _parse_standard(text, file, what, flags)
    doc = JsonText(data, text, file, flags["duplicates"])
    if not isinstance(data, dict):
        # TRANSLATORS: {kind} is what was found: "a list", "the number 3", "null".
        top = _("the top level is {kind}; expected a JSON object").format(kind=json_kind(data))
        raise _fail(file, top, 1, 1)
    if "constants" in flags or may_hold_bad_numbers(
        raw if raw is not None else text.encode("utf-8", "surrogatepass")
    ):
        _refuse_bad_numbers(doc)
    del raw
    if '"x-' in text:
        doc.extras = {k: v for k, v in data.items() if k[:2] == "x-"}
        _strip_extensions(data)
        for key in ("x-plan", "x-select"):
            # The x- keys toolmix reads into the model (the plan's weeks, the selection's
            # essentials and light forms): validated, with located errors, like any other part.
            if key in doc.extras:
                data[key] = copy.deepcopy(doc.extras[key])
                _strip_extensions(data[key])
    if clean and json_may_need_cleaning(text):
        doc.cleaned = unsafe_strings(data, keep=ID_KEYS)
        clean_strings(data, keep=ID_KEYS)
    return doc


def _refuse_bad_numbers(doc: JsonText) -> None:
    """Raise a located error for every number of ``doc`` out of bounds (``x-`` keys too)."""
    paths = bad_number_paths(doc.data)
    if paths:
        shown = [Problem("error", "", p) for p in paths[:MAX_REPORTED]]
        raise ToolmixError(number_problems(doc.locate(shown), doc.text, len(paths)))


__all__ = [
    "MAX_BYTES",
    "JsonText",
    "format_path",
    "parse_json",
    "parse_read",
    "parse_text",
    "read_bytes",
    "read_json",
]
