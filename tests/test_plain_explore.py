"""``toolmix ask`` explores its result: ``w`` what if, ``n`` why not, numbered (issue 19)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conftest import TREES
from toolmix.cli.main import main
from toolmix.files.userdirs import results_dir
from toolmix.load.loader import load_tree
from toolmix.plain import PlainWalk
from toolmix.plain_explore import MENU, PlainExplore

TINY = TREES / "tiny.json"
#: ACME, People, Photos, 3 hours (the default), has a site: instagram, site, reply.
WALK = ["ACME", "2", "2", "", "1"]
ANSWERS = {"name": "ACME", "audience": "b2c", "formats": ["photos"], "hours": 3, "site": "yes"}


def explored(lines: list[str]) -> tuple[PlainWalk, str]:
    """The walk of WALK, then ``lines`` given to the exploring prompts; what was printed."""
    out = io.StringIO()
    walk = PlainWalk(load_tree(TINY), io.StringIO("\n".join([*WALK, *lines]) + "\n"), out)
    walk.run()
    start = len(out.getvalue())
    PlainExplore(walk).run()
    return walk, out.getvalue()[start:]


def test_what_if_another_answer() -> None:
    walk, out = explored(["w", "2", ""])
    assert "  2. Who buys from you?: People" in out
    what_if = out.split("What if: Who buys from you?")[1]
    assert "You answered: People." in what_if
    assert "- Businesses" in what_if
    assert "in: LinkedIn, Reply within a day" in what_if and "out: Instagram" in what_if
    assert out.count(MENU) == 2  # back to the menu, then Enter finished
    assert walk.session.answers == ANSWERS  # exploring changes nothing


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("0.5", "- 30 minutes a week"),
        ("1.3", "Not accepted: Use steps of half an hour, e.g. 1 or 1.5"),
        ("lots", "Not accepted: 'lots' is not a list of numbers"),
        ("50", "Not accepted: 50 is too high: type a number from 0 to 40"),
    ],
)
def test_what_if_a_number_typed(typed: str, says: str) -> None:
    _, out = explored(["w", "4", typed, "", ""])
    # The other range's smallest value comes first, as --what-if gives it.
    assert "What if: How many hours a week can you give?" in out and "- 0 hours a week" in out
    assert says in out
    assert out.count("Type other numbers to try") == 2  # after a value or a refusal, again


def test_why_not_an_item() -> None:
    _, out = explored(["n", "3", ""])
    assert "  3. LinkedIn (not a candidate)" in out
    assert "  4. Instagram (in your mix)" in out
    why = out.split("Why not LinkedIn?")[1]
    assert "Your answers did not make it a candidate." in why
    assert "Who buys from you? → Businesses" in why


def test_why_not_with_no_change_that_brings_it_in() -> None:
    _, out = explored(["n", "5", ""])
    why = out.split("Why not TikTok?")[1]
    assert "TikTok" in out and "would bring it in" in why


@pytest.mark.parametrize(
    ("lines", "says"),
    [
        (["x", ""], "Type w, n, or just Enter."),
        (["w", "9", "", ""], "Type a number from 1 to 5."),
        (["n", "0", "b", ""], "Type a number from 1 to 6."),
    ],
)
def test_what_is_not_a_choice_is_said(lines: list[str], says: str) -> None:
    _, out = explored(lines)
    assert says in out


def test_the_end_of_the_input_ends_the_exploring() -> None:
    walk, out = explored(["w"])  # the input ends while choosing a question
    assert out.count(MENU) == 1 and "Type the number of an answer to change" in out
    assert walk.session.finished


def test_the_command_offers_it_after_the_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join([*WALK, "n", "4", ""]) + "\n"))
    out_file = tmp_path / "mix.md"
    assert main(["ask", str(TINY), "-o", str(out_file)]) == 0
    out = capsys.readouterr().out
    assert out_file.read_text().startswith("# ACME: The steady mix\n")
    assert "Why not Instagram?" in out and "It is in your mix." in out
    assert MENU not in out_file.read_text()
    # Kept, as the app keeps it, for the picker to offer.
    kept = json.loads((results_dir() / "tiny.json").read_text())
    assert (kept["answers"], kept["result_node"]) == (ANSWERS, "done")
