"""A twin swap (a kept place and the same place started new) is said once, in the
same words, by every what if: the app's (Explorer), ``toolmix answer --what-if``'s
Markdown and ``toolmix ask``'s ``w``; the JSON's added/removed keep naming both."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import KEPT_OR_NEW, RUNS_BOTH, kept_or_new_file
from toolmix.cli.main import main
from toolmix.engine.answers_file import AnswersFile, replay
from toolmix.engine.explorer import Explorer
from toolmix.engine.swaps import swap_words
from toolmix.load.loader import load_tree
from toolmix.plain import PlainWalk
from toolmix.plain_explore import PlainExplore
from toolmix.text.i18n import _, use_language


def answers_file(tmp_path: Path, **changes: Any) -> str:
    path = tmp_path / "answers.json"
    data = {"format": 1, "tree": "kept-or-new", "answers": {**RUNS_BOTH, **changes}}
    path.write_text(json.dumps(data))
    return str(path)


def md(
    capsys: pytest.CaptureFixture[str], tree: Path, answers: str, question: str, lang: str = "en"
) -> str:
    args = ["--lang", lang, "answer", str(tree), "--answers", answers, "--what-if", question]
    assert main(args) == 0
    return capsys.readouterr().out


def asked(question_number: int, tree: Path = KEPT_OR_NEW) -> str:
    """``toolmix ask``'s exploring prompts after the RUNS_BOTH walk: w, one answer, back."""
    loaded = load_tree(tree)
    out = io.StringIO()
    walk = PlainWalk(loaded, io.StringIO(f"w\n{question_number}\n\n\n"), out, width=200)
    walk.session, _warnings = replay(loaded, AnswersFile(loaded.id, RUNS_BOTH))
    PlainExplore(walk).run()
    return out.getvalue()


def app_words() -> dict[str, list[str]]:
    """What the app's what if says of each alternative to "What do you run already?"."""
    loaded = load_tree(KEPT_OR_NEW)
    session, _warnings = replay(loaded, AnswersFile(loaded.id, RUNS_BOTH))
    explorer = Explorer(loaded, session)
    options = explorer.options("already")
    assert all(not o.joins and not o.leaves for o in options)  # swaps, and nothing else
    return {o.label: o.swaps for o in options}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_what_if_md_says_a_swap_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    tree = load_tree(KEPT_OR_NEW).tree
    out = md(capsys, KEPT_OR_NEW, answers_file(tmp_path), "already", lang)
    use_language(lang)  # main's --lang chose it too; the expected words in that language
    start_both = swap_words(tree, [("page", "page_kept"), ("chat", "chat_kept")])
    start_page = swap_words(tree, [("page", "page_kept")])
    in_, out_ = _("in: {items}").format(items=""), _("out: {items}").format(items="")
    nothing = out.split("**Nothing yet**")[1]
    assert f"  - {start_both[0]}\n" in nothing
    assert f"  - {start_page[0]}\n" in out.split("**A group chat**")[1]
    assert in_ not in out and out_ not in out


def test_the_app_and_the_md_say_the_same_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = md(capsys, KEPT_OR_NEW, answers_file(tmp_path), "already")
    for label, words in app_words().items():
        said = out.split(f"**{label}**")[1].split("\n- ")[0] + "\n"
        assert words and all(f"  - {w}\n" in said for w in words)


def test_ask_says_a_swap_once() -> None:
    out = asked(1)  # "What do you run already?"
    tree = load_tree(KEPT_OR_NEW).tree
    nothing = out.split("Nothing yet")[1]
    both = swap_words(tree, [("page", "page_kept"), ("chat", "chat_kept")])[0]
    assert both in nothing
    assert "in: " not in out and "out: " not in out


def test_the_json_still_names_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["answer", str(KEPT_OR_NEW), "--answers", answers_file(tmp_path), "--format", "json"]
    assert main([*args, "--what-if", "already"]) == 0
    nothing = json.loads(capsys.readouterr().out)["alternatives"][2]
    assert nothing["answer"] == ["nothing"]
    assert nothing["added"] == ["page", "chat"]
    assert nothing["removed"] == ["chat_kept", "page_kept"]


def test_no_twins_no_swap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without x-plan the same change is items in and out; two habits sharing a link
    (Tips, More tips: neither kept) are never a swap."""
    plain = md(capsys, kept_or_new_file(tmp_path, x_plan=False), answers_file(tmp_path), "already")
    nothing = plain.split("**Nothing yet**")[1]
    assert "  - in: A Page, A group chat\n" in nothing
    assert "  - out: Your group chat (kept), Your Page (kept)\n" in nothing
    style = md(capsys, KEPT_OR_NEW, answers_file(tmp_path), "style")
    assert "  - in: More tips\n" in style and "  - out: Tips\n" in style
