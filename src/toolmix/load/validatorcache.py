"""pydantic's validator for trees, kept between runs as its core schema.

Building the validator is pydantic's own Python work: importing its schema
generator and walking every model takes 100-150 ms, more than validating a
tree of a thousand questions (docs/performance.md). What it builds, the *core
schema*, is plain data but for references to toolmix's model classes and tag
functions, and pydantic-core turns it into a validator in under a millisecond.
So the first run keeps the core schema in the cache folder as JSON, each
reference written as its name, and later runs build the validator from it
without importing pydantic's schema machinery at all.

- The file's name holds a hash of what decides the schema: the source of
  toolmix's loading code (as for :mod:`toolmix.load.cache`), pydantic's and
  pydantic-core's versions and Python's. Any change is a miss; the schema is
  built again and the old file removed.
- Reading it resolves names only to classes and functions defined in
  :mod:`toolmix.model.tree` and :mod:`toolmix.model.constraints`, and ``list`` and
  ``dict``; anything else makes the file a miss. Nothing in it is evaluated.
- A kept schema that fails when used (a validator that raises something other
  than a ValidationError, or gives something other than a Tree) is removed
  and built again (:func:`toolmix.load.validation.validate_tree`).
- It is an optimisation: any failure to read or write it is silent, and
  ``TOOLMIX_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import functools
import json
import types
from pathlib import Path
from typing import Any

#: The key that marks an encoded reference, tuple or partial in the JSON.
_MARK = "$toolmix"
_PREFIX = "validator-"
_ALLOWED_MODULES = ("toolmix.model.tree", "toolmix.model.constraints")
_BUILTINS = {"builtins.list": list, "builtins.dict": dict}


class Unencodable(ValueError):
    """The schema holds something this module does not write (it is then not kept)."""


def _name_of(obj: Any) -> str:
    for name, builtin in _BUILTINS.items():
        if obj is builtin:
            return name
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", "")
    if (
        isinstance(obj, (type, types.FunctionType))
        and module in _ALLOWED_MODULES
        and "." not in qualname
        and _resolve(f"{module}.{qualname}") is obj
    ):
        return f"{module}.{qualname}"
    raise Unencodable(f"cannot keep {obj!r} in the validator cache")


def _resolve(name: str) -> Any:
    """The class or function ``name`` stands for, if it is one of the allowed."""
    if name in _BUILTINS:
        return _BUILTINS[name]
    module_name, _, attr = name.rpartition(".")
    if module_name not in _ALLOWED_MODULES:
        raise ValueError(f"{name} is not allowed in the validator cache")
    import importlib

    found = getattr(importlib.import_module(module_name), attr, None)
    if not isinstance(found, (type, types.FunctionType)) or found.__module__ != module_name:
        raise ValueError(f"{name} is not allowed in the validator cache")
    return found


def encode(value: Any) -> Any:
    """``value`` (a core schema) as JSON data; raises :class:`Unencodable`."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {_MARK: "tuple", "items": [encode(v) for v in value]}
    if isinstance(value, dict):
        if _MARK in value or not all(isinstance(k, str) for k in value):
            raise Unencodable("a dict this module cannot write")
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, functools.partial):
        if value.keywords:
            raise Unencodable("a partial with keywords")
        return {_MARK: "partial", "func": _name_of(value.func), "args": encode(list(value.args))}
    return {_MARK: "ref", "name": _name_of(value)}


def _decode_object(obj: dict[str, Any]) -> Any:
    kind = obj.get(_MARK)
    if kind is None:
        return obj
    if kind == "ref":
        return _resolve(obj["name"])
    if kind == "tuple":
        return tuple(obj["items"])
    if kind == "partial":
        return functools.partial(_resolve(obj["func"]), *obj["args"])
    raise ValueError(f"unknown entry {kind!r} in the validator cache")


def decode(text: str) -> Any:
    """The core schema :func:`encode` wrote as JSON text; raises ValueError."""
    return json.loads(text, object_hook=_decode_object)


def _file() -> Path | None:
    """Where the schema for this toolmix, pydantic and Python is kept; None when off."""
    from toolmix.load import cache as treecache

    if not treecache.enabled():
        return None
    try:
        import pydantic_core

        digest = treecache.new_hash(treecache.code_fingerprint())
        digest.update(pydantic_core.__version__.encode())
        return treecache.cache_dir() / f"{_PREFIX}{digest.hexdigest()}.json"
    except Exception:  # no cache folder, an unreadable source file: no cache
        return None


def load() -> Any:
    """The kept core schema, or None."""
    path = _file()
    if path is None:
        return None
    try:
        from toolmix.files.read import read_bytes

        return decode(read_bytes(path).decode("utf-8"))
    except Exception:  # missing, partial, old or tampered: a miss
        return None


def discard() -> None:
    """Remove the kept schema (one that failed); never fails."""
    path = _file()
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


def store(schema: Any) -> None:
    """Keep ``schema`` if it can be written and read back the same; never fails."""
    path = _file()
    if path is None:
        return
    from toolmix.files.atomic import write_text_atomic

    with contextlib.suppress(Exception):
        data = encode(schema)
        text = json.dumps(data, separators=(",", ":"))
        if encode(decode(text)) != data:  # e.g. a float JSON would not give back
            return
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_text_atomic(path, text, overwrite=True, private=True)
        for old in path.parent.glob(f"{_PREFIX}*.json"):
            if old != path:
                old.unlink()
