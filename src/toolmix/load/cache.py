"""Trees validated before, kept so that the next start needs no pydantic.

Importing pydantic and building its validators takes longer than everything
else toolmix does before showing the first question (docs/performance.md).
This module wraps the loader (:mod:`toolmix.load.loader`): once a tree file
has passed every check, the loaded tree is kept in the user's cache folder;
the next time the same bytes are loaded from the same path by the same
toolmix, that copy is used instead.

- The key is a BLAKE2b hash (256 bits) of the file's bytes, its path as given, the source of
  every module of the packages that decide a loaded tree (:data:`LOADING_PACKAGES`, globbed),
  pydantic's version and Python's: a change to any of them is a miss, and the file is checked
  again in full.
- Entries are pickles read by an unpickler that builds only instances of
  toolmix's own model classes: a tampered entry cannot run code or change a
  class (see :class:`_ModelsOnly`), it is just a miss.
- Only files up to :data:`MAX_CACHED_BYTES` are kept. Bigger trees load faster
  through pydantic (its objects are built in Rust) than from a pickle.
- The cache is an optimisation: any failure to read or write it is silent,
  and ``TOOLMIX_NO_CACHE=1`` turns it off. ``toolmix validate`` never uses it.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sys
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from toolmix.files.atomic import write_bytes_atomic
from toolmix.files.read import read_bytes
from toolmix.files.userdirs import tree_cache_dir
from toolmix.load import index as treeindex
from toolmix.load import loader
from toolmix.load.loader import CheckResult, LoadedTree
from toolmix.load.strict_json import parse_read
from toolmix.model import base, conditions, items, nodes, problems, tree
from toolmix.model.problems import ToolmixError
from toolmix.text.i18n import words_key

MAX_CACHED_BYTES = 1_000_000
#: Entries kept; the least recently written beyond this are removed.
MAX_ENTRIES = 64
#: The packages whose code decides what a loaded tree is; globbed so a new module is never missed.
LOADING_PACKAGES = ("text", "model", "files", "load")
#: The modules whose classes a kept tree is made of (see :class:`_ModelsOnly`).
MODEL_MODULES = {
    m.__name__: m for m in (loader, base, conditions, items, nodes, tree, problems, treeindex)
}


def new_hash(data: bytes = b"") -> Any:
    """A new 256-bit BLAKE2b hash object.

    BLAKE2b is built into Python (``_blake2``), so this avoids importing
    ``hashlib``, which loads OpenSSL and its configuration, a start's worth of
    work for one hash (the figure is in docs/performance.md).
    """
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=32)


def cache_dir() -> Path:
    return tree_cache_dir()


def enabled() -> bool:
    return os.environ.get("TOOLMIX_NO_CACHE", "") in ("", "0")


_fingerprint: bytes | None = None


def code_fingerprint() -> bytes:
    """What, besides the file, decides the loaded tree: toolmix's code and pydantic's."""
    global _fingerprint
    if _fingerprint is None:
        digest = new_hash(sys.version.encode())
        digest.update(source_fingerprint(Path(__file__).resolve().parents[1]))
        spec = find_spec("pydantic")
        if spec is None or not spec.submodule_search_locations:
            raise OSError("pydantic not found")
        digest.update((Path(spec.submodule_search_locations[0]) / "version.py").read_bytes())
        _fingerprint = digest.digest()
    return _fingerprint


def source_fingerprint(core: Path) -> bytes:
    """A hash of every ``.py`` file, with its path, under the loading packages of ``core``."""
    digest = new_hash()
    for package in LOADING_PACKAGES:
        for path in sorted((core / package).rglob("*.py")):
            digest.update(path.relative_to(core).as_posix().encode() + b"\0")
            digest.update(new_hash(path.read_bytes()).digest())
    fingerprint: bytes = digest.digest()
    return fingerprint


def key_for(raw: bytes, file: str) -> str | None:
    """The cache key for these bytes read from ``file``; None when not cached."""
    if len(raw) > MAX_CACHED_BYTES or not enabled():
        return None
    try:
        digest = new_hash(code_fingerprint())
    except OSError:
        return None
    # The warnings kept are worded in the language of the load that kept them.
    digest.update(new_hash(words_key()).digest())
    digest.update(file.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(raw)
    hexdigest: str = digest.hexdigest()
    return hexdigest


class _ModelsOnly(pickle.Unpickler):
    """Builds instances of toolmix's own model classes and nothing else.

    A name is allowed only if it is a public class *defined* in one of
    ``modules``: not one they import (``pathlib.Path``, ``float`` as
    ``base.Number``). Plain containers come from pickle's own opcodes, so no
    ``builtins`` name is needed. And the unpickler never hands out the class
    itself, only a stand-in made for this load whose one power is to make an
    uninitialised instance of it: the opcodes that act on what a name gave
    (BUILD's setattr, APPEND's ``append``) act on the stand-in, so an entry
    that ends as a miss has changed no class.
    """

    def __init__(self, data: bytes, modules: dict[str, Any]) -> None:
        super().__init__(io.BytesIO(data))
        self.modules = modules
        self.stand_ins: dict[tuple[str, str], type] = {}

    def find_class(self, module: str, name: str) -> Any:
        found = getattr(self.modules.get(module), name, None)
        if not (isinstance(found, type) and found.__module__ == module) or name.startswith("_"):
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a tree cache entry")
        stand_in = self.stand_ins.get((module, name))
        if stand_in is None:
            stand_in = self.stand_ins[(module, name)] = _stand_in(found)
        return stand_in


def _stand_in(cls: type) -> type:
    """A new class whose ``__new__`` (pickle's NEWOBJ) makes an instance of ``cls``."""

    def new(_stand_in: type, *args: Any) -> Any:
        return cls.__new__(cls, *args)

    return type(cls.__name__, (), {"__new__": new, "__slots__": ()})


def check_cached(path: str | Path) -> CheckResult:
    """:func:`toolmix.load.loader.check_file`, taken from the cache when the file passed before.

    A file that passes every check now is kept, with its warnings.
    """
    try:
        raw = read_bytes(path, what="tree file")
        key = key_for(raw, str(path))
        kept = load(key) if key else None
        if kept is not None:
            return CheckResult(kept.source, kept, list(kept.warnings))
        doc = parse_read(raw, path, what="tree file")
    except ToolmixError as exc:
        return CheckResult(str(path), None, exc.problems)
    del raw  # as big as the file: free it before the checks
    result = loader.check_document(doc)
    if key and result.tree is not None:
        store(key, result.tree)
    return result


def load_cached(path: str | Path) -> LoadedTree:
    """:func:`toolmix.load.loader.load_tree`, taken from the cache when the file passed before."""
    result = check_cached(path)
    if result.tree is None:
        raise ToolmixError(result.problems)
    return result.tree


def load(key: str) -> LoadedTree | None:
    """The tree stored under ``key``, or None."""
    try:
        loaded = _ModelsOnly(read_bytes(cache_dir() / key), MODEL_MODULES).load()
    except Exception:  # a missing, partial, old or tampered entry: just a miss
        return None
    return loaded if isinstance(loaded, LoadedTree) else None


def store(key: str, loaded: LoadedTree) -> None:
    """Keep ``loaded`` under ``key``; never fails."""
    folder = cache_dir()
    with contextlib.suppress(Exception):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_bytes_atomic(
            folder / key, pickle.dumps(loaded, protocol=5), overwrite=True, private=True
        )
        _prune(folder)


def _prune(folder: Path) -> None:
    entries = [p for p in folder.iterdir() if len(p.name) == 64 and p.is_file()]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        with contextlib.suppress(OSError):
            old.unlink()
