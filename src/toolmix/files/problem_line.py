"""A problem as a person reads it: ``file:line:col: error: message [path]``, in their language.

:class:`~toolmix.model.problems.Problem` words its line in English (``str(problem)``), since
the tree format knows no language and ``model`` imports nothing of ``text``. What is shown
to a person goes through :func:`problem_line`: the same shape, the severity said in the language
(``aviso`` for ``warning`` in Spanish), so an editor's or a script's pattern for
``FILE:LINE:COL: WORD: MESSAGE`` still finds every part. A script that matches the words
themselves reads ``validate --format json``, whose ``severity`` is ``error`` or ``warning``
in every language.
"""

from __future__ import annotations

from collections.abc import Iterable

from toolmix.model.problems import Problem
from toolmix.text.i18n import pgettext


def severity_word(problem: Problem) -> str:
    """``error`` or ``warning`` in the person's language."""
    if problem.severity == "warning":
        # TRANSLATORS: a problem line's kind, "file:3:5: warning: ..."; one word, no spaces.
        return pgettext("problem line", "warning")
    return pgettext("problem line", "error")


def problem_line(problem: Problem) -> str:
    """The problem's line, as ``str(problem)`` but with the severity in the language."""
    english = str(problem)
    head = f"{problem.file}:{problem.line}:{problem.column}: " if problem.line else ""
    head = head or (f"{problem.file}: " if problem.file else "")
    return head + severity_word(problem) + english[len(head) + len(problem.severity) :]


def problem_lines(problems: Iterable[Problem]) -> str:
    """Each problem on its line, as :class:`~toolmix.model.problems.ToolmixError` says them."""
    return "\n".join(problem_line(p) for p in problems)
