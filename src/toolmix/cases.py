"""Tree tests: answers files with an ``x-expect`` object, run and compared."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolmix.answers import read_answers, replay
from toolmix.loader import LoadedTree
from toolmix.problems import ToolmixError
from toolmix.selection import choose

EXPECT_KEYS = ("picked", "not_picked", "result_node")


@dataclass
class CaseResult:
    path: Path
    passed: bool
    differences: list[str] = field(default_factory=list)


def case_files(paths: list[str]) -> list[Path]:
    """The case files named, folders expanded to their ``*.json`` files."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(path.glob("*.json")))
        else:
            out.append(path)
    return out


def run_case(loaded: LoadedTree, path: Path) -> CaseResult:
    try:
        answers = read_answers(path)
        expect = answers.extras.get("x-expect")
        if not isinstance(expect, dict):
            return CaseResult(path, False, ["no 'x-expect' object: nothing to check"])
        unknown = [k for k in expect if k not in EXPECT_KEYS]
        if unknown:
            return CaseResult(
                path,
                False,
                [f"unknown x-expect key '{k}'; expected {', '.join(EXPECT_KEYS)}" for k in unknown],
            )
        session, _warnings = replay(loaded, answers)
    except ToolmixError as exc:
        return CaseResult(path, False, [str(p) for p in exc.problems])
    mix = choose(loaded.tree, session.walk())
    return CaseResult(path, *_compare(expect, mix.result_node, [r.item_id for r in mix.picked]))


def _compare(expect: dict[str, Any], result_node: str, picked: list[str]) -> tuple[bool, list[str]]:
    diffs: list[str] = []
    want = expect.get("picked")
    if want is not None:
        missing = [i for i in want if i not in picked]
        extra = [i for i in picked if i not in want]
        if missing:
            diffs.append(f"expected picked but not: {', '.join(missing)}")
        if extra:
            diffs.append(f"picked but not expected: {', '.join(extra)}")
    for item in expect.get("not_picked") or []:
        if item in picked:
            diffs.append(f"expected not picked, but picked: {item}")
    node = expect.get("result_node")
    if node is not None and node != result_node:
        diffs.append(f"expected result node '{node}', got '{result_node}'")
    if diffs:
        diffs.append(f"picked: {', '.join(picked) or '(nothing)'}")
    return not diffs, diffs
