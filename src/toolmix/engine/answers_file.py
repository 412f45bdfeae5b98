"""The answers file: saving, restoring and replaying a walk (headless runs too)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from toolmix.engine.answer_checks import AnswerError, AnswerValue
from toolmix.engine.missing_answers import later_missing, missing_answer
from toolmix.engine.session import Session
from toolmix.load.hints import Suggester, suggest
from toolmix.load.loader import LoadedTree
from toolmix.load.strict_json import JsonText, read_json
from toolmix.model.nodes import (
    QUESTION_TYPES,
    InfoNode,
    MultiNode,
    NumberNode,
    SingleNode,
    TextNode,
)
from toolmix.model.problems import Problem, ToolmixError
from toolmix.text.clean import clean_strings
from toolmix.text.i18n import N_, _
from toolmix.text.words import format_number, json_kind

ANSWER_KEYS = ("format", "tree", "tree_version", "answers")


class AnswersFile:
    """A parsed answers file: the answers and any ``x-`` extras (e.g. ``x-expect``)."""

    def __init__(
        self,
        tree: str,
        answers: dict[str, Any],
        tree_version: str | None = None,
        extras: dict[str, Any] | None = None,
        source: str = "<answers>",
        doc: JsonText | None = None,
    ) -> None:
        self.doc = doc
        self.tree = tree
        self.answers = answers
        self.tree_version = tree_version
        self.extras = extras or {}
        self.source = source


#: The keys an answers file must have: (key, whether a value fits, missing, wrong).
_REQUIRED: tuple[tuple[str, Callable[[Any], bool], str, str], ...] = (
    (
        "format",
        lambda v: v == 1 and not isinstance(v, bool),
        N_("missing key 'format'; an answers file starts with \"format\": 1"),
        N_("found format {found}; expected 1"),
    ),
    (
        "tree",
        lambda v: isinstance(v, str),
        N_("missing key 'tree'; expected the tree's id as a string"),
        N_("found {found} as 'tree'; expected the tree's id as a string"),
    ),
    (
        "answers",
        lambda v: isinstance(v, dict),
        N_("missing key 'answers'; expected an object of question id -> answer"),
        N_("found {found} as 'answers'; expected an object of question id -> answer"),
    ),
)


def parse_answers(doc: JsonText, raw_extras: dict[str, Any]) -> AnswersFile:
    import json  # here, not at the top: the app's start reads no answers file

    data = doc.data
    problems: list[Problem] = []
    for key in data:
        if key not in ANSWER_KEYS:
            problems.append(
                Problem(
                    "error",
                    _("unknown key '{key}'{hint}; expected {keys} or an 'x-' key").format(
                        key=key, hint=suggest(key, ANSWER_KEYS), keys=", ".join(ANSWER_KEYS)
                    ),
                    (key,),
                    at_key=True,
                )
            )
    for key, fits, missing, wrong in _REQUIRED:
        if key not in data:  # said as missing, not as "found format null" (newuser6 #10)
            problems.append(Problem("error", _(missing), (key,)))
        elif not fits(data[key]):
            found = json.dumps(data[key]) if key == "format" else json_kind(data[key])
            problems.append(Problem("error", _(wrong).format(found=found), (key,)))
    tree = data.get("tree")
    version = data.get("tree_version")
    if version is not None and not isinstance(version, str):
        problems.append(
            Problem(
                "error",
                _("found a non-string 'tree_version'; expected a string"),
                ("tree_version",),
            )
        )
    answers = data.get("answers")
    if problems:
        raise ToolmixError(doc.locate(problems))
    assert isinstance(tree, str) and isinstance(answers, dict)
    return AnswersFile(tree, answers, version, raw_extras, doc.file, doc)


#: The keys that tell a JSON result file (``toolmix answer --format json``) from an answers file.
RESULT_KEYS = ("tree", "answers", "result_node")


def is_result(data: object) -> bool:
    """A JSON result: it has ``tree``, ``answers`` and ``result_node`` (EXPLORE.md, "Compare")."""
    return isinstance(data, dict) and all(k in data for k in RESULT_KEYS)


def read_answers(path: str | Path) -> AnswersFile:
    """An answers file, or a JSON result file: of a result, its tree, version and answers."""
    doc = read_json(path, what="answers file", clean=False)
    clean_strings(doc.data)  # every value, answers too, not only the tree's text keys
    dups = doc.duplicate_problems()
    if dups:
        raise ToolmixError(dups)
    if is_result(doc.data):
        # The rest of a result (the mix, its reasons) is what these answers make again.
        kept = {k: doc.data[k] for k in ANSWER_KEYS if k in doc.data and k != "format"}
        doc.data = {"format": 1, **kept}
    return parse_answers(doc, clean_strings(doc.extras))


def to_dict(session: Session, **extras: Any) -> dict[str, Any]:
    """The answers-file form of a session (answers in path order)."""
    out: dict[str, Any] = {
        "format": 1,
        "tree": session.tree.id,
        "tree_version": session.tree.version,
        "answers": {n: v for n, v in session.answered_path() if v is not None},
    }
    out.update(extras)
    return out


def expected_for(session: Session, node_id: str) -> str:
    """What a question accepts, in words, for error messages."""
    node = session.nodes[node_id]
    if isinstance(node, SingleNode):
        opts = ", ".join(f"'{o.id}'" for o in session.visible_options(node_id))
        return _("one option id of {options}").format(options=opts)
    if isinstance(node, MultiNode):
        opts = ", ".join(f"'{o.id}'" for o in session.visible_options(node_id))
        return _("a list of option ids from {options}").format(options=opts)
    if isinstance(node, NumberNode):
        lo = format_number(node.min) if node.min is not None else _("any")
        hi = format_number(node.max) if node.max is not None else _("any")
        return _("a number ({low} to {high})").format(low=lo, high=hi)
    if isinstance(node, TextNode):
        return _("a text of at most {n} characters").format(n=node.max_length)
    return _("nothing")


def replay(loaded: LoadedTree, answers: AnswersFile) -> tuple[Session, list[str]]:
    """Walk the tree with the file's answers; errors raise, ignored answers warn."""
    warnings: list[str] = []
    if answers.tree != loaded.id:
        problem = Problem(
            "error",
            _(
                "the answers are for tree '{tree}', not '{this}'; expected \"tree\": \"{this}\""
            ).format(tree=answers.tree, this=loaded.id),
            ("tree",),
        )
        raise ToolmixError(answers.doc.locate([problem]) if answers.doc else [problem])
    if answers.tree_version is not None and answers.tree_version != loaded.tree.version:
        warnings.append(
            _(
                "the answers were given for version {version} of tree '{tree}'; "
                "this is version {this}"
            ).format(version=answers.tree_version, tree=loaded.id, this=loaded.tree.version)
        )
    session = Session(loaded)
    pending: dict[str, AnswerValue] = dict(answers.answers)
    try:
        while not session.finished:
            node_id = session.current
            node = session.node
            if isinstance(node, InfoNode):
                session.proceed()
                continue
            if node_id in pending:
                value = pending.pop(node_id)
            elif isinstance(node, TextNode) and not node.required:
                value = ""
            else:  # and every other answer the file lacks, in the same run
                missed = missing_answer(session, node_id, expected_for(session, node_id))
                missed.problems += later_missing(session, pending, expected_for)
                raise missed
            session.answer(value)
    except AnswerError as exc:
        problems = exc.problems + _later_problems(session, answers, pending)
        problems += _unknown(session, pending)  # said with the errors, not only after a result
        located = answers.doc.locate(problems) if answers.doc else problems
        raise ToolmixError(located) from None
    skipped = set(session.skipped)
    warnings += [_placed(p) for p in _located(answers, _unknown(session, pending))]
    for node_id in pending:
        if node_id in skipped:
            warnings.append(
                _(
                    "the answer for '{node}' is ignored: every option of that "
                    "question was hidden, so it was skipped"
                ).format(node=node_id)
            )
        elif node_id in session.nodes:
            warnings.append(
                _("the answer for '{node}' is ignored: the path does not reach it").format(
                    node=node_id
                )
            )
    return session, warnings


