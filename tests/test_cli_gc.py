"""The collector is handled at the process's entry point only, never inside the library."""

from __future__ import annotations

import gc
import subprocess
import sys

from conftest import TREES
from toolmix.cli.main import main
from toolmix.load.loader import check_file


def test_loading_and_main_leave_the_callers_collector_alone(capsys) -> None:  # type: ignore[no-untyped-def]
    frozen = gc.get_freeze_count()
    check_file(TREES / "tiny.json")
    assert main(["validate", str(TREES / "tiny.json")]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    assert "ok" in capsys.readouterr().out


PROCESS = """
import gc
from toolmix.cli import common, main


def command(argv=None):
    print("collecting while the command starts:", gc.isenabled())
    common.collect_from_now()  # as the app, a server and a line-by-line walk do
    print("then:", gc.isenabled(), "frozen:", gc.get_freeze_count() > 0)
    return 3


main.main = command
main.run()
"""


def test_the_process_starts_with_the_collector_off_and_a_long_run_turns_it_on() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROCESS], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 3, done.stderr
    assert done.stdout.splitlines() == [
        "collecting while the command starts: False",
        "then: True frozen: True",
    ]
