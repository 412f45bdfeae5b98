"""The last finished result of each tree, kept so the picker can open it again.

The session file (:mod:`toolmix.store.autosave`) follows the walk: going back
or starting afresh replaces the result it held. So each time a walk reaches
its result, the result is also written, as the JSON result
(``toolmix answer --format json``), to ``ID.json`` in the user's data folder
(``toolmix paths`` shows it): atomically, and as any file the person makes,
following the umask (it is their result, to compare or share). Being a JSON
result, it is also an answers file: ``toolmix TREE --answers`` and
``toolmix compare`` read it.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from toolmix.files.atomic import write_text_atomic
from toolmix.model.problems import ToolmixError
from toolmix.text.i18n import _

if TYPE_CHECKING:
    from toolmix.engine.selection import Mix
    from toolmix.model.tree import Tree

#: A result is some kilobytes; anything this big was not written by us.
MAX_RESULT_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class LastResult:
    """A kept result as the picker offers it: where it is, the plan's title, when it was kept."""

    path: Path
    title: str
    saved_at: float


def result_file(folder: Path, tree_id: str) -> Path:
    return folder / f"{tree_id}.json"


def keep_result(folder: Path, mix: Mix) -> Path:
    """Write ``mix`` as the tree's last result; :class:`ToolmixError` if the disk refuses."""
    from toolmix.export.json_result import result_json

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ToolmixError(
            _("cannot create {folder}: {why}").format(folder=folder, why=exc.strerror)
        ) from None
    return write_text_atomic(result_file(folder, mix.tree.id), result_json(mix), overwrite=True)


def last_result(folder: Path, tree_id: str, tree: Tree | None = None) -> LastResult | None:
    """The tree's kept result, or None when there is none or it is not one of ours.

    Only what the picker shows is read (the plan's title); opening it reads it
    in full as an answers file, which reports any problem then. With ``tree``
    (in the language shown now), the title is its result's, said in that
    language: the kept one is in the language of the walk (newuser6 #6).
    """
    from toolmix.engine.answers_file import is_result
    from toolmix.load.strict_json import read_json

    path = result_file(folder, tree_id)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None
        doc = read_json(path, what="kept result", max_bytes=MAX_RESULT_BYTES, clean=True)
    except (OSError, ToolmixError):
        return None
    data = doc.data
    if not is_result(data) or data.get("tree") != tree_id:
        return None
    title = data.get("title")
    node, answers = data.get("result_node"), data.get("answers")
    if tree is not None and isinstance(node, str) and isinstance(answers, dict):
        from toolmix.engine.selection import title_of
        from toolmix.model.nodes import ResultNode

        if isinstance(tree.nodes.get(node), ResultNode):
            title = title_of(tree, node, answers)
    return LastResult(path, title if isinstance(title, str) else "", info.st_mtime)