def _unknown(session: Session, pending: dict[str, AnswerValue]) -> list[Problem]:
    """A warning for each answer whose key names no node of the tree (a typo, an old id)."""
    hint_node = Suggester(session.nodes)
    return [
        Problem(
            "warning",
            _("the answer for '{node}' is ignored: the tree has no such node{hint}").format(
                node=key, hint=hint_node(key)
            ),
            ("answers", key),
            at_key=True,
        )
        for key in pending
        if key not in session.nodes
    ]


def _located(answers: AnswersFile, problems: list[Problem]) -> list[Problem]:
    return answers.doc.locate(problems) if answers.doc else problems


def _placed(problem: Problem) -> str:
    """A warning's message after the file and place it is in: ``bakery.json:5:6: ...``."""
    if problem.line:
        return f"{problem.file}:{problem.line}:{problem.column}: {problem.message}"
    return f"{problem.file}: {problem.message}" if problem.file else problem.message


def _later_problems(
    session: Session, answers: AnswersFile, pending: dict[str, AnswerValue]
) -> list[Problem]:
    """Problems of the answers the walk did not reach, so that one run reports them all.

    Each is checked as if every answer of the file had been given, which is
    what decides the options its question would show.
    """
    probe = session.fork()
    probe.answers.update({k: v for k, v in answers.answers.items() if k in session.nodes})
    problems: list[Problem] = []
    for node_id, value in pending.items():
        node = session.nodes.get(node_id)
        if node is None or node.type not in QUESTION_TYPES:
            continue
        try:
            probe.check(node_id, value)
        except AnswerError as more:
            problems += more.problems
    return problems
