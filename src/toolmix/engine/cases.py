"""Tree tests: answers files with an ``x-expect`` object, run and compared."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolmix.engine.answers_file import AnswersFile, read_answers, replay
from toolmix.engine.case_weeks import THIS_WEEK_KEY, compare_this_week
from toolmix.engine.plan_weeks import first_steps
from toolmix.engine.selection import Mix, Row, choose
from toolmix.engine.swaps import ruled_out_to_list
from toolmix.files.problem_line import problem_line
from toolmix.load.hints import suggest
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import ResultNode
from toolmix.model.problems import ToolmixError
from toolmix.model.tree import Tree
from toolmix.text.i18n import _
from toolmix.text.words import duration, format_hours, hours_a_week

EXPECT_KEYS = ("picked", "not_picked", "result_node", "says", "never_says", THIS_WEEK_KEY)
#: The keys that hold words the plan must say, or must never say.
WORDS_KEYS = ("says", "never_says")


@dataclass
class CaseResult:
    path: Path
    passed: bool
    differences: list[str] = field(default_factory=list)
    #: What ``toolmix answer`` would warn about (answers off the path, another version).
    warnings: list[str] = field(default_factory=list)
    #: The case's mix, when it could be walked.
    mix: Mix | None = None
    expect: dict[str, Any] = field(default_factory=dict)


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


def expect_problems(tree: Tree, expect: object) -> list[str]:
    """Every mistake in an ``x-expect`` object: its shape, and ids the tree does not have."""
    if not isinstance(expect, dict):
        return [_("no 'x-expect' object: nothing to check")]
    problems = [
        _("unknown x-expect key '{key}'{hint}; expected {keys}").format(
            key=k, hint=suggest(k, EXPECT_KEYS), keys=", ".join(EXPECT_KEYS)
        )
        for k in expect
        if k not in EXPECT_KEYS
    ]
    for key in ("picked", "not_picked", THIS_WEEK_KEY):
        ids = expect.get(key)
        if ids is None:
            continue
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            problems.append(_("x-expect '{key}' must be a list of item ids").format(key=key))
            continue
        problems += [
            _("x-expect '{key}' names '{item}', which is not an item of the tree{hint}").format(
                key=key, item=i, hint=suggest(i, tree.items)
            )
            for i in ids
            if i not in tree.items
        ]
    for key in WORDS_KEYS:
        words = expect.get(key)
        if words is not None and (
            not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words)
        ):
            problems.append(_("x-expect '{key}' must be a list of words").format(key=key))
    node = expect.get("result_node")
    results = [n for n, v in tree.nodes.items() if isinstance(v, ResultNode)]
    if node is not None and not isinstance(node, str):
        problems.append(_("x-expect 'result_node' must be the id of a result node"))
    elif node is not None and node not in results:
        problems.append(
            _(
                "x-expect 'result_node' is '{node}', which is not a result node of the tree{hint}"
            ).format(node=node, hint=suggest(node, results))
        )
    return problems


def run_case(loaded: LoadedTree, path: Path) -> CaseResult:
    try:
        answers: AnswersFile = read_answers(path)
        expect = answers.extras.get("x-expect")
        problems = expect_problems(loaded.tree, expect)
        if problems:
            return CaseResult(path, False, problems)
        assert isinstance(expect, dict)
        session, warnings = replay(loaded, answers)
    except ToolmixError as exc:
        return CaseResult(path, False, [problem_line(p) for p in exc.problems])
    mix = choose(loaded.tree, session.answered_path())
    passed, diffs = _compare(expect, mix.result_node, [r.item_id for r in mix.picked])
    word_diffs = _compare_words(expect, mix) + compare_this_week(expect, mix)
    if word_diffs:
        passed, diffs = False, word_diffs + diffs
    return CaseResult(path, passed, diffs, warnings, mix, expect)


def plan_texts(mix: Mix) -> list[tuple[str, str]]:
    """What the plan says, as (where, text): the result's body, then each pick's step, routine and reasons."""
    node = mix.tree.nodes[mix.result_node]
    out = [(mix.result_node, node.body)] if isinstance(node, ResultNode) and node.body else []
    steps = first_steps(mix)  # each first step as the plan shows it (a kept place's own step)
    for r in mix.picked:
        line = steps.step(r.item_id)
        first = line.text if line is not None else r.item.first_step
        texts = [first, r.item.routine, *(reason.text for reason in r.reasons)]
        out += [(r.item_id, t) for t in texts if t]
    return out


def ruled_out_texts(mix: Mix) -> list[tuple[str, str]]:
    """What *Ruled out* tells the person, as (where, text): each listed item's reasons.

    ``never_says`` reads these too: a word wrong for this person is wrong wherever the
    export says it (review 10: a council told under *Ruled out* that "one page of your
    own comes in month 2" while its plan puts up its first page this week).
    """
    return [
        (_("{item} (ruled out)").format(item=r.item_id), reason.text)
        for r in ruled_out_to_list(mix)
        for reason in r.reasons
    ]


def _said(words: str) -> re.Pattern[str]:
    """Whole words, case ignored: 'league' is not said by 'colleagues'."""
    return re.compile(r"(?<!\w)" + re.escape(words.strip()) + r"(?!\w)", re.IGNORECASE)


def _compare_words(expect: dict[str, Any], mix: Mix) -> list[str]:
    """Words the plan (or *Ruled out*) says that it must not, and words the plan must say but does not."""
    texts = plan_texts(mix)
    diffs = []
    for words in expect.get("never_says") or []:
        found = [where for where, text in texts + ruled_out_texts(mix) if _said(words).search(text)]
        if found:
            diffs.append(
                _("says '{words}', which it must not (in {places})").format(
                    words=words, places=", ".join(dict.fromkeys(found))
                )
            )
    for words in expect.get("says") or []:
        if not any(_said(words).search(text) for _where, text in texts):
            diffs.append(_("does not say '{words}'").format(words=words))
    return diffs


def _compare(expect: dict[str, Any], result_node: str, picked: list[str]) -> tuple[bool, list[str]]:
    diffs: list[str] = []
    want = expect.get("picked")
    if want is not None:
        missing = [i for i in want if i not in picked]
        extra = [i for i in picked if i not in want]
        if missing:
            diffs.append(_("expected picked but not: {items}").format(items=", ".join(missing)))
        if extra:
            diffs.append(_("picked but not expected: {items}").format(items=", ".join(extra)))
    for item in expect.get("not_picked") or []:
        if item in picked:
            diffs.append(_("expected not picked, but picked: {item}").format(item=item))
    node = expect.get("result_node")
    if node is not None and node != result_node:
        diffs.append(
            _("expected result node '{node}', got '{got}'").format(node=node, got=result_node)
        )
    if diffs:
        diffs.append(_("picked: {items}").format(items=", ".join(picked) or _("(nothing)")))
    return not diffs, diffs


def _fate(mix: Mix, item_id: str) -> str:
    """Where an item stands in a mix, in words: picked, considered and why not, or out."""
    for rows, status in ((mix.picked, "picked"), (mix.considered, ""), (mix.ruled_out, "out")):
        row = next((r for r in rows if r.item_id == item_id), None)
        if row is not None:
            return _row_words(row, status)
    return _("not a candidate (score below the tree's minimum)")


def _row_words(row: Row, status: str) -> str:
    hours = format_hours(row.item.effort)
    if status == "out":
        words = _("ruled out, {hours} h/week").format(hours=hours)
    elif status == "picked":
        words = _("picked, score {score}, {hours} h/week").format(score=row.score, hours=hours)
    else:
        why = {"group full": _("group full"), "over budget": _("over budget")}.get(
            row.why_not or "", row.why_not
        )
        words = _("considered, {why}, score {score}, {hours} h/week").format(
            why=why, score=row.score, hours=hours
        )
    return f'{words}; "{row.reasons[0].text}"' if row.reasons else words


def diff_lines(result: CaseResult) -> list[str]:
    """How the case's mix differs from its expectation: items, scores, hours, reasons."""
    mix, expect = result.mix, result.expect
    if mix is None:
        return []
    picked = [r.item_id for r in mix.picked]
    lines = []
    for item in expect.get("picked") or []:
        if item not in picked:
            fate = _fate(mix, item)
            lines.append(
                "- " + _("{item}: expected picked; now {fate}").format(item=item, fate=fate)
            )
    for item in picked:
        if item not in (expect.get("picked") or picked):
            fate = _fate(mix, item)
            lines.append("+ " + _("{item}: not expected; {fate}").format(item=item, fate=fate))
    for item in expect.get("not_picked") or []:
        if item in picked:
            fate = _fate(mix, item)
            lines.append(
                "+ " + _("{item}: expected not picked; {fate}").format(item=item, fate=fate)
            )
    node = expect.get("result_node")
    if node is not None and node != mix.result_node:
        now = mix.result_node
        lines.append("~ " + _("result: expected '{node}', now '{now}'").format(node=node, now=now))
    lines += ["! " + line for line in _compare_words(expect, mix)]
    lines += ["! " + line for line in compare_this_week(expect, mix)]
    if lines:
        if mix.budget is None:
            takes = _("the mix now takes {hours}").format(hours=hours_a_week(mix.picked_effort))
        else:
            takes = _("the mix now takes {used} of {hours}").format(
                used=duration(mix.picked_effort), hours=hours_a_week(mix.budget)
            )
        lines.append("  " + takes)
    return lines


def updated_expect(result: CaseResult) -> dict[str, Any] | None:
    """The ``x-expect`` that today's result satisfies, keeping what still holds; None if unchanged."""
    mix = result.mix
    if mix is None or result.passed:
        return None
    picked = [r.item_id for r in mix.picked]
    new = dict(result.expect)
    if "picked" in new:
        new["picked"] = picked
    if "not_picked" in new:
        new["not_picked"] = [i for i in new["not_picked"] if i not in picked]
    if "result_node" in new:
        new["result_node"] = mix.result_node
    return new


def case_from(mix: Mix) -> dict[str, Any]:
    """A walk as a test case: its answers, and today's result as the ``x-expect``."""
    return {
        "format": 1,
        "tree": mix.tree.id,
        "tree_version": mix.tree.version,
        "answers": {n: mix.answers[n] for n in mix.path if n in mix.answers},
        "x-expect": {"picked": [r.item_id for r in mix.picked], "result_node": mix.result_node},
    }
