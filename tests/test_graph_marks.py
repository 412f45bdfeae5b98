"""``toolmix graph``: every way out drawn, real ids, the start, a walk highlighted, case coverage.

The diagrams are also given to Graphviz's and Mermaid's own parsers when they are
installed (``.ci/run`` installs both); without them those tests are skipped with the reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import HERE, ROOT, SHIPPED, TREES
from toolmix.cli.main import main

TINY = str(TREES / "tiny.json")
ANSWERS = str(HERE / "tiny-answers.json")
PERSONAS = str(HERE / "personas")
MERMAID = Path(os.environ.get("TOOLMIX_MERMAID_MODULES", ROOT / ".ci" / "node" / "node_modules"))


def graph(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["graph", *args]) == 0
    return capsys.readouterr().out


def test_a_text_question_has_its_way_out(capsys: pytest.CaptureFixture[str]) -> None:
    # tiny starts with a text question, 'name', whose next is 'audience'.
    assert '"name" -> "audience";' in graph(capsys, TINY, "--format", "dot")
    mermaid = graph(capsys, TINY)
    assert "  n0 --> n1" in mermaid


def test_dot_marks_the_start(capsys: pytest.CaptureFixture[str]) -> None:
    out = graph(capsys, TINY, "--format", "dot")
    assert '"start (toolmix)" [label="start", shape=circle];' in out
    assert '"start (toolmix)" -> "name";' in out


def test_labels_show_the_real_ids(capsys: pytest.CaptureFixture[str]) -> None:
    mermaid = graph(capsys, TINY)
    assert 'n1["audience: Who buys from you?"]' in mermaid
    dot = graph(capsys, TINY, "--format", "dot")
    assert '"audience" [label="audience\\nWho buys from you?", shape=box];' in dot


def test_a_shared_way_out_is_not_labelled_with_every_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # 'audience' has two options and no option of its own next: one plain edge.
    dot = graph(capsys, TINY, "--format", "dot")
    assert '"audience" -> "formats";' in dot
    assert "Businesses / People" not in dot


def test_answers_highlight_the_walked_path(capsys: pytest.CaptureFixture[str]) -> None:
    mermaid = graph(capsys, TINY, "--answers", ANSWERS)
    walked = re.search(r"class (\S+) walked", mermaid)
    assert walked is not None
    # The answers walk name, audience, formats, camera (video chosen), hours, then a result.
    keys = walked.group(1).split(",")
    assert keys[:4] == ["n0", "n1", "n2", "n3"]
    styled = re.findall(r"linkStyle (\d+) stroke:#b58900", mermaid)
    assert len(styled) == len(keys)  # the start edge, then one per step
    dot = graph(capsys, TINY, "--format", "dot", "--answers", ANSWERS)
    assert '"name" -> "audience" [color="#b58900", penwidth=3];' in dot
    assert '"formats" -> "hours" [label="otherwise"];' in dot  # not taken: video was chosen


def test_cases_count_each_edge_and_show_untested_routes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shipped = str(SHIPPED / "social-tool-mix.json")
    dot = graph(capsys, shipped, "--format", "dot", "--cases", PERSONAS)
    personas = len(list(Path(PERSONAS).glob("*.json")))
    assert f'"name" -> "kind" [label="{personas} cases", penwidth=4.0];' in dot
    pattern = r'-> "[^"]+" \[label="[^"]*\b0 cases\)?", color="#cc3333", style=dashed\]'
    # Since 8.3.0 the personas walk every route (the half-hour Etsy knitter took the last
    # one, to the lean starter); one persona alone leaves routes untested, shown dashed.
    assert re.findall(pattern, dot) == []
    one = str(Path(PERSONAS) / "local-bakery.json")
    alone = graph(capsys, shipped, "--format", "dot", "--cases", one)
    assert re.findall(pattern, alone), "one persona leaves some routes untested"
    mermaid = graph(capsys, shipped, "--cases", PERSONAS)
    assert f'n0 -->|"{personas} cases"| n1' in mermaid
    assert "stroke-dasharray" in graph(capsys, shipped, "--cases", one)


def test_answers_and_cases_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["graph", TINY, "--answers", ANSWERS, "--cases", PERSONAS])
    assert exc.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def diagrams(tmp_path: Path, fmt: str) -> list[Path]:
    """Every tree under test, plain, with a walk and with cases, written to files."""
    runs = [
        [TINY],
        [TINY, "--answers", ANSWERS],
        [str(TREES / "hostile.json")],
        [str(SHIPPED / "social-tool-mix.json"), "--cases", PERSONAS],
        [str(SHIPPED / "community-platform.json")],
    ]
    out = []
    for i, args in enumerate(runs):
        path = tmp_path / f"g{i}.{fmt}"
        assert main(["graph", *args, "--format", fmt, "-o", str(path)]) == 0
        out.append(path)
    return out


def test_graphviz_parses_every_diagram(tmp_path: Path) -> None:
    if shutil.which("dot") is None:
        pytest.skip("Graphviz's dot is not installed (Debian package graphviz)")
    for path in diagrams(tmp_path, "dot"):
        done = subprocess.run(["dot", "-Tsvg", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, f"{path.name}: {done.stderr}"
        assert "<svg" in done.stdout


def test_mermaid_parses_every_diagram(tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None or not (MERMAID / "mermaid").is_dir() or not (MERMAID / "jsdom").is_dir():
        pytest.skip(f"node with mermaid and jsdom in {MERMAID} is needed (.ci/run installs them)")
    files = [str(p) for p in diagrams(tmp_path, "mermaid")]
    script = str(HERE / "tools" / "mermaid_parse.mjs")
    done = subprocess.run([node, script, str(MERMAID), *files], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_the_mermaid_check_catches_a_broken_diagram(tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None or not (MERMAID / "mermaid").is_dir():
        pytest.skip(f"node with mermaid and jsdom in {MERMAID} is needed (.ci/run installs them)")
    broken = tmp_path / "broken.mmd"
    broken.write_text('flowchart TD\n  a -->|"x| b\n')
    script = str(HERE / "tools" / "mermaid_parse.mjs")
    done = subprocess.run([node, script, str(MERMAID), str(broken)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "Parse error" in done.stderr
